import { useTestApp } from './support/test-server';
import { asType, createCustomer, orderFor } from './support/sales-builders';
import { CreateCatalogItem } from './support/sales-operations';
import {
  addDays, createBeneficiary, createMadContract, errorCodes, recordWork, rowCount, todayInParis, validateRecords,
} from './support/production-builders';
import { ProdCreateMadContract, ProdMadContract, ProdMadContracts, ProdOrderContributionAggregates, ProdOrderContributionCodes, ProdRecordWork } from './support/production-operations';

/** Mise à disposition: the legal limit of an individual MAD, the end-of-contract warning, and MAD hours billed through an order line. */

const app = useTestApp();

/** A customer with an order of `hours` hours of mise à disposition (one line). */
async function madOrder(hours = 400) {
  const customer = await createCustomer(app);
  const item = asType(
    (await app.gql(CreateCatalogItem, {
      input: { code: `MAD-${customer.id}`, label: 'Mise à disposition', unit: 'heure', unitPriceCents: 1900, vatRatePercent: 20, activity: 'espaces verts', serviceType: 'MISE_A_DISPOSITION' },
    })).data!.createCatalogItem,
    'CatalogItem',
  );
  const order = await orderFor(app, customer.id, [{ catalogItemId: item.id, quantity: hours }], { orderDate: '2026-01-02' });
  return { customer, order, line: order.lines[0] };
}

function madInput(customerId: string, overrides: Partial<Parameters<typeof createMadContract>[1]> = {}) {
  return {
    establishmentId: String(app.fixture.esatId),
    customerId,
    kind: 'INDIVIDUAL' as const,
    activity: 'Entretien des espaces verts',
    place: 'Site client, 12 rue des Lilas, Lyon',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    hourlyRateCents: 1900,
    ...overrides,
  };
}

describe('the legal limit of an individual MAD', () => {
  it('refuses an individual MAD longer than 2 years (LEGAL_LIMIT) and accepts exactly 2 years', async () => {
    const customer = await createCustomer(app);
    const beneficiary = await createBeneficiary(app, { matricule: 'MAD-1' });
    const before = await rowCount(app, 'mad_contract');

    const tooLong = await app.gql(ProdCreateMadContract, { input: madInput(customer.id, { beneficiaryIds: [beneficiary.id], startDate: '2026-01-01', endDate: '2028-01-01' }) });
    expect(tooLong.errors).toBeUndefined();
    expect(tooLong.data!.createMadContract).toMatchObject({ __typename: 'LegalLimitError', errorCode: 'LEGAL_LIMIT', parameter: 'mad_individual_max_months' });
    expect(await rowCount(app, 'mad_contract')).toBe(before);

    const twoYears = await app.gql(ProdCreateMadContract, { input: madInput(customer.id, { beneficiaryIds: [beneficiary.id], startDate: '2026-01-01', endDate: '2027-12-31' }) });
    expect(twoYears.errors).toBeUndefined();
    const contract = asType(twoYears.data!.createMadContract, 'MadContract');
    expect(contract).toMatchObject({ kind: 'INDIVIDUAL', startDate: '2026-01-01', endDate: '2027-12-31', teamSize: 1, beneficiaries: [{ matricule: 'MAD-1' }] });
    expect(contract.number).toMatch(/^MAD-ESAT-T-2026-\d{5}$/);
  });

  it('applies the 2 years to the placement with a customer, renewals included; a break of 6 months or more starts a new placement', async () => {
    const customer = await createCustomer(app);
    const other = await createCustomer(app);
    const beneficiary = await createBeneficiary(app, { matricule: 'MAD-RENEW' });
    const individual = (customerId: string, startDate: string, endDate: string) =>
      app.gql(ProdCreateMadContract, { input: madInput(customerId, { beneficiaryIds: [beneficiary.id], startDate, endDate }) });
    const first = asType((await individual(customer.id, '2026-01-01', '2027-12-31')).data!.createMadContract, 'MadContract');

    // Back to back: a second 24-month contract would make 4 years with the same customer.
    const before = await rowCount(app, 'mad_contract');
    const renewed = await individual(customer.id, '2028-01-01', '2029-12-31');
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data!.createMadContract).toEqual({
      __typename: 'LegalLimitError', errorCode: 'LEGAL_LIMIT', parameter: 'mad_individual_max_months',
      message: `an individual mise à disposition lasts at most 24 months with the same customer, renewals included: with ${first.number} ` +
        '(less than 6 months apart) the placement would run from 2026-01-01 to 2029-12-31',
    });
    // Even one day more, or after a break shorter than 6 months (1 January to 29 June 2028).
    expect((await individual(customer.id, '2028-06-30', '2028-06-30')).data!.createMadContract).toMatchObject({ errorCode: 'LEGAL_LIMIT' });
    // Nor before the first contract.
    expect((await individual(customer.id, '2025-10-01', '2025-12-31')).data!.createMadContract).toMatchObject({ errorCode: 'LEGAL_LIMIT' });
    expect(await rowCount(app, 'mad_contract')).toBe(before);

    // Another customer is another placement; a break of 6 months (1 January to 30 June 2028) starts a new one.
    expect((await individual(other.id, '2028-01-01', '2029-12-31')).data!.createMadContract).toMatchObject({ __typename: 'MadContract' });
    expect((await individual(customer.id, '2028-07-01', '2029-06-30')).data!.createMadContract).toMatchObject({ __typename: 'MadContract' });
  });

  it('accepts renewals that keep the placement within 2 years', async () => {
    const customer = await createCustomer(app);
    const beneficiary = await createBeneficiary(app);
    const individual = (startDate: string, endDate: string) =>
      app.gql(ProdCreateMadContract, { input: madInput(customer.id, { beneficiaryIds: [beneficiary.id], startDate, endDate }) });
    expect((await individual('2026-01-01', '2026-12-31')).data!.createMadContract).toMatchObject({ __typename: 'MadContract' });
    // Two months' break, then the rest of the 2 years.
    expect((await individual('2027-03-01', '2027-12-31')).data!.createMadContract).toMatchObject({ __typename: 'MadContract' });
    expect((await individual('2028-01-01', '2028-01-01')).data!.createMadContract).toMatchObject({ errorCode: 'LEGAL_LIMIT' });
  });

  it('does not apply the individual limit to a collective MAD', async () => {
    const customer = await createCustomer(app);
    const collective = await app.gql(ProdCreateMadContract, { input: madInput(customer.id, { kind: 'COLLECTIVE', teamSize: 4, startDate: '2026-01-01', endDate: '2028-06-30' }) });
    expect(collective.data!.createMadContract).toMatchObject({ __typename: 'MadContract', kind: 'COLLECTIVE', teamSize: 4, endDate: '2028-06-30' });
  });

  it('lists only the individual or only the collective contracts when asked', async () => {
    const customer = await createCustomer(app);
    const beneficiary = await createBeneficiary(app);
    const individual = await createMadContract(app, madInput(customer.id, { beneficiaryIds: [beneficiary.id], startDate: '2026-01-01', endDate: '2026-12-31' }));
    const collective = await createMadContract(app, madInput(customer.id, { kind: 'COLLECTIVE', teamSize: 3, startDate: '2026-01-01', endDate: '2026-06-30' }));
    const listed = async (kind?: 'INDIVIDUAL' | 'COLLECTIVE') => {
      const response = await app.gql(ProdMadContracts, { options: { customerId: customer.id, kind, take: 100 } });
      expect(response.errors).toBeUndefined();
      return response.data!.madContracts.items.map((item) => item.id).sort();
    };
    expect(await listed('INDIVIDUAL')).toEqual([individual.id]);
    expect(await listed('COLLECTIVE')).toEqual([collective.id]);
    expect(await listed()).toEqual([individual.id, collective.id].sort());
  });

  it('refuses an individual MAD naming no beneficiary or two (BAD_USER_INPUT), writing nothing', async () => {
    const customer = await createCustomer(app);
    const [first, second] = await Promise.all([createBeneficiary(app), createBeneficiary(app)]);
    const before = await rowCount(app, 'mad_contract');
    const linksBefore = await rowCount(app, 'mad_contract_beneficiary');
    for (const beneficiaryIds of [undefined, [], [first.id, second.id]]) {
      const refused = await app.gql(ProdCreateMadContract, { input: madInput(customer.id, { beneficiaryIds }) });
      expect({ beneficiaryIds, codes: errorCodes(refused) }).toEqual({ beneficiaryIds, codes: ['BAD_USER_INPUT'] });
      expect(refused.data?.createMadContract ?? null).toBeNull();
    }
    expect(await rowCount(app, 'mad_contract')).toBe(before);
    expect(await rowCount(app, 'mad_contract_beneficiary')).toBe(linksBefore);
  });
});

describe('the end-of-contract warning', () => {
  it('counts the days until the end and warns within 60 days of it', async () => {
    const customer = await createCustomer(app);
    const today = todayInParis();
    const contractEnding = async (days: number) => {
      const beneficiary = await createBeneficiary(app);
      return createMadContract(app, madInput(customer.id, { beneficiaryIds: [beneficiary.id], startDate: addDays(today, -200), endDate: addDays(today, days) }));
    };
    const in30 = await contractEnding(30);
    expect(in30).toMatchObject({ daysUntilEnd: 30, endingSoon: true });
    const read = await app.gql(ProdMadContract, { id: in30.id });
    expect(read.data!.madContract).toMatchObject({ endDate: addDays(today, 30), daysUntilEnd: 30, endingSoon: true });

    expect(await contractEnding(60)).toMatchObject({ daysUntilEnd: 60, endingSoon: true });
    const in90 = await contractEnding(90);
    expect(in90).toMatchObject({ daysUntilEnd: 90, endingSoon: false });
    const ended = await contractEnding(-1);
    expect(ended).toMatchObject({ daysUntilEnd: -1, endingSoon: false });

    // The list filter must agree with daysUntilEnd, which counts from today in France: a contract that
    // ended yesterday (in France) is not "ending within 60 days", whatever the hour of the request.
    const soon = await app.gql(ProdMadContracts, { options: { customerId: customer.id, endingWithinDays: 60, take: 100 } });
    expect(soon.errors).toBeUndefined();
    const ids = soon.data!.madContracts.items.map((item) => item.id);
    expect(ids).toContain(in30.id);
    expect(ids).not.toContain(in90.id);
    expect(ids).not.toContain(ended.id);
  });
});

describe('MAD hours billed through the chain', () => {
  it('bills the hours recorded under a MAD contract on its order line, and refuses a date outside the contract', async () => {
    const { customer, order, line } = await madOrder();
    const beneficiary = await createBeneficiary(app, { matricule: 'MAD-W1', entryDate: '2025-01-01' });
    const contract = await createMadContract(app, madInput(customer.id, { beneficiaryIds: [beneficiary.id], orderLineId: line.id, startDate: '2026-01-05', endDate: '2026-12-31' }));
    expect(contract.orderLineId).toBe(line.id);

    const first = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-03-02', madContractId: contract.id, hours: 7 });
    expect(first).toMatchObject({ orderLineId: line.id, madContractId: contract.id, hours: 7 });
    const second = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-03-03', madContractId: contract.id, hours: 3.5 });
    await validateRecords(app, [first.id, second.id]);
    const billed = await app.gql(ProdOrderContributionCodes, { id: order.id });
    expect(billed.errors).toBeUndefined();
    expect(billed.data!.order!.lines[0].contribution).toEqual({ beneficiaryCount: 1, beneficiaryCodes: ['MAD-W1'] });
    expect((await app.gql(ProdOrderContributionAggregates, { id: order.id })).data!.order!.lines[0].contribution).toMatchObject({ hours: 10.5 });

    const before = await rowCount(app, 'work_record');
    const early = await app.gql(ProdRecordWork, { input: { beneficiaryId: beneficiary.id, workDate: '2026-01-04', madContractId: contract.id, hours: 7 } });
    expect(early.data!.recordWork).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });

    const shortOne = await createMadContract(app, madInput(customer.id, { beneficiaryIds: [beneficiary.id], orderLineId: line.id, startDate: '2026-04-01', endDate: '2026-06-30' }));
    const late = await app.gql(ProdRecordWork, { input: { beneficiaryId: beneficiary.id, workDate: '2026-07-01', madContractId: shortOne.id, hours: 7 } });
    expect(late.data!.recordWork).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
    expect(await rowCount(app, 'work_record')).toBe(before);
    // The last day of the contract is inside it.
    expect(await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-06-30', madContractId: shortOne.id, hours: 7 })).toMatchObject({ orderLineId: line.id });
  });

  it('refuses to bill on an individual MAD the hours of a beneficiary the contract does not name', async () => {
    const { customer, line } = await madOrder();
    const placed = await createBeneficiary(app, { matricule: 'MAD-PLACED' });
    const stranger = await createBeneficiary(app, { matricule: 'MAD-STRANGER' });
    const contract = await createMadContract(app, madInput(customer.id, { beneficiaryIds: [placed.id], orderLineId: line.id, startDate: '2026-01-05', endDate: '2026-12-31' }));
    const before = await rowCount(app, 'work_record');
    const response = await app.gql(ProdRecordWork, { input: { beneficiaryId: stranger.id, workDate: '2026-03-02', madContractId: contract.id, hours: 7 } });
    expect(response.data?.recordWork?.__typename).not.toBe('WorkRecord');
    expect(await rowCount(app, 'work_record')).toBe(before);
  });
});
