import 'reflect-metadata';
import http from 'node:http';
import pg from 'pg';
import { createDataSource } from '../api/database/data-source';
import { createApp } from '../api/server';
import { createLogger } from '../api/logger';
import { CATALOG_PAGE_FLOOR_SQL, ORDERS_PAGE_CEILING_SQL, ORDERS_PAGE_SIZE } from './workloads';

/**
 * A server under load, in a process of its own so that its CPU time and memory are its own: started
 * by run.ts (child_process.fork) as `api` (the real API, with `extensions.sqlStatements`) or
 * `ceiling` (a minimal node:http handler answering (a) on /orders-page and (d) on /catalog-page, each
 * with one SQL statement). It listens on
 * 127.0.0.1 and answers run.ts's IPC messages: `usage` (CPU time and RSS) and `stop`.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_DB_ROLE (the API's role, when the schema has one),
 * BENCH_AUTH_SECRET, BENCH_ORGANIZATION_ID, BENCH_TRACE_HEALTH_READS (`off`: measure without the trace).
 */

export type ServerMode = 'api' | 'ceiling';

export type ServerMessage =
  | { type: 'ready'; port: number }
  | { type: 'usage'; id: number; cpuMicros: number; rss: number; heapUsed: number }
  | { type: 'error'; message: string };

export type ControlMessage = { type: 'usage'; id: number } | { type: 'stop' };

function send(message: ServerMessage): void {
  process.send?.(message);
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

async function startApi(url: string): Promise<{ port: number; stop(): Promise<void> }> {
  const dataSource = createDataSource(url, { role: process.env.BENCH_DB_ROLE || undefined, applicationName: 'ub-bench-api' });
  await dataSource.initialize();
  const app = await createApp({
    dataSource,
    authSecret: process.env.BENCH_AUTH_SECRET!,
    introspection: false,
    logger: createLogger('error'),
    exposeSqlCount: true,
    traceHealthReads: process.env.BENCH_TRACE_HEALTH_READS !== 'off',
  });
  const port = await listen(app.httpServer);
  return {
    port,
    async stop() {
      await app.close();
      await dataSource.destroy();
    },
  };
}

async function startCeiling(url: string): Promise<{ port: number; stop(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: 'ub-bench-ceiling' });
  const organizationId = Number(process.env.BENCH_ORGANIZATION_ID);
  const statements: Record<string, pg.QueryConfig> = {
    '/orders-page': { name: 'orders_page_ceiling', text: ORDERS_PAGE_CEILING_SQL, values: [organizationId, ORDERS_PAGE_SIZE] },
    '/catalog-page': { name: 'catalog_page_floor', text: CATALOG_PAGE_FLOOR_SQL, values: [organizationId, 50] },
  };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const statement = statements[req.url ?? ''];
      if (!statement) {
        res.writeHead(404).end();
        return;
      }
      pool.query<{ body: string }>(statement).then(
        ({ rows }) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(rows[0].body);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(error.message);
        },
      );
    });
  });
  const port = await listen(server);
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

async function main(): Promise<void> {
  const mode = process.argv[2] as ServerMode;
  const url = process.env.BENCH_DATABASE_URL!;
  const running = mode === 'ceiling' ? await startCeiling(url) : await startApi(url);
  process.on('message', (message: ControlMessage) => {
    if (message.type === 'usage') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      send({ type: 'usage', id: message.id, cpuMicros: cpu.user + cpu.system, rss: memory.rss, heapUsed: memory.heapUsed });
    } else if (message.type === 'stop') {
      const timer = setTimeout(() => process.exit(1), 10_000);
      timer.unref();
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: running.port });
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
