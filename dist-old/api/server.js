"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatError = formatError;
exports.createApp = createApp;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_http_1 = __importDefault(require("node:http"));
const express_1 = __importDefault(require("express"));
const server_1 = require("@apollo/server");
const disabled_1 = require("@apollo/server/plugin/disabled");
const drainHttpServer_1 = require("@apollo/server/plugin/drainHttpServer");
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const context_1 = require("./context");
const schema_build_1 = require("./schema-build");
const authenticate_1 = require("./auth/authenticate");
const change_listener_1 = require("./database/change-listener");
const read_replicas_1 = require("./database/read-replicas");
const data_source_1 = require("./database/data-source");
const request_tracking_1 = require("./observability/request-tracking");
const metrics_1 = require("./observability/metrics");
const apollo_plugin_1 = require("./observability/apollo-plugin");
const database_errors_1 = require("./observability/database-errors");
const query_limits_1 = require("./security/query-limits");
const graphiql_1 = require("./graphiql/graphiql");
const favicon_1 = require("./http/favicon");
const audit_1 = require("./security/audit");
const jit_executor_1 = require("./read/jit-executor");
const rendered_read_1 = require("./read/rendered-read");
const graphql_handler_1 = require("./http/graphql-handler");
const document_download_1 = require("./http/document-download");
const document_service_1 = require("./documents/document.service");
const report_routes_1 = require("./funders/report.routes");
const attestation_documents_1 = require("./attestation/attestation-documents");
const PASSTHROUGH_CODES = new Set([
    'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'LIST_TOO_LONG', 'SERVICE_UNAVAILABLE',
]);
/** class-validator failures become BAD_USER_INPUT naming each invalid field (with its path in nested inputs). */
function validationDetails(error) {
    const fields = [];
    const walk = (errors, prefix) => {
        for (const e of errors) {
            const field = prefix ? (/^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : `${prefix}.${e.property}`) : e.property;
            for (const message of Object.values(e.constraints ?? {}))
                fields.push({ field, message: String(message) });
            if (e.children?.length)
                walk(e.children, field);
        }
    };
    walk(error.extensions.validationErrors, '');
    return fields;
}
/**
 * What a client may see of an error: coded client errors pass through; anything else is masked and
 * logged with the request id, so no stack trace, SQL or internal message leaves the server.
 */
function formatError(logger) {
    return (formatted, error) => {
        const original = error instanceof graphql_1.GraphQLError ? (error.originalError ?? error) : error;
        if (original instanceof type_graphql_1.ArgumentValidationError) {
            const fields = validationDetails(original);
            return {
                message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
                path: formatted.path,
                extensions: { code: 'BAD_USER_INPUT', fields },
            };
        }
        const code = formatted.extensions?.code;
        if (code && PASSTHROUGH_CODES.has(code)) {
            const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
            return { ...formatted, extensions };
        }
        const errorId = node_crypto_1.default.randomUUID();
        if ((0, database_errors_1.isRefusedValue)(original)) {
            logger.warn('value refused by the database', { errorId, path: formatted.path, error: original instanceof Error ? original.message : String(original) });
            return { message: 'Invalid input: a value was refused (unsupported character, or out of range)', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', errorId } };
        }
        const reference = (0, database_errors_1.missingReference)(original);
        if (reference) {
            // Unknown and foreign ids get this same answer: nothing says whether the row exists elsewhere.
            const message = 'no such record in your organisation';
            return { message: `Invalid input: ${reference}: ${message}`, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: reference, message }] } };
        }
        if ((0, database_errors_1.isDatabaseUnavailable)(original)) {
            logger.warn('database unavailable', { errorId, path: formatted.path, error: original instanceof Error ? original.message : String(original) });
            return { message: 'Service temporarily unavailable, retry shortly', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', errorId } };
        }
        logger.error('unexpected error', {
            errorId,
            path: formatted.path,
            error: original instanceof Error ? { message: original.message, stack: original.stack } : String(original),
        });
        return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
    };
}
/**
 * Ends the request's transaction before the response leaves: commit, or roll back after a failure.
 * When the commit itself fails (the connection died), whatever the response said is withdrawn: the
 * client gets SERVICE_UNAVAILABLE (or a masked internal error), never an acknowledgement of a write
 * that did not happen.
 */
function transactionPlugin(exposeSqlCount, logger) {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ contextValue, operation }) {
                    contextValue.db.readOnly = operation?.operation === 'query';
                },
                async didEncounterErrors({ contextValue, operation }) {
                    if (operation?.operation === 'mutation')
                        contextValue.db.markFailed();
                },
                async willSendResponse({ contextValue, response }) {
                    try {
                        try {
                            await (0, audit_1.writeHealthReads)(contextValue);
                        }
                        catch (error) {
                            // An untraced read is not answered: the request ends as failed, and so does the answer.
                            contextValue.db.markFailed();
                            await contextValue.db.finish().catch(() => undefined);
                            throw error;
                        }
                        await contextValue.db.finish();
                    }
                    catch (error) {
                        const unavailable = (0, database_errors_1.isDatabaseUnavailable)(error);
                        const errorId = node_crypto_1.default.randomUUID();
                        logger.error('transaction end failed', { errorId, requestId: contextValue.requestId, error: error instanceof Error ? error.message : String(error) });
                        response.http.status = unavailable ? 503 : 500;
                        response.body = {
                            kind: 'single',
                            singleResult: {
                                data: null,
                                errors: [
                                    unavailable
                                        ? { message: 'Service temporarily unavailable, retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }
                                        : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } },
                                ],
                            },
                        };
                    }
                    if (exposeSqlCount && response.body.kind === 'single') {
                        response.body.singleResult.extensions = {
                            ...response.body.singleResult.extensions,
                            sqlStatements: contextValue.db.statementCount,
                            renderedLists: contextValue.renderedItems.length,
                        };
                    }
                },
            };
        },
    };
}
async function createApp(options) {
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    // No ETag: GraphQL answers are POST responses, never revalidated, and hashing each body (a SHA-1 of
    // up to hundreds of kilobytes) cost ~1 % of a large page's CPU.
    app.disable('etag');
    const logger = (0, request_tracking_1.contextualLogger)(options.logger);
    const metrics = new metrics_1.Metrics(options.dataSource);
    const authenticator = new authenticate_1.Authenticator(options.dataSource, options.authSecret, options.authCacheMs, !options.listenForChanges);
    const reads = options.readReplicaUrls?.length ? new read_replicas_1.ReadRouting(options.dataSource, options.readReplicaUrls, options.readRouting ?? read_replicas_1.DEFAULT_READ_ROUTING, logger) : undefined;
    const changes = options.listenForChanges
        ? new change_listener_1.ChangeListener((0, data_source_1.connectionConfig)(options.dataSource), { [authenticate_1.AUTH_CHANGE_CHANNEL]: (payload) => authenticator.heard(payload), ...(reads ? { [read_replicas_1.CLIENT_WRITE_CHANNEL]: (payload) => reads.heard(payload) } : {}) }, (listening) => {
            authenticator.setListening(listening);
            reads?.setListening(listening);
        }, logger)
        : undefined;
    if (!changes)
        reads?.setListening(true); // one process alone: no other writer to hear
    await changes?.start();
    reads?.start();
    const httpServer = node_http_1.default.createServer();
    const schema = await (0, schema_build_1.appSchema)();
    const apollo = new server_1.ApolloServer({
        gateway: (0, jit_executor_1.jitGateway)(schema),
        introspection: options.introspection,
        includeStacktraceInErrorResponses: false,
        stopOnTerminationSignals: false, // main.ts stops in order: HTTP, pool, database
        formatError: formatError(logger),
        stringifyResult: rendered_read_1.stringifyResponse,
        plugins: [
            (0, disabled_1.ApolloServerPluginCacheControlDisabled)(),
            (0, disabled_1.ApolloServerPluginLandingPageDisabled)(),
            (0, drainHttpServer_1.ApolloServerPluginDrainHttpServer)({ httpServer }),
            transactionPlugin(options.exposeSqlCount ?? false, options.logger),
            (0, query_limits_1.queryLimitsPlugin)(options.queryLimits ?? query_limits_1.DEFAULT_QUERY_LIMITS),
            (0, apollo_plugin_1.observabilityPlugin)(),
        ],
    });
    await apollo.start();
    const graphql = (0, graphql_handler_1.graphqlHandler)(apollo, async (req, sink) => {
        const user = await authenticator.authenticate(req.headers.authorization);
        const request = (0, request_tracking_1.currentRequest)();
        request.userId = user?.userId;
        request.organizationId = user?.organizationId;
        const context = new context_1.RequestContext(request.requestId, user, options.dataSource, authenticator, sink, reads && { routing: reads, client: user ? `${user.organizationId}:${user.userId}` : undefined }, options.readPath);
        if (options.traceHealthReads === false)
            context.healthReads.disable();
        return context;
    }, logger);
    app.get('/health', (_req, res) => {
        res.json({ status: 'ok' });
    });
    app.get('/ready', async (_req, res) => {
        try {
            const pending = await options.dataSource.showMigrations();
            if (pending)
                return res.status(503).json({ status: 'migrations pending' });
            await options.dataSource.query('select 1');
            return res.json({ status: 'ready' });
        }
        catch {
            return res.status(503).json({ status: 'database unreachable' });
        }
    });
    app.get('/metrics', async (_req, res) => {
        res.type(metrics.contentType).send(await metrics.render());
    });
    app.get('/favicon.ico', favicon_1.serveFavicon);
    app.use((0, report_routes_1.reportRouter)({ dataSource: options.dataSource, authenticator, logger }));
    app.use((0, attestation_documents_1.attestationDocumentsRouter)(options.dataSource, authenticator));
    (0, document_service_1.useDocumentLogger)(logger);
    app.use('/documents', (0, document_download_1.documentRouter)(options.dataSource, authenticator, logger));
    if (options.graphiql)
        app.use((0, graphiql_1.graphiqlRouter)({ developmentToken: options.developmentToken }));
    // GET and the other methods (Apollo answers them); POST never reaches Express (below).
    app.use('/graphql', (req, res) => void graphql(req, res));
    // Anything that fails in Express answers in the GraphQL error shape, never with Express's default
    // page, which shows a stack trace outside production.
    app.use((error, _req, res, next) => {
        if (res.headersSent)
            return next(error);
        const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
        if (status >= 500)
            logger.error('unexpected http error', { error: error.message });
        (0, graphql_handler_1.sendHttpError)(res, status);
    });
    const track = (0, request_tracking_1.requestTracking)(options.logger, metrics);
    const listener = (req, res) => track(req, res, () => {
        if (req.method === 'POST' && (req.url === '/graphql' || req.url?.startsWith('/graphql?')))
            void graphql(req, res);
        else
            app(req, res);
    });
    httpServer.on('request', listener);
    return {
        app: listener,
        httpServer,
        apollo,
        async close() {
            await apollo.stop();
            await changes?.stop();
            await reads?.stop();
        },
    };
}
//# sourceMappingURL=server.js.map