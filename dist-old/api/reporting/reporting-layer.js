"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPORTING_OWNER = void 0;
exports.readReportingSql = readReportingSql;
exports.aggregateNames = aggregateNames;
exports.rebuildAggregates = rebuildAggregates;
exports.installReportingLayer = installReportingLayer;
exports.foldReporting = foldReporting;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const config_1 = require("../config");
/**
 * The reporting layer's life cycle (the SQL is in reporting/*.sql, documented in reporting/README.md):
 * install when its text changed, full rebuild of the aggregates, and the fold that adds recent
 * changes to them. All of it runs as the owner (the role that runs the migrations), except the fold,
 * which the API's role may call. The objects of the layer belong to REPORTING_OWNER, never to the
 * migrating role, which may be a superuser (the embedded server's `postgres`).
 */
/** The owner of the reporting schemas and everything in them: no superuser, no BYPASSRLS (migration 1764900000000). */
exports.REPORTING_OWNER = 'ub_reporting_owner';
function readReportingSql(dir = (0, config_1.projectPath)('reporting')) {
    const names = node_fs_1.default.readdirSync(dir).filter((name) => name.endsWith('.sql')).sort();
    const files = names.map((name) => ({ name, text: node_fs_1.default.readFileSync(node_path_1.default.join(dir, name), 'utf8') }));
    const hash = node_crypto_1.default.createHash('sha256');
    for (const file of files)
        hash.update(file.name).update('\0').update(file.text).update('\0');
    return { files, checksum: hash.digest('hex') };
}
/** The aggregates, in the order a rebuild takes them. */
async function aggregateNames(client) {
    const { rows } = await client.query('select name from reporting_engine.aggregate order by name');
    return rows.map((row) => row.name);
}
async function inTransaction(client, work) {
    await client.query('begin');
    try {
        const result = await work();
        await client.query('commit');
        return result;
    }
    catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
    }
}
/**
 * Recomputes every aggregate from the base tables in one transaction. Writers of work records and
 * sales events wait until it commits (their changes then reach the aggregates through the next fold);
 * readers keep reading the previous figures meanwhile. `onAggregate` reports each one as it is done.
 */
async function rebuildAggregates(client, onAggregate = () => undefined) {
    const rebuilds = await inTransaction(client, () => rebuildInTransaction(client, onAggregate));
    await vacuumAggregates(client, rebuilds);
    return rebuilds;
}
/**
 * VACUUM after a rebuild (outside its transaction): sets the hint bits and the visibility map of the
 * new rows, so the first reports do not write them and index-only scans can serve them.
 */
async function vacuumAggregates(client, rebuilds) {
    for (const rebuild of rebuilds)
        await client.query(`vacuum (analyze) reporting_engine.${rebuild.name}`);
}
async function rebuildInTransaction(client, onAggregate) {
    await client.query('select reporting_engine.begin_rebuild()');
    const done = [];
    for (const name of await aggregateNames(client)) {
        const started = performance.now();
        const { rows } = await client.query('select reporting_engine.rebuild($1) as source_rows', [name]);
        const rebuild = { name, sourceRows: Number(rows[0].source_rows), ms: performance.now() - started };
        done.push(rebuild);
        onAggregate(rebuild);
    }
    return done;
}
/** The checksum of the installed reporting SQL, or null when the layer is not installed. */
async function installedChecksum(client) {
    const { rows } = await client.query(`select to_regclass('reporting_engine.state') is not null as present`);
    if (!rows[0].present)
        return null;
    const state = await client.query('select checksum from reporting_engine.state');
    return state.rows[0]?.checksum ?? null;
}
/**
 * Installs the reporting layer when the database lacks it or holds another version of its SQL: drops
 * both reporting schemas, runs reporting/*.sql in name order and rebuilds the aggregates, in one
 * transaction (a failure leaves the previous layer in place). Concurrent starts wait for each other.
 * Needs a migrated database.
 */
async function installReportingLayer(client, log = () => undefined, sql = readReportingSql()) {
    const outcome = await inTransaction(client, async () => {
        await client.query(`select pg_advisory_xact_lock(hashtext('reporting_engine.install'))`);
        const installed = await installedChecksum(client);
        if (installed === sql.checksum)
            return { installed: false, checksum: sql.checksum, rebuilds: [] };
        log(installed ? 'reporting layer changed: reinstalling' : 'installing the reporting layer');
        await client.query('drop schema if exists reporting, reporting_engine cascade');
        await client.query(`create schema reporting_engine authorization ${exports.REPORTING_OWNER}; create schema reporting authorization ${exports.REPORTING_OWNER}`);
        // Everything from here on is created by, and belongs to, the owner role; reset at commit.
        await client.query(`set local role ${exports.REPORTING_OWNER}`);
        for (const file of sql.files) {
            try {
                await client.query(file.text);
            }
            catch (error) {
                throw new Error(`reporting/${file.name}: ${error.message}`, { cause: error });
            }
        }
        await client.query('insert into reporting_engine.state (checksum) values ($1)', [sql.checksum]);
        const rebuilds = await rebuildInTransaction(client, (rebuild) => log(`  ${rebuild.name}: ${rebuild.sourceRows} source rows in ${rebuild.ms.toFixed(0)} ms`));
        return { installed: true, checksum: sql.checksum, rebuilds };
    });
    await vacuumAggregates(client, outcome.rebuilds);
    return outcome;
}
/** Adds the pending changes to the aggregates; returns how many changed rows it folded. */
async function foldReporting(client) {
    const { rows } = await client.query('select reporting_engine.fold() as folded');
    return Number(rows[0].folded);
}
//# sourceMappingURL=reporting-layer.js.map