import crypto from 'node:crypto';
import request from 'supertest';
import { graphql } from './gql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { errorCodes } from './support/production-builders';
import { CreateCatalogItem, CreateCreditNote, RecordPayment } from './support/sales-operations';
import { signStaffToken } from '../api/auth/token';
import { pdfText } from './support/pdf-tools';
import { Role } from '../schema/enums';

/**
 * OETH attestations through the API, on hand-computed fixtures: drafts, issue with a gapless number
 * per establishment and year, the PDF kept as issued (downloaded byte for byte, its SHA-256 stored),
 * corrections carried by the next year, corrected re-issues, and who may read what.
 *
 * The catalog item of the builders: 12.50 € HT a unit, 20 % VAT, deductible 3.00 € materials + 0.50 €
 * selling costs a unit. Ten units: 125.00 € HT, 150.00 € TTC, 35.00 € deductible.
 */

const app = useTestApp();

const Draft = graphql(`
  query OethDraft($establishmentId: ID!, $customerId: ID!, $year: Int!) {
    oethAttestation(establishmentId: $establishmentId, customerId: $customerId, year: $year) {
      status number year customerName customerSiren establishmentSiret
      paidHtCents deductibleCostsCents labourCostCents deductionCents deductionRatePercent ubEquivalentNonLegal deadline
      invoices { invoiceId invoiceNumber paidInYearCents htCents deductibleCostsCents labourCostCents }
    }
  }
`);

const Issue = graphql(`
  mutation IssueOeth($input: IssueOethAttestationInput!) {
    issueOethAttestation(input: $input) {
      __typename
      ... on OethAttestation { id status number issueDate year paidHtCents deductibleCostsCents labourCostCents deductionCents pdfPath supersedesId invoices { invoiceNumber htCents } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

const Reissue = graphql(`
  mutation ReissueOeth($input: ReissueOethAttestationInput!) {
    reissueOethAttestation(input: $input) {
      __typename
      ... on OethAttestation { id status number year paidHtCents deductionCents supersedesId correctionReason }
      ... on ErrorResult { errorCode message }
    }
  }
`);

const Issued = graphql(`
  query IssuedOeth($id: ID!) {
    issuedOethAttestation(id: $id) { id status number paidHtCents deductionCents pdfSha256 supersedesId supersededById invoices { invoiceNumber htCents } }
  }
`);

const List = graphql(`
  query OethList($options: OethAttestationListOptions) {
    oethAttestations(options: $options) { totalItems items { id number status customerId year } }
  }
`);

const CreatePartnerUser = graphql(`
  mutation CreateAttestationPartner($input: UserInput!) {
    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }
  }
`);

let establishmentCounter = 0;
/** A new establishment of the fixture organisation (each scenario numbers in its own sequences). */
async function establishment(city = 'Lyon'): Promise<{ id: string; code: string }> {
  const code = `E-OETH-${++establishmentCounter}`;
  const [row] = await app.sql<{ id: string }>(
    `insert into establishment (organization_id, kind, code, name, siret, city) values ($1, 'ea', $2, $3, '73282932000074', $4) returning id`,
    [app.fixture.organizationId, code, `EA Attestations ${establishmentCounter}`, city],
  );
  return { id: String(row.id), code };
}

/** An issued invoice of `quantity` units of `itemId` for the customer, delivered and dated `date`. */
async function invoiceOf(establishmentId: string, customerId: string, itemId: string, quantity: number, date: string) {
  const order = await orderFor(app, customerId, [{ catalogItemId: itemId, quantity }], { establishmentId: Number(establishmentId), orderDate: date });
  const note = await deliver(app, order.id, undefined, date);
  return issue(app, (await draftInvoice(app, [note.id])).id, date);
}

async function pay(invoiceId: string, amountCents: number, paymentDate: string) {
  const paid = await app.gql(RecordPayment, { input: { invoiceId, amountCents, method: 'TRANSFER', paymentDate } });
  expect(paid.errors).toBeUndefined();
  asType(paid.data!.recordPayment, 'Payment');
}

async function issueAttestation(establishmentId: string, customerId: string, year: number, issueDate: string) {
  const issued = await app.gql(Issue, { input: { establishmentId, customerId, year, issueDate } });
  expect(issued.errors).toBeUndefined();
  return asType(issued.data!.issueOethAttestation, 'OethAttestation');
}

async function download(pdfPath: string, token = app.token()) {
  return request(app.server.app).get(pdfPath).set('authorization', `Bearer ${token}`).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

describe('OETH attestations', () => {
  let lyon: { id: string; code: string };
  let customerId: string;
  let itemId: string;
  let invoice: Awaited<ReturnType<typeof invoiceOf>>;
  let first: Awaited<ReturnType<typeof issueAttestation>>;

  beforeAll(async () => {
    lyon = await establishment('Lyon');
    customerId = (await createCustomer(app, 'Électro-Câblage Attestations')).id;
    itemId = (await createCatalogItem(app)).id;
    // 125.00 € HT, 150.00 € TTC, 35.00 € deductible; 50.00 € paid in 2025, 70.00 € in 2026.
    invoice = await invoiceOf(lyon.id, customerId, itemId, 10, '2025-10-01');
    await pay(invoice.id, 5_000, '2025-11-10');
    await pay(invoice.id, 7_000, '2026-02-01');
  });

  test('a partial payment counts pro rata in its year: the draft', async () => {
    const { data, errors } = await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2025 });
    expect(errors).toBeUndefined();
    // 50 / 150 = 1/3: HT 41.666… → 41.67 €; deductible 11.666… → 11.67 €; labour 30.00 €; 30 % → 9.00 €.
    // UB equivalent (not legal): 30.00 € / (2 000 × 11.88 €, the SMIC of 31 Dec 2025) = 0.00126… → 0.001.
    expect(data!.oethAttestation).toEqual({
      status: 'DRAFT', number: null, year: 2025, customerName: 'Électro-Câblage Attestations', customerSiren: '732829320', establishmentSiret: '73282932000074',
      paidHtCents: 4_167, deductibleCostsCents: 1_167, labourCostCents: 3_000, deductionCents: 900, deductionRatePercent: 30, ubEquivalentNonLegal: 0.001,
      deadline: '2026-03-15',
      invoices: [{ invoiceId: invoice.id, invoiceNumber: invoice.number, paidInYearCents: 5_000, htCents: 4_167, deductibleCostsCents: 1_167, labourCostCents: 3_000 }],
    });
  });

  test('issuing numbers it, records its amounts, and keeps its PDF as issued', async () => {
    first = await issueAttestation(lyon.id, customerId, 2025, '2026-01-20');
    expect(first).toMatchObject({
      status: 'ISSUED', number: `OETH-${lyon.code}-2025-00001`, issueDate: '2026-01-20', year: 2025,
      paidHtCents: 4_167, deductibleCostsCents: 1_167, labourCostCents: 3_000, deductionCents: 900, pdfPath: `/documents/attestations/${first.id}.pdf`,
    });
    const response = await download(first.pdfPath!);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { data } = await app.gql(Issued, { id: first.id! });
    expect(data!.issuedOethAttestation!.pdfSha256).toBe(crypto.createHash('sha256').update(pdf).digest('hex'));
    // Byte for byte, every time.
    expect(Buffer.compare((await download(first.pdfPath!)).body as Buffer, pdf)).toBe(0);
    const text = pdfText(pdf);
    for (const amount of ['41,67 €', '11,67 €', '30,00 €', '9,00 €']) expect(text).toContain(amount);
    expect(text).toContain(invoice.number!);
    expect(text).toContain(`OETH-${lyon.code}-2025-00001`);
    expect(text).toMatch(/D5212-7/);
    expect(text).toMatch(/NON LÉGALE/);
  });

  test('an issued attestation is never changed nor deleted, even by the owner', async () => {
    await expect(app.sql('update oeth_attestation set paid_ht_cents = 1 where id = $1', [first.id])).rejects.toThrow(/immutable/);
    await expect(app.sql(`update oeth_attestation set render_input = render_input || '{"place": "ailleurs"}' where id = $1`, [first.id])).rejects.toThrow(/immutable/);
    await expect(app.sql('update oeth_attestation set pdf = $2, pdf_sha256 = $3 where id = $1', [first.id, Buffer.from('x'), crypto.randomBytes(32)])).rejects.toThrow(/immutable/);
    await expect(app.sql('delete from oeth_attestation where id = $1', [first.id])).rejects.toThrow(/never deleted/);
  });

  test('a second issue of the same year is refused, and gives its number back', async () => {
    const again = await app.gql(Issue, { input: { establishmentId: lyon.id, customerId, year: 2025, issueDate: '2026-01-21' } });
    expect(again.data!.issueOethAttestation).toMatchObject({ __typename: 'DuplicateError', errorCode: 'DUPLICATE' });
    const [sequence] = await app.sql<{ last: number }>(
      `select last_value as last from document_sequence where establishment_id = $1 and document_type = 'oeth_attestation' and fiscal_year = 2025`,
      [lyon.id],
    );
    expect(sequence.last).toBe(1);
  });

  test('the next year counts the rest, less what the issued attestation counted', async () => {
    const { data } = await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2026 });
    // 120 / 150 paid by the end of 2026: 100.00 − 41.67 = 58.33 €; 28.00 − 11.67 = 16.33 €; labour 42.00 €; 12.60 €.
    expect(data!.oethAttestation).toMatchObject({ paidHtCents: 5_833, deductibleCostsCents: 1_633, labourCostCents: 4_200, deductionCents: 1_260 });
    expect(data!.oethAttestation.invoices).toEqual([expect.objectContaining({ invoiceNumber: invoice.number, paidInYearCents: 7_000, htCents: 5_833 })]);
  });

  test('a customer with invoices but no payment in the year gets no attestation, and no number is used', async () => {
    const unpaidCustomer = (await createCustomer(app, 'Client sans règlement')).id;
    await invoiceOf(lyon.id, unpaidCustomer, itemId, 4, '2025-12-01');
    const { data } = await app.gql(Draft, { establishmentId: lyon.id, customerId: unpaidCustomer, year: 2025 });
    expect(data!.oethAttestation).toMatchObject({ paidHtCents: 0, deductibleCostsCents: 0, labourCostCents: 0, deductionCents: 0, invoices: [] });
    const refused = await app.gql(Issue, { input: { establishmentId: lyon.id, customerId: unpaidCustomer, year: 2025, issueDate: '2026-01-21' } });
    expect(refused.data!.issueOethAttestation).toMatchObject({ __typename: 'NothingToAttestError', errorCode: 'NOTHING_TO_ATTEST' });
    expect(await app.sql('select 1 from oeth_attestation where customer_id = $1', [unpaidCustomer])).toEqual([]);
  });

  test('a credit note after the attestation is carried by the next one; concurrent issues stay gapless', async () => {
    const other = (await createCustomer(app, 'Client avoir tardif')).id;
    // 125.00 € HT, paid in full in 2025 and attested; 2 units (25.00 € HT, 30.00 € TTC, 7.00 € deductible) credited in 2026.
    const paidInvoice = await invoiceOf(lyon.id, other, itemId, 10, '2025-12-02');
    await pay(paidInvoice.id, 15_000, '2025-12-15');
    const [a, b] = await Promise.all([
      app.gql(Issue, { input: { establishmentId: lyon.id, customerId: other, year: 2025, issueDate: '2026-01-22' } }),
      app.gql(Issue, { input: { establishmentId: lyon.id, customerId: other, year: 2025, issueDate: '2026-01-22' } }),
    ]);
    const kinds = [a.data!.issueOethAttestation.__typename, b.data!.issueOethAttestation.__typename].sort();
    expect(kinds).toEqual(['DuplicateError', 'OethAttestation']);
    const attested = [a, b].map((r) => r.data!.issueOethAttestation).find((r) => r.__typename === 'OethAttestation') as { number: string; paidHtCents: number };
    expect(attested).toMatchObject({ number: `OETH-${lyon.code}-2025-00002`, paidHtCents: 12_500 });
    const credited = await app.gql(CreateCreditNote, {
      input: { invoiceId: paidInvoice.id, reason: 'Retour de 2 unités', issueDate: '2026-02-01', lines: [{ invoiceLineId: (await lineOf(paidInvoice.id)), quantity: 2 }] },
    });
    asType(credited.data!.createCreditNote, 'CreditNote');
    const { data } = await app.gql(Draft, { establishmentId: lyon.id, customerId: other, year: 2026 });
    // 100.00 € net, paid in full, less the 125.00 € attested: −25.00 €; −7.00 €; labour −18.00 €; 30 % → −5.40 €.
    expect(data!.oethAttestation).toMatchObject({ paidHtCents: -2_500, deductibleCostsCents: -700, labourCostCents: -1_800, deductionCents: -540 });
    expect(data!.oethAttestation.invoices).toEqual([expect.objectContaining({ invoiceNumber: paidInvoice.number, paidInYearCents: 0, htCents: -2_500 })]);
  });

  test('a corrected re-issue supersedes the original, which stays readable, and takes the next number', async () => {
    // A payment dated 2025 recorded after the 2025 attestation: 15.00 € more → 65.00 € of 150.00 € paid in 2025.
    await pay(invoice.id, 1_500, '2025-12-20');
    // Until 2025 is re-issued, the next attestation carries it: 135 / 150 → 112.50 − 41.67 = 70.83 €.
    expect((await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2026 })).data!.oethAttestation.paidHtCents).toBe(7_083);
    const reissued = asType((await app.gql(Reissue, { input: { id: first.id!, reason: 'Règlement du 20/12/2025 enregistré après émission', issueDate: '2026-01-25' } })).data!.reissueOethAttestation, 'OethAttestation');
    // 65 / 150: HT 54.166… → 54.17 €; deductible 15.166… → 15.17 €; labour 39.00 €; 11.70 €.
    expect(reissued).toMatchObject({ status: 'ISSUED', number: `OETH-${lyon.code}-2025-00003`, year: 2025, paidHtCents: 5_417, deductionCents: 1_170, supersedesId: first.id });
    const original = (await app.gql(Issued, { id: first.id! })).data!.issuedOethAttestation!;
    expect(original).toMatchObject({ status: 'SUPERSEDED', number: `OETH-${lyon.code}-2025-00001`, paidHtCents: 4_167, supersededById: reissued.id });
    expect((await download(`/documents/attestations/${first.id}.pdf`)).status).toBe(200);
    const reissuedPdf = (await download(`/documents/attestations/${reissued.id}.pdf`)).body as Buffer;
    expect(pdfText(reissuedPdf)).toContain(`annule et remplace l'attestation n° OETH-${lyon.code}-2025-00001`);
    // Only the current one re-issues; 2026 now subtracts the re-issue: 112.50 − 54.17 = 58.33 €.
    expect((await app.gql(Reissue, { input: { id: first.id!, reason: 'encore' } })).data!.reissueOethAttestation).toMatchObject({ errorCode: 'DUPLICATE' });
    expect((await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2026 })).data!.oethAttestation.paidHtCents).toBe(5_833);
    const listed = (await app.gql(List, { options: { year: 2025, establishmentId: lyon.id, includeSuperseded: true } })).data!.oethAttestations;
    expect(listed.items.map((item) => [item.number, item.status])).toEqual([
      [`OETH-${lyon.code}-2025-00003`, 'ISSUED'],
      [`OETH-${lyon.code}-2025-00002`, 'ISSUED'],
      [`OETH-${lyon.code}-2025-00001`, 'SUPERSEDED'],
    ]);
  });

  test('a year spanning a SMIC change takes the SMIC of 31 December for the UB equivalent', async () => {
    const early = await establishment('Villeurbanne');
    const smicCustomer = (await createCustomer(app, 'Client 2024')).id;
    // 23 760.00 € HT, nothing deductible, paid in December 2024: 23 760 / (2 000 × 11.88 €) = 1 unit (with 11.65 €, in force until October: 1.020).
    const created = await app.gql(CreateCatalogItem, {
      input: { code: 'OETH-SMIC', label: 'Prestation annuelle', unit: 'forfait', unitPriceCents: 2_376_000, vatRatePercent: 20, activity: 'conditionnement', serviceType: 'PRODUCTION' },
    });
    const item = asType(created.data!.createCatalogItem, 'CatalogItem');
    const yearly = await invoiceOf(early.id, smicCustomer, item.id, 1, '2024-12-01');
    await pay(yearly.id, 2_851_200, '2024-12-15');
    const { data } = await app.gql(Draft, { establishmentId: early.id, customerId: smicCustomer, year: 2024 });
    expect(data!.oethAttestation).toMatchObject({ paidHtCents: 2_376_000, labourCostCents: 2_376_000, deductionCents: 712_800, ubEquivalentNonLegal: 1 });
  });

  test('a download of one not rendered yet renders it from its snapshot, deterministically', async () => {
    // As if the process had stopped between the commit and the rendering: a row with the first one's snapshot and no PDF.
    const [copy] = await app.sql<{ id: string }>(
      `insert into oeth_attestation (organization_id, establishment_id, customer_id, year, number, sequence_number, issue_date, paid_ht_cents, deductible_costs_cents,
                                     labour_cost_cents, deduction_cents, deduction_rate, render_input)
       select organization_id, establishment_id, customer_id, 2099, 'OETH-COPY-2099-00001', 1, issue_date, paid_ht_cents, deductible_costs_cents, labour_cost_cents,
              deduction_cents, deduction_rate, render_input from oeth_attestation where id = $1
       returning id`,
      [first.id],
    );
    const original = (await download(`/documents/attestations/${first.id}.pdf`)).body as Buffer;
    const rendered = (await download(`/documents/attestations/${copy.id}.pdf`)).body as Buffer;
    expect(Buffer.compare(rendered, original)).toBe(0);
    const [stored] = await app.sql<{ sha: string }>(`select encode(pdf_sha256, 'hex') as sha from oeth_attestation where id = $1`, [copy.id]);
    expect(stored.sha).toBe(crypto.createHash('sha256').update(rendered).digest('hex'));
  });

  describe('who may read what', () => {
    let partner: string;
    let otherId: string;

    beforeAll(async () => {
      const created = await app.gql(CreatePartnerUser, { input: { email: 'oeth@partenaire.fr', displayName: 'Portail OETH', roles: ['PARTNER'], customerId } });
      partner = signStaffToken(TEST_SECRET, { userId: Number(asType(created.data!.createUser, 'User').id), organizationId: app.fixture.organizationId, roles: [Role.PARTNER] });
      const [other] = await app.sql<{ id: string }>(`select id from oeth_attestation where customer_id <> $1 and year = 2025 order by id limit 1`, [customerId]);
      otherId = String(other.id);
    });

    test("a partner reads and downloads its own customer's issued attestations only", async () => {
      const own = (await app.gql(List, { options: { includeSuperseded: true } }, partner)).data!.oethAttestations;
      // The original of 2025, its re-issue, and the unrendered copy made above.
      expect(own.totalItems).toBe(3);
      expect(own.items.every((item) => item.customerId === customerId)).toBe(true);
      expect((await download(`/documents/attestations/${first.id}.pdf`, partner)).status).toBe(200);
      expect((await download(`/documents/attestations/${otherId}.pdf`, partner)).status).toBe(404);
      expect((await app.gql(Issued, { id: otherId }, partner)).data!.issuedOethAttestation).toBeNull();
      expect(errorCodes(await app.gql(List, { options: { customerId: String((await app.sql<{ customer_id: string }>('select customer_id from oeth_attestation where id = $1', [otherId]))[0].customer_id) } }, partner))).toEqual(['FORBIDDEN']);
    });

    test('a partner neither computes nor issues; a viewer reads but does not issue', async () => {
      expect(errorCodes(await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2026 }, partner))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await app.gql(Issue, { input: { establishmentId: lyon.id, customerId, year: 2026 } }, partner))).toEqual(['FORBIDDEN']);
      const viewer = app.token([Role.VIEWER]);
      expect(errorCodes(await app.gql(Issue, { input: { establishmentId: lyon.id, customerId, year: 2026 } }, viewer))).toEqual(['FORBIDDEN']);
      expect((await download(`/documents/attestations/${otherId}.pdf`, viewer)).status).toBe(200);
      expect((await download(`/documents/attestations/${otherId}.pdf`, app.token([Role.SUPERVISOR]))).status).toBe(403);
      expect((await request(app.server.app).get(`/documents/attestations/${otherId}.pdf`)).status).toBe(401);
    });

    test('another organisation sees nothing of them', async () => {
      const outsider = app.token([Role.ADMIN], app.fixture.otherOrganizationId);
      expect((await download(`/documents/attestations/${first.id}.pdf`, outsider)).status).toBe(404);
      expect((await app.gql(List, {}, outsider)).data!.oethAttestations.totalItems).toBe(0);
      expect(errorCodes(await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2025 }, outsider))).toEqual(['BAD_USER_INPUT']);
    });
  });

  test('bad arguments are BAD_USER_INPUT', async () => {
    expect(errorCodes(await app.gql(Draft, { establishmentId: lyon.id, customerId, year: 2019 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(Draft, { establishmentId: 'x', customerId, year: 2025 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(Issue, { input: { establishmentId: lyon.id, customerId, year: 2026, issueDate: '2025-12-31' } }))).toEqual(['BAD_USER_INPUT']);
  });
});

const InvoiceLines = graphql(`
  query OethInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }
`);

async function lineOf(invoiceId: string): Promise<string> {
  return (await app.gql(InvoiceLines, { id: invoiceId })).data!.invoice!.lines[0].id;
}
