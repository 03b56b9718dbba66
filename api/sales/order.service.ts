import { checkTransition } from '../common/state-machine';
import type { RequestContext } from '../context';
import { DeliveryNote, DeliveryNoteLine, Order, OrderLine } from '../../schema/entities/sales.entity';
import { ChronologyError, InvalidStateError, NotFoundError, QuantityExceededError } from '../../schema/error-results';
import { OrderStatus } from '../../schema/enums';
import type { DeliveryInput, OrderInput } from '../../schema/inputs/sales.input';
import { establishmentById } from '../organization/organization.loaders';
import { findRow, insertRows, updateRow } from '../common/rows';
import { loadParties } from './parties';
import { deliveredQuantitySql, invoicedQuantitySql } from './billed-quantities';
import { priceLines, totalsColumns } from './lines';
import { orderLifecycle } from '../../kernel/lifecycles';
import { nextDocumentNumber } from '../common/document-numbering';
import { todayInFrance } from '../../kernel/dates';
import { toThousandths } from '../../kernel/totals';
import { parseId } from '../common/errors';

interface LineProgress {
  orderLineId: number;
  quantity: number;
  delivered: number;
  invoiced: number;
}

/** Ordered, delivered and invoiced (issued invoices, net of credit notes) quantity of every line of an order. */
export async function orderProgress(ctx: RequestContext, orderId: number): Promise<LineProgress[]> {
  return ctx.db.query<LineProgress>(
    `select ol.id as "orderLineId", ol.quantity,
            ${deliveredQuantitySql('d.order_line_id = ol.id')} as delivered,
            ${invoicedQuantitySql('il.order_line_id = ol.id')} as invoiced
       from order_line ol where ol.organization_id = $1 and ol.order_id = $2 order by ol.id`,
    [ctx.organizationId, orderId],
  );
}

export class OrderService {
  static async create(ctx: RequestContext, input: OrderInput): Promise<Order | NotFoundError | ChronologyError> {
    const parties = await loadParties(ctx, input);
    if (parties instanceof NotFoundError) return parties;
    const { establishment, customer } = parties;
    const lines = await priceLines(ctx, establishment.id, input.lines);
    if (lines instanceof NotFoundError) return lines;
    const orderDate = input.orderDate ?? todayInFrance();
    const numbered = await nextDocumentNumber(ctx, 'order', establishment, orderDate);
    if (numbered instanceof ChronologyError) return numbered;
    const [id] = await insertRows(ctx, Order, [
      {
        establishmentId: establishment.id,
        customerId: customer.id,
        quoteId: null,
        number: numbered.number,
        status: OrderStatus.CONFIRMED,
        orderDate,
        customerReference: input.customerReference ?? null,
        notes: input.notes ?? null,
        ...totalsColumns(lines),
      },
    ]);
    await insertRows(ctx, OrderLine, lines.map((line) => ({ ...line, orderId: id })) as Partial<OrderLine>[]);
    return (await findRow(ctx, Order, id))!;
  }

  /** Manual moves: start production, cancel (only while nothing was delivered), close an invoiced order. */
  static async transition(ctx: RequestContext, id: string, to: OrderStatus): Promise<Order | NotFoundError | InvalidStateError> {
    const order = await findRow(ctx, Order, id, { lock: true });
    if (!order) return new NotFoundError('id', 'Order');
    const refused = checkTransition(orderLifecycle, order.status, to);
    if (refused) return refused;
    if (to === OrderStatus.CANCELLED) {
      const progress = await orderProgress(ctx, order.id);
      if (progress.some((line) => line.delivered > 0)) {
        return new InvalidStateError('order', order.status, to, 'an order with deliveries cannot be cancelled');
      }
    }
    await updateRow(ctx, Order, order.id, { status: to });
    return (await findRow(ctx, Order, order.id))!;
  }

  /**
   * Records a delivery note for some or all of what remains to deliver. The order lines are locked
   * first, so two concurrent deliveries cannot together exceed the ordered quantity.
   */
  static async deliver(
    ctx: RequestContext,
    input: DeliveryInput,
  ): Promise<DeliveryNote | NotFoundError | InvalidStateError | QuantityExceededError | ChronologyError> {
    const order = await findRow(ctx, Order, input.orderId, { lock: true, field: 'orderId' });
    if (!order) return new NotFoundError('orderId', 'Order');
    if (order.status !== OrderStatus.CONFIRMED && order.status !== OrderStatus.IN_PRODUCTION) {
      return new InvalidStateError('order', order.status, 'delivered', `an order in state ${order.status} cannot be delivered`);
    }
    // The order row lock taken above serialises deliveries of this order: the remaining quantities read
    // here cannot change before this transaction ends.
    const progress = new Map((await orderProgress(ctx, order.id)).map((line) => [line.orderLineId, line]));
    const requested = input.lines
      ? input.lines.map((line, index) => ({ orderLineId: parseId(line.orderLineId, `lines[${index}].orderLineId`), quantity: line.quantity, index }))
      : [...progress.values()]
          .map((line, index) => ({ orderLineId: line.orderLineId, quantity: line.quantity - line.delivered, index }))
          .filter((line) => line.quantity > 0);
    if (requested.length === 0) return new InvalidStateError('order', order.status, 'delivered', 'nothing remains to deliver');

    const totals = new Map<number, bigint>();
    for (const line of requested) {
      const current = progress.get(line.orderLineId);
      if (!current) return new NotFoundError(`lines[${line.index}].orderLineId`, 'Order line of this order');
      const sum = (totals.get(line.orderLineId) ?? 0n) + toThousandths(line.quantity);
      totals.set(line.orderLineId, sum);
      const remaining = toThousandths(current.quantity) - toThousandths(current.delivered);
      if (sum > remaining) {
        return new QuantityExceededError(String(line.orderLineId), Number(sum) / 1000, Number(remaining) / 1000, 'deliver');
      }
    }

    const establishment = (await establishmentById(ctx).load(order.establishmentId))!;
    const deliveryDate = input.deliveryDate ?? todayInFrance();
    if (deliveryDate < order.orderDate) {
      return new ChronologyError(`delivery date ${deliveryDate} is before the order date ${order.orderDate}`);
    }
    const numbered = await nextDocumentNumber(ctx, 'delivery_note', establishment, deliveryDate);
    if (numbered instanceof ChronologyError) return numbered;
    const [noteId] = await insertRows(ctx, DeliveryNote, [
      {
        establishmentId: order.establishmentId,
        customerId: order.customerId,
        orderId: order.id,
        number: numbered.number,
        deliveryDate,
        notes: input.notes ?? null,
      },
    ]);
    await insertRows(
      ctx,
      DeliveryNoteLine,
      requested.map((line) => ({ deliveryNoteId: noteId, orderLineId: line.orderLineId, quantity: line.quantity })),
    );
    await OrderService.followProgress(ctx, order);
    return (await findRow(ctx, DeliveryNote, noteId))!;
  }

  /**
   * Moves an order along as its lines are delivered and invoiced: a first partial delivery puts a
   * confirmed order in production, full delivery makes it delivered, full invoicing makes it invoiced.
   */
  static async followProgress(ctx: RequestContext, order: Order): Promise<void> {
    const progress = await orderProgress(ctx, order.id);
    const all = (test: (line: LineProgress) => boolean) => progress.every(test);
    let status = order.status;
    const advance = (to: OrderStatus) => {
      if (orderLifecycle.canMove(status, to)) status = to;
    };
    if (all((line) => toThousandths(line.delivered) >= toThousandths(line.quantity))) advance(OrderStatus.DELIVERED);
    else if (progress.some((line) => line.delivered > 0)) advance(OrderStatus.IN_PRODUCTION);
    if (status === OrderStatus.DELIVERED && all((line) => toThousandths(line.invoiced) >= toThousandths(line.quantity))) advance(OrderStatus.INVOICED);
    if (status !== order.status) await updateRow(ctx, Order, order.id, { status });
  }
}
