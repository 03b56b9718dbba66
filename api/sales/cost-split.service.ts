import type { RequestContext } from '../context';
import { Invoice, InvoiceLine } from '../../schema/entities/sales.entity';
import { ImmutableDocumentError, NotFoundError } from '../../schema/error-results';
import { InvoiceStatus } from '../../schema/enums';
import type { CostSplitInput } from '../../schema/inputs/sales.input';
import { findRow, updateRow } from '../common/rows';
import { toThousandths } from '../../kernel/totals';
import { badUserInput } from '../common/errors';

/**
 * The OETH cost split of an invoice line is the commercial staff's to set while the invoice is a
 * draft (it defaults to the catalog item's); once issued it is frozen with the invoice (the
 * invoice_line trigger refuses any change too), since the attestation counts it. A split whose costs
 * exceed the line's HT would make the labour cost negative: refused as bad input.
 */
export async function setInvoiceLineCostSplit(
  ctx: RequestContext,
  invoiceLineId: string,
  input: CostSplitInput,
): Promise<Invoice | NotFoundError | ImmutableDocumentError> {
  const line = await findRow(ctx, InvoiceLine, invoiceLineId, { field: 'invoiceLineId' });
  if (!line) return new NotFoundError('invoiceLineId', 'Invoice line');
  const invoice = (await findRow(ctx, Invoice, line.invoiceId, { lock: true }))!;
  if (invoice.status !== InvoiceStatus.DRAFT) {
    return new ImmutableDocumentError(`invoice ${invoice.number} is issued: its cost split is frozen (a credit note and a new invoice correct it)`);
  }
  const unitCosts = BigInt(input.materialsCents) + BigInt(input.subcontractingCents) + BigInt(input.intermediateConsumptionCents) + BigInt(input.sellingCostsCents);
  // Exact: quantity in thousandths × unit costs against the line's HT in thousandths of a cent.
  if (toThousandths(line.quantity) * unitCosts > BigInt(line.totalHtCents) * 1000n) {
    throw badUserInput('input', `the deductible costs (${unitCosts} cents a unit × ${line.quantity}) exceed the line's HT (${line.totalHtCents} cents): the labour cost would be negative`);
  }
  await updateRow(ctx, InvoiceLine, line.id, {
    materialsCents: input.materialsCents,
    subcontractingCents: input.subcontractingCents,
    intermediateConsumptionCents: input.intermediateConsumptionCents,
    sellingCostsCents: input.sellingCostsCents,
  });
  return (await findRow(ctx, Invoice, invoice.id))!;
}
