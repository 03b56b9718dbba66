import crypto from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { RequestContext } from '../context';
import { WorkRecordImport } from '../../schema/entities/production.entity';
import { ImportRejectedError, ImportRowError } from '../../schema/error-results';
import { badUserInput } from '../common/errors';
import { todayInFrance } from '../common/dates';
import { STAGING_COLUMNS, WorkCsvToCopy } from './work-import-csv';
import { assertMayRecordFor } from './work.service';
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
         coalesce(ps.workshop_id, b.main_workshop_id) as workshop_id,
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

const SUMMARY = `
  select count(*)::int as rows, count(reason)::int as bad,
         coalesce(sum(hours) filter (where reason is null), 0)::float8 as hours,
         coalesce(sum(quantity) filter (where reason is null), 0)::float8 as quantity,
         coalesce(sum(rejects) filter (where reason is null), 0)::float8 as rejects,
         count(distinct beneficiary_id) filter (where reason is null)::int as beneficiaries,
         min(work_date) filter (where reason is null) as first, max(work_date) filter (where reason is null) as last
    from ${RESOLVED}`;

/**
 * In the order of the (beneficiary_id, work_date) index: its entries are then appended rather than
 * scattered, which makes the insert of a million rows about a third faster (index maintenance and
 * the foreign-key checks are most of its cost).
 */
const INSERT = `
  insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id,
                           hours, quantity, rejected_quantity, status, recorded_by)
  select $1, beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id, hours, quantity, rejects, 'recorded', $2
    from ${RESOLVED} order by beneficiary_id, work_date, line`;

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
      await client.query(`drop table if exists ${RESOLVED}; drop table if exists ${STAGING}`);
      await client.query(`select set_config('work_mem', $1, true)`, [workMem]);
    };
    await client.query(`drop table if exists ${RESOLVED}; drop table if exists ${STAGING};
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
    const { rows: [summary] } = await client.query<{
      rows: number; bad: number; hours: number; quantity: number; rejects: number; beneficiaries: number; first: string | null; last: string | null;
    }>(SUMMARY);
    progress('validated', summary.rows);

    const { rows: workshops } = await client.query<{ workshopId: string | null }>(
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
    await cleanUp();
    progress('inserted', inserted.rowCount ?? 0);
    return Object.assign(new WorkRecordImport(), {
      imported: inserted.rowCount ?? 0,
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
