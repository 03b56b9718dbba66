"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_LOGIN_LIMITS = void 0;
exports.loginName = loginName;
exports.loginLimits = loginLimits;
exports.createReportingLogin = createReportingLogin;
exports.runReportingCli = runReportingCli;
require("reflect-metadata");
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const config_1 = require("../config");
const data_source_1 = require("../database/data-source");
const database_url_1 = require("../database/database-url");
const dictionary_1 = require("./dictionary");
const reporting_layer_1 = require("./reporting-layer");
const USAGE = `usage: npm run reporting -- <command>

The reporting layer Power BI reads (reporting/README.md). Commands:
  status                               installed version, freshness, pending changes, rows per aggregate
  fold                                 add the pending changes to the aggregates now (the API does it every second)
  rebuild                              recompute every aggregate from the base tables, one by one
  login <name> --organization <id>     create a Power BI login that sees that organisation's reporting views
                                       (or give an existing one a new password); prints the password once
        [--statement-timeout <d>]      longest statement (default REPORTING_STATEMENT_TIMEOUT, else 5min)
        [--idle-in-transaction-timeout <d>]  idle in an open transaction (default REPORTING_IDLE_IN_TRANSACTION_TIMEOUT, else 1min)
        [--connection-limit <n>]       simultaneous connections (default REPORTING_CONNECTION_LIMIT, else 10)
                                       durations: a number with ms, s, min or h
  drop-login <name>                    remove a Power BI login
  dictionary                           rewrite the data dictionary of reporting/README.md from the views' comments
Database: DATABASE_URL (as its owner), else the embedded server of DATA_DIR.
Exit status: 0 done; 2 usage error or failure.`;
class UsageError extends Error {
}
/** A command that cannot be done as asked (unknown organisation, name taken): told alone. */
class Refusal extends Error {
}
/** A login name PostgreSQL takes as is (no quoting games): lower case, digits, underscores. */
function loginName(raw) {
    if (!raw || !/^[a-z_][a-z0-9_]{2,62}$/.test(raw))
        throw new UsageError(`a login name is 3 to 63 lower-case letters, digits or underscores, got "${raw ?? ''}"`);
    if (raw.startsWith('pg_') || raw.startsWith('ub_'))
        throw new UsageError(`"${raw}" is reserved (pg_ and ub_ prefixes)`);
    return raw;
}
function organizationOption(argv) {
    const at = argv.indexOf('--organization');
    const value = at >= 0 ? argv[at + 1] : undefined;
    if (!value || !/^[1-9]\d{0,14}$/.test(value))
        throw new UsageError(`--organization needs an organisation id, got "${value ?? ''}"`);
    return Number(value);
}
exports.DEFAULT_LOGIN_LIMITS = { statementTimeout: '5min', idleInTransactionTimeout: '1min', connectionLimit: 10 };
function option(argv, flag) {
    const at = argv.indexOf(flag);
    if (at < 0)
        return undefined;
    const value = argv[at + 1];
    if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${flag} needs a value`);
    return value;
}
function duration(value, name) {
    if (!/^[1-9]\d{0,8}(ms|s|min|h)?$/.test(value))
        throw new UsageError(`${name} is a positive duration such as 30s, 5min or 1h, got "${value}"`);
    return value;
}
/** The login's limits: flags, else the environment, else the defaults. */
function loginLimits(argv, env) {
    const statementTimeout = option(argv, '--statement-timeout') ?? env.REPORTING_STATEMENT_TIMEOUT ?? exports.DEFAULT_LOGIN_LIMITS.statementTimeout;
    const idle = option(argv, '--idle-in-transaction-timeout') ?? env.REPORTING_IDLE_IN_TRANSACTION_TIMEOUT ?? exports.DEFAULT_LOGIN_LIMITS.idleInTransactionTimeout;
    const connections = option(argv, '--connection-limit') ?? env.REPORTING_CONNECTION_LIMIT ?? String(exports.DEFAULT_LOGIN_LIMITS.connectionLimit);
    if (!/^[1-9]\d{0,3}$/.test(connections))
        throw new UsageError(`the connection limit is a number from 1 to 9999, got "${connections}"`);
    return {
        statementTimeout: duration(statementTimeout, 'the statement timeout'),
        idleInTransactionTimeout: duration(idle, 'the idle-in-transaction timeout'),
        connectionLimit: Number(connections),
    };
}
/** The login must be a reporting login (or not exist yet): never another role of the server. */
async function assertReportingLogin(client, name) {
    const { rows } = await client.query(`select exists (select 1 from pg_auth_members m join pg_roles g on g.oid = m.roleid and g.rolname = 'ub_reporting' where m.member = r.oid) as reporting
       from pg_roles r where r.rolname = $1`, [name]);
    if (rows.length && !rows[0].reporting)
        throw new Refusal(`role "${name}" exists and is not a reporting login: choose another name`);
    return rows.length > 0;
}
/**
 * Creates the Power BI login `name` for one organisation, or gives an existing one a new password,
 * that organisation and these limits; returns the password. `name` must have passed loginName(). The
 * database's rights are restricted again (no TEMP, no CREATE anywhere: reporting_restrict_database()),
 * as a database made from a template does not inherit them.
 */
async function createReportingLogin(client, name, organizationId, limits = exports.DEFAULT_LOGIN_LIMITS) {
    const password = node_crypto_1.default.randomBytes(18).toString('base64url');
    await client.query('begin');
    try {
        await client.query(`select set_config('app.maintenance', 'on', true)`);
        const { rowCount } = await client.query('select 1 from organization where id = $1', [organizationId]);
        if (!rowCount)
            throw new Refusal(`no organisation ${organizationId} in this database`);
        const exists = await assertReportingLogin(client, name);
        const literal = client.escapeLiteral(password);
        await client.query(exists ? `alter role ${name} with login password ${literal}` : `create role ${name} with login password ${literal} in role ub_reporting`);
        await client.query(`alter role ${name} with nosuperuser nocreatedb nocreaterole inherit nobypassrls connection limit ${Number(limits.connectionLimit)}`);
        await client.query(`alter role ${name} set statement_timeout = ${client.escapeLiteral(limits.statementTimeout)}`);
        await client.query(`alter role ${name} set idle_in_transaction_session_timeout = ${client.escapeLiteral(limits.idleInTransactionTimeout)}`);
        await client.query('select reporting_restrict_database()');
        await client.query(`insert into reporting_login (role_name, organization_id) values ($1, $2)
       on conflict (role_name) do update set organization_id = excluded.organization_id`, [name, organizationId]);
        await client.query('commit');
    }
    catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
    }
    return password;
}
async function createLogin(client, name, organizationId, limits, url, io) {
    const password = await createReportingLogin(client, name, organizationId, limits);
    io.stdout.write(`${name}: sees organisation ${organizationId} in the reporting views ` +
        `(statement timeout ${limits.statementTimeout}, idle in transaction ${limits.idleInTransactionTimeout}, ${limits.connectionLimit} connections at most)\n` +
        `password (shown once): ${password}\n` +
        `Power BI: Get data → PostgreSQL database, server ${url.hostname}:${url.port || 5432}, database ${url.pathname.slice(1)}, then the reporting schema\n`);
}
async function dropLogin(client, name, io) {
    if (!(await assertReportingLogin(client, name)))
        throw new Refusal(`no reporting login "${name}"`);
    await client.query('begin');
    try {
        await client.query(`select set_config('app.maintenance', 'on', true)`);
        await client.query('delete from reporting_login where role_name = $1', [name]);
        await client.query(`drop role ${name}`);
        await client.query('commit');
    }
    catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
    }
    io.stdout.write(`${name}: removed\n`);
}
async function status(client, io) {
    const { rows: [state] } = await client.query(`select checksum, installed_at, last_fold_at, last_rebuild_at,
            (select count(*) from reporting_engine.work_delta)::int as work, (select count(*) from reporting_engine.sales_delta)::int as sales
       from reporting_engine.state`);
    io.stdout.write(`reporting layer ${String(state.checksum).slice(0, 12)} installed ${state.installed_at.toISOString()}\n` +
        `last fold ${state.last_fold_at?.toISOString() ?? 'never'}, last rebuild ${state.last_rebuild_at?.toISOString() ?? 'never'}\n` +
        `pending changes: ${state.work} work record rows, ${state.sales} sales events\n`);
    const { rows: names } = await client.query('select name from reporting_engine.aggregate order by name');
    for (const { name } of names) {
        const { rows } = await client.query(`select count(*)::int as count from reporting_engine.${name}`);
        io.stdout.write(`  ${name}: ${rows[0].count} rows\n`);
    }
}
/** Rewrites the dictionary section of reporting/README.md; refuses while a view or column lacks its comment. */
async function writeDictionary(client, io) {
    const views = await (0, dictionary_1.readDictionary)(client);
    const problems = (0, dictionary_1.commentProblems)(views);
    if (problems.length)
        throw new Refusal(`no "Label — meaning" comment on: ${problems.join(', ')} (reporting/98-dictionary.sql)`);
    const file = (0, config_1.projectPath)('reporting', 'README.md');
    node_fs_1.default.writeFileSync(file, (0, dictionary_1.withDictionary)(node_fs_1.default.readFileSync(file, 'utf8'), (0, dictionary_1.renderDictionary)(views)));
    io.stdout.write(`reporting/README.md: data dictionary of ${views.length} views written\n`);
}
async function runReportingCli(argv, io) {
    let embedded;
    try {
        const [command, ...rest] = argv;
        if (!command || command === '--help' || command === '-h') {
            io.stdout.write(`${USAGE}\n`);
            return command ? 0 : 2;
        }
        if (!['status', 'fold', 'rebuild', 'login', 'drop-login', 'dictionary'].includes(command))
            throw new UsageError(`unknown command "${command}"`);
        const config = (0, config_1.loadConfig)(io.env);
        const resolved = await (0, database_url_1.resolveDatabaseUrl)(config, (line) => io.stderr.write(`reporting: ${line}\n`), { useRunningEmbedded: true });
        embedded = resolved.embedded;
        const owner = (0, data_source_1.createDataSource)(resolved.url, { poolSize: 1, applicationName: 'ub-platform reporting' });
        await owner.initialize();
        try {
            if (await owner.showMigrations())
                throw new config_1.ConfigError('the database is not migrated: start the API once (npm start) to create and migrate it');
            await (0, data_source_1.withDriverClient)(owner, async (client) => {
                await (0, reporting_layer_1.installReportingLayer)(client, (line) => io.stderr.write(`reporting: ${line}\n`));
                if (command === 'status')
                    return status(client, io);
                if (command === 'fold') {
                    const started = performance.now();
                    const folded = await (0, reporting_layer_1.foldReporting)(client);
                    io.stdout.write(`folded ${folded} changes in ${(performance.now() - started).toFixed(0)} ms\n`);
                    return;
                }
                if (command === 'rebuild') {
                    const started = performance.now();
                    await (0, reporting_layer_1.rebuildAggregates)(client, (done) => io.stderr.write(`reporting: ${done.name}: ${done.sourceRows} source rows in ${(done.ms / 1000).toFixed(1)} s\n`));
                    io.stdout.write(`rebuilt every aggregate in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
                    return;
                }
                if (command === 'dictionary')
                    return writeDictionary(client, io);
                const name = loginName(rest[0]);
                if (command === 'login')
                    return createLogin(client, name, organizationOption(rest), loginLimits(rest, io.env), new URL(resolved.url), io);
                return dropLogin(client, name, io);
            });
        }
        finally {
            await owner.destroy();
        }
        return 0;
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`reporting: ${error.message}\n\n${USAGE}\n`);
            return 2;
        }
        if (error instanceof Refusal || error instanceof config_1.ConfigError) {
            io.stderr.write(`reporting: ${error.message}\n`);
            return 2;
        }
        io.stderr.write(`reporting: failed: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
    finally {
        await embedded?.stop().catch(() => undefined);
    }
}
if (require.main === module) {
    void runReportingCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => process.exit(code));
}
//# sourceMappingURL=reporting-cli.js.map