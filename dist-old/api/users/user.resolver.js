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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserResolver = void 0;
const type_graphql_1 = require("type-graphql");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const enums_1 = require("../../schema/enums");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const user_service_1 = require("./user.service");
const user_types_1 = require("./user.types");
let UserResolver = class UserResolver {
    users(ctx, options, info) {
        return user_service_1.UserService.list(ctx, options, info);
    }
    createUser(ctx, input) {
        return user_service_1.UserService.create(ctx, input);
    }
    updateUserRoles(ctx, id, roles) {
        return user_service_1.UserService.updateRoles(ctx, id, [...new Set(roles)]);
    }
    deactivateUser(ctx, id) {
        return user_service_1.UserService.deactivate(ctx, id);
    }
    apiKeys(ctx, userId) {
        return user_service_1.UserService.apiKeys(ctx, userId);
    }
    createApiKey(ctx, input) {
        return user_service_1.UserService.createApiKey(ctx, input);
    }
    revokeApiKey(ctx, id) {
        return user_service_1.UserService.revokeApiKey(ctx, id);
    }
};
exports.UserResolver = UserResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, type_graphql_1.Query)(() => user_types_1.UserList, { description: 'Accounts of your organisation.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => user_types_1.UserListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "users", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => user_types_1.UserResult, { description: 'Creates an account; the identity provider issues its tokens.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => user_types_1.UserInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, user_types_1.UserInput]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "createUser", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => user_types_1.UserResult, { description: 'Replaces the roles of an account; its current tokens stop working.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('roles', () => [enums_1.Role])),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, Array]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "updateUserRoles", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => user_types_1.UserResult, { description: 'Deactivates an account: its tokens and API keys stop working at once.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "deactivateUser", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, type_graphql_1.Query)(() => [user_types_1.ApiKey], { description: 'API keys of your organisation (never the keys themselves).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('userId', () => type_graphql_1.ID, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "apiKeys", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => user_types_1.ApiKeyCreatedResult, { description: 'Creates an API key for a partner or funder account and returns it once.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => user_types_1.ApiKeyInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, user_types_1.ApiKeyInput]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "createApiKey", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageUsers),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => user_types_1.ApiKeyResult, { description: 'Revokes an API key; it stops working at once.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], UserResolver.prototype, "revokeApiKey", null);
exports.UserResolver = UserResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => organization_entity_1.User)
], UserResolver);
//# sourceMappingURL=user.resolver.js.map