import crypto from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { driverClient } from './data-source';
import { CLIENT_WRITE_CHANNEL, type ReadRouting, type Replica } from './read-replicas';
import { isDatabaseUnavailable } from '../observability/database-errors';

/** A request's way to the read replicas: the routing, who the caller is (own writes), its log fields. */
export interface ReplicaReads {
  routing: ReadRouting;
  client?: string;
  logFields?: object;
}

/**
 * The database side of one GraphQL request: a single connection, taken on first use, carrying the
 * caller's organisation in `app.organization_id` (what row-level security keys on). Reads go straight
 * to the driver as named (prepared) statements; writes use TypeORM's entity manager.
 *
 * A mutation runs in one transaction (the organisation set with `set_config(…, true)`, local to it),
 * each mutation field inside a savepoint (see `savepoint`). A query (`readOnly`) needs no transaction:
 * under READ COMMITTED each statement takes its own snapshot either way. Its organisation is set on
 * the session, and only when the connection's last one differs, so a page costs its own statements and
 * no BEGIN/COMMIT round trips. Every tenant read of the API goes through this class; the other users of
 * the pool (authentication, readiness) read no tenant table.
 */
export class RequestDb {
  private runnerPromise?: Promise<QueryRunner>;
  /** A query's connection to a read replica (`reads`), in place of the runner; see `replicaConnection`. */
  private replicaPromise?: Promise<{ replica: Replica; client: PoolClient } | undefined>;
  /** Set once this request left its replica (or never had one): every later statement runs on the primary. */
  private primaryOnly = false;
  private failed = false;
  /** Set once a mutation opened a savepoint: this transaction may hold writes. */
  private wrote = false;
  /** pg runs one statement at a time per connection; loaders of one tick queue here instead of inside pg. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Statements the request ran (a query's switch of its connection's organisation is not one of them). */
  statementCount = 0;
  /** Set for query operations, before their first statement (see the class comment). */
  readOnly = false;
  /** Work to do once the transaction has committed and the connection is back in the pool (afterCommit). */
  private committedTasks: (() => Promise<unknown>)[] = [];

  constructor(
    readonly dataSource: DataSource,
    private readonly organizationId: number | null,
    /** Read replicas (READ_DATABASE_URL) and who the caller is, for reading its own writes there. */
    private readonly reads?: ReplicaReads,
  ) {}

  /**
   * A query's connection on a replica, when one serves this client now (ReadRouting.replicaFor), with
   * the organisation set on its session as on the primary; undefined: the primary serves it.
   */
  private replicaConnection(): Promise<{ replica: Replica; client: PoolClient } | undefined> {
    this.replicaPromise ??= (async () => {
      if (!this.reads || !this.readOnly || this.primaryOnly) return undefined;
      const replica = await this.reads.routing.replicaFor(this.reads.client);
      if (!replica) return undefined;
      let client: PoolClient | undefined;
      try {
        client = await replica.pool.connect();
        await setSessionOrganization(client, this.organizationId);
        return { replica, client };
      } catch (error) {
        client?.release(error as Error);
        this.reads.routing.failed(replica, error, this.reads.logFields);
        this.primaryOnly = true;
        return undefined;
      }
    })();
    return this.replicaPromise;
  }

  /**
   * Leaves the replica for the rest of the request (a statement failed there): once the statements
   * queued on its connection have settled, the connection goes back to its pool (destroyed after a
   * connection error), and the next statements take a primary connection.
   */
  private async leaveReplica(error: unknown): Promise<void> {
    this.primaryOnly = true;
    const held = await this.replicaPromise?.catch(() => undefined);
    if (!held) return;
    this.replicaPromise = Promise.resolve(undefined);
    await this.queue;
    const broken = isDatabaseUnavailable(error);
    if (broken) this.reads!.routing.failed(held.replica, error, this.reads!.logFields);
    held.client.release(broken ? (error as Error) : undefined);
  }

  private runner(): Promise<QueryRunner> {
    this.runnerPromise ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as PoolClient;
        // The organisation is an integer from a verified credential, so it can be inlined.
        const organization = this.organizationId === null ? '' : String(Math.trunc(this.organizationId));
        if (this.readOnly) {
          await setSessionOrganization(client, this.organizationId);
          return runner;
        }
        // One round trip opens the transaction and sets the organisation; TypeORM is then told the
        // transaction is open, so its commit, rollback and nested savepoints work as if it had started it.
        await client.query(`start transaction; select set_config('app.organization_id', '${organization}', true)`);
        const bookkeeping = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
        bookkeeping.isTransactionActive = true;
        bookkeeping.transactionDepth = 1;
        this.statementCount += 1;
      } catch (error) {
        await runner.release().catch(() => undefined);
        throw error;
      }
      return runner;
    })();
    return this.runnerPromise;
  }

  /**
   * Runs one SQL statement on the request's connection and returns its rows. A query's statement that
   * fails on a replica (it went down, or refused the statement: a write, a recovery conflict) runs
   * again on the primary: each statement of a query takes its own snapshot, so nothing else changes.
   */
  async query<Row = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
    const onReplica = await this.replicaConnection();
    const client = onReplica ? onReplica.client : driverClient(await this.runner());
    this.statementCount++;
    const run = this.queue.then(() => client.query({ name: statementName(text), text, values }));
    this.queue = run.catch(() => undefined);
    try {
      return (await run).rows as Row[];
    } catch (error) {
      if (!onReplica) throw error;
      await this.leaveReplica(error);
      return this.query<Row>(text, values);
    }
  }

  /** A statement that writes (the audit of a query's health reads): on the primary, even in a query served by a replica. */
  async write<Row = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
    if (this.reads && this.readOnly && !this.primaryOnly) await this.leaveReplica(undefined);
    return this.query<Row>(text, values);
  }

  async manager(): Promise<EntityManager> {
    return (await this.runner()).manager;
  }

  /**
   * Runs `work` so that it either happens entirely or not at all: rolled back when it throws or when
   * `isFailure` says its result is a business error.
   */
  async savepoint<T>(work: () => Promise<T>, isFailure: (result: T) => boolean): Promise<T> {
    if (this.readOnly) throw new Error('a query operation has no transaction to write in');
    const name = `sp_${crypto.randomBytes(4).toString('hex')}`;
    this.wrote = true;
    const tasksBefore = this.committedTasks.length;
    await this.query(`savepoint ${name}`);
    try {
      const result = await work();
      const failure = isFailure(result);
      await this.query(failure ? `rollback to savepoint ${name}` : `release savepoint ${name}`);
      if (failure) this.committedTasks.length = tasksBefore;
      return result;
    } catch (error) {
      this.failed = true;
      this.committedTasks.length = tasksBefore;
      await this.query(`rollback to savepoint ${name}`).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Runs `task` once this transaction has committed and its connection is back in the pool — work that
   * must hold no lock (rendering a document numbered here). Dropped when the mutation that asked for it
   * rolls back. A task's failure is its own: the commit stands, and the task must leave a way to redo it.
   */
  afterCommit(task: () => Promise<unknown>): void {
    this.committedTasks.push(task);
  }

  /** Commits (or rolls back after a failed mutation) and returns the connection to the pool. */
  async finish(): Promise<void> {
    const onReplica = await this.replicaPromise?.catch(() => undefined);
    this.replicaPromise = undefined;
    if (onReplica) {
      await this.queue;
      onReplica.client.release();
    }
    if (!this.runnerPromise) return;
    const runner = await this.runnerPromise.catch(() => undefined);
    this.runnerPromise = undefined;
    if (!runner) return;
    if (runner.isReleased) {
      // Its connection failed mid-request: TypeORM released it with the error (the pool dropped it) and
      // the server rolled the transaction back. Reads and failed mutations have nothing to commit (their
      // answer carries the error already); a mutation that looked successful must not be acknowledged.
      if (this.failed || !this.wrote) return;
      throw Object.assign(new Error('Connection terminated before commit'), { code: '08006' });
    }
    if (this.readOnly) {
      await runner.release();
      return;
    }
    const tasks = this.committedTasks;
    this.committedTasks = [];
    try {
      if (this.failed) {
        await runner.rollbackTransaction();
      } else {
        await runner.commitTransaction();
        if (this.wrote && this.reads?.client) await this.noteCommit(driverClient(runner), this.reads.routing, this.reads.client);
      }
    } finally {
      await runner.release();
    }
    if (this.failed) return;
    for (const task of tasks) await task().catch(() => undefined);
  }

  /**
   * After a mutation's commit, the primary's WAL position covers it: remembered for the caller here and
   * sent to the other processes (ReadRouting), so that the caller's next query waits for a replica
   * to replay it. Should reading it fail (the mutation is committed: its answer stands), the caller
   * reads from the primary until any replica in use has caught up past this moment.
   */
  private async noteCommit(client: PoolClient, routing: ReadRouting, caller: string): Promise<void> {
    try {
      const { rows } = await client.query<{ lsn: string }>(`select lsn::text, pg_notify('${CLIENT_WRITE_CHANNEL}', $1 || ' ' || lsn::text) from pg_current_wal_lsn() as lsn`, [caller]);
      routing.noteWrite(caller, rows[0].lsn);
    } catch {
      routing.noteUnknownWrite(caller);
    }
  }

  /** Rolls back whatever the request did and returns the connection (used when the request itself failed). */
  markFailed(): void {
    this.failed = true;
  }
}

/**
 * Statement texts are prepared once per connection under a name derived from the text. List pages
 * embedding nested relations give one text per query shape, which clients choose: past this many
 * distinct texts, new ones run unnamed (parsed each time) so that neither this map nor each
 * connection's prepared statements grow without bound.
 */
const MAX_NAMED_STATEMENTS = 2000;
/** The organisation each pooled connection's session carries, as set by read-only requests. */
const sessionOrganization = new WeakMap<PoolClient, string>();

/** Sets the caller's organisation on a query's connection (session-wide), unless it carries it already. */
async function setSessionOrganization(client: PoolClient, organizationId: number | null): Promise<void> {
  // The organisation is an integer from a verified credential, so it can be inlined.
  const organization = organizationId === null ? '' : String(Math.trunc(organizationId));
  if (sessionOrganization.get(client) === organization) return;
  sessionOrganization.delete(client);
  await client.query(`select set_config('app.organization_id', '${organization}', false)`);
  sessionOrganization.set(client, organization);
}

const statementNames = new Map<string, string>();
function statementName(text: string): string | undefined {
  if (/^\s*(savepoint|release|rollback)/i.test(text)) return undefined;
  let name = statementNames.get(text);
  if (!name) {
    if (statementNames.size >= MAX_NAMED_STATEMENTS) return undefined;
    name = 's' + crypto.createHash('sha1').update(text).digest('hex').slice(0, 16);
    statementNames.set(text, name);
  }
  return name;
}
