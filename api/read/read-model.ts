import DataLoader from 'dataloader';
import type { RequestContext } from '../context';

export type EntityClass = abstract new (...args: never[]) => object;

/**
 * A row of the read path: a plain object shaped like its entity. A `@Root()` parameter typed with it
 * reaches the resolver as is; typed with the entity class, type-graphql would copy the row into a new
 * instance on every field-resolver call (a large share of a nested query's CPU).
 */
export type Row<T> = Readonly<T>;

const columnLists = new WeakMap<EntityClass, Map<string, ReadonlyMap<string, string>>>();

/**
 * The SQL expression of each property of an entity's rows, keyed by property name, derived once from
 * TypeORM's metadata: a table's snake_case columns become the entity's camelCase properties. Tables
 * with a VAT rate also get `vatRatePercent`; timestamps come as ISO 8601 text. The same expressions
 * build the SELECT lists of the loaders and the JSON objects of nested reads (`nested-read.ts`), so a
 * row has one shape whichever way it was read.
 */
export function columnExpressions(ctx: RequestContext, entity: EntityClass, alias = 't'): ReadonlyMap<string, string> {
  let byAlias = columnLists.get(entity);
  if (!byAlias) columnLists.set(entity, (byAlias = new Map()));
  let columns = byAlias.get(alias);
  if (!columns) {
    const metadata = ctx.db.dataSource.getMetadata(entity as unknown as new () => object);
    const expressions = new Map<string, string>();
    for (const column of metadata.columns) {
      if (column.propertyName === 'organizationId') continue;
      expressions.set(
        column.propertyName,
        // Timestamps travel as ISO 8601 text, parsed by the DateTime scalar only when a client asks for
        // them: parsing every row's created_at/updated_at into Date objects was ~6 % of a nested query.
        column.type === 'timestamptz' ? `to_json(${alias}.${column.databaseName}) #>> '{}'` : `${alias}.${column.databaseName}`,
      );
    }
    if (metadata.columns.some((column) => column.databaseName === 'vat_rate_bp')) {
      expressions.set('vatRatePercent', `${alias}.vat_rate_bp::float8 / 100`);
    }
    byAlias.set(alias, (columns = expressions));
  }
  return columns;
}

const selectLists = new WeakMap<EntityClass, Map<string, string>>();

/** The SELECT list of an entity's rows as plain objects: the read path never hydrates entities (docs/read-path.md). */
export function selectList(ctx: RequestContext, entity: EntityClass, alias = 't'): string {
  let byAlias = selectLists.get(entity);
  if (!byAlias) selectLists.set(entity, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (!list) {
    list = [...columnExpressions(ctx, entity, alias)].map(([property, sql]) => `${sql} as "${property}"`).join(', ');
    byAlias.set(alias, list);
  }
  return list;
}

export function tableName(ctx: RequestContext, entity: EntityClass): string {
  return ctx.db.dataSource.getMetadata(entity as unknown as new () => object).tableName;
}

/** Loads rows by id in one statement per tick; unknown ids (or another organisation's) give null. */
export function byIdLoader<Row extends { id: number | string }>(ctx: RequestContext, entity: EntityClass) {
  const sql = `select ${selectList(ctx, entity)} from ${tableName(ctx, entity)} t where t.organization_id = $1 and t.id = any($2::bigint[])`;
  return new DataLoader<number, Row | null>(async (ids) => {
    const rows = await ctx.db.query<Row>(sql, [ctx.organizationId, ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
  });
}

/** Rows carrying their parent's id in `__parent`, grouped per parent in the order of `parentIds`. */
export function groupByParent<Row>(parentIds: readonly number[], rows: (Row & { __parent: number })[]): Row[][] {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const key = Number(row.__parent);
    delete (row as { __parent?: number }).__parent;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return parentIds.map((id) => groups.get(Number(id)) ?? []);
}

/** Loads the children of many parents in one statement per tick, grouped by the parent key column. */
export function byParentLoader<Row>(ctx: RequestContext, entity: EntityClass, parentColumn: string, orderBy = 't.id') {
  const sql =
    `select ${selectList(ctx, entity)}, t.${parentColumn} as "__parent" from ${tableName(ctx, entity)} t ` +
    `where t.organization_id = $1 and t.${parentColumn} = any($2::bigint[]) order by ${orderBy}`;
  return new DataLoader<number, Row[]>(async (parentIds) =>
    groupByParent(parentIds, await ctx.db.query<Row & { __parent: number }>(sql, [ctx.organizationId, parentIds])),
  );
}

/**
 * Loads the children of many parents through a link statement — ($1 organisation, $2 parent ids)
 * returning `parent` and `child` ids — and the children themselves through their by-id loader.
 */
export function linkedLoader<Child>(ctx: RequestContext, linkSql: string, childById: DataLoader<number, Child | null>) {
  return new DataLoader<number, Child[]>(async (parentIds) => {
    const links = await ctx.db.query<{ parent: number; child: number }>(linkSql, [ctx.organizationId, parentIds]);
    const children = await childById.loadMany(links.map((link) => Number(link.child)));
    const rows = links.flatMap((link, index) => {
      const child = children[index];
      return child && !(child instanceof Error) ? [{ ...child, __parent: Number(link.parent) }] : [];
    });
    return groupByParent(parentIds, rows);
  });
}

/** Loads one aggregate row per key from a statement taking ($1 organisation, $2 keys) and returning `key`. */
export function aggregateLoader<Value>(ctx: RequestContext, sql: string, empty: Value) {
  return new DataLoader<number, Value>(async (keys) => {
    const rows = await ctx.db.query<Value & { key: number }>(sql, [ctx.organizationId, keys]);
    const byKey = new Map(rows.map((row) => [Number(row.key), row as Value]));
    return keys.map((key) => byKey.get(Number(key)) ?? empty);
  });
}

/** Declares a per-request loader: `customerById(ctx).load(id)`. */
export function defineLoader<T>(factory: (ctx: RequestContext) => T): (ctx: RequestContext) => T {
  const key = {};
  return (ctx) => ctx.loader(key, factory);
}
