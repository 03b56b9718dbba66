"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Transactional = Transactional;
const type_graphql_1 = require("type-graphql");
const error_results_1 = require("../../schema/error-results");
const audit_1 = require("../security/audit");
/**
 * Every mutation runs in its own savepoint of the request's transaction: it happens entirely, or —
 * when it throws or returns an error result — not at all. Loaders are reset afterwards so that the
 * result's fields are read fresh. Each one leaves a row in the audit log (api/security/audit.ts).
 */
const transactional = async ({ context, info, args }, next) => {
    const audit = await (0, audit_1.beginAudit)(context, info, args);
    const result = await context.db.savepoint(() => next(), error_results_1.isErrorResult);
    context.resetLoaders();
    await audit.record(result);
    return result;
};
function Transactional() {
    return (0, type_graphql_1.UseMiddleware)(transactional);
}
//# sourceMappingURL=mutation.js.map