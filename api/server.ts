import crypto from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { ArgumentValidationError } from 'type-graphql';
import { RequestContext } from './context';
import { appSchema } from './schema-build';
import { AUTH_CHANGE_CHANNEL, Authenticator } from './auth/authenticate';
import { ChangeListener } from './database/change-listener';
import { CLIENT_WRITE_CHANNEL, DEFAULT_READ_ROUTING, ReadRouting, type ReadRoutingOptions } from './database/read-replicas';
import { connectionConfig } from './database/data-source';
import { attachRequest, requestFieldsOf, requestLogFields, requestLogFieldsOf, requestTracking } from './observability/request-tracking';
import { Metrics } from './observability/metrics';
import { observabilityPlugin } from './observability/apollo-plugin';
import { isDatabaseUnavailable, isRefusedValue, missingReference } from './observability/database-errors';
import { DEFAULT_QUERY_LIMITS, queryLimitError, queryLimitsPlugin, type QueryLimits } from './security/query-limits';
import { graphiqlRouter } from './graphiql/graphiql';
import { serveFavicon } from './http/favicon';
import { writeHealthReads } from './security/audit';
import { jitGateway } from './read/jit-executor';
import { stringifyResponse } from './read/rendered-read';
import type { ReadPath, ResponseSink } from './read/request-reads';
import { graphqlHandler, sendHttpError } from './http/graphql-handler';
import { KnownQueries } from './http/known-queries';
import type { Logger } from './logger';
import { documentRouter } from './http/document-download';
import { useDocumentLogger, useDocumentRenderer } from './documents/document.service';
import { createRenderPool, type RenderPool } from './attestation/render-pool';
import { reportRouter } from './funders/report.routes';
import { carnetRouter } from './skills/carnet.routes';
import { attestationDocumentsRouter } from './attestation/attestation-documents';

export interface ServerOptions {
  dataSource: DataSource;
  authSecret: string;
  introspection: boolean;
  logger: Logger;
  /** Serve GraphiQL to browsers at GET /graphql (default: off). */
  graphiql?: boolean;
  /** Pre-filled in GraphiQL in development (main.ts never makes one in production). */
  developmentToken?: string;
  /** Adds `extensions.sqlStatements` to responses (tests and benchmarks). */
  exposeSqlCount?: boolean;
  /** Trace reads of health data in the audit log (default true; false only to measure its cost, bench/). */
  traceHealthReads?: boolean;
  /** Depth and cost limits of operations (default DEFAULT_QUERY_LIMITS). */
  queryLimits?: QueryLimits;
  /**
   * Hear the changes of other processes (database/change-listener.ts: accounts and keys, clients'
   * writes) on a connection of its own, with the data source's credentials: what `npm start` does.
   * Off, this process's caches only see its own changes (tests of a single app).
   */
  listenForChanges?: boolean;
  /** Read replicas (READ_DATABASE_URL): queries read there (database/read-replicas.ts). */
  readReplicaUrls?: string[];
  readRouting?: ReadRoutingOptions;
  /** How long an account or key look-up is reused, in ms (default 5 000). */
  authCacheMs?: number;
  /** How list pages read (GRAPHQL_RENDERING, default `rendered`; api/read/request-reads.ts), read at each request. */
  readPath?: ReadPath;
  /**
   * Worker threads drawing the documents of issued invoices and credit notes (api/attestation/render-pool.ts),
   * so that pdfkit's CPU runs beside the requests; 0 or unset: drawn in the request's thread (tests).
   */
  renderWorkers?: number;
  /** Answer queries already served once without Apollo's pipeline (http/known-queries.ts; default true, false to compare). */
  knownQueries?: boolean;
}

const PASSTHROUGH_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'LIST_TOO_LONG', 'SERVICE_UNAVAILABLE',
]);

/** class-validator failures become BAD_USER_INPUT naming each invalid field (with its path in nested inputs). */
function validationDetails(error: ArgumentValidationError) {
  const fields: { field: string; message: string }[] = [];
  const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const e of errors) {
      const field = prefix ? (/^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : `${prefix}.${e.property}`) : e.property;
      for (const message of Object.values(e.constraints ?? {})) fields.push({ field, message: String(message) });
      if (e.children?.length) walk(e.children, field);
    }
  };
  walk(error.extensions.validationErrors, '');
  return fields;
}

/**
 * What a client may see of an error: coded client errors pass through; anything else is masked and
 * logged with the request id, so no stack trace, SQL or internal message leaves the server.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // The request the error was met in (observability plugin, context creation): its log line names it.
    const request = () => requestLogFieldsOf(error, original);
    if (original instanceof ArgumentValidationError) {
      const fields = validationDetails(original);
      return {
        message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASSTHROUGH_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = crypto.randomUUID();
    if (isRefusedValue(original)) {
      logger.warn('value refused by the database', { ...request(), errorId, path: formatted.path, error: original instanceof Error ? original.message : String(original) });
      return { message: 'Invalid input: a value was refused (unsupported character, or out of range)', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', errorId } };
    }
    const reference = missingReference(original);
    if (reference) {
      // Unknown and foreign ids get this same answer: nothing says whether the row exists elsewhere.
      const message = 'no such record in your organisation';
      return { message: `Invalid input: ${reference}: ${message}`, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: reference, message }] } };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn('database unavailable', { ...request(), errorId, path: formatted.path, error: original instanceof Error ? original.message : String(original) });
      return { message: 'Service temporarily unavailable, retry shortly', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', errorId } };
    }
    logger.error('unexpected error', {
      ...request(),
      errorId,
      path: formatted.path,
      error: original instanceof Error ? { message: original.message, stack: original.stack } : String(original),
    });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}

/**
 * Ends a request's transaction, after writing the trace of its health-data reads: commit, or roll
 * back after a failure. When that fails (the connection died), whatever the response said is
 * withdrawn: the result returned replaces it (SERVICE_UNAVAILABLE, or a masked internal error), never
 * an acknowledgement of a write that did not happen.
 */
async function endTransaction(context: RequestContext, logger: Logger): Promise<{ status: number; result: FormattedExecutionResult } | undefined> {
  try {
    try {
      await writeHealthReads(context);
    } catch (error) {
      // An untraced read is not answered: the request ends as failed, and so does the answer.
      context.db.markFailed();
      await context.db.finish().catch(() => undefined);
      throw error;
    }
    await context.db.finish();
    return undefined;
  } catch (error) {
    const unavailable = isDatabaseUnavailable(error);
    const errorId = crypto.randomUUID();
    logger.error('transaction end failed', { errorId, requestId: context.requestId, error: error instanceof Error ? error.message : String(error) });
    return {
      status: unavailable ? 503 : 500,
      result: {
        data: null,
        errors: [
          unavailable
            ? { message: 'Service temporarily unavailable, retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }
            : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } },
        ],
      },
    };
  }
}

/** `extensions.sqlStatements` and `renderedLists` (tests and benchmarks). */
const statementExtensions = (context: RequestContext) => ({ sqlStatements: context.db.statementCount, renderedLists: context.renderedItems.length });

/** Queries read only; a failed mutation rolls back; the transaction ends before the response leaves (endTransaction). */
function transactionPlugin(exposeSqlCount: boolean, logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          contextValue.db.readOnly = operation?.operation === 'query';
        },
        async didEncounterErrors({ contextValue, operation }) {
          if (operation?.operation === 'mutation') contextValue.db.markFailed();
        },
        async willSendResponse({ contextValue, response }) {
          const failed = await endTransaction(contextValue, logger);
          if (failed) {
            response.http.status = failed.status;
            response.body = { kind: 'single', singleResult: failed.result };
          }
          if (exposeSqlCount && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...statementExtensions(contextValue) };
          }
        },
      };
    },
  };
}

export interface RunningApp {
  /** The HTTP server's request listener (also what tests call through supertest). */
  app: http.RequestListener;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Number of the migrations the database still lacks (0 when ready). */
  close(): Promise<void>;
}

export async function createApp(options: ServerOptions): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: GraphQL answers are POST responses, never revalidated, and hashing each body (a SHA-1 of
  // up to hundreds of kilobytes) cost ~1 % of a large page's CPU.
  app.disable('etag');
  const logger = options.logger;
  const metrics = new Metrics(options.dataSource);
  const authenticator = new Authenticator(options.dataSource, options.authSecret, options.authCacheMs, !options.listenForChanges);
  const reads = options.readReplicaUrls?.length ? new ReadRouting(options.dataSource, options.readReplicaUrls, options.readRouting ?? DEFAULT_READ_ROUTING, logger) : undefined;
  const changes = options.listenForChanges
    ? new ChangeListener(
        connectionConfig(options.dataSource),
        { [AUTH_CHANGE_CHANNEL]: (payload) => authenticator.heard(payload), ...(reads ? { [CLIENT_WRITE_CHANNEL]: (payload: string) => reads.heard(payload) } : {}) },
        (listening) => {
          authenticator.setListening(listening);
          reads?.setListening(listening);
        },
        logger,
      )
    : undefined;
  if (!changes) reads?.setListening(true); // one process alone: no other writer to hear
  if (reads && changes) reads.heardAll = () => changes.caughtUp();
  await changes?.start();
  reads?.start();
  const httpServer = http.createServer();
  const schema = await appSchema();
  const queryLimits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const context = async (req: http.IncomingMessage, sink: ResponseSink) => {
    const request = requestFieldsOf(req)!;
    let user;
    try {
      user = await authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      attachRequest(error, request);
      throw error;
    }
    request.userId = user?.userId;
    request.organizationId = user?.organizationId;
    const context = new RequestContext(request.requestId, user, options.dataSource, authenticator, sink, reads && { routing: reads, client: user ? `${user.organizationId}:${user.userId}` : undefined, logFields: requestLogFields(request) }, options.readPath);
    context.logFields = request;
    if (options.traceHealthReads === false) context.healthReads.disable();
    return context;
  };
  const known = options.knownQueries === false ? undefined : new KnownQueries({
    context,
    limitError: (document, operation, variables) => queryLimitError(schema, document, operation, variables, queryLimits),
    end: (context) => endTransaction(context, logger),
    extensions: (context) => (options.exposeSqlCount ? statementExtensions(context) : undefined),
  });
  if (known) metrics.countKnownQueryAnswers(() => known.answered);
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitGateway(schema, known && ((compiled) => known.remember(compiled))),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts stops in order: HTTP, pool, database
    formatError: formatError(logger),
    stringifyResult: stringifyResponse,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      transactionPlugin(options.exposeSqlCount ?? false, logger),
      queryLimitsPlugin(queryLimits),
      observabilityPlugin(),
    ],
  });
  await apollo.start();
  const graphql = graphqlHandler(apollo, context, logger, known);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      const pending = await options.dataSource.showMigrations();
      if (pending) return res.status(503).json({ status: 'migrations pending' });
      await options.dataSource.query('select 1');
      return res.json({ status: 'ready' });
    } catch {
      return res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.render());
  });
  app.get('/favicon.ico', serveFavicon);
  app.use(reportRouter({ dataSource: options.dataSource, authenticator, logger }));
  app.use(carnetRouter({ dataSource: options.dataSource, authenticator, logger }));
  app.use(attestationDocumentsRouter(options.dataSource, authenticator));
  useDocumentLogger(logger);
  // Started at the first document to draw: a process that issues none keeps no idle workers.
  let renderPool: RenderPool | undefined;
  const renderWorkers = options.renderWorkers;
  if (renderWorkers) useDocumentRenderer((snapshot) => (renderPool ??= createRenderPool(renderWorkers)).renderIssued(snapshot));
  app.use('/documents', documentRouter(options.dataSource, authenticator, logger));
  if (options.graphiql) app.use(graphiqlRouter({ developmentToken: options.developmentToken }));
  // GET and the other methods (Apollo answers them); POST never reaches Express (below).
  app.use('/graphql', (req, res) => void graphql(req, res));
  // Anything that fails in Express answers in the GraphQL error shape, never with Express's default
  // page, which shows a stack trace outside production.
  app.use((error: { status?: number; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status >= 500) logger.error('unexpected http error', { error: error.message });
    sendHttpError(res, status);
  });

  const track = requestTracking(logger, metrics);
  const listener: http.RequestListener = (req, res) =>
    track(req, res, () => {
      if (req.method === 'POST' && (req.url === '/graphql' || req.url?.startsWith('/graphql?'))) void graphql(req, res);
      else app(req, res);
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
      if (renderWorkers) useDocumentRenderer(null);
      await renderPool?.close();
    },
  };
}
