"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const pg_1 = __importDefault(require("pg"));
const token_1 = require("../api/auth/token");
const enums_1 = require("../schema/enums");
const environment_1 = require("./environment");
const http_1 = require("./http");
const workload_1 = require("./workload");
const checks_1 = require("./checks");
const report_1 = require("./report");
function parseOptions(argv) {
    const options = { durationS: 60, clients: 200, faultAt: 0.4, outageS: 3, timeoutS: 15, recoveryLimitS: 15, fault: true, keep: false, replica: false, output: '' };
    const numeric = {
        '--duration': 'durationS', '--clients': 'clients', '--fault-at': 'faultAt', '--outage': 'outageS', '--timeout': 'timeoutS', '--recovery-limit': 'recoveryLimitS',
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--no-fault')
            options.fault = false;
        else if (arg === '--keep')
            options.keep = true;
        else if (arg === '--replica')
            options.replica = true;
        else if (arg === '--output')
            options.output = node_path_1.default.resolve(argv[++i]);
        else if (numeric[arg]) {
            const value = Number(argv[++i]);
            if (!Number.isFinite(value) || value < 0)
                throw new Error(`${arg} needs a number`);
            options[numeric[arg]] = value;
        }
        else
            throw new Error(`unknown argument ${arg} (see soak/README.md)`);
    }
    if (options.clients < 1 || options.durationS < 1)
        throw new Error('--clients and --duration must be at least 1');
    options.output ||= node_path_1.default.resolve(__dirname, '..', '..', 'soak', options.replica ? 'results-replica.json' : 'results.json');
    return options;
}
const log = (line) => process.stderr.write(`[soak ${new Date().toISOString().slice(11, 23)}] ${line}\n`);
const seconds = (ms) => Math.round(ms / 10) / 100;
/** A token for the demo organisation's first admin, signed with the secret the API was given. */
async function adminToken(database, secret) {
    const [admin] = await (0, environment_1.ownerQuery)(database.ownerUrl, `select id::text, organization_id::text as "organizationId" from app_user where 'admin' = any(roles) and active order by organization_id, id limit 1`);
    if (!admin)
        throw new Error('the demo data has no admin user');
    // Tokens older than the user's last change are refused: sign in the second after the demo load.
    await (0, environment_1.sleep)(1100 - (Date.now() % 1000));
    return (0, token_1.signStaffToken)(secret, { userId: Number(admin.id), organizationId: Number(admin.organizationId), roles: [enums_1.Role.ADMIN] }, 3600);
}
/**
 * Watches the API from the fault on: every 200 ms a /ready and a GraphQL read are fired (without
 * waiting for the previous ones, each with its own deadline), until, after the database is back, one
 * of each has succeeded. Recovery is the end of the first success among probes started after that.
 */
async function probeRecovery(probe, faultDone, limitMs) {
    let times;
    void faultDone.then((t) => (times = t));
    let readyAt;
    let firstOkAt;
    const inflight = [];
    const started = Date.now();
    while (Date.now() - started < limitMs + 60_000) {
        const at = Date.now();
        inflight.push(probe.get('/ready', 10_000).then((ready) => {
            if (times && at >= times.upAt && ready.status === 200)
                readyAt = Math.min(readyAt ?? Infinity, at + ready.ms);
        }), probe.gql('probe', '{ customers(options: { take: 1 }) { totalItems } }').then((read) => {
            if (times && at >= times.upAt && read.ok)
                firstOkAt = Math.min(firstOkAt ?? Infinity, read.sample.end);
        }));
        if (readyAt !== undefined && firstOkAt !== undefined)
            break;
        if (times && Date.now() - times.upAt > limitMs * 4)
            break;
        await (0, environment_1.sleep)(200);
    }
    await Promise.all(inflight);
    return { readyAt, firstOkAt, probes: inflight.length };
}
async function main() {
    const options = parseOptions(process.argv.slice(2));
    const startedAt = Date.now();
    const checks = [];
    if (options.replica && process.env.DATABASE_URL)
        throw new Error('--replica makes its own primary and standby: unset DATABASE_URL');
    const database = await (0, environment_1.provisionDatabase)({ replica: options.replica });
    log(`database: ${database.mode} (${database.mode === 'embedded' ? database.dataDir : new URL(database.ownerUrl).pathname.slice(1)})`);
    let api;
    let exitCode;
    try {
        const secret = node_crypto_1.default.randomBytes(36).toString('base64url');
        const apiStarted = Date.now();
        api = await environment_1.ApiProcess.start(database, secret);
        const apiStartMs = Date.now() - apiStarted;
        log(`API pid ${api.child.pid} on ${api.baseUrl}, ready in ${seconds(apiStartMs)} s (migrations + demo data); log: ${api.logFile}`);
        const token = await adminToken(database, secret);
        const client = new http_1.Client(api.port, token, options.timeoutS * 1000, options.clients + 8);
        const probe = new http_1.Client(api.port, token, 10_000, 128);
        const world = await (0, workload_1.discoverWorld)(client);
        client.samples.length = 0;
        log(`demo world: ${world.establishmentIds.length} establishments, ${world.customerIds.length} customers, ${new Set(Object.values(world.catalogItemIds).flat()).size} catalog items, ${world.beneficiaries.length} beneficiaries present, ${world.orderLines.length} order lines`);
        const [{ now: since }] = await (0, environment_1.ownerQuery)(database.ownerUrl, `select now()::text as now`);
        const workload = new workload_1.Workload(client, world, options.replica);
        const loadStart = Date.now();
        const until = loadStart + options.durationS * 1000;
        log(`load: ${options.clients} clients for ${options.durationS} s${options.fault ? `, fault at ${Math.round(options.faultAt * 100)} % (${database.faultName}, ${options.outageS} s down)` : ', no fault'}`);
        const clients = Promise.all(Array.from({ length: options.clients }, () => workload.runClient(until)));
        const standbyReads = [];
        const sampleStandby = async (at) => {
            if (database.standbyUrl)
                standbyReads.push({ at, ms: Date.now(), rows: await standbyRowsRead(database.standbyUrl).catch(() => null) });
        };
        await sampleStandby('load start');
        let fault;
        let recovery;
        if (options.fault) {
            await (0, environment_1.sleep)(options.durationS * 1000 * options.faultAt);
            await sampleStandby('fault');
            log('fault: applying');
            const faultDone = database.fault(options.outageS * 1000, log);
            const probing = probeRecovery(probe, faultDone, options.recoveryLimitS * 1000);
            fault = await faultDone;
            recovery = await probing;
            await (0, environment_1.sleep)(1_000); // the standby's first statistics after its restart
            await sampleStandby('standby back');
            log(`fault: database back ${seconds(fault.upAt - fault.faultAt)} s after the fault; /ready 200 after ${recovery.readyAt ? seconds(recovery.readyAt - fault.upAt) + ' s' : 'never'}, first GraphQL success after ${recovery.firstOkAt ? seconds(recovery.firstOkAt - fault.upAt) + ' s' : 'never'}`);
        }
        await clients;
        await (0, environment_1.sleep)(1_200); // statistics reach pg_stat_database within a second
        await sampleStandby('load end');
        const loadSeconds = (Date.now() - loadStart) / 1000;
        log(`load done: ${client.samples.length} requests in ${loadSeconds.toFixed(1)} s`);
        // ---- Fault window and HTTP outcomes -------------------------------------------------------
        const samples = client.samples;
        const recoveredAt = fault && recovery ? Math.max(recovery.readyAt ?? Infinity, recovery.firstOkAt ?? Infinity) : undefined;
        const windowEnd = recoveredAt ?? (fault ? Infinity : 0);
        const inWindow = (s) => !!fault && s.end >= fault.faultAt && s.start <= windowEnd;
        const failed = (s) => s.status === 0 || s.status >= 500;
        const statusCounts = {};
        for (const s of samples)
            statusCounts[s.status === 0 ? s.codes[0] : String(s.status)] = (statusCounts[s.status === 0 ? s.codes[0] : String(s.status)] ?? 0) + 1;
        const fiveXxIn = samples.filter((s) => s.status >= 500 && inWindow(s)).length;
        const fiveXxOut = samples.filter((s) => s.status >= 500 && !inWindow(s)).length;
        const timeouts = samples.filter((s) => s.codes.includes('TIMEOUT')).length;
        const network = samples.filter((s) => s.codes.includes('NETWORK_ERROR')).length;
        const windowSamples = samples.filter(inWindow);
        const windowFailures = windowSamples.filter(failed);
        const windowErrors = {};
        for (const s of windowFailures)
            (windowErrors[`${s.status || 'no answer'}`] ??= []).push(...s.codes);
        const windowByStatus = Object.fromEntries(Object.entries(windowErrors).map(([status, codes]) => [status, (0, report_1.kindStats)('', codes.map((c) => ({ codes: [c] })), 1).errors]));
        const uncoded = windowFailures.filter((s) => s.status !== 503 || !s.codes.every((c) => c === 'SERVICE_UNAVAILABLE'));
        const outsideUnexpected = samples.filter((s) => !inWindow(s) && (failed(s) || s.codes.some((c) => ['INTERNAL_SERVER_ERROR', 'NO_CODE', 'UNPARSABLE_BODY', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'].includes(c))));
        const lastFailure = fault ? Math.max(0, ...samples.filter(failed).map((s) => s.end)) : 0;
        const workloadRecoveryS = fault && lastFailure ? seconds(Math.max(0, lastFailure - fault.upAt)) : 0;
        const firstWorkloadOk = fault ? Math.min(...samples.filter((s) => s.ok && s.codes.length === 0 && s.start >= fault.upAt).map((s) => s.end)) : Infinity;
        const workloadFirstOkS = fault && Number.isFinite(firstWorkloadOk) ? seconds(firstWorkloadOk - fault.upAt) : null;
        // ---- Checks -------------------------------------------------------------------------------
        checks.push(...(await (0, checks_1.runChecks)(database.ownerUrl, workload.acknowledged, since)));
        checks.push({ name: 'no 5xx, timeout or unexpected error outside the fault window', ok: outsideUnexpected.length === 0, detail: outsideUnexpected.length ? `${outsideUnexpected.length}: ${(0, report_1.formatErrors)((0, report_1.kindStats)('', outsideUnexpected, 1).errors)} (statuses ${[...new Set(outsideUnexpected.map((s) => s.status))].join(',')})` : `${samples.length - windowSamples.length} requests outside the window: no 5xx, no timeout, no INTERNAL_SERVER_ERROR` });
        checks.push({ name: 'no request hung (every call answered before its deadline)', ok: timeouts === 0, detail: `${timeouts} timeouts (deadline ${options.timeoutS} s), ${network} network errors, max latency ${Math.max(0, ...samples.map((s) => s.end - s.start))} ms` });
        if (fault && recovery) {
            checks.push({ name: 'during the outage, failures are 503 SERVICE_UNAVAILABLE', ok: uncoded.length === 0, detail: uncoded.length ? `${uncoded.length} of ${windowFailures.length} failures otherwise: ${(0, report_1.formatErrors)((0, report_1.kindStats)('', uncoded, 1).errors)}` : `${windowFailures.length} failed requests in the window, all 503 SERVICE_UNAVAILABLE` });
            const recoveredS = recoveredAt && Number.isFinite(recoveredAt) ? (recoveredAt - fault.upAt) / 1000 : Infinity;
            checks.push({ name: `service resumes without restarting the API (within ${options.recoveryLimitS} s of the database)`, ok: recoveredS <= options.recoveryLimitS && !api.exited, detail: Number.isFinite(recoveredS) ? `/ready 200 and GraphQL OK ${seconds(recoveredS * 1000)} s after the database was back; last failed workload request ${workloadRecoveryS} s after; API pid ${api.child.pid} ${api.exited ? 'EXITED' : 'still running'}` : 'never recovered' });
        }
        checks.push({ name: 'the API process never exited', ok: !api.exited, detail: api.exited ? `exited with ${api.exited.code ?? api.exited.signal}` : `pid ${api.child.pid} alive` });
        if (options.replica) {
            const failures = samples.filter(failed);
            checks.push({ name: 'the standby restart fails no request (reads fall back to the primary)', ok: failures.length === 0, detail: failures.length ? `${failures.length} failed: ${(0, report_1.formatErrors)((0, report_1.kindStats)('', failures, 1).errors)} (statuses ${[...new Set(failures.map((s) => s.status))].join(',')})` : `${samples.length} requests, ${windowSamples.length} of them in the restart window, none failed` });
            const { ownReads, staleOwnReads } = workload.acknowledged;
            checks.push({ name: 'no stale read after own writes (the invoice read back after its issue and payments)', ok: ownReads > 0 && staleOwnReads.length === 0, detail: `${ownReads} read-backs, ${staleOwnReads.length} showed older data${staleOwnReads.length ? `: ${staleOwnReads.slice(0, 3).join('; ')}` : ''}` });
            const served = standbyServed(standbyReads);
            checks.push({ name: 'the standby served queries before its restart and again after it', ok: served.before > 0 && served.after > 0, detail: `rows read on the standby (pg_stat_database tup_returned + tup_fetched of the soak database): ${served.before} from the load start to the restart, ${served.after} from its return to the end of the load` });
        }
        const raceDouble = workload.acknowledged.paymentRaces;
        checks.push({ name: 'concurrent full payments of one invoice: never both accepted', ok: workload.acknowledged.raceBothAccepted === 0, detail: `${raceDouble} races, ${workload.acknowledged.raceRefusals} one accepted + one refused (OVERPAYMENT / INVALID_STATE), ${workload.acknowledged.raceBothAccepted} both accepted` });
        // ---- API side: metrics and log --------------------------------------------------------------
        const metrics = await fetchMetrics(api);
        const apiLog = node_fs_1.default.existsSync(api.logFile) ? node_fs_1.default.readFileSync(api.logFile, 'utf8').split('\n') : [];
        const logErrors = apiLog.filter((l) => l.includes('"level":"error"'));
        const logUnavailable = apiLog.filter((l) => l.includes('database unavailable')).length;
        const shutdown = await api.stop(5_000);
        log(`API stopped in ${shutdown.ms} ms (${shutdown.graceful ? 'graceful' : `exit ${shutdown.code}, killed after 5 s`})`);
        // ---- Report -------------------------------------------------------------------------------
        const kinds = [...new Set(samples.map((s) => s.kind))].sort();
        const perKind = kinds.map((kind) => (0, report_1.kindStats)(kind, samples.filter((s) => s.kind === kind), loadSeconds));
        const overall = (0, report_1.kindStats)('all', samples, loadSeconds);
        const reads = (0, report_1.kindStats)('reads', samples.filter((s) => s.kind.startsWith('read')), loadSeconds);
        const writes = (0, report_1.kindStats)('writes', samples.filter((s) => !s.kind.startsWith('read')), loadSeconds);
        const rows = [...perKind, reads, writes, overall].map((k) => [k.kind, k.requests, k.ok, k.perSecond, k.p50Ms, k.p99Ms, k.maxMs, (0, report_1.formatErrors)(k.errors)]);
        const out = process.stdout;
        out.write(`\nSoak: ${options.clients} clients × ${options.durationS} s, ${database.mode} PostgreSQL, ${node_os_1.default.cpus().length} CPU (${node_os_1.default.cpus()[0]?.model.trim()}), node ${process.version}\n\n`);
        out.write((0, report_1.table)(rows, ['requests by kind', 'count', 'ok', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors / business results']) + '\n\n');
        const summary = [
            ['HTTP statuses', Object.entries(statusCounts).map(([k, v]) => `${k}×${v}`).join(' ')],
            ['fault', fault ? database.faultName : 'none (--no-fault)'],
            ...(fault && recovery
                ? [
                    ['fault window', `${seconds(fault.faultAt - loadStart)} s → ${recoveredAt && Number.isFinite(recoveredAt) ? seconds(recoveredAt - loadStart) : '∞'} s of the load (database down ${seconds(fault.upAt - fault.downAt)} s)`],
                    ['5xx in / out of the fault window', `${fiveXxIn} / ${fiveXxOut}`],
                    ['failures in the window by status', JSON.stringify(windowByStatus)],
                    ['recovery: /ready 200 after DB back', recovery.readyAt ? `${seconds(recovery.readyAt - fault.upAt)} s` : 'never'],
                    ['recovery: first GraphQL OK after DB back', recovery.firstOkAt ? `${seconds(recovery.firstOkAt - fault.upAt)} s` : 'never'],
                    ['recovery: workload', `first success (started after DB back) ${workloadFirstOkS ?? 'never'} s, last failure ${workloadRecoveryS} s after DB back`],
                ]
                : []),
            ['invoices issued (acknowledged)', workload.acknowledged.issued.length],
            ['payments / work records / imported rows', `${workload.acknowledged.payments.length} / ${workload.acknowledged.workRecords.length} / ${workload.acknowledged.importedRows}`],
            ['concurrent double payments', `${raceDouble} races: ${workload.acknowledged.raceRefusals} one accepted + one refused, ${workload.acknowledged.raceBothAccepted} both accepted (must be 0), rest hit the outage`],
            ['uncertain outcomes (no answer / 5xx)', `issues ${workload.acknowledged.uncertainIssues}, payments ${workload.acknowledged.uncertainPayments}, work ${workload.acknowledged.uncertainWorkRecords}, import rows ${workload.acknowledged.uncertainImportRows}`],
            ...(options.replica ? [['own writes read back / stale', `${workload.acknowledged.ownReads} / ${workload.acknowledged.staleOwnReads.length}`], ['rows read on the standby', standbyReads.map((r) => `${r.at}: ${r.rows ?? 'down'}`).join(', ')]] : []),
            ['API log', `${logErrors.length} error lines, ${logUnavailable} "database unavailable" warnings`],
            ['API pool after the load', metrics],
            ['API start / shutdown', `${seconds(apiStartMs)} s / ${seconds(shutdown.ms)} s (${shutdown.graceful ? 'graceful' : `exit ${shutdown.code}`})`],
        ];
        out.write((0, report_1.table)(summary.map(([k, v]) => [k, String(v)]), ['', '']) + '\n\nChecks\n' + (0, report_1.checksTable)(checks) + '\n');
        const passed = checks.every((c) => c.ok);
        out.write(`\n${passed ? 'PASS' : 'FAIL'}: ${checks.filter((c) => c.ok).length}/${checks.length} checks, ${seconds(Date.now() - startedAt)} s in all\n`);
        const results = {
            at: new Date().toISOString(),
            machine: { cpus: node_os_1.default.cpus().length, cpuModel: node_os_1.default.cpus()[0]?.model.trim(), memoryGb: Math.round(node_os_1.default.totalmem() / 2 ** 30), node: process.version, platform: `${node_os_1.default.platform()} ${node_os_1.default.release()}` },
            options,
            database: database.mode,
            fault: fault ? { name: database.faultName, startS: seconds(fault.faultAt - loadStart), downS: seconds(fault.upAt - fault.downAt), readyAfterS: recovery?.readyAt ? seconds(recovery.readyAt - fault.upAt) : null, firstSuccessAfterS: recovery?.firstOkAt ? seconds(recovery.firstOkAt - fault.upAt) : null, lastWorkloadFailureAfterS: workloadRecoveryS, firstWorkloadSuccessAfterS: workloadFirstOkS, fiveXxInWindow: fiveXxIn, fiveXxOutOfWindow: fiveXxOut, windowFailuresByStatus: windowByStatus } : null,
            loadSeconds: Math.round(loadSeconds * 10) / 10,
            requests: { total: overall.requests, perSecond: overall.perSecond, p50Ms: overall.p50Ms, p99Ms: overall.p99Ms, statuses: statusCounts, timeouts, networkErrors: network },
            byKind: perKind,
            replica: options.replica ? { ownReads: workload.acknowledged.ownReads, staleOwnReads: workload.acknowledged.staleOwnReads.length, standbyRowsRead: standbyReads } : null,
            acknowledged: { invoicesIssued: workload.acknowledged.issued.length, payments: workload.acknowledged.payments.length, workRecords: workload.acknowledged.workRecords.length, importedRows: workload.acknowledged.importedRows, paymentRaces: raceDouble, raceRefusals: workload.acknowledged.raceRefusals, raceBothAccepted: workload.acknowledged.raceBothAccepted },
            apiLog: { errorLines: logErrors.length, firstErrors: logErrors.slice(0, 5), unavailableWarnings: logUnavailable },
            apiStartS: seconds(apiStartMs),
            apiShutdown: shutdown,
            checks,
            passed,
        };
        node_fs_1.default.writeFileSync(options.output, JSON.stringify(results, null, 2) + '\n');
        log(`results written to ${options.output}`);
        client.close();
        probe.close();
        exitCode = passed ? 0 : 1;
    }
    finally {
        if (api && !api.exited)
            await api.stop(5_000).catch(() => undefined);
        if (options.keep)
            log(`kept ${database.dataDir} (API log, database${database.mode === 'embedded' ? ' cluster, stopped' : ` ${database.ownerUrl}`})`);
        await database.cleanup(options.keep).catch((error) => log(`cleanup failed: ${String(error)}`));
    }
    process.exit(exitCode ?? 1);
}
/** Rows the standby's backends read in the soak database (its own statistics: what the replica served). */
async function standbyRowsRead(standbyUrl) {
    const client = new pg_1.default.Client({ connectionString: standbyUrl, connectionTimeoutMillis: 3_000 });
    await client.connect();
    try {
        const { rows } = await client.query(`select (tup_returned + tup_fetched)::text as n from pg_stat_database where datname = current_database()`);
        return Number(rows[0].n);
    }
    finally {
        await client.end();
    }
}
/** Rows read on the standby before the restart and after it (its statistics restart with it). */
function standbyServed(reads) {
    const at = (name) => reads.find((r) => r.at === name)?.rows ?? null;
    const [start, fault, back, end] = [at('load start'), at('fault'), at('standby back'), at('load end')];
    return {
        before: start !== null && fault !== null ? fault - start : 0,
        after: back !== null && end !== null && end >= back ? end - back : end ?? 0,
    };
}
async function fetchMetrics(api) {
    try {
        const response = await fetch(`${api.baseUrl}/metrics`, { signal: AbortSignal.timeout(5_000) });
        const text = await response.text();
        const gauge = (name) => /^(\S+) (\S+)$/m.exec(text.split('\n').find((l) => l.startsWith(`${name} `)) ?? '')?.[2] ?? '?';
        return `connections ${gauge('ub_db_pool_connections')}, idle ${gauge('ub_db_pool_idle')}, waiting ${gauge('ub_db_pool_waiting')}, max ${gauge('ub_db_pool_max')}`;
    }
    catch (error) {
        return `unavailable (${String(error)})`;
    }
}
main().catch((error) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
});
//# sourceMappingURL=run.js.map