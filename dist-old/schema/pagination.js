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
exports.PageInput = exports.DEFAULT_TAKE = exports.MAX_TAKE = void 0;
exports.PaginatedList = PaginatedList;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const enums_1 = require("./enums");
/** The one shape of every list: validated `skip`/`take` with a server-side maximum, and `{ items, totalItems }`. */
exports.MAX_TAKE = 100;
exports.DEFAULT_TAKE = 25;
let PageInput = class PageInput {
};
exports.PageInput = PageInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Rows to skip (default 0).' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(10_000_000),
    __metadata("design:type", Number)
], PageInput.prototype, "skip", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: `Rows to return (default ${exports.DEFAULT_TAKE}, at most ${exports.MAX_TAKE}).` }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(exports.MAX_TAKE),
    __metadata("design:type", Number)
], PageInput.prototype, "take", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.SortDirection, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    __metadata("design:type", String)
], PageInput.prototype, "sortDirection", void 0);
exports.PageInput = PageInput = __decorate([
    (0, type_graphql_1.InputType)()
], PageInput);
/** `{ items, totalItems }`: the one shape of every list. */
function PaginatedList(itemType) {
    let List = class List {
    };
    __decorate([
        (0, type_graphql_1.Field)(() => [itemType]),
        __metadata("design:type", Array)
    ], List.prototype, "items", void 0);
    __decorate([
        (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Rows matching the filters, all pages together.' }),
        __metadata("design:type", Number)
    ], List.prototype, "totalItems", void 0);
    List = __decorate([
        (0, type_graphql_1.ObjectType)()
    ], List);
    return List;
}
//# sourceMappingURL=pagination.js.map