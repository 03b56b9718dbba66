"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reservedQuantitySql = reservedQuantitySql;
exports.invoicedQuantitySql = invoicedQuantitySql;
exports.netLineQuantitySql = netLineQuantitySql;
exports.netLineThousandths = netLineThousandths;
const totals_1 = require("../../kernel/totals");
/**
 * The two meanings of "what was billed" of an order or delivery line, each defined once:
 * - **reserved**: on any invoice, drafts included, net of credit notes. A draft holds what it bills,
 *   so a new invoice may only take what is not reserved (and `invoicedQuantity` on order and delivery
 *   lines reports this figure, as its description says).
 * - **invoiced**: on issued invoices only, net of credit notes. An order is invoiced when every line
 *   is, whatever drafts exist.
 * Each fragment is a SQL expression; `lines` is a condition on the invoice lines counted, alias `il`
 * (e.g. `il.order_line_id = ol.id`). Credit notes only credit issued invoices, so the credited part is
 * the same for both.
 */
function netOfCredits(invoiceLines, lines) {
    return `(coalesce((select sum(il.quantity) from ${invoiceLines} where ${lines}), 0)
          - coalesce((select sum(c.quantity) from credit_note_line c join invoice_line il on il.id = c.invoice_line_id where ${lines}), 0))`;
}
function reservedQuantitySql(lines) {
    return netOfCredits('invoice_line il', lines);
}
function invoicedQuantitySql(lines) {
    return netOfCredits(`invoice_line il join invoice i on i.id = il.invoice_id and i.status <> 'draft'`, lines);
}
/** What one invoice line still bills once its credit notes are deducted (SQL, the line aliased `line`). */
function netLineQuantitySql(line) {
    return `(${line}.quantity - coalesce((select sum(c.quantity) from credit_note_line c where c.invoice_line_id = ${line}.id), 0))`;
}
/** The same for a line already read with its credited quantity, in thousandths (exact). */
function netLineThousandths(line, credited) {
    return (0, totals_1.toThousandths)(Number(line.quantity)) - (0, totals_1.toThousandths)(Number(credited));
}
//# sourceMappingURL=billed-quantities.js.map