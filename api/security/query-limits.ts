import {
  getArgumentValues, getNamedType, getNullableType, GraphQLError, isListType, isObjectType, isInterfaceType, Kind,
  type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_TAKE, MAX_TAKE } from '../common/list-query';
import { ConfigError } from '../config';

export interface QueryLimits {
  /** Nesting of fields below the operation (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Estimated rows × fields; see `operationCost`. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 50_000 };

/** Nested lists without paging (an invoice's lines, payments…) are assumed this long when costing. */
const LIST_FANOUT = 3;

interface Measure {
  depth: number;
  cost: number;
}

/**
 * Depth and cost of an operation, fragments inlined. Each field costs 1 plus its children's cost
 * times the rows it may return: `take` for paged lists (default and maximum as the API applies them),
 * LIST_FANOUT for other lists; `items` of a page is already counted by its list's `take`.
 * Introspection (`__schema`, `__type`) is not counted: GRAPHQL_INTROSPECTION governs it.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Measure {
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0 };
  const walk = (type: GraphQLCompositeType, selectionSet: SelectionSetNode, seen: Set<string>): Measure => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        if (!field) continue;
        let multiplier = 1;
        if (isListType(getNullableType(field.type))) multiplier = name === 'items' ? 1 : LIST_FANOUT;
        if (field.args.some((arg) => arg.name === 'options')) {
          const options = getArgumentValues(field, selection, variables).options as { take?: number } | undefined;
          multiplier = Math.min(Math.max(options?.take ?? DEFAULT_TAKE, 1), MAX_TAKE);
        }
        const child = selection.selectionSet
          ? walk(getNamedType(field.type) as GraphQLCompositeType, selection.selectionSet, seen)
          : { depth: 0, cost: 0 };
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

/** Refuses, before anything executes, operations nested deeper or costing more than the limits. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          let measure: Measure;
          try {
            measure = measureOperation(schema, operation, fragments, request.variables ?? {});
          } catch {
            return; // invalid argument values: execution reports them as BAD_USER_INPUT
          }
          if (measure.depth > limits.maxDepth) {
            throw new GraphQLError(`Query depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 }, depth: measure.depth, limit: limits.maxDepth },
            });
          }
          if (measure.cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${measure.cost} exceeds the limit of ${limits.maxCost}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, cost: measure.cost, limit: limits.maxCost },
            });
          }
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
