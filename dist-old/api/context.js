"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestContext = void 0;
const request_db_1 = require("./database/request-db");
const errors_1 = require("./common/errors");
const request_reads_1 = require("./read/request-reads");
const audit_1 = require("./security/audit");
/** Everything one request needs: who calls, its transaction, and its DataLoaders (created on first use). */
class RequestContext {
    constructor(requestId, user, dataSource, 
    /** The authenticator's caches, which user management clears when it changes an account. */
    authenticator, 
    /** Where the HTTP handler takes an answer with rendered items as parts (read/rendered-read.ts). */
    responseSink, 
    /** Read replicas, and the caller as they know it (read-your-writes), when READ_DATABASE_URL is set. */
    reads, 
    /** How list pages read (GRAPHQL_RENDERING; read/request-reads.ts). */
    readPath = 'rendered') {
        this.requestId = requestId;
        this.user = user;
        this.authenticator = authenticator;
        this.responseSink = responseSink;
        /** The health data this request read, written to the audit log once at its end (security/audit.ts). */
        this.healthReads = new audit_1.HealthReads();
        this.db = new request_db_1.RequestDb(dataSource, user?.organizationId ?? null, reads);
        this.reads = new request_reads_1.RequestReads(readPath);
    }
    /** How list pages read (GRAPHQL_RENDERING; read/request-reads.ts). */
    get readPath() {
        return this.reads.path;
    }
    /** The caller's organisation; every tenant query filters on it. */
    get organizationId() {
        if (!this.user)
            throw (0, errors_1.unauthenticated)();
        return this.user.organizationId;
    }
    /** Forgets every loaded row: after a write, fields must see the new state. */
    resetLoaders() {
        this.reads.resetLoaders();
    }
    /** List items rendered as JSON by PostgreSQL, placed into the result by the executor (read/rendered-read.ts). */
    get renderedItems() {
        return this.reads.renderedItems;
    }
    /** The per-request instance of a loader, created by `factory` on first use. */
    loader(key, factory) {
        return this.reads.loader(key, this, factory);
    }
}
exports.RequestContext = RequestContext;
//# sourceMappingURL=context.js.map