import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Role } from '../../schema/enums';
import { verifyStaffToken, type AuthUser } from './token';
import { hashApiKey, isApiKeyShaped } from './api-key';
import { isDatabaseUnavailable, serviceUnavailable } from '../observability/database-errors';

const ALL_ROLES = new Set<string>(Object.values(Role));

interface StaffSession {
  organizationId: number;
  roles: Role[];
  active: boolean;
  /** Seconds since the epoch, rounded up: tokens issued before (even within that second) are refused. */
  validAfter: number | null;
}

/** The channel the account and key triggers notify (migrations/1766000000000-auth-change-notify.ts), heard by `Authenticator.heard`. */
export const AUTH_CHANGE_CHANNEL = 'ub_auth_change';

function invalidCredentials(): GraphQLError {
  return new GraphQLError('Invalid or expired credentials', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Resolves the `Authorization` header of a request into a caller:
 * - `Bearer <jwt>`: a staff token; the user must still exist in the token's organisation, be active,
 *   and the token must be newer than the user's last role change or deactivation. The roles are the
 *   token's, limited to those the user still holds.
 * - `ApiKey <key>`: a partner or funder key; the roles are those it was created for that its owner
 *   still holds (the database function intersects them), never a role the owner gained later.
 * Anything else present but not valid is UNAUTHENTICATED, with no detail.
 *
 * Look-ups are cached for a few seconds per process (the soak sends thousands of requests a second
 * with the same token). Every change to an account or a key notifies every process at commit
 * (api/database/change-listener.ts), which forgets that user at once; while a process is not
 * listening (its listening connection lost), it trusts no cached look-up.
 */
export class Authenticator {
  private readonly sessions = new Map<number, { at: number; session: StaffSession | null }>();
  private readonly apiKeys = new Map<string, { at: number; user: AuthUser | null }>();
  /** Tokens whose signature was checked, until they expire: a client sends the same token on every call. */
  private readonly tokens = new Map<string, AuthUser>();
  /** Bumped by every forget: a look-up that started before it does not enter the cache. */
  private generation = 0;
  /** Whether cached look-ups may be used: only while changes are heard (setListening). */
  private listening: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly secret: string,
    private readonly ttlMs = 5_000,
    /** False when a listener (api/database/change-listener.ts) will say when changes are heard; true in a lone process. */
    listening = true,
  ) {
    this.listening = listening;
  }

  async authenticate(header: string | undefined): Promise<AuthUser | null> {
    if (header === undefined || header.trim() === '') return null;
    const match = /^(Bearer|ApiKey)\s+(\S+)$/i.exec(header.trim());
    if (!match) throw invalidCredentials();
    const user = match[1].toLowerCase() === 'bearer' ? await this.staff(match[2]) : await this.apiKey(match[2]);
    if (!user) throw invalidCredentials();
    return user;
  }

  /** Drops what is cached about a user (after a role change, a deactivation or a key revocation). */
  forgetUser(userId: number): void {
    this.generation++;
    this.sessions.delete(userId);
    for (const [hash, entry] of this.apiKeys) if (entry.user?.userId === userId) this.apiKeys.delete(hash);
  }

  forgetApiKeys(): void {
    this.generation++;
    this.apiKeys.clear();
  }

  forgetAll(): void {
    this.generation++;
    this.sessions.clear();
    this.apiKeys.clear();
  }

  /** A notification on AUTH_CHANGE_CHANNEL: the user whose account or keys changed. */
  heard(payload: string): void {
    const userId = Number(payload);
    if (payload !== '' && Number.isSafeInteger(userId)) this.forgetUser(userId);
    else this.forgetAll();
  }

  /** Changes are heard (true) or may be missed (false: every request looks its caller up again). */
  setListening(listening: boolean): void {
    this.forgetAll();
    this.listening = listening;
  }

  private async staff(token: string): Promise<AuthUser | null> {
    const claimed = this.verified(token);
    if (!claimed) return null;
    const session = await this.cached(this.sessions, claimed.userId, () => this.loadSession(claimed.userId)).then((entry) => entry.session);
    if (!session || !session.active || session.organizationId !== claimed.organizationId) return null;
    if (session.validAfter !== null && (claimed.issuedAt ?? 0) < session.validAfter) return null;
    const roles = claimed.roles.filter((role) => session.roles.includes(role));
    return { userId: claimed.userId, organizationId: claimed.organizationId, roles, issuedAt: claimed.issuedAt };
  }

  /** The token's claims if its signature holds and it has not expired (the HMAC is computed once per token). */
  private verified(token: string): AuthUser | null {
    const known = this.tokens.get(token);
    if (known && Math.floor(Date.now() / 1000) < known.expiresAt!) return known;
    const claimed = verifyStaffToken(this.secret, token);
    if (!claimed || claimed.expiresAt === undefined) return null;
    if (this.tokens.size >= 1_000) this.tokens.clear(); // bounded: a flood of distinct tokens cannot grow it
    this.tokens.set(token, claimed);
    return claimed;
  }

  private async apiKey(key: string): Promise<AuthUser | null> {
    if (!isApiKeyShaped(key)) return null;
    const hash = hashApiKey(key).toString('hex');
    return (await this.cached(this.apiKeys, hash, () => this.loadApiKey(hash))).user;
  }

  private async cached<K, V extends { at: number }>(cache: Map<K, V>, key: K, load: () => Promise<Omit<V, 'at'>>): Promise<V> {
    const hit = cache.get(key);
    if (hit && this.listening && Date.now() - hit.at < this.ttlMs) return hit;
    const generation = this.generation;
    const entry = { ...(await load()), at: Date.now() } as V;
    if (!this.listening || generation !== this.generation) return entry; // a change arrived meanwhile: the row read may predate it
    if (cache.size > 10_000) cache.clear(); // bounded: a flood of distinct tokens cannot grow it
    cache.set(key, entry);
    return entry;
  }

  private async loadSession(userId: number): Promise<{ session: StaffSession | null }> {
    const rows = await this.lookup<{ organization_id: number; roles: string[]; active: boolean; valid_after: number | null }>(
      `select organization_id, roles, active, ceil(extract(epoch from sessions_valid_after))::float8 as valid_after from auth_staff_session($1)`,
      [userId],
    );
    const row = rows[0];
    if (!row) return { session: null };
    return {
      session: { organizationId: Number(row.organization_id), roles: knownRoles(row.roles), active: row.active, validAfter: row.valid_after },
    };
  }

  private async loadApiKey(hashHex: string): Promise<{ user: AuthUser | null }> {
    const rows = await this.lookup<{ api_key_id: number; user_id: number; organization_id: number; roles: string[] }>(
      `select api_key_id, user_id, organization_id, roles from auth_api_key(decode($1, 'hex'))`,
      [hashHex],
    );
    const row = rows[0];
    if (!row) return { user: null };
    return { user: { userId: Number(row.user_id), organizationId: Number(row.organization_id), roles: knownRoles(row.roles), apiKeyId: Number(row.api_key_id) } };
  }

  /** A database outage while authenticating is the server's problem, not bad credentials. */
  private async lookup<Row>(sql: string, values: unknown[]): Promise<Row[]> {
    try {
      return await this.dataSource.query(sql, values);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw serviceUnavailable();
      throw error;
    }
  }
}

function knownRoles(roles: string[]): Role[] {
  return roles.filter((role) => ALL_ROLES.has(role)) as Role[];
}
