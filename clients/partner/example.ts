import fs from 'node:fs';
import path from 'node:path';
import { PartnerApiError, PartnerClient } from './sdk';

/**
 * `npm run partner:example -- --year 2026 [--out DIR]` with PARTNER_API_KEY and API_URL: pulls a year
 * of the partner's impact figures and documents and downloads its attestations (their SHA-256
 * checked). What a partner portal would do, in a few lines.
 */

export interface ExampleIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;

export async function runPartnerExample(argv: string[], io: ExampleIo): Promise<number> {
  const yearAt = argv.indexOf('--year');
  const year = Number(argv[yearAt + 1]);
  if (yearAt < 0 || !Number.isInteger(year)) {
    io.stderr.write('usage: npm run partner:example -- --year 2026 [--out DIR]   (env: PARTNER_API_KEY, API_URL)\n');
    return 2;
  }
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : `partner-${year}`;
  const apiKey = io.env.PARTNER_API_KEY;
  const apiUrl = io.env.API_URL ?? 'http://localhost:4000';
  if (!apiKey) {
    io.stderr.write('PARTNER_API_KEY is not set: create a key for the partner account (createApiKey) and export it\n');
    return 2;
  }
  const client = new PartnerClient({ apiUrl, apiKey });
  try {
    const { partnerImpact: impact, partnerDocuments: documents } = await client.year(year);
    io.stdout.write(`${impact.customerName}, ${year}\n`);
    io.stdout.write(
      `  work: ${impact.total.withheld ? `total withheld (${impact.total.withheldReason})` : `${impact.total.hours} h by ${impact.total.beneficiaryCount} beneficiaries`}; ` +
        `${impact.months.filter((month) => !month.withheld).length} months published\n`,
    );
    io.stdout.write(
      `  documents: ${documents.orders.length} orders, ${documents.deliveryNotes.length} delivery notes, ${documents.invoices.length} invoices, ` +
        `${documents.creditNotes.length} credit notes, ${documents.payments.length} payments (${euros(documents.payments.reduce((sum, p) => sum + p.amountCents, 0))})\n`,
    );
    const attestations = await client.attestations(year);
    fs.mkdirSync(out, { recursive: true });
    for (const attestation of attestations) {
      const pdf = await client.downloadAttestation(attestation);
      const file = path.join(out, `${attestation.number}.pdf`);
      fs.writeFileSync(file, pdf);
      io.stdout.write(
        `  attestation ${attestation.number} (${attestation.status}): paid HT ${euros(attestation.paidHtCents)}, deduction ${euros(attestation.deductionCents)}, ` +
          `${attestation.invoices.length} invoices → ${file}\n`,
      );
    }
    if (attestations.length === 0) io.stdout.write('  no attestation issued for the year yet\n');
    return 0;
  } catch (error) {
    io.stderr.write(`partner example: ${error instanceof PartnerApiError ? `${error.message} (${error.codes.join(', ')})` : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void runPartnerExample(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((status) => process.exit(status));
}
