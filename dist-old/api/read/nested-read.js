"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIST_TOO_LONG_MARK = exports.sqlLiteral = void 0;
exports.belongsTo = belongsTo;
exports.hasMany = hasMany;
exports.relationOf = relationOf;
exports.nestable = nestable;
exports.fieldFacts = fieldFacts;
exports.mayRead = mayRead;
exports.selectedBelow = selectedBelow;
exports.perQuery = perQuery;
exports.jsonObject = jsonObject;
exports.relationSql = relationSql;
exports.listSelect = listSelect;
exports.installNestedReads = installNestedReads;
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const read_rules_1 = require("../auth/read-rules");
const query_limits_1 = require("../security/query-limits");
const read_model_1 = require("./read-model");
function belongsTo(target, foreignKey) {
    return { kind: 'one', target, foreignKey };
}
/** The children of a parent: a per-request loader (`orderLinesByOrderId(ctx).load(id)`) carrying its relation. */
function hasMany(target, parentKey, orderBy = 't.id') {
    const relation = { kind: 'many', target, parentKey, orderBy };
    return Object.assign((0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, target, parentKey, orderBy)), { relation });
}
const relations = new Map();
/** The relation a registered field of `entity` resolves, if any. */
function relationOf(entity, field) {
    return relations.get(entity)?.get(field);
}
/** Registers the GraphQL fields of `entity` that resolve these relations (field name → relation). */
function nestable(entity, fields) {
    let known = relations.get(entity);
    if (!known)
        relations.set(entity, (known = new Map()));
    for (const [field, relation] of Object.entries(fields))
        known.set(field, relation);
}
const facts = new Map();
function fieldFacts(entity) {
    let known = facts.get(entity);
    if (!known) {
        known = { resolved: new Set() };
        const storage = (0, type_graphql_1.getMetadataStorage)();
        for (const resolver of storage.fieldResolvers) {
            if (resolver.getObjectType?.() !== entity)
                continue;
            known.resolved.add(resolver.schemaName);
        }
        facts.set(entity, known);
    }
    return known;
}
const typeNames = new Map();
/**
 * Whether the caller may read the field: its rule generated from the role matrix (its own `@Authorized`
 * roles and the rule of the type it leads to, `api/auth/read-rules.ts`), as the field's resolver checks it.
 */
function mayRead(ctx, entity, field) {
    return (0, read_rules_1.holdsOneOf)(ctx, (0, read_rules_1.readRuleOf)(typeNameOf(entity), field));
}
/** The GraphQL object type name of an entity. */
function typeNameOf(entity) {
    let typeName = typeNames.get(entity);
    if (typeName === undefined) {
        typeName = (0, type_graphql_1.getMetadataStorage)().objectTypes.find((type) => type.target === entity)?.name ?? entity.name;
        typeNames.set(entity, typeName);
    }
    return typeName;
}
const byName = (field) => field.name.value;
function selectedBelow(info, nodes, keyOf = byName) {
    const selected = { fields: new Map(), directives: false };
    const collect = (set) => {
        for (const selection of set.selections) {
            if (selection.directives?.length)
                selected.directives = true;
            if (selection.kind === graphql_1.Kind.FIELD) {
                const key = keyOf(selection);
                const fields = selected.fields.get(key);
                if (fields)
                    fields.push(selection);
                else
                    selected.fields.set(key, [selection]);
            }
            else if (selection.kind === graphql_1.Kind.INLINE_FRAGMENT) {
                collect(selection.selectionSet);
            }
            else {
                const fragment = info.fragments[selection.name.value];
                if (fragment?.directives?.length)
                    selected.directives = true;
                if (fragment)
                    collect(fragment.selectionSet);
            }
        }
    };
    for (const node of nodes)
        if (node.selectionSet)
            collect(node.selectionSet);
    return selected;
}
/** Fields selected below `nodes` by name (a superset is harmless here: directives are not applied). */
function below(info, nodes) {
    return selectedBelow(info, nodes).fields;
}
const queryCaches = new WeakMap();
/**
 * What `compute` derives from a field's selection and the caller's roles, cached per parsed query
 * (Apollo reuses the parsed document of a repeated query text) and roles, under `kind`.
 */
function perQuery(kind, ctx, info, compute) {
    let byNode = queryCaches.get(kind);
    if (!byNode)
        queryCaches.set(kind, (byNode = new WeakMap()));
    let byRoles = byNode.get(info.fieldNodes[0]);
    if (!byRoles)
        byNode.set(info.fieldNodes[0], (byRoles = new Map()));
    const roles = ctx.user?.roles.join(',') ?? '';
    if (!byRoles.has(roles))
        byRoles.set(roles, compute());
    return byRoles.get(roles);
}
// ---------------------------------------------------------------------------------------------------
// SQL: one JSON object per embedded row, built from the same column expressions as the loaders' rows.
/** A PostgreSQL string literal. */
const sqlLiteral = (value) => `'${value.replace(/'/g, "''")}'`;
exports.sqlLiteral = sqlLiteral;
/**
 * The JSON object of `fields` ([key, SQL expression], in order). PostgreSQL writes a row as JSON
 * (`row_to_json` of a one-row subquery) at about two thirds of the cost of `json_build_object` with
 * the same values, which looks up each argument's type at every call (a 50-item page: 0.25 against
 * 0.33 ms). Column names stop at 63 bytes: an object with a longer key (a client's alias) is built with
 * json_build_object, which takes at most 100 arguments (wider objects are built in parts and merged).
 */
function jsonObject(fields) {
    if (fields.every(([key]) => Buffer.byteLength(key) <= 63)) {
        return `(select row_to_json(j) from (select ${fields.map(([key, sql]) => `${sql} as "${key.replace(/"/g, '""')}"`).join(', ')}) j)`;
    }
    const pairs = fields.flatMap(([key, sql]) => [(0, exports.sqlLiteral)(key), sql]);
    if (pairs.length <= 50)
        return `json_build_object(${pairs.join(', ')})`;
    const parts = [];
    for (let i = 0; i < pairs.length; i += 50)
        parts.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
    return `(${parts.join(' || ')})::json`;
}
/**
 * The properties of `entity`'s rows to read for this selection: only the selected columns (with the
 * id and the keys of the selected to-one relations) when every selected field is a plain column or an
 * embedded relation; otherwise every column, since a field resolver may read any property of its row.
 */
function columnsFor(ctx, entity, alias, selection) {
    const columns = (0, read_model_1.columnExpressions)(ctx, entity, alias);
    const nested = relations.get(entity);
    const { resolved } = fieldFacts(entity);
    const narrow = [...selection.keys()].every((field) => field === '__typename' || nested?.has(field) || (columns.has(field) && !resolved.has(field)));
    if (!narrow)
        return [...columns];
    const keys = new Set(['id']);
    for (const field of selection.keys()) {
        const relation = nested?.get(field);
        if (relation?.kind === 'one')
            keys.add(relation.foreignKey);
    }
    return [...columns].filter(([property]) => keys.has(property) || selection.has(property));
}
/** The embedded relations selected on `entity`'s rows that the caller may read, as [field, SQL expression]. */
function relationsFor(ctx, info, entity, alias, selection, depth) {
    const nested = relations.get(entity);
    const found = [];
    for (const [field, nodes] of selection) {
        const relation = nested?.get(field);
        if (!relation || !mayRead(ctx, entity, field))
            continue;
        const selected = below(info, nodes);
        found.push([field, relationSql(ctx, entity, alias, relation, depth + 1, (child) => objectSql(ctx, info, relation.target, child, selected, depth + 1), field)]);
    }
    return found;
}
function objectSql(ctx, info, entity, alias, selection, depth) {
    const pairs = [...columnsFor(ctx, entity, alias, selection), ...relationsFor(ctx, info, entity, alias, selection, depth)];
    return jsonObject(pairs);
}
/** What the SQL of an embedded list writes when the list holds more rows than its bound: `listQuery` turns it into LIST_TOO_LONG. */
exports.LIST_TOO_LONG_MARK = 'ub:list-too-long:';
/**
 * The subquery reading a relation of the row aliased `parentAlias`: one JSON object, or a JSON array in
 * the relation's order; `object` builds the object's expression over the child's alias. A list reads at
 * most its bound and one row more (`listBound` of `parent.field`): when that row exists, the statement
 * fails with LIST_TOO_LONG_MARK (a cast of a marked text to integer, evaluated only then).
 */
function relationSql(ctx, parent, parentAlias, relation, depth, object, field) {
    const alias = `n${depth}`;
    const table = (0, read_model_1.tableName)(ctx, relation.target);
    // $1 is the organisation in every list statement (`Filter`); row-level security applies as well.
    if (relation.kind === 'one') {
        const key = (0, read_model_1.columnExpressions)(ctx, parent, parentAlias).get(relation.foreignKey);
        if (!key)
            throw new Error(`${parent.name} has no property ${relation.foreignKey}`);
        return `(select ${object(alias)} from ${table} ${alias} where ${alias}.organization_id = $1 and ${alias}.id = ${key})`;
    }
    const orderBy = relation.orderBy.replace(/\bt\./g, `${alias}.`);
    const typeName = typeNameOf(parent);
    const bound = (0, query_limits_1.listBound)(typeName, field);
    return (`(select case when count(*) > ${bound} then (${(0, exports.sqlLiteral)(`${exports.LIST_TOO_LONG_MARK}${typeName}.${field}:${bound}:`)} || count(*))::int::text::json ` +
        `else coalesce(json_agg(${object(alias)} order by ${orderBy}), '[]') end ` +
        `from (select * from ${table} ${alias} where ${alias}.organization_id = $1 and ${alias}.${relation.parentKey} = ${parentAlias}.id ` +
        `order by ${orderBy} limit ${bound + 1}) ${alias})`);
}
const LIST_SELECT = {};
/**
 * The SELECT list of a list page's rows of `entity` (alias `t`): the columns the selection under the
 * list field's `items` needs, and the relations it selects, embedded. Without `info`, every column.
 */
function listSelect(ctx, info, entity, itemsField = 'items') {
    if (!info)
        return (0, read_model_1.selectList)(ctx, entity);
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
function installNestedReads(schema) {
    const storage = (0, type_graphql_1.getMetadataStorage)();
    for (const [entity, fields] of relations) {
        const typeName = storage.objectTypes.find((type) => type.target === entity)?.name;
        const type = typeName ? schema.getType(typeName) : undefined;
        if (!(0, graphql_1.isObjectType)(type))
            throw new Error(`nested reads: ${entity.name} is not a GraphQL object type of the schema`);
        for (const name of fields.keys()) {
            const field = type.getFields()[name];
            if (!field || field.args.length)
                throw new Error(`nested reads: ${type.name}.${name} must be a field without arguments`);
            const resolve = field.resolve ?? graphql_1.defaultFieldResolver;
            field.resolve = (root, args, ctx, info) => Object.prototype.hasOwnProperty.call(root, name) && mayRead(ctx, entity, name) ? root[name] : resolve(root, args, ctx, info);
        }
    }
    return schema;
}
//# sourceMappingURL=nested-read.js.map