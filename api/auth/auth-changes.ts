import pg from 'pg';
import type { Authenticator } from './authenticate';
import type { Logger } from '../logger';

/** The channel the account and key triggers notify (migrations/1766000000000-auth-change-notify.ts). */
export const AUTH_CHANGE_CHANNEL = 'ub_auth_change';

/**
 * Keeps one process's authentication caches in step with every other process's changes: one
 * connection of its own (a pooled one would be handed to requests) that LISTENs on `ub_auth_change`;
 * each notification names a user whose account or keys changed, and the authenticator forgets it.
 * PostgreSQL delivers a notification when the change commits, so a revoked key or a deactivated
 * account is refused by every process a few milliseconds later.
 *
 * Notifications sent while the connection is down are lost: from the moment it is lost until it
 * listens again, the authenticator trusts no cached look-up (each request reads the account), and the
 * connection is retried every second.
 */
export class AuthChangeListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly authenticator: Authenticator,
    private readonly logger: Logger,
    private readonly retryMs = 1_000,
  ) {}

  /** Listens before returning when the database answers; otherwise keeps trying in the background. */
  async start(): Promise<void> {
    await this.connect();
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
    const client = new pg.Client({ ...this.config, application_name: 'ub-platform auth changes' });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      this.authenticator.setListening(false);
      if (this.client === client) this.client = undefined;
      if (this.stopped) return;
      this.logger.warn('not hearing account changes; looking every caller up until it listens again', { error: error?.message });
      client.end().catch(() => undefined);
      this.schedule();
    };
    client.on('notification', (message) => {
      const userId = Number(message.payload);
      if (Number.isSafeInteger(userId)) this.authenticator.forgetUser(userId);
      else this.authenticator.forgetAll();
    });
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      await client.query(`listen ${AUTH_CHANGE_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.authenticator.setListening(true); // forgets what was cached while changes could be missed
  }

  private schedule(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
  }
}
