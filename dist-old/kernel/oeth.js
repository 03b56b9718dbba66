"use strict";
/**
 * The OETH figures of a client's purchases (docs/domain.md, OETH).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ubEquivalent = ubEquivalent;
/**
 * The non-legal "UB equivalent" (former art. R5212-6, until 2019): the mise à disposition labour
 * cost ÷ (MAD hours × SMIC) + the rest ÷ (hours × SMIC), to three decimals; null without a divisor.
 */
function ubEquivalent(labour, divisors) {
    const { smicHourlyCents: smic, hours, madHours } = divisors;
    if (!smic || !hours || !madHours)
        return null;
    const units = labour.madCents / (madHours * smic) + labour.otherCents / (hours * smic);
    return Math.round(units * 1000) / 1000;
}
//# sourceMappingURL=oeth.js.map