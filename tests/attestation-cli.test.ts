import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { RecordPayment } from './support/sales-operations';
import { runAttestationCli } from '../api/attestation/attestation-cli';

/**
 * The batch (npm run attestations): every attestation of a year computed, issued with --issue, their
 * PDFs and a CSV summary written, a progress bar on stderr; a second run issues only what is missing;
 * `status` shows the legal deadline (a parameter) and what is left to issue.
 */

const app = useTestApp();

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(argv: string[]) {
  const stdout = sink();
  const stderr = sink();
  const env = { ...process.env, DATABASE_URL: String((app.dataSource.options as { url: string }).url), AUTH_SECRET: TEST_SECRET };
  const status = await runAttestationCli([...argv, '--organization', String(app.fixture.organizationId)], { stdout: stdout.stream, stderr: stderr.stream, env });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

async function paidInvoice(establishmentId: number, customerId: string, itemId: string, quantity: number, date: string, amountCents: number, paymentDate: string) {
  const order = await orderFor(app, customerId, [{ catalogItemId: itemId, quantity }], { establishmentId, orderDate: date });
  const invoice = await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, date)).id])).id, date);
  const paid = await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents, method: 'TRANSFER', paymentDate } });
  asType(paid.data!.recordPayment, 'Payment');
  return invoice;
}

describe('npm run attestations', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'attestations-'));
  let invoices: { number: string | null }[];

  beforeAll(async () => {
    const item = (await createCatalogItem(app)).id;
    const a = (await createCustomer(app, 'Batch Alpha')).id;
    const b = (await createCustomer(app, 'Batch "Bêta", SA')).id;
    const c = (await createCustomer(app, 'Batch Gamma')).id;
    // Paid in full in 2024: nothing left to attest for 2025.
    await paidInvoice(app.fixture.esatId, c, item, 1, '2024-12-01', 1_500, '2024-12-10');
    invoices = [
      // 10 units (125.00 € HT, 150.00 € TTC, 35.00 € deductible) fully paid: 125.00 / 35.00 / 90.00 / 27.00 €.
      await paidInvoice(app.fixture.esatId, a, item, 10, '2025-03-03', 15_000, '2025-04-01'),
      // 4 units (50.00 € HT, 60.00 € TTC, 14.00 €) half paid: 25.00 / 7.00 / 18.00 / 5.40 €.
      await paidInvoice(app.fixture.esatId, b, item, 4, '2025-03-04', 3_000, '2025-05-01'),
      await paidInvoice(app.fixture.eaId, a, item, 2, '2025-03-05', 3_000, '2025-06-01'),
    ];
  });

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('without --issue: drafts only, nothing recorded', async () => {
    const result = await run(['--year', '2025', '--establishment', 'ESAT-T']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/3 establishment × customer pairs .* 2 drafts \(nothing recorded\), 1 with nothing to attest/);
    expect(await app.sql('select 1 from oeth_attestation')).toEqual([]);
  });

  test('status shows the legal deadline and what is left to issue', async () => {
    const result = await run(['status', '--year', '2025']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('legal deadline 2026-03-15');
    expect(result.stdout).toContain('customers who paid in 2025: 3; attestations issued: 0; still to issue: 3');
  });

  test('--issue writes every PDF and the CSV summary, with a progress bar', async () => {
    const result = await run(['--year', '2025', '--issue', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/attestations \[#{30}\] 4\/4/);
    expect(result.stdout).toMatch(/3 issued, 0 already issued, 1 with nothing to attest/);
    const csv = fs.readFileSync(path.join(out, 'attestations-2025.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('establishment,customer,customer_siren,status,number,issue_date,paid_ht_cents,deductible_costs_cents,labour_cost_cents,deduction_cents,invoice_count,pdf_sha256,file');
    const rows = csv.slice(1).map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    // The batch issues several pairs at once, so which customer of an establishment takes which
    // number depends on commit order; what holds is one gapless sequence per establishment.
    expect(rows.map((row) => [row[0], row[1], row[3], ...row.slice(6, 11)])).toEqual([
      ['EA-T', 'Batch Alpha', 'issued', '2500', '700', '1800', '540', '1'],
      ['ESAT-T', 'Batch Alpha', 'issued', '12500', '3500', '9000', '2700', '1'],
      ['ESAT-T', '"Batch ""Bêta"", SA"', 'issued', '2500', '700', '1800', '540', '1'],
      ['ESAT-T', 'Batch Gamma', 'nothing_to_attest', '0', '0', '0', '0', '0'],
    ]);
    expect(rows[0][4]).toBe('OETH-EA-T-2025-00001');
    expect([rows[1][4], rows[2][4]].sort()).toEqual(['OETH-ESAT-T-2025-00001', 'OETH-ESAT-T-2025-00002']);
    expect(rows[3][4]).toBe('');
    const alphaNumber = rows[1][4];
    const pdf = path.join(out, 'ESAT-T', `${alphaNumber}.pdf`);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(invoices[0].number!);
    expect(text).toContain('125,00 €');
    const [stored] = await app.sql<{ sha: string }>(`select encode(pdf_sha256, 'hex') as sha from oeth_attestation where number = $1`, [alphaNumber]);
    expect(rows[1][11]).toBe(stored.sha);
  });

  test('a second run issues only what is missing', async () => {
    const result = await run(['--year', '2025', '--issue']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 issued, 3 already issued, 1 with nothing to attest/);
    expect((await app.sql<{ n: number }>('select count(*)::int as n from oeth_attestation'))[0].n).toBe(3);
    expect((await run(['status', '--year', '2025'])).stdout).toContain('attestations issued: 3; still to issue: 0');
  });

  test('bad arguments are told with the usage', async () => {
    const noYear = await run([]);
    expect(noYear.status).toBe(2);
    expect(noYear.stderr).toContain('give the year');
    expect((await run(['--year', '1999'])).status).toBe(2);
    expect((await run(['status', '--year', '2025', '--issue'])).status).toBe(2);
  });
});
