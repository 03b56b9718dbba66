import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { projectPath } from '../config';

/**
 * The reporting layer's life cycle (the SQL is in reporting/*.sql, documented in reporting/README.md):
 * install when its text changed, full rebuild of the aggregates, and the fold that adds recent
 * changes to them. All of it runs as the owner (the role that runs the migrations), except the fold,
 * which the API's role may call. The objects of the layer belong to REPORTING_OWNER, never to the
 * migrating role, which may be a superuser (the embedded server's `postgres`).
 */

/** The owner of the reporting schemas and everything in them: no superuser, no BYPASSRLS (migration 1764900000000). */
export const REPORTING_OWNER = 'ub_reporting_owner';

export type SqlClient = Pick<pg.ClientBase, 'query'>;

export interface ReportingSql {
  files: { name: string; text: string }[];
  checksum: string;
}

export function readReportingSql(dir = projectPath('reporting')): ReportingSql {
  const names = fs.readdirSync(dir).filter((name) => name.endsWith('.sql')).sort();
  const files = names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(file.name).update('\0').update(file.text).update('\0');
  return { files, checksum: hash.digest('hex') };
}

export interface AggregateRebuild {
  name: string;
  sourceRows: number;
  ms: number;
}

/** The aggregates, in the order a rebuild takes them. */
export async function aggregateNames(client: SqlClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>('select name from reporting_engine.aggregate order by stage, name');
  return rows.map((row) => row.name);
}

async function inTransaction<T>(client: SqlClient, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await work();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * Recomputes every aggregate from the base tables in one transaction. Writers of work records and
 * sales events wait until it commits (their changes then reach the aggregates through the next fold);
 * readers keep reading the previous figures meanwhile. `onAggregate` reports each one as it is done.
 */
export async function rebuildAggregates(client: SqlClient, onAggregate: (rebuild: AggregateRebuild) => void = () => undefined): Promise<AggregateRebuild[]> {
  const rebuilds = await inTransaction(client, () => rebuildInTransaction(client, onAggregate));
  await vacuumAggregates(client, rebuilds);
  return rebuilds;
}

/**
 * VACUUM after a rebuild (outside its transaction): sets the hint bits and the visibility map of the
 * new rows, so the first reports do not write them and index-only scans can serve them (the statistics
 * were taken in the rebuild's transaction).
 */
async function vacuumAggregates(client: SqlClient, rebuilds: AggregateRebuild[]): Promise<void> {
  for (const rebuild of rebuilds) await client.query(`vacuum reporting_engine.${rebuild.name}`);
}

async function rebuildInTransaction(client: SqlClient, onAggregate: (rebuild: AggregateRebuild) => void): Promise<AggregateRebuild[]> {
  await client.query('select reporting_engine.begin_rebuild()');
  const done: AggregateRebuild[] = [];
  for (const name of await aggregateNames(client)) {
    const started = performance.now();
    const { rows } = await client.query<{ source_rows: number }>('select reporting_engine.rebuild($1) as source_rows', [name]);
    // Statistics of the rows just written (ANALYZE samples this transaction's own rows), for the
    // aggregates after it that read them: without, the planner sizes them from stale or no statistics.
    await client.query(`analyze reporting_engine.${name}`);
    const rebuild = { name, sourceRows: Number(rows[0].source_rows), ms: performance.now() - started };
    done.push(rebuild);
    onAggregate(rebuild);
  }
  return done;
}

/** The checksum of the installed reporting SQL, or null when the layer is not installed. */
async function installedChecksum(client: SqlClient): Promise<string | null> {
  const { rows } = await client.query<{ present: boolean }>(`select to_regclass('reporting_engine.state') is not null as present`);
  if (!rows[0].present) return null;
  const state = await client.query<{ checksum: string }>('select checksum from reporting_engine.state');
  return state.rows[0]?.checksum ?? null;
}

export interface InstallOutcome {
  installed: boolean;
  checksum: string;
  rebuilds: AggregateRebuild[];
}

/**
 * Installs the reporting layer when the database lacks it or holds another version of its SQL: drops
 * both reporting schemas, runs reporting/*.sql in name order and rebuilds the aggregates, in one
 * transaction (a failure leaves the previous layer in place). Concurrent starts wait for each other.
 * Needs a migrated database.
 */
export async function installReportingLayer(client: SqlClient, log: (line: string) => void = () => undefined, sql = readReportingSql()): Promise<InstallOutcome> {
  const outcome = await inTransaction(client, async (): Promise<InstallOutcome> => {
    await client.query(`select pg_advisory_xact_lock(hashtext('reporting_engine.install'))`);
    const installed = await installedChecksum(client);
    if (installed === sql.checksum) return { installed: false, checksum: sql.checksum, rebuilds: [] };
    log(installed ? 'reporting layer changed: reinstalling' : 'installing the reporting layer');
    await client.query('drop schema if exists reporting, reporting_engine cascade');
    await client.query(`create schema reporting_engine authorization ${REPORTING_OWNER}; create schema reporting authorization ${REPORTING_OWNER}`);
    // Everything from here on is created by, and belongs to, the owner role; reset at commit.
    await client.query(`set local role ${REPORTING_OWNER}`);
    for (const file of sql.files) {
      try {
        await client.query(file.text);
      } catch (error) {
        throw new Error(`reporting/${file.name}: ${(error as Error).message}`, { cause: error });
      }
    }
    await client.query('insert into reporting_engine.state (checksum) values ($1)', [sql.checksum]);
    const rebuilds = await rebuildInTransaction(client, (rebuild) => log(`  ${rebuild.name}: ${rebuild.sourceRows} source rows in ${rebuild.ms.toFixed(0)} ms`));
    return { installed: true, checksum: sql.checksum, rebuilds };
  });
  await vacuumAggregates(client, outcome.rebuilds);
  return outcome;
}

/** Adds the pending changes to the aggregates; returns how many changed rows it folded. */
export async function foldReporting(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ folded: string | number }>('select reporting_engine.fold() as folded');
  return Number(rows[0].folded);
}
