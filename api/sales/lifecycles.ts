import { StateMachine } from '../common/state-machine';
import { InvoiceStatus, OrderStatus, QuoteStatus } from '../../schema/enums';

/** The transition tables of the sales documents: the only statuses a document may move to. */
export const quoteLifecycle = new StateMachine<QuoteStatus>('quote', {
  [QuoteStatus.DRAFT]: [QuoteStatus.SENT],
  [QuoteStatus.SENT]: [QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.EXPIRED],
  [QuoteStatus.ACCEPTED]: [],
  [QuoteStatus.REFUSED]: [],
  [QuoteStatus.EXPIRED]: [],
});

export const orderLifecycle = new StateMachine<OrderStatus>('order', {
  [OrderStatus.CONFIRMED]: [OrderStatus.IN_PRODUCTION, OrderStatus.DELIVERED, OrderStatus.CANCELLED],
  [OrderStatus.IN_PRODUCTION]: [OrderStatus.DELIVERED, OrderStatus.CANCELLED],
  [OrderStatus.DELIVERED]: [OrderStatus.INVOICED],
  [OrderStatus.INVOICED]: [OrderStatus.CLOSED],
  [OrderStatus.CLOSED]: [],
  [OrderStatus.CANCELLED]: [],
});

export const invoiceLifecycle = new StateMachine<InvoiceStatus>('invoice', {
  [InvoiceStatus.DRAFT]: [InvoiceStatus.ISSUED],
  [InvoiceStatus.ISSUED]: [InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.CANCELLED],
  [InvoiceStatus.PARTIALLY_PAID]: [InvoiceStatus.PAID, InvoiceStatus.CANCELLED],
  [InvoiceStatus.PAID]: [InvoiceStatus.CANCELLED],
  [InvoiceStatus.CANCELLED]: [],
});

/** The status an issued invoice has for what was paid and credited on it. */
export function settledInvoiceStatus(totalTtcCents: number, paidCents: number, creditedCents: number): InvoiceStatus {
  if (creditedCents >= totalTtcCents) return InvoiceStatus.CANCELLED;
  if (paidCents >= totalTtcCents - creditedCents) return InvoiceStatus.PAID;
  if (paidCents > 0) return InvoiceStatus.PARTIALLY_PAID;
  return InvoiceStatus.ISSUED;
}

/** What remains to pay on an invoice: TTC − credited − paid; nothing on a draft, never negative. */
export function amountDueCents(invoice: { status: InvoiceStatus; totalTtcCents: number }, settlement: { paidCents: number; creditedCents: number }): number {
  if (invoice.status === InvoiceStatus.DRAFT) return 0;
  return Math.max(0, invoice.totalTtcCents - settlement.creditedCents - settlement.paidCents);
}
