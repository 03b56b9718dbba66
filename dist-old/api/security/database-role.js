"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APP_ROLE = void 0;
exports.appDatabaseUrl = appDatabaseUrl;
exports.asMaintenance = asMaintenance;
const config_1 = require("../config");
/**
 * The PostgreSQL role the API acts as (created by migrations/1764400000000-security.ts): no
 * superuser, no ownership, no BYPASSRLS, so row-level security always applies to it, and it may only
 * insert and read the audit log.
 */
exports.APP_ROLE = 'ub_app';
/**
 * APP_DATABASE_URL: a dedicated login role for the API (member of ub_app), used instead of the
 * migration URL. Without it the API connects with DATABASE_URL's credentials and takes ub_app at
 * connection start, which a SQL statement could undo (`SET ROLE` back to the login user); with a
 * dedicated login, there is nothing above ub_app to go back to.
 */
function appDatabaseUrl(env = process.env) {
    const raw = env.APP_DATABASE_URL;
    if (raw === undefined || raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new config_1.ConfigError('APP_DATABASE_URL is not a valid URL (expected postgres://user:pass@host:port/database)');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
        throw new config_1.ConfigError('APP_DATABASE_URL must start with postgres://');
    return raw;
}
/**
 * Runs `work` in a transaction of the owner in which the tenant policies let it see every
 * organisation (`app.maintenance`): demo loading and start-up look-ups. The owner is subject to the
 * policies (FORCE ROW LEVEL SECURITY) everywhere else.
 */
async function asMaintenance(dataSource, work) {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
        await runner.startTransaction();
        await runner.query(`select set_config('app.maintenance', 'on', true)`);
        const result = await work(runner);
        await runner.commitTransaction();
        return result;
    }
    catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
    }
    finally {
        await runner.release();
    }
}
//# sourceMappingURL=database-role.js.map