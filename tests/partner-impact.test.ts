import { graphql } from './gql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { asType, createCustomer, createOrder, deliver, draftInvoice, issue } from './support/sales-builders';
import { createBeneficiary, errorCodes, recordWork, validateRecords } from './support/production-builders';
import { signStaffToken } from '../api/auth/token';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { Role } from '../schema/enums';

/**
 * partnerImpact: a client's portal reads the work done for it and its year's sales, as aggregates; a
 * figure drawn from fewer than three beneficiaries is withheld; a partner account reads its own
 * customer only.
 */

const app = useTestApp();

const PartnerImpactQuery = graphql(`
  query PartnerImpactQuery($year: Int!, $customerId: ID) {
    partnerImpact(year: $year, customerId: $customerId) {
      customerId customerName year privacyThreshold
      total { hours beneficiaryCount withheld }
      months { month hours beneficiaryCount withheld }
      serviceTypes { serviceType hours beneficiaryCount withheld }
      netHtCents labourCostCents paidCents ubEquivalentNonLegal salesAsOf
    }
  }
`);

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

  it("shows a partner its customer's year, withholding what fewer than three beneficiaries did", async () => {
    const response = await app.gql(PartnerImpactQuery, { year: 2026 }, token);
    expect(response.errors).toBeUndefined();
    expect(response.data!.partnerImpact).toMatchObject({
      customerId,
      year: 2026,
      privacyThreshold: 3,
      total: { hours: 13, beneficiaryCount: 3, withheld: false },
      months: [
        { month: '2026-01-01', hours: 9, beneficiaryCount: 3, withheld: false },
        { month: '2026-02-01', hours: null, beneficiaryCount: null, withheld: true },
      ],
      serviceTypes: [{ serviceType: 'PRODUCTION', hours: 13, beneficiaryCount: 3, withheld: false }],
      netHtCents: 17_500,
      labourCostCents: 12_600,
      paidCents: 0,
      // 126.00 € ÷ (2 000 × 12.02 €), SMIC horaire of 31 Dec 2026 from the legal parameters.
      ubEquivalentNonLegal: 0.005,
    });
    expect(response.data!.partnerImpact.salesAsOf).not.toBeNull();
    // Another year: nothing, and nothing withheld.
    const empty = await app.gql(PartnerImpactQuery, { year: 2025 }, token);
    expect(empty.data!.partnerImpact).toMatchObject({ total: { hours: 0, beneficiaryCount: 0, withheld: false }, months: [], netHtCents: 0 });
  });

  it('reads its own customer only, and staff name the customer', async () => {
    const other = await createCustomer(app, 'Autre client');
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026, customerId: other.id }, token))).toEqual(['FORBIDDEN']);
    expect((await app.gql(PartnerImpactQuery, { year: 2026, customerId }, token)).data!.partnerImpact.customerId).toBe(customerId);

    const staff = app.token([Role.COMMERCIAL]);
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026 }, staff))).toEqual(['BAD_USER_INPUT']);
    expect((await app.gql(PartnerImpactQuery, { year: 2026, customerId }, staff)).data!.partnerImpact.total.hours).toBe(13);
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 2026, customerId }, app.token([Role.SUPERVISOR])))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.gql(PartnerImpactQuery, { year: 1900, customerId }, staff))).toEqual(['BAD_USER_INPUT']);
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
