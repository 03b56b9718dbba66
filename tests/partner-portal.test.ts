import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { graphql } from './gql';
import { useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { createBeneficiary, errorCodes, recordWork, validateRecords } from './support/production-builders';
import { CreateCreditNote, RecordPayment } from './support/sales-operations';
import { runPartnerExample } from '../clients/partner/example';

/**
 * The partner portal: a partner API key reads its customer's orders, delivery notes, invoices, credit
 * notes, payments, attestations and impact — nothing of another customer, never a beneficiary code or
 * any personal data, whatever it asks; and the typed client of clients/partner/ runs its example
 * against a real server, so the SDK cannot drift from the schema.
 */

const app = useTestApp();

const Documents = graphql(`
  query PartnerPortalDocuments($year: Int!, $customerId: ID) {
    partnerDocuments(year: $year, customerId: $customerId) {
      customerId customerName year complete
      orders { id number orderDate status customerReference totalHtCents totalVatCents totalTtcCents lines { position description quantity unitPriceCents vatRatePercent totalHtCents } }
      deliveryNotes { id number deliveryDate orderNumber lines { description quantity } }
      invoices { id number issueDate dueDate status totalHtCents totalVatCents totalTtcCents amountPaidCents amountCreditedCents amountDueCents lines { description quantity totalHtCents } }
      creditNotes { id number issueDate invoiceNumber reason totalHtCents totalTtcCents }
      payments { id invoiceNumber paymentDate amountCents method }
    }
  }
`);

const CreatePartner = graphql(`
  mutation CreatePortalPartner($input: UserInput!) {
    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }
  }
`);

const CreateKey = graphql(`
  mutation CreatePortalKey($input: ApiKeyInput!) {
    createApiKey(input: $input) { __typename ... on ApiKeyCreated { key } ... on ErrorResult { errorCode message } }
  }
`);

const IssueAttestation = graphql(`
  mutation PortalIssueAttestation($input: IssueOethAttestationInput!) {
    issueOethAttestation(input: $input) { __typename ... on OethAttestation { id number } ... on ErrorResult { errorCode message } }
  }
`);

/** Sends raw GraphQL as the partner key: what a curious partner could try. */
async function asKey(key: string, query: string, variables: Record<string, unknown> = {}) {
  const address = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${address.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }, text: '' };
}

let server: import('node:http').Server;
let key: string;
let customerId: string;
let otherCustomerId: string;
const MATRICULES = ['PP-SECRET-01', 'PP-SECRET-02', 'PP-SECRET-03'];

beforeAll(async () => {
  server = app.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  customerId = (await createCustomer(app, 'Portail Client SA')).id;
  otherCustomerId = (await createCustomer(app, 'Autre Client SA')).id;
  const item = (await createCatalogItem(app)).id;
  // The customer: an order of 10 units (125.00 € HT, 150.00 € TTC), worked by three beneficiaries, delivered, invoiced, 2 units credited, 60.00 € paid.
  const order = await orderFor(app, customerId, [{ catalogItemId: item, quantity: 10 }], { orderDate: '2025-02-01' });
  const workers = await Promise.all(MATRICULES.map((matricule) => createBeneficiary(app, { matricule })));
  const records = await Promise.all(workers.map((worker, index) => recordWork(app, { beneficiaryId: worker.id, workDate: `2025-02-1${index}`, orderLineId: order.lines[0].id, hours: 3, quantity: 3 })));
  await validateRecords(app, records.map((record) => record.id));
  const invoice = await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, '2025-02-20')).id])).id, '2025-02-25');
  asType((await app.gql(CreateCreditNote, { input: { invoiceId: invoice.id, reason: 'Casse', issueDate: '2025-03-01', lines: [{ invoiceLineId: await lineOf(invoice.id), quantity: 2 }] } })).data!.createCreditNote, 'CreditNote');
  asType((await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents: 6_000, method: 'TRANSFER', paymentDate: '2025-03-10' } })).data!.recordPayment, 'Payment');
  asType((await app.gql(IssueAttestation, { input: { establishmentId: String(app.fixture.esatId), customerId, year: 2025, issueDate: '2026-01-15' } })).data!.issueOethAttestation, 'OethAttestation');
  // Another customer's documents and attestation, which the key must never reach.
  const other = await orderFor(app, otherCustomerId, [{ catalogItemId: item, quantity: 4 }], { orderDate: '2025-04-01' });
  const otherInvoice = await issue(app, (await draftInvoice(app, [(await deliver(app, other.id, undefined, '2025-04-02')).id])).id, '2025-04-03');
  asType((await app.gql(RecordPayment, { input: { invoiceId: otherInvoice.id, amountCents: 6_000, method: 'CHECK', paymentDate: '2025-04-10' } })).data!.recordPayment, 'Payment');
  asType((await app.gql(IssueAttestation, { input: { establishmentId: String(app.fixture.esatId), customerId: otherCustomerId, year: 2025, issueDate: '2026-01-16' } })).data!.issueOethAttestation, 'OethAttestation');

  const partner = asType((await app.gql(CreatePartner, { input: { email: 'portail@client.fr', displayName: 'Portail', roles: ['PARTNER'], customerId } })).data!.createUser, 'User');
  key = asType((await app.gql(CreateKey, { input: { userId: partner.id, label: 'portail' } })).data!.createApiKey, 'ApiKeyCreated').key;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const InvoiceLines = graphql(`
  query PortalInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }
`);
async function lineOf(invoiceId: string): Promise<string> {
  return (await app.gql(InvoiceLines, { id: invoiceId })).data!.invoice!.lines[0].id;
}

describe('partnerDocuments', () => {
  test("staff read a named customer's documents of the year, as sent", async () => {
    const { data, errors } = await app.gql(Documents, { year: 2025, customerId });
    expect(errors).toBeUndefined();
    const documents = data!.partnerDocuments;
    expect(documents).toMatchObject({ customerName: 'Portail Client SA', year: 2025, complete: true });
    expect(documents.orders).toEqual([
      expect.objectContaining({ orderDate: '2025-02-01', status: 'INVOICED', totalHtCents: 12_500, totalTtcCents: 15_000, lines: [expect.objectContaining({ quantity: 10, unitPriceCents: 1250, vatRatePercent: 20 })] }),
    ]);
    expect(documents.deliveryNotes).toEqual([expect.objectContaining({ deliveryDate: '2025-02-20', lines: [{ description: 'Conditionnement de flacons', quantity: 10 }] })]);
    // 150.00 € TTC, 30.00 € credited, 60.00 € paid: 60.00 € due.
    expect(documents.invoices).toEqual([
      expect.objectContaining({ issueDate: '2025-02-25', status: 'PARTIALLY_PAID', totalTtcCents: 15_000, amountCreditedCents: 3_000, amountPaidCents: 6_000, amountDueCents: 6_000 }),
    ]);
    expect(documents.creditNotes).toEqual([expect.objectContaining({ reason: 'Casse', totalTtcCents: 3_000 })]);
    expect(documents.payments).toEqual([expect.objectContaining({ paymentDate: '2025-03-10', amountCents: 6_000, method: 'TRANSFER' })]);
    expect((await app.gql(Documents, { year: 2024, customerId })).data!.partnerDocuments.orders).toEqual([]);
  });
});

describe('a partner API key', () => {
  test("reads its own customer's documents, attestations and impact", async () => {
    const documents = await asKey(key, `{ partnerDocuments(year: 2025) { customerName invoices { number } payments { amountCents } } }`);
    expect(documents.body.errors).toBeUndefined();
    expect(documents.body.data!.partnerDocuments).toMatchObject({ customerName: 'Portail Client SA', payments: [{ amountCents: 6_000 }] });
    const attestations = await asKey(key, `{ oethAttestations(options: { year: 2025 }) { totalItems items { customerName paidHtCents } } }`);
    // 60.00 of 120.00 € net TTC paid: half of 100.00 € net HT.
    expect(attestations.body.data!.oethAttestations).toEqual({ totalItems: 1, items: [{ customerName: 'Portail Client SA', paidHtCents: 5_000 }] });
    const impact = await asKey(key, `{ partnerImpact(year: 2025) { customerName total { hours beneficiaryCount withheld } } }`);
    expect(impact.body.data!.partnerImpact).toEqual({ customerName: 'Portail Client SA', total: { hours: 9, beneficiaryCount: 3, withheld: false } });
  });

  test("never reaches another customer's documents or attestations", async () => {
    expect(errorCodes((await asKey(key, `{ partnerDocuments(year: 2025, customerId: "${otherCustomerId}") { customerName } }`)).body as never)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await asKey(key, `{ oethAttestations(options: { customerId: "${otherCustomerId}" }) { totalItems } }`)).body as never)).toEqual(['FORBIDDEN']);
    const [other] = await app.sql<{ id: string }>('select id from oeth_attestation where customer_id = $1', [otherCustomerId]);
    expect((await asKey(key, `{ issuedOethAttestation(id: "${other.id}") { number } }`)).body.data!.issuedOethAttestation).toBeNull();
    const address = server.address() as AddressInfo;
    const pdf = await fetch(`http://127.0.0.1:${address.port}/documents/attestations/${other.id}.pdf`, { headers: { authorization: `ApiKey ${key}` } });
    expect(pdf.status).toBe(404);
  });

  test('never reads a beneficiary code or any personal data, whatever it tries', async () => {
    const attempts = [
      `{ partnerDocuments(year: 2025) { orders { number lines { description } } invoices { number lines { description } } deliveryNotes { lines { description } } } }`,
      `{ partnerImpact(year: 2025) { months { month hours beneficiaryCount } serviceTypes { serviceType hours } total { hours } } }`,
      `{ oethAttestations(options: { year: 2025 }) { items { number invoices { invoiceNumber } } } }`,
      `{ beneficiaries(options: { take: 10 }) { items { matricule } } }`,
      `{ workRecords(options: { take: 10 }) { items { id } } }`,
      `{ orders(options: { take: 10 }) { items { number lines { allocations { beneficiary { matricule } } } } } }`,
      `{ invoices(options: { take: 10 }) { items { number lines { contribution { beneficiaryCount } } } } }`,
      `{ customers(options: { take: 10 }) { items { legalName } } }`,
      `{ users(options: { take: 10 }) { items { email displayName } } }`,
      `{ me { userId roles } }`,
    ];
    const everything: string[] = [];
    for (const query of attempts) {
      const answer = await asKey(key, query);
      everything.push(JSON.stringify(answer.body));
    }
    const all = everything.join('\n');
    for (const matricule of MATRICULES) expect(all).not.toContain(matricule);
    const beneficiaries = await app.sql<{ matricule: string; initials: string | null }>('select matricule, initials from beneficiary');
    for (const person of beneficiaries) expect(all).not.toContain(person.matricule);
    expect(all).not.toContain('Autre Client SA');
    expect(all).not.toContain('admin@test.fr');
    // The staff roots answer FORBIDDEN (or a validation error for fields the key cannot even name), never data.
    for (const answer of everything.slice(3, 9)) expect(answer).not.toMatch(/"data":\{"[a-zA-Z]+":\{"items":\[\{/);
  });
});

describe('the typed partner client (clients/partner/)', () => {
  test('runs its example against the server: a year of impact and documents, and the attestations downloaded', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'partner-example-'));
    let stdout = '';
    let stderr = '';
    const sink = (write: (text: string) => void) => new Writable({ write(chunk, _encoding, done) { write(String(chunk)); done(); } });
    const address = server.address() as AddressInfo;
    try {
      const status = await runPartnerExample(['--year', '2025', '--out', out], {
        stdout: sink((text) => (stdout += text)),
        stderr: sink((text) => (stderr += text)),
        env: { PARTNER_API_KEY: key, API_URL: `http://127.0.0.1:${address.port}` },
      });
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      expect(stdout).toContain('Portail Client SA, 2025');
      expect(stdout).toContain('1 orders, 1 delivery notes, 1 invoices, 1 credit notes, 1 payments (60.00 €)');
      // 8 units net (100.00 € HT, 28.00 € deductible), half paid: 50.00 − 14.00 = 36.00 € of labour, 30 % → 10.80 €.
      expect(stdout).toMatch(/attestation OETH-ESAT-T-2025-\d{5} \(ISSUED\): paid HT 50\.00 €, deduction 10\.80 €, 1 invoices/);
      const files = fs.readdirSync(out);
      expect(files).toHaveLength(1);
      expect(fs.readFileSync(path.join(out, files[0])).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    // A wrong key is told, not thrown.
    const refused = await runPartnerExample(['--year', '2025', '--out', out], {
      stdout: sink(() => undefined),
      stderr: sink((text) => (stderr += text)),
      env: { PARTNER_API_KEY: `ubk_${'x'.repeat(43)}`, API_URL: `http://127.0.0.1:${address.port}` },
    });
    expect(refused).toBe(1);
    expect(stderr).toContain('UNAUTHENTICATED');
  });
});
