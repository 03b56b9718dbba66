import crypto from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { driverClient } from './data-source';

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
  ) {}

  private runner(): Promise<QueryRunner> {
    this.runnerPromise ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as PoolClient;
        // The organisation is an integer from a verified credential, so it can be inlined.
        const organization = this.organizationId === null ? '' : String(Math.trunc(this.organizationId));
        if (this.readOnly) {
          if (sessionOrganization.get(client) !== organization) {
            sessionOrganization.delete(client);
            await client.query(`select set_config('app.organization_id', '${organization}', false)`);
            sessionOrganization.set(client, organization);
          }
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

  /** Runs one SQL statement on the request's connection and returns its rows. */
  async query<Row = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
    const runner = await this.runner();
    const client = driverClient(runner);
    this.statementCount++;
    const run = this.queue.then(() => client.query({ name: statementName(text), text, values }));
    this.queue = run.catch(() => undefined);
    return (await run).rows as Row[];
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
      if (this.failed) await runner.rollbackTransaction();
      else await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    if (this.failed) return;
    for (const task of tasks) await task().catch(() => undefined);
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
