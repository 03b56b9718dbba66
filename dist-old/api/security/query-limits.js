"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNPAGED_LIST_MAX = exports.DEFAULT_QUERY_LIMITS = void 0;
exports.listBound = listBound;
exports.isEnforcedBound = isEnforcedBound;
exports.listTooLong = listTooLong;
exports.enforceListBounds = enforceListBounds;
exports.measureOperation = measureOperation;
exports.queryLimitsPlugin = queryLimitsPlugin;
exports.queryLimitsFromEnv = queryLimitsFromEnv;
const graphql_1 = require("graphql");
const pagination_1 = require("../../schema/pagination");
const config_1 = require("../config");
exports.DEFAULT_QUERY_LIMITS = { maxDepth: 12, maxCost: 250_000 };
/**
 * The most rows a list without paging (an invoice's lines, a beneficiary's work records…) answers; its
 * cost counts this many. A longer list is refused with LIST_TOO_LONG (`enforceListBounds`, and in the
 * SQL of embedded reads), pointing to the paged query that reads it: the bound is real, not a guess.
 */
exports.UNPAGED_LIST_MAX = 100;
/** Tighter bounds, where a list is read nested in pages (documents' lines, allocations). */
const ENFORCED_BOUNDS = {
    'Quote.lines': 50, 'Order.lines': 50, 'DeliveryNote.lines': 50, 'Invoice.lines': 50, 'CreditNote.lines': 50,
    'OrderLine.allocations': 20, 'ProductionTask.allocations': 20,
    // The links along the chain: partial deliveries, invoices and credit notes of one line or document.
    'QuoteLine.orderLines': 10, 'OrderLine.deliveryLines': 10, 'OrderLine.invoiceLines': 30, 'OrderLine.productionTasks': 20,
    'DeliveryNoteLine.invoiceLines': 10, 'InvoiceLine.creditNoteLines': 10,
};
/** Lists bounded by what they are, not enforced at read: VAT rates, roles, months, service types, mutation results. */
const STRUCTURAL_BOUNDS = {
    'Quote.vatBreakdown': 5, 'Order.vatBreakdown': 5, 'Invoice.vatBreakdown': 5, 'CreditNote.vatBreakdown': 5,
    'User.roles': 7, 'Viewer.roles': 7, 'PartnerImpact.months': 12, 'PartnerImpact.serviceTypes': 10,
    'ImportRejectedError.rowErrors': 1000, 'WorkRecordValidation.records': 1000, 'AllocationExpansion.allocations': 200,
};
/** The rows an unpaged list `typeName.field` answers at most. */
function listBound(typeName, field) {
    const key = `${typeName}.${field}`;
    return STRUCTURAL_BOUNDS[key] ?? ENFORCED_BOUNDS[key] ?? exports.UNPAGED_LIST_MAX;
}
/** Whether the bound of an unpaged list is checked at read (`enforceListBounds`). */
function isEnforcedBound(typeName, field) {
    return !(`${typeName}.${field}` in STRUCTURAL_BOUNDS);
}
function listTooLong(path, bound) {
    return new graphql_1.GraphQLError(`${path} holds more than ${bound} rows, the most a nested list answers: read them through their paged query`, {
        extensions: { code: 'LIST_TOO_LONG', limit: bound },
    });
}
/**
 * Refuses unpaged lists longer than their bound (LIST_TOO_LONG), on the built schema, after every other
 * resolver is installed (the embedded reads' SQL stops at the bound too, see `relationSql`).
 */
function enforceListBounds(schema) {
    const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean).map((type) => type.name));
    for (const type of Object.values(schema.getTypeMap())) {
        if (!(0, graphql_1.isObjectType)(type) || roots.has(type.name) || type.name.startsWith('__'))
            continue;
        for (const field of Object.values(type.getFields())) {
            if (!(0, graphql_1.isListType)((0, graphql_1.getNullableType)(field.type)) || field.name === 'items' || field.args.some((arg) => arg.name === 'options'))
                continue;
            if (!isEnforcedBound(type.name, field.name))
                continue;
            const bound = listBound(type.name, field.name);
            const resolve = field.resolve ?? graphql_1.defaultFieldResolver;
            const check = (value) => {
                if (Array.isArray(value) && value.length > bound)
                    throw listTooLong(`${type.name}.${field.name}`, bound);
                return value;
            };
            field.resolve = (root, args, ctx, info) => {
                const value = resolve(root, args, ctx, info);
                return value instanceof Promise ? value.then(check) : check(value);
            };
        }
    }
    return schema;
}
/** The longest list of each introspection field in this schema (types, fields, arguments…): their real bounds. */
function introspectionBounds(schema) {
    const types = Object.values(schema.getTypeMap());
    const max = (values) => Math.max(1, ...values);
    const fieldsOf = types.flatMap((type) => ((0, graphql_1.isObjectType)(type) || (0, graphql_1.isInterfaceType)(type) ? Object.values(type.getFields()) : []));
    const directives = schema.getDirectives();
    return {
        '__Schema.types': types.length,
        '__Schema.directives': directives.length,
        '__Type.fields': max(types.map((type) => ((0, graphql_1.isObjectType)(type) || (0, graphql_1.isInterfaceType)(type) ? Object.keys(type.getFields()).length : 0))),
        '__Type.inputFields': max(types.map((type) => ((0, graphql_1.isInputObjectType)(type) ? Object.keys(type.getFields()).length : 0))),
        '__Type.enumValues': max(types.map((type) => ((0, graphql_1.isEnumType)(type) ? type.getValues().length : 0))),
        '__Type.interfaces': max(types.map((type) => ((0, graphql_1.isObjectType)(type) || (0, graphql_1.isInterfaceType)(type) ? type.getInterfaces().length : 0))),
        '__Type.possibleTypes': max(types.map((type) => ((0, graphql_1.isUnionType)(type) ? type.getTypes().length : (0, graphql_1.isInterfaceType)(type) ? schema.getPossibleTypes(type).length : 0))),
        '__Field.args': max(fieldsOf.map((field) => field.args.length)),
        '__Directive.args': max(directives.map((directive) => directive.args.length)),
        '__Directive.locations': max(directives.map((directive) => directive.locations.length)),
    };
}
const introspectionBoundsCache = new WeakMap();
/**
 * Depth and cost of an operation, fragments inlined. Every field costs 1 — `__typename` and
 * introspection fields included, each alias apart — plus its children's cost times the rows it may
 * return: `take` for paged lists (default and maximum as the API applies them), the enforced bound of
 * other lists (`listBound`), the schema's own sizes for introspection lists; `items` of a page is
 * already counted by its list's `take`. A list of scalars costs its bound.
 */
function measureOperation(schema, operation, fragments, variables) {
    const root = schema.getRootType(operation.operation);
    if (!root)
        return { depth: 0, cost: 0 };
    let introspection = introspectionBoundsCache.get(schema);
    if (!introspection)
        introspectionBoundsCache.set(schema, (introspection = introspectionBounds(schema)));
    const bounds = introspection;
    const walk = (type, selectionSet, seen) => {
        let depth = 0;
        let cost = 0;
        for (const selection of selectionSet.selections) {
            if (selection.kind === graphql_1.Kind.FIELD) {
                const name = selection.name.value;
                const field = name === '__schema' ? graphql_1.SchemaMetaFieldDef : name === '__type' ? graphql_1.TypeMetaFieldDef
                    : (0, graphql_1.isObjectType)(type) || (0, graphql_1.isInterfaceType)(type) ? type.getFields()[name] : undefined;
                if (!field) {
                    // `__typename` (or a field validation refuses): one value.
                    cost += 1;
                    depth = Math.max(depth, 1);
                    continue;
                }
                let multiplier = 1;
                if ((0, graphql_1.isListType)((0, graphql_1.getNullableType)(field.type))) {
                    multiplier = name === 'items' ? 1 : type.name.startsWith('__') ? (bounds[`${type.name}.${name}`] ?? bounds['__Schema.types']) : listBound(type.name, name);
                }
                if (field.args.some((arg) => arg.name === 'options')) {
                    const options = (0, graphql_1.getArgumentValues)(field, selection, variables).options;
                    multiplier = Math.min(Math.max(options?.take ?? pagination_1.DEFAULT_TAKE, 1), pagination_1.MAX_TAKE);
                }
                const child = selection.selectionSet
                    ? walk((0, graphql_1.getNamedType)(field.type), selection.selectionSet, seen)
                    : { depth: 0, cost: multiplier > 1 ? 1 : 0 };
                depth = Math.max(depth, 1 + child.depth);
                cost += 1 + multiplier * child.cost;
            }
            else {
                const fragment = selection.kind === graphql_1.Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
                if (!fragment || (selection.kind === graphql_1.Kind.FRAGMENT_SPREAD && seen.has(selection.name.value)))
                    continue;
                const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
                const inner = walk(condition ?? type, fragment.selectionSet, selection.kind === graphql_1.Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen);
                depth = Math.max(depth, inner.depth);
                cost += inner.cost;
            }
        }
        return { depth, cost };
    };
    return walk(root, operation.selectionSet, new Set());
}
const standardIntrospection = new WeakMap();
/**
 * The limits of an operation that introspects the schema (`__schema`, `__type` at its root): at least
 * the measure of the standard introspection query GraphiQL sends (GRAPHQL_INTROSPECTION, off in
 * production, decides whether any is answered).
 */
function limitsFor(schema, operation, limits) {
    const introspects = operation.selectionSet.selections.some((selection) => selection.kind === graphql_1.Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type'));
    if (!introspects)
        return limits;
    let standard = standardIntrospection.get(schema);
    if (!standard) {
        const document = (0, graphql_1.parse)((0, graphql_1.getIntrospectionQuery)());
        const query = document.definitions.find((definition) => definition.kind === graphql_1.Kind.OPERATION_DEFINITION);
        const fragments = {};
        for (const definition of document.definitions)
            if (definition.kind === graphql_1.Kind.FRAGMENT_DEFINITION)
                fragments[definition.name.value] = definition;
        standardIntrospection.set(schema, (standard = measureOperation(schema, query, fragments, {})));
    }
    return { maxDepth: Math.max(limits.maxDepth, standard.depth), maxCost: Math.max(limits.maxCost, standard.cost) };
}
/** Refuses, before anything executes, operations nested deeper or costing more than the limits. */
function queryLimitsPlugin(configured) {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ schema, operation, document, request }) {
                    if (!operation)
                        return;
                    const limits = limitsFor(schema, operation, configured);
                    const fragments = {};
                    for (const definition of document.definitions)
                        if (definition.kind === graphql_1.Kind.FRAGMENT_DEFINITION)
                            fragments[definition.name.value] = definition;
                    let measure;
                    try {
                        measure = measureOperation(schema, operation, fragments, request.variables ?? {});
                    }
                    catch {
                        return; // invalid argument values: execution reports them as BAD_USER_INPUT
                    }
                    if (measure.depth > limits.maxDepth) {
                        throw new graphql_1.GraphQLError(`Query depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`, {
                            extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 }, depth: measure.depth, limit: limits.maxDepth },
                        });
                    }
                    if (measure.cost > limits.maxCost) {
                        throw new graphql_1.GraphQLError(`Query cost ${measure.cost} exceeds the limit of ${limits.maxCost}`, {
                            extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, cost: measure.cost, limit: limits.maxCost },
                        });
                    }
                },
            };
        },
    };
}
/** GRAPHQL_MAX_DEPTH and GRAPHQL_MAX_COST override the defaults. */
function queryLimitsFromEnv(env = process.env) {
    const read = (name, fallback) => {
        const raw = env[name];
        if (raw === undefined || raw === '')
            return fallback;
        const value = Number(raw);
        if (!Number.isInteger(value) || value < 1)
            throw new config_1.ConfigError(`${name} must be a positive integer, got "${raw}"`);
        return value;
    };
    return { maxDepth: read('GRAPHQL_MAX_DEPTH', exports.DEFAULT_QUERY_LIMITS.maxDepth), maxCost: read('GRAPHQL_MAX_COST', exports.DEFAULT_QUERY_LIMITS.maxCost) };
}
//# sourceMappingURL=query-limits.js.map