import { StateMachine } from './state-machine';

/** The statuses of the documents (the schema registers them as GraphQL enums, schema/enums.ts). */

export enum QuoteStatus {
  DRAFT = 'draft',
  SENT = 'sent',
  ACCEPTED = 'accepted',
  REFUSED = 'refused',
  EXPIRED = 'expired',
}

export enum OrderStatus {
  CONFIRMED = 'confirmed',
  IN_PRODUCTION = 'in_production',
  DELIVERED = 'delivered',
  INVOICED = 'invoiced',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}

export enum InvoiceStatus {
  DRAFT = 'draft',
  ISSUED = 'issued',
  PARTIALLY_PAID = 'partially_paid',
  PAID = 'paid',
  CANCELLED = 'cancelled',
}

export enum ProductionSheetStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
}


/** The transition tables of the documents: the only statuses a document may move to. */
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

/** A production sheet: planned, in progress, done. */
export const productionSheetLifecycle = new StateMachine<ProductionSheetStatus>('production sheet', {
  [ProductionSheetStatus.PLANNED]: [ProductionSheetStatus.IN_PROGRESS],
  [ProductionSheetStatus.IN_PROGRESS]: [ProductionSheetStatus.DONE],
  [ProductionSheetStatus.DONE]: [],
});
