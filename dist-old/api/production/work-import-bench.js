"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const pg_1 = __importDefault(require("pg"));
const data_source_1 = require("../database/data-source");
const migrate_1 = require("../database/migrate");
const work_import_cli_1 = require("./work-import-cli");
const work_import_sample_1 = require("./work-import-sample");
/**
 * One end-to-end measurement of the CSV import, outside the test suite:
 *
 *   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node dist/api/production/work-import-bench.js [rows=1000000] [';'] [--keep]
 *
 * Creates a scratch database on DATABASE_URL's server, migrates it, seeds a sample organisation,
 * generates the CSV (`;` for the French shape), runs the import CLI on it (in-process, timed from
 * start to exit status), and drops the database (`--keep` keeps it, to look at the plans).
 */
async function main() {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl)
        throw new Error('set DATABASE_URL to a PostgreSQL server (a scratch database is created and dropped there)');
    const rows = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
    const separator = process.argv.includes(';') ? ';' : ',';
    const name = `ub_work_import_bench_${process.pid}`;
    const admin = new pg_1.default.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const file = node_path_1.default.join(node_os_1.default.tmpdir(), `${name}.csv`);
    try {
        const dataSource = (0, data_source_1.createDataSource)(url.toString(), { poolSize: 1 });
        await dataSource.initialize();
        await (0, migrate_1.migrateDatabase)(dataSource);
        await dataSource.destroy();
        const client = new pg_1.default.Client({ connectionString: url.toString() });
        await client.connect();
        const { organizationId, userId } = await (0, work_import_sample_1.seedWorkImportSample)(client);
        let started = Date.now();
        await (0, work_import_sample_1.writeWorkImportCsv)(file, client, organizationId, rows, { separator });
        await client.end();
        const megabytes = node_fs_1.default.statSync(file).size / 1024 / 1024;
        process.stderr.write(`generated ${rows} rows (${megabytes.toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        started = Date.now();
        const status = await (0, work_import_cli_1.runWorkImportCli)([file, '--organization', String(organizationId), '--user', String(userId)], {
            stdout: process.stdout,
            stderr: process.stderr,
            env: { ...process.env, DATABASE_URL: url.toString() },
        });
        const seconds = (Date.now() - started) / 1000;
        if (status !== 0)
            throw new Error(`the import exited with status ${status}`);
        process.stdout.write(`end to end: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s\n`);
    }
    finally {
        node_fs_1.default.rmSync(file, { force: true });
        if (process.argv.includes('--keep'))
            process.stderr.write(`kept the database ${name}\n`);
        else
            await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
    }
}
main().catch((error) => {
    process.stderr.write(`work import bench: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=work-import-bench.js.map