"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrderService = void 0;
exports.orderProgress = orderProgress;
const state_machine_1 = require("../common/state-machine");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const error_results_1 = require("../../schema/error-results");
const enums_1 = require("../../schema/enums");
const organization_loaders_1 = require("../organization/organization.loaders");
const rows_1 = require("../common/rows");
const parties_1 = require("./parties");
const billed_quantities_1 = require("./billed-quantities");
const lines_1 = require("./lines");
const lifecycles_1 = require("../../kernel/lifecycles");
const document_numbering_1 = require("../common/document-numbering");
const dates_1 = require("../../kernel/dates");
const totals_1 = require("../../kernel/totals");
const errors_1 = require("../common/errors");
/** Ordered, delivered and invoiced (issued invoices, net of credit notes) quantity of every line of an order. */
async function orderProgress(ctx, orderId) {
    return ctx.db.query(`select ol.id as "orderLineId", ol.quantity,
            coalesce((select sum(d.quantity) from delivery_note_line d where d.order_line_id = ol.id), 0) as delivered,
            ${(0, billed_quantities_1.invoicedQuantitySql)('il.order_line_id = ol.id')} as invoiced
       from order_line ol where ol.organization_id = $1 and ol.order_id = $2 order by ol.id`, [ctx.organizationId, orderId]);
}
class OrderService {
    static async create(ctx, input) {
        const parties = await (0, parties_1.loadParties)(ctx, input);
        if (parties instanceof error_results_1.NotFoundError)
            return parties;
        const { establishment, customer } = parties;
        const lines = await (0, lines_1.priceLines)(ctx, establishment.id, input.lines);
        if (lines instanceof error_results_1.NotFoundError)
            return lines;
        const orderDate = input.orderDate ?? (0, dates_1.todayInFrance)();
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'order', establishment, orderDate);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const [id] = await (0, rows_1.insertRows)(ctx, sales_entity_1.Order, [
            {
                establishmentId: String(establishment.id),
                customerId: String(customer.id),
                quoteId: null,
                number: numbered.number,
                status: enums_1.OrderStatus.CONFIRMED,
                orderDate,
                customerReference: input.customerReference ?? null,
                notes: input.notes ?? null,
                ...(0, lines_1.totalsColumns)(lines),
            },
        ]);
        await (0, rows_1.insertRows)(ctx, sales_entity_1.OrderLine, lines.map((line) => ({ ...line, orderId: String(id) })));
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Order, id));
    }
    /** Manual moves: start production, cancel (only while nothing was delivered), close an invoiced order. */
    static async transition(ctx, id, to) {
        const order = await (0, rows_1.findRow)(ctx, sales_entity_1.Order, id, { lock: true });
        if (!order)
            return new error_results_1.NotFoundError('id', 'Order');
        const refused = (0, state_machine_1.checkTransition)(lifecycles_1.orderLifecycle, order.status, to);
        if (refused)
            return refused;
        if (to === enums_1.OrderStatus.CANCELLED) {
            const progress = await orderProgress(ctx, Number(order.id));
            if (progress.some((line) => line.delivered > 0)) {
                return new error_results_1.InvalidStateError('order', order.status, to, 'an order with deliveries cannot be cancelled');
            }
        }
        await (0, rows_1.updateRow)(ctx, sales_entity_1.Order, order.id, { status: to });
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Order, order.id));
    }
    /**
     * Records a delivery note for some or all of what remains to deliver. The order lines are locked
     * first, so two concurrent deliveries cannot together exceed the ordered quantity.
     */
    static async deliver(ctx, input) {
        const order = await (0, rows_1.findRow)(ctx, sales_entity_1.Order, input.orderId, { lock: true, field: 'orderId' });
        if (!order)
            return new error_results_1.NotFoundError('orderId', 'Order');
        if (order.status !== enums_1.OrderStatus.CONFIRMED && order.status !== enums_1.OrderStatus.IN_PRODUCTION) {
            return new error_results_1.InvalidStateError('order', order.status, 'delivered', `an order in state ${order.status} cannot be delivered`);
        }
        // The order row lock taken above serialises deliveries of this order: the remaining quantities read
        // here cannot change before this transaction ends.
        const progress = new Map((await orderProgress(ctx, Number(order.id))).map((line) => [line.orderLineId, line]));
        const requested = input.lines
            ? input.lines.map((line, index) => ({ orderLineId: (0, errors_1.parseId)(line.orderLineId, `lines[${index}].orderLineId`), quantity: line.quantity, index }))
            : [...progress.values()]
                .map((line, index) => ({ orderLineId: Number(line.orderLineId), quantity: line.quantity - line.delivered, index }))
                .filter((line) => line.quantity > 0);
        if (requested.length === 0)
            return new error_results_1.InvalidStateError('order', order.status, 'delivered', 'nothing remains to deliver');
        const totals = new Map();
        for (const line of requested) {
            const current = progress.get(line.orderLineId);
            if (!current)
                return new error_results_1.NotFoundError(`lines[${line.index}].orderLineId`, 'Order line of this order');
            const sum = (totals.get(line.orderLineId) ?? 0n) + (0, totals_1.toThousandths)(line.quantity);
            totals.set(line.orderLineId, sum);
            const remaining = (0, totals_1.toThousandths)(current.quantity) - (0, totals_1.toThousandths)(current.delivered);
            if (sum > remaining) {
                return new error_results_1.QuantityExceededError(String(line.orderLineId), Number(sum) / 1000, Number(remaining) / 1000, 'deliver');
            }
        }
        const establishment = (await (0, organization_loaders_1.establishmentById)(ctx).load(Number(order.establishmentId)));
        const deliveryDate = input.deliveryDate ?? (0, dates_1.todayInFrance)();
        if (deliveryDate < order.orderDate) {
            return new error_results_1.ChronologyError(`delivery date ${deliveryDate} is before the order date ${order.orderDate}`);
        }
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'delivery_note', establishment, deliveryDate);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const [noteId] = await (0, rows_1.insertRows)(ctx, sales_entity_1.DeliveryNote, [
            {
                establishmentId: String(order.establishmentId),
                customerId: String(order.customerId),
                orderId: String(order.id),
                number: numbered.number,
                deliveryDate,
                notes: input.notes ?? null,
            },
        ]);
        await (0, rows_1.insertRows)(ctx, sales_entity_1.DeliveryNoteLine, requested.map((line) => ({ deliveryNoteId: String(noteId), orderLineId: String(line.orderLineId), quantity: line.quantity })));
        await OrderService.followProgress(ctx, order);
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.DeliveryNote, noteId));
    }
    /**
     * Moves an order along as its lines are delivered and invoiced: a first partial delivery puts a
     * confirmed order in production, full delivery makes it delivered, full invoicing makes it invoiced.
     */
    static async followProgress(ctx, order) {
        const progress = await orderProgress(ctx, Number(order.id));
        const all = (test) => progress.every(test);
        let status = order.status;
        const advance = (to) => {
            if (lifecycles_1.orderLifecycle.canMove(status, to))
                status = to;
        };
        if (all((line) => (0, totals_1.toThousandths)(line.delivered) >= (0, totals_1.toThousandths)(line.quantity)))
            advance(enums_1.OrderStatus.DELIVERED);
        else if (progress.some((line) => line.delivered > 0))
            advance(enums_1.OrderStatus.IN_PRODUCTION);
        if (status === enums_1.OrderStatus.DELIVERED && all((line) => (0, totals_1.toThousandths)(line.invoiced) >= (0, totals_1.toThousandths)(line.quantity)))
            advance(enums_1.OrderStatus.INVOICED);
        if (status !== order.status)
            await (0, rows_1.updateRow)(ctx, sales_entity_1.Order, order.id, { status });
    }
}
exports.OrderService = OrderService;
//# sourceMappingURL=order.service.js.map