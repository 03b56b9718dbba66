import { checkTransition } from '../common/state-machine';
import type { RequestContext } from '../context';
import { Order, OrderLine, Quote, QuoteLine } from '../../schema/entities/sales.entity';
import { ChronologyError, InvalidStateError, NotFoundError } from '../../schema/error-results';
import { OrderStatus, QuoteStatus } from '../../schema/enums';
import type { ConvertQuoteInput, QuoteInput, QuoteUpdateInput } from '../../schema/inputs/sales.input';
import { establishmentById } from '../organization/organization.loaders';
import { findRow, insertRows, updateRow } from '../common/rows';
import { loadParties } from './parties';
import { copyLine, priceLines, totalsColumns, type LineValues } from './lines';
import { quoteLifecycle } from '../../kernel/lifecycles';
import { nextDocumentNumber } from '../common/document-numbering';
import { addDays, todayInFrance } from '../../kernel/dates';
import { badUserInput } from '../common/errors';


export class QuoteService {
  static async create(ctx: RequestContext, input: QuoteInput): Promise<Quote | NotFoundError | ChronologyError> {
    const parties = await loadParties(ctx, input);
    if (parties instanceof NotFoundError) return parties;
    const { establishment, customer } = parties;
    const lines = await priceLines(ctx, establishment.id, input.lines);
    if (lines instanceof NotFoundError) return lines;
    const quoteDate = input.quoteDate ?? todayInFrance();
    const validUntil = input.validUntil ?? addDays(quoteDate, 30);
    if (validUntil < quoteDate) throw badUserInput('validUntil', 'must not be before the quote date');
    const numbered = await nextDocumentNumber(ctx, 'quote', establishment, quoteDate);
    if (numbered instanceof ChronologyError) return numbered;
    const [id] = await insertRows(ctx, Quote, [
      {
        establishmentId: establishment.id,
        customerId: customer.id,
        number: numbered.number,
        status: QuoteStatus.DRAFT,
        quoteDate,
        validUntil,
        notes: input.notes ?? null,
        ...totalsColumns(lines),
      },
    ]);
    await insertLines(ctx, id, lines);
    return (await findRow(ctx, Quote, id))!;
  }

  static async update(ctx: RequestContext, id: string, input: QuoteUpdateInput): Promise<Quote | NotFoundError | InvalidStateError> {
    const quote = await findRow(ctx, Quote, id, { lock: true });
    if (!quote) return new NotFoundError('id', 'Quote');
    if (quote.status !== QuoteStatus.DRAFT) return new InvalidStateError('quote', quote.status, 'draft', 'only a draft quote can be edited');
    const changes: Partial<Quote> = {};
    if (input.validUntil !== undefined) {
      if (input.validUntil < quote.quoteDate) throw badUserInput('validUntil', 'must not be before the quote date');
      changes.validUntil = input.validUntil;
    }
    if (input.notes !== undefined) changes.notes = input.notes;
    if (input.lines) {
      const lines = await priceLines(ctx, quote.establishmentId, input.lines);
      if (lines instanceof NotFoundError) return lines;
      const manager = await ctx.db.manager();
      await manager.delete(QuoteLine, { quoteId: quote.id, organizationId: ctx.organizationId });
      await insertLines(ctx, quote.id, lines);
      Object.assign(changes, totalsColumns(lines));
    }
    await updateRow(ctx, Quote, quote.id, changes);
    return (await findRow(ctx, Quote, quote.id))!;
  }

  static async transition(ctx: RequestContext, id: string, to: QuoteStatus): Promise<Quote | NotFoundError | InvalidStateError> {
    const quote = await findRow(ctx, Quote, id, { lock: true });
    if (!quote) return new NotFoundError('id', 'Quote');
    const refused = checkTransition(quoteLifecycle, quote.status, to);
    if (refused) return refused;
    await updateRow(ctx, Quote, quote.id, { status: to });
    return (await findRow(ctx, Quote, quote.id))!;
  }

  /** An accepted quote becomes a confirmed order, line for line; each order line keeps its quote line. */
  static async convertToOrder(ctx: RequestContext, id: string, input: ConvertQuoteInput): Promise<Order | NotFoundError | InvalidStateError | ChronologyError> {
    const quote = await findRow(ctx, Quote, id, { lock: true });
    if (!quote) return new NotFoundError('quoteId', 'Quote');
    if (quote.status !== QuoteStatus.ACCEPTED) {
      return new InvalidStateError('quote', quote.status, 'converted', 'only an accepted quote can become an order');
    }
    const [existing] = await ctx.db.query<{ id: number }>('select id from sales_order where organization_id = $1 and quote_id = $2', [ctx.organizationId, quote.id]);
    if (existing) return new InvalidStateError('quote', quote.status, 'converted', `quote ${quote.number} was already converted to an order`);
    const establishment = (await establishmentById(ctx).load(quote.establishmentId))!;
    const orderDate = input.orderDate ?? todayInFrance();
    const numbered = await nextDocumentNumber(ctx, 'order', establishment, orderDate);
    if (numbered instanceof ChronologyError) return numbered;
    const quoteLines = await ctx.db.query<QuoteLine>(
      `select id, catalog_item_id as "catalogItemId", description, quantity, unit_price_cents as "unitPriceCents", vat_rate_bp as "vatRateBp",
              materials_cents as "materialsCents", subcontracting_cents as "subcontractingCents",
              intermediate_consumption_cents as "intermediateConsumptionCents", selling_costs_cents as "sellingCostsCents"
         from quote_line where organization_id = $1 and quote_id = $2 order by position`,
      [ctx.organizationId, quote.id],
    );
    const lines = quoteLines.map((line, index) => ({ ...copyLine(line, index + 1, line), quoteLineId: line.id }));
    const [orderId] = await insertRows(ctx, Order, [
      {
        establishmentId: quote.establishmentId,
        customerId: quote.customerId,
        quoteId: quote.id,
        number: numbered.number,
        status: OrderStatus.CONFIRMED,
        orderDate,
        customerReference: input.customerReference ?? null,
        notes: quote.notes,
        ...totalsColumns(lines),
      },
    ]);
    await insertRows(ctx, OrderLine, lines.map((line) => ({ ...line, orderId })) as Partial<OrderLine>[]);
    return (await findRow(ctx, Order, orderId))!;
  }
}

async function insertLines(ctx: RequestContext, quoteId: number, lines: LineValues[]): Promise<void> {
  await insertRows(ctx, QuoteLine, lines.map((line) => ({ ...line, quoteId })) as Partial<QuoteLine>[]);
}
