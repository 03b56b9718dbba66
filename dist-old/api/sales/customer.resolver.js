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
exports.CatalogItemResolver = exports.CustomerResolver = void 0;
exports.address = address;
const type_graphql_1 = require("type-graphql");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const catalog_item_entity_1 = require("../../schema/entities/catalog-item.entity");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const sales_input_1 = require("../../schema/inputs/sales.input");
const lists_1 = require("../../schema/lists");
const results_1 = require("../../schema/results");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const customer_service_1 = require("./customer.service");
const sales_loaders_1 = require("./sales.loaders");
const organization_loaders_1 = require("../organization/organization.loaders");
function address(line1, line2, postalCode, city, countryCode) {
    if (!line1 || !postalCode || !city)
        return null;
    return { line1, line2, postalCode, city, countryCode: countryCode ?? 'FR' };
}
let CustomerResolver = class CustomerResolver {
    customer(ctx, id) {
        return (0, sales_loaders_1.customerById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    customers(ctx, options, info) {
        return customer_service_1.CustomerService.list(ctx, options, info);
    }
    createCustomer(ctx, input) {
        return customer_service_1.CustomerService.create(ctx, input);
    }
    updateCustomer(ctx, id, input) {
        return customer_service_1.CustomerService.update(ctx, id, input);
    }
    billingAddress(customer) {
        return address(customer.billingLine1, customer.billingLine2, customer.billingPostalCode, customer.billingCity, customer.billingCountryCode);
    }
    deliveryAddress(customer) {
        return address(customer.deliveryLine1, customer.deliveryLine2, customer.deliveryPostalCode, customer.deliveryCity, customer.deliveryCountryCode);
    }
    quotes(ctx, customer) {
        return (0, sales_loaders_1.quotesByCustomerId)(ctx).load(Number(customer.id));
    }
    orders(ctx, customer) {
        return (0, sales_loaders_1.ordersByCustomerId)(ctx).load(Number(customer.id));
    }
    invoices(ctx, customer) {
        return (0, sales_loaders_1.invoicesByCustomerId)(ctx).load(Number(customer.id));
    }
};
exports.CustomerResolver = CustomerResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => customer_entity_1.Customer, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "customer", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.CustomerList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.CustomerListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "customers", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.CustomerResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.CustomerInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.CustomerInput]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "createCustomer", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.CustomerResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => sales_input_1.CustomerInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, sales_input_1.CustomerInput]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "updateCustomer", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Address),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "billingAddress", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Address, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "deliveryAddress", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.Quote]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "quotes", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.Order]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "orders", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.Invoice]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CustomerResolver.prototype, "invoices", null);
exports.CustomerResolver = CustomerResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => customer_entity_1.Customer)
], CustomerResolver);
let CatalogItemResolver = class CatalogItemResolver {
    catalogItem(ctx, id) {
        return (0, sales_loaders_1.catalogItemById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    catalogItems(ctx, options, info) {
        return customer_service_1.CatalogService.list(ctx, options, info);
    }
    createCatalogItem(ctx, input) {
        return customer_service_1.CatalogService.create(ctx, input);
    }
    updateCatalogItem(ctx, id, input) {
        return customer_service_1.CatalogService.update(ctx, id, input);
    }
    establishment(ctx, item) {
        return item.establishmentId ? (0, organization_loaders_1.establishmentById)(ctx).load(Number(item.establishmentId)) : null;
    }
};
exports.CatalogItemResolver = CatalogItemResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readCatalog),
    (0, type_graphql_1.Query)(() => catalog_item_entity_1.CatalogItem, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], CatalogItemResolver.prototype, "catalogItem", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readCatalog),
    (0, type_graphql_1.Query)(() => lists_1.CatalogItemList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.CatalogItemListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], CatalogItemResolver.prototype, "catalogItems", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.CatalogItemResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.CatalogItemInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.CatalogItemInput]),
    __metadata("design:returntype", void 0)
], CatalogItemResolver.prototype, "createCatalogItem", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.CatalogItemResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => sales_input_1.CatalogItemInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, sales_input_1.CatalogItemInput]),
    __metadata("design:returntype", void 0)
], CatalogItemResolver.prototype, "updateCatalogItem", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => organization_entity_1.Establishment, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CatalogItemResolver.prototype, "establishment", null);
exports.CatalogItemResolver = CatalogItemResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => catalog_item_entity_1.CatalogItem)
], CatalogItemResolver);
//# sourceMappingURL=customer.resolver.js.map