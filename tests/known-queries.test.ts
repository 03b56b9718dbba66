import crypto from 'node:crypto';
import request from 'supertest';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { createApp, type RunningApp } from '../api/server';
import { createLogger } from '../api/logger';
import { asMaintenance } from '../api/security/database-role';
import { driverClient } from '../api/database/data-source';
import { loadDemoData } from '../tools/demo/demo-data';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';

/**
 * A query already served once is answered again without Apollo's pipeline (api/http/known-queries.ts).
 * Each answer must be the one Apollo gives, byte for byte with its status and content type: the
 * same requests go to an app that always goes through Apollo (knownQueries: false), and to the app
 * under test twice (the first time Apollo answers and the query is remembered, the second time it
 * is known). Failures of a known query (caller, variables, limits) are answered by Apollo, whole.
 */

const app = useTestApp();
let reference: RunningApp;
let organizationId: number;
let medical: string;
let admin: string;
/** A role that may not read the catalog. */
let medicalOnly: string;

beforeAll(async () => {
  reference = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: true, logger: createLogger('silent'), exposeSqlCount: true, knownQueries: false });
  organizationId = Number((await asMaintenance(app.dataSource, (runner) => loadDemoData(driverClient(runner), { check: false }))).organizationId);
  const [user] = await app.sql<{ id: string }>(`select min(id) as id from app_user where organization_id = $1 and 'admin' = any(roles)`, [organizationId]);
  await app.sql(`update app_user set roles = '{admin,medico_social}' where id = $1`, [user.id]);
  medical = `Bearer ${signStaffToken(TEST_SECRET, { userId: Number(user.id), organizationId, roles: [Role.ADMIN, Role.MEDICO_SOCIAL] })}`;
  admin = `Bearer ${signStaffToken(TEST_SECRET, { userId: Number(user.id), organizationId, roles: [Role.ADMIN] })}`;
  medicalOnly = `Bearer ${signStaffToken(TEST_SECRET, { userId: Number(user.id), organizationId, roles: [Role.MEDICO_SOCIAL] })}`;
});
afterAll(async () => {
  await reference.close();
});

interface Call {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string;
  authorization?: string;
  accept?: string;
  requestId?: string;
}

async function send(target: RunningApp, call: Call) {
  let post = request(target.app).post('/graphql').set('content-type', 'application/json');
  if (call.authorization) post = post.set('authorization', call.authorization);
  if (call.accept) post = post.set('accept', call.accept);
  if (call.requestId) post = post.set('x-request-id', call.requestId);
  const response = await post.send({ query: call.query, variables: call.variables, operationName: call.operationName });
  return { status: response.status, type: response.headers['content-type'], body: response.text };
}

async function knownAnswers(): Promise<number> {
  const metrics = await request(app.server.app).get('/metrics');
  return Number(/^ub_graphql_known_query_answers_total (\d+)$/m.exec(metrics.text)![1]);
}

/** The answer of Apollo, then of the app under test the first and the second time, and how many of these the known path gave. */
async function threeWays(call: Call) {
  const before = await knownAnswers();
  const apollo = await send(reference, call);
  const first = await send(app.server, call);
  const second = await send(app.server, call);
  return { apollo, first, second, known: (await knownAnswers()) - before };
}

const CATALOG = 'query Catalog($take: Int!) { catalogItems(options: { take: $take }) { totalItems items { id code label unitPriceCents vatRatePercent active } } }';
const ORDERS = `query Orders { orders(options: { take: 3 }) { items { id reference: number status customer { legalName }
  lines { position quantity catalogItem { code } allocations { plannedHours beneficiary { matricule } } } } } }`;
const FRAGMENTS = `fragment Line on OrderLine { id quantity }
query WithFragments { me { userId roles } first: orders(options: { take: 1 }) { items { lines { ...Line } } } second: orders(options: { take: 2, skip: 1 }) { items { id } } }`;

it('answers a known query as Apollo does, byte for byte, for every Accept Apollo serves', async () => {
  const calls: Call[] = [
    { query: CATALOG, variables: { take: 7 }, authorization: admin },
    { query: ORDERS, authorization: admin },
    { query: FRAGMENTS, operationName: 'WithFragments', authorization: admin },
    { query: '{ __typename }' },
  ];
  const accepts = [undefined, 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', '*/*'];
  for (const call of calls) {
    for (const accept of accepts) {
      const { apollo, first, second, known } = await threeWays({ ...call, accept });
      expect(apollo.status).toBe(200);
      expect(JSON.parse(apollo.body).errors).toBeUndefined();
      expect(first).toEqual(apollo);
      expect(second).toEqual(apollo);
      // Remembered by the first call of the query (any Accept), known from then on.
      expect(known).toBe(accept === undefined ? 1 : 2);
    }
  }
  // The content type follows Accept as Apollo's does.
  expect((await send(app.server, { ...calls[0], accept: 'application/graphql-response+json' })).type).toBe('application/graphql-response+json; charset=utf-8');
});

it('leaves every failure of a known query to Apollo: the caller, the variables, the limits, the Accept', async () => {
  const DEEP = 'query Deep($take: Int!) { orders(options: { take: $take }) { items { lines { allocations { id } } } } }';
  await threeWays({ query: CATALOG, variables: { take: 2 }, authorization: admin });
  await threeWays({ query: DEEP, variables: { take: 1 }, authorization: admin });
  const failures: Call[] = [
    { query: CATALOG, variables: { take: 2 } }, // no caller
    { query: CATALOG, variables: { take: 2 }, authorization: 'Bearer not-a-token' },
    { query: CATALOG, variables: { take: 2 }, authorization: medicalOnly },
    { query: CATALOG, variables: { take: 'seven' }, authorization: admin },
    { query: CATALOG, variables: {}, authorization: admin },
    { query: CATALOG, variables: { take: 100_000 }, authorization: admin },
    { query: DEEP, variables: { take: 100 }, authorization: admin },
    { query: CATALOG, variables: { take: 2 }, authorization: admin, accept: 'text/html' },
    { query: CATALOG, variables: { take: 2 }, operationName: 'Other', authorization: admin },
    { query: `${CATALOG} query Second { me { userId } }`, variables: { take: 2 }, authorization: admin },
  ];
  const codes: string[] = [];
  for (const call of failures) {
    const { apollo, first, second, known } = await threeWays(call);
    codes.push(JSON.parse(apollo.body).errors?.[0]?.extensions?.code);
    expect(apollo.status === 200 && !JSON.parse(apollo.body).errors).toBe(false);
    expect(apollo.status).not.toBe(500);
    expect(first).toEqual(apollo);
    expect(second).toEqual(apollo);
    expect(known).toBe(0);
  }
  expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'LIST_TOO_LONG', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'OPERATION_RESOLUTION_FAILURE']);
});

it('checks the cost limit of a known query for its variables', async () => {
  const limits = { maxDepth: 12, maxCost: 20 };
  const limited = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: true, logger: createLogger('silent'), queryLimits: limits });
  const limitedReference = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: true, logger: createLogger('silent'), queryLimits: limits, knownQueries: false });
  try {
    const cheap: Call = { query: CATALOG, variables: { take: 2 }, authorization: admin };
    expect(JSON.parse((await send(limited, cheap)).body).errors).toBeUndefined();
    const costly = { ...cheap, variables: { take: 50 } };
    const refused = await send(limitedReference, costly);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(await send(limited, costly)).toEqual(refused);
  } finally {
    await limited.close();
    await limitedReference.close();
  }
});

it('never answers a mutation itself, and a query after it sees its write', async () => {
  const [item] = await app.sql<{ id: string }>(`select id::text from catalog_item where organization_id = $1 order by id limit 1`, [organizationId]);
  const read: Call = { query: 'query One($id: ID!) { catalogItem(id: $id) { label code activity serviceType unit unitPriceCents vatRatePercent } }', variables: { id: item.id }, authorization: admin };
  await threeWays(read);
  const current = JSON.parse((await send(app.server, read)).body).data.catalogItem;
  const rename: Call = { query: 'mutation Rename($id: ID!, $input: CatalogItemInput!) { updateCatalogItem(id: $id, input: $input) { __typename ... on CatalogItem { label } } }', authorization: admin };
  const before = await knownAnswers();
  for (const label of ['Renamed once', 'Renamed twice']) {
    const renamed = JSON.parse((await send(app.server, { ...rename, variables: { id: item.id, input: { ...current, label } } })).body);
    expect(renamed.data.updateCatalogItem).toEqual({ __typename: 'CatalogItem', label });
    expect(JSON.parse((await send(app.server, read)).body).data.catalogItem.label).toBe(label);
  }
  expect((await knownAnswers()) - before).toBe(2); // the two reads, not the mutations
});

it('traces the health data a known query reads, once per request', async () => {
  const query = '{ beneficiaries(options: { take: 3 }) { items { id identity { lastName } } } }';
  const audited = async () => {
    const requestId = crypto.randomUUID();
    const answer = await send(app.server, { query, authorization: medical, requestId });
    expect(JSON.parse(answer.body).errors).toBeUndefined();
    return app.sql<{ entity: string; ids: number[] }>(
      `select entity, array(select unnest(beneficiary_ids) order by 1)::int[] as ids from audit_log where request_id = $1 and operation = 'read' order by entity`, [requestId]);
  };
  const before = await knownAnswers();
  const first = await audited();
  const second = await audited();
  expect((await knownAnswers()) - before).toBe(1);
  expect(first).toEqual([{ entity: 'identity', ids: expect.arrayContaining([expect.any(Number)]) }]);
  expect(first[0].ids).toHaveLength(3);
  expect(second).toEqual(first);
});
