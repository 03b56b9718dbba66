import type { RequestContext } from '../context';
import { divideRounded, toThousandths } from '../../kernel/totals';
import { creditedQuantityByInvoiceLineId, invoiceLinesByDeliveryNoteLineId } from '../sales/sales.loaders';
import { netLineThousandths } from '../sales/billed-quantities';
import { deliveryPartsByOrderLineId, NO_CONTRIBUTION, type ContributionTotals } from './production.loaders';

/**
 * What a delivery-note line carries of its order line's work: the validated records dated up to its
 * delivery date that no earlier delivery of the order line carries; the last delivery of a fully
 * delivered line carries the rest. The delivery lines of a fully delivered order line therefore add
 * up to the order line exactly, record by record (see deliveryPartsByOrderLineId).
 */
export async function deliveryLineContribution(ctx: RequestContext, line: { id: number; orderLineId: number }): Promise<ContributionTotals> {
  const parts = await deliveryPartsByOrderLineId(ctx).load(line.orderLineId);
  return parts.get(line.id)?.contribution ?? NO_CONTRIBUTION;
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
export async function invoiceLineContribution(
  ctx: RequestContext,
  line: { id: number; orderLineId: number; deliveryNoteLineId: number },
): Promise<ContributionTotals> {
  const [parts, siblings] = await Promise.all([
    deliveryPartsByOrderLineId(ctx).load(line.orderLineId),
    invoiceLinesByDeliveryNoteLineId(ctx).load(line.deliveryNoteLineId),
  ]);
  const delivery = parts.get(line.deliveryNoteLineId);
  if (!delivery) return NO_CONTRIBUTION;
  const credited = await creditedQuantityByInvoiceLineId(ctx).loadMany(siblings.map((sibling) => sibling.id));
  let before = 0n;
  let own = 0n;
  siblings.forEach((sibling, index) => {
    const result = credited[index];
    if (result instanceof Error) throw result;
    const net = netLineThousandths(sibling, result.quantity);
    if (sibling.id < line.id) before += net;
    else if (sibling.id === line.id) own = net;
  });
  if (own <= 0n) return NO_CONTRIBUTION;
  const whole = toThousandths(delivery.deliveredQuantity);
  const share = (value: number, scale: number) => {
    const units = BigInt(Math.round(value * scale));
    const upTo = (quantity: bigint) => divideRounded(units * quantity, whole);
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
