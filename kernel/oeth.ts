/**
 * The OETH figures of a client's purchases (docs/domain.md, OETH).
 */

/** Labour cost of a year's sales to a client, in cents, split as the former divisors split it. */
export interface LabourCost {
  /** Of the mise à disposition lines. */
  readonly madCents: number;
  /** Of every other line. */
  readonly otherCents: number;
}

/** The dated parameters of 31 December of the year (null when one is not known). */
export interface UbDivisors {
  readonly smicHourlyCents: number | null;
  readonly hours: number | null;
  readonly madHours: number | null;
}

/**
 * The non-legal "UB equivalent" (former art. R5212-6, until 2019): the mise à disposition labour
 * cost ÷ (MAD hours × SMIC) + the rest ÷ (hours × SMIC), to three decimals; null without a divisor.
 */
export function ubEquivalent(labour: LabourCost, divisors: UbDivisors): number | null {
  const { smicHourlyCents: smic, hours, madHours } = divisors;
  if (!smic || !hours || !madHours) return null;
  const units = labour.madCents / (madHours * smic) + labour.otherCents / (hours * smic);
  return Math.round(units * 1000) / 1000;
}
