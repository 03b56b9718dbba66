import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from './request-tracking';

/**
 * Fills the request's log fields with what only Apollo knows (operation name and type, the codes of
 * the errors sent), and answers 503 when the database was unreachable, so that clients and load
 * balancers can tell an outage from a bad request.
 */
export function observabilityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const fields = currentRequest();
          if (!fields) return;
          fields.operationName = operationName?.slice(0, 100) ?? undefined;
          fields.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
          const fields = currentRequest();
          if (fields && codes.length) fields.errorCodes = codes;
          if (codes.includes('SERVICE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
