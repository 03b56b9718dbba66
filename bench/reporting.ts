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
import { stealMeter, type ResultSet } from './results';
import type { AddressInfo } from 'node:net';
import { createApp } from '../api/server';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';
import { ADMIN_USER_ID } from './data-generator';

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
      // the beneficiaries present in the month with more than 0 hours recorded in it (records are refused outside presence)
      aggregates: `select e.code, m.month, m.active_beneficiaries as active from reporting.fct_contribution_establishment_month m join reporting.dim_establishment e using (establishment_id)
                    where m.month >= '${LAST_YEAR_FROM}' and m.beneficiaries > 0 order by 1, 2`,
      base: `with grid as ${presenceMonths(LAST_YEAR_FROM)},
             monthly as (select r.beneficiary_id, date_trunc('month', r.work_date)::date as month, sum(r.hours) as hours
                           from work_record r where r.${org} and r.work_date >= '${LAST_YEAR_FROM}' group by 1, 2)
             select e.code, g.month, count(*) filter (where m.hours > 0) as active
               from grid g join establishment e on e.id = g.establishment_id left join monthly m on m.beneficiary_id = g.id and m.month = g.month
              group by 1, 2 order by 1, 2`,
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

/**
 * The beneficiaries of the organisation with their presence: from the entry to the exit, not after today
 * (as the steering views count them), with their main workshop and work group (the bench data has no
 * parcours steps, so these are their workshop and work group of every month).
 */
const PRESENT = `(select b.id, b.establishment_id, b.weekly_hours, b.entry_date, b.main_workshop_id, b.work_group_id, b.referent_supervisor_id,
         least(coalesce(b.exit_date, current_date), current_date) as last_day from beneficiary b where b.organization_id = ${ORGANIZATION_ID})`;

/** The months of presence of each beneficiary from `from` on, with the first and last day present in each. */
const presenceMonths = (from: string) => `(select b.*, m.month, greatest(m.month, b.entry_date) as first_present,
         least((m.month + interval '1 month')::date - 1, b.last_day) as last_present
    from ${PRESENT} b
    join (select month::date from generate_series(date '${from}', date_trunc('month', current_date), interval '1 month') month) m
      on m.month between date_trunc('month', b.entry_date) and date_trunc('month', b.last_day))`;

/**
 * Per workshop × month from `from` on, from the base tables: working days of presence, working days with
 * hours recorded, hours, and planned hours (each allocation's planned hours spread over the working days
 * of its task's sheet, rounded per beneficiary and month as the view does).
 */
const workshopMonthBase = (from: string) => `(
  with grid as ${presenceMonths(from)},
  worked as (select r.beneficiary_id, r.work_date, sum(r.hours) as hours from work_record r
              where r.organization_id = ${ORGANIZATION_ID} and r.work_date >= '${from}' group by 1, 2),
  planned_day as (select a.beneficiary_id, d.date, a.planned_hours / count(*) over (partition by a.id) as hours
                    from allocation a join production_task t on t.id = a.production_task_id join production_sheet s on s.id = t.production_sheet_id
                    join reporting_engine.calendar_day d on d.date between s.planned_start and s.planned_end and d.is_working_day
                   where a.organization_id = ${ORGANIZATION_ID} and a.beneficiary_id is not null and s.planned_end >= '${from}'),
  contract as (select g.id, g.month, count(d.date) as days from grid g
                 left join reporting_engine.calendar_day d on d.date between g.first_present and g.last_present and d.is_working_day group by 1, 2),
  with_record as (select g.id, g.month, count(*) as days from grid g
                    join worked w on w.beneficiary_id = g.id and w.work_date between g.first_present and g.last_present and w.hours > 0
                    join reporting_engine.calendar_day d on d.date = w.work_date and d.is_working_day group by 1, 2),
  monthly as (select beneficiary_id, date_trunc('month', work_date)::date as month, sum(hours) as hours from worked group by 1, 2),
  planned as (select beneficiary_id, date_trunc('month', date)::date as month, sum(hours) as hours from planned_day group by 1, 2),
  per_beneficiary as (
    select g.main_workshop_id as workshop_id, g.month, c.days as contract_days, coalesce(wr.days, 0) as days_with_record,
           coalesce(m.hours, 0) as hours, round(coalesce(p.hours, 0), 2) as planned_hours
      from grid g join contract c on c.id = g.id and c.month = g.month
      left join with_record wr on wr.id = g.id and wr.month = g.month
      left join monthly m on m.beneficiary_id = g.id and m.month = g.month
      left join planned p on p.beneficiary_id = g.id and p.month = g.month)
  select workshop_id, month, sum(contract_days) as contract_days, sum(days_with_record) as days_with_record, sum(hours) as hours, sum(planned_hours) as planned_hours
    from per_beneficiary group by 1, 2) x`;

/**
 * The five steering questions of issue 16, on the steering views (as a Power BI login) and the same
 * figures from the base tables (as the owner), compared as the ten are.
 */
function steeringQuestions(): Question[] {
  const org = `organization_id = ${ORGANIZATION_ID}`;
  return [
    {
      title: "a quarter's utilization heatmap by supervisor (supervisor × week)",
      aggregates: `select u.supervisor_id, u.week, sum(u.contract_hours) as contract, sum(u.recorded_hours) as recorded,
                          round(sum(u.recorded_hours) / nullif(sum(u.contract_hours), 0), 4) as utilization
                     from reporting.fct_utilization_workshop_week u where u.week >= '${QUARTER.from}' and u.week < '${QUARTER.to}'
                    group by 1, 2 having sum(u.contract_hours) > 0 order by 1, 2`,
      base: `with b as ${PRESENT},
             days as (select b.referent_supervisor_id as supervisor_id, d.week, b.id, b.weekly_hours, count(*) as n
                        from b join reporting_engine.calendar_day d
                          on d.date between greatest(b.entry_date, date '${QUARTER.from}' - 6) and least(b.last_day, date '${QUARTER.to}' + 6) and d.is_working_day
                       group by 1, 2, 3, 4),
             contract as (select supervisor_id, week, sum(round(weekly_hours * n / 5.0, 2)) as contract from days group by 1, 2),
             recorded as (select b.referent_supervisor_id as supervisor_id, date_trunc('week', r.work_date)::date as week, sum(r.hours) as recorded
                            from work_record r join b on b.id = r.beneficiary_id
                           where r.${org} and r.work_date >= date '${QUARTER.from}' - 6 and r.work_date < date '${QUARTER.to}' + 7
                             and date_trunc('week', r.work_date) between date_trunc('week', b.entry_date) and date_trunc('week', b.last_day)
                           group by 1, 2)
             select c.supervisor_id, c.week, c.contract, coalesce(r.recorded, 0) as recorded, round(coalesce(r.recorded, 0) / nullif(c.contract, 0), 4)
               from contract c left join recorded r using (supervisor_id, week)
              where c.week >= '${QUARTER.from}' and c.week < '${QUARTER.to}' and c.contract > 0 order by 1, 2`,
    },
    {
      title: 'regularity by workshop and month, last 12 months',
      aggregates: `select w.workshop_id, w.month, w.contract_days, w.days_with_record, w.regularity from reporting.fct_contribution_workshop_month w
                    where w.month >= '${LAST_YEAR_FROM}' order by 1, 2`,
      base: `select workshop_id, month, contract_days, days_with_record, round(days_with_record::numeric / nullif(contract_days, 0), 4)
               from ${workshopMonthBase(LAST_YEAR_FROM)} order by 1, 2`,
    },
    {
      title: "objectives' progress, the last year's quarters",
      aggregates: `select o.objective_id, o.measure, o.target, o.actual_value, o.progress from reporting.fct_objective_progress o order by 1`,
      base: `with b as ${PRESENT},
             bm as (select b.id, b.main_workshop_id, b.work_group_id, date_trunc('month', r.work_date)::date as month,
                           sum(r.hours) as hours, sum(r.quantity) as quantity, sum(r.rejected_quantity) as rejected
                      from work_record r join b on b.id = r.beneficiary_id
                     where r.${org} and r.work_date >= (select min(period_start) from objective where ${org})
                       and date_trunc('month', r.work_date) between date_trunc('month', b.entry_date) and date_trunc('month', b.last_day)
                     group by 1, 2, 3, 4),
             subject as (select 'individual' as scope, id as subject_id, month, hours, quantity, rejected from bm
                         union all select 'workshop', main_workshop_id, month, hours, quantity, rejected from bm
                         union all select 'work_group', work_group_id, month, hours, quantity, rejected from bm),
             actual as (select o.id, o.measure, o.target,
                               case o.measure when 'hours' then coalesce(sum(s.hours), 0) when 'quantity' then coalesce(sum(s.quantity), 0)
                                    else round(1 - coalesce(sum(s.rejected), 0) / nullif(coalesce(sum(s.quantity), 0), 0), 4) end as actual_value
                          from objective o
                          left join subject s on s.scope = o.scope and s.subject_id = coalesce(o.beneficiary_id, o.work_group_id, o.workshop_id)
                                             and s.month between o.period_start and o.period_end
                         where o.${org} group by o.id, o.measure, o.target)
             select id, measure, target, actual_value, round(actual_value / target, 4) from actual order by 1`,
    },
    {
      title: 'occupancy by establishment and month, last 12 months (working days present ÷ capacity × working days)',
      aggregates: `select o.establishment_id, o.month, o.present_days, o.occupancy from reporting.fct_occupancy_establishment_month o
                    where o.month >= '${LAST_YEAR_FROM}' order by 1, 2`,
      base: `with grid as ${presenceMonths(LAST_YEAR_FROM)},
             present as (select g.establishment_id, g.month, count(d.date) as days from grid g
                           left join reporting_engine.calendar_day d on d.date between g.first_present and g.last_present and d.is_working_day group by 1, 2),
             dated as (select establishment_id, value, valid_from,
                              coalesce(lead(valid_from) over (partition by establishment_id, kind order by valid_from) - 1, date '2040-12-31') as valid_to
                         from establishment_capacity where ${org}),
             capacity as (select y.year, d.establishment_id,
                                 round(sum(d.value * (least(d.valid_to, make_date(y.year, 12, 31)) - greatest(d.valid_from, make_date(y.year, 1, 1)) + 1))
                                       / sum(least(d.valid_to, make_date(y.year, 12, 31)) - greatest(d.valid_from, make_date(y.year, 1, 1)) + 1), 2) as places
                            from dated d join generate_series(2015, 2040) y(year) on d.valid_from <= make_date(y.year, 12, 31) and d.valid_to >= make_date(y.year, 1, 1)
                           group by 1, 2)
             select p.establishment_id, p.month, p.days,
                    round(p.days / nullif(c.places * (select count(*) from reporting_engine.calendar_day d where d.month = p.month and d.is_working_day), 0), 4)
               from present p join capacity c on c.establishment_id = p.establishment_id and c.year = extract(year from p.month) order by 1, 2`,
    },
    {
      title: 'planned vs done hours by workshop and month, last 12 months',
      aggregates: `select w.workshop_id, w.month, w.planned_hours, w.hours, w.done_vs_planned from reporting.fct_contribution_workshop_month w
                    where w.month >= '${LAST_YEAR_FROM}' order by 1, 2`,
      base: `select workshop_id, month, planned_hours, hours, round(hours / nullif(planned_hours, 0), 4) from ${workshopMonthBase(LAST_YEAR_FROM)} order by 1, 2`,
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
  return { ...(await timeRuns(client, query, runs)), rows };
}

async function timeRuns(client: pg.Client, query: pg.QueryConfig & { rowMode: 'array' }, runs: number): Promise<{ p50: number; p99: number }> {
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
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/**
 * What moving an answer's rows costs on this machine and this client, whatever the query: as many
 * rows and columns as `answer`, integers from generate_series, timed as the questions are. A
 * question's time minus this floor is what its query costs (bench/README.md, figure 4).
 */
async function timeTransferFloor(client: pg.Client, answer: unknown[], runs: number): Promise<{ p50: number; p99: number }> {
  const columns = Math.max(1, (answer[0] as unknown[] | undefined)?.length ?? 1);
  const text = `select ${Array.from({ length: columns }, (_, i) => `g + ${i} as c${i}`).join(', ')} from generate_series(1, ${answer.length}) g`;
  const query = { text, rowMode: 'array' as const, types: AS_TEXT };
  for (let i = 0; i < 5; i++) await client.query(query);
  return timeRuns(client, query, runs);
}

/** The longest a steering question may run in the bench: past it, the figure is this bound (a lower bound of its time), marked so. */
const STEERING_TIMEOUT_MS = 60_000;

/**
 * A steering question timed as timeQuery does, but bounded: one warm-up under a statement timeout of
 * STEERING_TIMEOUT_MS, then as many runs (up to `runs`, at least 3) as fit in 60 s at the warm-up's
 * pace. A question that times out answers null rows and its bound as its time.
 */
async function timeBoundedQuery(client: pg.Client, text: string, runs: number): Promise<{ p50: number; p99: number; rows: unknown[] | null; runs: number }> {
  const query = { text, rowMode: 'array' as const, types: AS_TEXT };
  await client.query(`set statement_timeout = ${STEERING_TIMEOUT_MS}`);
  try {
    const started = performance.now();
    const rows = (await client.query(query)).rows;
    const warmup = performance.now() - started;
    const fitting = Math.max(3, Math.min(runs, Math.floor(60_000 / Math.max(warmup, 1))));
    return { ...(await timeRuns(client, query, fitting)), rows, runs: fitting };
  } catch (error) {
    if ((error as { code?: string }).code !== '57014') throw error;
    return { p50: STEERING_TIMEOUT_MS, p99: STEERING_TIMEOUT_MS, rows: null, runs: 0 };
  } finally {
    await client.query('reset statement_timeout');
  }
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

const FUNDER_REPORT = `query ($e: ID!, $y: Int!) { funderReport(establishmentId: $e, year: $y) {
  establishmentId year provisional capacityKind capacity occupancyFte occupancyDays
  total { people fte hours workingDaysPresent withheld } byStatus { status people fte hours withheld } byAgeBand { ageBand people fte hours withheld }
  revenue { activity serviceType netHtCents } revenueTotalCents madContracts mad { people hours withheld }
  prestationEnEntreprise { people hours withheld } entries { people withheld } exits { people withheld }
  exitsByDestination { destination people withheld } returns { people withheld } training { people hours withheld }
  raeEnrolled { people withheld } raeAttested { people withheld } aged50Plus { people withheld } disclosureNotes } }`;

/**
 * funderReport(establishmentId, year) over GraphQL as an admin (staff read it live: no snapshot), the
 * API in this process as `npm start` connects (ub_app): up to `requests` one after the other after 3 warm-ups
 * (at least 5, then as many as fit in 60 s), client-side time. The ended year 2025 of the establishment with the most beneficiaries.
 */
async function measureFunderReport(ownerUrl: string, establishmentId: number, requests: number): Promise<{ p50: number; p99: number; requests: number }> {
  const secret = 'bench-secret-that-is-long-enough-for-hs256';
  const dataSource = createDataSource(ownerUrl, { poolSize: 4, applicationName: 'ub-bench funderReport', role: 'ub_app' });
  await dataSource.initialize();
  const app = await createApp({ dataSource, authSecret: secret, introspection: false, logger: createLogger('silent') });
  try {
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const port = (app.httpServer.address() as AddressInfo).port;
    const token = signStaffToken(secret, { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] });
    const body = JSON.stringify({ query: FUNDER_REPORT, variables: { e: String(establishmentId), y: 2025 } });
    const times: number[] = [];
    let first: string | undefined;
    const began = performance.now();
    for (let i = 0; i < requests + 3 && (i < 8 || performance.now() - began < 60_000); i++) {
      const sent = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await response.text();
      if (i >= 3) times.push(performance.now() - sent);
      first ??= text;
      const parsed = JSON.parse(text) as { errors?: unknown; data?: { funderReport?: { total?: { people?: number } } } };
      if (parsed.errors || !parsed.data?.funderReport?.total?.people) throw new Error(`funderReport answered ${text.slice(0, 300)}`);
      if (text !== first) throw new Error('funderReport answered differently from one request to the next');
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p99: percentile(times, 99), requests: times.length };
  } finally {
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    await app.close();
  }
}

/** `rebuilt`: the rebuild the start of this run already did (a reinstall), reported instead of doing another. */
export async function measureReporting(results: ResultSet, ownerUrl: string, log: (line: string) => void, rebuilt?: AggregateRebuild[]): Promise<void> {
  const runs = { aggregates: 200, base: 5, steeringBase: 3 };
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
  const steal = stealMeter();
  let worstAggregate = 0;
  let worstBase = 0;
  let worstSteering = 0;
  let agreeing = 0;
  await withClient(loginUrl, async (viewer) =>
    withClient(ownerUrl, async (owner) => {
      for (const [index, question] of [...questions(establishmentId), ...steeringQuestions()].entries()) {
        const key = `q${index + 1}`;
        const steering = index >= 10;
        const onAggregates = steering ? await timeBoundedQuery(viewer, question.aggregates, runs.aggregates) : await timeQuery(viewer, question.aggregates, runs.aggregates, 5);
        const onBase = steering ? await timeBoundedQuery(owner, question.base, runs.steeringBase) : await timeQuery(owner, question.base, runs.base, 1);
        const timedOut = [onAggregates, onBase].some((side) => side.rows === null);
        const same = !timedOut && isDeepStrictEqual(onAggregates.rows, onBase.rows);
        if (same) agreeing++;
        else if (timedOut) results.notes.push(`question ${index + 1} (${question.title}): timed out at ${STEERING_TIMEOUT_MS / 1000} s on ${onAggregates.rows === null ? 'the reporting views' : 'the base tables'}, answers not compared`);
        else results.notes.push(`question ${index + 1} (${question.title}): the aggregates answered ${onAggregates.rows?.length} rows, the base tables ${onBase.rows?.length}, not the same`);
        const floor = onAggregates.rows ? await timeTransferFloor(viewer, onAggregates.rows, runs.aggregates) : null;
        log(`    ${key} ${question.title}: ${onAggregates.p50.toFixed(1)} / ${onAggregates.p99.toFixed(1)} ms on aggregates, ` +
          `${onBase.p50.toFixed(0)} / ${onBase.p99.toFixed(0)} ms on base tables, ${onAggregates.rows?.length ?? 'timed out:'} rows${same ? '' : ', ANSWERS DIFFER OR NOT COMPARED'}` +
          (floor ? `; moving as many rows of integers: ${floor.p50.toFixed(1)} / ${floor.p99.toFixed(1)} ms` : ''));
        const bound = (side: { rows: unknown[] | null }) => (side.rows === null ? `timed out: at least ${STEERING_TIMEOUT_MS / 1000} s` : undefined);
        const counted = (side: object) => ('runs' in side ? ` (${String(side.runs)} runs)` : '');
        results.add('4', `${key}.aggregatesP50`, `${key} ${question.title}: p50 on aggregates${counted(onAggregates)}`, onAggregates.p50, 'ms', null, bound(onAggregates));
        results.add('4', `${key}.aggregatesP99`, `${key}: p99 on aggregates`, onAggregates.p99, 'ms', { op: '<', value: 50 }, bound(onAggregates));
        if (floor) {
          results.add('4', `${key}.transferP50`, `${key}: p50 of the transfer floor (as many rows and columns of integers from generate_series)`, floor.p50, 'ms');
          results.add('4', `${key}.transferP99`, `${key}: p99 of the transfer floor`, floor.p99, 'ms');
        }
        results.add('4', `${key}.baseP50`, `${key}: p50 on base tables${counted(onBase)}`, onBase.p50, 'ms', null, bound(onBase));
        results.add('4', `${key}.baseP99`, `${key}: p99 on base tables`, onBase.p99, 'ms', null, bound(onBase));
        if (index < 10) {
          worstAggregate = Math.max(worstAggregate, onAggregates.p99);
          worstBase = Math.max(worstBase, onBase.p99);
        } else worstSteering = Math.max(worstSteering, onAggregates.p99);
      }
    }),
  );
  const stolen = steal();
  log(`    CPU time stolen by the hypervisor while the questions ran: ${stolen === null ? 'unknown' : `${stolen.toFixed(1)} %`}`);
  results.add('4', 'questionsSteal', 'CPU time stolen by the hypervisor while the fifteen questions ran (/proc/stat)', stolen, '%');
  results.add('4', 'questionsAggregatesP99', 'ten questions on aggregates, worst p99', worstAggregate, 'ms', { op: '<', value: 50 });
  results.add('4', 'questionsBaseP99', 'ten questions on base tables, worst p99', worstBase, 'ms');
  results.add('4', 'steeringQuestionsP99', 'five steering questions (q11–q15) on the reporting views, worst p99', worstSteering, 'ms', { op: '<', value: 50 });
  results.add('4', 'questionsAgree', 'questions answered the same on aggregates and base tables', agreeing, 'of 15', { op: '>=', value: 15 });
  log('  funderReport over GraphQL…');
  const funder = await measureFunderReport(ownerUrl, establishmentId, 200);
  log(`    funderReport: p50 ${funder.p50.toFixed(1)} ms, p99 ${funder.p99.toFixed(1)} ms (${funder.requests} requests)`);
  results.add('4', 'funderReportP50', `funderReport(establishment, 2025) over GraphQL as admin: p50 (${funder.requests} requests)`, funder.p50, 'ms');
  results.add('4', 'funderReportP99', 'funderReport(establishment, 2025) over GraphQL as admin: p99', funder.p99, 'ms', { op: '<', value: 200 });
  log('  freshness: 1 000 new work records…');
  const freshness = await measureFreshness(ownerUrl, loginUrl, 5);
  log(`    visible after ${freshness.map((s) => s.toFixed(2)).join(', ')} s`);
  results.add('4', 'freshness', '1 000 new work records visible after (worst of 5)', Math.max(...freshness), 's', { op: '<=', value: 5 });
  results.add('4', 'freshnessMedian', '1 000 new work records visible after (median of 5)', [...freshness].sort((a, b) => a - b)[2], 's');

}
