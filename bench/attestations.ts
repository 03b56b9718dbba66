import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDataSource } from '../api/database/data-source';
import { createApp } from '../api/server';
import { createLogger } from '../api/logger';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';
import { batchPairs, runAttestationBatch, type BatchRow } from '../api/attestation/attestation-batch';
import { defaultRenderWorkers } from '../api/attestation/render-pool';
import { applicationRole, withClient } from './bench-database';
import { ADMIN_USER_ID, ORGANIZATION_ID } from './data-generator';
import type { ResultSet } from './results';

/**
 * Section 7 of `npm run bench` (`--only attestations`), issue 14: the OETH attestations of 2026 on
 * the bench data. (a) The year's batch as `npm run attestations -- --year 2026 --out DIR` runs it:
 * every establishment × customer computed and every attestation's PDF drawn and written (drafts);
 * (b) the same with `--issue`: numbered, recorded, PDFs drawn and stored — on the bench database, whose
 * attestations of the year are deleted before and after (as the owner, triggers off: an issued
 * attestation is otherwise never deleted), so the data set stays as generated; (c) one attestation
 * computed over GraphQL (`oethAttestation`), one client after the other, p50 / p99.
 */

const YEAR = 2026;
const SECRET = 'bench-secret-that-is-long-enough-for-hs256';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** The bench database without any attestation of the year (what an interrupted --issue run left). */
async function forgetAttestations(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    await client.query(`delete from oeth_attestation_invoice i using oeth_attestation a where a.id = i.attestation_id and a.year = $1`, [YEAR]);
    await client.query(`delete from oeth_attestation where year = $1`, [YEAR]);
    await client.query(`delete from document_sequence where document_type = 'oeth_attestation' and fiscal_year = $1`, [YEAR]);
    await client.query('commit');
    // What the deletion left (the PDFs: ≈ 0.5 GB) made reusable, so that runs do not grow the database.
    await client.query('vacuum oeth_attestation, oeth_attestation_invoice');
  });
}

export async function measureAttestations(results: ResultSet, ownerUrl: string, log: (line: string) => void, options: { requests?: number; renderWorkers?: number } = {}): Promise<void> {
  const requests = options.requests ?? 300;
  const workers = options.renderWorkers ?? defaultRenderWorkers();
  const role = await applicationRole(ownerUrl);
  const dataSource = createDataSource(ownerUrl, { poolSize: 4, applicationName: 'ub-bench attestations', role });
  await dataSource.initialize();
  const caller = { organizationId: ORGANIZATION_ID, userId: ADMIN_USER_ID };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-bench-attestations-'));
  results.section('7', 'OETH attestations of 2026 (issue 14)',
    `npm run attestations -- --year ${YEAR} --out DIR on the bench data: every establishment × customer with a payment up to 31 Dec ${YEAR} computed (a few set-based ` +
      `statements per establishment), every attestation's PDF drawn on ${workers} worker thread(s) (api/attestation/render-pool.ts) and written; then the same with --issue ` +
      '(numbered, recorded, PDFs stored; the year\'s attestations deleted before and after, as the owner). One attestation: oethAttestation over GraphQL, one client, ' +
      `${requests} requests after 20 warm-up, the API in this process.`);
  const batch = async (issue: boolean, label: string) => {
    fs.rmSync(out, { recursive: true, force: true });
    let lastTenth = -1;
    const started = process.hrtime.bigint();
    const rows = await runAttestationBatch(dataSource, caller, {
      year: YEAR, issue, outDir: out, renderWorkers: workers,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / Math.max(1, total)) * 10);
        if (tenth !== lastTenth) log(`  ${label}: ${done}/${total} pairs, ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s`);
        lastTenth = tenth;
      },
    });
    return { rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  };
  const attestations = (rows: BatchRow[]) => rows.filter((row) => row.attestation !== null).length;
  try {
    await forgetAttestations(ownerUrl);
    const drafts = await batch(false, 'batch');
    const drafted = attestations(drafts.rows);
    results.add('7', 'pairs', 'establishment × customer pairs (a payment up to 31 Dec)', drafts.rows.length, 'pairs');
    results.add('7', 'attestations', 'attestations (something to attest)', drafted, 'attestations');
    results.add('7', 'invoices', 'invoices listed', drafts.rows.reduce((sum, row) => sum + (row.attestation?.invoices.length ?? 0), 0), 'invoices');
    results.add('7', 'batchSeconds', 'the batch: computed, drawn and written (drafts)', drafts.seconds, 's', { op: '<', value: 120 });
    results.add('7', 'batchRate', 'the batch: attestations per second', drafted / drafts.seconds, 'attestations/s');
    log(`  batch: ${drafted} attestations in ${drafts.seconds.toFixed(1)} s`);

    const issued = await batch(true, 'batch --issue');
    const issuedCount = issued.rows.filter((row) => row.outcome === 'issued').length;
    results.add('7', 'issueSeconds', 'the batch with --issue: numbered, recorded, drawn, stored and written', issued.seconds, 's', { op: '<', value: 120 });
    results.add('7', 'issueRate', 'the batch with --issue: attestations per second', issuedCount / issued.seconds, 'attestations/s');
    results.add('7', 'issuedAsDrafted', 'attestations issued = drafted', issuedCount === drafted ? 1 : 0, 'yes/no', { op: '>=', value: 1 });
    log(`  batch --issue: ${issuedCount} attestations in ${issued.seconds.toFixed(1)} s`);
    await forgetAttestations(ownerUrl);

    const app = await createApp({ dataSource, authSecret: SECRET, introspection: false, logger: createLogger('silent') });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const port = (app.httpServer.address() as AddressInfo).port;
      const token = signStaffToken(SECRET, { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] });
      const pairs = (await batchPairs(dataSource, caller, YEAR)).filter((pair) => pair.paidInYear);
      const query = `query ($e: ID!, $c: ID!, $y: Int!) { oethAttestation(establishmentId: $e, customerId: $c, year: $y) {
        paidHtCents deductibleCostsCents labourCostCents deductionCents ubEquivalentNonLegal invoices { invoiceNumber htCents } } }`;
      const latencies: number[] = [];
      for (let i = 0; i < requests + 20; i++) {
        const pair = pairs[(i * 7919) % pairs.length];
        const sent = process.hrtime.bigint();
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { e: String(pair.establishmentId), c: String(pair.customerId), y: YEAR } }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`oethAttestation failed: ${JSON.stringify(body.errors)}`);
        // The first 20 warm the prepared statements and the JIT.
        if (i >= 20) latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
      latencies.sort((a, b) => a - b);
      results.add('7', 'graphqlP50', 'one attestation over GraphQL, p50', quantile(latencies, 0.5), 'ms');
      results.add('7', 'graphqlP99', 'one attestation over GraphQL, p99', quantile(latencies, 0.99), 'ms', { op: '<', value: 100 });
      log(`  oethAttestation: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms`);
    } finally {
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      await app.close();
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    await dataSource.destroy();
    await forgetAttestations(ownerUrl).catch(() => undefined);
  }
}
