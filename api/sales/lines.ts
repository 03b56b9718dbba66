import type { RequestContext } from '../context';
import { catalogItemById } from './sales.loaders';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import { NotFoundError } from '../../schema/error-results';
import type { LineInput } from '../../schema/inputs/sales.input';
import { documentTotals, lineTotalHtCents, type DocumentTotals } from '../../kernel/totals';
import { badUserInput, parseId } from '../common/errors';
import { MAX_CENTS } from '../../schema/inputs/common.input';

/** The priced, costed columns of a document line, ready to insert. */
export interface LineValues {
  position: number;
  catalogItemId: number;
  description: string;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  totalHtCents: number;
  materialsCents: number;
  subcontractingCents: number;
  intermediateConsumptionCents: number;
  sellingCostsCents: number;
}

/**
 * Prices new lines of an establishment's document from the catalog (price, VAT, description and OETH
 * cost split default to the item's). Items reserved to another establishment are not on sale here.
 */
export async function priceLines(ctx: RequestContext, establishmentId: number, inputs: LineInput[]): Promise<LineValues[] | NotFoundError> {
  const items = await catalogItemById(ctx).loadMany(inputs.map((line, index) => parseId(line.catalogItemId, `lines[${index}].catalogItemId`)));
  const lines: LineValues[] = [];
  for (const [index, input] of inputs.entries()) {
    const item = items[index];
    if (!item || item instanceof Error || (item.establishmentId !== null && item.establishmentId !== establishmentId)) {
      return new NotFoundError(`lines[${index}].catalogItemId`, 'Catalog item sold by this establishment');
    }
    const line = copyLine(item, index + 1, { quantity: input.quantity, unitPriceCents: input.unitPriceCents ?? item.unitPriceCents, description: input.description ?? item.label });
    if (line.totalHtCents > MAX_CENTS) throw badUserInput(`lines[${index}].quantity`, 'the line total exceeds the largest amount accepted');
    lines.push(line);
  }
  if (lines.reduce((sum, line) => sum + line.totalHtCents, 0) > MAX_CENTS) throw badUserInput('lines', 'the document total exceeds the largest amount accepted');
  return lines;
}

type CostedSource = Pick<CatalogItem, 'materialsCents' | 'subcontractingCents' | 'intermediateConsumptionCents' | 'sellingCostsCents' | 'vatRateBp'> & {
  id?: string | number;
  catalogItemId?: number;
};

/**
 * A line copied from a catalog item or from an upstream line (quote line → order line, delivery →
 * invoice line, invoice line → credit-note line), with a new quantity and its own HT total.
 */
export function copyLine(
  source: CostedSource,
  position: number,
  values: { quantity: number; unitPriceCents: number; description: string },
): LineValues {
  return {
    position,
    catalogItemId: Number(source.catalogItemId ?? source.id),
    description: values.description,
    quantity: values.quantity,
    unitPriceCents: values.unitPriceCents,
    vatRateBp: source.vatRateBp,
    totalHtCents: lineTotalHtCents(values),
    materialsCents: source.materialsCents,
    subcontractingCents: source.subcontractingCents,
    intermediateConsumptionCents: source.intermediateConsumptionCents,
    sellingCostsCents: source.sellingCostsCents,
  };
}

export function totalsColumns(lines: readonly LineValues[]): Omit<DocumentTotals, 'vatBreakdown'> {
  const { totalHtCents, totalVatCents, totalTtcCents } = documentTotals(lines);
  return { totalHtCents, totalVatCents, totalTtcCents };
}
