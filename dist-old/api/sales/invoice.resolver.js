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
exports.PaymentResolver = exports.CreditNoteLineResolver = exports.CreditNoteResolver = exports.InvoiceLineResolver = exports.InvoiceResolver = void 0;
const type_graphql_1 = require("type-graphql");
const document_download_1 = require("../http/document-download");
const scalars_1 = require("../../schema/scalars");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const sales_input_1 = require("../../schema/inputs/sales.input");
const lists_1 = require("../../schema/lists");
const results_1 = require("../../schema/results");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const invoice_service_1 = require("./invoice.service");
const lifecycles_1 = require("../../kernel/lifecycles");
const document_lists_1 = require("./document-lists");
const document_fields_resolver_1 = require("./document-fields.resolver");
const sales_loaders_1 = require("./sales.loaders");
let InvoiceResolver = class InvoiceResolver extends (0, document_fields_resolver_1.DocumentFieldsResolver)(sales_entity_1.Invoice, (ctx, invoice) => (0, sales_loaders_1.invoiceLinesByInvoiceId)(ctx).load(Number(invoice.id))) {
    documentUrl(invoice) {
        return (0, document_download_1.documentPath)('invoices', invoice.id);
    }
    invoice(ctx, id) {
        return (0, sales_loaders_1.invoiceById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    invoices(ctx, options, info) {
        return document_lists_1.DocumentLists.invoices(ctx, options, info);
    }
    createInvoice(ctx, input) {
        return invoice_service_1.InvoiceService.createDraft(ctx, input);
    }
    updateInvoice(ctx, id, input) {
        return invoice_service_1.InvoiceService.updateDraft(ctx, id, input);
    }
    deleteInvoice(ctx, id) {
        return invoice_service_1.InvoiceService.deleteDraft(ctx, id);
    }
    issueInvoice(ctx, id, issueDate) {
        return invoice_service_1.InvoiceService.issue(ctx, id, issueDate);
    }
    recordPayment(ctx, input) {
        return invoice_service_1.InvoiceService.recordPayment(ctx, input);
    }
    createCreditNote(ctx, input) {
        return invoice_service_1.InvoiceService.createCreditNote(ctx, input);
    }
    lines(ctx, invoice) {
        return (0, sales_loaders_1.invoiceLinesByInvoiceId)(ctx).load(Number(invoice.id));
    }
    payments(ctx, invoice) {
        return (0, sales_loaders_1.paymentsByInvoiceId)(ctx).load(Number(invoice.id));
    }
    creditNotes(ctx, invoice) {
        return (0, sales_loaders_1.creditNotesByInvoiceId)(ctx).load(Number(invoice.id));
    }
    async amountPaidCents(ctx, invoice) {
        return (await (0, sales_loaders_1.settlementByInvoiceId)(ctx).load(Number(invoice.id))).paidCents;
    }
    async amountCreditedCents(ctx, invoice) {
        return (await (0, sales_loaders_1.settlementByInvoiceId)(ctx).load(Number(invoice.id))).creditedCents;
    }
    async amountDueCents(ctx, invoice) {
        return (0, lifecycles_1.amountDueCents)(invoice, await (0, sales_loaders_1.settlementByInvoiceId)(ctx).load(Number(invoice.id)));
    }
};
exports.InvoiceResolver = InvoiceResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "documentUrl", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => sales_entity_1.Invoice, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "invoice", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.InvoiceList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.InvoiceListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "invoices", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.InvoiceResult, { description: 'Creates a draft invoice from delivered quantities. Drafts have no number.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.InvoiceInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.InvoiceInput]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "createInvoice", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.InvoiceResult, { description: 'Edits a draft invoice; an issued invoice answers IMMUTABLE_DOCUMENT.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => sales_input_1.InvoiceUpdateInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, sales_input_1.InvoiceUpdateInput]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "updateInvoice", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.InvoiceResult, { description: 'Deletes a draft invoice (returned as it was); issued invoices are never deleted.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "deleteInvoice", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.InvoiceResult, { description: 'DRAFT → ISSUED: assigns the next number of the establishment\'s sequence for the year.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('issueDate', () => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today (Europe/Paris); never after today, nor before the last invoice the establishment numbered.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, String]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "issueInvoice", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.PaymentResult, { description: 'Records a payment; the invoice becomes PARTIALLY_PAID or PAID. Overpayment is refused.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.PaymentInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.PaymentInput]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "recordPayment", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.CreditNoteResult, { description: 'Issues a credit note (avoir) for some lines, or for everything (cancelling the invoice).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.CreditNoteInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.CreditNoteInput]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "createCreditNote", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.InvoiceLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "lines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.Payment]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "payments", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.CreditNote]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceResolver.prototype, "creditNotes", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => scalars_1.Cents),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], InvoiceResolver.prototype, "amountPaidCents", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => scalars_1.Cents),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], InvoiceResolver.prototype, "amountCreditedCents", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => scalars_1.Cents, { description: 'TTC − credited − paid.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], InvoiceResolver.prototype, "amountDueCents", null);
exports.InvoiceResolver = InvoiceResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.Invoice)
], InvoiceResolver);
let InvoiceLineResolver = class InvoiceLineResolver extends (0, document_fields_resolver_1.LineFieldsResolver)(sales_entity_1.InvoiceLine) {
    invoice(ctx, line) {
        return (0, sales_loaders_1.invoiceById)(ctx).load(Number(line.invoiceId));
    }
    deliveryNoteLine(ctx, line) {
        return (0, sales_loaders_1.deliveryNoteLineById)(ctx).load(Number(line.deliveryNoteLineId));
    }
    orderLine(ctx, line) {
        return (0, sales_loaders_1.orderLineById)(ctx).load(Number(line.orderLineId));
    }
    creditNoteLines(ctx, line) {
        return (0, sales_loaders_1.creditNoteLinesByInvoiceLineId)(ctx).load(Number(line.id));
    }
    async creditedQuantity(ctx, line) {
        return (await (0, sales_loaders_1.creditedQuantityByInvoiceLineId)(ctx).load(Number(line.id))).quantity;
    }
};
exports.InvoiceLineResolver = InvoiceLineResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Invoice),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceLineResolver.prototype, "invoice", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.DeliveryNoteLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceLineResolver.prototype, "deliveryNoteLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.OrderLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceLineResolver.prototype, "orderLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.CreditNoteLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceLineResolver.prototype, "creditNoteLines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Number),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], InvoiceLineResolver.prototype, "creditedQuantity", null);
exports.InvoiceLineResolver = InvoiceLineResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.InvoiceLine)
], InvoiceLineResolver);
let CreditNoteResolver = class CreditNoteResolver extends (0, document_fields_resolver_1.DocumentFieldsResolver)(sales_entity_1.CreditNote, (ctx, note) => (0, sales_loaders_1.creditNoteLinesByCreditNoteId)(ctx).load(Number(note.id))) {
    documentUrl(note) {
        return (0, document_download_1.documentPath)('credit-notes', note.id);
    }
    creditNote(ctx, id) {
        return (0, sales_loaders_1.creditNoteById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    creditNotes(ctx, options, info) {
        return document_lists_1.DocumentLists.creditNotes(ctx, options, info);
    }
    invoice(ctx, note) {
        return (0, sales_loaders_1.invoiceById)(ctx).load(Number(note.invoiceId));
    }
    lines(ctx, note) {
        return (0, sales_loaders_1.creditNoteLinesByCreditNoteId)(ctx).load(Number(note.id));
    }
};
exports.CreditNoteResolver = CreditNoteResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], CreditNoteResolver.prototype, "documentUrl", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => sales_entity_1.CreditNote, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], CreditNoteResolver.prototype, "creditNote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.CreditNoteList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.CreditNoteListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], CreditNoteResolver.prototype, "creditNotes", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Invoice),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CreditNoteResolver.prototype, "invoice", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.CreditNoteLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CreditNoteResolver.prototype, "lines", null);
exports.CreditNoteResolver = CreditNoteResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.CreditNote)
], CreditNoteResolver);
let CreditNoteLineResolver = class CreditNoteLineResolver extends (0, document_fields_resolver_1.LineFieldsResolver)(sales_entity_1.CreditNoteLine) {
    invoiceLine(ctx, line) {
        return (0, sales_loaders_1.invoiceLineById)(ctx).load(Number(line.invoiceLineId));
    }
};
exports.CreditNoteLineResolver = CreditNoteLineResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.InvoiceLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], CreditNoteLineResolver.prototype, "invoiceLine", null);
exports.CreditNoteLineResolver = CreditNoteLineResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.CreditNoteLine)
], CreditNoteLineResolver);
let PaymentResolver = class PaymentResolver {
    payment(ctx, id) {
        return (0, sales_loaders_1.paymentById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    payments(ctx, options, info) {
        return document_lists_1.DocumentLists.payments(ctx, options, info);
    }
    invoice(ctx, payment) {
        return (0, sales_loaders_1.invoiceById)(ctx).load(Number(payment.invoiceId));
    }
};
exports.PaymentResolver = PaymentResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => sales_entity_1.Payment, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], PaymentResolver.prototype, "payment", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.PaymentList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.PaymentListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], PaymentResolver.prototype, "payments", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Invoice),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], PaymentResolver.prototype, "invoice", null);
exports.PaymentResolver = PaymentResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.Payment)
], PaymentResolver);
//# sourceMappingURL=invoice.resolver.js.map