import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { createDataSource } from '../api/database/data-source';
import { createLogger } from '../api/logger';
import { loadConfig } from '../api/config';
import { ReportingRefresher } from '../api/reporting/refresher';
import { aggregateNames, foldReporting, rebuildAggregates, type AggregateRebuild } from '../api/reporting/reporting-layer';
import { ORGANIZATION_ID } from './data-generator';
import { withClient } from './bench-database';
import { createReportingLogin, loginName } from '../api/reporting/reporting-cli';
import type { ResultSet } from './results';

/**
 * Figure 4, the reporting layer (issue 4): full rebuild time of each aggregate; time until 1 000 new
 * work records are visible in the aggregates, with the API's refresher folding every second; ten
 * typical Power BI questions, p50 and p99, on the reporting views (as a Power BI login) and on the
 * base tables (as the owner), each pair checked to give the same answer.
 */

const LOGIN = 'bench_powerbi';
/** The bench data ends on 2026-10-31: "last 12 months" is Nov 2025 – Oct 2026, "last quarter" Aug – Oct 2026, "year to date" 2026. */
const LAST_YEAR_FROM = '2025-11-01';
const YEAR_START = '2026-01-01';
const LAST_QUARTER_FROM = '2026-08-01';
const QUARTER = { from: '2026-07-01', to: '2026-10-01' };

interface Question {
  title: string;
  aggregates: string;
  base: string;
}

/** A work record with the engine's keys (reporting/01-engine.sql), for the base-table side. */
const WORK = `work_record r
  join order_line l on l.id = r.order_line_id
  join sales_order o on o.id = l.order_id
  join catalog_item c on c.id = l.catalog_item_id
  join beneficiary b on b.id = r.beneficiary_id
  left join production_task t on t.id = r.production_task_id
  left join production_sheet s on s.id = t.production_sheet_id`;

/** Sales lines, signed (credit notes negative), with their labour cost, from the base tables. */
const SALES_LINES = `(
  select i.organization_id, i.establishment_id, i.customer_id, i.issue_date as event_date, x.catalog_item_id, x.total_ht_cents as ht,
         x.total_ht_cents - round(x.quantity * (x.materials_cents + x.subcontracting_cents + x.intermediate_consumption_cents + x.selling_costs_cents))::bigint as labour
    from invoice i join invoice_line x on x.invoice_id = i.id where i.status <> 'draft'
  union all
  select c.organization_id, c.establishment_id, c.customer_id, c.issue_date, x.catalog_item_id, -x.total_ht_cents,
         -(x.total_ht_cents - round(x.quantity * (x.materials_cents + x.subcontracting_cents + x.intermediate_consumption_cents + x.selling_costs_cents))::bigint)
    from credit_note c join credit_note_line x on x.credit_note_id = c.id) e`;

function questions(establishmentId: number): Question[] {
  const org = `organization_id = ${ORGANIZATION_ID}`;
  return [
    {
      title: 'monthly hours by workshop over 3 years',
      aggregates: `select w.month, d.code, sum(w.hours) as hours from reporting.work_by_workshop_month w left join reporting.dim_workshop d using (workshop_id)
                    group by 1, 2 order by 1, 2`,
      base: `select date_trunc('month', r.work_date)::date as month, d.code, sum(r.hours) as hours from ${WORK}
               left join workshop d on d.id = coalesce(s.workshop_id, b.main_workshop_id) where r.${org} group by 1, 2 order by 1, 2`,
    },
    {
      title: 'top 20 customers by labour cost, last 12 months',
      aggregates: `select c.legal_name, sum(s.labour_cost_cents) as labour from reporting.sales_by_customer_month s join reporting.dim_customer c using (customer_id)
                    where s.month >= '${LAST_YEAR_FROM}' group by c.customer_id, 1 order by 2 desc, 1 limit 20`,
      base: `select c.legal_name, sum(e.labour) as labour from ${SALES_LINES} join customer c on c.id = e.customer_id
               where e.${org} and e.event_date >= '${LAST_YEAR_FROM}' group by c.id, 1 order by 2 desc, 1 limit 20`,
    },
    {
      title: "a quarter's utilization heatmap (beneficiary × week, one establishment)",
      aggregates: `select b.matricule, w.week, w.utilization from reporting.work_by_beneficiary_week w join reporting.dim_beneficiary b using (beneficiary_id)
                    where w.establishment_id = ${establishmentId} and w.week >= '${QUARTER.from}' and w.week < '${QUARTER.to}' and w.records <> 0 order by 1, 2`,
      base: `select x.matricule, x.week, round(x.hours / nullif(x.weekly_hours, 0), 4) as utilization from (
               select b.id, b.matricule, b.weekly_hours, date_trunc('week', r.work_date)::date as week, sum(r.hours) as hours
                 from work_record r join beneficiary b on b.id = r.beneficiary_id
                where r.${org} and b.establishment_id = ${establishmentId} and r.work_date >= '${QUARTER.from}'::date - 6 and r.work_date < '${QUARTER.to}'::date + 6
                group by 1, 2, 3, 4) x
              where x.week >= '${QUARTER.from}' and x.week < '${QUARTER.to}' order by 1, 2`,
    },
    {
      title: 'revenue (net HT) by establishment and month',
      aggregates: `select e.code, s.month, sum(s.net_ht_cents) as net from reporting.sales_by_establishment_month s join reporting.dim_establishment e using (establishment_id)
                    group by 1, 2 having sum(s.invoiced_ht_cents) <> 0 or sum(s.credited_ht_cents) <> 0 order by 1, 2`,
      base: `select d.code, date_trunc('month', e.event_date)::date as month, sum(e.ht) as net from ${SALES_LINES} join establishment d on d.id = e.establishment_id
               where e.${org} group by 1, 2 order by 1, 2`,
    },
    {
      title: 'hours by activity and service type, year to date',
      aggregates: `select a.code, w.service_type, sum(w.hours) as hours from reporting.work_by_workshop_month w left join reporting.dim_activity a using (activity_id)
                    where w.month >= '${YEAR_START}' group by 1, 2 order by 1, 2`,
      base: `select a.code, c.service_type, sum(r.hours) as hours from ${WORK} left join activity a on a.id = t.activity_id
               where r.${org} and r.work_date >= '${YEAR_START}' group by 1, 2 order by 1, 2`,
    },
    {
      title: 'rejected quantity rate by workshop and month, last 12 months',
      aggregates: `select d.code, w.month, round(sum(w.rejected_quantity) / nullif(sum(w.quantity) + sum(w.rejected_quantity), 0), 4) as rate
                     from reporting.work_by_workshop_month w left join reporting.dim_workshop d using (workshop_id) where w.month >= '${LAST_YEAR_FROM}' group by 1, 2 order by 1, 2`,
      base: `select d.code, date_trunc('month', r.work_date)::date as month, round(sum(r.rejected_quantity) / nullif(sum(r.quantity) + sum(r.rejected_quantity), 0), 4) as rate
               from ${WORK} left join workshop d on d.id = coalesce(s.workshop_id, b.main_workshop_id) where r.${org} and r.work_date >= '${LAST_YEAR_FROM}' group by 1, 2 order by 1, 2`,
    },
    {
      title: 'beneficiaries active per month and establishment, last 12 months',
      aggregates: `select e.code, m.month, count(*) filter (where m.hours > 0) as active from reporting.work_by_beneficiary_month m join reporting.dim_establishment e using (establishment_id)
                    where m.month >= '${LAST_YEAR_FROM}' group by 1, 2 order by 1, 2`,
      base: `select e.code, x.month, count(*) filter (where x.hours > 0) as active from (
               select b.establishment_id, date_trunc('month', r.work_date)::date as month, r.beneficiary_id, sum(r.hours) as hours
                 from work_record r join beneficiary b on b.id = r.beneficiary_id where r.${org} and r.work_date >= '${LAST_YEAR_FROM}' group by 1, 2, 3) x
               join establishment e on e.id = x.establishment_id group by 1, 2 order by 1, 2`,
    },
    {
      title: 'invoiced vs paid by customer and quarter, 2026',
      aggregates: `select s.customer_id, date_trunc('quarter', s.month)::date as quarter, sum(s.invoiced_ht_cents) as invoiced, sum(s.paid_cents) as paid
                     from reporting.sales_by_customer_month s where s.month >= '${YEAR_START}' group by 1, 2 order by 1, 2`,
      base: `select customer_id, quarter, sum(invoiced) as invoiced, sum(paid) as paid from (
               select i.customer_id, date_trunc('quarter', i.issue_date)::date as quarter, x.total_ht_cents as invoiced, 0 as paid
                 from invoice i join invoice_line x on x.invoice_id = i.id where i.${org} and i.status <> 'draft' and i.issue_date >= '${YEAR_START}'
               union all
               select c.customer_id, date_trunc('quarter', c.issue_date)::date, 0, 0 from credit_note c where c.${org} and c.issue_date >= '${YEAR_START}'
               union all
               select i.customer_id, date_trunc('quarter', p.payment_date)::date, 0, p.amount_cents
                 from payment p join invoice i on i.id = p.invoice_id where p.${org} and p.payment_date >= '${YEAR_START}') e
              group by 1, 2 order by 1, 2`,
    },
    {
      title: 'average hourly value added (labour cost per hour worked) by catalog item',
      aggregates: `select i.code, round(l.labour / 100.0 / nullif(h.hours, 0), 2) as per_hour
                     from (select catalog_item_id, sum(labour_cost_cents) as labour from reporting.sales_by_catalog_item_month group by 1) l
                     join (select catalog_item_id, sum(hours) as hours from reporting.work_by_catalog_item_month group by 1) h using (catalog_item_id)
                     join reporting.dim_catalog_item i using (catalog_item_id) order by 1`,
      base: `select i.code, round(l.labour / 100.0 / nullif(h.hours, 0), 2) as per_hour
               from (select e.catalog_item_id, sum(e.labour) as labour from ${SALES_LINES} where e.${org} group by 1) l
               join (select ol.catalog_item_id, sum(r.hours) as hours from work_record r join order_line ol on ol.id = r.order_line_id where r.${org} group by 1) h
                 on h.catalog_item_id = l.catalog_item_id
               join catalog_item i on i.id = l.catalog_item_id order by 1`,
    },
    {
      title: 'MAD (mise à disposition) hours by customer and month, last quarter',
      aggregates: `select w.customer_id, w.month, sum(w.hours) as hours from reporting.work_by_customer_month w
                    where w.service_type = 'mise_a_disposition' and w.month >= '${LAST_QUARTER_FROM}' and w.records <> 0 group by 1, 2 order by 1, 2`,
      base: `select o.customer_id, date_trunc('month', r.work_date)::date as month, sum(r.hours) as hours
               from work_record r join order_line l on l.id = r.order_line_id join sales_order o on o.id = l.order_id join catalog_item c on c.id = l.catalog_item_id
              where r.${org} and c.service_type = 'mise_a_disposition' and r.work_date >= '${LAST_QUARTER_FROM}' group by 1, 2 order by 1, 2`,
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Values stay as PostgreSQL's text: the time is the query's and the transfer's, not this client's number parsing. */
const AS_TEXT = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

async function timeQuery(client: pg.Client, text: string, runs: number, warmups: number): Promise<{ p50: number; p99: number; rows: unknown[] }> {
  const query = { text, rowMode: 'array' as const, types: AS_TEXT };
  let rows: unknown[] = [];
  for (let i = 0; i < warmups; i++) rows = (await client.query(query)).rows;
  // A full collection of this process's heap now (it holds the earlier figures' data) rather than
  // inside the timed runs: a pause of the measuring client is not the query's time.
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await client.query(query);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), rows };
}

/** A Power BI login of the bench organisation, made as `npm run reporting -- login` makes them (a new password each run). */
async function benchLogin(ownerUrl: string): Promise<string> {
  const password = await withClient(ownerUrl, (client) => createReportingLogin(client, loginName(LOGIN), ORGANIZATION_ID));
  const url = new URL(ownerUrl);
  url.username = LOGIN;
  url.password = password;
  return url.toString();
}

/**
 * 1 000 work records written in one transaction (copies of the latest ones, the size of a day's
 * pointages in a large organisation), then the reporting views polled every 20 ms, as the Power BI login, until they
 * count them; the refresher folds every second, as in the API. Rounds, then the records are removed.
 */
async function measureFreshness(ownerUrl: string, loginUrl: string, rounds: number): Promise<number[]> {
  const config = loadConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR });
  const appSource = createDataSource(ownerUrl, { poolSize: 2, applicationName: 'ub-bench refresher', role: 'ub_app' });
  await appSource.initialize();
  const refresher = new ReportingRefresher(appSource, config.reportingRefreshMs, createLogger('silent'));
  refresher.start();
  const seconds: number[] = [];
  try {
    await withClient(loginUrl, async (viewer) =>
      withClient(ownerUrl, async (owner) => {
        const inserted: number[] = [];
        const counted = async () => Number((await viewer.query(`select coalesce(sum(records), 0) as n from reporting.work_by_customer_month where month = '2026-10-01'`)).rows[0].n);
        for (let round = 0; round < rounds; round++) {
          const before = await counted();
          const { rows } = await owner.query<{ id: number }>(
            `insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, hours, quantity, status)
             select organization_id, beneficiary_id, '2026-10-30', order_line_id, 0.5, 1, 'recorded' from work_record
              where organization_id = $1 order by work_date desc, id desc limit 1000 returning id`,
            [ORGANIZATION_ID],
          );
          if (rows.length !== 1000) throw new Error(`the bench data has only ${rows.length} work records to copy`);
          inserted.push(...rows.map((row) => Number(row.id)));
          const committed = performance.now();
          while ((await counted()) < before + 1000) {
            if (performance.now() - committed > 30_000) throw new Error('1 000 new work records still not visible after 30 s');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          seconds.push((performance.now() - committed) / 1000);
        }
        await owner.query('delete from work_record where id = any($1::bigint[])', [inserted]);
        await foldReporting(owner);
      }),
    );
  } finally {
    await refresher.stop();
    await appSource.destroy();
  }
  return seconds;
}

/** `rebuilt`: the rebuild the start of this run already did (a reinstall), reported instead of doing another. */
export async function measureReporting(results: ResultSet, ownerUrl: string, log: (line: string) => void, rebuilt?: AggregateRebuild[]): Promise<void> {
  const runs = { aggregates: 200, base: 5 };
  results.section(
    '4',
    'Reporting (Power BI layer)',
    'The reporting schema on the bench data set (reporting/README.md). Full rebuild of every aggregate from the base tables, one after the other in one transaction. ' +
      'Freshness: 1 000 work records inserted in one transaction, the reporting views polled every 20 ms as a Power BI login until they count them, ' +
      'with the API refresher folding every second (5 rounds). Ten Power BI questions as a Power BI login on the reporting views ' +
      `(${runs.aggregates} runs after 5 warm-ups) and as the owner on the base tables (${runs.base} runs after 1 warm-up), client-side time including the transfer of the rows (values kept as the text received); ` +
      'each pair of answers compared.',
  );

  log(rebuilt ? '  full rebuild of the aggregates: done by the reinstall at the start of this run' : '  full rebuild of the aggregates…');
  const rebuilds =
    rebuilt ?? (await withClient(ownerUrl, (client) => rebuildAggregates(client, (done) => log(`    ${done.name}: ${(done.ms / 1000).toFixed(1)} s (${done.sourceRows.toLocaleString('en-US')} source rows)`))));
  for (const rebuild of rebuilds) results.add('4', `rebuild.${rebuild.name}`, `rebuild ${rebuild.name}`, rebuild.ms / 1000, 's');
  results.add('4', 'rebuild', 'full rebuild of every aggregate', rebuilds.reduce((sum, rebuild) => sum + rebuild.ms, 0) / 1000, 's');
  const aggregateRows = await withClient(ownerUrl, async (client) => {
    let total = 0;
    for (const name of await aggregateNames(client)) total += Number((await client.query(`select count(*) as n from reporting_engine.${name}`)).rows[0].n);
    return total;
  });
  results.add('4', 'aggregateRows', 'rows in all aggregates', aggregateRows, 'rows');

  const loginUrl = await benchLogin(ownerUrl);
  const establishmentId = await withClient(ownerUrl, async (client) =>
    Number((await client.query(`select establishment_id from beneficiary where organization_id = $1 group by 1 order by count(*) desc, 1 limit 1`, [ORGANIZATION_ID])).rows[0].establishment_id),
  );
  let worstAggregate = 0;
  let worstBase = 0;
  let agreeing = 0;
  await withClient(loginUrl, async (viewer) =>
    withClient(ownerUrl, async (owner) => {
      for (const [index, question] of questions(establishmentId).entries()) {
        const key = `q${index + 1}`;
        const onAggregates = await timeQuery(viewer, question.aggregates, runs.aggregates, 5);
        const onBase = await timeQuery(owner, question.base, runs.base, 1);
        const same = isDeepStrictEqual(onAggregates.rows, onBase.rows);
        if (same) agreeing++;
        else results.notes.push(`question ${index + 1} (${question.title}): the aggregates answered ${onAggregates.rows.length} rows, the base tables ${onBase.rows.length}, not the same`);
        log(`    ${key} ${question.title}: ${onAggregates.p50.toFixed(1)} / ${onAggregates.p99.toFixed(1)} ms on aggregates, ` +
          `${onBase.p50.toFixed(0)} / ${onBase.p99.toFixed(0)} ms on base tables, ${onAggregates.rows.length} rows${same ? '' : ', ANSWERS DIFFER'}`);
        results.add('4', `${key}.aggregatesP50`, `${key} ${question.title}: p50 on aggregates`, onAggregates.p50, 'ms');
        results.add('4', `${key}.aggregatesP99`, `${key}: p99 on aggregates`, onAggregates.p99, 'ms', { op: '<', value: 50 });
        results.add('4', `${key}.baseP50`, `${key}: p50 on base tables`, onBase.p50, 'ms');
        results.add('4', `${key}.baseP99`, `${key}: p99 on base tables`, onBase.p99, 'ms');
        worstAggregate = Math.max(worstAggregate, onAggregates.p99);
        worstBase = Math.max(worstBase, onBase.p99);
      }
    }),
  );
  results.add('4', 'questionsAggregatesP99', 'ten questions on aggregates, worst p99', worstAggregate, 'ms', { op: '<', value: 50 });
  results.add('4', 'questionsBaseP99', 'ten questions on base tables, worst p99', worstBase, 'ms');
  results.add('4', 'questionsAgree', 'questions answered the same on aggregates and base tables', agreeing, 'of 10', { op: '>=', value: 10 });
  log('  freshness: 1 000 new work records…');
  const freshness = await measureFreshness(ownerUrl, loginUrl, 5);
  log(`    visible after ${freshness.map((s) => s.toFixed(2)).join(', ')} s`);
  results.add('4', 'freshness', '1 000 new work records visible after (worst of 5)', Math.max(...freshness), 's', { op: '<=', value: 5 });
  results.add('4', 'freshnessMedian', '1 000 new work records visible after (median of 5)', [...freshness].sort((a, b) => a - b)[2], 's');

}
