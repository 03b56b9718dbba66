import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import { createDataSource } from '../api/database/data-source';
import { RequestContext } from '../api/context';
import { Role } from '../schema/enums';
import { copyLine, copyRows } from './copy-rows';
import { hash, hundredths, thousandths } from './data-model';
import { ADMIN_USER_ID, ORGANIZATION_ID } from './data-generator';

/**
 * Figure 3: work records ingested through the application's import path (CSV → validation → insert,
 * api/production/work-import.service.ts, as `npm run import:work` runs it) against plain COPY of the
 * same records into work_record, in the same run. Both run in a transaction that is rolled back, so
 * the bench database stays as generated; the time stops before the rollback.
 */

interface IngestRecord {
  matricule: string;
  beneficiaryId: number;
  orderNumber: string;
  position: number;
  orderLineId: number;
  workDate: string;
  hours: string;
  quantity: string;
  rejects: string;
}

export interface IngestResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/** Records per order line above which the latest orders' sample would pile more than a day's work on a line's days. */
const LATEST_ORDERS_MAX_PER_LINE = 10;
/** At most this many sample records on one beneficiary's day, of at most 3.25 h each. */
const PER_DAY = 3;
/** A day already holding more than this is left out of the spread sample (24 h a day at most, 3 × 3.25 h added). */
const MAX_EXISTING_HOURS = 14;

/**
 * `rows` records on the most recent order lines, each by a beneficiary allocated to the line, dated
 * between the order and the end of the period. When the organisation has too few recent lines for
 * that (the national scale: 2 500 orders for 1 M rows), the records are spread instead over every
 * day each beneficiary is present (spreadRecords).
 */
export async function ingestRecords(url: string, rows: number): Promise<IngestRecord[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ lines }] = (await client.query<{ lines: number }>(
      `select count(*)::int as lines from order_line l join sales_order o on o.id = l.order_id where o.organization_id = $1`, [ORGANIZATION_ID])).rows;
    if (rows > lines * LATEST_ORDERS_MAX_PER_LINE) return await spreadRecords(client, rows);
    const { rows: targets } = await client.query<{ orderNumber: string; position: number; orderLineId: string; beneficiaryId: string; matricule: string; orderDate: string; lastDate: string }>(
      `select o.number as "orderNumber", l.position, l.id as "orderLineId", b.id as "beneficiaryId", b.matricule, o.order_date::text as "orderDate",
              (select max(order_date) from sales_order)::text as "lastDate"
         from (select id, number, order_date from sales_order where organization_id = $1 order by order_date desc, id desc limit $2) o
         join order_line l on l.order_id = o.id
         join lateral (select beneficiary_id from allocation a where a.order_line_id = l.id and a.beneficiary_id is not null order by a.id limit 1) a on true
         join beneficiary b on b.id = a.beneficiary_id
        order by l.id`,
      [ORGANIZATION_ID, Math.max(50, Math.ceil(rows / 50))],
    );
    if (!targets.length) throw new Error('no order line to record work on');
    const day = 86_400_000;
    const records: IngestRecord[] = [];
    for (let i = 0; i < rows; i++) {
      const target = targets[i % targets.length];
      const date = Math.min(Date.parse(`${target.orderDate}T00:00:00Z`) + (hash(i, 60) % 10) * day, Date.parse(`${target.lastDate}T00:00:00Z`));
      records.push({
        matricule: target.matricule,
        beneficiaryId: Number(target.beneficiaryId),
        orderNumber: target.orderNumber,
        position: target.position,
        orderLineId: Number(target.orderLineId),
        workDate: new Date(date).toISOString().slice(0, 10),
        hours: hundredths((2 + (hash(i, 61) % 28)) * 25),
        quantity: thousandths((hash(i, 62) % 200) * 500),
        rejects: thousandths(hash(i, 63) % 20 === 0 ? 1000 : 0),
      });
    }
    return records;
  } finally {
    await client.end();
  }
}

/**
 * `rows` records a valid import accepts whatever the data set's size: at most PER_DAY on each day a
 * beneficiary is present, on days the data set leaves room on (its generated days can exceed 24 h:
 * COPY does not apply the rules), each on one of the order lines the beneficiary is allocated to.
 */
async function spreadRecords(client: pg.Client, rows: number): Promise<IngestRecord[]> {
  const { rows: allocated } = await client.query<{ beneficiaryId: number; lines: [string, number, number][] }>(
    `select a.beneficiary_id as "beneficiaryId", jsonb_agg(jsonb_build_array(o.number, l.position, l.id) order by l.id) as lines
       from allocation a join order_line l on l.id = a.order_line_id join sales_order o on o.id = l.order_id
      where a.organization_id = $1 and a.beneficiary_id is not null
      group by 1`,
    [ORGANIZATION_ID],
  );
  const linesOf = new Map(allocated.map((row) => [row.beneficiaryId, row.lines]));
  const { rows: slots } = await client.query<{ beneficiaryId: number; matricule: string; workDate: string }>(
    `with present as (
       select b.id, b.matricule, greatest(b.entry_date, p.first) as first, least(coalesce(b.exit_date, p.last), p.last) as last
         from beneficiary b cross join (select min(order_date) as first, max(order_date) as last from sales_order where organization_id = $1) p
        where b.organization_id = $1 and b.id = any($3::bigint[])),
     busy as (
       select beneficiary_id, work_date, sum(hours) as hours from work_record where organization_id = $1 group by 1, 2)
     select p.id as "beneficiaryId", p.matricule, d.day::date::text as "workDate"
       from present p
       cross join lateral generate_series(p.first, p.last, interval '1 day') as d(day)
       left join busy w on w.beneficiary_id = p.id and w.work_date = d.day::date
      where coalesce(w.hours, 0) <= $2
      order by d.day, p.id`,
    [ORGANIZATION_ID, MAX_EXISTING_HOURS, [...linesOf.keys()]],
  );
  if (slots.length * PER_DAY < rows) throw new Error(`the data set has room for ${slots.length * PER_DAY} valid records, not ${rows}`);
  const records: IngestRecord[] = [];
  for (let i = 0; i < rows; i++) {
    const slot = slots[i % slots.length];
    const lines = linesOf.get(slot.beneficiaryId)!;
    const [orderNumber, position, orderLineId] = lines[Math.floor(i / slots.length) % lines.length];
    records.push({
      matricule: slot.matricule,
      beneficiaryId: slot.beneficiaryId,
      orderNumber,
      position,
      orderLineId,
      workDate: slot.workDate,
      hours: hundredths((2 + (hash(i, 61) % 12)) * 25),
      quantity: thousandths((hash(i, 62) % 200) * 500),
      rejects: thousandths(hash(i, 63) % 20 === 0 ? 1000 : 0),
    });
  }
  return records;
}

/** Plain COPY of the records into work_record, as the database owner, triggers and indexes in place. */
export async function measureCopy(url: string, records: IngestRecord[]): Promise<IngestResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const started = process.hrtime.bigint();
    function* lines() {
      for (const r of records) yield copyLine([ORGANIZATION_ID, r.beneficiaryId, r.workDate, r.orderLineId, r.hours, r.quantity, r.rejects, 'recorded', ADMIN_USER_ID]);
    }
    const sent = await copyRows(
      client,
      'work_record',
      ['organization_id', 'beneficiary_id', 'work_date', 'order_line_id', 'hours', 'quantity', 'rejected_quantity', 'status', 'recorded_by'],
      lines(),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { rows: sent, seconds, rowsPerSecond: sent / seconds };
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}

/** The CSV a supervisor's spreadsheet would export: `;`, decimal comma, order references NUMBER/POSITION. */
export function importCsv(records: IngestRecord[]): string {
  const comma = (value: string) => value.replace('.', ',');
  let csv = 'matricule;date;reference;hours;quantity;rejects\n';
  for (const r of records) csv += `${r.matricule};${r.workDate};${r.orderNumber}/${r.position};${comma(r.hours)};${comma(r.quantity)};${comma(r.rejects)}\n`;
  return csv;
}

interface ImportService {
  importCsv(ctx: RequestContext, source: Readable | string | Buffer): Promise<{ imported?: number; errorCount?: number; message?: string; rowErrors?: { line: number; reason: string }[] }>;
}

/** The import service, when it exists in this build (null while it is being written). */
export function importService(): ImportService | null {
  const file = path.join(__dirname, '..', 'api', 'production', 'work-import.service.js');
  if (!fs.existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const service = (require(file) as { WorkImportService?: ImportService }).WorkImportService;
  return service && typeof service.importCsv === 'function' ? service : null;
}

/**
 * The import path as the CLI runs it: a request context of the organisation's admin on a connection
 * of DATABASE_URL's user, the CSV streamed in. Rolled back afterwards.
 */
export async function measureImport(url: string, service: ImportService, records: IngestRecord[]): Promise<IngestResult> {
  const dataSource = createDataSource(url, { poolSize: 2, applicationName: 'ub-bench-import' });
  await dataSource.initialize();
  try {
    const csv = importCsv(records);
    const ctx = new RequestContext('bench-import', { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] }, dataSource);
    const started = process.hrtime.bigint();
    let result;
    try {
      result = await service.importCsv(ctx, Readable.from([Buffer.from(csv)]));
    } finally {
      ctx.db.markFailed();
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await ctx.db.finish();
    if (result.imported === undefined) {
      const first = result.rowErrors?.[0];
      throw new Error(`the import rejected the file: ${result.message ?? ''}${first ? ` (line ${first.line}: ${first.reason})` : ''}`);
    }
    return { rows: result.imported, seconds, rowsPerSecond: result.imported / seconds };
  } finally {
    await dataSource.destroy();
  }
}
