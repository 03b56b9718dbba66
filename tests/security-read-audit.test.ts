import crypto from 'node:crypto';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { rawGql } from './support/security-client';
import { asMaintenance } from '../api/security/database-role';
import { driverClient } from '../api/database/data-source';
import { loadDemoData } from '../tools/demo/demo-data';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';

/**
 * Every read of health data — identities, médico-social notes, individual work records, parcours,
 * contract details — leaves one audit row per request and kind, naming the beneficiaries, whether
 * it was read at the root or through a nested path (CNIL délibération 2021-028).
 */

// Nested unpaged lists at their bounds cost more than the default limit (tests/security-limits.test.ts
// covers the limit); these tests are about the trace.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: 50_000_000 } });
let organizationId: number;
let userId: number;
let caller: string;

beforeAll(async () => {
  organizationId = Number((await asMaintenance(app.dataSource, (runner) => loadDemoData(driverClient(runner), { check: false }))).organizationId);
  const [admin] = await app.sql<{ id: string }>(`select min(id) as id from app_user where organization_id = $1 and 'admin' = any(roles)`, [organizationId]);
  userId = Number(admin.id);
  await app.sql(`update app_user set roles = '{admin,medico_social}' where id = $1`, [userId]);
  caller = `Bearer ${signStaffToken(TEST_SECRET, { userId, organizationId, roles: [Role.ADMIN, Role.MEDICO_SOCIAL] })}`;
});

/** Runs a query under a request id of its own and returns its audit rows of reads, by kind. */
async function traced(query: string): Promise<{ rows: Record<string, number[]>; data: unknown }> {
  const requestId = crypto.randomUUID();
  const response = await rawGql(app, query, {}, caller, { 'x-request-id': requestId });
  expect(response.body.errors).toBeUndefined();
  const rows = await app.sql<{ entity: string; ids: number[]; user_id: number; organization_id: number; outcome: string }>(
    `select entity, array(select unnest(beneficiary_ids) order by 1)::int[] as ids, user_id::int, organization_id::int, outcome
       from audit_log where request_id = $1 and operation = 'read' order by entity`, [requestId]);
  for (const row of rows) expect(row).toMatchObject({ user_id: userId, organization_id: organizationId, outcome: 'ok' });
  const byKind: Record<string, number[]> = {};
  for (const row of rows) {
    expect(byKind[row.entity]).toBeUndefined(); // one row per kind
    byKind[row.entity] = row.ids;
  }
  return { rows: byKind, data: response.body.data };
}

const ids = async (sql: string, values: unknown[]) => (await app.sql<{ id: number }>(sql, values)).map((row) => row.id);

it('records one row per kind with the beneficiaries read through the beneficiaries page', async () => {
  // A beneficiary's unpaged work records answer at most 100 rows: a window of 30 days of the demo year.
  const [window] = await app.sql<{ from: string; to: string }>(
    `select (max(work_date) - 29)::text as from, max(work_date)::text as to from work_record where organization_id = $1`, [organizationId]);
  const { from, to } = window;
  const { rows, data } = await traced(`{ beneficiaries(options: { take: 8 }) { items { id matricule workingTimeRatio exitDate
    identity { lastName } notes { body } parcours { startDate } workRecords(period: { from: "${from}", to: "${to}" }) { hours } } } }`);
  const page = (data as { beneficiaries: { items: { id: string }[] } }).beneficiaries.items.map((item) => Number(item.id)).sort((a, b) => a - b);
  expect(page).toHaveLength(8);
  const within = (table: string) => ids(`select distinct beneficiary_id::int as id from ${table} where beneficiary_id = any($1) order by 1`, [page]);
  expect(rows).toEqual({
    contract: page,
    identity: await within('beneficiary_identity'),
    medico_social_note: await within('medico_social_note'),
    parcours: await within('beneficiary_assignment'),
    work_record: await ids(`select distinct beneficiary_id::int as id from work_record where beneficiary_id = any($1) and work_date between $2 and $3 order by 1`, [page, from, to]),
  });
  expect(rows.identity.length + rows.medico_social_note.length + rows.work_record.length).toBeGreaterThan(0);
});

it('records work records and contract details reached through nested paths', async () => {
  const { rows, data } = await traced(`{ workRecords(options: { take: 20 }) { items { id beneficiary { matricule weeklyHours } } } }`);
  const recordIds = (data as { workRecords: { items: { id: string }[] } }).workRecords.items.map((item) => Number(item.id));
  const expected = await ids(`select distinct beneficiary_id::int as id from work_record where id = any($1) order by 1`, [recordIds]);
  expect(rows).toEqual({ work_record: expected, contract: expected });

  const nested = await traced(`{ orders(options: { take: 5 }) { items { lines { workRecords { hours } productionTasks { workRecords { hours } } } } } }`);
  expect(Object.keys(nested.rows)).toEqual(['work_record']);
  expect(nested.rows.work_record.length).toBeGreaterThan(0);
});

it('records nothing for pseudonymous codes and aggregates', async () => {
  const { rows } = await traced(`{ beneficiaries(options: { take: 8 }) { items { matricule initials contribution { hours } } } }`);
  expect(rows).toEqual({});
});
