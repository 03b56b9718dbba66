import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import type { DocumentNode, FormattedExecutionResult, GraphQLError, OperationDefinitionNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../context';
import type { ResponseSink } from '../read/request-reads';
import { placeRenderedItems, stringifyResponse } from '../read/rendered-read';
import { noteOperation } from '../observability/request-tracking';

/** A query Apollo Server has parsed, validated and graphql-jit has compiled, by its text and the operation name the client sent. */
interface KnownQuery {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  query: CompiledQuery;
}

/** What serving a known query needs of the server (api/server.ts), the same steps its Apollo plugins take. */
export interface KnownQueryHost {
  context(req: IncomingMessage, sink: ResponseSink): Promise<RequestContext>;
  /** QUERY_TOO_DEEP or QUERY_TOO_COMPLEX for these variables (security/query-limits.ts). */
  limitError(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | undefined;
  /** Traces the health-data reads and ends the transaction; on failure, the answer that replaces the result. */
  end(context: RequestContext): Promise<{ status: number; result: FormattedExecutionResult } | undefined>;
  /** The extensions every answer carries (`sqlStatements` in tests and the bench), if any. */
  extensions(context: RequestContext): Record<string, unknown> | undefined;
}

/** How many query texts are remembered; past it the oldest is forgotten (Apollo keeps its own parsed documents the same way). */
const MAX_KNOWN_QUERIES = 1_000;

/** The content types Apollo Server answers a single result with, in its order of preference. */
const RESULT_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * Queries already served once, answered again without Apollo Server's request pipeline. Apollo
 * parses and validates a query text the first time (with its plugins: limits, transaction,
 * observability) and the gateway compiles it (read/jit-executor.ts), which remembers it here; the
 * next POST of the same text and operation name is executed by the compiled query directly, with
 * the same steps the plugins take: the caller authenticated, the limits checked for its variables,
 * a read-only request, its log fields, its health-data reads traced, its transaction ended. Only
 * a clean success is answered here, in Apollo's content type and the same bytes (tests compare the
 * two paths answer for answer); anything else (an error, a mutation, extensions such as persisted
 * queries, an Accept Apollo would refuse) is left to Apollo, which answers it from the start.
 *
 * Measured on the flat catalog page (bench/README.md, issue 17, 2026-12-07): Apollo's pipeline,
 * about twenty plugin hooks awaited per request, a SHA-256 of the query text, a header map, was
 * 0.03 to 0.06 ms of the API's 0.3 ms of CPU per answer.
 */
export class KnownQueries {
  private readonly queries = new Map<string, KnownQuery>();
  private readonly contentTypes = new Map<string, string | null>();
  /** Answers given here since the start (the `ub_graphql_known_query_answers_total` metric). */
  answered = 0;

  constructor(private readonly host: KnownQueryHost) {}

  /** Called by the gateway for each compiled operation Apollo validated; only queries are kept. */
  remember(known: KnownQuery & { source: string; operationName: string | undefined }): void {
    if (known.operation.operation !== 'query') return;
    const key = `${known.operationName ?? ''}\n${known.source}`;
    if (this.queries.has(key)) return;
    if (this.queries.size >= MAX_KNOWN_QUERIES) this.queries.delete(this.queries.keys().next().value!);
    this.queries.set(key, { document: known.document, operation: known.operation, query: known.query });
  }

  /**
   * Answers a POST body if it is a known query that succeeds, and says so; false when nothing was
   * sent (Apollo answers, from the start: nothing of this attempt is kept).
   */
  async answer(req: IncomingMessage, res: ServerResponse, body: unknown, send: (res: ServerResponse, status: number, contentType: string, answer: string | readonly string[]) => void): Promise<boolean> {
    if (!isRecord(body) || typeof body.query !== 'string' || body.extensions != null) return false;
    const { operationName, variables } = body;
    if (operationName != null && typeof operationName !== 'string') return false;
    if (variables != null && !isRecord(variables)) return false;
    const known = this.queries.get(`${operationName ?? ''}\n${body.query}`);
    if (!known) return false;
    const contentType = this.contentTypeFor(req.headers.accept);
    if (!contentType) return false;
    const values = variables ?? {};
    if (this.host.limitError(known.document, known.operation, values)) return false;

    const sink: ResponseSink = {};
    let context: RequestContext;
    try {
      context = await this.host.context(req, sink);
    } catch {
      return false;
    }
    let data: Record<string, unknown> | null | undefined;
    try {
      context.db.readOnly = true;
      noteOperation(context.logFields, known.operation.name?.value, 'query');
      const result = await known.query.query(undefined, context, values);
      if (result.errors?.length) throw result.errors[0];
      data = result.data;
      if (context.renderedItems.length) placeRenderedItems(data, context.renderedItems, sink);
    } catch {
      context.db.markFailed();
      await context.db.finish().catch(() => undefined);
      return false;
    }
    const failed = await this.host.end(context);
    // Apollo's order of the fields: errors, data, extensions.
    const text = stringifyResponse({ errors: failed?.result.errors, data: failed ? failed.result.data : data, extensions: this.host.extensions(context) });
    this.answered++;
    send(res, failed?.status ?? 200, contentType, sink.parts ?? text);
    return true;
  }

  /** Apollo Server's choice of content type for a single result (absent Accept: JSON); null when it would refuse. */
  private contentTypeFor(accept: string | undefined): string | null {
    if (!accept) return RESULT_TYPES[0];
    let type = this.contentTypes.get(accept);
    if (type === undefined) {
      type = new Negotiator({ headers: { accept } }).mediaType(RESULT_TYPES) ?? null;
      if (this.contentTypes.size < 100) this.contentTypes.set(accept, type);
    }
    return type;
  }
}
