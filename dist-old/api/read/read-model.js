"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.columnExpressions = columnExpressions;
exports.selectList = selectList;
exports.tableName = tableName;
exports.byIdLoader = byIdLoader;
exports.groupByParent = groupByParent;
exports.byParentLoader = byParentLoader;
exports.linkedLoader = linkedLoader;
exports.aggregateLoader = aggregateLoader;
exports.defineLoader = defineLoader;
const dataloader_1 = __importDefault(require("dataloader"));
const columnLists = new WeakMap();
/**
 * The SQL expression of each property of an entity's rows, keyed by property name, derived once from
 * TypeORM's metadata: a table's snake_case columns become the entity's camelCase properties. Tables
 * with a VAT rate also get `vatRatePercent`; timestamps come as ISO 8601 text. The same expressions
 * build the SELECT lists of the loaders and the JSON objects of nested reads (`nested-read.ts`), so a
 * row has one shape whichever way it was read.
 */
function columnExpressions(ctx, entity, alias = 't') {
    let byAlias = columnLists.get(entity);
    if (!byAlias)
        columnLists.set(entity, (byAlias = new Map()));
    let columns = byAlias.get(alias);
    if (!columns) {
        const metadata = ctx.db.dataSource.getMetadata(entity);
        const expressions = new Map();
        for (const column of metadata.columns) {
            if (column.propertyName === 'organizationId')
                continue;
            expressions.set(column.propertyName, 
            // Timestamps travel as ISO 8601 text, parsed by the DateTime scalar only when a client asks for
            // them: parsing every row's created_at/updated_at into Date objects was ~6 % of a nested query.
            column.type === 'timestamptz' ? `to_json(${alias}.${column.databaseName}) #>> '{}'` : `${alias}.${column.databaseName}`);
        }
        if (metadata.columns.some((column) => column.databaseName === 'vat_rate_bp')) {
            expressions.set('vatRatePercent', `${alias}.vat_rate_bp::float8 / 100`);
        }
        byAlias.set(alias, (columns = expressions));
    }
    return columns;
}
const selectLists = new WeakMap();
/** The SELECT list of an entity's rows as plain objects: the read path never hydrates entities (docs/read-path.md). */
function selectList(ctx, entity, alias = 't') {
    let byAlias = selectLists.get(entity);
    if (!byAlias)
        selectLists.set(entity, (byAlias = new Map()));
    let list = byAlias.get(alias);
    if (!list) {
        list = [...columnExpressions(ctx, entity, alias)].map(([property, sql]) => `${sql} as "${property}"`).join(', ');
        byAlias.set(alias, list);
    }
    return list;
}
function tableName(ctx, entity) {
    return ctx.db.dataSource.getMetadata(entity).tableName;
}
/** Loads rows by id in one statement per tick; unknown ids (or another organisation's) give null. */
function byIdLoader(ctx, entity) {
    const sql = `select ${selectList(ctx, entity)} from ${tableName(ctx, entity)} t where t.organization_id = $1 and t.id = any($2::bigint[])`;
    return new dataloader_1.default(async (ids) => {
        const rows = await ctx.db.query(sql, [ctx.organizationId, ids]);
        const byId = new Map(rows.map((row) => [Number(row.id), row]));
        return ids.map((id) => byId.get(Number(id)) ?? null);
    });
}
/** Rows carrying their parent's id in `__parent`, grouped per parent in the order of `parentIds`. */
function groupByParent(parentIds, rows) {
    const groups = new Map();
    for (const row of rows) {
        const key = Number(row.__parent);
        delete row.__parent;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = []));
        group.push(row);
    }
    return parentIds.map((id) => groups.get(Number(id)) ?? []);
}
/** Loads the children of many parents in one statement per tick, grouped by the parent key column. */
function byParentLoader(ctx, entity, parentColumn, orderBy = 't.id') {
    const sql = `select ${selectList(ctx, entity)}, t.${parentColumn} as "__parent" from ${tableName(ctx, entity)} t ` +
        `where t.organization_id = $1 and t.${parentColumn} = any($2::bigint[]) order by ${orderBy}`;
    return new dataloader_1.default(async (parentIds) => groupByParent(parentIds, await ctx.db.query(sql, [ctx.organizationId, parentIds])));
}
/**
 * Loads the children of many parents through a link statement — ($1 organisation, $2 parent ids)
 * returning `parent` and `child` ids — and the children themselves through their by-id loader.
 */
function linkedLoader(ctx, linkSql, childById) {
    return new dataloader_1.default(async (parentIds) => {
        const links = await ctx.db.query(linkSql, [ctx.organizationId, parentIds]);
        const children = await childById.loadMany(links.map((link) => Number(link.child)));
        const rows = links.flatMap((link, index) => {
            const child = children[index];
            return child && !(child instanceof Error) ? [{ ...child, __parent: Number(link.parent) }] : [];
        });
        return groupByParent(parentIds, rows);
    });
}
/** Loads one aggregate row per key from a statement taking ($1 organisation, $2 keys) and returning `key`. */
function aggregateLoader(ctx, sql, empty) {
    return new dataloader_1.default(async (keys) => {
        const rows = await ctx.db.query(sql, [ctx.organizationId, keys]);
        const byKey = new Map(rows.map((row) => [Number(row.key), row]));
        return keys.map((key) => byKey.get(Number(key)) ?? empty);
    });
}
/** Declares a per-request loader: `customerById(ctx).load(id)`. */
function defineLoader(factory) {
    const key = {};
    return (ctx) => ctx.loader(key, factory);
}
//# sourceMappingURL=read-model.js.map