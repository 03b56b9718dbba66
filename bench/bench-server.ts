import 'reflect-metadata';
import cluster from 'node:cluster';
import http from 'node:http';
import pg from 'pg';
import { createDataSource } from '../api/database/data-source';
import { createApp } from '../api/server';
import { createLogger } from '../api/logger';
import { defaultRenderWorkers } from '../api/attestation/render-pool';
import { CATALOG_PAGE_FLOOR_SQL, ORDERS_PAGE_CEILING_SQL } from './workloads';

/**
 * A server under load, in a process of its own so that its CPU time and memory are its own: started
 * by run.ts (child_process.fork) as `api` (the real API, with `extensions.sqlStatements`) or
 * `ceiling` (a minimal node:http handler answering (a) on /orders-page and (d) on /catalog-page, each
 * with one SQL statement). It listens on
 * 127.0.0.1 and answers run.ts's IPC messages: `usage` (CPU time and RSS) and `stop`.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_DB_ROLE (the API's role, when the schema has one),
 * BENCH_AUTH_SECRET, BENCH_ORGANIZATION_ID, BENCH_TRACE_HEALTH_READS (`off`: measure without the trace),
 * BENCH_KNOWN_QUERIES (`off`: every query through Apollo's pipeline, api/http/known-queries.ts),
 * BENCH_WEB_CONCURRENCY (`api` only: that many API processes behind one port, node:cluster as
 * `npm start` with WEB_CONCURRENCY runs them; the usage reported is the sum over them).
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
    knownQueries: process.env.BENCH_KNOWN_QUERIES !== 'off',
    // As npm start (api/main.ts).
    renderWorkers: defaultRenderWorkers(),
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
    '/orders-page': { name: 'orders_page_ceiling', text: ORDERS_PAGE_CEILING_SQL, values: [organizationId] },
    '/catalog-page': { name: 'catalog_page_floor', text: CATALOG_PAGE_FLOOR_SQL, values: [organizationId] },
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

/**
 * BENCH_WEB_CONCURRENCY > 1: this process forks the API processes (node:cluster; each listens on
 * port 0, which the cluster makes one shared port, its connections handed round-robin), forwards
 * run.ts's messages to them and answers `usage` with their sum (its own CPU included).
 */
async function runCluster(workers: number): Promise<void> {
  cluster.setupPrimary({ args: process.argv.slice(2) });
  const forked = Array.from({ length: workers }, () => cluster.fork());
  const port = await new Promise<number>((resolve, reject) => {
    let ready = 0;
    for (const worker of forked) {
      worker.on('message', (message: ServerMessage) => {
        if (message.type === 'ready' && ++ready === workers) resolve(message.port);
        if (message.type === 'error') reject(new Error(message.message));
      });
      worker.once('exit', (code) => reject(new Error(`an API process exited with code ${code} while starting`)));
    }
  });
  let nextId = 1;
  const usageOf = (worker: (typeof forked)[number]) => new Promise<Extract<ServerMessage, { type: 'usage' }>>((resolve) => {
    const id = nextId++;
    const listener = (message: ServerMessage) => {
      if (message.type !== 'usage' || message.id !== id) return;
      worker.off('message', listener);
      resolve(message);
    };
    worker.on('message', listener);
    worker.send({ type: 'usage', id } satisfies ControlMessage);
  });
  process.on('message', (message: ControlMessage) => {
    if (message.type === 'usage') {
      void Promise.all(forked.map(usageOf)).then((usages) => {
        const own = process.cpuUsage();
        send({
          type: 'usage', id: message.id,
          cpuMicros: own.user + own.system + usages.reduce((sum, usage) => sum + usage.cpuMicros, 0),
          rss: process.memoryUsage().rss + usages.reduce((sum, usage) => sum + usage.rss, 0),
          heapUsed: usages.reduce((sum, usage) => sum + usage.heapUsed, 0),
        });
      });
    } else if (message.type === 'stop') {
      const timer = setTimeout(() => process.exit(1), 15_000);
      timer.unref();
      void Promise.all(forked.map((worker) => new Promise<void>((resolve) => {
        if (worker.isDead()) return resolve();
        worker.once('exit', () => resolve());
        worker.send({ type: 'stop' } satisfies ControlMessage);
      }))).then(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}

async function main(): Promise<void> {
  const mode = process.argv[2] as ServerMode;
  const url = process.env.BENCH_DATABASE_URL!;
  const workers = Number(process.env.BENCH_WEB_CONCURRENCY || 1);
  if (mode === 'api' && workers > 1 && cluster.isPrimary) return runCluster(workers);
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
