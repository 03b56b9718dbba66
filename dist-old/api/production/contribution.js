"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deliveryLineContribution = deliveryLineContribution;
exports.invoiceLineContribution = invoiceLineContribution;
const totals_1 = require("../../kernel/totals");
const sales_loaders_1 = require("../sales/sales.loaders");
const billed_quantities_1 = require("../sales/billed-quantities");
const production_loaders_1 = require("./production.loaders");
/**
 * What a delivery-note line carries of its order line's work: the validated records dated up to its
 * delivery date that no earlier delivery of the order line carries; the last delivery of a fully
 * delivered line carries the rest. The delivery lines of a fully delivered order line therefore add
 * up to the order line exactly, record by record (see deliveryPartsByOrderLineId).
 */
async function deliveryLineContribution(ctx, line) {
    const parts = await (0, production_loaders_1.deliveryPartsByOrderLineId)(ctx).load(Number(line.orderLineId));
    return parts.get(Number(line.id))?.contribution ?? production_loaders_1.NO_CONTRIBUTION;
}
/**
 * What an invoice line carries: its delivery line's contribution, pro rata of the quantity it bills
 * net of credit notes (a fully credited line carries nothing, so a re-invoiced quantity is never
 * counted twice). Shares are cut cumulatively along the delivery line's invoice lines in id order —
 * each gets round(total × net quantity up to and including it ÷ delivered) − round(total × net
 * quantity before it ÷ delivered) — so the invoice lines of a fully invoiced delivery line add up to
 * it exactly (hours to the hundredth, quantities to the thousandth). The beneficiaries are those of
 * the delivery line, on any line that still bills something.
 */
async function invoiceLineContribution(ctx, line) {
    const [parts, siblings] = await Promise.all([
        (0, production_loaders_1.deliveryPartsByOrderLineId)(ctx).load(Number(line.orderLineId)),
        (0, sales_loaders_1.invoiceLinesByDeliveryNoteLineId)(ctx).load(Number(line.deliveryNoteLineId)),
    ]);
    const delivery = parts.get(Number(line.deliveryNoteLineId));
    if (!delivery)
        return production_loaders_1.NO_CONTRIBUTION;
    const credited = await (0, sales_loaders_1.creditedQuantityByInvoiceLineId)(ctx).loadMany(siblings.map((sibling) => Number(sibling.id)));
    let before = 0n;
    let own = 0n;
    siblings.forEach((sibling, index) => {
        const result = credited[index];
        if (result instanceof Error)
            throw result;
        const net = (0, billed_quantities_1.netLineThousandths)(sibling, result.quantity);
        if (Number(sibling.id) < Number(line.id))
            before += net;
        else if (Number(sibling.id) === Number(line.id))
            own = net;
    });
    if (own <= 0n)
        return production_loaders_1.NO_CONTRIBUTION;
    const whole = (0, totals_1.toThousandths)(delivery.deliveredQuantity);
    const share = (value, scale) => {
        const units = BigInt(Math.round(value * scale));
        const upTo = (quantity) => (0, totals_1.divideRounded)(units * quantity, whole);
        return Number(upTo(before + own) - upTo(before)) / scale;
    };
    const { contribution } = delivery;
    return {
        ...contribution,
        hours: share(contribution.hours, 100),
        quantity: share(contribution.quantity, 1000),
        rejectedQuantity: share(contribution.rejectedQuantity, 1000),
    };
}
//# sourceMappingURL=contribution.js.map