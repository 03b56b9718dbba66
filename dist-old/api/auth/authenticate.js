"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Authenticator = exports.AUTH_CHANGE_CHANNEL = void 0;
const graphql_1 = require("graphql");
const enums_1 = require("../../schema/enums");
const token_1 = require("./token");
const api_key_1 = require("./api-key");
const database_errors_1 = require("../observability/database-errors");
const ALL_ROLES = new Set(Object.values(enums_1.Role));
/** The channel the account and key triggers notify (migrations/1766000000000-auth-change-notify.ts), heard by `Authenticator.heard`. */
exports.AUTH_CHANGE_CHANNEL = 'ub_auth_change';
function invalidCredentials() {
    return new graphql_1.GraphQLError('Invalid or expired credentials', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
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
class Authenticator {
    constructor(dataSource, secret, ttlMs = 5_000, 
    /** False when a listener (api/database/change-listener.ts) will say when changes are heard; true in a lone process. */
    listening = true) {
        this.dataSource = dataSource;
        this.secret = secret;
        this.ttlMs = ttlMs;
        this.sessions = new Map();
        this.apiKeys = new Map();
        /** Tokens whose signature was checked, until they expire: a client sends the same token on every call. */
        this.tokens = new Map();
        /** Bumped by every forget: a look-up that started before it does not enter the cache. */
        this.generation = 0;
        this.listening = listening;
    }
    async authenticate(header) {
        if (header === undefined || header.trim() === '')
            return null;
        const match = /^(Bearer|ApiKey)\s+(\S+)$/i.exec(header.trim());
        if (!match)
            throw invalidCredentials();
        const user = match[1].toLowerCase() === 'bearer' ? await this.staff(match[2]) : await this.apiKey(match[2]);
        if (!user)
            throw invalidCredentials();
        return user;
    }
    /** Drops what is cached about a user (after a role change, a deactivation or a key revocation). */
    forgetUser(userId) {
        this.generation++;
        this.sessions.delete(userId);
        for (const [hash, entry] of this.apiKeys)
            if (entry.user?.userId === userId)
                this.apiKeys.delete(hash);
    }
    forgetApiKeys() {
        this.generation++;
        this.apiKeys.clear();
    }
    forgetAll() {
        this.generation++;
        this.sessions.clear();
        this.apiKeys.clear();
    }
    /** A notification on AUTH_CHANGE_CHANNEL: the user whose account or keys changed. */
    heard(payload) {
        const userId = Number(payload);
        if (payload !== '' && Number.isSafeInteger(userId))
            this.forgetUser(userId);
        else
            this.forgetAll();
    }
    /** Changes are heard (true) or may be missed (false: every request looks its caller up again). */
    setListening(listening) {
        this.forgetAll();
        this.listening = listening;
    }
    async staff(token) {
        const claimed = this.verified(token);
        if (!claimed)
            return null;
        const session = await this.cached(this.sessions, claimed.userId, () => this.loadSession(claimed.userId)).then((entry) => entry.session);
        if (!session || !session.active || session.organizationId !== claimed.organizationId)
            return null;
        if (session.validAfter !== null && (claimed.issuedAt ?? 0) < session.validAfter)
            return null;
        const roles = claimed.roles.filter((role) => session.roles.includes(role));
        return { userId: claimed.userId, organizationId: claimed.organizationId, roles, issuedAt: claimed.issuedAt };
    }
    /** The token's claims if its signature holds and it has not expired (the HMAC is computed once per token). */
    verified(token) {
        const known = this.tokens.get(token);
        if (known && Math.floor(Date.now() / 1000) < known.expiresAt)
            return known;
        const claimed = (0, token_1.verifyStaffToken)(this.secret, token);
        if (!claimed || claimed.expiresAt === undefined)
            return null;
        if (this.tokens.size >= 1_000)
            this.tokens.clear(); // bounded: a flood of distinct tokens cannot grow it
        this.tokens.set(token, claimed);
        return claimed;
    }
    async apiKey(key) {
        if (!(0, api_key_1.isApiKeyShaped)(key))
            return null;
        const hash = (0, api_key_1.hashApiKey)(key).toString('hex');
        return (await this.cached(this.apiKeys, hash, () => this.loadApiKey(hash))).user;
    }
    async cached(cache, key, load) {
        const hit = cache.get(key);
        if (hit && this.listening && Date.now() - hit.at < this.ttlMs)
            return hit;
        const generation = this.generation;
        const entry = { ...(await load()), at: Date.now() };
        if (!this.listening || generation !== this.generation)
            return entry; // a change arrived meanwhile: the row read may predate it
        if (cache.size > 10_000)
            cache.clear(); // bounded: a flood of distinct tokens cannot grow it
        cache.set(key, entry);
        return entry;
    }
    async loadSession(userId) {
        const rows = await this.lookup(`select organization_id, roles, active, ceil(extract(epoch from sessions_valid_after))::float8 as valid_after from auth_staff_session($1)`, [userId]);
        const row = rows[0];
        if (!row)
            return { session: null };
        return {
            session: { organizationId: Number(row.organization_id), roles: knownRoles(row.roles), active: row.active, validAfter: row.valid_after },
        };
    }
    async loadApiKey(hashHex) {
        const rows = await this.lookup(`select api_key_id, user_id, organization_id, roles from auth_api_key(decode($1, 'hex'))`, [hashHex]);
        const row = rows[0];
        if (!row)
            return { user: null };
        return { user: { userId: Number(row.user_id), organizationId: Number(row.organization_id), roles: knownRoles(row.roles), apiKeyId: Number(row.api_key_id) } };
    }
    /** A database outage while authenticating is the server's problem, not bad credentials. */
    async lookup(sql, values) {
        try {
            return await this.dataSource.query(sql, values);
        }
        catch (error) {
            if ((0, database_errors_1.isDatabaseUnavailable)(error))
                throw (0, database_errors_1.serviceUnavailable)();
            throw error;
        }
    }
}
exports.Authenticator = Authenticator;
function knownRoles(roles) {
    return roles.filter((role) => ALL_ROLES.has(role));
}
//# sourceMappingURL=authenticate.js.map