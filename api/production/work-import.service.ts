import crypto from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { RequestContext } from '../context';
import { ImportWarning, WorkRecordImport } from '../../schema/entities/production.entity';
import { WorkWarningCode } from '../../schema/enums';
import { ImportRejectedError, ImportRowError } from '../../schema/error-results';
import { badUserInput } from '../common/errors';
import { todayInFrance } from '../../kernel/dates';
import { STAGING_COLUMNS, WorkCsvToCopy } from './work-import-csv';
import { assertMayRecordFor } from './work.service';
import { MAX_HOURS_PER_DAY, contractDailyHoursSql, lockKeySql, lockSql, workingDaysJoin } from './work-day';
import { driverClient } from '../database/data-source';
import { MAX_BODY_BYTES } from '../config';

/** Bad rows listed in a rejection; all of them are counted. */
export const MAX_REPORTED_ROW_ERRORS = 1000;
/** CSV text accepted through GraphQL: the request body limit bounds it; larger files go through the CLI (`npm run import:work`). */
export const MAX_GRAPHQL_CSV_BYTES = MAX_BODY_BYTES;

export type WorkImportPhase = 'read' | 'validated' | 'inserted';
export interface WorkImportProgress {
  phase: WorkImportPhase;
  rows: number;
  elapsedMs: number;
}
export interface WorkImportOptions {
  /** Called as rows are read (once per chunk), then once validated and once inserted. */
  onProgress?: (progress: WorkImportProgress) => void;
}

const STAGING = 'pg_temp.work_import_staging';
const RESOLVED = 'pg_temp.work_import_resolved';

/**
 * Every staged row with what it refers to and, in `reason`, everything wrong with it (null when it
 * is good). Order references are resolved once per distinct (number, position): order numbers are
 * unique per establishment, so a number shared by two establishments is reported as ambiguous.
 * The workshop of a row is its task's production-sheet workshop, else its beneficiary's main
 * workshop, as for a single record (assertMayRecordFor).
 */
const RESOLVE = `
  create temp table work_import_resolved on commit drop as
  with order_refs as (
    select o.number, l.position, min(l.id) as order_line_id, count(*) as matches
      from sales_order o join order_line l on l.order_id = o.id and l.organization_id = o.organization_id
     where o.organization_id = $1
       and (o.number, l.position) in (select distinct order_number, line_position from ${STAGING} where order_number is not null)
     group by o.number, l.position
  )
  select s.line, b.id as beneficiary_id, s.work_date,
         coalesce(t.order_line_id, m.order_line_id, case when r.matches = 1 then r.order_line_id end) as order_line_id,
         t.id as production_task_id, m.id as mad_contract_id, s.hours, s.quantity, s.rejects,
         coalesce(ps.workshop_id, b.main_workshop_id) as workshop_id, false as skipped,
         nullif(concat_ws('; ',
           s.problem,
           case when s.matricule is not null and b.id is null then format('unknown matricule "%s"', s.matricule) end,
           case when b.id is not null and s.work_date is not null and (s.work_date < b.entry_date or s.work_date > b.exit_date)
                then format('beneficiary %s was not present on %s (entry %s%s)', b.matricule, s.work_date, b.entry_date,
                            case when b.exit_date is not null then format(', exit %s', b.exit_date) else '' end) end,
           case when s.order_number is not null and r.order_line_id is null then format('unknown order line %s/%s', s.order_number, s.line_position)
                when r.matches > 1 then format('order number %s is used by several establishments', s.order_number) end,
           case when s.task_id is not null and t.id is null then format('unknown production task %s', s.task_id) end,
           case when s.mad_number is not null and m.id is null then format('unknown MAD contract %s', s.mad_number)
                when m.id is not null and m.order_line_id is null then format('MAD contract %s has no order line to bill its hours on', m.number)
                when m.id is not null and s.work_date is not null and (s.work_date < m.start_date or s.work_date > m.end_date)
                then format('MAD contract %s runs from %s to %s', m.number, m.start_date, m.end_date) end
         ), '') as reason
    from ${STAGING} s
    left join beneficiary b on b.organization_id = $1 and b.matricule = s.matricule
    left join order_refs r on r.number = s.order_number and r.position = s.line_position
    left join production_task t on t.organization_id = $1 and t.id = s.task_id
    left join production_sheet ps on ps.organization_id = $1 and ps.id = t.production_sheet_id
    left join mad_contract m on m.organization_id = $1 and m.number = s.mad_number`;

const DAYS = 'pg_temp.work_import_days';
const DAY_KEY = 'beneficiary_id, work_date';
/** What makes two pointages the same work (rejects apart): a file row equal to a record on all of these is that record. */
const SAME_WORK = 'beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id, hours, quantity';
const sameWork = (alias: string) => SAME_WORK.split(', ').map((column) => `${alias}.${column}`).join(', ');
const sameWorkMatch = (a: string, b: string) => SAME_WORK.split(', ').map((column) => `${a}.${column} is not distinct from ${b}.${column}`).join(' and ');

/**
 * Takes the lock of every beneficiary of the file (in key order, so that two imports cannot deadlock),
 * as recordWork does for one: no concurrent write can then pass the 24-hour check on their days.
 */
const LOCK = `select count(${lockSql('k')}) from (select distinct ${lockKeySql('beneficiary_id')} as k from ${RESOLVED} where beneficiary_id is not null order by k) x`;

/**
 * One row per beneficiary and day of the file: its rows' hours and count, and what the database
 * already holds that day (all records, corrections included; and how many are originals, which a
 * file row may repeat). One probe of the (beneficiary_id, work_date) index per day.
 */
const RESOLVE_DAYS = `
  create temp table work_import_days on commit drop as
  select d.beneficiary_id, d.work_date, d.file_hours, d.file_rows, coalesce(e.hours, 0) as existing_hours, coalesce(e.originals, 0) as existing_originals
    from (select ${DAY_KEY}, sum(hours) as file_hours, count(*) as file_rows from ${RESOLVED}
           where beneficiary_id is not null and work_date is not null and hours is not null group by ${DAY_KEY}) d
    cross join lateral (select sum(w.hours) as hours, count(*) filter (where w.corrects_id is null) as originals from work_record w
                         where w.organization_id = $1 and w.beneficiary_id = d.beneficiary_id and w.work_date = d.work_date) e`;

/**
 * Rows already present are skipped: the n-th row of the file with the same work as a record (SAME_WORK,
 * an original record, not a correction) is skipped when the database holds at least n such records,
 * so a re-sent export adds only what it did not hold before, and two identical rows stay two. Only
 * the days the database already holds are looked at.
 */
const SKIP_PRESENT = `
  update ${RESOLVED} r set skipped = true
    from (select f.line
            from (select r.line, ${sameWork('r')}, row_number() over (partition by ${sameWork('r')} order by r.line) as nth
                    from ${RESOLVED} r join ${DAYS} d using (${DAY_KEY})
                   where d.existing_originals > 0 and r.reason is null) f
           cross join lateral (select count(*) as n from work_record w
                                where w.organization_id = $1 and w.beneficiary_id = f.beneficiary_id and w.work_date = f.work_date and w.corrects_id is null
                                  and w.order_line_id = f.order_line_id and w.production_task_id is not distinct from f.production_task_id
                                  and w.mad_contract_id is not distinct from f.mad_contract_id and w.hours = f.hours and w.quantity = f.quantity) e
           where f.nth <= e.n) present
   where r.line = present.line`;

/**
 * At most 24 hours a day per person: the file's good rows (not skipped) and what the day already
 * holds. Every good row of such a day is bad. Rows bad for another reason do not count: they will
 * be checked again once corrected.
 */
const CHECK_DAY_LIMIT = `
  update ${RESOLVED} r set reason = over.reason
    from (select d.beneficiary_id, d.work_date,
                 format('beneficiary %s would have %s h of work on %s (lines %s%s): at most ${MAX_HOURS_PER_DAY} h in a day', b.matricule,
                        trim_scale(d.existing_hours + sum(r.hours)), d.work_date,
                        array_to_string((array_agg(r.line order by r.line))[1:20], ', ') || case when count(*) > 20 then ', …' else '' end,
                        case when d.existing_hours <> 0 then format(', and %s h already recorded', trim_scale(d.existing_hours)) else '' end) as reason
            from ${DAYS} d join ${RESOLVED} r using (${DAY_KEY}) join beneficiary b on b.id = d.beneficiary_id
           where d.file_hours + d.existing_hours > ${MAX_HOURS_PER_DAY} and not r.skipped and r.reason is null
           group by d.beneficiary_id, d.work_date, d.existing_hours, b.matricule
          having d.existing_hours + sum(r.hours) > ${MAX_HOURS_PER_DAY}) over
   where r.beneficiary_id = over.beneficiary_id and r.work_date = over.work_date and not r.skipped and r.reason is null`;

const SUMMARY = `
  select count(*)::int as rows, count(reason)::int as bad, count(*) filter (where skipped)::int as skipped,
         coalesce(sum(hours) filter (where reason is null and not skipped), 0)::float8 as hours,
         coalesce(sum(quantity) filter (where reason is null and not skipped), 0)::float8 as quantity,
         coalesce(sum(rejects) filter (where reason is null and not skipped), 0)::float8 as rejects,
         count(distinct beneficiary_id) filter (where reason is null and not skipped)::int as beneficiaries,
         min(work_date) filter (where reason is null and not skipped) as first, max(work_date) filter (where reason is null and not skipped) as last
    from ${RESOLVED}`;

/** Lines listed in one warning. */
const WARNING_LINES = 50;

/**
 * The warnings of a good file, in line order, with their total count: the skipped rows (one warning),
 * the days above the contract's daily hours (one per beneficiary and day, counting what the day
 * already holds) and the identical rows of the file (one per group). Each first finds its few
 * days or keys with plain aggregates, then lists their lines.
 */
const WARNINGS = `
  with skipped as (
    select 'ALREADY_RECORDED' as code, min(line) as first,
           format('%s rows are already recorded (same beneficiary, date, reference, hours and quantity) and were skipped', count(*)) as message,
           (array_agg(line order by line))[1:${WARNING_LINES}] as lines
      from ${RESOLVED} where skipped having count(*) > 0
  ), heavy as (
    select d.*, b.matricule, ${contractDailyHoursSql('b')} as daily
      from ${DAYS} d join beneficiary b on b.id = d.beneficiary_id ${workingDaysJoin('d.work_date')}
     where d.file_hours + d.existing_hours > ${contractDailyHoursSql('b')}
  ), above as (
    select 'ABOVE_CONTRACT_DAILY_HOURS' as code, min(r.line) as first,
           format('beneficiary %s has %s h of work on %s, above the contract''s %s h a day%s', h.matricule, trim_scale(h.existing_hours + sum(r.hours)), h.work_date,
                  trim_scale(h.daily), case when h.existing_hours <> 0 then format(' (%s h already recorded)', trim_scale(h.existing_hours)) else '' end) as message,
           (array_agg(r.line order by r.line))[1:${WARNING_LINES}] as lines
      from heavy h join ${RESOLVED} r using (${DAY_KEY})
     where not r.skipped
     group by h.beneficiary_id, h.work_date, h.existing_hours, h.matricule, h.daily
    having h.existing_hours + sum(r.hours) > h.daily
  ), repeated_keys as (
    select ${SAME_WORK} from ${RESOLVED} where not skipped group by ${SAME_WORK} having count(*) > 1
  ), repeated as (
    select 'DUPLICATE_ROWS' as code, min(r.line) as first,
           format('%s identical rows (same beneficiary, date, reference, hours and quantity): all were imported', count(*)) as message,
           (array_agg(r.line order by r.line))[1:${WARNING_LINES}] as lines
      from repeated_keys k join ${RESOLVED} r on r.beneficiary_id = k.beneficiary_id and r.work_date = k.work_date and ${sameWorkMatch('r', 'k')}
     where not r.skipped
     group by ${sameWork('k')}
  ), all_warnings as (select * from skipped union all select * from above union all select * from repeated)
  select code, message, lines, count(*) over ()::int as total from all_warnings order by first, code limit ${MAX_REPORTED_ROW_ERRORS}`;

/**
 * In the order of the (beneficiary_id, work_date) index: its entries are then appended rather than
 * scattered, which makes the insert of a million rows about a third faster (index maintenance and
 * the foreign-key checks are most of its cost).
 */
const INSERT = `
  insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id,
                           hours, quantity, rejected_quantity, status, recorded_by)
  select $1, beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id, hours, quantity, rejects, 'recorded', $2
    from ${RESOLVED} where not skipped order by beneficiary_id, work_date, line`;

/** Memory for the joins and the sort of a large import (instead of spilling them to disk), for this import only. */
const IMPORT_WORK_MEM = '256MB';

/** The request's own connection (inside its transaction): COPY needs the driver's client itself. */
async function connectionOf(ctx: RequestContext): Promise<PoolClient> {
  const manager = await ctx.db.manager();
  return driverClient(manager.queryRunner!);
}

export class WorkImportService {
  /**
   * Imports work records from CSV, all or nothing, in the caller's transaction: the file is parsed
   * while it streams into a temporary staging table (COPY), every row is checked with set-based SQL,
   * and only when no row is bad are they all inserted (one INSERT … SELECT) as RECORDED pointages
   * recorded by the caller, for a supervisor to validate. Supervisors import only for their
   * workshops (FORBIDDEN otherwise, as for a single record).
   */
  static async importCsv(ctx: RequestContext, source: Readable | string | Buffer, options: WorkImportOptions = {}): Promise<WorkRecordImport | ImportRejectedError> {
    const started = Date.now();
    const progress = (phase: WorkImportPhase, rows: number) => options.onProgress?.({ phase, rows, elapsedMs: Date.now() - started });
    const organizationId = ctx.organizationId;
    const client = await connectionOf(ctx);

    const { rows: [{ workMem }] } = await client.query<{ workMem: string }>(`select current_setting('work_mem') as "workMem"`);
    await client.query(`select set_config('work_mem', $1, true)`, [IMPORT_WORK_MEM]);
    const cleanUp = async () => {
      await client.query(`drop table if exists ${DAYS}; drop table if exists ${RESOLVED}; drop table if exists ${STAGING}`);
      await client.query(`select set_config('work_mem', $1, true)`, [workMem]);
    };
    await client.query(`drop table if exists ${DAYS}; drop table if exists ${RESOLVED}; drop table if exists ${STAGING};
      create temp table work_import_staging (${STAGING_COLUMNS}) on commit drop`);
    const parser = new WorkCsvToCopy(todayInFrance(), (rows) => progress('read', rows));
    const input = typeof source === 'string' || Buffer.isBuffer(source) ? Readable.from([Buffer.from(source)]) : source;
    const sha256 = crypto.createHash('sha256');
    const hashed = new PassThrough({ transform: (chunk: Buffer, _encoding, done) => (sha256.update(chunk), done(null, chunk)) });
    await pipeline(input, hashed, parser, client.query(copyFrom(`copy ${STAGING} from stdin`)));
    progress('read', parser.stats.rows);
    if (parser.fileProblem) {
      await cleanUp();
      return new ImportRejectedError([Object.assign(new ImportRowError(), parser.fileProblem)], 1, parser.stats.rows);
    }
    // The same file once only (a concurrent import of it waits here for the other one to end).
    const digest = sha256.digest();
    const { rows: [file] } = await client.query<{ id: number }>(
      `insert into work_import (organization_id, file_sha256, imported_by) values ($1, $2, $3) on conflict (organization_id, file_sha256) do nothing returning id`,
      [organizationId, digest, ctx.user!.userId],
    );
    if (!file) {
      await cleanUp();
      return WorkImportService.alreadyImported(client, organizationId, digest, parser.stats.rows);
    }

    await client.query(`analyze ${STAGING}`); // a fresh temp table has no statistics: without them the planner expects a few rows
    await client.query(RESOLVE, [organizationId]);
    await client.query(LOCK);
    await client.query(RESOLVE_DAYS, [organizationId]);
    await client.query(`analyze ${DAYS}`); // without statistics, the skip check's plan scanned the file's rows for nothing (0.4 s instead of 20 ms at 200 000 rows)
    await client.query(SKIP_PRESENT, [organizationId]);
    await client.query(CHECK_DAY_LIMIT);
    const { rows: [summary] } = await client.query<{
      rows: number; bad: number; skipped: number; hours: number; quantity: number; rejects: number; beneficiaries: number; first: string | null; last: string | null;
    }>(SUMMARY);
    progress('validated', summary.rows);

    const { rows: workshops } = await client.query<{ workshopId: number | null }>(
      `select distinct workshop_id as "workshopId" from ${RESOLVED} where reason is null`,
    );
    await assertMayRecordFor(ctx, workshops.map((row) => row.workshopId));

    if (summary.bad > 0) {
      const { rows: errors } = await client.query<{ line: number; reason: string }>(
        `select line, reason from ${RESOLVED} where reason is not null order by line limit ${MAX_REPORTED_ROW_ERRORS}`,
      );
      await cleanUp();
      return new ImportRejectedError(errors.map((error) => Object.assign(new ImportRowError(), error)), summary.bad, summary.rows);
    }

    const inserted = await client.query(INSERT, [organizationId, ctx.user!.userId]);
    await client.query('update work_import set row_count = $2 where id = $1', [file.id, inserted.rowCount ?? 0]);
    const { rows: warnings } = await client.query<{ code: WorkWarningCode; message: string; lines: number[]; total: number }>(WARNINGS);
    await cleanUp();
    progress('inserted', inserted.rowCount ?? 0);
    return Object.assign(new WorkRecordImport(), {
      imported: inserted.rowCount ?? 0,
      skipped: summary.skipped,
      warnings: warnings.map(({ code, message, lines }) => Object.assign(new ImportWarning(), { code, message, lines })),
      warningCount: warnings[0]?.total ?? 0,
      hours: summary.hours,
      quantity: summary.quantity,
      rejectedQuantity: summary.rejects,
      beneficiaryCount: summary.beneficiaries,
      firstWorkDate: summary.first,
      lastWorkDate: summary.last,
    });
  }

  /** A file whose bytes were imported before: refused, saying when (to import it anyway, change it). */
  private static async alreadyImported(client: PoolClient, organizationId: number, digest: Buffer, rowCount: number): Promise<ImportRejectedError> {
    const { rows: [earlier] } = await client.query<{ id: number; importedAt: string; rowCount: number }>(
      `select id, to_char(imported_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as "importedAt", row_count as "rowCount"
         from work_import where organization_id = $1 and file_sha256 = $2`,
      [organizationId, digest],
    );
    const reason =
      `this file was already imported (import ${earlier.id}, ${earlier.importedAt} UTC, ${earlier.rowCount} records): ` +
      'importing it again would count every pointage twice';
    const rejection = new ImportRejectedError([Object.assign(new ImportRowError(), { line: 1, reason })], 1, rowCount);
    rejection.message = `${reason}; nothing was imported`;
    return rejection;
  }

  /** The GraphQL entry: the CSV as text, at most MAX_GRAPHQL_CSV_BYTES. */
  static importCsvText(ctx: RequestContext, csv: string): Promise<WorkRecordImport | ImportRejectedError> {
    if (Buffer.byteLength(csv) > MAX_GRAPHQL_CSV_BYTES) {
      throw badUserInput('csv', `at most ${MAX_GRAPHQL_CSV_BYTES / 1024 / 1024} MB through the API; import larger files with the CLI (npm run import:work)`);
    }
    return WorkImportService.importCsv(ctx, csv);
  }
}
