import { toThousandths } from '../../kernel/totals';

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
function netOfCredits(invoiceLines: string, lines: string): string {
  return `(coalesce((select sum(il.quantity) from ${invoiceLines} where ${lines}), 0)
          - coalesce((select sum(c.quantity) from credit_note_line c join invoice_line il on il.id = c.invoice_line_id where ${lines}), 0))`;
}

export function reservedQuantitySql(lines: string): string {
  return netOfCredits('invoice_line il', lines);
}

export function invoicedQuantitySql(lines: string): string {
  return netOfCredits(`invoice_line il join invoice i on i.id = il.invoice_id and i.status <> 'draft'`, lines);
}

/** What one invoice line still bills once its credit notes are deducted (SQL, the line aliased `line`). */
export function netLineQuantitySql(line: string): string {
  return `(${line}.quantity - coalesce((select sum(c.quantity) from credit_note_line c where c.invoice_line_id = ${line}.id), 0))`;
}

/** The same for a line already read with its credited quantity, in thousandths (exact). */
export function netLineThousandths(line: { quantity: number | string }, credited: number | string): bigint {
  return toThousandths(Number(line.quantity)) - toThousandths(Number(credited));
}

/** What was delivered of order lines: the quantity of their delivery note lines (`lines` a condition on them, alias `d`). */
export function deliveredQuantitySql(lines: string): string {
  return `coalesce((select sum(d.quantity) from delivery_note_line d where ${lines}), 0)`;
}

/** What settles an invoice besides its lines (SQL over an expression of the invoice's id): the payments received… */
export function paidCentsSql(invoiceId: string): string {
  return `coalesce((select sum(p.amount_cents) from payment p where p.invoice_id = ${invoiceId}), 0)`;
}

/** …and the credit notes correcting it, TTC. */
export function creditedCentsSql(invoiceId: string): string {
  return `coalesce((select sum(n.total_ttc_cents) from credit_note n where n.invoice_id = ${invoiceId}), 0)`;
}
