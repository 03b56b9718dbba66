import type { RequestContext } from '../context';
import { SortDirection } from '../../schema/enums';
import { DEFAULT_TAKE, MAX_TAKE, type PageInput } from '../../schema/pagination';
import { responsePathAsArray as responsePath, type GraphQLResolveInfo } from 'graphql';
import { tableName } from './read-model';
import { LIST_TOO_LONG_MARK, listSelect } from './nested-read';
import { listTooLong } from '../security/query-limits';
import { renderedItemsSql } from './rendered-read';

/** The LIST_TOO_LONG error of an embedded list that held more rows than its bound (`relationSql`), if that is what `error` is. */
function embeddedListTooLong(error: unknown): Error | undefined {
  const message = error instanceof Error ? error.message : '';
  const at = message.indexOf(LIST_TOO_LONG_MARK);
  if (at < 0) return undefined;
  const [path, bound] = message.slice(at + LIST_TOO_LONG_MARK.length).split(':');
  return listTooLong(path, Number(bound));
}

/** A WHERE clause under construction: conditions with numbered parameters ($1 is the organisation). */
export class Filter {
  readonly conditions: string[] = ['t.organization_id = $1'];
  readonly params: unknown[];

  constructor(ctx: RequestContext) {
    this.params = [ctx.organizationId];
  }

  /** Adds `condition`, where each `?` stands for the next value; skipped when a value is undefined or null. */
  add(condition: string, ...values: unknown[]): this {
    if (values.some((value) => value === undefined || value === null)) return this;
    let sql = condition;
    for (const value of values) {
      this.params.push(value);
      sql = sql.replace('?', `$${this.params.length}`);
    }
    this.conditions.push(sql);
    return this;
  }

  toSql(): string {
    return this.conditions.join(' and ');
  }
}

/**
 * The page of a sorted list, after its ORDER BY, and the statement's values with it: the row count is
 * written in the statement and the offset is a value (after `values`) only past the first page. A first
 * page's statement then holds no parameter PostgreSQL cannot estimate, so its cached generic plan costs
 * what a custom one does and is kept: the page is planned once per connection instead of at each
 * request (an unknown LIMIT or OFFSET is costed as a tenth of the table, so PostgreSQL re-planned every
 * page, about 15 % of the orders page's PostgreSQL CPU; bench/README.md). `take` is bounded (1 to
 * MAX_TAKE): at most MAX_TAKE statements per list and selection.
 */
export function pageClause(values: readonly unknown[], skip: number | undefined, take: number | undefined): { sql: string; values: unknown[] } {
  const rows = Math.min(Math.max(Math.trunc(take ?? DEFAULT_TAKE), 1), MAX_TAKE);
  if (!skip) return { sql: `limit ${rows}`, values: [...values] };
  return { sql: `offset $${values.length + 1} limit ${rows}`, values: [...values, skip] };
}

/**
 * Runs a filtered, sorted, paged list: a plain `order by … limit` for the page, and the count of all
 * matching rows only when the client asks for `totalItems` (a lazy property: counting every row of
 * a large organisation on each page is what made list pages slow). `sortColumn` must come from an
 * enum map, never from user text. From the list field's `info`, the page reads the columns the client
 * selected under `items` and embeds the relations it selected (`nested-read.ts`), or, when it can,
 * returns the items rendered as JSON by PostgreSQL (`rendered-read.ts`); the request's read path
 * (GRAPHQL_RENDERING, `request-reads.ts`) may turn either off.
 */
export async function listQuery<Row>(
  ctx: RequestContext,
  entity: abstract new (...args: never[]) => object,
  filter: Filter,
  page: PageInput | undefined,
  sortColumn: string,
  info: GraphQLResolveInfo,
): Promise<{ items: Row[]; readonly totalItems: Promise<number> }> {
  const direction = page?.sortDirection === SortDirection.ASC ? 'asc' : 'desc';
  const table = tableName(ctx, entity);
  const where = filter.toSql();
  const { sql: pageLimit, values: params } = pageClause(filter.params, page?.skip, page?.take);
  const pageSql = `from ${table} t where ${where} order by t.${sortColumn} ${direction}, t.id ${direction} ${pageLimit}`;
  const rendered = ctx.readPath === 'rendered' ? renderedItemsSql(ctx, info, entity) : null;
  let items: Row[];
  try {
    if (rendered) {
      // The page's items in one text, in the page's order: one row to send and parse instead of one per item.
      const [row] = await ctx.db.query<{ items: string | null }>(
        `select string_agg(p.item, ',' order by p.sort_key ${direction}, p.id ${direction}) as items
           from (select ${rendered.sql}::text as item, t.${sortColumn} as sort_key, t.id ${pageSql}) p`,
        params,
      );
      ctx.renderedItems.push({ path: responsePath(info.path), key: rendered.key, items: row.items === null ? [] : [row.items] });
      items = [];
    } else {
      items = await ctx.db.query<Row>(`select ${listSelect(ctx, ctx.readPath === 'loaders' ? undefined : info, entity)} ${pageSql}`, params);
    }
  } catch (error) {
    throw embeddedListTooLong(error) ?? error;
  }
  let total: Promise<number> | undefined;
  const count = async () => {
    const [row] = await ctx.db.query<{ count: number }>(`select count(*) as count from ${table} t where ${where}`, filter.params);
    return Number(row.count);
  };
  return {
    items,
    get totalItems() {
      return (total ??= count());
    },
  };
}
