"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IMPACT_POLICY = void 0;
exports.attestationImpact = attestationImpact;
const dates_1 = require("../../kernel/dates");
const disclosure_1 = require("../privacy/disclosure");
const impact_service_1 = require("../impact/impact.service");
const IMPACT_TABLE_DIMENSIONS = ['month', 'serviceType', 'establishment'];
const ESTABLISHMENT_CUT = impact_service_1.PARTNER_YEAR_CUTS.length;
/** Whole hours on the page (suppression is decided on the exact hours). */
exports.IMPACT_POLICY = { ...disclosure_1.DEFAULT_POLICY, rounding: { hours: 1 } };
/**
 * The page's figures for one establishment, customer and year. Freezes the year's months for the
 * customer as the portal would on its first reading (so this runs in a write transaction: at issue).
 */
async function attestationImpact(ctx, establishmentId, customerId, year, threshold = (0, impact_service_1.configuredThreshold)(), today = (0, dates_1.todayInFrance)()) {
    const next = `${year + 1}-01-01`;
    if ((0, disclosure_1.closedBefore)(today, 'year') < next)
        return { status: 'withheld', reason: 'open_period', threshold };
    const contributions = await (0, impact_service_1.frozenContributions)(ctx, customerId, `${year}-01-01`, next);
    const portal = (0, impact_service_1.partnerYearCells)(contributions, threshold);
    const portalWithheld = new Set(portal.filter((cell) => cell.withheld).map((cell) => `${cell.cut}:${JSON.stringify(cell.at)}`));
    const spec = {
        dimensions: IMPACT_TABLE_DIMENSIONS,
        measures: ['hours'],
        cuts: [...impact_service_1.PARTNER_YEAR_CUTS, ['establishment']],
        publishedElsewhere: {
            cuts: impact_service_1.PARTNER_YEAR_CUTS.map((_, index) => index),
            withheld: (cut, at) => portalWithheld.has(`${cut}:${JSON.stringify(at)}`),
        },
    };
    const cells = (0, disclosure_1.discloseTable)(spec, contributions, { ...exports.IMPACT_POLICY, minContributors: threshold });
    const own = String(establishmentId);
    const cell = cells.find((candidate) => candidate.cut === ESTABLISHMENT_CUT && candidate.at.establishment === own);
    if (!cell)
        return { status: 'published', hours: 0, beneficiaries: 0, workshops: 0, activities: 0, threshold };
    if (cell.withheld)
        return { status: 'withheld', reason: 'privacy', threshold };
    const worked = contributions.filter((contribution) => contribution.at.establishment === own);
    const distinct = (values) => new Set(values.filter((value) => value !== null)).size;
    return {
        status: 'published',
        hours: cell.values.hours,
        beneficiaries: cell.contributors,
        workshops: distinct(worked.map((contribution) => contribution.workshopId)),
        activities: distinct(worked.map((contribution) => contribution.activityId)),
        threshold,
    };
}
//# sourceMappingURL=attestation-impact.js.map