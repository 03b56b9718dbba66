"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HealthReads = void 0;
exports.beginAudit = beginAudit;
exports.writeHealthReads = writeHealthReads;
const graphql_1 = require("graphql");
const error_results_1 = require("../../schema/error-results");
/** The entity a mutation acts on: the success member of its result union (or its plain result type). */
function targetEntity(ctx, info) {
    const type = (0, graphql_1.getNamedType)(info.returnType);
    const name = (0, graphql_1.isUnionType)(type)
        ? type.getTypes().find((member) => !member.getInterfaces().some((i) => i.name === 'ErrorResult'))?.name
        : type.name;
    const metadata = ctx.db.dataSource.entityMetadatas.find((m) => m.targetName === name);
    const stateColumn = metadata?.findColumnWithPropertyName('status') ?? metadata?.findColumnWithPropertyName('active');
    return { name: name ?? type.name, table: metadata?.tableName, stateColumn: stateColumn?.databaseName };
}
/** A document's state for the log: its status, or active/inactive for accounts. */
function stateOf(row) {
    if (!row)
        return null;
    if (typeof row.status === 'string')
        return row.status;
    if (typeof row.active === 'boolean')
        return row.active ? 'active' : 'inactive';
    return null;
}
const ID_PATTERN = /^[1-9][0-9]{0,14}$/;
/**
 * Records one mutation in `audit_log`, in the request's transaction (so the record commits with the
 * change and vanishes with it): who (user, API key, request id), what (operation, entity, id), the
 * state before and after for state changes, and the outcome (`ok` or the business error code). A
 * mutation that throws rolls the whole request back; it is in the error log with its request id.
 */
async function beginAudit(ctx, info, args) {
    const target = targetEntity(ctx, info);
    const argId = typeof args.id === 'string' || typeof args.id === 'number' ? String(args.id) : undefined;
    let before = null;
    if (argId && ID_PATTERN.test(argId) && target.table && target.stateColumn) {
        const [row] = await ctx.db.query(`select ${target.stateColumn} as state from ${target.table} where id = $1`, [Number(argId)]);
        before = stateOf(row ? { [target.stateColumn === 'active' ? 'active' : 'status']: row.state } : null);
    }
    return {
        async record(result) {
            const failed = (0, error_results_1.isErrorResult)(result);
            const row = !failed && result && typeof result === 'object' ? result : undefined;
            const resultId = row && (typeof row.id === 'string' || typeof row.id === 'number') ? String(row.id) : argId;
            const user = ctx.user;
            await ctx.db.query(`insert into audit_log (organization_id, request_id, user_id, api_key_id, operation, entity, entity_id, status_before, status_after, outcome)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
                user.organizationId, ctx.requestId, user.userId, user.apiKeyId ?? null, info.fieldName, target.name,
                resultId && ID_PATTERN.test(resultId) ? Number(resultId) : null,
                before, failed ? before : (stateOf(row) ?? null), failed ? result.errorCode : 'ok',
            ]);
        },
    };
}
/**
 * The health data one request read, by kind: the beneficiaries whose identity, notes, work records,
 * parcours or contract details it returned. Collected while the request resolves (a set add per
 * value) and written once, at its end (`writeHealthReads`): one audit row per kind, not per field.
 */
class HealthReads {
    constructor() {
        this.kinds = new Map();
        this.enabled = true;
    }
    /** Measurement only (bench/): never set by npm start. */
    disable() {
        this.enabled = false;
    }
    add(kind, beneficiaryId) {
        if (!this.enabled)
            return;
        const id = Number(beneficiaryId);
        if (!Number.isSafeInteger(id) || id <= 0)
            return;
        let ids = this.kinds.get(kind);
        if (!ids)
            this.kinds.set(kind, (ids = new Set()));
        ids.add(id);
    }
    get empty() {
        return this.kinds.size === 0;
    }
    entries() {
        return [...this.kinds].map(([kind, ids]) => [kind, [...ids].sort((a, b) => a - b)]);
    }
}
exports.HealthReads = HealthReads;
/**
 * Writes the request's trace of health-data reads, one `audit_log` row per kind (operation `read`,
 * entity the kind, `beneficiary_ids`), in one statement on the request's connection: inside a
 * mutation's transaction, or on its own for a query (reads run outside a transaction). It runs before
 * the answer leaves; when it fails, the answer is withdrawn (server.ts), so no read goes untraced.
 */
async function writeHealthReads(ctx) {
    if (ctx.healthReads.empty || !ctx.user)
        return;
    const entries = ctx.healthReads.entries();
    await ctx.db.write(`insert into audit_log (organization_id, request_id, user_id, api_key_id, operation, entity, beneficiary_ids, outcome)
     select $1, $2, $3, $4, 'read', k.kind, k.ids::bigint[], 'ok' from unnest($5::text[], $6::text[]) as k(kind, ids)`, [ctx.user.organizationId, ctx.requestId, ctx.user.userId, ctx.user.apiKeyId ?? null, entries.map(([kind]) => kind), entries.map(([, ids]) => `{${ids.join(',')}}`)]);
}
//# sourceMappingURL=audit.js.map