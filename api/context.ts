import type { DataSource } from 'typeorm';
import { RequestDb, type ReplicaReads } from './database/request-db';
import type { AuthUser } from './auth/token';
import type { Authenticator } from './auth/authenticate';
import { unauthenticated } from './common/errors';
import { RequestReads, type ReadPath, type RenderedItems, type ResponseSink } from './read/request-reads';
import { HealthReads } from './security/audit';
import type { RequestFields } from './observability/request-tracking';

/** Everything one request needs: who calls, its transaction, and its DataLoaders (created on first use). */
export class RequestContext {
  readonly db: RequestDb;
  /** Its loaders and rendered list items (read/request-reads.ts). */
  private readonly reads: RequestReads<RequestContext>;
  /** The health data this request read, written to the audit log once at its end (security/audit.ts). */
  readonly healthReads = new HealthReads();
  /** The fields its log lines carry (observability/request-tracking.ts), when it is an HTTP request. */
  logFields?: RequestFields;

  constructor(
    readonly requestId: string,
    readonly user: AuthUser | null,
    dataSource: DataSource,
    /** The authenticator's caches, which user management clears when it changes an account. */
    readonly authenticator?: Authenticator,
    /** Where the HTTP handler takes an answer with rendered items as parts (read/rendered-read.ts). */
    readonly responseSink?: ResponseSink,
    /** Read replicas, and the caller as they know it (read-your-writes), when READ_DATABASE_URL is set. */
    reads?: ReplicaReads,
    /** How list pages read (GRAPHQL_RENDERING; read/request-reads.ts). */
    readPath: ReadPath = 'rendered',
  ) {
    this.db = new RequestDb(dataSource, user?.organizationId ?? null, reads);
    this.reads = new RequestReads(readPath);
  }

  /** How list pages read (GRAPHQL_RENDERING; read/request-reads.ts). */
  get readPath(): ReadPath {
    return this.reads.path;
  }

  /** The caller's organisation; every tenant query filters on it. */
  get organizationId(): number {
    if (!this.user) throw unauthenticated();
    return this.user.organizationId;
  }

  /** Forgets every loaded row: after a write, fields must see the new state. */
  resetLoaders(): void {
    this.reads.resetLoaders();
  }

  /** List items rendered as JSON by PostgreSQL, placed into the result by the executor (read/rendered-read.ts). */
  get renderedItems(): RenderedItems[] {
    return this.reads.renderedItems;
  }

  /** The per-request instance of a loader, created by `factory` on first use. */
  loader<T>(key: object | string, factory: (ctx: RequestContext) => T): T {
    return this.reads.loader(key, this, factory);
  }
}
