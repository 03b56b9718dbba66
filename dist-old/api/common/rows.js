"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findRow = findRow;
exports.lockRows = lockRows;
exports.insertRows = insertRows;
exports.updateRow = updateRow;
const read_model_1 = require("../read/read-model");
const errors_1 = require("./errors");
/**
 * Reads one row of the caller's organisation, optionally locking it for the rest of the transaction
 * (`for update`): every state change reads its document this way, so concurrent changes queue.
 */
async function findRow(ctx, entity, id, options = {}) {
    const numericId = (0, errors_1.parseId)(id, options.field ?? 'id');
    const rows = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, entity)} from ${(0, read_model_1.tableName)(ctx, entity)} t where t.organization_id = $1 and t.id = $2${options.lock ? ' for update' : ''}`, [ctx.organizationId, numericId]);
    return rows[0] ?? null;
}
/** Rows of the caller's organisation with the given ids, locked, in id order (a stable lock order avoids deadlocks). */
async function lockRows(ctx, entity, ids) {
    return ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, entity)} from ${(0, read_model_1.tableName)(ctx, entity)} t where t.organization_id = $1 and t.id = any($2::bigint[]) order by t.id for update`, [ctx.organizationId, ids]);
}
/** Inserts rows through TypeORM on the request's transaction and returns their ids in order. */
async function insertRows(ctx, entity, rows) {
    if (rows.length === 0)
        return [];
    const manager = await ctx.db.manager();
    const values = rows.map((row) => ({ ...row, organizationId: String(ctx.organizationId) }));
    const result = await manager.insert(entity, values);
    return result.identifiers.map((identifier) => Number(identifier.id));
}
async function updateRow(ctx, entity, id, values) {
    const manager = await ctx.db.manager();
    await manager.update(entity, { id: String(id), organizationId: String(ctx.organizationId) }, { ...values, updatedAt: new Date() });
}
//# sourceMappingURL=rows.js.map