"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.observabilityPlugin = observabilityPlugin;
const graphql_1 = require("graphql");
const request_tracking_1 = require("./request-tracking");
/**
 * Fills the request's log fields with what only Apollo knows (operation name and type, the codes of
 * the errors sent), and answers 503 when the database was unreachable, so that clients and load
 * balancers can tell an outage from a bad request.
 */
function observabilityPlugin() {
    return {
        async requestDidStart() {
            return {
                // graphql-jit builds its errors with `extensions` undefined when the thrown error has none
                // (a driver error, a TypeError); Apollo's error formatting then fails before our formatError
                // runs: the client gets a bare error and nothing is logged. Such errors are replaced, in the
                // list Apollo formats next, by standard ones carrying the same original error.
                async didEncounterErrors({ errors }) {
                    const list = errors;
                    list.forEach((error, index) => {
                        if (!error.extensions)
                            list[index] = new graphql_1.GraphQLError(error.message, { nodes: error.nodes, path: error.path, originalError: error.originalError ?? undefined });
                    });
                },
                async didResolveOperation({ operationName, operation }) {
                    const fields = (0, request_tracking_1.currentRequest)();
                    if (!fields)
                        return;
                    fields.operationName = operationName?.slice(0, 100) ?? undefined;
                    fields.operationType = operation?.operation;
                },
                async willSendResponse({ response }) {
                    if (response.body.kind !== 'single')
                        return;
                    const codes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
                    const fields = (0, request_tracking_1.currentRequest)();
                    if (fields && codes.length)
                        fields.errorCodes = codes;
                    if (codes.includes('SERVICE_UNAVAILABLE'))
                        response.http.status = 503;
                },
            };
        },
    };
}
//# sourceMappingURL=apollo-plugin.js.map