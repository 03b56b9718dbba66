import { useTestApp } from './support/test-server';
import { createCatalogItem, createCustomer, inBatches, orderFor } from './support/sales-builders';
import { addDays, createBeneficiary, createWorkGroup, productionSite, recordWork, validateRecords } from './support/production-builders';
import { ProdAllocate, ProdOrdersWithAllocations } from './support/production-operations';

/** Orders → lines → allocations → beneficiaries, and contributions, read through DataLoaders: the statement count does not grow with the rows. */

// Wide trees over large pages, to count statements: their worst-case cost (every nested list at its
// bound) is above the default limit, which tests/security-limits.test.ts covers.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: 50_000_000 } });
let small: string;
let large: string;
const matricules = ['SQL-A', 'SQL-B', 'SQL-C', 'SQL-D'];

beforeAll(async () => {
  const { workshop } = await productionSite(app);
  const group = await createWorkGroup(app, workshop.id);
  const beneficiaries = await Promise.all(matricules.map((matricule) => createBeneficiary(app, { matricule, mainWorkshopId: workshop.id, workGroupId: group.id })));
  const items = [await createCatalogItem(app), await createCatalogItem(app)];
  const smallCustomer = await createCustomer(app, 'Petit client');
  const largeCustomer = await createCustomer(app, 'Grand client');
  small = smallCustomer.id;
  large = largeCustomer.id;

  const orders = await inBatches(
    [...Array.from({ length: 5 }, () => small), ...Array.from({ length: 60 }, () => large)],
    10,
    (customerId) => orderFor(app, customerId, [{ catalogItemId: items[0].id, quantity: 10 }, { catalogItemId: items[1].id, quantity: 4 }]),
  );
  // Every line gets two beneficiary allocations and a group allocation (beneficiary null); the first line a validated pointage.
  const lines = orders.flatMap((order) => order.lines);
  await inBatches(lines, 10, async (line, index) => {
    for (const input of [
      { orderLineId: line.id, beneficiaryId: beneficiaries[index % 4].id, plannedHours: 2 },
      { orderLineId: line.id, beneficiaryId: beneficiaries[(index + 1) % 4].id, plannedHours: 1.5 },
      { orderLineId: line.id, workGroupId: group.id, plannedHours: 3 },
    ]) {
      const response = await app.gql(ProdAllocate, { input });
      if (response.errors || response.data!.allocate.__typename !== 'Allocation') throw new Error(JSON.stringify(response));
    }
  });
  // One pointage a day per beneficiary: a day holds at most 24 hours.
  const records = await inBatches(orders, 10, (order, index) =>
    recordWork(app, { beneficiaryId: beneficiaries[index % 4].id, workDate: addDays('2026-01-05', Math.floor(index / 4)), orderLineId: order.lines[0].id, hours: 2.5, quantity: 10 }),
  );
  await validateRecords(app, records.map((record) => record.id));
}, 120_000);

describe('statement count', () => {
  it('reads 5 or 60 orders with their lines, allocations, allocated beneficiaries and contributions in the same number of statements', async () => {
    const five = await app.gql(ProdOrdersWithAllocations, { options: { customerId: small, take: 5 } });
    const sixty = await app.gql(ProdOrdersWithAllocations, { options: { customerId: large, take: 60 } });
    for (const [response, count] of [[five, 5], [sixty, 60]] as const) {
      expect(response.errors).toBeUndefined();
      expect(response.data!.orders.items).toHaveLength(count);
      for (const order of response.data!.orders.items) {
        const [first, second] = order.lines;
        for (const line of [first, second]) {
          expect(line.allocations).toHaveLength(3);
          expect(line.allocations.filter((a) => a.beneficiary !== null).map((a) => a.beneficiary!.matricule).every((m) => matricules.includes(m))).toBe(true);
          expect(line.allocations.map((a) => a.plannedHours)).toEqual([2, 1.5, 3]);
        }
        expect(first.contribution).toMatchObject({ hours: 2.5, beneficiaryCount: 1 });
        expect(matricules).toContain(first.contribution.beneficiaryCodes[0]);
        expect(second.contribution).toEqual({ hours: 0, beneficiaryCount: 0, beneficiaryCodes: [] });
      }
    }
    expect(five.extensions?.sqlStatements).toEqual(expect.any(Number));
    expect(sixty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
    // One statement per list and per relation level, not per row.
    expect(five.extensions!.sqlStatements!).toBeLessThan(15);
  });
});
