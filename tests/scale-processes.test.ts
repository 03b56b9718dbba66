import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { projectPath } from '../api/config';
import { signStaffToken } from '../api/auth/token';
import { rebuildAggregates } from '../api/reporting/reporting-layer';
import { Role } from '../schema/enums';
import { apiReady, freePort, postGraphQL, runApi, type StartedApi } from './support/processes';
import { TEMPLATE_DATABASE } from './support/test-server';

/**
 * Several API processes on one database, as `npm start` runs them with WEB_CONCURRENCY (issue 17):
 * one process alone and a cluster of two behind one port. Every process caches account look-ups for
 * ten minutes here (AUTH_CACHE_MS), so a refusal can only come from hearing the change
 * (api/database/change-listener.ts), never from the cache expiring. And the reporting fold, run by all
 * three every 100 ms, takes each change once.
 */

jest.setTimeout(180_000);

const SECRET = 'a-production-secret-of-at-least-32-characters';
const DATABASE = `ub_test_scale_processes_${process.pid}`;
const adminUrl = process.env.UB_TEST_ADMIN_URL!;
const databaseUrl = () => Object.assign(new URL(adminUrl), { pathname: `/${DATABASE}` }).toString();
const owner = new pg.Client({ connectionString: databaseUrl() });
let pair: StartedApi;
let singlePort: number;
let pairPort: number;
const started: StartedApi[] = [];

async function start(env: Record<string, string>): Promise<[StartedApi, number]> {
  const port = await freePort();
  const api = runApi('node', {
    NODE_ENV: 'production', AUTH_SECRET: SECRET, DATABASE_URL: databaseUrl(), PORT: String(port), DEMO_DATA: 'true',
    AUTH_CACHE_MS: '600000', REPORTING_REFRESH_MS: '100', ...env,
  });
  started.push(api);
  await apiReady(api);
  return [api, port];
}

beforeAll(async () => {
  execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: projectPath(), stdio: 'inherit' });
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${DATABASE} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  await owner.connect();
  [, singlePort] = await start({}); // loads the demo data
  [pair, pairPort] = await start({ WEB_CONCURRENCY: '2' });
});

afterAll(async () => {
  for (const api of started) api.child.kill('SIGTERM');
  await Promise.all(started.map((api) => api.exited));
  await owner.end();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.end();
});

/** Runs `sql` as the owner, seeing every organisation. */
async function asOwner<Row = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<Row[]> {
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.maintenance', 'on', true)`);
    const { rows } = await owner.query(sql, values);
    await owner.query('commit');
    return rows as Row[];
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}

async function tokenOf(email: string): Promise<string> {
  const [user] = await asOwner<{ id: number; organization_id: number; roles: string[] }>(`select id, organization_id, roles from app_user where email = $1`, [email]);
  return `Bearer ${signStaffToken(SECRET, { userId: Number(user.id), organizationId: Number(user.organization_id), roles: user.roles as Role[] })}`;
}

const ME = '{ me { roles } }';

/** Four calls in a row: behind the cluster's port they reach both of its processes, which cache the caller. */
async function answeredEverywhere(authorization: string): Promise<void> {
  for (const port of [singlePort, pairPort]) {
    for (let i = 0; i < 4; i++) expect((await postGraphQL(port, authorization, ME)).data?.me).toBeTruthy();
  }
}

/**
 * Waits (at most `limitMs`) until four calls in a row are refused on `port` — behind one port of two
 * processes, each must have heard the change (or noticed it cannot hear any), and one of them may do
 * so a few milliseconds after the other — then four more calls must all be refused too.
 */
async function refusedOn(port: number, authorization: string, limitMs = 2_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let inARow = 0;
  while (inARow < 4 && Date.now() < deadline) {
    const code = (await postGraphQL(port, authorization, ME)).errors?.[0]?.extensions.code;
    inARow = code === 'UNAUTHENTICATED' ? inARow + 1 : 0;
    if (inARow === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(inARow).toBe(4);
  for (let i = 0; i < 4; i++) expect((await postGraphQL(port, authorization, ME)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
}

const listeners = async () =>
  Number((await owner.query(`select count(*) from pg_stat_activity where datname = $1 and application_name = 'ub-platform changes'`, [DATABASE])).rows[0].count);

describe('API processes on one database', () => {
  it('WEB_CONCURRENCY=2 runs two processes behind one port, each listening for account changes', async () => {
    const workers = execFileSync('pgrep', ['-P', String(pair.child.pid)], { encoding: 'utf8' }).trim().split('\n');
    expect(workers).toHaveLength(2);
    expect(await listeners()).toBe(3);
  });

  it('an API key revoked through one process is refused by every process', async () => {
    const admin = await tokenOf('admin@demo.ub-platform.fr');
    const [customer] = await asOwner<{ id: number }>(`select id from customer order by id limit 1`);
    const created = await postGraphQL<{ createUser: { id: string } }>(singlePort, admin, `mutation($input: UserInput!) { createUser(input: $input) { ... on User { id } } }`, {
      input: { email: 'partner@processes.test', displayName: 'Partner', roles: ['PARTNER'], customerId: String(customer.id) },
    });
    const keyed = await postGraphQL<{ createApiKey: { key: string; id: string } }>(singlePort, admin, `mutation($input: ApiKeyInput!) { createApiKey(input: $input) { ... on ApiKeyCreated { id key } } }`, {
      input: { userId: created.data!.createUser.id, label: 'partner system' },
    });
    const key = `ApiKey ${keyed.data!.createApiKey.key}`;
    await answeredEverywhere(key);
    const revoked = await postGraphQL<{ revokeApiKey: { revokedAt: string } }>(singlePort, admin, `mutation($id: ID!) { revokeApiKey(id: $id) { ... on ApiKey { revokedAt } } }`, { id: keyed.data!.createApiKey.id });
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    await refusedOn(pairPort, key);
    await refusedOn(singlePort, key);
  });

  it('an account deactivated through the cluster is refused by every process, its own and the other', async () => {
    const commercial = await tokenOf('commercial@demo.ub-platform.fr');
    await answeredEverywhere(commercial);
    const [user] = await asOwner<{ id: number }>(`select id from app_user where email = 'commercial@demo.ub-platform.fr'`);
    const done = await postGraphQL<{ deactivateUser: { active: boolean } }>(pairPort, await tokenOf('admin@demo.ub-platform.fr'), `mutation($id: ID!) { deactivateUser(id: $id) { ... on User { active } } }`, { id: String(user.id) });
    expect(done.data!.deactivateUser.active).toBe(false);
    await refusedOn(singlePort, commercial);
    await refusedOn(pairPort, commercial);
  });

  it('an account changed in SQL, outside the API, is refused by every process', async () => {
    const viewer = await tokenOf('lecture@demo.ub-platform.fr');
    await answeredEverywhere(viewer);
    await asOwner(`update app_user set active = false where email = 'lecture@demo.ub-platform.fr'`);
    await refusedOn(singlePort, viewer);
    await refusedOn(pairPort, viewer);
  });

  it('a process that lost its listening connection trusts no cached look-up until it listens again', async () => {
    const supervisor = await tokenOf('moniteur.gerland@demo.ub-platform.fr');
    await answeredEverywhere(supervisor);
    await owner.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'ub-platform changes'`, [DATABASE]);
    // Nobody listens: this change notifies no process.
    await asOwner(`update app_user set active = false where email = 'moniteur.gerland@demo.ub-platform.fr'`);
    await refusedOn(singlePort, supervisor);
    await refusedOn(pairPort, supervisor);
    const deadline = Date.now() + 10_000;
    while ((await listeners()) < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await listeners()).toBe(3);
    // Listening again: a change is heard.
    const medical = await tokenOf('medico-social@demo.ub-platform.fr');
    await answeredEverywhere(medical);
    await asOwner(`update app_user set active = false where email = 'medico-social@demo.ub-platform.fr'`);
    await refusedOn(pairPort, medical);
  });

  it('three processes folding every 100 ms take each change once: the aggregates equal a rebuild', async () => {
    const views = async () => {
      const names = (await owner.query(`select viewname from pg_views where schemaname = 'reporting' and viewname like 'work_by_%' order by 1`)).rows.map((row) => row.viewname as string);
      expect(names.length).toBeGreaterThan(0);
      await owner.query('begin');
      await owner.query(`select set_config('app.organization_id', (select min(id)::text from organization), true)`);
      const out: Record<string, unknown[]> = {};
      for (const name of names) out[name] = (await owner.query(`select * from reporting.${name}`)).rows
          .filter((row) => row.records === undefined || Number(row.records) !== 0) // a rebuild has no rows that net to nothing
          .map((row) => JSON.stringify(row))
          .sort();
      await owner.query('commit');
      return out;
    };
    const pending = async () => Number((await owner.query(`select count(*) from reporting_engine.work_delta`)).rows[0].count);
    // Ten batches of new work, a few milliseconds apart, while the processes fold.
    for (let batch = 0; batch < 10; batch++) {
      await asOwner(`
        insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, production_task_id, hours, quantity, status, recorded_by)
        select organization_id, beneficiary_id, work_date - 7 * $1::int, order_line_id, production_task_id, hours, quantity, 'recorded', recorded_by
          from work_record where corrects_id is null order by id limit 50`, [batch + 1]);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const deadline = Date.now() + 20_000;
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const folded = await views();
    await rebuildAggregates(owner);
    expect(await views()).toEqual(folded);
  });

  it('SIGTERM to the cluster stops both of its processes, then it exits 0', async () => {
    const workers = execFileSync('pgrep', ['-P', String(pair.child.pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
    pair.child.kill('SIGTERM');
    expect((await pair.exited).code).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
    expect((await postGraphQL(singlePort, await tokenOf('admin@demo.ub-platform.fr'), ME)).data?.me).toBeTruthy();
  });
});
