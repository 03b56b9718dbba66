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
exports.SALES_ENTITIES = exports.Payment = exports.CreditNoteLine = exports.CreditNote = exports.InvoiceLine = exports.Invoice = exports.DeliveryNoteLine = exports.DeliveryNote = exports.OrderLine = exports.Order = exports.QuoteLine = exports.Quote = void 0;
const type_graphql_1 = require("type-graphql");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
const document_entity_1 = require("./document.entity");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
let Quote = class Quote extends document_entity_1.SalesDocument {
};
exports.Quote = Quote;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.QuoteStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Quote.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'quote_date', type: 'date' }),
    __metadata("design:type", String)
], Quote.prototype, "quoteDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'valid_until', type: 'date' }),
    __metadata("design:type", String)
], Quote.prototype, "validUntil", void 0);
exports.Quote = Quote = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Devis: a priced offer to a customer.' }),
    (0, typeorm_1.Entity)('quote')
], Quote);
let QuoteLine = class QuoteLine extends document_entity_1.DocumentLine {
};
exports.QuoteLine = QuoteLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'quote_id', type: 'bigint' }),
    __metadata("design:type", String)
], QuoteLine.prototype, "quoteId", void 0);
exports.QuoteLine = QuoteLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A line of a quote.' }),
    (0, typeorm_1.Entity)('quote_line')
], QuoteLine);
let Order = class Order extends document_entity_1.SalesDocument {
};
exports.Order = Order;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrderStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Order.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'order_date', type: 'date' }),
    __metadata("design:type", String)
], Order.prototype, "orderDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'quote_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "quoteId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The customer\'s purchase order reference.' }),
    (0, typeorm_1.Column)({ name: 'customer_reference', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "customerReference", void 0);
exports.Order = Order = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Commande: a confirmed order, possibly converted from an accepted quote.' }),
    (0, typeorm_1.Entity)('sales_order')
], Order);
let OrderLine = class OrderLine extends document_entity_1.DocumentLine {
};
exports.OrderLine = OrderLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_id', type: 'bigint' }),
    __metadata("design:type", String)
], OrderLine.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'quote_line_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], OrderLine.prototype, "quoteLineId", void 0);
exports.OrderLine = OrderLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A line of an order; what is attached to it (deliveries, invoices, later work) follows the line links.' }),
    (0, typeorm_1.Entity)('order_line')
], OrderLine);
let DeliveryNote = class DeliveryNote extends base_entity_1.TenantEntity {
};
exports.DeliveryNote = DeliveryNote;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], DeliveryNote.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'customer_id', type: 'bigint' }),
    __metadata("design:type", String)
], DeliveryNote.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_id', type: 'bigint' }),
    __metadata("design:type", String)
], DeliveryNote.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], DeliveryNote.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'delivery_date', type: 'date' }),
    __metadata("design:type", String)
], DeliveryNote.prototype, "deliveryDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], DeliveryNote.prototype, "notes", void 0);
exports.DeliveryNote = DeliveryNote = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Bon de livraison: what was delivered (or performed) against an order.' }),
    (0, typeorm_1.Entity)('delivery_note')
], DeliveryNote);
let DeliveryNoteLine = class DeliveryNoteLine extends base_entity_1.TenantEntity {
};
exports.DeliveryNoteLine = DeliveryNoteLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'delivery_note_id', type: 'bigint' }),
    __metadata("design:type", String)
], DeliveryNoteLine.prototype, "deliveryNoteId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], DeliveryNoteLine.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 14, scale: 3 }),
    __metadata("design:type", Number)
], DeliveryNoteLine.prototype, "quantity", void 0);
exports.DeliveryNoteLine = DeliveryNoteLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A delivered quantity of one order line.' }),
    (0, typeorm_1.Entity)('delivery_note_line')
], DeliveryNoteLine);
let Invoice = class Invoice extends document_entity_1.SalesDocument {
};
exports.Invoice = Invoice;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.InvoiceStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Invoice.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Set when the invoice is issued.' }),
    (0, typeorm_1.Column)({ name: 'issue_date', type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'due_date', type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "dueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'fiscal_year', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "fiscalYear", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Position in the establishment\'s sequence for the year.' }),
    (0, typeorm_1.Column)({ name: 'sequence_number', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "sequenceNumber", void 0);
exports.Invoice = Invoice = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Facture. Numbered when issued (one gapless sequence per establishment and year), immutable afterwards.' }),
    (0, typeorm_1.Entity)('invoice')
], Invoice);
let InvoiceLine = class InvoiceLine extends document_entity_1.DocumentLine {
};
exports.InvoiceLine = InvoiceLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'invoice_id', type: 'bigint' }),
    __metadata("design:type", String)
], InvoiceLine.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'delivery_note_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], InvoiceLine.prototype, "deliveryNoteLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], InvoiceLine.prototype, "orderLineId", void 0);
exports.InvoiceLine = InvoiceLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An invoiced quantity of one delivery-note line.' }),
    (0, typeorm_1.Entity)('invoice_line')
], InvoiceLine);
let CreditNote = class CreditNote extends document_entity_1.SalesDocument {
};
exports.CreditNote = CreditNote;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'invoice_id', type: 'bigint' }),
    __metadata("design:type", String)
], CreditNote.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'issue_date', type: 'date' }),
    __metadata("design:type", String)
], CreditNote.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, typeorm_1.Column)({ name: 'fiscal_year', type: 'integer' }),
    __metadata("design:type", Number)
], CreditNote.prototype, "fiscalYear", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, typeorm_1.Column)({ name: 'sequence_number', type: 'integer' }),
    __metadata("design:type", Number)
], CreditNote.prototype, "sequenceNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], CreditNote.prototype, "reason", void 0);
exports.CreditNote = CreditNote = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Avoir: corrects or cancels an issued invoice. Numbered on creation in its own gapless sequence.' }),
    (0, typeorm_1.Entity)('credit_note')
], CreditNote);
let CreditNoteLine = class CreditNoteLine extends document_entity_1.DocumentLine {
};
exports.CreditNoteLine = CreditNoteLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'credit_note_id', type: 'bigint' }),
    __metadata("design:type", String)
], CreditNoteLine.prototype, "creditNoteId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'invoice_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], CreditNoteLine.prototype, "invoiceLineId", void 0);
exports.CreditNoteLine = CreditNoteLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A credited quantity of one invoice line.' }),
    (0, typeorm_1.Entity)('credit_note_line')
], CreditNoteLine);
let Payment = class Payment extends base_entity_1.TenantEntity {
};
exports.Payment = Payment;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'invoice_id', type: 'bigint' }),
    __metadata("design:type", String)
], Payment.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'payment_date', type: 'date' }),
    __metadata("design:type", String)
], Payment.prototype, "paymentDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, typeorm_1.Column)({ name: 'amount_cents', type: 'bigint' }),
    __metadata("design:type", Number)
], Payment.prototype, "amountCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.PaymentMethod),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Payment.prototype, "method", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Payment.prototype, "reference", void 0);
exports.Payment = Payment = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Règlement: a payment received against an invoice.' }),
    (0, typeorm_1.Entity)('payment')
], Payment);
exports.SALES_ENTITIES = [Quote, QuoteLine, Order, OrderLine, DeliveryNote, DeliveryNoteLine, Invoice, InvoiceLine, CreditNote, CreditNoteLine, Payment];
//# sourceMappingURL=sales.entity.js.map