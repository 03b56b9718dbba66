import crypto from 'node:crypto';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';
import { withClient, type BenchServer } from './bench-database';
import { ADMIN_USER_ID, ORGANIZATION_ID } from './data-generator';
import type { ResultSet } from './results';
import { ServerProcess, START_HEAP_FLAGS } from './server-process';
import { END_DAY } from './scale';

/**
 * (15) Issuing an invoice with its documents over GraphQL (issue 15): `issueInvoice` numbers the
 * draft, takes its snapshot and, once committed, draws its Factur-X PDF (PDF/A-3 with the CII XML) and
 * stores it with its SHA-256 before the answer leaves (api/documents/document.service.ts). Issuing
 * changes the data for good (numbers, issued documents kept as issued), so it runs on a copy of the
 * bench database, dropped afterwards: the reused data set stays as generated.
 *
 * The load is a closed loop of `connections` clients, each sending the next draft's issueInvoice as
 * soon as its previous answer came (autocannon sends one body; each issue needs its own draft). The
 * drafts are the data set's delivered, not yet invoiced orders, one draft per delivery note, made
 * over GraphQL (createInvoice) before the clock starts. Afterwards every invoice issued is checked:
 * its stored PDF and XML, the digest recorded against the stored bytes.
 */

const ISSUE = `mutation ($id: ID!, $date: LocalDate) { issueInvoice(id: $id, issueDate: $date) {
  __typename ... on Invoice { id number status documentUrl } ... on ErrorResult { errorCode message } } }`;
const CREATE = `mutation ($input: InvoiceInput!) { createInvoice(input: $input) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }`;

/** Drafts made at most: enough for 20 s at more than 150 invoices/s. */
const MAX_DRAFTS = 4_000;

interface Answer {
  data?: Record<string, { __typename: string; id?: string; status?: string; errorCode?: string; message?: string }>;
  errors?: { message: string }[];
}

async function post(port: number, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** Runs `work` over `items` with `connections` clients at once, in order of the items. */
async function closedLoop<T>(items: T[], connections: number, work: (item: T) => Promise<void>, until: () => boolean = () => false): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (next < items.length && !until()) await work(items[next++]);
  }));
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null);

/** The copy the part issues in: CREATE DATABASE … TEMPLATE, retried while a connection (autovacuum) is still on the source. */
async function copyDatabase(server: BenchServer, source: string, copy: string, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  await withClient(server.urlOf('postgres'), async (client) => {
    await client.query(`drop database if exists ${copy} with (force)`);
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database ${copy} template ${source} strategy file_copy`);
        return;
      } catch (error) {
        if (attempt >= 30 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  });
  const seconds = (Date.now() - started) / 1000;
  log(`  copied ${source} to ${copy} in ${seconds.toFixed(0)} s`);
  return seconds;
}

export async function documentsFigures(
  results: ResultSet,
  options: { connections: number; duration: number },
  server: BenchServer,
  database: { name: string },
  role: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  const copy = `${database.name}_documents`;
  await copyDatabase(server, database.name, copy, log);
  const url = server.urlOf(copy);
  const secret = crypto.randomBytes(32).toString('base64url');
  const token = signStaffToken(secret, { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] });
  const api = await ServerProcess.start('api', { BENCH_DATABASE_URL: url, BENCH_DB_ROLE: role ?? '', BENCH_AUTH_SECRET: secret, BENCH_ORGANIZATION_ID: String(ORGANIZATION_ID) });
  const warmup = Math.min(3, Math.max(1, options.duration / 5));
  try {
    const deliveryNotes = await withClient(url, async (client) => (await client.query<{ id: string }>(
      `select dn.id from delivery_note dn join sales_order o on o.id = dn.order_id
        where dn.organization_id = $1 and o.status = 'delivered'
          and not exists (select 1 from delivery_note_line dl join invoice_line il on il.delivery_note_line_id = dl.id where dl.delivery_note_id = dn.id)
        order by dn.id limit $2`,
      [ORGANIZATION_ID, MAX_DRAFTS],
    )).rows.map((row) => row.id));
    // Some catalog items are at 0 % VAT: an organisation invoicing them states its exemption (issueInvoice refuses otherwise).
    const mentions = await post(api.port, token, `mutation { updateInvoiceMentions(input: { operationsNature: GOODS_AND_SERVICES,
      latePenaltyTerms: "Pénalités de retard : taux BCE majoré de 10 points", earlyPaymentDiscountTerms: "Pas d'escompte pour paiement anticipé",
      vatExemptionMention: "Exonération de TVA, article 261 du CGI", vatOnDebits: false, socialValueLine: true }) { id } }`, {});
    if (mentions.errors) throw new Error(`updateInvoiceMentions failed: ${JSON.stringify(mentions.errors).slice(0, 300)}`);
    log(`  ${deliveryNotes.length} drafts from delivered orders (createInvoice, ${options.connections} clients)…`);
    const drafts: string[] = [];
    const drafting = Date.now();
    await closedLoop(deliveryNotes, options.connections, async (id) => {
      const answer = await post(api.port, token, CREATE, { input: { deliveryNoteIds: [id] } });
      const invoice = answer.data?.createInvoice;
      if (invoice?.__typename !== 'Invoice') throw new Error(`createInvoice failed: ${JSON.stringify(answer).slice(0, 300)}`);
      drafts.push(invoice.id!);
    });
    drafts.sort((a, b) => Number(a) - Number(b));
    log(`  drafts made in ${((Date.now() - drafting) / 1000).toFixed(0)} s`);

    // The drafts are issued on the data set's last day: their default due dates (30 days after the
    // latest delivery) are not before it, and it follows every invoice the data set numbered.
    const measured: { id: string; ms: number }[] = [];
    let errors = 0;
    const state: { phase: 'warmup' | 'measure' | 'done' } = { phase: 'warmup' };
    const before = { usage: await api.usage() };
    let measureStart = 0;
    let measureEnd = 0;
    const clock = setTimeout(async () => {
      before.usage = await api.usage();
      measureStart = performance.now();
      state.phase = 'measure';
      setTimeout(() => {
        measureEnd = performance.now();
        state.phase = 'done';
      }, options.duration * 1000).unref();
    }, warmup * 1000);
    process.stdout.write(`  issuing: ${warmup} s warm-up, ${options.duration} s measured, ${options.connections} clients… `);
    await closedLoop(drafts, options.connections, async (id) => {
      const counted = state.phase === 'measure';
      const sent = performance.now();
      const answer = await post(api.port, token, ISSUE, { id, date: END_DAY });
      const ms = performance.now() - sent;
      const ok = answer.data?.issueInvoice?.__typename === 'Invoice' && answer.data.issueInvoice.status === 'ISSUED' && !answer.errors;
      if (!ok) {
        errors++;
        if (errors <= 3) log(`\n  issueInvoice ${id} failed: ${JSON.stringify(answer).slice(0, 300)}`);
      }
      // A request counts when it was sent and answered within the measured window.
      if (counted && state.phase === 'measure') measured.push({ id, ms });
    }, () => state.phase === 'done');
    clearTimeout(clock);
    const exhausted = state.phase !== 'done';
    if (exhausted) measureEnd = performance.now();
    const after = await api.usage();
    const seconds = (measureEnd - measureStart) / 1000;
    const latencies = measured.map((entry) => entry.ms).sort((a, b) => a - b);
    const perSecond = seconds > 0 ? measured.length / seconds : null;
    log(`${perSecond?.toFixed(1) ?? 'n/a'} invoices/s, p50 ${quantile(latencies, 0.5)?.toFixed(1)} ms, p99 ${quantile(latencies, 0.99)?.toFixed(1)} ms${errors ? `, ${errors} ERRORS` : ''}${exhausted ? ' (drafts ran out before the end)' : ''}`);

    // Every invoice issued, warm-up included: its document stored, the digest recorded that of the stored PDF.
    const kept = await withClient(url, async (client) => (await client.query<{ issued: number; kept: number; bytes: number }>(
      `select count(*)::int as issued,
              count(*) filter (where d.status = 'rendered' and d.sha256 = sha256(d.pdf) and d.xml is not null and position('factur-x.xml'::bytea in d.pdf) > 0)::int as kept,
              coalesce(avg(length(d.pdf)), 0)::int as bytes
         from invoice i left join issued_document d on d.invoice_id = i.id
        where i.organization_id = $1 and i.id = any($2::bigint[]) and i.status <> 'draft'`,
      [ORGANIZATION_ID, drafts],
    )).rows[0]);

    results.section('15', 'Issuing an invoice with its PDF and Factur-X',
      `issueInvoice(id, issueDate) over GraphQL, ${options.connections} clients in a closed loop (each sends its next draft as soon as its answer came), ${warmup} s of warm-up then ` +
        `${options.duration} s measured: each issue numbers the draft, takes its snapshot, and after the commit draws and stores its Factur-X PDF/A-3 (CII XML attached) with its ` +
        `SHA-256 before answering. Drafts: the data set's delivered, not yet invoiced orders, one per delivery note (createInvoice, before the clock). On a copy of the ` +
        `bench database (CREATE DATABASE … TEMPLATE, dropped after). API in a child process (node ${START_HEAP_FLAGS.join(' ')}, as npm start), connections as ${role ?? 'the database owner'}.`);
    results.add('15', 'invoicesPerSec', 'invoices issued with their documents', perSecond, 'invoices/s', { op: '>', value: 50 },
      exhausted ? 'the drafts ran out before the end of the measurement' : undefined);
    results.add('15', 'p50', 'latency p50', quantile(latencies, 0.5), 'ms');
    results.add('15', 'p99', 'latency p99', quantile(latencies, 0.99), 'ms');
    results.add('15', 'cpuMs', 'server CPU per invoice', measured.length ? (after.cpuMicros - before.usage.cpuMicros) / 1000 / measured.length : null, 'ms');
    results.add('15', 'pdfKb', 'stored PDF size (mean)', kept.bytes / 1024, 'kB');
    results.add('15', 'errors', 'errors (failed issues, documents missing or not matching their digest)', errors + (kept.issued - kept.kept), 'invoices', { op: '<=', value: 0 });
  } finally {
    await api.stop();
    await withClient(server.urlOf('postgres'), (client) => client.query(`drop database if exists ${copy} with (force)`));
  }
}
