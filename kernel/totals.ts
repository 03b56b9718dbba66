/**
 * The one place where money is computed. All amounts are integer cents.
 *
 * - Line HT = quantity × unit price, rounded half away from zero to the cent. Quantities have at
 *   most 3 decimals, so the product is computed exactly in thousandths with BigInt first.
 * - VAT is computed per rate on the sum of the HT of the lines at that rate, rounded half away
 *   from zero to the cent (the usual French invoice presentation: one VAT amount per rate).
 * - TTC = HT + VAT, per rate and in total.
 */
export interface PricedLine {
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
}

export interface VatAmount {
  vatRateBp: number;
  vatRatePercent: number;
  baseHtCents: number;
  vatCents: number;
  totalTtcCents: number;
}

export interface DocumentTotals {
  totalHtCents: number;
  totalVatCents: number;
  totalTtcCents: number;
  vatBreakdown: VatAmount[];
}

/** Rounds numerator/denominator half away from zero (BigInt, exact). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

export function toThousandths(quantity: number): bigint {
  return BigInt(Math.round(quantity * 1000));
}

export function lineTotalHtCents(line: Pick<PricedLine, 'quantity' | 'unitPriceCents'>): number {
  return Number(divideRounded(toThousandths(line.quantity) * BigInt(line.unitPriceCents), 1000n));
}

export function documentTotals(lines: readonly PricedLine[]): DocumentTotals {
  const baseByRate = new Map<number, bigint>();
  for (const line of lines) {
    baseByRate.set(line.vatRateBp, (baseByRate.get(line.vatRateBp) ?? 0n) + BigInt(lineTotalHtCents(line)));
  }
  const vatBreakdown = [...baseByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([vatRateBp, base]) => {
      const vat = divideRounded(base * BigInt(vatRateBp), 10_000n);
      return {
        vatRateBp,
        vatRatePercent: vatRateBp / 100,
        baseHtCents: Number(base),
        vatCents: Number(vat),
        totalTtcCents: Number(base + vat),
      };
    });
  const totalHtCents = vatBreakdown.reduce((sum, rate) => sum + rate.baseHtCents, 0);
  const totalVatCents = vatBreakdown.reduce((sum, rate) => sum + rate.vatCents, 0);
  return { totalHtCents, totalVatCents, totalTtcCents: totalHtCents + totalVatCents, vatBreakdown };
}

/** French VAT rates accepted on lines, in basis points (20 %, 10 %, 5.5 %, 2.1 %, 0 % for exempt sales). */
export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;

export function vatPercentToBp(percent: number): number | null {
  const bp = Math.round(percent * 100);
  return (VAT_RATES_BP as readonly number[]).includes(bp) && Math.abs(bp - percent * 100) < 1e-6 ? bp : null;
}
