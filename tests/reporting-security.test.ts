import crypto from 'node:crypto';
import pg from 'pg';
import { useTestApp } from './support/test-server';
import { asType } from './support/sales-builders';
import { CreateCatalogItem, CreateCreditNote, CreateCustomer, CreateInvoice, CreateOrder, DeliverOrder, IssueInvoice, RecordPayment } from './support/sales-operations';
import { ProdCreateActivity, ProdCreateBeneficiary, ProdCreateWorkshop, ProdRecordWork, ProdValidateWorkRecords } from './support/production-operations';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { createReportingLogin, DEFAULT_LOGIN_LIMITS, loginLimits } from '../api/reporting/reporting-cli';

/**
 * A Power BI login is a database login: it may send any SQL. Whatever it sends, it reads its own
 * organisation's rows only (reporting/README.md, *Security*). Organisations A and B both hold data in
 * every aggregate; the login belongs to A.
 */

const app = useTestApp();
jest.setTimeout(180_000); // the machine these tests run on may be shared and loaded
const suffix = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
const login = `pbi_sec_${suffix}`;
const leak = `public.pbi_leak_${suffix}`;
let password = '';
let client: pg.Client;
const notices: string[] = [];

/** Data in every aggregate for one organisation, made through the API by that organisation's admin. */
async function seed(organizationId: number, establishmentId: number, hours: number): Promise<void> {
  const token = app.token(undefined, organizationId);
  // The places authorised to the ESAT (reporting.fct_funder_capacity_year), a figure of its own.
  await app.sql(`insert into establishment_capacity (organization_id, establishment_id, kind, valid_from, value, source) values ($1, $2, 'authorized_places', '2026-01-01', $3, 'Arrêté ARS')`, [
    organizationId,
    establishmentId,
    hours * 4,
  ]);
  const ok = async <R,>(promise: Promise<{ data?: R | null; errors?: unknown }>): Promise<R> => {
    const response = await promise;
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };
  const workshop = asType((await ok(app.gql(ProdCreateWorkshop, { input: { establishmentId: String(establishmentId), code: `SEC-${organizationId}`, name: 'Atelier' } }, token))).createWorkshop, 'Workshop');
  asType((await ok(app.gql(ProdCreateActivity, { input: { workshopId: workshop.id, code: `SEC-A${organizationId}`, name: 'Mise sous pli' } }, token))).createActivity, 'Activity');
  const worker = asType(
    (await ok(app.gql(ProdCreateBeneficiary, {
      input: { establishmentId: String(establishmentId), matricule: `SEC${organizationId}`, initials: 'AB', status: 'ESAT_WORKER', workingTimeRatio: 0.8, weeklyHours: 28, entryDate: '2025-01-01', mainWorkshopId: workshop.id },
    }, token))).createBeneficiary,
    'Beneficiary',
  );
  const customer = asType(
    (await ok(app.gql(CreateCustomer, { input: { legalName: `Client ${organizationId}`, siren: '732829320', billingAddress: { line1: '1 rue de la Paix', postalCode: '69001', city: 'Lyon' } } }, token))).createCustomer,
    'Customer',
  );
  const item = asType(
    (await ok(app.gql(CreateCatalogItem, {
      input: { code: `SEC-${organizationId}`, label: 'Flacons', unit: 'pièce', unitPriceCents: 1000 + organizationId, vatRatePercent: 20, activity: 'conditionnement', serviceType: 'PRODUCTION', materialsCents: 300 },
    }, token))).createCatalogItem,
    'CatalogItem',
  );
  const order = asType(
    (await ok(app.gql(CreateOrder, { input: { establishmentId: String(establishmentId), customerId: customer.id, orderDate: '2026-01-15', lines: [{ catalogItemId: item.id, quantity: 10 }] } }, token))).createOrder,
    'Order',
  );
  const record = asType(
    (await ok(app.gql(ProdRecordWork, { input: { beneficiaryId: worker.id, workDate: '2026-01-20', orderLineId: order.lines[0].id, hours, quantity: 10 } }, token))).recordWork,
    'WorkRecord',
  );
  asType((await ok(app.gql(ProdValidateWorkRecords, { ids: [record.id] }, token))).validateWorkRecords, 'WorkRecordValidation');
  const note = asType((await ok(app.gql(DeliverOrder, { input: { orderId: order.id, deliveryDate: '2026-02-01' } }, token))).deliverOrder, 'DeliveryNote');
  const draft = asType((await ok(app.gql(CreateInvoice, { input: { deliveryNoteIds: [note.id] } }, token))).createInvoice, 'Invoice');
  asType((await ok(app.gql(IssueInvoice, { id: draft.id, issueDate: '2026-02-10' }, token))).issueInvoice, 'Invoice');
  asType((await ok(app.gql(RecordPayment, { input: { invoiceId: draft.id, amountCents: 3_000 + organizationId, method: 'TRANSFER', paymentDate: '2026-03-05' } }, token))).recordPayment, 'Payment');
  const [line] = await app.sql<{ id: string }>('select id from invoice_line where invoice_id = $1', [draft.id]);
  asType(
    (await ok(app.gql(CreateCreditNote, { input: { invoiceId: draft.id, issueDate: '2026-03-20', reason: 'Retour', lines: [{ invoiceLineId: String(line.id), quantity: 2 }] } }, token))).createCreditNote,
    'CreditNote',
  );
}

interface View {
  name: string;
  columns: string[];
}
let views: View[] = [];

/** Each value of each column of a view, as `column=value` in PostgreSQL's text output (as a notice prints it), as the API reads it for an organisation. */
async function valuesOf(view: View, organizationId: number): Promise<Set<string>> {
  return withDriverClient(app.dataSource, async (owner) => {
    await owner.query('begin');
    try {
      await owner.query(`select set_config('app.organization_id', $1, true)`, [String(organizationId)]);
      const list = view.columns.map((column, index) => `case when t.${column} is null then '<NULL>' else format('%s', t.${column}) end as c${index}`).join(', ');
      const { rows } = await owner.query(`select ${list} from reporting.${view.name} t`);
      return new Set(rows.flatMap((row) => view.columns.map((column, index) => `${column}=${row[`c${index}`]}`)));
    } finally {
      await owner.query('rollback');
    }
  });
}

/** Every view's rows as the login reads them, in one statement. */
async function everythingAsLogin(): Promise<Record<string, string[]>> {
  const parts = views.map((view) => `'${view.name}', (select coalesce(array_agg(t::text), '{}') from reporting.${view.name} t)`);
  const { rows } = await client.query(`select json_build_object(${parts.join(', ')}) as everything`);
  const everything = rows[0].everything as Record<string, string[]>;
  return Object.fromEntries(Object.entries(everything).map(([name, list]) => [name, [...list].sort()]));
}

const refusal = (text: string) => client.query(text).then(() => 'ok', (error: { code?: string }) => error.code);

beforeAll(async () => {
  await seed(app.fixture.organizationId, app.fixture.esatId, 3.25);
  await seed(app.fixture.otherOrganizationId, app.fixture.otherEstablishmentId, 7.75);
  await withDriverClient(app.dataSource, foldReporting);
  password = await withDriverClient(app.dataSource, (owner) => createReportingLogin(owner, login, app.fixture.organizationId, { statementTimeout: '45s', idleInTransactionTimeout: '20s', connectionLimit: 4 }));
  views = await app.sql<View>(
    `select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'reporting' and c.relkind = 'v' group by 1 order by 1`,
  );
  // The leaky function an attacker would write (made here by the superuser, as a login may not create one):
  // nearly free, so the planner runs it before any filter it may run it before, and it tells what it saw.
  await app.sql(`create function ${leak}(value anyelement, label text) returns boolean language plpgsql cost 0.0000001 as $$
    begin raise notice 'pbi-leak %=%', label, value; return true; end $$`);
  await app.sql(`grant execute on function ${leak}(anyelement, text) to ${login}`);
  const url = new URL((app.dataSource.options as { url: string }).url);
  url.username = login;
  url.password = password;
  client = new pg.Client({ connectionString: url.toString() });
  client.on('error', () => undefined); // the end of the test database ends its session
  client.on('notice', (notice) => {
    if (notice.message?.startsWith('pbi-leak ')) notices.push(notice.message.slice('pbi-leak '.length));
  });
  await client.connect();
});

// Runs after the test app's own afterAll, which drops the database (and ends the login's session).
afterAll(async () => {
  await client?.end().catch(() => undefined);
  const admin = new pg.Client({ connectionString: process.env.UB_TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop role if exists ${login}`);
  } finally {
    await admin.end();
  }
});

describe('a Power BI login', () => {
  it('covers every view of the schema, and organisation B holds rows in each one with an organisation', async () => {
    expect(views.length).toBeGreaterThanOrEqual(17);
    const global = ['dim_date', 'dim_month', 'dim_week', 'refresh_status'];
    for (const view of views.filter((v) => !global.includes(v.name))) {
      const a = await valuesOf(view, app.fixture.organizationId);
      const b = await valuesOf(view, app.fixture.otherOrganizationId);
      expect({ view: view.name, bOnly: [...b].filter((value) => !a.has(value)).length > 0 }).toEqual({ view: view.name, bOnly: true });
    }
  });

  const plans: Record<string, string[]> = {
    'index scans on': ['set enable_indexscan = on', 'set enable_bitmapscan = on', 'set enable_seqscan = on'],
    'index scans off': ['set enable_indexscan = off', 'set enable_bitmapscan = off', 'set enable_seqscan = on'],
    'sequential scans off': ['set enable_indexscan = on', 'set enable_bitmapscan = on', 'set enable_seqscan = off'],
  };
  it.each(Object.keys(plans))('never hands a row of another organisation to a leaky function in its WHERE (%s)', async (plan) => {
    // JIT off: with a path disabled, every plan costs above jit_above_cost and each query would compile for a second.
    await client.query('set jit = off');
    for (const setting of plans[plan]) await client.query(setting);
    const seenOutside: Record<string, string[]> = {};
    for (const view of views) {
      notices.length = 0;
      const where = view.columns.map((column) => `${leak}(${column}, '${column}')`).join(' and ');
      await client.query(`select * from reporting.${view.name} where ${where}`);
      await new Promise((resolve) => setImmediate(resolve));
      const allowed = await valuesOf(view, app.fixture.organizationId);
      const outside = notices.filter((seen) => !allowed.has(seen));
      if (outside.length) seenOutside[view.name] = outside;
    }
    expect(seenOutside).toEqual({});
    await client.query('reset all');
  });

  it('sees the same rows whatever application setting or role it sets', async () => {
    const before = await everythingAsLogin();
    expect(before.dim_establishment).toHaveLength(2);
    expect(before.dim_establishment).toEqual(expect.arrayContaining([expect.stringContaining('EA-T'), expect.stringContaining('ESAT-T')]));
    // Every app.* setting the database reads anywhere (policies, functions), and the known ones.
    const [{ names }] = await app.sql<{ names: string[] }>(
      `select array_agg(distinct m[1]) as names from (
         select regexp_matches(coalesce(qual, '') || ' ' || coalesce(with_check, ''), '(app\\.[a-z_]+)', 'g') as m from pg_policies
         union all select regexp_matches(prosrc || ' ' || coalesce(array_to_string(proconfig, ' '), ''), '(app\\.[a-z_]+)', 'g') from pg_proc
         union all select array['app.organization_id'] union all select array['app.maintenance']) s`,
    );
    expect(names).toEqual(expect.arrayContaining(['app.organization_id', 'app.maintenance']));
    for (const name of names) {
      for (const value of [String(app.fixture.otherOrganizationId), '', 'on']) {
        // Not a number where the tenant policy reads a number: the login's own query fails (22P02), nothing more.
        if (name === 'app.organization_id' && value === 'on') {
          await client.query(`select set_config($1, $2, false)`, [name, value]);
          await expect(everythingAsLogin()).rejects.toMatchObject({ code: '22P02' });
          continue;
        }
        await client.query(`select set_config($1, $2, false)`, [name, value]);
        expect({ name, value, rows: await everythingAsLogin() }).toEqual({ name, value, rows: before });
        await client.query('begin');
        try {
          await client.query(`set local ${name} = '${value}'`);
          expect({ name, value, rows: await everythingAsLogin() }).toEqual({ name, value, rows: before });
        } finally {
          await client.query('rollback');
        }
      }
      await client.query(`reset ${name}`);
    }
    await client.query('set role ub_reporting');
    expect(await everythingAsLogin()).toEqual(before);
    await client.query('reset role');
    expect(await refusal('set role ub_reporting_owner')).toBe('42501');
    expect(await refusal(`set session authorization postgres`)).toBe('42501');
    await client.query('reset all');
  });

  it('may create nothing: no function, no temporary object, no table in any schema', async () => {
    expect(await refusal(`create function public.mine() returns int language sql as 'select 1'`)).toBe('42501');
    expect(await refusal(`create function pg_temp.mine() returns int language sql as 'select 1'`)).toBe('42501');
    expect(await refusal('create temp table mine (x int)')).toBe('42501');
    expect(await refusal('create table public.mine (x int)')).toBe('42501');
    expect(await refusal('create table reporting.mine (x int)')).toBe('42501');
    expect(await refusal('create view reporting.mine as select 1')).toBe('42501');
    expect(await refusal('create schema mine')).toBe('42501');
    expect(await refusal(`update public.reporting_login set organization_id = ${app.fixture.otherOrganizationId}`)).toBe('42501');
    expect(await refusal('select * from public.beneficiary')).toBe('42501');
    expect(await refusal('select * from reporting_engine.agg_work_customer_month')).toBe('42501');
  });

  it('carries its limits from its creation: statement and idle-in-transaction timeouts, a connection limit', async () => {
    expect((await client.query('show statement_timeout')).rows[0].statement_timeout).toBe('45s');
    expect((await client.query('show idle_in_transaction_session_timeout')).rows[0].idle_in_transaction_session_timeout).toBe('20s');
    const [role] = await app.sql<{ rolconnlimit: number; rolconfig: string[] }>('select rolconnlimit, rolconfig from pg_roles where rolname = $1', [login]);
    expect(role.rolconnlimit).toBe(4);
    expect(role.rolconfig).toEqual(expect.arrayContaining(['statement_timeout=45s', 'idle_in_transaction_session_timeout=20s']));
  });
});

describe('the limits of a new login', () => {
  it('come from the flags, else the environment, else the defaults, and refuse what is not a duration or a count', () => {
    expect(loginLimits([], {})).toEqual(DEFAULT_LOGIN_LIMITS);
    const env = { REPORTING_STATEMENT_TIMEOUT: '90s', REPORTING_IDLE_IN_TRANSACTION_TIMEOUT: '30s', REPORTING_CONNECTION_LIMIT: '3' };
    expect(loginLimits([], env)).toEqual({ statementTimeout: '90s', idleInTransactionTimeout: '30s', connectionLimit: 3 });
    expect(loginLimits(['--statement-timeout', '2min', '--idle-in-transaction-timeout', '500ms', '--connection-limit', '20'], env)).toEqual({
      statementTimeout: '2min', idleInTransactionTimeout: '500ms', connectionLimit: 20,
    });
    for (const argv of [['--statement-timeout', '0'], ['--statement-timeout', "1s'; drop table x"], ['--connection-limit', '0'], ['--connection-limit'], ['--idle-in-transaction-timeout', '-5s']]) {
      expect(() => loginLimits(argv, {})).toThrow();
    }
  });
});

describe('the reporting objects', () => {
  it('are views with a security barrier, owned by a role that is no superuser and bypasses no row-level security', async () => {
    const owners = await app.sql<{ name: string; barrier: boolean; super: boolean; bypass: boolean }>(
      `select c.relname as name, coalesce('security_barrier=true' = any (c.reloptions), false) as barrier, r.rolsuper as super, r.rolbypassrls as bypass
         from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_roles r on r.oid = c.relowner
        where n.nspname = 'reporting' and c.relkind = 'v' order by 1`,
    );
    expect(owners.length).toBe(views.length);
    expect(owners.filter((view) => !view.barrier || view.super || view.bypass)).toEqual([]);
    const functions = await app.sql<{ name: string }>(
      `select p.oid::regprocedure::text as name from pg_proc p join pg_roles r on r.oid = p.proowner
        where (p.pronamespace = 'reporting_engine'::regnamespace or p.oid = 'public.reporting_viewer_organization_id'::regproc) and (r.rolsuper or r.rolbypassrls)`,
    );
    expect(functions).toEqual([]);
  });

  it('read only tables with row-level security enabled and forced', async () => {
    // Every table the views reach, through other views too (their rewrite rules' dependencies).
    const tables = await app.sql<{ name: string; enabled: boolean; forced: boolean }>(
      `with recursive reach(oid) as (
         select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'reporting' and c.relkind = 'v'
         union
         select d.refobjid from reach r join pg_rewrite w on w.ev_class = r.oid
           join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid and d.refclassid = 'pg_class'::regclass and d.refobjid <> r.oid)
       select c.oid::regclass::text as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
         from reach join pg_class c using (oid) where c.relkind in ('r', 'p') order by 1`,
    );
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['beneficiary', 'reporting_engine.agg_work_customer_month', 'reporting_engine.work_delta']));
    expect(tables.filter((table) => !table.enabled || !table.forced)).toEqual([]);
  });
});
