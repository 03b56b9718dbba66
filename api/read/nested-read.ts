import {
  defaultFieldResolver, isObjectType, Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../context';
import { holdsOneOf, readRuleOf } from '../auth/read-rules';
import { listBound } from '../security/query-limits';
import type DataLoader from 'dataloader';
import { byParentLoader, columnExpressions, defineLoader, selectList, tableName, type EntityClass } from './read-model';

/**
 * Nested reads: a list page embeds the relations its client selected in its own SQL statement, as JSON
 * built by PostgreSQL, instead of one DataLoader round per level and one resolver call per related row.
 *
 * Each relation is declared once (`belongsTo`, `hasMany`, with its loader) and named by the field
 * resolver that answers with it (`@Nests(relation)`, the method returning `relation.load(ctx, row)`):
 * one declaration gives both the loader-backed resolver and the embedded read. A list (`listQuery`)
 * asks `listSelect` for the columns and relations under its `items`; every
 * embedded object carries the same properties a loader row would (all columns, or only the selected
 * ones when nothing but plain columns and embedded relations is selected on it), so the field
 * resolvers below it work unchanged. `installNestedReads` wraps each registered field: when its parent
 * row carries the embedded value, that value is the answer; otherwise its own resolver runs (and its
 * loader). Field-level `@Authorized` roles are checked in both places with the API's checker.
 *
 * Measured on the orders page of `npm run bench` (bench/README.md).
 */

/** A to-one relation: the parent row's `foreignKey` property holds the target's id. */
interface ToOne {
  readonly kind: 'one';
  readonly target: EntityClass;
  readonly foreignKey: string;
}

/** A to-many relation: the children's `parentKey` column holds the parent's id; `orderBy` is SQL over alias `t`. */
interface ToMany {
  readonly kind: 'many';
  readonly target: EntityClass;
  readonly parentKey: string;
  readonly orderBy: string;
}

export type Relation = ToOne | ToMany;

/** A relation with its loader: what the field's resolver answers when its parent row does not embed it. */
export type LoadedRelation<Answer> = Relation & { load(ctx: RequestContext, parent: object): Promise<Answer> };

/**
 * The target a parent row points to through its `foreignKey` property (null when the key is null),
 * loaded by `byId`, the target's per-request by-id loader, so every relation to one entity shares it.
 */
export function belongsTo<Target>(target: EntityClass, foreignKey: string, byId: (ctx: RequestContext) => DataLoader<number, Target | null>): LoadedRelation<Target | null> {
  return {
    kind: 'one', target, foreignKey,
    load: async (ctx, parent) => {
      const id = (parent as Record<string, unknown>)[foreignKey];
      return id == null ? null : byId(ctx).load(Number(id));
    },
  };
}

/** The children of a parent: a per-request loader (`orderLinesByOrderId(ctx).load(id)`) carrying its relation. */
export function hasMany<Row>(target: EntityClass, parentKey: string, orderBy = 't.id') {
  const loader = defineLoader((ctx) => byParentLoader<Row>(ctx, target, parentKey, orderBy));
  const relation: LoadedRelation<Row[]> = {
    kind: 'many', target, parentKey, orderBy,
    load: (ctx, parent) => loader(ctx).load(Number((parent as { id: unknown }).id)),
  };
  return Object.assign(loader, { relation });
}

/** `@Nests` declarations not yet matched to their GraphQL field: resolver class, method, relation. */
const declared: { resolver: object; method: string; relation: Relation }[] = [];
let relations: Map<EntityClass, Map<string, Relation>> | undefined;

/**
 * On a `@FieldResolver` method: the field resolves `relation` (the method answers with
 * `relation.load(ctx, row)`), so a list page may embed it in its own statement. The one declaration of
 * a nestable relation: the entity and field come from the resolver's type-graphql metadata.
 */
export function Nests(relation: Relation): MethodDecorator {
  return (prototype, method) => {
    declared.push({ resolver: prototype.constructor, method: String(method), relation });
    relations = undefined;
  };
}

/** Every declared relation by entity and field, matched once the schema is built (type-graphql knows each resolver's type then). */
function relationsByEntity(): Map<EntityClass, Map<string, Relation>> {
  if (relations) return relations;
  const found = new Map<EntityClass, Map<string, Relation>>();
  const storage = getMetadataStorage();
  for (const { resolver, method, relation } of declared) {
    // A method of a base resolver is the subclass's once type-graphql has built the schema.
    const fields = storage.fieldResolvers.filter(
      (candidate) => candidate.methodName === method && (candidate.target === resolver || Object.prototype.isPrototypeOf.call(resolver, candidate.target)),
    );
    if (!fields.length) throw new Error(`nested reads: @Nests on ${(resolver as { name?: string }).name}.${method} needs @FieldResolver on a @Resolver(() => Type) class`);
    for (const field of fields) {
      const entity = field.getObjectType?.() as EntityClass | undefined;
      if (!entity) throw new Error(`nested reads: ${field.schemaName} has no object type yet (build the schema first)`);
      let known = found.get(entity);
      if (!known) found.set(entity, (known = new Map()));
      known.set(field.schemaName, relation);
    }
  }
  return (relations = found);
}

/** The relation a registered field of `entity` resolves, if any. */
export function relationOf(entity: EntityClass, field: string): Relation | undefined {
  return relationsByEntity().get(entity)?.get(field);
}

// ---------------------------------------------------------------------------------------------------
// What type-graphql knows of each entity's fields: which have their own resolver, and which roles.

interface FieldFacts {
  /** Fields with a resolver of their own (their parent row may need any column). */
  resolved: Set<string>;
}

const facts = new Map<EntityClass, FieldFacts>();

export function fieldFacts(entity: EntityClass): FieldFacts {
  let known = facts.get(entity);
  if (!known) {
    known = { resolved: new Set() };
    const storage = getMetadataStorage();
    for (const resolver of storage.fieldResolvers) {
      if (resolver.getObjectType?.() !== entity) continue;
      known.resolved.add(resolver.schemaName);
    }
    facts.set(entity, known);
  }
  return known;
}

const typeNames = new Map<EntityClass, string>();

/**
 * Whether the caller may read the field: its rule generated from the role matrix (its own `@Authorized`
 * roles and the rule of the type it leads to, `api/auth/read-rules.ts`), as the field's resolver checks it.
 */
export function mayRead(ctx: RequestContext, entity: EntityClass, field: string): boolean {
  return holdsOneOf(ctx, readRuleOf(typeNameOf(entity), field));
}

/** The GraphQL object type name of an entity. */
function typeNameOf(entity: EntityClass): string {
  let typeName = typeNames.get(entity);
  if (typeName === undefined) {
    typeName = getMetadataStorage().objectTypes.find((type) => type.target === entity)?.name ?? entity.name;
    typeNames.set(entity, typeName);
  }
  return typeName;
}

// ---------------------------------------------------------------------------------------------------
// Selections: every field selected under some field nodes, through fragments, merged by a key (the
// field's name here, its response key for rendered pages), and whether any directive was met.

export interface Selected {
  fields: Map<string, FieldNode[]>;
  directives: boolean;
}

const byName = (field: FieldNode) => field.name.value;

export function selectedBelow(info: GraphQLResolveInfo, nodes: readonly FieldNode[], keyOf: (field: FieldNode) => string = byName): Selected {
  const selected: Selected = { fields: new Map(), directives: false };
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) selected.directives = true;
      if (selection.kind === Kind.FIELD) {
        const key = keyOf(selection);
        const fields = selected.fields.get(key);
        if (fields) fields.push(selection);
        else selected.fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment?.directives?.length) selected.directives = true;
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) collect(node.selectionSet);
  return selected;
}

type Selection = Map<string, FieldNode[]>;

/** Fields selected below `nodes` by name (a superset is harmless here: directives are not applied). */
function below(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Selection {
  return selectedBelow(info, nodes).fields;
}

const queryCaches = new WeakMap<object, WeakMap<FieldNode, Map<string, unknown>>>();

/**
 * What `compute` derives from a field's selection and the caller's roles, cached per parsed query
 * (Apollo reuses the parsed document of a repeated query text) and roles, under `kind`.
 */
export function perQuery<T>(kind: object, ctx: RequestContext, info: GraphQLResolveInfo, compute: () => T): T {
  let byNode = queryCaches.get(kind);
  if (!byNode) queryCaches.set(kind, (byNode = new WeakMap()));
  let byRoles = byNode.get(info.fieldNodes[0]);
  if (!byRoles) byNode.set(info.fieldNodes[0], (byRoles = new Map()));
  const roles = ctx.user?.roles.join(',') ?? '';
  if (!byRoles.has(roles)) byRoles.set(roles, compute());
  return byRoles.get(roles) as T;
}

// ---------------------------------------------------------------------------------------------------
// SQL: one JSON object per embedded row, built from the same column expressions as the loaders' rows.

/** A PostgreSQL string literal. */
export const sqlLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The JSON object of `fields` ([key, SQL expression], in order). PostgreSQL writes a row as JSON
 * (`row_to_json` of a one-row subquery) at about two thirds of the cost of `json_build_object` with
 * the same values, which looks up each argument's type at every call (a 50-item page: 0.25 against
 * 0.33 ms). Column names stop at 63 bytes: an object with a longer key (a client's alias) is built with
 * json_build_object, which takes at most 100 arguments (wider objects are built in parts and merged).
 * With `from` (a FROM … WHERE clause), the object of the one row it finds, or null when none.
 */
export function jsonObject(fields: readonly (readonly [key: string, sql: string])[], from = ''): string {
  if (fields.every(([key]) => Buffer.byteLength(key) <= 63)) {
    return `(select row_to_json(j) from (select ${fields.map(([key, sql]) => `${sql} as "${key.replace(/"/g, '""')}"`).join(', ')}${from && ` ${from}`}) j)`;
  }
  const pairs = fields.flatMap(([key, sql]) => [sqlLiteral(key), sql]);
  let object: string;
  if (pairs.length <= 50) object = `json_build_object(${pairs.join(', ')})`;
  else {
    const parts: string[] = [];
    for (let i = 0; i < pairs.length; i += 50) parts.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
    object = `(${parts.join(' || ')})::json`;
  }
  return from ? `(select ${object} ${from})` : object;
}

/**
 * The properties of `entity`'s rows to read for this selection: only the selected columns (with the
 * id and the keys of the selected to-one relations) when every selected field is a plain column or an
 * embedded relation; otherwise every column, since a field resolver may read any property of its row.
 */
function columnsFor(ctx: RequestContext, entity: EntityClass, alias: string, selection: Selection): [string, string][] {
  const columns = columnExpressions(ctx, entity, alias);
  const nested = relationsByEntity().get(entity);
  const { resolved } = fieldFacts(entity);
  const narrow = [...selection.keys()].every(
    (field) => field === '__typename' || nested?.has(field) || (columns.has(field) && !resolved.has(field)),
  );
  if (!narrow) return [...columns];
  const keys = new Set<string>(['id']);
  for (const field of selection.keys()) {
    const relation = nested?.get(field);
    if (relation?.kind === 'one') keys.add(relation.foreignKey);
  }
  return [...columns].filter(([property]) => keys.has(property) || selection.has(property));
}

/** The embedded relations selected on `entity`'s rows that the caller may read, as [field, SQL expression]. */
function relationsFor(ctx: RequestContext, info: GraphQLResolveInfo, entity: EntityClass, alias: string, selection: Selection, depth: number): [string, string][] {
  const nested = relationsByEntity().get(entity);
  const found: [string, string][] = [];
  for (const [field, nodes] of selection) {
    const relation = nested?.get(field);
    if (!relation || !mayRead(ctx, entity, field)) continue;
    const selected = below(info, nodes);
    found.push([field, relationSql(ctx, entity, alias, relation, depth + 1, (child, from) => objectSql(ctx, info, relation.target, child, selected, depth + 1, from), field)]);
  }
  return found;
}

function objectSql(ctx: RequestContext, info: GraphQLResolveInfo, entity: EntityClass, alias: string, selection: Selection, depth: number, from?: string): string {
  const pairs = [...columnsFor(ctx, entity, alias, selection), ...relationsFor(ctx, info, entity, alias, selection, depth)];
  return jsonObject(pairs, from);
}

/** What the SQL of an embedded list writes when the list holds more rows than its bound: `listQuery` turns it into LIST_TOO_LONG. */
export const LIST_TOO_LONG_MARK = 'ub:list-too-long:';

/**
 * The subquery reading a relation of the row aliased `parentAlias`: one JSON object, or a JSON array in
 * the relation's order; `object` builds the object's expression over the child's alias. A list reads at
 * most its bound and one row more (`listBound` of `parent.field`): when that row exists, the statement
 * fails with LIST_TOO_LONG_MARK (a cast of a marked text to integer, evaluated only then).
 */
export function relationSql(
  ctx: RequestContext, parent: EntityClass, parentAlias: string, relation: Relation, depth: number, object: (alias: string, from?: string) => string, field: string,
): string {
  const alias = `n${depth}`;
  const table = tableName(ctx, relation.target);
  // $1 is the organisation in every list statement (`Filter`); row-level security applies as well.
  if (relation.kind === 'one') {
    const key = columnExpressions(ctx, parent, parentAlias).get(relation.foreignKey);
    if (!key) throw new Error(`${parent.name} has no property ${relation.foreignKey}`);
    // The object built over the related row in one subquery (`from` inside it), not a subquery
    // around the object's own: one subplan per row instead of two (PostgreSQL CPU of a nested page).
    return object(alias, `from ${table} ${alias} where ${alias}.organization_id = $1 and ${alias}.id = ${key}`);
  }
  const orderBy = relation.orderBy.replace(/\bt\./g, `${alias}.`);
  const typeName = typeNameOf(parent);
  const bound = listBound(typeName, field);
  return (
    `(select case when count(*) > ${bound} then (${sqlLiteral(`${LIST_TOO_LONG_MARK}${typeName}.${field}:${bound}:`)} || count(*))::int::text::json ` +
    `else coalesce(json_agg(${object(alias)} order by ${orderBy}), '[]') end ` +
    `from (select * from ${table} ${alias} where ${alias}.organization_id = $1 and ${alias}.${relation.parentKey} = ${parentAlias}.id ` +
    `order by ${orderBy} limit ${bound + 1}) ${alias})`
  );
}

const LIST_SELECT = {};

/**
 * The SELECT list of a list page's rows of `entity` (alias `t`): the columns the selection under the
 * list field's `items` needs, and the relations it selects, embedded. Without `info`, every column.
 */
export function listSelect(ctx: RequestContext, info: GraphQLResolveInfo | undefined, entity: EntityClass, itemsField = 'items'): string {
  if (!info) return selectList(ctx, entity);
  return perQuery(LIST_SELECT, ctx, info, () => {
    const selection = below(info, below(info, info.fieldNodes).get(itemsField) ?? []);
    const columns = [...columnsFor(ctx, entity, 't', selection), ...relationsFor(ctx, info, entity, 't', selection, 0)];
    return columns.map(([property, expression]) => `${expression} as "${property}"`).join(', ');
  });
}

/**
 * Lets every registered field answer from its parent row when the row embeds it (and the caller may
 * read it), before its resolver. Run once on the built schema, before any query is compiled.
 */
export function installNestedReads(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const [entity, fields] of relationsByEntity()) {
    const typeName = storage.objectTypes.find((type) => type.target === entity)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type)) throw new Error(`nested reads: ${entity.name} is not a GraphQL object type of the schema`);
    for (const name of fields.keys()) {
      const field = type.getFields()[name];
      if (!field || field.args.length) throw new Error(`nested reads: ${type.name}.${name} must be a field without arguments`);
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root: Record<string, unknown>, args, ctx: RequestContext, info) =>
        Object.prototype.hasOwnProperty.call(root, name) && mayRead(ctx, entity, name) ? root[name] : resolve(root, args, ctx, info);
    }
  }
  return schema;
}
