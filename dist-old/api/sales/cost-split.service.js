"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setInvoiceLineCostSplit = setInvoiceLineCostSplit;
const sales_entity_1 = require("../../schema/entities/sales.entity");
const error_results_1 = require("../../schema/error-results");
const enums_1 = require("../../schema/enums");
const rows_1 = require("../common/rows");
const totals_1 = require("../../kernel/totals");
const errors_1 = require("../common/errors");
/**
 * The OETH cost split of an invoice line is the commercial staff's to set while the invoice is a
 * draft (it defaults to the catalog item's); once issued it is frozen with the invoice (the
 * invoice_line trigger refuses any change too), since the attestation counts it. A split whose costs
 * exceed the line's HT would make the labour cost negative: refused as bad input.
 */
async function setInvoiceLineCostSplit(ctx, invoiceLineId, input) {
    const line = await (0, rows_1.findRow)(ctx, sales_entity_1.InvoiceLine, invoiceLineId, { field: 'invoiceLineId' });
    if (!line)
        return new error_results_1.NotFoundError('invoiceLineId', 'Invoice line');
    const invoice = (await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, line.invoiceId, { lock: true }));
    if (invoice.status !== enums_1.InvoiceStatus.DRAFT) {
        return new error_results_1.ImmutableDocumentError(`invoice ${invoice.number} is issued: its cost split is frozen (a credit note and a new invoice correct it)`);
    }
    const unitCosts = BigInt(input.materialsCents) + BigInt(input.subcontractingCents) + BigInt(input.intermediateConsumptionCents) + BigInt(input.sellingCostsCents);
    // Exact: quantity in thousandths × unit costs against the line's HT in thousandths of a cent.
    if ((0, totals_1.toThousandths)(line.quantity) * unitCosts > BigInt(line.totalHtCents) * 1000n) {
        throw (0, errors_1.badUserInput)('input', `the deductible costs (${unitCosts} cents a unit × ${line.quantity}) exceed the line's HT (${line.totalHtCents} cents): the labour cost would be negative`);
    }
    await (0, rows_1.updateRow)(ctx, sales_entity_1.InvoiceLine, line.id, {
        materialsCents: input.materialsCents,
        subcontractingCents: input.subcontractingCents,
        intermediateConsumptionCents: input.intermediateConsumptionCents,
        sellingCostsCents: input.sellingCostsCents,
    });
    return (await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, invoice.id));
}
//# sourceMappingURL=cost-split.service.js.map