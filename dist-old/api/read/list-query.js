"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Filter = void 0;
exports.listQuery = listQuery;
const enums_1 = require("../../schema/enums");
const pagination_1 = require("../../schema/pagination");
const graphql_1 = require("graphql");
const read_model_1 = require("./read-model");
const nested_read_1 = require("./nested-read");
const query_limits_1 = require("../security/query-limits");
const rendered_read_1 = require("./rendered-read");
/** The LIST_TOO_LONG error of an embedded list that held more rows than its bound (`relationSql`), if that is what `error` is. */
function embeddedListTooLong(error) {
    const message = error instanceof Error ? error.message : '';
    const at = message.indexOf(nested_read_1.LIST_TOO_LONG_MARK);
    if (at < 0)
        return undefined;
    const [path, bound] = message.slice(at + nested_read_1.LIST_TOO_LONG_MARK.length).split(':');
    return (0, query_limits_1.listTooLong)(path, Number(bound));
}
/** A WHERE clause under construction: conditions with numbered parameters ($1 is the organisation). */
class Filter {
    constructor(ctx) {
        this.conditions = ['t.organization_id = $1'];
        this.params = [ctx.organizationId];
    }
    /** Adds `condition`, where each `?` stands for the next value; skipped when a value is undefined or null. */
    add(condition, ...values) {
        if (values.some((value) => value === undefined || value === null))
            return this;
        let sql = condition;
        for (const value of values) {
            this.params.push(value);
            sql = sql.replace('?', `$${this.params.length}`);
        }
        this.conditions.push(sql);
        return this;
    }
    toSql() {
        return this.conditions.join(' and ');
    }
}
exports.Filter = Filter;
/**
 * Runs a filtered, sorted, paged list: a plain `order by … limit` for the page, and the count of all
 * matching rows only when the client asks for `totalItems` (a lazy property: counting every row of
 * a large organisation on each page is what made list pages slow). `sortColumn` must come from an
 * enum map, never from user text. From the list field's `info`, the page reads the columns the client
 * selected under `items` and embeds the relations it selected (`nested-read.ts`), or, when it can,
 * returns the items rendered as JSON by PostgreSQL (`rendered-read.ts`); the request's read path
 * (GRAPHQL_RENDERING, `request-reads.ts`) may turn either off.
 */
async function listQuery(ctx, entity, filter, page, sortColumn, info) {
    const skip = page?.skip ?? 0;
    const take = Math.min(page?.take ?? pagination_1.DEFAULT_TAKE, pagination_1.MAX_TAKE);
    const direction = page?.sortDirection === enums_1.SortDirection.ASC ? 'asc' : 'desc';
    const table = (0, read_model_1.tableName)(ctx, entity);
    const where = filter.toSql();
    const n = filter.params.length;
    const pageSql = `from ${table} t where ${where} order by t.${sortColumn} ${direction}, t.id ${direction} offset $${n + 1} limit $${n + 2}`;
    const params = [...filter.params, skip, take];
    const rendered = ctx.readPath === 'rendered' ? (0, rendered_read_1.renderedItemsSql)(ctx, info, entity) : null;
    let items;
    try {
        if (rendered) {
            const rows = await ctx.db.query(`select ${rendered.sql}::text as item ${pageSql}`, params);
            ctx.renderedItems.push({ path: (0, graphql_1.responsePathAsArray)(info.path), key: rendered.key, items: rows.map((row) => row.item) });
            items = [];
        }
        else {
            items = await ctx.db.query(`select ${(0, nested_read_1.listSelect)(ctx, ctx.readPath === 'loaders' ? undefined : info, entity)} ${pageSql}`, params);
        }
    }
    catch (error) {
        throw embeddedListTooLong(error) ?? error;
    }
    let total;
    const count = async () => {
        const [row] = await ctx.db.query(`select count(*) as count from ${table} t where ${where}`, filter.params);
        return Number(row.count);
    };
    return {
        items,
        get totalItems() {
            return (total ??= count());
        },
    };
}
//# sourceMappingURL=list-query.js.map