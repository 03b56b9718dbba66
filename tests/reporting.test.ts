import crypto from 'node:crypto';
import pg from 'pg';
import { useTestApp } from './support/test-server';
import { asType, createOrder, issuedInvoice } from './support/sales-builders';
import { CreateCreditNote, RecordPayment } from './support/sales-operations';
import { createBeneficiary, createWorkshop, productionSite, recordWork, validateRecords } from './support/production-builders';
import { ProdCorrectWorkRecord, ProdMoveBeneficiary } from './support/production-operations';
import { withDriverClient } from '../api/database/data-source';
import { createLogger } from '../api/logger';
import { foldReporting, installReportingLayer, readReportingSql, rebuildAggregates } from '../api/reporting/reporting-layer';
import { ReportingRefresher } from '../api/reporting/refresher';
import { runReportingCli } from '../api/reporting/reporting-cli';

/**
 * The reporting layer Power BI reads (reporting/*.sql): aggregates that follow every change of work
 * records and sales events at the next fold and equal a rebuild from the base tables; logins that see
 * one organisation's views and nothing else; plain column types; reinstall when the SQL changes.
 */

const app = useTestApp();

function databaseUrl(user?: string, password?: string): string {
  const url = new URL((app.dataSource.options as { url: string }).url);
  if (user) {
    url.username = user;
    url.password = password ?? '';
  }
  return url.toString();
}

/** Reads reporting views as the API would, for the fixture organisation (or another one). */
async function view<Row = Record<string, unknown>>(text: string, organizationId = app.fixture.organizationId): Promise<Row[]> {
  return withDriverClient(app.dataSource, async (client) => {
    await client.query('begin');
    try {
      await client.query(`select set_config('app.organization_id', $1, true)`, [String(organizationId)]);
      return (await client.query(text)).rows as Row[];
    } finally {
      await client.query('rollback');
    }
  });
}

const fold = () => withDriverClient(app.dataSource, foldReporting);

const nets = (row: Record<string, unknown>) => row.records === undefined || Number(row.records) !== 0;

/** Every published view's rows (but those that net to nothing: a rebuild has none), to compare the folded figures with a rebuild. */
async function everything(): Promise<Record<string, unknown[]>> {
  const names = await view<{ viewname: string }>(`select viewname from pg_views where schemaname = 'reporting' and viewname not in ('refresh_status', 'dim_date', 'dim_month', 'dim_week') order by 1`);
  const out: Record<string, unknown[]> = {};
  for (const { viewname } of names) out[viewname] = (await view(`select * from reporting.${viewname} order by 1, 2, 3, 4`)).filter(nets);
  return out;
}

async function move(beneficiaryId: string, workshopId: string, fromDate: string): Promise<void> {
  const moved = await app.gql(ProdMoveBeneficiary, { input: { beneficiaryId, workshopId, fromDate } });
  asType(moved.data!.moveBeneficiary, 'Beneficiary');
}

/** Hours by workshop and month (rows that net to zero included), for the given workshops. */
function hoursByWorkshop(workshopIds: string[]) {
  return view(`select workshop_id::int, month::text, sum(hours)::float as hours from reporting.work_by_workshop_month
                where workshop_id in (${workshopIds.map(Number).join(', ')}) group by 1, 2 order by 2, 1`);
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) => ({ write: (chunk: string) => (append(String(chunk)), true) }) as unknown as NodeJS.WritableStream;
  const code = await runReportingCli(argv, {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    env: { ...process.env, DATABASE_URL: databaseUrl(), DATA_DIR: process.env.DATA_DIR },
  });
  return { code, stdout, stderr };
}

describe('reporting aggregates', () => {
  it('take in new, validated, corrected and deleted work records at the next fold, and equal a full rebuild', async () => {
    const { workshop } = await productionSite(app);
    const worker = await createBeneficiary(app, { matricule: 'RP-01', weeklyHours: 28, mainWorkshopId: workshop.id });
    const { order, customer } = await createOrder(app, [10, 4]);
    const monday = await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-01-19', orderLineId: order.lines[0].id, hours: 3, quantity: 4, rejectedQuantity: 1 });
    const nextWeek = await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-01-27', orderLineId: order.lines[0].id, hours: 1.5, quantity: 2 });
    const byCustomer = () =>
      view(`select month::text, hours::float, validated_hours::float, quantity::float, rejected_quantity::float, records::int
              from reporting.work_by_customer_month where customer_id = ${Number(customer.id)} order by month`);

    expect(await byCustomer()).toEqual([]); // not folded yet
    expect(await view(`select pending_work_changes::int from reporting.refresh_status`)).toEqual([{ pending_work_changes: 2 }]);
    expect(await fold()).toBe(2);
    expect(await byCustomer()).toEqual([{ month: '2026-01-01', hours: 4.5, validated_hours: 0, quantity: 6, rejected_quantity: 1, records: 2 }]);
    expect(await view(`select week::text, hours::float, contract_hours::float, utilization::float from reporting.work_by_beneficiary_week where beneficiary_id = ${Number(worker.id)} order by week`)).toEqual([
      { week: '2026-01-19', hours: 3, contract_hours: 28, utilization: 0.1071 },
      { week: '2026-01-26', hours: 1.5, contract_hours: 28, utilization: 0.0536 },
    ]);
    expect(await view(`select hours::float from reporting.work_by_workshop_month where workshop_id = ${Number(workshop.id)}`)).toEqual([{ hours: 4.5 }]);

    // Validation, then a correction of a validated record (an adjustment record: 3 h become 2 h).
    await validateRecords(app, [monday.id, nextWeek.id]);
    const correction = await app.gql(ProdCorrectWorkRecord, { id: monday.id, input: { hours: 2, quantity: 4, rejectedQuantity: 1, comment: 'Une heure de trop' } });
    asType(correction.data!.correctWorkRecord, 'WorkRecord');
    // A recorded record deleted in the database (the API itself never deletes pointages).
    const stray = await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-02-02', orderLineId: order.lines[1].id, hours: 6, quantity: 1 });
    await app.sql(`begin; set local app.maintenance = 'on'; delete from work_record where id = ${Number(stray.id)}; commit;`);
    await fold();
    expect(await byCustomer()).toEqual([
      { month: '2026-01-01', hours: 3.5, validated_hours: 4.5, quantity: 6, rejected_quantity: 1, records: 3 },
      { month: '2026-02-01', hours: 0, validated_hours: 0, quantity: 0, rejected_quantity: 0, records: 0 },
    ]);

    // A move to another workshop from March: March's work goes there, the earlier months stay put.
    const next = await createWorkshop(app);
    await move(worker.id, next.id, '2026-03-01');
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-03-03', orderLineId: order.lines[1].id, hours: 2, quantity: 1 });
    await fold();
    expect(await hoursByWorkshop([workshop.id, next.id])).toEqual([
      { workshop_id: Number(workshop.id), month: '2026-01-01', hours: 3.5 },
      { workshop_id: Number(workshop.id), month: '2026-02-01', hours: 0 },
      { workshop_id: Number(next.id), month: '2026-03-01', hours: 2 },
    ]);

    const folded = await everything();
    expect(folded.work_by_catalog_item_month.length).toBeGreaterThan(0);
    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    expect(await everything()).toEqual(folded);
  });

  it('keep past work in the workshop of its date after a move, at the fold and at a rebuild', async () => {
    const before = await createWorkshop(app);
    const after = await createWorkshop(app);
    const worker = await createBeneficiary(app, { matricule: 'RP-MOVE', mainWorkshopId: before.id });
    const { order } = await createOrder(app, [10]);
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-01-12', orderLineId: order.lines[0].id, hours: 4, quantity: 1 });
    await fold();
    await move(worker.id, after.id, '2026-02-01');
    // Recorded after the move, for days on both sides of it.
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-01-26', orderLineId: order.lines[0].id, hours: 1.5, quantity: 1 });
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-02-02', orderLineId: order.lines[0].id, hours: 6, quantity: 1 });
    await fold();
    const expected = [
      { workshop_id: Number(before.id), month: '2026-01-01', hours: 5.5 },
      { workshop_id: Number(after.id), month: '2026-02-01', hours: 6 },
    ];
    expect(await hoursByWorkshop([before.id, after.id])).toEqual(expected);
    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    expect(await hoursByWorkshop([before.id, after.id])).toEqual(expected);
  });


  it('carry records already folded to the new workshop when a move is dated before them, at the next fold', async () => {
    const before = await createWorkshop(app);
    const after = await createWorkshop(app);
    const worker = await createBeneficiary(app, { matricule: 'RP-MOVE-BACK', mainWorkshopId: before.id, entryDate: '2026-01-05' });
    const { order } = await createOrder(app, [10]);
    for (const [workDate, hours] of [['2026-01-12', 4], ['2026-02-02', 6], ['2026-02-16', 3]] as const) {
      await recordWork(app, { beneficiaryId: worker.id, workDate, orderLineId: order.lines[0].id, hours, quantity: 1 });
    }
    await fold();
    expect(await hoursByWorkshop([before.id, after.id])).toEqual([
      { workshop_id: Number(before.id), month: '2026-01-01', hours: 4 },
      { workshop_id: Number(before.id), month: '2026-02-01', hours: 9 },
    ]);
    // Dated before two records already in the aggregates: they follow the move, the January one stays.
    await move(worker.id, after.id, '2026-02-01');
    await fold();
    const expected = [
      { workshop_id: Number(before.id), month: '2026-01-01', hours: 4 },
      { workshop_id: Number(before.id), month: '2026-02-01', hours: 0 },
      { workshop_id: Number(after.id), month: '2026-02-01', hours: 9 },
    ];
    expect(await hoursByWorkshop([before.id, after.id])).toEqual(expected);
    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    // The rebuild has no row that nets to nothing.
    expect(await hoursByWorkshop([before.id, after.id])).toEqual(expected.filter((row) => row.hours !== 0));
  });
  it('count invoices at their issue date, credit notes and payments at theirs, with the labour cost net of deductible costs', async () => {
    // 10 + 4 units at 12.50 € HT; deductible costs 3.50 € a unit (materials 3.00 €, selling costs 0.50 €).
    const { invoice } = await issuedInvoice(app, [10, 4], '2026-02-10');
    const [, boxes] = await app.sql<{ id: string }>('select id from invoice_line where invoice_id = $1 order by position', [invoice.id]);
    asType((await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents: 5_000, method: 'TRANSFER', paymentDate: '2026-03-05' } })).data!.recordPayment, 'Payment');
    asType(
      (await app.gql(CreateCreditNote, { input: { invoiceId: invoice.id, issueDate: '2026-03-20', reason: 'Cartons abîmés', lines: [{ invoiceLineId: String(boxes.id), quantity: 4 }] } })).data!
        .createCreditNote,
      'CreditNote',
    );
    await fold();
    const [{ customer_id }] = await app.sql<{ customer_id: string }>('select customer_id from invoice where id = $1', [invoice.id]);
    expect(
      await view(`select month::text, invoiced_ht_cents::int, credited_ht_cents::int, net_ht_cents::int, deductible_cents::int, labour_cost_cents::int, paid_cents::int,
                         labour_cost_eur::float from reporting.sales_by_customer_month where customer_id = ${Number(customer_id)} order by month`),
    ).toEqual([
      { month: '2026-02-01', invoiced_ht_cents: 17_500, credited_ht_cents: 0, net_ht_cents: 17_500, deductible_cents: 4_900, labour_cost_cents: 12_600, paid_cents: 0, labour_cost_eur: 126 },
      { month: '2026-03-01', invoiced_ht_cents: 0, credited_ht_cents: 5_000, net_ht_cents: -5_000, deductible_cents: -1_400, labour_cost_cents: -3_600, paid_cents: 5_000, labour_cost_eur: -36 },
    ]);
  });

  it('stay readable, with their previous figures, while a rebuild runs', async () => {
    const before = await everything();
    await withDriverClient(app.dataSource, async (rebuilding) => {
      await rebuilding.query('begin');
      try {
        await rebuilding.query('select reporting_engine.begin_rebuild()');
        await rebuilding.query(`select reporting_engine.rebuild('agg_work_customer_month')`);
        // Another session reads meanwhile (and would fail after 2 s if it had to wait for the rebuild).
        const during = await withDriverClient(app.dataSource, async (reader) => {
          await reader.query('begin');
          try {
            await reader.query(`set local statement_timeout = 2000`);
            await reader.query(`select set_config('app.organization_id', $1, true)`, [String(app.fixture.organizationId)]);
            const views = await reader.query('select * from reporting.work_by_customer_month order by 1, 2, 3');
            await reader.query('select * from reporting.refresh_status');
            return views.rows.filter(nets);
          } finally {
            await reader.query('rollback');
          }
        });
        expect(during).toEqual(before.work_by_customer_month);
      } finally {
        await rebuilding.query('rollback');
      }
    });
  });

  it('reach the aggregates within seconds when the API folds them', async () => {
    const refresher = new ReportingRefresher(app.appDataSource, 50, createLogger('silent'));
    refresher.start();
    try {
      const worker = await createBeneficiary(app, { matricule: 'RP-LIVE' });
      const { order } = await createOrder(app, [5]);
      await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-01-21', orderLineId: order.lines[0].id, hours: 2.25, quantity: 5 });
      const visible = async () => (await view<{ hours: string }>(`select hours from reporting.work_by_beneficiary_month where beneficiary_id = ${Number(worker.id)}`))[0];
      const deadline = Date.now() + 10_000;
      while (!(await visible()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(Number((await visible())?.hours)).toBe(2.25);
    } finally {
      await refresher.stop();
    }
  });
});

describe('Power BI logins', () => {
  const name = `pbi_test_${crypto.randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    await cli(['drop-login', name]);
  });

  it('see their own organisation in the reporting views, whatever they set, and no base table', async () => {
    const created = await cli(['login', name, '--organization', String(app.fixture.otherOrganizationId)]);
    expect(created).toMatchObject({ code: 0 });
    const password = /password \(shown once\): (\S+)/.exec(created.stdout)![1];
    const client = new pg.Client({ connectionString: databaseUrl(name, password) });
    await client.connect();
    try {
      const establishments = async () => (await client.query('select code from reporting.dim_establishment order by code')).rows.map((row) => row.code);
      expect(await establishments()).toEqual(['ESAT-O']);
      // A setting of its own does not widen what it sees.
      await client.query(`set app.organization_id = '${app.fixture.organizationId}'`);
      expect(await establishments()).toEqual(['ESAT-O']);
      expect((await client.query('select count(*)::int as count from reporting.work_by_customer_month')).rows).toEqual([{ count: 0 }]);
      const refused = async (text: string) => client.query(text).then(() => 'ok', (error: { code?: string }) => error.code);
      expect(await refused('select * from public.customer')).toBe('42501');
      expect(await refused('select * from reporting_engine.agg_work_customer_month')).toBe('42501');
      expect(await refused('select reporting_engine.fold()')).toBe('42501');
      expect(await refused(`insert into public.reporting_login values ('${name}', ${app.fixture.organizationId})`)).toBe('42501');
    } finally {
      await client.end();
    }
  });

  it('are refused for names that belong to other roles or unknown organisations', async () => {
    expect(await cli(['login', 'postgres_like_name', '--organization', '999999'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no organisation 999999') });
    expect(await cli(['login', 'ub_app', '--organization', '1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('reserved') });
    // A role of the server that is not a reporting login is never turned into one.
    const other = `pbi_other_${crypto.randomBytes(4).toString('hex')}`;
    await app.sql(`create role ${other} nologin`);
    try {
      const refused = await cli(['login', other, '--organization', String(app.fixture.organizationId)]);
      expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a reporting login') });
      const [{ member }] = await app.sql<{ member: boolean }>(`select pg_has_role($1, 'ub_reporting', 'member') as member`, [other]);
      expect(member).toBe(false);
    } finally {
      await app.sql(`drop role ${other}`);
    }
  });
});

describe('the published views', () => {
  it('use only types that Power BI\'s Npgsql 4.0 reads', async () => {
    const columns = await view<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns where table_schema = 'reporting' order by 1, 2`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const plain = ['text', 'integer', 'bigint', 'numeric', 'date', 'timestamp with time zone', 'boolean'];
    expect(columns.filter((column) => !plain.includes(column.data_type))).toEqual([]);
  });

  it('are reinstalled and rebuilt when their SQL changes, and left alone otherwise', async () => {
    const sql = readReportingSql();
    await withDriverClient(app.dataSource, async (client) => {
      expect(await installReportingLayer(client, undefined, sql)).toMatchObject({ installed: false });
      const before = await everything();
      const changed = { files: sql.files.map((file, index) => (index === 0 ? { ...file, text: `${file.text}\n-- changed` } : file)), checksum: `${sql.checksum}-changed` };
      const outcome = await installReportingLayer(client, undefined, changed);
      expect(outcome.installed).toBe(true);
      expect(outcome.rebuilds.map((rebuild) => rebuild.name)).toContain('agg_work_customer_month');
      expect(await everything()).toEqual(before);
      expect(await installReportingLayer(client, undefined, sql)).toMatchObject({ installed: true }); // back to the real SQL
    });
  });
});
