import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createDataSource, driverClient } from '../api/database/data-source';
import { createApp, type RunningApp } from '../api/server';
import { createLogger } from '../api/logger';
import { signStaffToken } from '../api/auth/token';
import { loadDemoData } from '../tools/demo/demo-data';
import { todayInFrance } from '../kernel/dates';
import { createReportingLogin } from '../api/reporting/reporting-cli';
import { foldReporting } from '../api/reporting/reporting-layer';
import { APP_ROLE, asMaintenance } from '../api/security/database-role';
import { blockOperations, fillPlaceholders, readmeExamples, type ReadmeBlock, type ReadmeExamples } from '../api/graphiql/readme-examples';
import { Role } from '../schema/enums';
import { TEMPLATE_DATABASE, TEST_SECRET } from './support/test-server';

/**
 * Every example of README.md and reporting/README.md, run in order as a new user would: on a fresh
 * database holding the demo organisation (as `npm start` loads it), as the printed development admin
 * token, with the placeholders filled from the previous answers (see api/graphiql/readme-examples.ts
 * for the conventions). An example fails on any error it does not announce, and on a union answer
 * that selects nothing (`{}`), which is what a client sees when an example forgets an error member.
 */
const FILES = ['README.md', 'reporting/README.md'];

let server: RunningApp;
let owner: DataSource;
let appDataSource: DataSource;
let token: string;
let databaseUrl: URL;
const adminUrl = () => process.env.UB_TEST_ADMIN_URL!;
const name = `ub_test_readme_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
const reportingLogin = `rdme_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
let organizationId = 0;
/** What the API logged while the examples ran (debug level). */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  databaseUrl = new URL(adminUrl());
  databaseUrl.pathname = `/${name}`;
  owner = createDataSource(databaseUrl.toString(), { poolSize: 2 });
  await owner.initialize();
  // What `npm start` does with DEMO_DATA on an empty database (api/main.ts).
  const summary = await asMaintenance(owner, (runner) => loadDemoData(driverClient(runner)));
  organizationId = Number(summary.organizationId);
  const [user] = await asMaintenance(owner, (runner) =>
    runner.query(`select id from app_user where organization_id = $1 and 'admin' = any(roles) and active order by id limit 1`, [organizationId]),
  );
  token = signStaffToken(TEST_SECRET, { userId: Number(user.id), organizationId, roles: [Role.ADMIN] });
  appDataSource = createDataSource(databaseUrl.toString(), { poolSize: 5, role: APP_ROLE });
  await appDataSource.initialize();
  server = await createApp({ dataSource: appDataSource, authSecret: TEST_SECRET, introspection: true, graphiql: true, logger: createLogger('debug', logStream) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await appDataSource?.destroy();
  await owner?.destroy();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`drop role if exists ${reportingLogin}`);
  await admin.end();
});

/** The latest answer of each root field, where placeholders are read. */
const answers: Record<string, unknown> = {};

function lookup(path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), answers);
}

function filler(examples: ReadmeExamples, where: string) {
  return (name: string) => {
    if (name === 'TODAY') return todayInFrance();
    if (name === 'TODAY_FR') return todayInFrance().split('-').reverse().join('/');
    const path = examples.bindings.get(name);
    if (!path) {
      if (/_(ID|NUMBER)$/.test(name)) throw new Error(`${where}: placeholder ${name} has no <!-- ${name} = … --> comment`);
      return undefined;
    }
    const value = lookup(path);
    if (value === undefined || value === null) throw new Error(`${where}: placeholder ${name} = ${path}, but no previous answer has it`);
    return String(value);
  };
}

/** Every error code in an answer (GraphQL errors and union error results), and every `{}`. */
function problems(body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }): { codes: string[]; empty: string[] } {
  const codes = (body.errors ?? []).map((error) => String(error.extensions?.code ?? error.message));
  const empty: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`));
    else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 0) empty.push(path);
      for (const [key, child] of entries) {
        if (key === 'errorCode') codes.push(String(child));
        walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(body.data, '');
  return { codes, empty };
}

async function graphql(query: string) {
  const response = await request(server.app).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send({ query });
  return response.body as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}

const IMPORT = `mutation ($csv: String!) { importWorkRecords(csv: $csv) {
  __typename ... on WorkRecordImport { imported } ... on ImportRejectedError { errorCount rowErrors { line reason } } ... on ErrorResult { errorCode message } } }`;

async function runBlock(examples: ReadmeExamples, block: ReadmeBlock, ran: string[]): Promise<void> {
  const where = `${block.file}:${block.line}`;
  if (block.lang === 'graphql') {
    for (const operation of blockOperations(block)) {
      const at = `${block.file}:${operation.line}`;
      const query = fillPlaceholders(operation.text, filler(examples, at));
      const body = await graphql(query);
      const { codes, empty } = problems(body);
      const unannounced = codes.filter((code) => !operation.expect.includes(code));
      expect({ at, query, unannounced, errors: body.errors ?? [], selectsNothing: empty }).toEqual({ at, query, unannounced: [], errors: body.errors?.filter((e) => operation.expect.includes(String(e.extensions?.code))) ?? [], selectsNothing: [] });
      for (const code of operation.expect) expect({ at, announced: code, answered: codes.includes(code) }).toEqual({ at, announced: code, answered: true });
      Object.assign(answers, body.data);
      ran.push(at);
    }
  } else if (block.lang === 'csv') {
    const csv = fillPlaceholders(block.text, filler(examples, where));
    const response = await request(server.app).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send({ query: IMPORT, variables: { csv } });
    const rows = csv.split('\n').slice(1).filter((line) => line.trim() !== '').length;
    expect({ where, csv, answer: response.body }).toEqual({ where, csv, answer: { data: { importWorkRecords: expect.objectContaining({ __typename: 'WorkRecordImport', imported: rows }) } } });
    Object.assign(answers, response.body.data);
    ran.push(where);
  } else {
    // A query of the Power BI guide, as a Power BI login of the demo organisation sees it.
    await asMaintenance(owner, (runner) => foldReporting(driverClient(runner)));
    const ownerClient = new pg.Client({ connectionString: databaseUrl.toString() });
    await ownerClient.connect();
    const password = await createReportingLogin(ownerClient, reportingLogin, organizationId).finally(() => ownerClient.end());
    const url = new URL(databaseUrl.toString());
    url.username = reportingLogin;
    url.password = password;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const result = await client.query(fillPlaceholders(block.text, filler(examples, where)));
      expect({ where, rows: result.rowCount! > 0 }).toEqual({ where, rows: true });
    } finally {
      await client.end();
    }
    ran.push(where);
  }
}

test.each(FILES)('every example of %s runs as printed on the demo data', async (file) => {
  const examples = readmeExamples(file);
  const ran: string[] = [];
  for (const block of examples.blocks) await runBlock(examples, block, ran);
  expect(ran.length).toBeGreaterThan(0);
}, 120_000);

test("GraphiQL opens with the walkthrough's operations in its tabs, in the README's order", async () => {
  const page = await request(server.app).get('/graphql').set('accept', 'text/html');
  expect(page.status).toBe(200);
  const tabs = JSON.parse(/defaultTabs: (\[.*?\]), headers:/s.exec(page.text)![1].replace(/\\u003c/g, '<')) as { query: string }[];
  const walkthrough = readmeExamples('README.md').blocks.filter((block) => block.section.startsWith('Walkthrough')).flatMap(blockOperations);
  expect(walkthrough.length).toBeGreaterThan(5);
  expect(tabs.slice(1).map((tab) => tab.query.trim())).toEqual(walkthrough.map((operation) => operation.text.trim()));
});

test('GET /favicon.ico answers with an image', async () => {
  const response = await request(server.app).get('/favicon.ico');
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^image\//);
  expect(response.body.length ?? response.text.length).toBeGreaterThan(0);
});

test("the examples' token never reaches a log line, though every request logged one", () => {
  const requests = logLines.map((line) => JSON.parse(line)).filter((line) => line.message === 'request');
  expect(requests.length).toBeGreaterThan(15);
  expect(requests[0]).toEqual(expect.objectContaining({ requestId: expect.any(String), durationMs: expect.any(Number), userId: expect.any(Number), organizationId }));
  const signature = token.split('.')[2];
  expect(logLines.filter((line) => line.includes(signature))).toEqual([]);
});
