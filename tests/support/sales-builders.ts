import type { TestApp } from './test-server';
import {
  AcceptQuote, ConvertQuote, CreateCatalogItem, CreateCustomer, CreateInvoice, CreateOrder, CreateQuote, DeliverOrder, IssueInvoice, SendQuote,
} from './sales-operations';

/** Test data made through the API, the way a user would make it. Each helper fails loudly on a non-success result. */

function expectType<T extends { __typename?: string }>(result: T | null | undefined, typename: string): T {
  if (!result || result.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(result)}`);
  return result;
}

let counter = 0;

export async function createCustomer(app: TestApp, legalName = `Client ${++counter}`) {
  const { data, errors } = await app.gql(CreateCustomer, {
    input: { legalName, siren: '732829320', billingAddress: { line1: '1 rue de la Paix', postalCode: '69001', city: 'Lyon' } },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.createCustomer, 'Customer') as Extract<NonNullable<typeof data>['createCustomer'], { __typename: 'Customer' }>;
}

export async function createCatalogItem(app: TestApp, overrides: Partial<{ code: string; unitPriceCents: number; vatRatePercent: number }> = {}) {
  const { data, errors } = await app.gql(CreateCatalogItem, {
    input: {
      code: overrides.code ?? `ITEM-${++counter}`,
      label: 'Conditionnement de flacons',
      unit: 'pièce',
      unitPriceCents: overrides.unitPriceCents ?? 1250,
      vatRatePercent: overrides.vatRatePercent ?? 20,
      activity: 'conditionnement',
      serviceType: 'PRODUCTION',
      materialsCents: 300,
      sellingCostsCents: 50,
    },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.createCatalogItem, 'CatalogItem') as Extract<NonNullable<typeof data>['createCatalogItem'], { __typename: 'CatalogItem' }>;
}

export async function createOrder(app: TestApp, quantities: number[] = [10, 4], options: { establishmentId?: number } = {}) {
  const customer = await createCustomer(app);
  const items = await Promise.all(quantities.map(() => createCatalogItem(app)));
  const { data, errors } = await app.gql(CreateOrder, {
    input: {
      establishmentId: String(options.establishmentId ?? app.fixture.esatId),
      customerId: customer.id,
      orderDate: '2026-01-15',
      lines: quantities.map((quantity, index) => ({ catalogItemId: items[index].id, quantity })),
    },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  const order = expectType(data!.createOrder, 'Order') as Extract<NonNullable<typeof data>['createOrder'], { __typename: 'Order' }>;
  return { order, customer, items };
}

export async function acceptedQuote(app: TestApp, quantities: number[] = [10, 4]) {
  const { quote, customer, items } = await draftQuote(app, quantities);
  expectType((await app.gql(SendQuote, { id: quote.id })).data!.sendQuote, 'Quote');
  expectType((await app.gql(AcceptQuote, { id: quote.id })).data!.acceptQuote, 'Quote');
  return { quote, customer, items };
}

export async function deliver(app: TestApp, orderId: string, lines?: { orderLineId: string; quantity: number }[], deliveryDate = '2026-02-01') {
  const { data, errors } = await app.gql(DeliverOrder, { input: { orderId, deliveryDate, lines } });
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.deliverOrder, 'DeliveryNote') as Extract<NonNullable<typeof data>['deliverOrder'], { __typename: 'DeliveryNote' }>;
}

export async function draftInvoice(app: TestApp, deliveryNoteIds: string[]) {
  const { data, errors } = await app.gql(CreateInvoice, { input: { deliveryNoteIds } });
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.createInvoice, 'Invoice') as Extract<NonNullable<typeof data>['createInvoice'], { __typename: 'Invoice' }>;
}

export async function issuedInvoice(app: TestApp, quantities: number[] = [10, 4], issueDate = '2026-02-10') {
  const { order } = await createOrder(app, quantities);
  const note = await deliver(app, order.id);
  const draft = await draftInvoice(app, [note.id]);
  const { data } = await app.gql(IssueInvoice, { id: draft.id, issueDate });
  return { order, note, invoice: expectType(data!.issueInvoice, 'Invoice') as Extract<NonNullable<typeof data>['issueInvoice'], { __typename: 'Invoice' }> };
}

export { ConvertQuote };

/* ---- Helpers of the transition, invoicing, input, loader and list tests. ---- */

/** Narrows a union result to the expected member, failing with the whole result otherwise. */
export function asType<T extends { __typename?: string }, N extends string>(result: T | null | undefined, typename: N): Extract<T, { __typename?: N }> {
  return expectType(result, typename) as Extract<T, { __typename?: N }>;
}

/** The tables a sales mutation may write to. */
export const SALES_TABLES = [
  'customer', 'catalog_item', 'document_sequence', 'quote', 'quote_line', 'sales_order', 'order_line', 'delivery_note', 'delivery_note_line',
  'invoice', 'invoice_line', 'credit_note', 'credit_note_line', 'payment',
] as const;

/** Row counts of the sales tables (all organisations), plus the sum of the sequence counters, to prove that nothing was written. */
export async function salesSnapshot(app: TestApp): Promise<Record<string, number>> {
  const counts = await app.sql<{ name: string; count: number }>(
    SALES_TABLES.map((table) => `select '${table}' as name, count(*)::int as count from ${table}`).join(' union all ') +
      ` union all select 'sequence_values', coalesce(sum(last_value), 0)::int from document_sequence`,
  );
  return Object.fromEntries(counts.map((row) => [row.name, row.count]));
}

/** A draft quote of a new customer, one new catalog item per quantity (12.50 € each, 20 % VAT). */
export async function draftQuote(app: TestApp, quantities: number[] = [10, 4]) {
  const customer = await createCustomer(app);
  const items = await Promise.all(quantities.map(() => createCatalogItem(app)));
  const created = await app.gql(CreateQuote, {
    input: {
      establishmentId: String(app.fixture.esatId),
      customerId: customer.id,
      quoteDate: '2026-01-05',
      lines: quantities.map((quantity, index) => ({ catalogItemId: items[index].id, quantity })),
    },
  });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const quote = expectType(created.data!.createQuote, 'Quote') as Extract<NonNullable<typeof created.data>['createQuote'], { __typename: 'Quote' }>;
  return { quote, customer, items };
}

/** A customer created by an admin of the given organisation (another tenant, for isolation tests). */
export async function createCustomerOf(app: TestApp, organizationId: number, legalName = `Client externe ${++counter}`) {
  const { data, errors } = await app.gql(
    CreateCustomer,
    { input: { legalName, siren: '404833048', billingAddress: { line1: '2 avenue Foch', postalCode: '75016', city: 'Paris' } } },
    app.token(undefined, organizationId),
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.createCustomer, 'Customer') as Extract<NonNullable<typeof data>['createCustomer'], { __typename: 'Customer' }>;
}

/** An order for an existing customer and catalog items (no new customer or item), in the given establishment. */
export async function orderFor(
  app: TestApp,
  customerId: string,
  lines: { catalogItemId: string; quantity: number }[],
  options: { establishmentId?: number; orderDate?: string } = {},
) {
  const { data, errors } = await app.gql(CreateOrder, {
    input: {
      establishmentId: String(options.establishmentId ?? app.fixture.esatId),
      customerId,
      orderDate: options.orderDate ?? '2026-01-15',
      lines,
    },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.createOrder, 'Order') as Extract<NonNullable<typeof data>['createOrder'], { __typename: 'Order' }>;
}

/** Issues a draft invoice, failing loudly on anything but an Invoice. */
export async function issue(app: TestApp, invoiceId: string, issueDate = '2026-02-10') {
  const { data, errors } = await app.gql(IssueInvoice, { id: invoiceId, issueDate });
  if (errors) throw new Error(JSON.stringify(errors));
  return expectType(data!.issueInvoice, 'Invoice') as Extract<NonNullable<typeof data>['issueInvoice'], { __typename: 'Invoice' }>;
}

/** Runs `work` over `items`, `size` at a time. */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, offset) => work(item, start + offset)))));
  }
  return results;
}
