import { GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { RequestContext } from '../context';
import { placeRenderedItems } from './rendered-read';

/**
 * Executes operations with graphql-jit inside Apollo Server, plugged in through Apollo's gateway
 * interface: Apollo still parses and validates every document against the schema and runs its
 * plugins; only execution is replaced. graphql-jit compiles each document once into plain
 * JavaScript, about twice as fast as graphql-js on nested lists (docs/read-path.md). Compiled queries
 * are cached per parsed document (Apollo reuses the same DocumentNode for a repeated query text).
 * `compiled` hears of each operation Apollo has validated and that compiled, before it executes
 * (http/known-queries.ts serves the next ones).
 */
export function jitGateway(
  schema: GraphQLSchema,
  compiled?: (operation: { source: string; operationName: string | undefined; document: DocumentNode; operation: OperationDefinitionNode; query: CompiledQuery }) => void,
): GatewayInterface {
  const byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      entry = compileQuery(schema, document, operationName ?? undefined);
      byOperation.set(key, entry);
    }
    return entry;
  };

  return {
    async load() {
      return {
        executor: async (request) => {
          // Apollo leaves an operation name that names no operation to the executor, which must
          // refuse it as graphql-js would (graphql-jit would run the document's only operation).
          if (!request.operation) {
            const name = request.request.operationName;
            return { errors: [new GraphQLError(name ? `Unknown operation named "${name}".` : 'Must provide operation name if query contains multiple operations.')] };
          }
          const query = compile(request.document, request.operationName);
          if (!isCompiledQuery(query)) return query;
          compiled?.({ source: request.source, operationName: request.request.operationName, document: request.document, operation: request.operation, query });
          const context = request.context as RequestContext;
          const result = await query.query(undefined, context, request.request.variables ?? {});
          if (context.renderedItems.length) placeRenderedItems(result.data, context.renderedItems, context.responseSink);
          if (result.data === undefined && result.errors) {
            // Only variable coercion fails before execution: that is the client's input.
            return {
              errors: result.errors.map(
                (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } }),
              ),
            };
          }
          return result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
