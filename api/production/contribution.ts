import type { RequestContext } from '../context';
import { orderLineById } from '../sales/sales.loaders';
import { contributionByOrderLineId, type ContributionTotals } from './production.loaders';

/**
 * The contribution behind a delivery-note or invoice line: its order line's contribution, shared pro
 * rata of quantity (delivered or invoiced ÷ ordered). Hours are rounded to the hundredth, quantities
 * to the thousandth; the beneficiaries are those of the order line. When one document covers the
 * whole order line, the figures are the order line's exactly.
 */
export async function contributionShare(ctx: RequestContext, orderLineId: number, quantity: number): Promise<ContributionTotals> {
  const [orderLine, total] = await Promise.all([orderLineById(ctx).load(orderLineId), contributionByOrderLineId(ctx).load(orderLineId)]);
  if (!orderLine || Number(orderLine.quantity) === quantity) return total;
  const ratio = quantity / Number(orderLine.quantity);
  const round = (value: number, scale: number) => Math.round(value * ratio * scale) / scale;
  return { ...total, hours: round(total.hours, 100), quantity: round(total.quantity, 1000), rejectedQuantity: round(total.rejectedQuantity, 1000) };
}
