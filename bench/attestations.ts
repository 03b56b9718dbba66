import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDataSource } from '../api/database/data-source';
import { createApp } from '../api/server';
import { createLogger } from '../api/logger';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';
import { batchPairs, runAttestationBatch } from '../api/attestation/attestation-batch';
import { applicationRole, openBenchServer, prepareBenchDatabase } from './bench-database';
import { ADMIN_USER_ID, ORGANIZATION_ID } from './data-generator';
import { SCALES } from './scale';

/**
 * OETH attestations on the bench data (issue 14): (1) the year's batch — every establishment ×
 * customer computed and its PDF rendered and written, as `npm run attestations -- --year 2026 --out`
 * does (drafts: issuing would change the reused bench database), in seconds and attestations per
 * second; (2) one attestation computed over GraphQL (`oethAttestation`), one client after the other,
 * p50 / p99 over a sample of pairs. Not part of `npm test`; `npm run bench:attestations -- --scale small`.
 */

const USAGE = 'usage: npm run bench:attestations -- [--scale small|default] [--year 2026] [--requests 300]';

function argument(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const scale = SCALES[argument(argv, '--scale', 'small')];
  if (!scale) throw new Error(USAGE);
  const year = Number(argument(argv, '--year', '2026'));
  const requests = Number(argument(argv, '--requests', '300'));
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const server = await openBenchServer(log);
  try {
    const database = await prepareBenchDatabase(server, scale, log);
    const role = await applicationRole(database.url);
    const dataSource = createDataSource(database.url, { poolSize: 4, applicationName: 'ub-bench attestations', role });
    await dataSource.initialize();
    const caller = { organizationId: ORGANIZATION_ID, userId: ADMIN_USER_ID };
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-bench-attestations-'));
    try {
      const started = process.hrtime.bigint();
      const rows = await runAttestationBatch(dataSource, caller, { year, issue: false, outDir: out });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const drafts = rows.filter((row) => row.outcome === 'draft').length;
      const invoices = rows.reduce((sum, row) => sum + (row.attestation?.invoices.length ?? 0), 0);

      // One attestation over GraphQL: the API in this process, on a port of its own.
      const app = await createApp({ dataSource, authSecret: 'bench-secret-that-is-long-enough-for-hs256', introspection: false, logger: createLogger('silent') });
      await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
      const port = (app.httpServer.address() as AddressInfo).port;
      const token = signStaffToken('bench-secret-that-is-long-enough-for-hs256', { userId: ADMIN_USER_ID, organizationId: ORGANIZATION_ID, roles: [Role.ADMIN] });
      const pairs = (await batchPairs(dataSource, caller, year)).filter((pair) => pair.paidInYear);
      const latencies: number[] = [];
      const query = `query ($e: ID!, $c: ID!, $y: Int!) { oethAttestation(establishmentId: $e, customerId: $c, year: $y) {
        paidHtCents deductibleCostsCents labourCostCents deductionCents ubEquivalentNonLegal invoices { invoiceNumber htCents } } }`;
      for (let i = 0; i < requests + 20; i++) {
        const pair = pairs[(i * 7919) % pairs.length];
        const sent = process.hrtime.bigint();
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { e: String(pair.establishmentId), c: String(pair.customerId), y: year } }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`oethAttestation failed: ${JSON.stringify(body.errors)}`);
        // The first 20 warm the prepared statements and the JIT.
        if (i >= 20) latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      await app.close();
      latencies.sort((a, b) => a - b);
      const result = {
        scale: scale.name,
        year,
        pairs: rows.length,
        drafts,
        invoices,
        batchSeconds: Number(seconds.toFixed(2)),
        attestationsPerSecond: Number((rows.length / seconds).toFixed(1)),
        graphql: { requests: latencies.length, p50Ms: Number(quantile(latencies, 0.5).toFixed(1)), p99Ms: Number(quantile(latencies, 0.99).toFixed(1)) },
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0].toFixed(1)}`,
      };
      console.log(JSON.stringify(result, null, 2));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
      await dataSource.destroy();
    }
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
