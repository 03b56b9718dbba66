"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_RESPONSE_BYTES = exports.RenderedJson = void 0;
exports.renderedItemsSql = renderedItemsSql;
exports.placeRenderedItems = placeRenderedItems;
exports.responseSizeExceeds = responseSizeExceeds;
exports.stringifyResponse = stringifyResponse;
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const read_model_1 = require("./read-model");
const nested_read_1 = require("./nested-read");
/**
 * Rendered list pages: when everything a client selects under a list's `items` is a plain column
 * (of a scalar PostgreSQL can write as GraphQL would) or a nestable relation of such fields, the page
 * statement returns each item already as its GraphQL JSON, and the items reach the HTTP answer as that
 * text: no row parsing, no resolver, no re-serialisation in Node. Anything else (a field with its own
 * resolver, roles or middleware, arguments, directives, another scalar) keeps the ordinary path, where
 * the relations are still embedded (`nested-read.ts`). Tests compare both paths answer for answer.
 *
 * The list resolver records the rendered items on the context (`RequestContext.renderedItems`); the
 * executor puts them at their place in the result (`placeRenderedItems`), and the response is
 * stringified with them spliced in (`stringifyResponse`).
 */
/** Items rendered by PostgreSQL, each as its JSON text, standing in the result for the list's `items`. */
class RenderedJson {
    constructor(items) {
        this.items = items;
    }
}
exports.RenderedJson = RenderedJson;
const byResponseKey = (field) => field.alias?.value ?? field.name.value;
/** Fields selected below `nodes` by response key (aliases apart, fragments merged); undefined when a directive is used. */
function responseFields(info, nodes) {
    const selected = (0, nested_read_1.selectedBelow)(info, nodes, byResponseKey);
    return selected.directives ? undefined : selected.fields;
}
/** PostgreSQL's JSON for a column, as the GraphQL scalar would serialise it; undefined for another scalar. */
function leafSql(ctx, entity, alias, property, type) {
    const expression = (0, read_model_1.columnExpressions)(ctx, entity, alias).get(property);
    if (!expression || (0, graphql_1.isListType)((0, graphql_1.isNonNullType)(type) ? type.ofType : type))
        return undefined;
    const named = (0, graphql_1.getNamedType)(type);
    if ((0, graphql_1.isEnumType)(named)) {
        return `case ${expression} ${named.getValues().map((value) => `when ${(0, nested_read_1.sqlLiteral)(String(value.value))} then ${(0, nested_read_1.sqlLiteral)(value.name)}`).join(' ')} end`;
    }
    const column = ctx.db.dataSource.getMetadata(entity).columns.find((candidate) => candidate.propertyName === property);
    switch (named.name) {
        case 'ID':
        case 'String':
            return `(${expression})::text`;
        case 'Boolean':
        case 'Int':
        case 'SafeInt':
            return expression;
        case 'Float':
            return `(${expression})::float8`;
        case 'LocalDate':
            return column?.type === 'date' ? expression : undefined;
        case 'DateTimeISO':
            // As Date.prototype.toISOString: UTC, milliseconds (truncated, as JavaScript's Date parses them).
            return column?.type === 'timestamptz' ? `to_char(${alias}.${column.databaseName} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : undefined;
        default:
            return undefined;
    }
}
/** The most response keys one field may have in a rendered item. */
const MAX_RENDERED_ALIASES = 3;
function objectSql(ctx, info, entity, type, alias, nodes, depth) {
    const fields = responseFields(info, nodes);
    if (!fields)
        return undefined;
    const pairs = [];
    const keysOf = new Map();
    for (const [key, fieldNodes] of fields) {
        const name = fieldNodes[0].name.value;
        // One field under many aliases would make PostgreSQL write its value as many times: the ordinary
        // path shares one value between them, and the answer's size is checked before it is written.
        const keys = (keysOf.get(name) ?? 0) + 1;
        if (keys > MAX_RENDERED_ALIASES)
            return undefined;
        keysOf.set(name, keys);
        let sql;
        if (name === '__typename')
            sql = (0, nested_read_1.sqlLiteral)(type.name);
        else {
            const field = type.getFields()[name];
            if (!field || fieldNodes.some((node) => node.arguments?.length))
                return undefined;
            const relation = (0, nested_read_1.relationOf)(entity, name);
            const target = (0, graphql_1.getNamedType)(field.type);
            if (relation) {
                if (!(0, nested_read_1.mayRead)(ctx, entity, name) || !(0, graphql_1.isObjectType)(target))
                    return undefined;
                let child;
                sql = (0, nested_read_1.relationSql)(ctx, entity, alias, relation, depth + 1, (childAlias) => (child = objectSql(ctx, info, relation.target, target, childAlias, fieldNodes, depth + 1)) ?? 'null', name);
                if (child === undefined)
                    return undefined;
            }
            else if (!field.resolve) {
                // No resolver left (see withoutTrivialResolvers): a plain property without roles or middleware.
                sql = leafSql(ctx, entity, alias, name, field.type);
            }
        }
        if (sql === undefined)
            return undefined;
        pairs.push([key, sql]);
    }
    return (0, nested_read_1.jsonObject)(pairs);
}
const RENDERED_ITEMS = {};
/**
 * Whether the list field's resolver has a middleware, which sees the page's rows (the trace of
 * health-data reads records the beneficiary of each row it returns, schema/health-data.ts): rendered
 * items would reach it as an empty list, so such a list is never rendered.
 */
function middlewareSeesRows(info) {
    const storage = (0, type_graphql_1.getMetadataStorage)();
    const resolvers = info.parentType === info.schema.getQueryType() ? storage.queries : storage.fieldResolvers;
    return resolvers.some((resolver) => resolver.schemaName === info.fieldName && !!resolver.middlewares?.length);
}
/**
 * The expression rendering one row of `entity` (alias `t`) as the GraphQL JSON of the list field's
 * `items`, with that response key; null when the selection cannot be rendered.
 */
function renderedItemsSql(ctx, info, entity, itemsField = 'items') {
    return (0, nested_read_1.perQuery)(RENDERED_ITEMS, ctx, info, () => {
        if (middlewareSeesRows(info))
            return null;
        const listType = (0, graphql_1.getNamedType)(info.returnType);
        const fields = responseFields(info, info.fieldNodes);
        const items = fields ? [...fields].filter(([, nodes]) => nodes[0].name.value === itemsField) : [];
        const itemType = (0, graphql_1.isObjectType)(listType) ? (0, graphql_1.getNamedType)(listType.getFields()[itemsField]?.type) : undefined;
        if (items.length !== 1 || !(0, graphql_1.isObjectType)(itemType))
            return null;
        const [key, nodes] = items[0];
        const sql = objectSql(ctx, info, entity, itemType, 't', nodes, 0);
        return sql === undefined ? null : { key, sql };
    });
}
/** Results holding rendered items (only these need the splicing stringifier), with their request's sink. */
const withRendered = new WeakMap();
/** Puts each list's rendered items at its place in the executor's result. */
function placeRenderedItems(data, rendered, sink) {
    if (!data)
        return;
    for (const { path, key, items } of rendered) {
        let node = data;
        for (const step of path)
            node = node == null ? undefined : node[step];
        if (node && typeof node === 'object' && key in node) {
            node[key] = new RenderedJson(items);
            withRendered.set(data, sink);
        }
    }
}
/** The most bytes an answer holds (about: strings count their UTF-16 length); a larger one is replaced by RESPONSE_TOO_LARGE before it is written. */
exports.MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/**
 * Whether the JSON of `value` would be longer than `limit`, stopping as soon as it is known: values
 * repeated under aliases count as many times as they are written, rendered items by their text.
 */
function responseSizeExceeds(value, limit) {
    let size = 0;
    const stack = [value];
    while (stack.length) {
        const node = stack.pop();
        if (typeof node === 'string')
            size += node.length + 2;
        else if (node instanceof RenderedJson)
            for (const item of node.items)
                size += item.length + 1;
        else if (Array.isArray(node)) {
            size += node.length + 1;
            for (const item of node)
                stack.push(item);
        }
        else if (node && typeof node === 'object') {
            for (const key in node) {
                size += key.length + 4;
                stack.push(node[key]);
            }
        }
        else
            size += 5;
        if (size > limit)
            return true;
    }
    return false;
}
const PLACEHOLDER = `__rendered_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}_`;
const PLACEHOLDERS = new RegExp(`"${PLACEHOLDER}(\\d+)"`, 'g');
/**
 * Apollo's `stringifyResult`: JSON.stringify, with rendered items spliced in as they came from
 * PostgreSQL (each list stands in the first pass as a placeholder string no data can contain by
 * chance). When the request has a sink, the answer goes there as parts and the string returned is
 * empty: the HTTP handler sends the parts.
 */
function stringifyResponse(value) {
    if (value.data && responseSizeExceeds(value.data, exports.MAX_RESPONSE_BYTES)) {
        return JSON.stringify({
            errors: [{ message: `The answer would exceed ${exports.MAX_RESPONSE_BYTES} bytes: select fewer fields or rows`, extensions: { code: 'RESPONSE_TOO_LARGE', limit: exports.MAX_RESPONSE_BYTES } }],
            data: null,
        }) + '\n';
    }
    const data = value.data;
    if (!(data && typeof data === 'object' && withRendered.has(data)))
        return JSON.stringify(value) + '\n';
    const lists = [];
    const json = JSON.stringify(value, (_key, item) => (item instanceof RenderedJson ? `${PLACEHOLDER}${lists.push(item) - 1}` : item));
    const parts = [];
    let at = 0;
    for (const match of json.matchAll(PLACEHOLDERS)) {
        parts.push(json.slice(at, match.index), '[');
        lists[Number(match[1])].items.forEach((item, index) => (index ? parts.push(',', item) : parts.push(item)));
        parts.push(']');
        at = match.index + match[0].length;
    }
    parts.push(json.slice(at), '\n');
    const sink = withRendered.get(data);
    if (!sink)
        return parts.join('');
    sink.parts = parts;
    return '';
}
//# sourceMappingURL=rendered-read.js.map