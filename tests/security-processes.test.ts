import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postmasterPid, processIsAlive, waitForExit } from '../api/database/embedded';
import { projectPath } from '../api/config';
import { apiReady as ready, freePort, postGraphQL, runApi as run } from './support/processes';

/**
 * The real server as an operator runs it: built, started as a process (node, or `npm start`),
 * stopped with signals. Production defaults, a second start on the same DATA_DIR, and stopping.
 */

jest.setTimeout(120_000);

async function me(port: number, token: string): Promise<unknown> {
  return postGraphQL(port, `Bearer ${token}`, '{ me { roles } }');
}

/** State, parent and wait channel of a process, for a failure message. */
function processSummary(pid: number): string {
  const read = (file: string) => {
    try {
      return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch (error) {
      return String(error);
    }
  };
  const status = read('status').split('\n').filter((line) => /^(State|PPid):/.test(line)).join(', ');
  return `${status}, wchan ${read('wchan')}`;
}

const SECRET = 'a-production-secret-of-at-least-32-characters';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-processes-'));
fs.chmodSync(tmp, 0o711); // run as root, the embedded server runs as `postgres`, which must enter it
beforeAll(() => {
  execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: projectPath(), stdio: 'inherit' });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('production', () => {
  it('refuses to start without AUTH_SECRET, in one line and with no token', async () => {
    const started = run('node', { NODE_ENV: 'production', DATA_DIR: path.join(tmp, 'prod'), PORT: String(await freePort()) });
    expect((await started.exited).code).toBe(1);
    expect(started.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^ub-platform: AUTH_SECRET must be set when NODE_ENV=production/)]);
    expect(started.stdout()).not.toMatch(/token|eyJ/i);
    expect(fs.existsSync(path.join(tmp, 'prod', 'dev-auth-secret'))).toBe(false);
  });

  it('with AUTH_SECRET: prints no token and serves no GraphiQL (GRAPHIQL=true: tests/security-credentials.test.ts)', async () => {
    const adminUrl = process.env.UB_TEST_ADMIN_URL!;
    const name = `ub_test_processes_${process.pid}`;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const port = await freePort();
      const started = run('node', { NODE_ENV: 'production', AUTH_SECRET: SECRET, DATABASE_URL: url.toString(), PORT: String(port), DATA_DIR: path.join(tmp, 'prod') });
      await ready(started);
      expect(started.stdout()).not.toMatch(/token|eyJ/i);
      const page = await (await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } })).text();
      expect(page).not.toMatch(/GraphiQL|Bearer|eyJ/);
      started.child.kill('SIGTERM');
      expect((await started.exited).code).toBe(0);
    } finally {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

describe('whether a process still runs', () => {
  it('counts an exited process nobody reaped (a zombie) as stopped, and a sleeping one as running', async () => {
    // The shell starts a short sleep, then becomes a long one, which never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const child = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk) => resolve(String(chunk)))));
      expect(processIsAlive(child)).toBe(true);
      expect(await waitForExit(child, 10_000)).toBe(true);
      expect(fs.readFileSync(`/proc/${child}/stat`, 'utf8')).toMatch(/\) Z /); // exited, not reaped
      expect(processIsAlive(parent.pid!)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

describe('the embedded database of a DATA_DIR', () => {
  const dataDir = path.join(tmp, 'embedded');
  const pgDir = path.join(dataDir, 'pg');
  let pgPort: number;
  beforeAll(async () => {
    pgPort = await freePort();
  });
  const env = async () => ({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(await freePort()) });
  afterAll(async () => {
    const pid = postmasterPid(pgDir);
    if (pid !== undefined && processIsAlive(pid)) {
      process.kill(pid, 'SIGINT');
      await waitForExit(pid, 15_000);
    }
  });

  it('is left alone by a second start while its instance lives, and recovered once that instance died', async () => {
    const firstEnv = await env();
    const first = run('node', firstEnv);
    await ready(first, 90_000);
    const token = /Development admin token: (\S+)/.exec(first.stdout())?.[1];
    // An empty database has no admin to mint a token for; the API answering is what counts.
    const second = run('node', await env());
    expect((await second.exited).code).toBe(1);
    expect(second.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^ub-platform: another instance \(pid \d+\) is running on .*; stop it first/)]);
    const answer = (await me(Number(firstEnv.PORT), token ?? 'none')) as { errors?: { extensions: { code: string } }[] };
    expect(answer.errors?.[0]?.extensions.code ?? 'ok').not.toBe('SERVICE_UNAVAILABLE');
    const ready1 = await fetch(`http://127.0.0.1:${firstEnv.PORT}/ready`);
    expect(ready1.status).toBe(200);

    // kill -9: the instance is dead, its postmaster an orphan; the next start recovers it.
    const orphan = postmasterPid(pgDir)!;
    first.child.kill('SIGKILL');
    await first.exited;
    expect(processIsAlive(orphan)).toBe(true);
    const third = run('node', await env());
    await ready(third);
    expect(processIsAlive(orphan)).toBe(false);
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  });

  it('stops its database even when the orderly stop outlives SHUTDOWN_TIMEOUT_MS', async () => {
    const startEnv = { ...(await env()), SHUTDOWN_TIMEOUT_MS: '1000' };
    const api = run('node', startEnv);
    await ready(api);
    const postmaster = postmasterPid(pgDir)!;
    // A request whose body never comes: the HTTP drain waits for it (up to 10 s), past the limit.
    const socket = net.connect(Number(startEnv.PORT), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    await new Promise((resolve) => setTimeout(resolve, 200));
    api.child.kill('SIGTERM');
    try {
      expect((await api.exited).code).toBe(1);
      expect(api.stdout()).toMatch(/shutdown timed out/);
      expect(await waitForExit(postmaster, 60_000)).toBe(true);
    } finally {
      socket.destroy();
    }
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGKILL'] as const)('stops the API and its database when npm start gets %s', async (signal) => {
    const npm = run('npm', await env());
    await ready(npm);
    const api = Number(fs.readFileSync(path.join(dataDir, 'instance.pid'), 'utf8').split('\n')[0]);
    const postmaster = postmasterPid(pgDir)!;
    expect(processIsAlive(api)).toBe(true);
    expect(processIsAlive(postmaster)).toBe(true);
    npm.child.kill(signal);
    const stopped = await npm.exited;
    expect(await waitForExit(api, 20_000)).toBe(true);
    // PostgreSQL writes a shutdown checkpoint before it exits: under heavy disk load (CI beside a
    // 25 M-row bench generation) that took more than 20 s, so the bound is the test's time left.
    if (!(await waitForExit(postmaster, 60_000))) {
      throw new Error(`postmaster ${postmaster} still there 60 s after npm stopped (${JSON.stringify(stopped)}): ${processSummary(postmaster)}; API output: ${npm.stdout().slice(-1500)}${npm.stderr().slice(-1500)}`);
    }
  });
});
