import type { RequestContext } from '../context';
import { deliveryNoteLinesByOrderLineId, invoiceLinesByOrderLineId, orderLineById } from '../sales/sales.loaders';
import { contributionByOrderLineId, type ContributionTotals } from './production.loaders';

/**
 * The contribution behind a delivery-note or invoice line: its order line's contribution, shared pro
 * rata of quantity (delivered or invoiced ÷ ordered). Shares are cut cumulatively along the order
 * line's delivery (or invoice) lines in id order — each line gets round(total × quantity up to and
 * including it) − round(total × quantity before it) — so the shares of a fully delivered line add up
 * to the order line's figures exactly (hours to the hundredth, quantities to the thousandth). The
 * beneficiaries are those of the order line.
 */
export async function contributionShare(
  ctx: RequestContext,
  line: { id: string | number; orderLineId: string | number; quantity: number },
  documents: 'delivery' | 'invoice',
): Promise<ContributionTotals> {
  const orderLineId = Number(line.orderLineId);
  const siblingsLoader = documents === 'delivery' ? deliveryNoteLinesByOrderLineId : invoiceLinesByOrderLineId;
  const [orderLine, total, siblings] = await Promise.all([
    orderLineById(ctx).load(orderLineId),
    contributionByOrderLineId(ctx).load(orderLineId),
    siblingsLoader(ctx).load(orderLineId),
  ]);
  if (!orderLine) return total;
  const ordered = Number(orderLine.quantity);
  const before = siblings
    .filter((sibling) => Number(sibling.id) < Number(line.id))
    .reduce((sum, sibling) => sum + Number(sibling.quantity), 0);
  const share = (value: number, scale: number) => {
    const units = Math.round(value * scale);
    const upTo = (quantity: number) => Math.round((units * quantity) / ordered);
    return (upTo(before + Number(line.quantity)) - upTo(before)) / scale;
  };
  return { ...total, hours: share(total.hours, 100), quantity: share(total.quantity, 1000), rejectedQuantity: share(total.rejectedQuantity, 1000) };
}
