import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { connectionConfig } from './data-source';

/** The channel on which each process tells the others the WAL position of a client's last write. */
export const CLIENT_WRITE_CHANNEL = 'ub_client_write';

export interface ReadRoutingOptions {
  /** How long a query waits for a replica to replay the client's last write before it goes to the primary. */
  maxWaitMs: number;
  /** A replica further behind the primary than this serves nothing until it caught up. */
  maxLagMs: number;
  /** How often each replica's replay position (and the primary's WAL position) is read. */
  pollMs: number;
}

export const DEFAULT_READ_ROUTING: ReadRoutingOptions = { maxWaitMs: 250, maxLagMs: 5_000, pollMs: 200 };

/** A pg_lsn ('16/B374D848') as a number that orders like the WAL. */
export function lsnValue(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** One streaming standby: its pool and what the last poll saw of it. */
export class Replica {
  readonly pool: pg.Pool;
  replayLsn = -1n;
  /** When the last poll succeeded (ms since epoch); 0: never. */
  seenAt = 0;
  lagMs = Infinity;
  /** Set when a connection or a statement failed on it: nothing is routed to it before this time. */
  avoidUntil = 0;
  private waiters: { lsn: bigint; resolve: (replayed: boolean) => void; deadline: number }[] = [];
  private fastPoll: Promise<void> | undefined;

  constructor(
    readonly name: string,
    config: pg.PoolConfig,
  ) {
    this.pool = new pg.Pool(config);
    this.pool.on('error', () => undefined); // an idle connection dropped by a restarting standby: the pool replaces it
    // A session cut by the standby (restart, pg_terminate_backend) emits 'error' on its client, even
    // while checked out or in the very chunk that completes its start-up, when nothing else listens:
    // unheard, that would end the process. The statement in flight fails as well, and is what the
    // request acts on (RequestDb.query runs it again on the primary).
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  async readReplay(): Promise<bigint> {
    const { rows } = await this.pool.query<{ lsn: string | null; standby: boolean }>('select pg_last_wal_replay_lsn()::text as lsn, pg_is_in_recovery() as standby');
    // A server that is no standby (promoted, or misconfigured) has no replay position: it serves nothing.
    if (!rows[0].standby || rows[0].lsn === null) throw new Error(`${this.name} is not a standby in recovery`);
    this.replayLsn = lsnValue(rows[0].lsn);
    this.seenAt = Date.now();
    return this.replayLsn;
  }

  /** Resolves true once the replica has replayed `lsn`, false at `deadline` (reads every few ms meanwhile). */
  waitFor(lsn: bigint, deadline: number): Promise<boolean> {
    if (this.replayLsn >= lsn) return Promise.resolve(true);
    return new Promise((resolve) => {
      this.waiters.push({ lsn, resolve, deadline });
      this.fastPoll ??= this.pollWhileWaited().finally(() => (this.fastPoll = undefined));
    });
  }

  private async pollWhileWaited(): Promise<void> {
    while (this.waiters.length) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      let failed = false;
      await this.readReplay().catch(() => (failed = true));
      const now = Date.now();
      this.waiters = this.waiters.filter((waiter) => {
        if (!failed && this.replayLsn >= waiter.lsn) waiter.resolve(true);
        else if (failed || now >= waiter.deadline) waiter.resolve(false);
        else return true;
        return false;
      });
    }
  }
}

/**
 * Where a read-only GraphQL operation runs (READ_DATABASE_URL): on a streaming standby that is up and
 * less than `maxLagMs` behind, taken in turn, else on the primary. Mutations, authentication and the
 * reporting fold always use the primary.
 *
 * A client reads its own writes: after a client's mutation commits, the primary's WAL position is
 * remembered for that client (`noteWrite`) and sent to the other API processes (NOTIFY
 * ub_client_write, heard by their listener); the client's next query waits until the chosen replica has
 * replayed that position, at most `maxWaitMs`, else runs on the primary. A remembered position is
 * dropped once older than `maxLagMs` (with two polls of margin): any replica still used has replayed it
 * by then. While this process is not listening (its listening connection lost, and for `maxLagMs`
 * after it listens again), every read goes to the primary: another process's write may be unheard.
 * A notification arrives a little after its commit, so a client answered by another process may ask
 * here first: before a client's query goes to a replica, `heardAll` (ChangeListener.caughtUp, with
 * other processes) makes sure every write notified before the query arrived has been heard.
 *
 * The lag of a replica: every `pollMs` the primary's WAL position is sampled, then each replica's replay
 * position; the lag is the age of the newest primary sample the replica has replayed (0 when it has
 * replayed the latest).
 */
export class ReadRouting {
  readonly replicas: Replica[];
  /** Each client's last write (null: its position is unknown, read from the primary), in the order written. */
  private readonly clients = new Map<string, { lsn: bigint | null; at: number }>();
  private samples: { at: number; lsn: bigint }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private turn = 0;
  /** Reads may use a replica from this time on (ms since epoch): after each (re)start of listening. */
  private trustedFrom = Infinity;
  /** Resolves true once every client write notified so far has been heard (set with other processes). */
  heardAll: (() => Promise<boolean>) | undefined;

  constructor(
    private readonly primary: DataSource,
    replicaUrls: string[],
    private readonly options: ReadRoutingOptions,
    private readonly logger: Logger,
  ) {
    const base = connectionConfig(primary);
    this.replicas = replicaUrls.map((url, index) => new Replica(`replica ${index + 1} (${new URL(url).host})`, {
      ...base, connectionString: url, max: 20, connectionTimeoutMillis: 1_000, application_name: 'ub-platform replica reads',
    }));
  }

  start(): void {
    this.timer = setInterval(() => {
      this.polling ??= this.poll().finally(() => (this.polling = undefined));
    }, this.options.pollMs);
    this.timer.unref();
    this.polling = this.poll().finally(() => (this.polling = undefined));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
    await Promise.all(this.replicas.map((replica) => replica.pool.end().catch(() => undefined)));
  }

  /** Whether writes of other processes are heard (the listener's state, see the class comment). */
  setListening(listening: boolean): void {
    this.trustedFrom = listening ? Date.now() + this.options.maxLagMs + 2 * this.options.pollMs : Infinity;
  }

  /** A client's write committed at `lsn` (pg_lsn text), in this process or another. */
  noteWrite(client: string, lsn: string): void {
    const value = lsnValue(lsn);
    const known = this.clients.get(client);
    if (known && (known.lsn === null || known.lsn >= value)) return;
    this.clients.delete(client); // re-inserted last: the map stays in write order, pruned from its head
    this.clients.set(client, { lsn: value, at: Date.now() });
  }

  /** A notification on CLIENT_WRITE_CHANNEL from another process: `<client> <lsn>`. */
  heard(payload: string): void {
    const [client, lsn] = payload.split(' ');
    if (client && /^[0-9A-F]+\/[0-9A-F]+$/i.test(lsn ?? '')) this.noteWrite(client, lsn);
  }

  /** A client's write committed, its position unread (the primary failed just after the commit). */
  noteUnknownWrite(client: string): void {
    this.clients.delete(client);
    this.clients.set(client, { lsn: null, at: Date.now() });
  }

  /** The replica a query of `client` reads from, or undefined for the primary. */
  async replicaFor(client: string | undefined): Promise<Replica | undefined> {
    const now = Date.now();
    if (now < this.trustedFrom) return undefined;
    const fresh = now - 3 * this.options.pollMs;
    const usable = this.replicas.filter((r) => r.seenAt >= fresh && r.avoidUntil <= now && r.lagMs <= this.options.maxLagMs);
    if (!usable.length) return undefined;
    const replica = usable[this.turn++ % usable.length];
    if (client !== undefined && this.heardAll && !(await this.heardAll())) return undefined;
    const own = client === undefined ? undefined : this.clients.get(client);
    if (!own) return replica;
    if (own.lsn === null) return undefined;
    if (replica.replayLsn >= own.lsn) return replica;
    return (await replica.waitFor(own.lsn, now + this.options.maxWaitMs)) ? replica : undefined;
  }

  /** A connection or statement failed on `replica`: route around it until a poll sees it again (logged with the request's fields). */
  failed(replica: Replica, error: unknown, requestFields?: object): void {
    if (replica.avoidUntil <= Date.now()) {
      this.logger.warn('replica unavailable; reading from the primary', { ...requestFields, replica: replica.name, error: error instanceof Error ? error.message : String(error) });
    }
    replica.avoidUntil = Date.now() + 2 * this.options.pollMs;
    replica.seenAt = 0;
  }

  /** Seconds each replica is behind the primary, as the last polls measured it (null: not reachable). */
  lag(): { replica: string; lagMs: number | null }[] {
    return this.replicas.map((replica) => ({ replica: replica.name, lagMs: Number.isFinite(replica.lagMs) && replica.seenAt > 0 ? replica.lagMs : null }));
  }

  private async poll(): Promise<void> {
    const now = Date.now();
    try {
      const [{ lsn }] = await this.primary.query<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      this.samples.push({ at: now, lsn: lsnValue(lsn) });
    } catch {
      // the primary is unreachable: requests fail over their own connections; keep the old samples
    }
    const keepFrom = now - 2 * this.options.maxLagMs - 2 * this.options.pollMs;
    while (this.samples.length > 1 && this.samples[0].at < keepFrom) this.samples.shift();
    for (const [client, write] of this.clients) {
      if (write.at >= now - this.options.maxLagMs - 2 * this.options.pollMs) break;
      this.clients.delete(client);
    }
    await Promise.all(this.replicas.map(async (replica) => {
      try {
        const replayed = await replica.readReplay();
        replica.lagMs = this.lagOf(replayed, Date.now());
        if (replica.avoidUntil > Date.now() && replica.lagMs <= this.options.maxLagMs) replica.avoidUntil = 0;
      } catch {
        replica.seenAt = 0;
        replica.lagMs = Infinity;
      }
    }));
  }

  private lagOf(replayed: bigint, now: number): number {
    const latest = this.samples[this.samples.length - 1];
    if (!latest || replayed >= latest.lsn) return 0;
    for (let i = this.samples.length - 1; i >= 0; i--) if (this.samples[i].lsn <= replayed) return now - this.samples[i].at;
    return Infinity; // behind every sample kept: more than the window
  }
}
