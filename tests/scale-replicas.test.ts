import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { projectPath } from '../api/config';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';
import { startStreamingPair, waitForReplay, type StreamingPair } from '../soak/replication';
import { apiReady, freePort, postGraphQL, runApi, type StartedApi } from './support/processes';

/**
 * Read replicas (READ_DATABASE_URL, issue 17): a primary and a streaming standby made for this file
 * (soak/replication.ts: initdb, pg_basebackup -R), and two API processes, A and B, each with the
 * primary and the standby. Pausing the standby's replay shows who answered: a query that sees a change
 * made on the primary after the pause was answered by the primary.
 */

jest.setTimeout(240_000);

const SECRET = 'a-production-secret-of-at-least-32-characters';
const MAX_LAG_MS = 3_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-replicas-'));
let pair: StreamingPair;
let primary: pg.Client;
let standby: pg.Client;
const apis: StartedApi[] = [];
let portA: number;
let portB: number;
let admin: string;
let viewer: string;
let commercial: string;
let customerId: string;

async function startApi(): Promise<number> {
  const port = await freePort();
  const api = runApi('node', {
    NODE_ENV: 'production', AUTH_SECRET: SECRET, PORT: String(port), DEMO_DATA: 'true', REPORTING_REFRESH_MS: '200',
    DATABASE_URL: pair.primaryUrl('ub'), READ_DATABASE_URL: pair.standbyUrl('ub'), READ_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
  });
  apis.push(api);
  await apiReady(api, 120_000);
  return port;
}

async function tokenOf(email: string): Promise<string> {
  const { rows: [user] } = await primary.query(`select id, organization_id, roles from app_user where email = $1`, [email]);
  return `Bearer ${signStaffToken(SECRET, { userId: Number(user.id), organizationId: Number(user.organization_id), roles: user.roles as Role[] })}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Changes the customer's name on the primary, as an operator would, outside the API. */
async function renameOnPrimary(name: string): Promise<void> {
  await primary.query('begin');
  await primary.query(`select set_config('app.maintenance', 'on', true)`);
  await primary.query(`update customer set legal_name = $1 where id = $2`, [name, customerId]);
  await primary.query('commit');
}

async function legalName(port: number, authorization: string): Promise<string> {
  const answer = await postGraphQL<{ customer: { legalName: string } }>(port, authorization, `query($id: ID!) { customer(id: $id) { legalName } }`, { id: customerId });
  expect(answer.errors).toBeUndefined();
  return answer.data!.customer.legalName;
}

async function createCustomer(port: number, legalName: string): Promise<string> {
  const answer = await postGraphQL<{ createCustomer: { id: string } }>(port, commercial, `mutation($input: CustomerInput!) { createCustomer(input: $input) { ... on Customer { id } } }`, {
    input: { legalName, siren: '732829320', billingAddress: { line1: '1 rue de la Paix', postalCode: '69001', city: 'Lyon' } },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data!.createCustomer.id;
}

async function customerSeen(port: number, id: string): Promise<boolean> {
  const answer = await postGraphQL<{ customer: { id: string } | null }>(port, commercial, `query($id: ID!) { customer(id: $id) { id } }`, { id });
  expect(answer.errors).toBeUndefined();
  return answer.data!.customer?.id === id;
}

const replicaReaders = async () => Number((await primaryOrStandby(standby, `select count(*) from pg_stat_activity where application_name = 'ub-platform replica reads'`)).count);
async function primaryOrStandby(client: pg.Client, sql: string): Promise<Record<string, unknown>> {
  return (await client.query(sql)).rows[0];
}

beforeAll(async () => {
  execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: projectPath(), stdio: 'inherit' });
  pair = await startStreamingPair({ dir }); // its own directory (mkdtemp) and machine-wide claimed ports (soak/ports.ts)
  portA = await startApi(); // creates and migrates `ub`, loads the demo data
  portB = await startApi();
  primary = new pg.Client({ connectionString: pair.primaryUrl('ub') });
  await primary.connect();
  await waitForReplay(pair);
  standby = new pg.Client({ connectionString: pair.standbyUrl('ub') });
  await standby.connect();
  admin = await tokenOf('admin@demo.ub-platform.fr');
  viewer = await tokenOf('lecture@demo.ub-platform.fr');
  commercial = await tokenOf('commercial@demo.ub-platform.fr');
  const { rows: [customer] } = await primary.query(`select id::text from customer order by id limit 1`);
  customerId = customer.id;
  // A process reads from replicas once it has listened for MAX_LAG_MS (+ two polls): other processes' writes before it are replayed by then.
  await sleep(MAX_LAG_MS + 1_000);
});

afterAll(async () => {
  for (const api of apis) api.child.kill('SIGTERM');
  await Promise.all(apis.map((api) => api.exited));
  await primary?.end();
  await standby?.end().catch(() => undefined);
  pair?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('read replicas', () => {
  it('serve queries: with the replay paused, a change made on the primary is not seen yet', async () => {
    await waitForReplay(pair);
    const before = await legalName(portA, viewer);
    await standby.query('select pg_wal_replay_pause()');
    try {
      await renameOnPrimary('Renamed on the primary');
      expect(await legalName(portA, viewer)).toBe(before);
      expect(await legalName(portB, viewer)).toBe(before);
      expect(await replicaReaders()).toBeGreaterThan(0);
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
    await waitForReplay(pair);
    expect(await legalName(portB, viewer)).toBe('Renamed on the primary');
  });

  it('a client reads its own writes at once, through the process that wrote and through another, while others may read the replica', async () => {
    await waitForReplay(pair);
    const before = await legalName(portA, viewer);
    await standby.query('select pg_wal_replay_pause()');
    try {
      await renameOnPrimary('Renamed again'); // for the viewer: still the replica's old name
      const id = await createCustomer(portA, 'Written through A');
      expect(await customerSeen(portA, id)).toBe(true);
      expect(await customerSeen(portB, id)).toBe(true);
      const fromB = await createCustomer(portB, 'Written through B');
      expect(await customerSeen(portA, fromB)).toBe(true);
      expect(await legalName(portA, viewer)).toBe(before);
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
    // Replayed: the writer's reads are served by the replica again, and see the same.
    await waitForReplay(pair);
    const id = await createCustomer(portB, 'Written with the replay running');
    expect(await customerSeen(portA, id)).toBe(true);
    expect(await customerSeen(portB, id)).toBe(true);
  });

  it('a write through one process is seen at once through the other, however soon the read follows', async () => {
    // With the replay paused, a read that reaches the replica cannot see the write: only a process that
    // knows of the write before it routes the read sends it to the primary. Four clients at once, each
    // reading through the other process right after its answer, for five short pauses (shorter than
    // READ_REPLICA_MAX_LAG_MS: the replica still serves everyone else).
    let writes = 0;
    let stale = 0;
    for (let round = 0; round < 5; round++) {
      await waitForReplay(pair);
      await standby.query('select pg_wal_replay_pause()');
      const until = Date.now() + MAX_LAG_MS / 2;
      try {
        await Promise.all([[portA, portB], [portB, portA], [portA, portB], [portB, portA]].map(async ([writer, reader]) => {
          while (Date.now() < until) {
            const id = await createCustomer(writer, 'Read at once elsewhere');
            writes++;
            if (!(await customerSeen(reader, id))) stale++;
          }
        }));
      } finally {
        await standby.query('select pg_wal_replay_resume()');
      }
    }
    expect(writes).toBeGreaterThan(40);
    expect(stale).toBe(0);
  });

  it(`a replica more than READ_REPLICA_MAX_LAG_MS behind serves nobody: queries go to the primary`, async () => {
    await waitForReplay(pair);
    await standby.query('select pg_wal_replay_pause()');
    try {
      await renameOnPrimary('Renamed while the replica lags');
      await sleep(MAX_LAG_MS + 1_000);
      expect(await legalName(portA, viewer)).toBe('Renamed while the replica lags');
      expect(await legalName(portB, viewer)).toBe('Renamed while the replica lags');
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
  });

  it('refresh_status tells, on the replica, how far behind it is', async () => {
    await waitForReplay(pair);
    const read = async (client: pg.Client) => {
      await client.query('begin');
      await client.query(`select set_config('app.organization_id', (select min(id)::text from organization), true)`);
      const { rows } = await client.query(`select on_replica, replica_lag_seconds::float as lag from reporting.refresh_status`);
      await client.query('rollback');
      return rows[0];
    };
    expect(await read(primary)).toEqual({ on_replica: false, lag: null });
    const onStandby = await read(standby);
    expect(onStandby.on_replica).toBe(true);
    expect(onStandby.lag).toBeGreaterThanOrEqual(0);
  });

  it('a standby that stops and starts again mid-load fails no request, and serves again once back', async () => {
    await standby.end();
    const failures: string[] = [];
    let stale = 0;
    let requests = 0;
    let running = true;
    const client = async (port: number, other: number) => {
      while (running) {
        // A write, then a read of it through the other process, and a page for the viewer.
        const id = await createCustomer(port, 'Under the standby restart').catch((error) => (failures.push(String(error)), undefined));
        if (id && !(await customerSeen(other, id).catch((error) => (failures.push(String(error)), true)))) stale++;
        const page = await postGraphQL(port, viewer, '{ orders(options: { take: 50 }) { totalItems items { id customer { legalName } lines { quantity catalogItem { code } } } } }').catch((error) => ({ errors: [{ message: String(error), extensions: { code: 'FETCH' } }] }));
        if (page.errors) failures.push(JSON.stringify(page.errors));
        requests += 3;
      }
    };
    const load = [client(portA, portB), client(portB, portA), client(portA, portA), client(portB, portB)];
    await sleep(1_000);
    // Sessions cut mid-statement (what a fast shutdown does to each): twenty times, 50 ms apart.
    const cutter = new pg.Client({ connectionString: pair.standbyUrl('postgres') });
    await cutter.connect();
    let cut = 0;
    for (let i = 0; i < 20; i++) {
      cut += Number((await cutter.query(`select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = 'ub-platform replica reads'`)).rows[0].n);
      await sleep(50);
    }
    await cutter.end();
    expect(cut).toBeGreaterThan(0);
    pair.stopStandby();
    await sleep(1_500);
    pair.startStandby();
    await sleep(2_000);
    running = false;
    await Promise.all(load);
    if (failures.length) console.log(apis.map((api) => api.stderr().slice(-3000) + api.stdout().slice(-3000)).join("\n----\n"));
    expect(failures).toEqual([]);
    expect(stale).toBe(0);
    expect(requests).toBeGreaterThan(30);
    // Each process said so, once per outage, in the line of the request that met it.
    const warnings = apis.flatMap((api) => api.stdout().split('\n')).filter((line) => line.includes('replica unavailable'))
      .map((line) => JSON.parse(line) as { requestId?: string; replica?: string });
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.filter((line) => !/^[0-9a-f-]{36}$/.test(line.requestId ?? '') || !line.replica)).toEqual([]);
    standby = new pg.Client({ connectionString: pair.standbyUrl('ub') });
    await standby.connect();
    const deadline = Date.now() + MAX_LAG_MS + 10_000;
    let readers = 0;
    while (Date.now() < deadline) {
      for (const port of [portA, portB]) await legalName(port, admin);
      readers = await replicaReaders();
      if (readers > 0) break;
      await sleep(200);
    }
    expect(readers).toBeGreaterThan(0);
  });
});
