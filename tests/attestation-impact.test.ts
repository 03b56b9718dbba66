import request from 'supertest';
import { graphql } from './gql';
import { useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { createActivity, createBeneficiary, createSheet, createWorkshop, recordWork, uniqueCode, validateRecords } from './support/production-builders';
import { RecordPayment } from './support/sales-operations';
import { pdfPages, pdfText } from './support/pdf-tools';

/**
 * The optional impact page of an attestation (issueOethAttestation(impactPage: true), the batch's
 * --impact): hours worked on the customer's orders of the establishment in the year, distinct
 * beneficiaries, workshops and activities, through the disclosure control — never a code or a name;
 * withheld when fewer than three beneficiaries are behind it, or when, beside the partner portal's
 * published year, it would give back a withheld figure. Recorded at issue: a re-issue and every
 * download show the same page.
 */

const app = useTestApp();

const Issue = graphql(`
  mutation IssueOethImpact($input: IssueOethAttestationInput!) {
    issueOethAttestation(input: $input) {
      __typename
      ... on OethAttestation { id number impactPage pdfPath }
      ... on ErrorResult { errorCode message }
    }
  }
`);

const Reissue = graphql(`
  mutation ReissueOethImpact($input: ReissueOethAttestationInput!) {
    reissueOethAttestation(input: $input) {
      __typename
      ... on OethAttestation { id number impactPage pdfPath }
      ... on ErrorResult { errorCode message }
    }
  }
`);

const PortalYear = graphql(`
  query ImpactPortalYear($year: Int!, $customerId: ID) {
    partnerImpact(year: $year, customerId: $customerId) { total { hours beneficiaryCount withheld } }
  }
`);

async function download(pdfPath: string): Promise<Buffer> {
  const response = await request(app.server.app).get(pdfPath).set('authorization', `Bearer ${app.token()}`).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(response.status).toBe(200);
  return response.body as Buffer;
}

async function issueWithImpact(establishmentId: number, customerId: string, impactPage: boolean) {
  const issued = await app.gql(Issue, { input: { establishmentId: String(establishmentId), customerId, year: 2025, issueDate: '2026-01-20', impactPage } });
  expect(issued.errors).toBeUndefined();
  return asType(issued.data!.issueOethAttestation, 'OethAttestation');
}

/** Everything a name or code could be taken from: matricules, initials, workshop and activity codes and names. */
const secrets: string[] = [];

/**
 * A customer whose 2025 orders with the establishment were worked by beneficiaries of `hours`
 * (one each), on tasks of `workshops` workshops each with one activity; one invoice, paid in 2025.
 */
async function customerWorkedBy(establishmentId: number, hours: number[], workshops = 2) {
  const customer = await createCustomer(app, uniqueCode('Client impact '));
  const item = await createCatalogItem(app);
  const order = await orderFor(app, customer.id, [{ catalogItemId: item.id, quantity: 10 }], { establishmentId, orderDate: '2025-03-01' });
  const tasks: string[] = [];
  for (let w = 0; w < workshops; w++) {
    const workshop = await createWorkshop(app, { establishmentId, name: uniqueCode('Atelier secret ') });
    const activity = await createActivity(app, workshop.id, uniqueCode('ACT-SECRET-'));
    secrets.push(workshop.code, workshop.name, activity.code);
    const sheet = await createSheet(app, {
      orderId: order.id, workshopId: workshop.id, plannedStart: '2025-03-02', plannedEnd: '2025-03-31', tasks: [{ orderLineId: order.lines[0].id, activityId: activity.id, plannedHours: 50 }],
    });
    tasks.push(sheet.tasks[0].id);
  }
  const records = [];
  for (const [index, worked] of hours.entries()) {
    const matricule = uniqueCode('MATSECRET');
    const worker = await createBeneficiary(app, { matricule, initials: 'QZ', establishmentId: String(establishmentId) });
    secrets.push(matricule);
    records.push(await recordWork(app, { beneficiaryId: worker.id, workDate: `2025-03-1${index}`, productionTaskId: tasks[index % tasks.length], hours: worked, quantity: 1 }));
  }
  await validateRecords(app, records.map((record) => record.id));
  const note = await deliver(app, order.id, undefined, '2025-04-01');
  const invoice = await issue(app, (await draftInvoice(app, [note.id])).id, '2025-04-02');
  const paid = await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents: 15_000, method: 'TRANSFER', paymentDate: '2025-05-02' } });
  expect(paid.errors).toBeUndefined();
  return customer.id;
}

/** The extracted text as words separated by one space (the table's cells come out with separators of their own). */
const words = (text: string) => text.replace(/[^\p{L}\p{N}'()%,.:-]+/gu, ' ');

function expectNothingPersonal(text: string) {
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toContain('QZ');
  expect(text).not.toMatch(/matricule\s*:/i);
}

describe('the impact page of an attestation', () => {
  test('holds the year\'s aggregates, rounded and stated, and no code or name; a re-issue keeps it as recorded', async () => {
    // Four beneficiaries, 3 + 4 + 5 + 6.5 = 18.5 h (the largest 35 %), on two workshops' activities.
    const customerId = await customerWorkedBy(app.fixture.esatId, [3, 4, 5, 6.5]);
    const issued = await issueWithImpact(app.fixture.esatId, customerId, true);
    expect(issued.impactPage).toBe(true);
    const pdf = await download(issued.pdfPath!);
    expect(pdfPages(pdf).length).toBe(2);
    const text = pdfText(pdf);
    expect(text).toContain('Impact social du travail réalisé pour le client en 2025');
    // 18.5 h rounded half away from zero to the hour.
    expect(words(text)).toContain("Heures travaillées (arrondies à l'heure) Valeur 19 h Personnes accompagnées distinctes 4 Ateliers 2 Activités de production 2 ");
    expect(text).toContain('moins de 3 personnes');
    expect(text).not.toContain('18,5');
    expectNothingPersonal(text);

    // The re-issue (no impactPage given) keeps the page, with the figures recorded at first issue.
    const reissued = asType((await app.gql(Reissue, { input: { id: issued.id!, reason: 'Adresse corrigée', issueDate: '2026-01-21' } })).data!.reissueOethAttestation, 'OethAttestation');
    expect(reissued.impactPage).toBe(true);
    const again = pdfText(await download(reissued.pdfPath!));
    expect(words(again)).toContain("Heures travaillées (arrondies à l'heure) Valeur 19 h Personnes accompagnées distinctes 4 Ateliers 2 Activités de production 2 ");
    // And it can be dropped on a re-issue.
    const without = asType((await app.gql(Reissue, { input: { id: reissued.id!, reason: 'Sans page', issueDate: '2026-01-21', impactPage: false } })).data!.reissueOethAttestation, 'OethAttestation');
    expect(without.impactPage).toBe(false);
    expect(pdfText(await download(without.pdfPath!))).not.toContain('Impact social');
  });

  test('without the option there is no page', async () => {
    const customerId = await customerWorkedBy(app.fixture.esatId, [2, 2, 2]);
    const issued = await issueWithImpact(app.fixture.esatId, customerId, false);
    expect(issued.impactPage).toBe(false);
    const pdf = await download(issued.pdfPath!);
    expect(pdfPages(pdf).length).toBe(1);
    expect(pdfText(pdf)).not.toContain('Impact social');
  });

  test('work done by fewer beneficiaries than the threshold is withheld, and says so', async () => {
    const customerId = await customerWorkedBy(app.fixture.esatId, [7, 3]);
    const text = pdfText(await download((await issueWithImpact(app.fixture.esatId, customerId, true)).pdfPath!));
    expect(text).toContain('Chiffres non communiqués : trop peu de personnes');
    expect(text).not.toMatch(/Heures travaillées/);
    expect(text).not.toMatch(/\b10 h\b/);
    expectNothingPersonal(text);
  });

  test('a figure that, beside the portal\'s published year, would give back a withheld one is withheld too', async () => {
    // Four beneficiaries worked for the ESAT, one for the EA: the portal publishes the customer's
    // year (5 beneficiaries). The EA's page is withheld (one person); the ESAT's four would be
    // publishable alone, but the portal's total less it is the EA's one worker: withheld as well.
    const customerId = await customerWorkedBy(app.fixture.esatId, [3, 4, 5, 6]);
    const item = await createCatalogItem(app);
    const order = await orderFor(app, customerId, [{ catalogItemId: item.id, quantity: 4 }], { establishmentId: app.fixture.eaId, orderDate: '2025-03-01' });
    const loner = await createBeneficiary(app, { establishmentId: String(app.fixture.eaId), status: 'EA_EMPLOYEE', matricule: uniqueCode('MATSECRET') });
    await validateRecords(app, [(await recordWork(app, { beneficiaryId: loner.id, workDate: '2025-03-20', orderLineId: order.lines[0].id, hours: 5.25, quantity: 1 })).id]);
    const invoice = await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, '2025-04-01')).id])).id, '2025-04-02');
    expect((await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents: 6_000, method: 'TRANSFER', paymentDate: '2025-05-02' } })).errors).toBeUndefined();

    const portal = await app.gql(PortalYear, { year: 2025, customerId });
    expect(portal.data!.partnerImpact.total).toEqual({ hours: 23.25, beneficiaryCount: 5, withheld: false });
    const ea = pdfText(await download((await issueWithImpact(app.fixture.eaId, customerId, true)).pdfPath!));
    expect(ea).toContain('Chiffres non communiqués');
    const esat = pdfText(await download((await issueWithImpact(app.fixture.esatId, customerId, true)).pdfPath!));
    expect(esat).toContain('Chiffres non communiqués');
    // Neither 18 h (the ESAT's) nor 5 h (23.25 − 18 = the EA's worker) is on either page.
    for (const text of [ea, esat]) {
      expect(text).not.toMatch(/Heures travaillées/);
      expectNothingPersonal(text);
    }
  });
});
