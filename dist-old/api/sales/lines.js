"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.priceLines = priceLines;
exports.copyLine = copyLine;
exports.totalsColumns = totalsColumns;
const sales_loaders_1 = require("./sales.loaders");
const error_results_1 = require("../../schema/error-results");
const totals_1 = require("../../kernel/totals");
const errors_1 = require("../common/errors");
const common_input_1 = require("../../schema/inputs/common.input");
/**
 * Prices new lines of an establishment's document from the catalog (price, VAT, description and OETH
 * cost split default to the item's). Items reserved to another establishment are not on sale here.
 */
async function priceLines(ctx, establishmentId, inputs) {
    const items = await (0, sales_loaders_1.catalogItemById)(ctx).loadMany(inputs.map((line) => Number(line.catalogItemId)));
    const lines = [];
    for (const [index, input] of inputs.entries()) {
        const item = items[index];
        if (!item || item instanceof Error || (item.establishmentId !== null && Number(item.establishmentId) !== Number(establishmentId))) {
            return new error_results_1.NotFoundError(`lines[${index}].catalogItemId`, 'Catalog item sold by this establishment');
        }
        const line = copyLine(item, index + 1, { quantity: input.quantity, unitPriceCents: input.unitPriceCents ?? item.unitPriceCents, description: input.description ?? item.label });
        if (line.totalHtCents > common_input_1.MAX_CENTS)
            throw (0, errors_1.badUserInput)(`lines[${index}].quantity`, 'the line total exceeds the largest amount accepted');
        lines.push(line);
    }
    if (lines.reduce((sum, line) => sum + line.totalHtCents, 0) > common_input_1.MAX_CENTS)
        throw (0, errors_1.badUserInput)('lines', 'the document total exceeds the largest amount accepted');
    return lines;
}
/**
 * A line copied from a catalog item or from an upstream line (quote line → order line, delivery →
 * invoice line, invoice line → credit-note line), with a new quantity and its own HT total.
 */
function copyLine(source, position, values) {
    return {
        position,
        catalogItemId: String(source.catalogItemId ?? source.id),
        description: values.description,
        quantity: values.quantity,
        unitPriceCents: values.unitPriceCents,
        vatRateBp: source.vatRateBp,
        totalHtCents: (0, totals_1.lineTotalHtCents)(values),
        materialsCents: source.materialsCents,
        subcontractingCents: source.subcontractingCents,
        intermediateConsumptionCents: source.intermediateConsumptionCents,
        sellingCostsCents: source.sellingCostsCents,
    };
}
function totalsColumns(lines) {
    const { totalHtCents, totalVatCents, totalTtcCents } = (0, totals_1.documentTotals)(lines);
    return { totalHtCents, totalVatCents, totalTtcCents };
}
//# sourceMappingURL=lines.js.map