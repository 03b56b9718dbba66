"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VAT_RATES_BP = void 0;
exports.divideRounded = divideRounded;
exports.toThousandths = toThousandths;
exports.lineTotalHtCents = lineTotalHtCents;
exports.documentTotals = documentTotals;
exports.vatPercentToBp = vatPercentToBp;
/** Rounds numerator/denominator half away from zero (BigInt, exact). */
function divideRounded(numerator, denominator) {
    const negative = numerator < 0n;
    const magnitude = negative ? -numerator : numerator;
    const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
    return negative ? -rounded : rounded;
}
function toThousandths(quantity) {
    return BigInt(Math.round(quantity * 1000));
}
function lineTotalHtCents(line) {
    return Number(divideRounded(toThousandths(line.quantity) * BigInt(line.unitPriceCents), 1000n));
}
function documentTotals(lines) {
    const baseByRate = new Map();
    for (const line of lines) {
        baseByRate.set(line.vatRateBp, (baseByRate.get(line.vatRateBp) ?? 0n) + BigInt(lineTotalHtCents(line)));
    }
    const vatBreakdown = [...baseByRate.entries()]
        .sort(([a], [b]) => b - a)
        .map(([vatRateBp, base]) => {
        const vat = divideRounded(base * BigInt(vatRateBp), 10000n);
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
exports.VAT_RATES_BP = [2000, 1000, 550, 210, 0];
function vatPercentToBp(percent) {
    const bp = Math.round(percent * 100);
    return exports.VAT_RATES_BP.includes(bp) && Math.abs(bp - percent * 100) < 1e-6 ? bp : null;
}
//# sourceMappingURL=totals.js.map