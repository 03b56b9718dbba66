import crypto from 'node:crypto';
import pg from 'pg';
import { TEMPLATE_DATABASE } from './support/test-server';
import { generateBenchData } from '../bench/data-generator';
import type { Scale } from '../bench/scale';

/**
 * The benchmark generator writes with COPY under `session_replication_role = replica`, so no foreign
 * key checks its rows: this test does, on a tiny data set of two organisations (the way
 * `--scale national` repeats one organisation with every id shifted by its table's stride). Every
 * foreign key of the schema must find its row, in the same organisation.
 */
const TINY: Scale = {
  name: 'tiny', organizations: 2, establishments: 2, beneficiaries: 16, customers: 5, catalogItemsPerEstablishment: 4,
  orders: 12, workRecordsPerLine: 3, days: 120, loadSeconds: 1, ingestRows: 10,
};
const name = `ub_test_benchdata_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
const adminUrl = () => process.env.UB_TEST_ADMIN_URL!;
let client: pg.Client;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.end();
});

describe('the benchmark data of several organisations', () => {
  it('has every foreign key pointing to a row of the same organisation', async () => {
    const counts = await generateBenchData(client, TINY, () => {});
    await client.query('set session_replication_role = origin');
    expect(counts.organization).toBe(2);
    expect(counts.production_task).toBeGreaterThan(0);

    const { rows: keys } = await client.query<{ child: string; parent: string; columns: string[]; targets: string[]; tenant: boolean }>(
      `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
              array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
              array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as targets,
              exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'organization_id')
                and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'organization_id') as tenant
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
    );
    expect(keys.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const key of keys) {
      const join = key.columns.map((column, i) => `p.${key.targets[i]} = c.${column}`).join(' and ');
      const present = key.columns.map((column) => `c.${column} is not null`).join(' and ');
      const sameOrganization = key.tenant && !key.columns.includes('organization_id') ? ' and p.organization_id = c.organization_id' : '';
      const { rows } = await client.query<{ orphans: number }>(
        `select count(*)::int as orphans from ${key.child} c where ${present} and not exists (select 1 from ${key.parent} p where ${join}${sameOrganization})`,
      );
      if (rows[0].orphans > 0) broken.push(`${key.child}(${key.columns.join(', ')}) → ${key.parent}: ${rows[0].orphans}`);
    }
    expect(broken).toEqual([]);
  });
});
