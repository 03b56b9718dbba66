"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadParties = loadParties;
const error_results_1 = require("../../schema/error-results");
const sales_loaders_1 = require("./sales.loaders");
const organization_loaders_1 = require("../organization/organization.loaders");
/** The establishment and customer a new document names, or the NotFoundError for the one missing. */
async function loadParties(ctx, input) {
    const [establishment, customer] = await Promise.all([
        (0, organization_loaders_1.establishmentById)(ctx).load(Number(input.establishmentId)),
        (0, sales_loaders_1.customerById)(ctx).load(Number(input.customerId)),
    ]);
    if (!establishment)
        return new error_results_1.NotFoundError('establishmentId', 'Establishment');
    if (!customer)
        return new error_results_1.NotFoundError('customerId', 'Customer');
    return { establishment, customer };
}
//# sourceMappingURL=parties.js.map