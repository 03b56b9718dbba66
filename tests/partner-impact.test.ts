import { graphql } from './gql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, createOrder, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { createBeneficiary, errorCodes, recordWork, validateRecords, validatedWork } from './support/production-builders';
import { CreateCatalogItem } from './support/sales-operations';
import { todayInFrance } from '../kernel/dates';
import { signStaffToken } from '../api/auth/token';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { Role } from '../schema/enums';

/**
 * partnerImpact: a client's portal reads the work done for it and its year's sales, as aggregates; a
 * figure drawn from fewer than three beneficiaries is withheld, and so is another one where the
 * published figures would give it back (total − visible months); the current month is withheld
 * until it ends, so a record added in it changes nothing a partner reads; a partner account reads its
 * own customer only.
 */

const app = useTestApp();

const PartnerImpactQuery = graphql(`
  query PartnerImpactQuery($year: Int!, $customerId: ID) {
    partnerImpact(year: $year, customerId: $customerId) {
      customerId customerName year privacyThreshold
      workCoveredUntil
      total { hours beneficiaryCount withheld withheldReason }
      months { month hours beneficiaryCount withheld withheldReason }
      serviceTypes { serviceType hours beneficiaryCount withheld withheldReason }
      netHtCents labourCostCents paidCents ubEquivalentNonLegal salesAsOf
    }
  }
`);

const today = todayInFrance();
const currentMonth = `${today.slice(0, 7)}-01`;
const currentYear = Number(today.slice(0, 4));
/** The current month's entry when `year` is the current one: withheld until the month has ended. */
const openMonth = (year: number) => (year === currentYear ? [{ month: currentMonth, hours: null, beneficiaryCount: null, withheld: true, withheldReason: 'OPEN_PERIOD' }] : []);
const lastDayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const CreatePartner = graphql(`
  mutation CreatePartner($input: UserInput!) {
    createUser(input: $input) {
      __typename
      ... on User { id roles customerId }
      ... on ErrorResult { errorCode message }
    }
  }
`);

async function partnerToken(customerId: string | null, email: string): Promise<string> {
  const created = await app.gql(CreatePartner, { input: { email, displayName: 'Portail client', roles: ['PARTNER'], customerId } });
  expect(created.errors).toBeUndefined();
  const user = asType(created.data!.createUser, 'User');
  expect(user.customerId).toBe(customerId);
  return signStaffToken(TEST_SECRET, { userId: Number(user.id), organizationId: app.fixture.organizationId, roles: [Role.PARTNER] });
}

describe('partnerImpact', () => {
  let customerId: string;
  let token: string;

  beforeAll(async () => {
    const { order, customer } = await createOrder(app, [10, 4]);
    customerId = customer.id;
    const workers = await Promise.all(['PI-01', 'PI-02', 'PI-03'].map((matricule) => createBeneficiary(app, { matricule })));
    // January: three beneficiaries on line 1. February: one, on line 2 (another catalog item, same service type).
    const january = await Promise.all(
      workers.map((worker, index) => recordWork(app, { beneficiaryId: worker.id, workDate: `2026-01-2${index}`, orderLineId: order.lines[0].id, hours: 2 + index, quantity: 1 })),
    );
    const february = await recordWork(app, { beneficiaryId: workers[0].id, workDate: '2026-02-03', orderLineId: order.lines[1].id, hours: 4, quantity: 2 });
    await validateRecords(app, [...january, february].map((record) => record.id));
    // Not validated: never counted.
    await recordWork(app, { beneficiaryId: workers[1].id, workDate: '2026-02-04', orderLineId: order.lines[1].id, hours: 7, quantity: 2 });
    // 10 + 4 units at 12.50 € HT, deductible 3.50 € a unit: labour cost 126.00 €.
    await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, '2026-02-05')).id])).id, '2026-02-10');
    await withDriverClient(app.dataSource, foldReporting);
    token = await partnerToken(customerId, 'portail@client.fr');
  });

  it("shows a partner its customer's ended months, withholding what fewer than three beneficiaries did, and the year once it has ended", async () => {
    const response = await app.gql(PartnerImpactQuery, { year: 2026 }, token);
    expect(response.errors).toBeUndefined();
    const ended = currentYear > 2026;
    expect(response.data!.partnerImpact).toMatchObject({
      customerId,
      year: 2026,
      privacyThreshold: 3,
      workCoveredUntil: ended ? '2026-12-31' : lastDayBefore(currentMonth),
      // February: one beneficiary, withheld. While 2026 runs there is no total; once it has ended the
      // total (13 h) would give February back as 13 − 9: withheld too, and the one service type with it.
      months: [
        { month: '2026-01-01', hours: 9, beneficiaryCount: 3, withheld: false, withheldReason: null },
        { month: '2026-02-01', hours: null, beneficiaryCount: null, withheld: true, withheldReason: 'PRIVACY' },
        ...openMonth(2026),
      ],
      total: { hours: null, beneficiaryCount: null, withheld: true, withheldReason: ended ? 'PRIVACY' : 'OPEN_PERIOD' },
      serviceTypes: ended ? [{ serviceType: 'PRODUCTION', hours: null, withheld: true }] : [],
      netHtCents: 17_500,
      labourCostCents: 12_600,
      paidCents: 0,
      // 126.00 € ÷ (2 000 × 12.02 €), SMIC horaire of 31 Dec 2026 from the legal parameters (no MAD line).
      ubEquivalentNonLegal: 0.005,
    });
    expect(response.data!.partnerImpact.salesAsOf).not.toBeNull();
    // Another year: nothing, and nothing withheld.
    const empty = await app.gql(PartnerImpactQuery, { year: 2025 }, token);
    expect(empty.data!.partnerImpact).toMatchObject({ workCoveredUntil: '2025-12-31', total: { hours: 0, beneficiaryCount: 0, withheld: false }, months: [], serviceTypes: [], netHtCents: 0 });
  });

  it('never lets a total minus the visible months or service types give back a withheld one', async () => {
    // 2025 (ended): three months, two service types; February is one person's 6 h.
    const { customer } = await createOrder(app, [1]);
    const prod = await createCatalogItem(app);
    const mad = asType((await app.gql(CreateCatalogItem, { input: { code: `MAD-${process.pid}`, label: 'Mise à disposition', unit: 'heure', unitPriceCents: 2000, vatRatePercent: 20, activity: 'espaces verts', serviceType: 'MISE_A_DISPOSITION' } })).data!.createCatalogItem, 'CatalogItem');
    const order = await orderFor(app, customer.id, [{ catalogItemId: prod.id, quantity: 50 }, { catalogItemId: mad.id, quantity: 100 }]);
    const people = await Promise.all(Array.from({ length: 6 }, () => createBeneficiary(app)));
    const plan: [number, string, number, number][] = [
      [0, '2025-01-06', 0, 3], [1, '2025-01-07', 0, 4], [2, '2025-01-08', 0, 5], // January: 3 people, production
      [0, '2025-02-03', 0, 6], // February: 1 person
      [1, '2025-03-03', 1, 7], [2, '2025-03-04', 1, 2], [3, '2025-03-05', 1, 8], [4, '2025-03-06', 1, 1], [5, '2025-03-07', 0, 2.5], // March: 4 on MAD, 1 on production
    ];
    for (const [person, workDate, line, hours] of plan) {
      await validatedWork(app, { beneficiaryId: people[person].id, workDate, orderLineId: order.lines[line].id, hours, quantity: 0 });
    }
    const staff = app.token([Role.COMMERCIAL]);
    const answer = (await app.gql(PartnerImpactQuery, { year: 2025, customerId: customer.id }, staff)).data!.partnerImpact;
    const shown = (figures: { hours: number | null }) => figures.hours;
    expect(answer.months.map(shown)).toEqual([12, null, 20.5]);
    // Production (20.5 h) = total − MAD and total (38.5 h) = the months' sum: both withheld, or February = total − 12 − 20.5.
    expect(answer.serviceTypes.map((type) => [type.serviceType, type.hours, type.withheld])).toEqual([['MISE_A_DISPOSITION', 18, false], ['PRODUCTION', null, true]]);
    expect(answer.total).toMatchObject({ hours: null, withheld: true, withheldReason: 'PRIVACY' });
    // The three relations an attacker has (Σ months = total, Σ service types = total, Σ months = Σ service
    // types): none has a single withheld term.
    const withheldIn = (terms: { withheld: boolean }[]) => terms.filter((term) => term.withheld).length;
    for (const relation of [[...answer.months, answer.total], [...answer.serviceTypes, answer.total], [...answer.months, ...answer.serviceTypes]]) {
      expect(withheldIn(relation)).not.toBe(1);
    }
  });

  it('changes nothing a partner reads when a record is added in the current month', async () => {
    const { order, customer } = await createOrder(app, [1]);
    const people = await Promise.all(Array.from({ length: 4 }, () => createBeneficiary(app)));
    const partner = await partnerToken(customer.id, `portail-${process.pid}@client.fr`);
    const read = async () => {
      const response = await app.gql(PartnerImpactQuery, { year: currentYear }, partner);
      expect(response.errors).toBeUndefined();
      const { salesAsOf: _salesAsOf, ...figures } = response.data!.partnerImpact;
      return figures;
    };
    // Three people worked in the current month: nothing of it is shown yet.
    for (const [index, person] of people.slice(0, 3).entries()) {
      await validatedWork(app, { beneficiaryId: person.id, workDate: today, orderLineId: order.lines[0].id, hours: 2 + index, quantity: 0 });
    }
    const before = await read();
    expect(before.months).toEqual(openMonth(currentYear));
    expect(before.total).toMatchObject({ hours: null, withheld: true, withheldReason: 'OPEN_PERIOD' });
    // One more record, 6.5 h: the partner's answer is the same to the last field.
    await validatedWork(app, { beneficiaryId: people[3].id, workDate: today, orderLineId: order.lines[0].id, hours: 6.5, quantity: 0 });
    expect(await read()).toEqual(before);
  });

  it('keeps an ended month as it was first shown when a record of it is validated late', async () => {
    const lastMonth = new Date(Date.parse(`${currentMonth}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
    const year = Number(lastMonth.slice(0, 4));
    const { order, customer } = await createOrder(app, [1]);
    const people = await Promise.all(Array.from({ length: 4 }, () => createBeneficiary(app)));
    for (const [index, person] of people.slice(0, 3).entries()) {
      await validatedWork(app, { beneficiaryId: person.id, workDate: `${lastMonth}-0${index + 1}`, orderLineId: order.lines[0].id, hours: 2 + index, quantity: 0 });
    }
    const staff = app.token([Role.COMMERCIAL]);
    const read = async () => {
      const { salesAsOf: _salesAsOf, ...figures } = (await app.gql(PartnerImpactQuery, { year, customerId: customer.id }, staff)).data!.partnerImpact;
      return figures;
    };
    const before = await read();
    expect(before.months.find((month) => month.month === `${lastMonth}-01`)).toMatchObject({ hours: 9, beneficiaryCount: 3, withheld: false });
    // A pointage of last month entered and validated now, 5 h by a fourth person: last month's figures
    // do not move (they would show it as 14 − 9); it counts in the current month, withheld until it ends.
    await validatedWork(app, { beneficiaryId: people[3].id, workDate: `${lastMonth}-04`, orderLineId: order.lines[0].id, hours: 5, quantity: 0 });
    expect(await read()).toEqual(before);
  });

  it("counts a record of last year's December validated after that month was shown in the month of its validation", async () => {
    const year = currentYear - 1; // every month ended
    const { order, customer } = await createOrder(app, [1]);
    const people = await Promise.all(Array.from({ length: 3 }, () => createBeneficiary(app, { entryDate: `${year - 1}-01-01` })));
    await validatedWork(app, { beneficiaryId: people[0].id, workDate: `${year}-02-02`, orderLineId: order.lines[0].id, hours: 3, quantity: 0 });
    await validatedWork(app, { beneficiaryId: people[1].id, workDate: `${year}-02-03`, orderLineId: order.lines[0].id, hours: 4, quantity: 0 });
    // December of the year before was shown on 5 January; this record of it was validated on 10 February.
    const late = await validatedWork(app, { beneficiaryId: people[2].id, workDate: `${year - 1}-12-15`, orderLineId: order.lines[0].id, hours: 5, quantity: 0 });
    await app.sql(
      `begin; set local session_replication_role = replica; -- past the immutability of a validated record, as if validated then
       insert into disclosure_freeze (organization_id, audience, subject_id, period, frozen_at) values (${app.fixture.organizationId}, 'partner_impact', ${Number(customer.id)}, '${year - 1}-12-01', '${year}-01-05 09:00+01');
       update work_record set validated_at = '${year}-02-10 12:00+01' where id = ${Number(late.id)}; commit`,
    );
    const { partnerImpact } = (await app.gql(PartnerImpactQuery, { year, customerId: customer.id }, app.token([Role.COMMERCIAL]))).data!;
    expect(partnerImpact.months.find((month) => month.month === `${year}-02-01`)).toMatchObject({ hours: 12, beneficiaryCount: 3, withheld: false });
    expect(partnerImpact.total).toMatchObject({ hours: 12, beneficiaryCount: 3 });
  });

  it('divides the labour cost of MAD lines by 1 600 × SMIC and the rest by 2 000 × SMIC', async () => {
    const customer = await createCustomer(app, 'Client MAD');
    const prod = await createCatalogItem(app);
    const mad = asType((await app.gql(CreateCatalogItem, { input: { code: `MADH-${process.pid}`, label: 'Mise à disposition', unit: 'heure', unitPriceCents: 2000, vatRatePercent: 20, activity: 'espaces verts', serviceType: 'MISE_A_DISPOSITION' } })).data!.createCatalogItem, 'CatalogItem');
    const order = await orderFor(app, customer.id, [{ catalogItemId: prod.id, quantity: 100 }, { catalogItemId: mad.id, quantity: 200 }]);
    await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, '2026-03-02')).id])).id, '2026-03-05');
    await withDriverClient(app.dataSource, foldReporting);
    const staff = app.token([Role.COMMERCIAL]);
    const answer = (await app.gql(PartnerImpactQuery, { year: 2026, customerId: customer.id }, staff)).data!.partnerImpact;
    // Production: 100 × (12.50 − 3.00 − 0.50) = 900.00 €; MAD: 200 h × 20.00 € = 4 000.00 €, no deductible cost.
    expect(answer.labourCostCents).toBe(490_000);
    // 400 000 ÷ (1 600 × 1 202) + 90 000 ÷ (2 000 × 1 202) = 0.207987 + 0.037438 = 0.245 (not 490 000 ÷ 2 404 000 = 0.204).
    expect(answer.ubEquivalentNonLegal).toBe(0.245);
  });

  it('reads its own customer only, and staff name the customer', async () => {
    const other = await createCustomer(app, 'Autre client');
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026, customerId: other.id }, token))).toEqual(['FORBIDDEN']);
    expect((await app.gql(PartnerImpactQuery, { year: 2026, customerId }, token)).data!.partnerImpact.customerId).toBe(customerId);

    const staff = app.token([Role.COMMERCIAL]);
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026 }, staff))).toEqual(['BAD_USER_INPUT']);
    expect((await app.gql(PartnerImpactQuery, { year: 2026, customerId }, staff)).data!.partnerImpact.months[0].hours).toBe(9);
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026, customerId }, app.token([Role.SUPERVISOR])))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 1900, customerId }, staff))).toEqual(['BAD_USER_INPUT']);
  });

  it('names the faulty argument in extensions.fields, as every BAD_USER_INPUT does', async () => {
    const staff = app.token([Role.COMMERCIAL]);
    const fieldsOf = async (variables: { year: number; customerId?: string }) =>
      (await app.gql(PartnerImpactQuery, variables, staff)).errors!.map((error) => error.extensions);
    expect(await fieldsOf({ year: 1900, customerId })).toEqual([{ code: 'BAD_USER_INPUT', fields: [{ field: 'year', message: 'a year from 2000 to 2100' }] }]);
    expect(await fieldsOf({ year: 2026 })).toEqual([{ code: 'BAD_USER_INPUT', fields: [{ field: 'customerId', message: 'name the customer' }] }]);
    expect(await fieldsOf({ year: 2026, customerId: 'abc' })).toEqual([{ code: 'BAD_USER_INPUT', fields: [{ field: 'customerId', message: '"abc" is not a valid id' }] }]);
    expect(await fieldsOf({ year: 2026, customerId: '999999' })).toEqual([{ code: 'BAD_USER_INPUT', fields: [{ field: 'customerId', message: 'no such customer' }] }]);
  });

  it('links partner accounts, and only them, to a customer of the organisation', async () => {
    const create = (roles: ('PARTNER' | 'VIEWER')[], linked: string | null, email: string) =>
      app.gql(CreatePartner, { input: { email, displayName: 'Compte', roles, customerId: linked } });
    expect(errorCodes(await create(['VIEWER'], customerId, 'lecteur@client.fr'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create(['PARTNER'], '999999', 'inconnu@client.fr'))).toEqual(['BAD_USER_INPUT']);
    // A partner account acting for no customer is refused, never shown one.
    const unlinked = await partnerToken(null, 'sans-client@client.fr');
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026 }, unlinked))).toEqual(['FORBIDDEN']);
  });
});
