import pg from 'pg';
import type { Logger } from '../logger';

/**
 * What one API process hears from the others and from the database: one connection of its own (a
 * pooled one would be handed to requests) that LISTENs on a few channels and hands each notification
 * to its channel's handler. PostgreSQL delivers a notification when the transaction that sent it
 * commits, so every process learns of a change a few milliseconds after it is made. The channels:
 * - `ub_auth_change` (the account and key triggers, migrations/1766000000000-auth-change-notify.ts):
 *   the user whose cached look-ups each authenticator forgets (api/auth/authenticate.ts);
 * - `ub_client_write` (api/database/request-db.ts, with read replicas): a client's last write, which
 *   its next query must see (api/database/read-replicas.ts).
 *
 * Notifications sent while the connection is down are lost: `onListening(false)` is called as soon
 * as it is lost (the caches then trust nothing), `onListening(true)` once it listens again; it is
 * retried every second.
 *
 * A notification reaches each listening process a little after the notifying commit: a client answered
 * by one process may ask another before that one heard of its write. `caughtUp` closes that gap (see
 * there).
 */
export class ChangeListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  /** The round trip on the listening connection running now, and the one queued to start after it. */
  private pinging: Promise<boolean> | undefined;
  private nextPing: Promise<boolean> | undefined;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channels: Record<string, (payload: string) => void>,
    private readonly onListening: (listening: boolean) => void,
    private readonly logger: Logger,
    private readonly retryMs = 1_000,
  ) {}

  /** Listens before returning when the database answers; otherwise keeps trying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  /**
   * Resolves true once every notification committed before this call has been handed to its handler;
   * false when not listening. How: a round trip on the listening connection that starts after the
   * call. The notifying commit signals each listening session before it returns, and a session sends
   * the notifications it was signalled for before it reports its next statement done; pg hands them to
   * 'notification' in the order they arrive, so before the round trip's answer. Callers at the same
   * moment share one round trip: the one running, when it started after them, else the next.
   */
  caughtUp(): Promise<boolean> {
    if (!this.pinging) return (this.pinging = this.ping());
    this.nextPing ??= this.pinging.then(() => {
      this.nextPing = undefined;
      return (this.pinging = this.ping());
    });
    return this.nextPing;
  }

  private ping(): Promise<boolean> {
    const client = this.client;
    const answered = client ? client.query('select 1').then(() => true, () => false) : Promise.resolve(false);
    const ping: Promise<boolean> = answered.finally(() => {
      if (this.pinging === ping) this.pinging = undefined;
    });
    return ping;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ ...this.config, application_name: 'ub-platform changes' });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      this.onListening(false);
      if (this.client === client) this.client = undefined;
      if (this.stopped) return;
      this.logger.warn('not hearing changes of other processes; caches trust nothing until it listens again', { error: error?.message });
      client.end().catch(() => undefined);
      this.schedule();
    };
    client.on('notification', (message) => this.channels[message.channel]?.(message.payload ?? ''));
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      await client.query(Object.keys(this.channels).map((channel) => `listen ${channel}`).join('; '));
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.onListening(true);
  }

  private schedule(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
  }
}
