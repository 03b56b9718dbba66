import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { attachRequest, noteOperation } from './request-tracking';

/**
 * Fills the request's log fields with what only Apollo knows (operation name and type, the codes of
 * the errors sent), and answers 503 when the database was unreachable, so that clients and load
 * balancers can tell an outage from a bad request.
 */
export function observabilityPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        // graphql-jit builds its errors with `extensions` undefined when the thrown error has none
        // (a driver error, a TypeError); Apollo's error formatting then fails before our formatError
        // runs: the client gets a bare error and nothing is logged. Such errors are replaced, in the
        // list Apollo formats next, by standard ones carrying the same original error.
        // Each error then carries its request, for formatError's log line.
        async didEncounterErrors({ errors, contextValue }) {
          const list = errors as GraphQLError[];
          list.forEach((error, index) => {
            if (!error.extensions) list[index] = new GraphQLError(error.message, { nodes: error.nodes, path: error.path, originalError: error.originalError ?? undefined });
            attachRequest(list[index], contextValue.logFields);
          });
        },
        async didResolveOperation({ operationName, operation, contextValue }) {
          noteOperation(contextValue.logFields, operationName, operation?.operation);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
          const fields = contextValue.logFields;
          if (fields && codes.length) fields.errorCodes = codes;
          if (codes.includes('SERVICE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
