import { useTestApp } from './support/test-server';
import { errorCodes, rawGql } from './support/security-client';
import { createCatalogItem, createCustomer, createOrder } from './support/sales-builders';
import { asMaintenance } from '../api/security/database-role';
import { DEFAULT_QUERY_LIMITS, UNPAGED_LIST_MAX, listBound } from '../api/security/query-limits';
import { CATALOG_PAGE, ORDERS_PAGE } from '../bench/workloads';

/** Hostile queries stay cheap: every field counts, every list has a real bound, an answer has a size limit. */

const app = useTestApp();

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('hostile queries', () => {
  it('still answers the README and bench queries', async () => {
    await createOrder(app, [10, 4]);
    const readme = `{ orders(options: { take: 5, status: [CONFIRMED] }) { items { number lines {
      description quantity
      allocations { beneficiary { matricule } workGroup { code } plannedHours }
      contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }
      deliveryLines { quantity contribution { hours } invoiceLines { invoice { number } contribution { hours } } } } } } }`;
    for (const [query, variables] of [[readme, {}], [ORDERS_PAGE, { take: 50 }], [CATALOG_PAGE, { take: 50 }]] as const) {
      const response = await rawGql(app, query, variables);
      expect(errorCodes(response)).toEqual([]);
    }
  });

  it('refuses 50 000 aliased __typename under a 100-item page before running it', async () => {
    const response = await rawGql(app, `{ catalogItems(options: { take: 100 }) { items { ${aliases(50_000, '__typename')} } } }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    // 1 (catalogItems) + 100 rows × (items + 50 000 fields).
    expect(response.body.errors![0].extensions).toMatchObject({ cost: 1 + 100 * (1 + 50_000), limit: DEFAULT_QUERY_LIMITS.maxCost });
  });

  it('counts meta fields and introspection like any other field', async () => {
    const many = await rawGql(app, `{ catalogItems(options: { take: 100 }) { items { ${aliases(2_600, '__typename')} } } }`);
    expect(errorCodes(many)).toEqual(['QUERY_TOO_COMPLEX']);
    const fewer = await rawGql(app, `{ catalogItems(options: { take: 100 }) { items { ${aliases(2_400, '__typename')} } } }`);
    expect(errorCodes(fewer)).toEqual([]);
    // GraphiQL's introspection passes (it has its own, schema-sized allowance); repeating it under aliases does not.
    const schema = `__schema { types { name fields { name args { name } type { name ofType { name } } } } }`;
    expect(errorCodes(await rawGql(app, `{ ${schema} }`))).toEqual([]);
    expect(errorCodes(await rawGql(app, `{ ${aliases(200, schema)} }`))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('costs an unpaged list by its enforced bound', async () => {
    const bound = listBound('Workshop', 'beneficiaries');
    expect(bound).toBe(UNPAGED_LIST_MAX);
    // Each copy: workshops + 100 workshops × (items + beneficiaries + bound × id).
    const copy = 1 + 100 * (2 + bound);
    const fits = Math.floor(DEFAULT_QUERY_LIMITS.maxCost / copy);
    const page = `workshops(options: { take: 100 }) { items { beneficiaries { id } } }`;
    expect(errorCodes(await rawGql(app, `{ ${aliases(fits, page)} }`))).toEqual([]);
    const over = await rawGql(app, `{ ${aliases(fits + 1, page)} }`);
    expect(errorCodes(over)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.body.errors![0].extensions).toMatchObject({ cost: (fits + 1) * copy });
  });

  it('refuses a list longer than its bound with LIST_TOO_LONG, on every read path', async () => {
    const bound = listBound('Order', 'lines');
    const customer = await createCustomer(app);
    const item = await createCatalogItem(app);
    const lines = Array.from({ length: bound + 1 }, () => `{ catalogItemId: "${item.id}", quantity: 1 }`).join(', ');
    const created = await rawGql(app, `mutation { createOrder(input: { establishmentId: "${app.fixture.esatId}", customerId: "${customer.id}", lines: [${lines}] }) {
      ... on Order { id number } } }`);
    const order = created.body.data!.createOrder as { id: string; number: string };
    const short = await createOrder(app, [1, 2]);
    const longOnly = `options: { take: 1 }`; // the newest: dated today, the others earlier
    for (const query of [
      `{ order(id: "${order.id}") { lines { id } } }`, // loaders
      `{ orders(${longOnly}) { items { lines { id } } } }`, // rendered page
      `{ orders(${longOnly}) { items { lines { id contribution { hours } } } } }`, // embedded page
    ]) {
      const response = await rawGql(app, query);
      expect({ query, codes: errorCodes(response) }).toEqual({ query, codes: ['LIST_TOO_LONG'] });
      expect(response.body.errors![0].message).toContain(`more than ${bound} rows`);
    }
    const fine = await rawGql(app, `{ order(id: "${short.order.id}") { lines { id } } }`);
    expect(errorCodes(fine)).toEqual([]);
  });

  it('refuses an answer over the size limit with RESPONSE_TOO_LARGE, before writing it', async () => {
    const { order } = await createOrder(app, [1]);
    await asMaintenance(app.dataSource, (runner) => runner.query(`update sales_order set notes = $1 where id = $2`, ['n'.repeat(2000), order.id]));
    // 10 000 copies of a 2 000-character note: cheap to cost, 20 MB to write.
    const response = await rawGql(app, `{ order(id: "${order.id}") { ${aliases(10_000, 'notes')} } }`);
    expect(errorCodes(response)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(response.body.data ?? null).toBeNull();
    const small = await rawGql(app, `{ order(id: "${order.id}") { ${aliases(100, 'notes')} } }`);
    expect(errorCodes(small)).toEqual([]);
  });

});
