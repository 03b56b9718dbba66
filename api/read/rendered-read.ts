import {
  getNamedType, isEnumType, isListType, isNonNullType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../context';
import type { RenderedItems, ResponseSink } from './request-reads';
import { columnExpressions, type EntityClass } from './read-model';
import { jsonObject, mayRead, perQuery, relationOf, relationSql, selectedBelow, sqlLiteral } from './nested-read';

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
export class RenderedJson {
  constructor(readonly items: readonly string[]) {}
}

const byResponseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** Fields selected below `nodes` by response key (aliases apart, fragments merged); undefined when a directive is used. */
function responseFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, FieldNode[]> | undefined {
  const selected = selectedBelow(info, nodes, byResponseKey);
  return selected.directives ? undefined : selected.fields;
}

/** PostgreSQL's JSON for a column, as the GraphQL scalar would serialise it; undefined for another scalar. */
function leafSql(ctx: RequestContext, entity: EntityClass, alias: string, property: string, type: GraphQLOutputType): string | undefined {
  const expression = columnExpressions(ctx, entity, alias).get(property);
  if (!expression || isListType(isNonNullType(type) ? type.ofType : type)) return undefined;
  const named = getNamedType(type);
  if (isEnumType(named)) {
    return `case ${expression} ${named.getValues().map((value) => `when ${sqlLiteral(String(value.value))} then ${sqlLiteral(value.name)}`).join(' ')} end`;
  }
  const column = ctx.db.dataSource.getMetadata(entity as unknown as new () => object).columns.find((candidate) => candidate.propertyName === property);
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

function objectSql(
  ctx: RequestContext, info: GraphQLResolveInfo, entity: EntityClass, type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[], depth: number, from?: string,
): string | undefined {
  const fields = responseFields(info, nodes);
  if (!fields) return undefined;
  const pairs: [string, string][] = [];
  const keysOf = new Map<string, number>();
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0].name.value;
    // One field under many aliases would make PostgreSQL write its value as many times: the ordinary
    // path shares one value between them, and the answer's size is checked before it is written.
    const keys = (keysOf.get(name) ?? 0) + 1;
    if (keys > MAX_RENDERED_ALIASES) return undefined;
    keysOf.set(name, keys);
    let sql: string | undefined;
    if (name === '__typename') sql = sqlLiteral(type.name);
    else {
      const field = type.getFields()[name];
      if (!field || fieldNodes.some((node) => node.arguments?.length)) return undefined;
      const relation = relationOf(entity, name);
      const target = getNamedType(field.type);
      if (relation) {
        if (!mayRead(ctx, entity, name) || !isObjectType(target)) return undefined;
        let child: string | undefined;
        sql = relationSql(ctx, entity, alias, relation, depth + 1, (childAlias, from) => (child = objectSql(ctx, info, relation.target, target, childAlias, fieldNodes, depth + 1, from)) ?? 'null', name);
        if (child === undefined) return undefined;
      } else if (!field.resolve) {
        // No resolver left (see withoutTrivialResolvers): a plain property without roles or middleware.
        sql = leafSql(ctx, entity, alias, name, field.type);
      }
    }
    if (sql === undefined) return undefined;
    pairs.push([key, sql]);
  }
  return jsonObject(pairs, from);
}

const RENDERED_ITEMS = {};

/**
 * Whether the list field's resolver has a middleware, which sees the page's rows (the trace of
 * health-data reads records the beneficiary of each row it returns, schema/health-data.ts): rendered
 * items would reach it as an empty list, so such a list is never rendered.
 */
function middlewareSeesRows(info: GraphQLResolveInfo): boolean {
  const storage = getMetadataStorage();
  const resolvers = info.parentType === info.schema.getQueryType() ? storage.queries : storage.fieldResolvers;
  return resolvers.some((resolver) => resolver.schemaName === info.fieldName && !!resolver.middlewares?.length);
}

/**
 * The expression rendering one row of `entity` (alias `t`) as the GraphQL JSON of the list field's
 * `items`, with that response key; null when the selection cannot be rendered.
 */
export function renderedItemsSql(ctx: RequestContext, info: GraphQLResolveInfo, entity: EntityClass, itemsField = 'items'): { key: string; sql: string } | null {
  return perQuery(RENDERED_ITEMS, ctx, info, () => {
    if (middlewareSeesRows(info)) return null;
    const listType = getNamedType(info.returnType);
    const fields = responseFields(info, info.fieldNodes);
    const items = fields ? [...fields].filter(([, nodes]) => nodes[0].name.value === itemsField) : [];
    const itemType = isObjectType(listType) ? getNamedType(listType.getFields()[itemsField]?.type) : undefined;
    if (items.length !== 1 || !isObjectType(itemType)) return null;
    const [key, nodes] = items[0];
    const sql = objectSql(ctx, info, entity, itemType, 't', nodes, 0);
    return sql === undefined ? null : { key, sql };
  });
}

/** Results holding rendered items (only these need the splicing stringifier), with their request's sink. */
const withRendered = new WeakMap<object, ResponseSink | undefined>();

/** Puts each list's rendered items at its place in the executor's result. */
export function placeRenderedItems(data: Record<string, unknown> | null | undefined, rendered: readonly RenderedItems[], sink?: ResponseSink): void {
  if (!data) return;
  for (const { path, key, items } of rendered) {
    let node: unknown = data;
    for (const step of path) node = node == null ? undefined : (node as Record<string | number, unknown>)[step];
    if (node && typeof node === 'object' && key in node) {
      (node as Record<string, unknown>)[key] = new RenderedJson(items);
      withRendered.set(data, sink);
    }
  }
}

/** The most bytes an answer holds (about: strings count their UTF-16 length); a larger one is replaced by RESPONSE_TOO_LARGE before it is written. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * Whether the JSON of `value` would be longer than `limit`, stopping as soon as it is known: values
 * repeated under aliases count as many times as they are written, rendered items by their text.
 */
export function responseSizeExceeds(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') size += node.length + 2;
    else if (node instanceof RenderedJson) for (const item of node.items) size += item.length + 1;
    else if (Array.isArray(node)) {
      size += node.length + 1;
      for (const item of node) stack.push(item);
    } else if (node && typeof node === 'object') {
      for (const key in node) {
        size += key.length + 4;
        stack.push((node as Record<string, unknown>)[key]);
      }
    } else size += 5;
    if (size > limit) return true;
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
export function stringifyResponse(value: { errors?: unknown; data?: unknown; extensions?: unknown }): string {
  if (value.data && responseSizeExceeds(value.data, MAX_RESPONSE_BYTES)) {
    return JSON.stringify({
      errors: [{ message: `The answer would exceed ${MAX_RESPONSE_BYTES} bytes: select fewer fields or rows`, extensions: { code: 'RESPONSE_TOO_LARGE', limit: MAX_RESPONSE_BYTES } }],
      data: null,
    }) + '\n';
  }
  const data = value.data;
  if (!(data && typeof data === 'object' && withRendered.has(data))) return JSON.stringify(value) + '\n';
  const lists: RenderedJson[] = [];
  const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof RenderedJson ? `${PLACEHOLDER}${lists.push(item) - 1}` : item));
  const parts: string[] = [];
  let at = 0;
  for (const match of json.matchAll(PLACEHOLDERS)) {
    parts.push(json.slice(at, match.index), '[');
    lists[Number(match[1])].items.forEach((item, index) => (index ? parts.push(',', item) : parts.push(item)));
    parts.push(']');
    at = match.index + match[0].length;
  }
  parts.push(json.slice(at), '\n');
  const sink = withRendered.get(data);
  if (!sink) return parts.join('');
  sink.parts = parts;
  return '';
}
