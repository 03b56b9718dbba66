import type { RequestContext } from '../context';
import { selectList, tableName } from '../read/read-model';
import { parseId } from './errors';

type EntityClass<T> = abstract new (...args: never[]) => T & object;

/**
 * Reads one row of the caller's organisation, optionally locking it for the rest of the transaction
 * (`for update`): every state change reads its document this way, so concurrent changes queue.
 */
export async function findRow<T extends object>(ctx: RequestContext, entity: EntityClass<T>, id: string | number, options: { lock?: boolean; field?: string } = {}): Promise<T | null> {
  const numericId = parseId(id, options.field ?? 'id');
  const rows = await ctx.db.query<T>(
    `select ${selectList(ctx, entity)} from ${tableName(ctx, entity)} t where t.organization_id = $1 and t.id = $2${options.lock ? ' for update' : ''}`,
    [ctx.organizationId, numericId],
  );
  return rows[0] ?? null;
}

/** Rows of the caller's organisation with the given ids, locked, in id order (a stable lock order avoids deadlocks). */
export async function lockRows<T extends object>(ctx: RequestContext, entity: EntityClass<T>, ids: number[]): Promise<T[]> {
  return ctx.db.query<T>(
    `select ${selectList(ctx, entity)} from ${tableName(ctx, entity)} t where t.organization_id = $1 and t.id = any($2::bigint[]) order by t.id for update`,
    [ctx.organizationId, ids],
  );
}

/** Inserts rows through TypeORM on the request's transaction and returns their ids in order. */
export async function insertRows<T extends object>(ctx: RequestContext, entity: new () => T, rows: Partial<T>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const manager = await ctx.db.manager();
  const values = rows.map((row) => ({ ...row, organizationId: ctx.organizationId }));
  const result = await manager.insert(entity, values as never);
  return result.identifiers.map((identifier) => identifier.id);
}

export async function updateRow<T extends object>(ctx: RequestContext, entity: new () => T, id: string | number, values: Partial<T>): Promise<void> {
  const manager = await ctx.db.manager();
  await manager.update(entity, { id, organizationId: ctx.organizationId } as never, { ...values, updatedAt: new Date() } as never);
}
