import type { DataSource } from 'typeorm';
import { RequestDb } from './database/request-db';
import type { ReadRouting } from './database/read-replicas';
import type { AuthUser } from './auth/token';
import type { Authenticator } from './auth/authenticate';
import { unauthenticated } from './common/errors';
import type { RenderedItems, ResponseSink } from './read/rendered-read';
import { HealthReads } from './security/audit';

/** Everything one request needs: who calls, its transaction, and its DataLoaders (created on first use). */
export class RequestContext {
  readonly db: RequestDb;
  private readonly loaders = new Map<unknown, unknown>();
  /** List items rendered as JSON by PostgreSQL, placed into the result by the executor (rendered-read.ts). */
  readonly renderedItems: RenderedItems[] = [];
  /** The health data this request read, written to the audit log once at its end (security/audit.ts). */
  readonly healthReads = new HealthReads();

  constructor(
    readonly requestId: string,
    readonly user: AuthUser | null,
    dataSource: DataSource,
    /** The authenticator's caches, which user management clears when it changes an account. */
    readonly authenticator?: Authenticator,
    /** Where the HTTP handler takes an answer with rendered items as parts (rendered-read.ts). */
    readonly responseSink?: ResponseSink,
    /** Read replicas, and the caller as they know it (read-your-writes), when READ_DATABASE_URL is set. */
    reads?: { routing: ReadRouting; client?: string },
  ) {
    this.db = new RequestDb(dataSource, user?.organizationId ?? null, reads);
  }

  /** The caller's organisation; every tenant query filters on it. */
  get organizationId(): number {
    if (!this.user) throw unauthenticated();
    return this.user.organizationId;
  }

  /** Forgets every loaded row: after a write, fields must see the new state. */
  resetLoaders(): void {
    this.loaders.clear();
  }

  /** The per-request instance of a loader, created by `factory` on first use. */
  loader<T>(key: object | string, factory: (ctx: RequestContext) => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (!loader) {
      loader = factory(this);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
