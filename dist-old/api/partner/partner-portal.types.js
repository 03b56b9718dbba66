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
exports.PartnerDocuments = exports.PartnerPayment = exports.PartnerCreditNote = exports.PartnerInvoice = exports.PartnerDeliveryNote = exports.PartnerDeliveryLine = exports.PartnerOrder = exports.PartnerDocumentLine = void 0;
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("../../schema/scalars");
/**
 * What a partner portal reads of its customer's sales documents: their numbers, dates, statuses,
 * what was sold and the amounts — a view of its own, so that nothing else of the documents (cost
 * split, work done, who did it, internal notes) is reachable from it, whatever the path.
 */
let PartnerDocumentLine = class PartnerDocumentLine {
};
exports.PartnerDocumentLine = PartnerDocumentLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PartnerDocumentLine.prototype, "position", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerDocumentLine.prototype, "description", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], PartnerDocumentLine.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerDocumentLine.prototype, "unitPriceCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { description: 'VAT rate in percent.' }),
    __metadata("design:type", Number)
], PartnerDocumentLine.prototype, "vatRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerDocumentLine.prototype, "totalHtCents", void 0);
exports.PartnerDocumentLine = PartnerDocumentLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A line as the customer saw it on the document.' })
], PartnerDocumentLine);
let PartnerOrder = class PartnerOrder {
};
exports.PartnerOrder = PartnerOrder;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], PartnerOrder.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerOrder.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], PartnerOrder.prototype, "orderDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'CONFIRMED, IN_PRODUCTION, DELIVERED, INVOICED, CLOSED or CANCELLED.' }),
    __metadata("design:type", String)
], PartnerOrder.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "The customer's purchase order reference." }),
    __metadata("design:type", Object)
], PartnerOrder.prototype, "customerReference", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerOrder.prototype, "totalHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerOrder.prototype, "totalVatCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerOrder.prototype, "totalTtcCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerDocumentLine]),
    __metadata("design:type", Array)
], PartnerOrder.prototype, "lines", void 0);
exports.PartnerOrder = PartnerOrder = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An order (commande) of the customer.' })
], PartnerOrder);
let PartnerDeliveryLine = class PartnerDeliveryLine {
};
exports.PartnerDeliveryLine = PartnerDeliveryLine;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerDeliveryLine.prototype, "description", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], PartnerDeliveryLine.prototype, "quantity", void 0);
exports.PartnerDeliveryLine = PartnerDeliveryLine = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A delivered quantity of an order line.' })
], PartnerDeliveryLine);
let PartnerDeliveryNote = class PartnerDeliveryNote {
};
exports.PartnerDeliveryNote = PartnerDeliveryNote;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], PartnerDeliveryNote.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerDeliveryNote.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], PartnerDeliveryNote.prototype, "deliveryDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerDeliveryNote.prototype, "orderNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerDeliveryLine]),
    __metadata("design:type", Array)
], PartnerDeliveryNote.prototype, "lines", void 0);
exports.PartnerDeliveryNote = PartnerDeliveryNote = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A delivery note (bon de livraison) of the customer.' })
], PartnerDeliveryNote);
let PartnerInvoice = class PartnerInvoice {
};
exports.PartnerInvoice = PartnerInvoice;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], PartnerInvoice.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerInvoice.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], PartnerInvoice.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    __metadata("design:type", Object)
], PartnerInvoice.prototype, "dueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'ISSUED, PARTIALLY_PAID, PAID or CANCELLED.' }),
    __metadata("design:type", String)
], PartnerInvoice.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerInvoice.prototype, "totalHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerInvoice.prototype, "totalVatCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerInvoice.prototype, "totalTtcCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerInvoice.prototype, "amountPaidCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerInvoice.prototype, "amountCreditedCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerInvoice.prototype, "amountDueCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerDocumentLine]),
    __metadata("design:type", Array)
], PartnerInvoice.prototype, "lines", void 0);
exports.PartnerInvoice = PartnerInvoice = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An issued invoice (facture) of the customer.' })
], PartnerInvoice);
let PartnerCreditNote = class PartnerCreditNote {
};
exports.PartnerCreditNote = PartnerCreditNote;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], PartnerCreditNote.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerCreditNote.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], PartnerCreditNote.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerCreditNote.prototype, "invoiceNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerCreditNote.prototype, "reason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerCreditNote.prototype, "totalHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerCreditNote.prototype, "totalTtcCents", void 0);
exports.PartnerCreditNote = PartnerCreditNote = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A credit note (avoir) of the customer.' })
], PartnerCreditNote);
let PartnerPayment = class PartnerPayment {
};
exports.PartnerPayment = PartnerPayment;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], PartnerPayment.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerPayment.prototype, "invoiceNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], PartnerPayment.prototype, "paymentDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], PartnerPayment.prototype, "amountCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'TRANSFER, CHECK, CARD, CASH or DIRECT_DEBIT.' }),
    __metadata("design:type", String)
], PartnerPayment.prototype, "method", void 0);
exports.PartnerPayment = PartnerPayment = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A payment received from the customer.' })
], PartnerPayment);
let PartnerDocuments = class PartnerDocuments {
};
exports.PartnerDocuments = PartnerDocuments;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], PartnerDocuments.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerDocuments.prototype, "customerName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PartnerDocuments.prototype, "year", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerOrder], { description: 'By order date.' }),
    __metadata("design:type", Array)
], PartnerDocuments.prototype, "orders", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerDeliveryNote], { description: 'By delivery date.' }),
    __metadata("design:type", Array)
], PartnerDocuments.prototype, "deliveryNotes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerInvoice], { description: 'Issued invoices, by issue date (drafts are not shown).' }),
    __metadata("design:type", Array)
], PartnerDocuments.prototype, "invoices", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerCreditNote], { description: 'By issue date.' }),
    __metadata("design:type", Array)
], PartnerDocuments.prototype, "creditNotes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [PartnerPayment], { description: 'By payment date.' }),
    __metadata("design:type", Array)
], PartnerDocuments.prototype, "payments", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'False when one of the lists held more than 2 000 documents and was cut at 2 000.' }),
    __metadata("design:type", Boolean)
], PartnerDocuments.prototype, "complete", void 0);
exports.PartnerDocuments = PartnerDocuments = __decorate([
    (0, type_graphql_1.ObjectType)({ description: "A customer's sales documents of a calendar year, as its partner portal reads them (by the date of each document)." })
], PartnerDocuments);
//# sourceMappingURL=partner-portal.types.js.map