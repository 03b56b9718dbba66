import { useTestApp } from './support/test-server';
import { createCatalogItem, createCustomer, deliver, orderFor } from './support/sales-builders';
import { createBeneficiary, productionSite, staffUser } from './support/production-builders';
import { rawGql, type RawResponse } from './support/security-client';
import { Role } from '../schema/enums';
import { placeRenderedItems, stringifyResponse } from '../api/read/rendered-read';
import type { ResponseSink } from '../api/read/request-reads';

/**
 * List pages embed the relations their client selected (customer, lines, catalog item, allocations,
 * beneficiary…) in their own SQL statement (api/read/nested-read.ts). A client must not be able to
 * tell: the same selection read through `order(id)`, which resolves every relation through the
 * loaders, gives the same answer, the same errors, and the list costs no statement per relation.
 */

// Wide trees over large pages, to count statements: their worst-case cost (every nested list at its
// bound) is above the default limit, which tests/security-limits.test.ts covers.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: 50_000_000 } });
let customerId: string;
let orderIds: string[];

beforeAll(async () => {
  customerId = (await createCustomer(app, 'Client des lectures imbriquées')).id;
  const { group } = await productionSite(app);
  const beneficiaries = await Promise.all([0, 1].map(() => createBeneficiary(app)));
  const items = await Promise.all([0, 1, 2].map(() => createCatalogItem(app)));
  const orders = [];
  for (const quantities of [[3, 5], [2], [7, 1, 4]]) {
    orders.push(await orderFor(app, customerId, quantities.map((quantity, index) => ({ catalogItemId: items[index].id, quantity }))));
  }
  // The first order's lines to a beneficiary each and to the work group; the second order delivered.
  for (const [index, line] of orders[0].lines.entries()) {
    for (const assignee of [{ beneficiaryId: beneficiaries[index % 2].id }, { workGroupId: group.id }]) {
      const response = await rawGql(app, `mutation($input: AllocationInput!) { allocate(input: $input) { __typename } }`, {
        input: { orderLineId: line.id, plannedHours: 1.5 + index, ...assignee },
      });
      expect(response.body.data).toEqual({ allocate: { __typename: 'Allocation' } });
    }
  }
  await deliver(app, orders[1].id);
  orderIds = orders.map((order) => order.id);
}, 60_000);

const ORDER_TREE = `
  fragment Tree on Order {
    id number status orderDate totalHtCents totalTtcCents createdAt updatedAt quoteId notes
    customer { id legalName siren billingAddress { city } createdAt }
    establishment { id code }
    vatBreakdown { vatRatePercent baseHtCents vatCents }
    lines {
      id position quantity description unitPriceCents vatRatePercent totalHtCents deliveredQuantity invoicedQuantity createdAt
      catalogItem { id code label unit vatRatePercent activity serviceType active }
      allocations { id plannedHours plannedQuantity beneficiaryId beneficiary { id matricule } workGroup { id code } orderLine { id } }
    }
  }`;

/** Every kind of renderable field: scalars of each type, enums, nulls, aliases (one longer than a PostgreSQL name), __typename, relations of relations. */
const RENDERED_TREE = `
  fragment Tree on Order {
    __typename id number status orderDate totalHtCents totalTtcCents createdAt updatedAt quoteId notes customerReference
    customer { id legalName siren createdAt }
    establishment { id code }
    lines {
      id position quantity description unitPriceCents vatRatePercent totalHtCents createdAt howMany: quantity
      quantityUnderAnAliasLongerThanTheSixtyThreeBytesOfAPostgresColumnName: quantity
      catalogItem { __typename id code label unit vatRatePercent activity serviceType active codeUnderAnAliasLongerThanTheSixtyThreeBytesOfAPostgresColumnName: code }
      allocations { id plannedHours plannedQuantity beneficiaryId workGroupId beneficiary { id matricule } workGroup { id code } }
    }
  }`;

/** What the orders page of `npm run bench` reads. */
const PAGE_TREE = `
  fragment Tree on Order {
    id number orderDate status totalTtcCents
    customer { id legalName }
    lines { id position quantity catalogItem { code } allocations { id plannedHours beneficiary { matricule } } }
  }`;

async function listed(selection: string, token?: string): Promise<RawResponse> {
  return rawGql(app, `${selection} query($customerId: ID!) { orders(options: { customerId: $customerId, take: 100 }) { items { ...Tree } } }`, { customerId }, token === undefined ? undefined : `Bearer ${token}`);
}

async function oneByOne(selection: string, token?: string) {
  const orders = [];
  const errors = [];
  // The list is newest first (same date: highest id first).
  for (const id of [...orderIds].reverse()) {
    const response = await rawGql(app, `${selection} query($id: ID!) { order(id: $id) { ...Tree } }`, { id }, token === undefined ? undefined : `Bearer ${token}`);
    orders.push(response.body.data?.order);
    errors.push(...(response.body.errors ?? []).map((error) => `${error.extensions?.code} ${error.message}`));
  }
  return { orders, errors };
}

describe('nested reads in list pages', () => {
  it('answer exactly what the loaders answer, through fragments, computed fields and relations of relations', async () => {
    // Rendered by PostgreSQL (only columns and relations), then with computed fields (embedded relations).
    for (const [tree, rendered] of [[PAGE_TREE, 1], [RENDERED_TREE, 1], [ORDER_TREE, 0]] as const) {
      const page = await listed(tree);
      expect(page.body.errors).toBeUndefined();
      expect((page.body as { extensions?: { renderedLists?: number } }).extensions?.renderedLists).toBe(rendered);
      expect((page.body.data!.orders as { items: unknown[] }).items).toEqual((await oneByOne(tree)).orders);
    }
    const list = await listed(ORDER_TREE);
    const items = (list.body.data!.orders as { items: unknown[] }).items;

    // the data is really there
    const first = items.find((order) => (order as { id: string }).id === orderIds[0]) as {
      lines: { allocations: { beneficiary: { matricule: string } | null; workGroup: { code: string } | null }[] }[];
    };
    expect(first.lines).toHaveLength(2);
    for (const line of first.lines) {
      expect(line.allocations).toHaveLength(2);
      expect(line.allocations.filter((allocation) => allocation.beneficiary?.matricule)).toHaveLength(1);
      expect(line.allocations.filter((allocation) => allocation.workGroup?.code)).toHaveLength(1);
    }
    const delivered = items.find((order) => (order as { id: string }).id === orderIds[1]) as { lines: { deliveredQuantity: number; quantity: number }[] };
    expect(delivered.lines.map((line) => line.deliveredQuantity)).toEqual(delivered.lines.map((line) => line.quantity));
  });

  it('are spliced into the same text whether the answer is sent as parts or as one string', () => {
    const result = () => ({
      data: { a: { items: [], totalItems: 2 }, b: { rows: [], more: 'x"]' }, c: null },
      extensions: { note: 'ok' },
    });
    const rendered = [
      { path: ['a'], key: 'items', items: ['{"id":"1","label":"é — ü"}', '{"id":"2"}'] },
      { path: ['b'], key: 'rows', items: [] },
    ];
    const whole = result();
    placeRenderedItems(whole.data, rendered);
    const text = stringifyResponse(whole);
    expect(JSON.parse(text)).toEqual({
      data: { a: { items: [{ id: '1', label: 'é — ü' }, { id: '2' }], totalItems: 2 }, b: { rows: [], more: 'x"]' }, c: null },
      extensions: { note: 'ok' },
    });
    const sent = result();
    const sink: ResponseSink = {};
    placeRenderedItems(sent.data, rendered, sink);
    expect(stringifyResponse(sent)).toBe('');
    expect(sink.parts!.join('')).toBe(text);
  });

  it('cost no statement per relation: a deep page costs what a flat page costs', async () => {
    const count = async (query: string) => {
      const response = await rawGql(app, query, { customerId });
      expect(response.body.errors).toBeUndefined();
      return (response.body as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements;
    };
    const flatCount = await count(`query($customerId: ID!) { orders(options: { customerId: $customerId }) { items { id number } } }`);
    const deepCount = await count(
      `query($customerId: ID!) { orders(options: { customerId: $customerId }) { items { id customer { legalName } lines { id catalogItem { code } allocations { id beneficiary { matricule } workGroup { code } } } } } }`,
    );
    expect(flatCount).toEqual(expect.any(Number));
    expect(deepCount).toBe(flatCount);
  });

  it('merges every selection of a relation: aliases and fragments reading different fields of the same lines', async () => {
    const list = await rawGql(
      app,
      `fragment Quantities on OrderLine { quantity }
       query($customerId: ID!) { orders(options: { customerId: $customerId }) { items { id
         positions: lines { id position }
         quantities: lines { ...Quantities catalogItem { code } }
         lines { ... on OrderLine { unitPriceCents } }
       } } }`,
      { customerId },
    );
    expect(list.body.errors).toBeUndefined();
    for (const order of (list.body.data!.orders as { items: Record<string, Record<string, unknown>[]>[] }).items) {
      expect(order.positions.length).toBeGreaterThan(0);
      for (const [index, line] of order.positions.entries()) {
        expect(line).toEqual({ id: expect.any(String), position: expect.any(Number) });
        expect(order.quantities[index]).toEqual({ quantity: expect.any(Number), catalogItem: { code: expect.stringMatching(/^ITEM-/) } });
        expect(order.lines[index]).toEqual({ unitPriceCents: expect.any(Number) });
      }
    }
  });

  it('keep field-level roles: a viewer gets the same FORBIDDEN fields from the list as from the order', async () => {
    const viewer = await staffUser(app, [Role.VIEWER]);
    const costs = `fragment Tree on Order { id lines { id catalogItem { code materialsCents } } }`;
    const list = await listed(costs, viewer.token);
    const single = await oneByOne(costs, viewer.token);
    const listErrors = (list.body.errors ?? []).map((error) => `${error.extensions?.code} ${error.message}`);
    expect(single.errors.length).toBeGreaterThan(0);
    expect(new Set(listErrors)).toEqual(new Set(single.errors));
    expect(listErrors.every((error) => error.startsWith('FORBIDDEN'))).toBe(true);
  });
});
