"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_cluster_1 = __importDefault(require("node:cluster"));
const node_http_1 = __importDefault(require("node:http"));
const pg_1 = __importDefault(require("pg"));
const data_source_1 = require("../api/database/data-source");
const server_1 = require("../api/server");
const logger_1 = require("../api/logger");
const workloads_1 = require("./workloads");
function send(message) {
    process.send?.(message);
}
async function listen(server) {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    const address = server.address();
    if (!address || typeof address === 'string')
        throw new Error('no TCP address');
    return address.port;
}
async function startApi(url) {
    const dataSource = (0, data_source_1.createDataSource)(url, { role: process.env.BENCH_DB_ROLE || undefined, applicationName: 'ub-bench-api' });
    await dataSource.initialize();
    const app = await (0, server_1.createApp)({
        dataSource,
        authSecret: process.env.BENCH_AUTH_SECRET,
        introspection: false,
        logger: (0, logger_1.createLogger)('error'),
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
async function startCeiling(url) {
    const pool = new pg_1.default.Pool({ connectionString: url, max: 10, application_name: 'ub-bench-ceiling' });
    const organizationId = Number(process.env.BENCH_ORGANIZATION_ID);
    const statements = {
        '/orders-page': { name: 'orders_page_ceiling', text: workloads_1.ORDERS_PAGE_CEILING_SQL, values: [organizationId, workloads_1.ORDERS_PAGE_SIZE] },
        '/catalog-page': { name: 'catalog_page_floor', text: workloads_1.CATALOG_PAGE_FLOOR_SQL, values: [organizationId, 50] },
    };
    const server = node_http_1.default.createServer((req, res) => {
        req.resume();
        req.on('end', () => {
            const statement = statements[req.url ?? ''];
            if (!statement) {
                res.writeHead(404).end();
                return;
            }
            pool.query(statement).then(({ rows }) => {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(rows[0].body);
            }, (error) => {
                res.writeHead(500, { 'content-type': 'text/plain' });
                res.end(error.message);
            });
        });
    });
    const port = await listen(server);
    return {
        port,
        async stop() {
            await new Promise((resolve) => server.close(() => resolve()));
            await pool.end();
        },
    };
}
/**
 * BENCH_WEB_CONCURRENCY > 1: this process forks the API processes (node:cluster; each listens on
 * port 0, which the cluster makes one shared port, its connections handed round-robin), forwards
 * run.ts's messages to them and answers `usage` with their sum (its own CPU included).
 */
async function runCluster(workers) {
    node_cluster_1.default.setupPrimary({ args: process.argv.slice(2) });
    const forked = Array.from({ length: workers }, () => node_cluster_1.default.fork());
    const port = await new Promise((resolve, reject) => {
        let ready = 0;
        for (const worker of forked) {
            worker.on('message', (message) => {
                if (message.type === 'ready' && ++ready === workers)
                    resolve(message.port);
                if (message.type === 'error')
                    reject(new Error(message.message));
            });
            worker.once('exit', (code) => reject(new Error(`an API process exited with code ${code} while starting`)));
        }
    });
    let nextId = 1;
    const usageOf = (worker) => new Promise((resolve) => {
        const id = nextId++;
        const listener = (message) => {
            if (message.type !== 'usage' || message.id !== id)
                return;
            worker.off('message', listener);
            resolve(message);
        };
        worker.on('message', listener);
        worker.send({ type: 'usage', id });
    });
    process.on('message', (message) => {
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
        }
        else if (message.type === 'stop') {
            const timer = setTimeout(() => process.exit(1), 15_000);
            timer.unref();
            void Promise.all(forked.map((worker) => new Promise((resolve) => {
                if (worker.isDead())
                    return resolve();
                worker.once('exit', () => resolve());
                worker.send({ type: 'stop' });
            }))).then(() => process.exit(0));
        }
    });
    process.on('disconnect', () => process.exit(0));
    send({ type: 'ready', port });
}
async function main() {
    const mode = process.argv[2];
    const url = process.env.BENCH_DATABASE_URL;
    const workers = Number(process.env.BENCH_WEB_CONCURRENCY || 1);
    if (mode === 'api' && workers > 1 && node_cluster_1.default.isPrimary)
        return runCluster(workers);
    const running = mode === 'ceiling' ? await startCeiling(url) : await startApi(url);
    process.on('message', (message) => {
        if (message.type === 'usage') {
            const cpu = process.cpuUsage();
            const memory = process.memoryUsage();
            send({ type: 'usage', id: message.id, cpuMicros: cpu.user + cpu.system, rss: memory.rss, heapUsed: memory.heapUsed });
        }
        else if (message.type === 'stop') {
            const timer = setTimeout(() => process.exit(1), 10_000);
            timer.unref();
            running.stop().then(() => process.exit(0), () => process.exit(1));
        }
    });
    process.on('disconnect', () => process.exit(0));
    send({ type: 'ready', port: running.port });
}
main().catch((error) => {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
});
//# sourceMappingURL=bench-server.js.map