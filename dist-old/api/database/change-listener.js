"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChangeListener = void 0;
const pg_1 = __importDefault(require("pg"));
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
 */
class ChangeListener {
    constructor(config, channels, onListening, logger, retryMs = 1_000) {
        this.config = config;
        this.channels = channels;
        this.onListening = onListening;
        this.logger = logger;
        this.retryMs = retryMs;
        this.stopped = false;
    }
    /** Listens before returning when the database answers; otherwise keeps trying in the background. */
    async start() {
        await this.connect();
    }
    async stop() {
        this.stopped = true;
        clearTimeout(this.retry);
        const client = this.client;
        this.client = undefined;
        await client?.end().catch(() => undefined);
    }
    async connect() {
        if (this.stopped)
            return;
        const client = new pg_1.default.Client({ ...this.config, application_name: 'ub-platform changes' });
        let lost = false;
        const onLost = (error) => {
            if (lost)
                return;
            lost = true;
            this.onListening(false);
            if (this.client === client)
                this.client = undefined;
            if (this.stopped)
                return;
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
        }
        catch (error) {
            onLost(error);
            return;
        }
        if (this.stopped) {
            await client.end().catch(() => undefined);
            return;
        }
        this.client = client;
        this.onListening(true);
    }
    schedule() {
        clearTimeout(this.retry);
        this.retry = setTimeout(() => void this.connect(), this.retryMs);
        this.retry.unref();
    }
}
exports.ChangeListener = ChangeListener;
//# sourceMappingURL=change-listener.js.map