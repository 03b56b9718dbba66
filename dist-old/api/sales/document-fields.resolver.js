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
exports.DocumentFieldsResolver = DocumentFieldsResolver;
exports.LineFieldsResolver = LineFieldsResolver;
const type_graphql_1 = require("type-graphql");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const catalog_item_entity_1 = require("../../schema/entities/catalog-item.entity");
const document_entity_1 = require("../../schema/entities/document.entity");
const sales_loaders_1 = require("./sales.loaders");
const organization_loaders_1 = require("../organization/organization.loaders");
const totals_1 = require("../../kernel/totals");
/** `customer`, `establishment` and `vatBreakdown`: the fields every numbered sales document has. */
function DocumentFieldsResolver(type, linesOf) {
    let DocumentFields = class DocumentFields {
        customer(ctx, document) {
            return (0, sales_loaders_1.customerById)(ctx).load(Number(document.customerId));
        }
        establishment(ctx, document) {
            return (0, organization_loaders_1.establishmentById)(ctx).load(Number(document.establishmentId));
        }
        async vatBreakdown(ctx, document) {
            return (0, totals_1.documentTotals)(await linesOf(ctx, document)).vatBreakdown;
        }
    };
    __decorate([
        (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Customer),
        __param(0, (0, type_graphql_1.Ctx)()),
        __param(1, (0, type_graphql_1.Root)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Function, Object]),
        __metadata("design:returntype", void 0)
    ], DocumentFields.prototype, "customer", null);
    __decorate([
        (0, type_graphql_1.FieldResolver)(() => organization_entity_1.Establishment),
        __param(0, (0, type_graphql_1.Ctx)()),
        __param(1, (0, type_graphql_1.Root)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Function, Object]),
        __metadata("design:returntype", void 0)
    ], DocumentFields.prototype, "establishment", null);
    __decorate([
        (0, type_graphql_1.FieldResolver)(() => [document_entity_1.VatBreakdown], { description: 'HT, VAT and TTC per VAT rate, computed from the lines.' }),
        __param(0, (0, type_graphql_1.Ctx)()),
        __param(1, (0, type_graphql_1.Root)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Function, Object]),
        __metadata("design:returntype", Promise)
    ], DocumentFields.prototype, "vatBreakdown", null);
    DocumentFields = __decorate([
        (0, type_graphql_1.Resolver)(() => type)
    ], DocumentFields);
    return DocumentFields;
}
/** `catalogItem` of a priced line. */
function LineFieldsResolver(type) {
    let LineFields = class LineFields {
        catalogItem(ctx, line) {
            return (0, sales_loaders_1.catalogItemById)(ctx).load(Number(line.catalogItemId));
        }
    };
    __decorate([
        (0, type_graphql_1.FieldResolver)(() => catalog_item_entity_1.CatalogItem),
        __param(0, (0, type_graphql_1.Ctx)()),
        __param(1, (0, type_graphql_1.Root)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Function, Object]),
        __metadata("design:returntype", void 0)
    ], LineFields.prototype, "catalogItem", null);
    LineFields = __decorate([
        (0, type_graphql_1.Resolver)(() => type)
    ], LineFields);
    return LineFields;
}
//# sourceMappingURL=document-fields.resolver.js.map