"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TraceHealthRead = TraceHealthRead;
const type_graphql_1 = require("type-graphql");
const present = (value) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
function rowsOf(result) {
    if (Array.isArray(result))
        return result;
    const items = result?.items;
    return Array.isArray(items) ? items : [];
}
/**
 * Traces the read of a field holding health data. `beneficiary`: the field is the beneficiary's own
 * (its contract details, identity, notes, parcours), recorded when it holds something (`always` for
 * contract details, whose absence — no exit date — is itself a fact). `rows`: the field returns rows
 * of that kind (work records), each recorded under its beneficiary.
 */
function TraceHealthRead(kind, from) {
    const trace = async ({ root, context }, next) => {
        const result = await next();
        if (from === 'rows')
            for (const row of rowsOf(result))
                context.healthReads.add(kind, row.beneficiaryId);
        else if (from === 'always' || present(result))
            context.healthReads.add(kind, root.id);
        return result;
    };
    return (0, type_graphql_1.UseMiddleware)(trace);
}
//# sourceMappingURL=health-data.js.map