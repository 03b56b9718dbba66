import {
  defaultFieldResolver, getArgumentValues, getNamedType, getNullableType, GraphQLError, isEnumType, isInputObjectType, isInterfaceType, isListType,
  isObjectType, isUnionType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef, getIntrospectionQuery, parse,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLFieldResolver, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_TAKE, MAX_TAKE } from '../../schema/pagination';
import { ConfigError } from '../config';

export interface QueryLimits {
  /** Nesting of fields below the operation (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Estimated rows × fields; see `operationCost`. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 250_000 };

/**
 * The most rows a list without paging (an invoice's lines, a beneficiary's work records…) answers; its
 * cost counts this many. A longer list is refused with LIST_TOO_LONG (`enforceListBounds`, and in the
 * SQL of embedded reads), pointing to the paged query that reads it: the bound is real, not a guess.
 */
export const UNPAGED_LIST_MAX = 100;

/** Tighter bounds, where a list is read nested in pages (documents' lines, allocations). */
const ENFORCED_BOUNDS: Record<string, number> = {
  'Quote.lines': 50, 'Order.lines': 50, 'DeliveryNote.lines': 50, 'Invoice.lines': 50, 'CreditNote.lines': 50,
  'OrderLine.allocations': 20, 'ProductionTask.allocations': 20,
  // The links along the chain: partial deliveries, invoices and credit notes of one line or document.
  'QuoteLine.orderLines': 10, 'OrderLine.deliveryLines': 10, 'OrderLine.invoiceLines': 30, 'OrderLine.productionTasks': 20,
  'DeliveryNoteLine.invoiceLines': 10, 'InvoiceLine.creditNoteLines': 10,
};

/** Lists bounded by what they are, not enforced at read: VAT rates, roles, months, service types, mutation results. */
const STRUCTURAL_BOUNDS: Record<string, number> = {
  'Quote.vatBreakdown': 5, 'Order.vatBreakdown': 5, 'Invoice.vatBreakdown': 5, 'CreditNote.vatBreakdown': 5,
  'User.roles': 7, 'Viewer.roles': 7, 'PartnerImpact.months': 12, 'PartnerImpact.serviceTypes': 10,
  'ImportRejectedError.rowErrors': 1000, 'WorkRecordValidation.records': 1000, 'AllocationExpansion.allocations': 200,
};

/** The rows an unpaged list `typeName.field` answers at most. */
export function listBound(typeName: string, field: string): number {
  const key = `${typeName}.${field}`;
  return STRUCTURAL_BOUNDS[key] ?? ENFORCED_BOUNDS[key] ?? UNPAGED_LIST_MAX;
}

/** Whether the bound of an unpaged list is checked at read (`enforceListBounds`). */
export function isEnforcedBound(typeName: string, field: string): boolean {
  return !(`${typeName}.${field}` in STRUCTURAL_BOUNDS);
}

export function listTooLong(path: string, bound: number): GraphQLError {
  return new GraphQLError(`${path} holds more than ${bound} rows, the most a nested list answers: read them through their paged query`, {
    extensions: { code: 'LIST_TOO_LONG', limit: bound },
  });
}

/**
 * Refuses unpaged lists longer than their bound (LIST_TOO_LONG), on the built schema, after every other
 * resolver is installed (the embedded reads' SQL stops at the bound too, see `relationSql`).
 */
export function enforceListBounds(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean).map((type) => type!.name));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type.name) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || field.name === 'items' || field.args.some((arg) => arg.name === 'options')) continue;
      if (!isEnforcedBound(type.name, field.name)) continue;
      const bound = listBound(type.name, field.name);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const check = (value: unknown) => {
        if (Array.isArray(value) && value.length > bound) throw listTooLong(`${type.name}.${field.name}`, bound);
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
function introspectionBounds(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const max = (values: number[]) => Math.max(1, ...values);
  const fieldsOf = types.flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []));
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': max(types.map((type) => (isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()).length : 0))),
    '__Type.inputFields': max(types.map((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0))),
    '__Type.enumValues': max(types.map((type) => (isEnumType(type) ? type.getValues().length : 0))),
    '__Type.interfaces': max(types.map((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0))),
    '__Type.possibleTypes': max(types.map((type) => (isUnionType(type) ? type.getTypes().length : isInterfaceType(type) ? schema.getPossibleTypes(type).length : 0))),
    '__Field.args': max(fieldsOf.map((field) => field.args.length)),
    '__Directive.args': max(directives.map((directive) => directive.args.length)),
    '__Directive.locations': max(directives.map((directive) => directive.locations.length)),
  };
}

const introspectionBoundsCache = new WeakMap<GraphQLSchema, Record<string, number>>();

interface Measure {
  depth: number;
  cost: number;
}

/**
 * Depth and cost of an operation, fragments inlined. Every field costs 1 — `__typename` and
 * introspection fields included, each alias apart — plus its children's cost times the rows it may
 * return: `take` for paged lists (default and maximum as the API applies them), the enforced bound of
 * other lists (`listBound`), the schema's own sizes for introspection lists; `items` of a page is
 * already counted by its list's `take`. A list of scalars costs its bound.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Measure {
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0 };
  let introspection = introspectionBoundsCache.get(schema);
  if (!introspection) introspectionBoundsCache.set(schema, (introspection = introspectionBounds(schema)));
  const bounds = introspection;
  const walk = (type: GraphQLCompositeType, selectionSet: SelectionSetNode, seen: Set<string>): Measure => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = name === '__schema' ? SchemaMetaFieldDef : name === '__type' ? TypeMetaFieldDef
          : isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        if (!field) {
          // `__typename` (or a field validation refuses): one value.
          cost += 1;
          depth = Math.max(depth, 1);
          continue;
        }
        let multiplier = 1;
        if (isListType(getNullableType(field.type))) {
          multiplier = name === 'items' ? 1 : type.name.startsWith('__') ? (bounds[`${type.name}.${name}`] ?? bounds['__Schema.types']) : listBound(type.name, name);
        }
        if (field.args.some((arg) => arg.name === 'options')) {
          const options = getArgumentValues(field, selection, variables).options as { take?: number } | undefined;
          multiplier = Math.min(Math.max(options?.take ?? DEFAULT_TAKE, 1), MAX_TAKE);
        }
        const child = selection.selectionSet
          ? walk(getNamedType(field.type) as GraphQLCompositeType, selection.selectionSet, seen)
          : { depth: 0, cost: multiplier > 1 ? 1 : 0 };
        depth = Math.max(depth, 1 + child.depth);
        cost += 1 + multiplier * child.cost;
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        const condition = fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
        const inner = walk(condition ?? type, fragment.selectionSet, selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen);
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };
  return walk(root, operation.selectionSet, new Set());
}

const standardIntrospection = new WeakMap<GraphQLSchema, Measure>();

/**
 * The limits of an operation that introspects the schema (`__schema`, `__type` at its root): at least
 * the measure of the standard introspection query GraphiQL sends (GRAPHQL_INTROSPECTION, off in
 * production, decides whether any is answered).
 */
function limitsFor(schema: GraphQLSchema, operation: OperationDefinitionNode, limits: QueryLimits): QueryLimits {
  const introspects = operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type'));
  if (!introspects) return limits;
  let standard = standardIntrospection.get(schema);
  if (!standard) {
    const document = parse(getIntrospectionQuery());
    const query = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    standardIntrospection.set(schema, (standard = measureOperation(schema, query, fragments, {})));
  }
  return { maxDepth: Math.max(limits.maxDepth, standard.depth), maxCost: Math.max(limits.maxCost, standard.cost) };
}

/** The refusal of `operation` with these variables when it is nested deeper or costs more than the limits, else undefined. */
export function queryLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  configured: QueryLimits,
): GraphQLError | undefined {
  const limits = limitsFor(schema, operation, configured);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  let measure: Measure;
  try {
    measure = measureOperation(schema, operation, fragments, variables);
  } catch {
    return undefined; // invalid argument values: execution reports them as BAD_USER_INPUT
  }
  if (measure.depth > limits.maxDepth) {
    return new GraphQLError(`Query depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`, {
      extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 }, depth: measure.depth, limit: limits.maxDepth },
    });
  }
  if (measure.cost > limits.maxCost) {
    return new GraphQLError(`Query cost ${measure.cost} exceeds the limit of ${limits.maxCost}`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, cost: measure.cost, limit: limits.maxCost },
    });
  }
  return undefined;
}

/** Refuses, before anything executes, operations nested deeper or costing more than the limits. */
export function queryLimitsPlugin(configured: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const refusal = queryLimitError(schema, document, operation, request.variables ?? {}, configured);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** GRAPHQL_MAX_DEPTH and GRAPHQL_MAX_COST override the defaults. */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  return { maxDepth: read('GRAPHQL_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth), maxCost: read('GRAPHQL_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost) };
}
