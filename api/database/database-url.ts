import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config';
import { processIsAlive, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

/** The database the API keeps its data in, on the embedded server. */
export const EMBEDDED_DATABASE = 'ub';

/**
 * The port of the embedded server of `dataDir` when one is running (its postmaster.pid names a live
 * process), else null. A second process must not start the server again: starting it treats a
 * running postmaster as an orphan of a crashed run and stops it, under the API's feet.
 */
function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !processIsAlive(pid)) return null;
  return port;
}

/**
 * Where the application's data lives: DATABASE_URL when set, else the `ub` database of the embedded
 * server (started when it is not running; `embedded` is then set and the caller stops it). Tools
 * that run beside the API (the CLI import) use the server the API started.
 */
export async function resolveDatabaseUrl(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  log: (line: string) => void,
  options: { useRunningEmbedded?: boolean } = {},
): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const port = options.useRunningEmbedded ? runningEmbeddedPort(config.dataDir) : null;
  if (port !== null) {
    // The password the embedded server was initialised with (api/database/embedded.ts keeps it there).
    const password = fs.readFileSync(path.join(config.dataDir, 'embedded-pg-password'), 'utf8').trim();
    return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}` };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
  const url = new URL(embedded.adminUrl);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded };
}
