import { checkTransition } from '../common/state-machine';
import type { RequestContext } from '../context';
import { CreditNote, CreditNoteLine, DeliveryNoteLine, Invoice, InvoiceLine, Order, OrderLine, Payment } from '../../schema/entities/sales.entity';
import {
  ChronologyError, ImmutableDocumentError, InvalidStateError, LegalLimitError, MixedDocumentsError, NotFoundError, OverpaymentError, QuantityExceededError,
} from '../../schema/error-results';
import { InvoiceStatus } from '../../schema/enums';
import type { CreditNoteInput, InvoiceInput, InvoiceLineInput, InvoiceUpdateInput, PaymentInput } from '../../schema/inputs/sales.input';
import { establishmentById } from '../organization/organization.loaders';
import { findRow, insertRows, lockRows, updateRow } from '../common/rows';
import { copyLine, totalsColumns, type LineValues } from './lines';
import { amountDueCents, invoiceLifecycle, settledInvoiceStatus } from '../../kernel/lifecycles';
import { nextDocumentNumber } from '../common/document-numbering';
import { todayInFrance } from '../../kernel/dates';
import { dueDateOnIssue } from './payment-terms';
import { OrderService } from './order.service';
import { creditedCentsSql, netLineThousandths, paidCentsSql, reservedQuantitySql } from './billed-quantities';
import { toThousandths } from '../../kernel/totals';
import { badUserInput, parseId, parseIds } from '../common/errors';
import { captureIssuedDocument } from '../documents/document.service';

type DraftFailure = NotFoundError | QuantityExceededError | MixedDocumentsError;

interface DeliveredLine {
  id: number;
  establishmentId: number;
  customerId: number;
  orderLineId: number;
  quantity: number;
  /** On other invoices, drafts included (billed-quantities.ts). */
  reserved: number;
}


/**
 * Turns requested delivered quantities into priced invoice lines. The delivery-note lines are locked
 * (in id order) so that concurrent drafts cannot bill the same delivery twice; quantities already on
 * other invoices (drafts included, net of credit notes) are not available.
 */
async function buildInvoiceLines(
  ctx: RequestContext,
  requested: { deliveryNoteLineId: number; quantity: number | null; field: string }[],
  excludeInvoiceId: number | null,
): Promise<{ lines: (LineValues & { deliveryNoteLineId: number; orderLineId: number })[]; establishmentId: number; customerId: number } | DraftFailure> {
  const ids = [...new Set(requested.map((line) => line.deliveryNoteLineId))].sort((a, b) => a - b);
  await lockRows(ctx, DeliveryNoteLine, ids);
  const delivered = await ctx.db.query<DeliveredLine>(
    `select dl.id, dn.establishment_id as "establishmentId", dn.customer_id as "customerId", dl.order_line_id as "orderLineId", dl.quantity,
            ${reservedQuantitySql('il.delivery_note_line_id = dl.id and il.invoice_id is distinct from $3')} as reserved
       from delivery_note_line dl join delivery_note dn on dn.id = dl.delivery_note_id
      where dl.organization_id = $1 and dl.id = any($2::bigint[])`,
    [ctx.organizationId, ids, excludeInvoiceId],
  );
  const byId = new Map(delivered.map((line) => [line.id, line]));
  const orderLines = await ctx.db.query<OrderLine>(
    `select id, catalog_item_id as "catalogItemId", description, unit_price_cents as "unitPriceCents", vat_rate_bp as "vatRateBp",
            materials_cents as "materialsCents", subcontracting_cents as "subcontractingCents",
            intermediate_consumption_cents as "intermediateConsumptionCents", selling_costs_cents as "sellingCostsCents"
       from order_line where organization_id = $1 and id = any($2::bigint[])`,
    [ctx.organizationId, delivered.map((line) => line.orderLineId)],
  );
  const orderLineById = new Map(orderLines.map((line) => [line.id, line]));

  const used = new Map<number, bigint>();
  const lines: (LineValues & { deliveryNoteLineId: number; orderLineId: number })[] = [];
  let first: DeliveredLine | undefined;
  for (const request of requested) {
    const source = byId.get(request.deliveryNoteLineId);
    if (!source) return new NotFoundError(request.field, 'Delivery note line');
    const remaining = toThousandths(source.quantity) - toThousandths(source.reserved) - (used.get(source.id) ?? 0n);
    const quantity = request.quantity === null ? remaining : toThousandths(request.quantity);
    if (quantity <= 0n && request.quantity === null) continue;
    first ??= source;
    if (source.customerId !== first.customerId || source.establishmentId !== first.establishmentId) {
      return new MixedDocumentsError('an invoice bills deliveries of one customer by one establishment');
    }
    if (quantity > remaining) {
      return new QuantityExceededError(String(source.id), Number(quantity) / 1000, Number(remaining) / 1000, 'invoice');
    }
    used.set(source.id, (used.get(source.id) ?? 0n) + quantity);
    const orderLine = orderLineById.get(source.orderLineId)!;
    lines.push({
      ...copyLine(orderLine, lines.length + 1, { quantity: Number(quantity) / 1000, unitPriceCents: orderLine.unitPriceCents, description: orderLine.description }),
      deliveryNoteLineId: source.id,
      orderLineId: source.orderLineId,
    });
  }
  if (!first || lines.length === 0) return new QuantityExceededError(String(ids[0]), 0, 0, 'invoice anything: nothing remains to invoice');
  return { lines, establishmentId: first.establishmentId, customerId: first.customerId };
}

async function requestedLines(ctx: RequestContext, input: { deliveryNoteIds?: string[]; lines?: InvoiceLineInput[] }) {
  if (input.lines && input.deliveryNoteIds) throw badUserInput('lines', 'give either deliveryNoteIds or lines, not both');
  if (input.lines) {
    return input.lines.map((line, index) => ({
      deliveryNoteLineId: parseId(line.deliveryNoteLineId, `lines[${index}].deliveryNoteLineId`),
      quantity: line.quantity as number | null,
      field: `lines[${index}].deliveryNoteLineId`,
    }));
  }
  if (!input.deliveryNoteIds) throw badUserInput('deliveryNoteIds', 'give deliveryNoteIds or lines');
  const noteIds = parseIds(input.deliveryNoteIds, 'deliveryNoteIds');
  const rows = await ctx.db.query<{ id: number; deliveryNoteId: number }>(
    `select id, delivery_note_id as "deliveryNoteId" from delivery_note_line where organization_id = $1 and delivery_note_id = any($2::bigint[]) order by delivery_note_id, id`,
    [ctx.organizationId, noteIds],
  );
  const missing = noteIds.findIndex((noteId) => !rows.some((row) => row.deliveryNoteId === noteId));
  if (missing >= 0) return new NotFoundError(`deliveryNoteIds[${missing}]`, 'Delivery note');
  return rows.map((row) => ({ deliveryNoteLineId: row.id, quantity: null, field: 'deliveryNoteIds' }));
}

async function insertInvoiceLines(ctx: RequestContext, invoiceId: number, lines: (LineValues & { deliveryNoteLineId: number; orderLineId: number })[]) {
  await insertRows(ctx, InvoiceLine, lines.map((line) => ({ ...line, invoiceId })) as Partial<InvoiceLine>[]);
}

async function settlement(ctx: RequestContext, invoiceId: number): Promise<{ paidCents: number; creditedCents: number }> {
  const [row] = await ctx.db.query<{ paidCents: number; creditedCents: number }>(
    `select ${paidCentsSql('$1::bigint')} as "paidCents", ${creditedCentsSql('$1::bigint')} as "creditedCents"`,
    [invoiceId],
  );
  return row;
}

/** Moves an issued invoice to the status its payments and credit notes call for. */
async function settle(ctx: RequestContext, invoice: Invoice): Promise<InvalidStateError | null> {
  const { paidCents, creditedCents } = await settlement(ctx, invoice.id);
  const status = settledInvoiceStatus(invoice.totalTtcCents, paidCents, creditedCents);
  if (status === invoice.status) return null;
  const refused = checkTransition(invoiceLifecycle, invoice.status, status);
  if (refused) return refused;
  await updateRow(ctx, Invoice, invoice.id, { status });
  return null;
}

async function ordersOfInvoice(ctx: RequestContext, invoiceId: number): Promise<Order[]> {
  const ids = await ctx.db.query<{ orderId: number }>(
    `select distinct ol.order_id as "orderId" from invoice_line il join order_line ol on ol.id = il.order_line_id where il.invoice_id = $1 and il.organization_id = $2 order by 1`,
    [invoiceId, ctx.organizationId],
  );
  return lockRows(ctx, Order, ids.map((row) => row.orderId));
}

/**
 * An invoice or credit note is dated the day it is issued, or an earlier day (numbering keeps the
 * dates in order); never a later one, which would number it ahead of time — and in a future year,
 * open that year's sequence. Today is the establishments' calendar day (Europe/Paris).
 */
function notInTheFuture(document: string, date: string): ChronologyError | null {
  const today = todayInFrance();
  return date > today ? new ChronologyError(`${document} date ${date} is after today (${today}, Europe/Paris): a document is dated the day it is issued, never later`) : null;
}

/**
 * A line at 0 % VAT must carry the exemption and its article (CGI annexe II art. 242 nonies A): the
 * organisation's wording (updateInvoiceMentions), without which the invoice is not issued.
 */
async function zeroRateWithoutMention(ctx: RequestContext, invoiceId: number): Promise<LegalLimitError | null> {
  const [row] = await ctx.db.query<{ missing: boolean }>(
    `select exists (select 1 from invoice_line where organization_id = $1 and invoice_id = $2 and vat_rate_bp = 0)
            and (select vat_exemption_mention is null from organization where id = $1) as missing`,
    [ctx.organizationId, invoiceId],
  );
  return row.missing
    ? new LegalLimitError('vat_exemption_mention', 'a line at 0 % VAT needs the exemption mention and its article on the invoice: set vatExemptionMention with updateInvoiceMentions')
    : null;
}

export class InvoiceService {
  static async createDraft(ctx: RequestContext, input: InvoiceInput): Promise<Invoice | DraftFailure> {
    const requested = await requestedLines(ctx, input);
    if (requested instanceof NotFoundError) return requested;
    const built = await buildInvoiceLines(ctx, requested, null);
    if (!('lines' in built)) return built;
    const [id] = await insertRows(ctx, Invoice, [
      {
        establishmentId: built.establishmentId,
        customerId: built.customerId,
        status: InvoiceStatus.DRAFT,
        number: null,
        dueDate: input.dueDate ?? null,
        notes: input.notes ?? null,
        ...totalsColumns(built.lines),
      },
    ]);
    await insertInvoiceLines(ctx, id, built.lines);
    return (await findRow(ctx, Invoice, id))!;
  }

  static async updateDraft(ctx: RequestContext, id: string, input: InvoiceUpdateInput): Promise<Invoice | DraftFailure | ImmutableDocumentError> {
    const invoice = await findRow(ctx, Invoice, id, { lock: true });
    if (!invoice) return new NotFoundError('id', 'Invoice');
    if (invoice.status !== InvoiceStatus.DRAFT) return new ImmutableDocumentError(`invoice ${invoice.number} is issued and can no longer change; create a credit note`);
    const changes: Partial<Invoice> = {};
    if (input.dueDate !== undefined) changes.dueDate = input.dueDate;
    if (input.notes !== undefined) changes.notes = input.notes;
    if (input.lines) {
      const requested = await requestedLines(ctx, { lines: input.lines });
      if (requested instanceof NotFoundError) return requested;
      const built = await buildInvoiceLines(ctx, requested, invoice.id);
      if (!('lines' in built)) return built;
      if (built.customerId !== invoice.customerId || built.establishmentId !== invoice.establishmentId) {
        return new MixedDocumentsError('the lines must bill the invoice\'s customer from its establishment');
      }
      const manager = await ctx.db.manager();
      await manager.delete(InvoiceLine, { invoiceId: invoice.id, organizationId: ctx.organizationId });
      await insertInvoiceLines(ctx, invoice.id, built.lines);
      Object.assign(changes, totalsColumns(built.lines));
    }
    await updateRow(ctx, Invoice, invoice.id, changes);
    return (await findRow(ctx, Invoice, invoice.id))!;
  }

  static async deleteDraft(ctx: RequestContext, id: string): Promise<Invoice | NotFoundError | ImmutableDocumentError> {
    const invoice = await findRow(ctx, Invoice, id, { lock: true });
    if (!invoice) return new NotFoundError('id', 'Invoice');
    if (invoice.status !== InvoiceStatus.DRAFT) return new ImmutableDocumentError(`invoice ${invoice.number} is issued and cannot be deleted; create a credit note`);
    const manager = await ctx.db.manager();
    await manager.delete(Invoice, { id: invoice.id, organizationId: ctx.organizationId });
    return invoice;
  }

  /**
   * Numbers the invoice in its establishment's sequence for the year and freezes it. Its date is today
   * (Europe/Paris) or an earlier day not before the last invoice numbered; its due date follows the
   * legal payment terms (payment-terms.ts).
   */
  static async issue(
    ctx: RequestContext,
    id: string,
    issueDate?: string,
  ): Promise<Invoice | NotFoundError | InvalidStateError | ChronologyError | LegalLimitError> {
    const invoice = await findRow(ctx, Invoice, id, { lock: true });
    if (!invoice) return new NotFoundError('id', 'Invoice');
    const refused = checkTransition(invoiceLifecycle, invoice.status, InvoiceStatus.ISSUED);
    if (refused) return refused;
    const date = issueDate ?? todayInFrance();
    const future = notInTheFuture('invoice', date);
    if (future) return future;
    const dueDate = await dueDateOnIssue(ctx, invoice, date);
    if (typeof dueDate !== 'string') return dueDate;
    const unmentioned = await zeroRateWithoutMention(ctx, invoice.id);
    if (unmentioned) return unmentioned;
    const establishment = (await establishmentById(ctx).load(invoice.establishmentId))!;
    const numbered = await nextDocumentNumber(ctx, 'invoice', establishment, date);
    if (numbered instanceof ChronologyError) return numbered;
    await updateRow(ctx, Invoice, invoice.id, {
      status: InvoiceStatus.ISSUED,
      number: numbered.number,
      fiscalYear: numbered.fiscalYear,
      sequenceNumber: numbered.sequenceNumber,
      issueDate: date,
      dueDate,
    });
    for (const order of await ordersOfInvoice(ctx, invoice.id)) await OrderService.followProgress(ctx, order);
    await captureIssuedDocument(ctx, 'invoice', invoice.id);
    return (await findRow(ctx, Invoice, invoice.id))!;
  }

  static async recordPayment(ctx: RequestContext, input: PaymentInput): Promise<Payment | NotFoundError | InvalidStateError | OverpaymentError> {
    const invoice = await findRow(ctx, Invoice, input.invoiceId, { lock: true, field: 'invoiceId' });
    if (!invoice) return new NotFoundError('invoiceId', 'Invoice');
    if (invoice.status !== InvoiceStatus.ISSUED && invoice.status !== InvoiceStatus.PARTIALLY_PAID) {
      return new InvalidStateError('invoice', invoice.status, 'paid', `an invoice in state ${invoice.status} cannot receive a payment`);
    }
    const due = amountDueCents(invoice, await settlement(ctx, invoice.id));
    if (input.amountCents > due) return new OverpaymentError(due);
    const paymentDate = input.paymentDate ?? todayInFrance();
    if (invoice.issueDate && paymentDate < invoice.issueDate) throw badUserInput('paymentDate', `must not be before the invoice date ${invoice.issueDate}`);
    const [paymentId] = await insertRows(ctx, Payment, [
      { invoiceId: invoice.id, amountCents: input.amountCents, paymentDate, method: input.method, reference: input.reference ?? null },
    ]);
    const refused = await settle(ctx, invoice);
    if (refused) return refused;
    return (await findRow(ctx, Payment, paymentId))!;
  }

  /** An avoir for chosen quantities, or for everything not yet credited (which cancels the invoice). */
  static async createCreditNote(
    ctx: RequestContext,
    input: CreditNoteInput,
  ): Promise<CreditNote | NotFoundError | InvalidStateError | QuantityExceededError | ChronologyError> {
    const invoice = await findRow(ctx, Invoice, input.invoiceId, { lock: true, field: 'invoiceId' });
    if (!invoice) return new NotFoundError('invoiceId', 'Invoice');
    if (invoice.status === InvoiceStatus.DRAFT || invoice.status === InvoiceStatus.CANCELLED) {
      return new InvalidStateError('invoice', invoice.status, 'credited', `an invoice in state ${invoice.status} cannot be credited; ${invoice.status === InvoiceStatus.DRAFT ? 'edit or delete the draft' : 'it is already fully credited'}`);
    }
    const invoiceLines = await ctx.db.query<InvoiceLine & { credited: number }>(
      `select il.id, il.catalog_item_id as "catalogItemId", il.description, il.quantity, il.unit_price_cents as "unitPriceCents", il.vat_rate_bp as "vatRateBp",
              il.materials_cents as "materialsCents", il.subcontracting_cents as "subcontractingCents",
              il.intermediate_consumption_cents as "intermediateConsumptionCents", il.selling_costs_cents as "sellingCostsCents",
              coalesce((select sum(c.quantity) from credit_note_line c where c.invoice_line_id = il.id), 0) as credited
         from invoice_line il where il.organization_id = $1 and il.invoice_id = $2 order by il.position`,
      [ctx.organizationId, invoice.id],
    );
    const byId = new Map(invoiceLines.map((line) => [line.id, line]));
    const requested = input.lines
      ? input.lines.map((line, index) => ({ id: parseId(line.invoiceLineId, `lines[${index}].invoiceLineId`), quantity: toThousandths(line.quantity), index }))
      : invoiceLines.map((line, index) => ({ id: line.id, quantity: netLineThousandths(line, line.credited), index })).filter((line) => line.quantity > 0n);
    const used = new Map<number, bigint>();
    const lines: (LineValues & { invoiceLineId: number })[] = [];
    for (const request of requested) {
      const source = byId.get(request.id);
      if (!source) return new NotFoundError(`lines[${request.index}].invoiceLineId`, 'Line of this invoice');
      const remaining = toThousandths(source.quantity) - toThousandths(source.credited) - (used.get(request.id) ?? 0n);
      if (request.quantity > remaining) {
        return new QuantityExceededError(String(source.id), Number(request.quantity) / 1000, Number(remaining) / 1000, 'credit');
      }
      used.set(request.id, (used.get(request.id) ?? 0n) + request.quantity);
      lines.push({
        ...copyLine(source, lines.length + 1, { quantity: Number(request.quantity) / 1000, unitPriceCents: source.unitPriceCents, description: source.description }),
        invoiceLineId: source.id,
      });
    }
    if (lines.length === 0) return new InvalidStateError('invoice', invoice.status, 'credited', 'nothing remains to credit');
    const totals = totalsColumns(lines);
    const issueDate = input.issueDate ?? todayInFrance();
    if (issueDate < invoice.issueDate!) throw badUserInput('issueDate', `must not be before the invoice date ${invoice.issueDate}`);
    const future = notInTheFuture('credit note', issueDate);
    if (future) return future;
    const establishment = (await establishmentById(ctx).load(invoice.establishmentId))!;
    const numbered = await nextDocumentNumber(ctx, 'credit_note', establishment, issueDate);
    if (numbered instanceof ChronologyError) return numbered;
    const { creditedCents } = await settlement(ctx, invoice.id);
    const fullyCredited = invoiceLines.every((line) => toThousandths(line.quantity) - toThousandths(line.credited) === (used.get(line.id) ?? 0n));
    if (fullyCredited) {
      // VAT rounded per credit note may differ from the invoice's by a cent: the credit that completes
      // the cancellation takes the rest on its VAT, so the credits add up to the invoice exactly.
      const difference = invoice.totalTtcCents - creditedCents - totals.totalTtcCents;
      totals.totalVatCents += difference;
      totals.totalTtcCents += difference;
    }
    const [creditNoteId] = await insertRows(ctx, CreditNote, [
      {
        establishmentId: invoice.establishmentId,
        customerId: invoice.customerId,
        invoiceId: invoice.id,
        number: numbered.number,
        fiscalYear: numbered.fiscalYear,
        sequenceNumber: numbered.sequenceNumber,
        issueDate,
        reason: input.reason,
        notes: null,
        ...totals,
      },
    ]);
    await insertRows(ctx, CreditNoteLine, lines.map((line) => ({ ...line, creditNoteId })) as Partial<CreditNoteLine>[]);
    const refused = await settle(ctx, invoice);
    if (refused) return refused;
    await captureIssuedDocument(ctx, 'credit_note', creditNoteId);
    return (await findRow(ctx, CreditNote, creditNoteId))!;
  }
}
