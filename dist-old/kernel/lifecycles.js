"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.productionSheetLifecycle = exports.invoiceLifecycle = exports.orderLifecycle = exports.quoteLifecycle = exports.ProductionSheetStatus = exports.InvoiceStatus = exports.OrderStatus = exports.QuoteStatus = void 0;
exports.settledInvoiceStatus = settledInvoiceStatus;
exports.amountDueCents = amountDueCents;
const state_machine_1 = require("./state-machine");
/** The statuses of the documents (the schema registers them as GraphQL enums, schema/enums.ts). */
var QuoteStatus;
(function (QuoteStatus) {
    QuoteStatus["DRAFT"] = "draft";
    QuoteStatus["SENT"] = "sent";
    QuoteStatus["ACCEPTED"] = "accepted";
    QuoteStatus["REFUSED"] = "refused";
    QuoteStatus["EXPIRED"] = "expired";
})(QuoteStatus || (exports.QuoteStatus = QuoteStatus = {}));
var OrderStatus;
(function (OrderStatus) {
    OrderStatus["CONFIRMED"] = "confirmed";
    OrderStatus["IN_PRODUCTION"] = "in_production";
    OrderStatus["DELIVERED"] = "delivered";
    OrderStatus["INVOICED"] = "invoiced";
    OrderStatus["CLOSED"] = "closed";
    OrderStatus["CANCELLED"] = "cancelled";
})(OrderStatus || (exports.OrderStatus = OrderStatus = {}));
var InvoiceStatus;
(function (InvoiceStatus) {
    InvoiceStatus["DRAFT"] = "draft";
    InvoiceStatus["ISSUED"] = "issued";
    InvoiceStatus["PARTIALLY_PAID"] = "partially_paid";
    InvoiceStatus["PAID"] = "paid";
    InvoiceStatus["CANCELLED"] = "cancelled";
})(InvoiceStatus || (exports.InvoiceStatus = InvoiceStatus = {}));
var ProductionSheetStatus;
(function (ProductionSheetStatus) {
    ProductionSheetStatus["PLANNED"] = "planned";
    ProductionSheetStatus["IN_PROGRESS"] = "in_progress";
    ProductionSheetStatus["DONE"] = "done";
})(ProductionSheetStatus || (exports.ProductionSheetStatus = ProductionSheetStatus = {}));
/** The transition tables of the documents: the only statuses a document may move to. */
exports.quoteLifecycle = new state_machine_1.StateMachine('quote', {
    [QuoteStatus.DRAFT]: [QuoteStatus.SENT],
    [QuoteStatus.SENT]: [QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.EXPIRED],
    [QuoteStatus.ACCEPTED]: [],
    [QuoteStatus.REFUSED]: [],
    [QuoteStatus.EXPIRED]: [],
});
exports.orderLifecycle = new state_machine_1.StateMachine('order', {
    [OrderStatus.CONFIRMED]: [OrderStatus.IN_PRODUCTION, OrderStatus.DELIVERED, OrderStatus.CANCELLED],
    [OrderStatus.IN_PRODUCTION]: [OrderStatus.DELIVERED, OrderStatus.CANCELLED],
    [OrderStatus.DELIVERED]: [OrderStatus.INVOICED],
    [OrderStatus.INVOICED]: [OrderStatus.CLOSED],
    [OrderStatus.CLOSED]: [],
    [OrderStatus.CANCELLED]: [],
});
exports.invoiceLifecycle = new state_machine_1.StateMachine('invoice', {
    [InvoiceStatus.DRAFT]: [InvoiceStatus.ISSUED],
    [InvoiceStatus.ISSUED]: [InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.CANCELLED],
    [InvoiceStatus.PARTIALLY_PAID]: [InvoiceStatus.PAID, InvoiceStatus.CANCELLED],
    [InvoiceStatus.PAID]: [InvoiceStatus.CANCELLED],
    [InvoiceStatus.CANCELLED]: [],
});
/** The status an issued invoice has for what was paid and credited on it. */
function settledInvoiceStatus(totalTtcCents, paidCents, creditedCents) {
    if (creditedCents >= totalTtcCents)
        return InvoiceStatus.CANCELLED;
    if (paidCents >= totalTtcCents - creditedCents)
        return InvoiceStatus.PAID;
    if (paidCents > 0)
        return InvoiceStatus.PARTIALLY_PAID;
    return InvoiceStatus.ISSUED;
}
/** What remains to pay on an invoice: TTC − credited − paid; nothing on a draft, never negative. */
function amountDueCents(invoice, settlement) {
    if (invoice.status === InvoiceStatus.DRAFT)
        return 0;
    return Math.max(0, invoice.totalTtcCents - settlement.creditedCents - settlement.paidCents);
}
/** A production sheet: planned, in progress, done. */
exports.productionSheetLifecycle = new state_machine_1.StateMachine('production sheet', {
    [ProductionSheetStatus.PLANNED]: [ProductionSheetStatus.IN_PROGRESS],
    [ProductionSheetStatus.IN_PROGRESS]: [ProductionSheetStatus.DONE],
    [ProductionSheetStatus.DONE]: [],
});
//# sourceMappingURL=lifecycles.js.map