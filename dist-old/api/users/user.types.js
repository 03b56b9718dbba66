"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApiKeyResult = exports.ApiKeyCreatedResult = exports.UserResult = exports.UserList = exports.ApiKeyCreated = exports.ApiKey = exports.ApiKeyInput = exports.UserListOptions = exports.UserInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../../schema/pagination");
const error_results_1 = require("../../schema/error-results");
const common_input_1 = require("../../schema/inputs/common.input");
const enums_1 = require("../../schema/enums");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const error_results_2 = require("../../schema/error-results");
let UserInput = class UserInput {
};
exports.UserInput = UserInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsEmail)(),
    (0, class_validator_1.MaxLength)(254),
    __metadata("design:type", String)
], UserInput.prototype, "email", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], UserInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.Role]),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(7),
    (0, class_validator_1.ArrayUnique)(),
    __metadata("design:type", Array)
], UserInput.prototype, "roles", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'For a PARTNER account: the customer it acts for, whose partnerImpact it reads (refused for other accounts).' }),
    (0, class_validator_1.IsOptional)(),
    __metadata("design:type", Object)
], UserInput.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'For a FUNDER account: the establishments whose funder reports it reads (refused for other accounts).' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMaxSize)(100),
    (0, class_validator_1.ArrayUnique)(),
    (0, common_input_1.IsEntityId)({ each: true }),
    __metadata("design:type", Object)
], UserInput.prototype, "establishmentIds", void 0);
exports.UserInput = UserInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A new staff or partner account of your organisation.' })
], UserInput);
let UserListOptions = class UserListOptions extends pagination_1.PageInput {
};
exports.UserListOptions = UserListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], UserListOptions.prototype, "active", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Part of the e-mail or the display name.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], UserListOptions.prototype, "search", void 0);
exports.UserListOptions = UserListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], UserListOptions);
let ApiKeyInput = class ApiKeyInput {
};
exports.ApiKeyInput = ApiKeyInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ApiKeyInput.prototype, "userId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'What the key is for, e.g. the partner system that holds it.' }),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], ApiKeyInput.prototype, "label", void 0);
exports.ApiKeyInput = ApiKeyInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A key for a partner or funder account (roles PARTNER and FUNDER only).' })
], ApiKeyInput);
let ApiKey = class ApiKey {
};
exports.ApiKey = ApiKey;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], ApiKey.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], ApiKey.prototype, "userId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], ApiKey.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The first characters of the key, to recognise it.' }),
    __metadata("design:type", String)
], ApiKey.prototype, "prefix", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date),
    __metadata("design:type", Date)
], ApiKey.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ApiKey.prototype, "revokedAt", void 0);
exports.ApiKey = ApiKey = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A partner API key. The key itself is shown once, when created; only its hash is kept.' })
], ApiKey);
let ApiKeyCreated = class ApiKeyCreated {
};
exports.ApiKeyCreated = ApiKeyCreated;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], ApiKeyCreated.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Send as `Authorization: ApiKey <key>`.' }),
    __metadata("design:type", String)
], ApiKeyCreated.prototype, "key", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ApiKey),
    __metadata("design:type", ApiKey)
], ApiKeyCreated.prototype, "apiKey", void 0);
exports.ApiKeyCreated = ApiKeyCreated = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A new API key: `key` is shown this once and cannot be retrieved again.' })
], ApiKeyCreated);
let UserList = class UserList extends (0, pagination_1.PaginatedList)(organization_entity_1.User) {
};
exports.UserList = UserList;
exports.UserList = UserList = __decorate([
    (0, type_graphql_1.ObjectType)()
], UserList);
exports.UserResult = (0, error_results_1.resultUnion)('UserResult', organization_entity_1.User, [error_results_2.NotFoundError, error_results_2.DuplicateError, error_results_2.InvalidStateError]);
exports.ApiKeyCreatedResult = (0, error_results_1.resultUnion)('ApiKeyCreatedResult', ApiKeyCreated, [error_results_2.NotFoundError, error_results_2.InvalidStateError]);
exports.ApiKeyResult = (0, error_results_1.resultUnion)('ApiKeyResult', ApiKey, [error_results_2.NotFoundError, error_results_2.InvalidStateError]);
//# sourceMappingURL=user.types.js.map