import type { RequestContext } from '../context';
import { todayInFrance } from '../../kernel/dates';
import { closedBefore, DEFAULT_POLICY, discloseTable, type DisclosurePolicy, type TableSpec } from '../privacy/disclosure';
import { configuredThreshold, frozenContributions, PARTNER_YEAR_CUTS, partnerYearCells } from '../impact/impact.service';

/**
 * The optional impact page of an attestation (opt-in at issue, recorded in its snapshot): what was
 * worked on the customer's orders of the issuing establishment in the year — hours, distinct
 * beneficiaries, workshops and activities — never a code or a name. An outsider reads it (the
 * customer), so it goes through the disclosure control (api/privacy/disclosure.ts):
 *
 * - the records are those the partner portal counts (validated, each month frozen when first shown:
 *   `frozenContributions`), so once the year has ended its figures never change, and a re-issue shows
 *   what the original showed;
 * - the figure is one cell of the establishment cut of a table whose other cuts are the portal's
 *   months, service types and year total, taken as the portal published them (`publishedElsewhere`):
 *   the establishment's cell is withheld when fewer beneficiaries than PRIVACY_MIN_GROUP_SIZE worked
 *   in it, when one of them did more than 85 % of its hours, or when it would give back a figure the
 *   portal withholds, or another establishment's withheld cell (the year's total less this one);
 * - hours are rounded to the whole hour; the workshop and activity counts are shown only with it;
 * - before the year has ended there is nothing to show (the year is an open period).
 */

export type AttestationImpact =
  | { status: 'published'; hours: number; beneficiaries: number; workshops: number; activities: number; threshold: number }
  | { status: 'withheld'; reason: 'privacy' | 'open_period'; threshold: number };

const IMPACT_TABLE_DIMENSIONS = ['month', 'serviceType', 'establishment'];
const ESTABLISHMENT_CUT = PARTNER_YEAR_CUTS.length;

/** Whole hours on the page (suppression is decided on the exact hours). */
export const IMPACT_POLICY: DisclosurePolicy = { ...DEFAULT_POLICY, rounding: { hours: 1 } };

/**
 * The page's figures for one establishment, customer and year. Freezes the year's months for the
 * customer as the portal would on its first reading (so this runs in a write transaction: at issue).
 */
export async function attestationImpact(
  ctx: RequestContext,
  establishmentId: number,
  customerId: number,
  year: number,
  threshold = configuredThreshold(),
  today = todayInFrance(),
): Promise<AttestationImpact> {
  const next = `${year + 1}-01-01`;
  if (closedBefore(today, 'year') < next) return { status: 'withheld', reason: 'open_period', threshold };
  const contributions = await frozenContributions(ctx, customerId, `${year}-01-01`, next);
  const portal = partnerYearCells(contributions, threshold);
  const portalWithheld = new Set(portal.filter((cell) => cell.withheld).map((cell) => `${cell.cut}:${JSON.stringify(cell.at)}`));
  const spec: TableSpec = {
    dimensions: IMPACT_TABLE_DIMENSIONS,
    measures: ['hours'],
    cuts: [...PARTNER_YEAR_CUTS, ['establishment']],
    publishedElsewhere: {
      cuts: PARTNER_YEAR_CUTS.map((_, index) => index),
      withheld: (cut, at) => portalWithheld.has(`${cut}:${JSON.stringify(at)}`),
    },
  };
  const cells = discloseTable(spec, contributions, { ...IMPACT_POLICY, minContributors: threshold });
  const own = String(establishmentId);
  const cell = cells.find((candidate) => candidate.cut === ESTABLISHMENT_CUT && candidate.at.establishment === own);
  if (!cell) return { status: 'published', hours: 0, beneficiaries: 0, workshops: 0, activities: 0, threshold };
  if (cell.withheld) return { status: 'withheld', reason: 'privacy', threshold };
  const worked = contributions.filter((contribution) => contribution.at.establishment === own);
  const distinct = (values: (string | null)[]) => new Set(values.filter((value) => value !== null)).size;
  return {
    status: 'published',
    hours: cell.values!.hours,
    beneficiaries: cell.contributors!,
    workshops: distinct(worked.map((contribution) => contribution.workshopId)),
    activities: distinct(worked.map((contribution) => contribution.activityId)),
    threshold,
  };
}
