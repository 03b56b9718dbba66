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
exports.DeliveryNoteLineResolver = exports.DeliveryNoteResolver = exports.OrderLineResolver = exports.OrderResolver = void 0;
const type_graphql_1 = require("type-graphql");
const document_download_1 = require("../http/document-download");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const sales_input_1 = require("../../schema/inputs/sales.input");
const lists_1 = require("../../schema/lists");
const results_1 = require("../../schema/results");
const enums_1 = require("../../schema/enums");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const order_service_1 = require("./order.service");
const document_lists_1 = require("./document-lists");
const document_fields_resolver_1 = require("./document-fields.resolver");
const sales_loaders_1 = require("./sales.loaders");
const organization_loaders_1 = require("../organization/organization.loaders");
let OrderResolver = class OrderResolver extends (0, document_fields_resolver_1.DocumentFieldsResolver)(sales_entity_1.Order, (ctx, order) => (0, sales_loaders_1.orderLinesByOrderId)(ctx).load(Number(order.id))) {
    order(ctx, id) {
        return (0, sales_loaders_1.orderById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    orders(ctx, options, info) {
        return document_lists_1.DocumentLists.orders(ctx, options, info);
    }
    createOrder(ctx, input) {
        return order_service_1.OrderService.create(ctx, input);
    }
    startOrderProduction(ctx, id) {
        return order_service_1.OrderService.transition(ctx, id, enums_1.OrderStatus.IN_PRODUCTION);
    }
    cancelOrder(ctx, id) {
        return order_service_1.OrderService.transition(ctx, id, enums_1.OrderStatus.CANCELLED);
    }
    closeOrder(ctx, id) {
        return order_service_1.OrderService.transition(ctx, id, enums_1.OrderStatus.CLOSED);
    }
    deliverOrder(ctx, input) {
        return order_service_1.OrderService.deliver(ctx, input);
    }
    lines(ctx, order) {
        return (0, sales_loaders_1.orderLinesByOrderId)(ctx).load(Number(order.id));
    }
    quote(ctx, order) {
        return order.quoteId ? (0, sales_loaders_1.quoteById)(ctx).load(Number(order.quoteId)) : null;
    }
    deliveryNotes(ctx, order) {
        return (0, sales_loaders_1.deliveryNotesByOrderId)(ctx).load(Number(order.id));
    }
    invoices(ctx, order) {
        return (0, sales_loaders_1.invoicesByOrderId)(ctx).load(Number(order.id));
    }
};
exports.OrderResolver = OrderResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => sales_entity_1.Order, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "order", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.OrderList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.OrderListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "orders", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.OrderResult, { description: 'Records a confirmed order placed without a quote.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.OrderInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.OrderInput]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "createOrder", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.OrderResult, { description: 'CONFIRMED → IN_PRODUCTION.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "startOrderProduction", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.OrderResult, { description: 'CONFIRMED or IN_PRODUCTION → CANCELLED, while nothing was delivered.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "cancelOrder", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.OrderResult, { description: 'INVOICED → CLOSED.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "closeOrder", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.DeliveryNoteResult, { description: 'Delivers order lines (partially or fully) under a new delivery note (bon de livraison).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.DeliveryInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.DeliveryInput]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "deliverOrder", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.OrderLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "lines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Quote, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "quote", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.DeliveryNote]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "deliveryNotes", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.Invoice], { description: 'Invoices (drafts included) that bill lines of this order.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderResolver.prototype, "invoices", null);
exports.OrderResolver = OrderResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.Order)
], OrderResolver);
let OrderLineResolver = class OrderLineResolver extends (0, document_fields_resolver_1.LineFieldsResolver)(sales_entity_1.OrderLine) {
    order(ctx, line) {
        return (0, sales_loaders_1.orderById)(ctx).load(Number(line.orderId));
    }
    quoteLine(ctx, line) {
        return line.quoteLineId ? (0, sales_loaders_1.quoteLineById)(ctx).load(Number(line.quoteLineId)) : null;
    }
    deliveryLines(ctx, line) {
        return (0, sales_loaders_1.deliveryNoteLinesByOrderLineId)(ctx).load(Number(line.id));
    }
    invoiceLines(ctx, line) {
        return (0, sales_loaders_1.invoiceLinesByOrderLineId)(ctx).load(Number(line.id));
    }
    async deliveredQuantity(ctx, line) {
        return (await (0, sales_loaders_1.deliveredQuantityByOrderLineId)(ctx).load(Number(line.id))).quantity;
    }
    async invoicedQuantity(ctx, line) {
        return (await (0, sales_loaders_1.reservedQuantityByOrderLineId)(ctx).load(Number(line.id))).quantity;
    }
};
exports.OrderLineResolver = OrderLineResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Order),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineResolver.prototype, "order", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.QuoteLine, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineResolver.prototype, "quoteLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.DeliveryNoteLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineResolver.prototype, "deliveryLines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.InvoiceLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineResolver.prototype, "invoiceLines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Number),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], OrderLineResolver.prototype, "deliveredQuantity", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Number, { description: 'Quantity on invoices (drafts included), net of credit notes.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], OrderLineResolver.prototype, "invoicedQuantity", null);
exports.OrderLineResolver = OrderLineResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.OrderLine)
], OrderLineResolver);
let DeliveryNoteResolver = class DeliveryNoteResolver {
    documentUrl(note) {
        return (0, document_download_1.documentPath)('delivery-notes', note.id);
    }
    deliveryNote(ctx, id) {
        return (0, sales_loaders_1.deliveryNoteById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    deliveryNotes(ctx, options, info) {
        return document_lists_1.DocumentLists.deliveryNotes(ctx, options, info);
    }
    order(ctx, note) {
        return (0, sales_loaders_1.orderById)(ctx).load(Number(note.orderId));
    }
    customer(ctx, note) {
        return (0, sales_loaders_1.customerById)(ctx).load(Number(note.customerId));
    }
    establishment(ctx, note) {
        return (0, organization_loaders_1.establishmentById)(ctx).load(Number(note.establishmentId));
    }
    lines(ctx, note) {
        return (0, sales_loaders_1.deliveryNoteLinesByNoteId)(ctx).load(Number(note.id));
    }
};
exports.DeliveryNoteResolver = DeliveryNoteResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "documentUrl", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => sales_entity_1.DeliveryNote, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "deliveryNote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.DeliveryNoteList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.DeliveryNoteListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "deliveryNotes", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Order),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "order", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Customer),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "customer", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => organization_entity_1.Establishment),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "establishment", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.DeliveryNoteLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteResolver.prototype, "lines", null);
exports.DeliveryNoteResolver = DeliveryNoteResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.DeliveryNote)
], DeliveryNoteResolver);
let DeliveryNoteLineResolver = class DeliveryNoteLineResolver {
    deliveryNote(ctx, line) {
        return (0, sales_loaders_1.deliveryNoteById)(ctx).load(Number(line.deliveryNoteId));
    }
    orderLine(ctx, line) {
        return (0, sales_loaders_1.orderLineById)(ctx).load(Number(line.orderLineId));
    }
    invoiceLines(ctx, line) {
        return (0, sales_loaders_1.invoiceLinesByDeliveryNoteLineId)(ctx).load(Number(line.id));
    }
    async invoicedQuantity(ctx, line) {
        return (await (0, sales_loaders_1.reservedQuantityByDeliveryNoteLineId)(ctx).load(Number(line.id))).quantity;
    }
};
exports.DeliveryNoteLineResolver = DeliveryNoteLineResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.DeliveryNote),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteLineResolver.prototype, "deliveryNote", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.OrderLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteLineResolver.prototype, "orderLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.InvoiceLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteLineResolver.prototype, "invoiceLines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Number, { description: 'Quantity on invoices (drafts included), net of credit notes.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], DeliveryNoteLineResolver.prototype, "invoicedQuantity", null);
exports.DeliveryNoteLineResolver = DeliveryNoteLineResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.DeliveryNoteLine)
], DeliveryNoteLineResolver);
//# sourceMappingURL=order.resolver.js.map