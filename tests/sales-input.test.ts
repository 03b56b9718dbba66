import type { ExecutionResult } from 'graphql';
import { useTestApp } from './support/test-server';
import {
  acceptedQuote, asType, createCatalogItem, createCustomer, createCustomerOf, createOrder, deliver, draftInvoice, draftQuote, issue, salesSnapshot,
} from './support/sales-builders';
import {
  AcceptQuoteChecked, CancelOrderChecked, ConvertQuoteChecked, CreateCatalogItemChecked, CreateCreditNoteChecked, CreateCustomerChecked, CreateInvoiceChecked,
  CreateOrderChecked, CreateQuoteChecked, CustomerById, CustomerList, DeleteInvoiceChecked, DeliverOrderChecked, DeliveryNoteById, InvoiceById, InvoiceList,
  IssueInvoiceChecked, OrderById, OrderList, QuoteById, RecordPaymentChecked, SendQuoteChecked, StartProductionChecked, UpdateInvoiceChecked,
} from './support/sales-operations';

/**
 * Bad inputs: what the caller gets back (a coded GraphQL error naming the field, or a NOT_FOUND /
 * INVALID_STATE result), that no internals leak, and that the database is left exactly as it was.
 */

const app = useTestApp();

interface CodedError {
  message: string;
  extensions?: { code?: string; field?: string; fields?: { field: string; message: string }[] };
}

/** No stack trace, source path or dependency path in what the client receives. */
function expectNoInternals(response: unknown) {
  const text = JSON.stringify(response);
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/\bat \S+ \(/);
  expect(text).not.toMatch(/\.[jt]s:\d+:\d+/);
  expect(text).not.toContain('stacktrace');
  expect(text.toLowerCase()).not.toMatch(/\b(select|insert into|update \w+ set)\b/);
}

/** A BAD_USER_INPUT error; with `field`, class-validator's `fields` (or the thrown error's `field`) must name it. */
function expectBadInput(response: ExecutionResult<unknown>, field?: string) {
  expect(response.errors).toBeDefined();
  const errors = response.errors as unknown as CodedError[];
  expect(errors.map((error) => error.extensions?.code)).toEqual(errors.map(() => 'BAD_USER_INPUT'));
  if (field) {
    const named = errors.flatMap((error) => [...(error.extensions?.fields ?? []).map((f) => f.field), ...(error.extensions?.field ? [error.extensions.field] : [])]);
    expect(named).toContain(field);
  }
  expectNoInternals(response);
}

/** Runs a bad call and proves that it wrote nothing. */
async function unchanged<T>(call: () => Promise<T>): Promise<T> {
  const before = await salesSnapshot(app);
  const result = await call();
  expect(await salesSnapshot(app)).toEqual(before);
  return result;
}

const address = { line1: '1 rue de la Paix', postalCode: '69001', city: 'Lyon' };
const itemInput = {
  code: 'BAD-1', label: 'Article', unit: 'pièce', unitPriceCents: 1000, vatRatePercent: 20, activity: 'conditionnement', serviceType: 'PRODUCTION' as const,
};

describe('invalid values', () => {
  let customerId: string;
  let itemId: string;
  const esat = () => String(app.fixture.esatId);
  beforeAll(async () => {
    customerId = (await createCustomer(app)).id;
    itemId = (await createCatalogItem(app)).id;
  });

  it('refuses a negative or zero quantity on an order line, naming the field', async () => {
    for (const quantity of [-1, 0, 0.0001]) {
      const response = await unchanged(() =>
        app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: itemId, quantity }] } }),
      );
      expectBadInput(response, 'lines[0].quantity');
      expect(response.data?.createOrder).toBeFalsy();
    }
  });

  it('refuses a zero or negative quantity to deliver, invoice or credit', async () => {
    const { order } = await createOrder(app, [5]);
    const note = await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 2 }], '2026-02-01');
    const draft = await draftInvoice(app, [note.id]);
    const invoice = await issue(app, draft.id, '2026-02-10');
    const invoiceLineId = (await app.gql(InvoiceById, { id: invoice.id })).data!.invoice!.lines[0].id;

    expectBadInput(
      await unchanged(() => app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-02', lines: [{ orderLineId: order.lines[0].id, quantity: 0 }] } })),
      'lines[0].quantity',
    );
    expectBadInput(
      await unchanged(() => app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-02', lines: [{ orderLineId: order.lines[0].id, quantity: -3 }] } })),
      'lines[0].quantity',
    );
    expectBadInput(await unchanged(() => app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: note.lines[0].id, quantity: 0 }] } })), 'lines[0].quantity');
    expectBadInput(
      await unchanged(() => app.gql(CreateCreditNoteChecked, { input: { invoiceId: invoice.id, reason: 'x', issueDate: '2026-02-11', lines: [{ invoiceLineId, quantity: -1 }] } })),
      'lines[0].quantity',
    );
    expect((await app.gql(OrderById, { id: order.id })).data!.order!.lines[0].deliveredQuantity).toBe(2);
  });

  it('refuses huge amounts: a 1e15-cent payment, price or cost, and a quantity over a billion', async () => {
    const { order } = await createOrder(app, [1]);
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const invoice = await issue(app, (await draftInvoice(app, [note.id])).id, '2026-02-12');

    const payment = await unchanged(() => app.gql(RecordPaymentChecked, { input: { invoiceId: invoice.id, amountCents: 1e15, paymentDate: '2026-02-13', method: 'TRANSFER' } }));
    expectBadInput(payment, 'amountCents');
    expectBadInput(await unchanged(() => app.gql(CreateCatalogItemChecked, { input: { ...itemInput, unitPriceCents: 1e15 } })), 'unitPriceCents');
    expectBadInput(await unchanged(() => app.gql(CreateCatalogItemChecked, { input: { ...itemInput, materialsCents: 1e15 } })), 'materialsCents');
    expectBadInput(
      await unchanged(() => app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: itemId, quantity: 1, unitPriceCents: 1e15 }] } })),
      'lines[0].unitPriceCents',
    );
    expectBadInput(
      await unchanged(() => app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: itemId, quantity: 2e9 }] } })),
      'lines[0].quantity',
    );
    expect((await app.gql(InvoiceById, { id: invoice.id })).data!.invoice).toMatchObject({ status: 'ISSUED', amountPaidCents: 0 });
  });

  it('refuses amounts that are not safe integers (NaN, fractions, beyond 2^53) at the scalar', async () => {
    const { order } = await createOrder(app, [1]);
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const invoice = await issue(app, (await draftInvoice(app, [note.id])).id, '2026-02-14');
    for (const amountCents of ['NaN', 'Infinity', 12.5, 1e17, '100'] as unknown as number[]) {
      expectBadInput(await unchanged(() => app.gql(RecordPaymentChecked, { input: { invoiceId: invoice.id, amountCents, paymentDate: '2026-02-15', method: 'TRANSFER' } })));
    }
    expectBadInput(await unchanged(() => app.gql(CreateOrderChecked, {
      input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: itemId, quantity: 'NaN' as unknown as number }] },
    })));
  });

  it('refuses a line whose total would overflow the amounts the database holds, with a coded error instead of a crash', async () => {
    // 1e9 × 1e12 cents: both values pass their own checks, but the line total (1e21 cents) does not fit
    const response = await unchanged(() =>
      app.gql(CreateOrderChecked, {
        input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: itemId, quantity: 1e9, unitPriceCents: 1e12 }] },
      }),
    );
    expectNoInternals(response);
    const result = response.data?.createOrder;
    if (result) expect(result).toHaveProperty('errorCode');
    else expectBadInput(response);
  });

  it('refuses malformed ids, in arguments and inside inputs', async () => {
    const sent = await unchanged(() => app.gql(SendQuoteChecked, { id: 'abc' }));
    expectBadInput(sent, 'id');
    expect(sent.data?.sendQuote).toBeFalsy();
    for (const id of ['abc', '0', '-1', '1.5', '1e3', '12345678901234567890']) {
      expectBadInput(await unchanged(() => app.gql(CancelOrderChecked, { id })), 'id');
    }
    expectBadInput(
      await unchanged(() => app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId: 'abc', orderDate: '2026-01-15', lines: [{ catalogItemId: itemId, quantity: 1 }] } })),
      'customerId',
    );
    expectBadInput(
      await unchanged(() => app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: 'x1', quantity: 1 }] } })),
      'lines[0].catalogItemId',
    );
    expectBadInput(await unchanged(() => app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: ['1', 'abc'] } })), 'deliveryNoteIds');
    const read = await app.gql(OrderById, { id: 'abc' });
    expectBadInput(read, 'id');
    expect(read.data?.order ?? null).toBeNull();
  });

  it('refuses impossible dates', async () => {
    for (const orderDate of ['2026-02-30', '2026-13-01', '2026-1-5', '05/01/2026', '2026-02-29']) {
      const response = await unchanged(() =>
        app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId, orderDate, lines: [{ catalogItemId: itemId, quantity: 1 }] } }),
      );
      expectBadInput(response);
      expect(response.data?.createOrder).toBeFalsy();
    }
    expectBadInput(await app.gql(OrderList, { options: { date: { from: '2026-04-31' } } }));
  });

  it('refuses an invalid SIREN or SIRET (Luhn key), naming the field', async () => {
    expectBadInput(await unchanged(() => app.gql(CreateCustomerChecked, { input: { legalName: 'Clé fausse', siren: '732829321', billingAddress: address } })), 'siren');
    expectBadInput(await unchanged(() => app.gql(CreateCustomerChecked, { input: { legalName: 'Trop court', siren: '73282932', billingAddress: address } })), 'siren');
    expectBadInput(
      await unchanged(() => app.gql(CreateCustomerChecked, { input: { legalName: 'Siret faux', siren: '732829320', siret: '73282932000075', billingAddress: address } })),
      'siret',
    );
    expectBadInput(
      await unchanged(() => app.gql(CreateCustomerChecked, { input: { legalName: 'Adresse', siren: '732829320', billingAddress: { ...address, postalCode: '!!' } } })),
      'billingAddress.postalCode',
    );
  });

  it('refuses a VAT rate that is not a French rate', async () => {
    for (const vatRatePercent of [19.6, 7, -20, 200]) {
      expectBadInput(await unchanged(() => app.gql(CreateCatalogItemChecked, { input: { ...itemInput, vatRatePercent } })), 'vatRatePercent');
    }
  });

  it('refuses list pages beyond the limits', async () => {
    expectBadInput(await app.gql(OrderList, { options: { take: 1000 } }), 'take');
    expectBadInput(await app.gql(OrderList, { options: { take: 0 } }), 'take');
    expectBadInput(await app.gql(InvoiceList, { options: { skip: -1 } }), 'skip');
    expectBadInput(await app.gql(CustomerList, { options: { take: 101 } }), 'take');
  });

  it('refuses an ESAT order of a catalog item reserved to the EA', async () => {
    const eaOnly = asType(
      (await app.gql(CreateCatalogItemChecked, { input: { ...itemInput, code: 'EA-ONLY-1', establishmentId: String(app.fixture.eaId) } })).data!.createCatalogItem,
      'CatalogItem',
    );
    const response = await unchanged(() =>
      app.gql(CreateOrderChecked, { input: { establishmentId: esat(), customerId, orderDate: '2026-01-15', lines: [{ catalogItemId: eaOnly.id, quantity: 1 }] } }),
    );
    expectNoInternals(response);
    expect(response.data?.createOrder?.__typename).not.toBe('Order');
  });
});

describe('unknown ids', () => {
  const missing = '999999999';

  it('answers NOT_FOUND naming the field for mutations, and writes nothing', async () => {
    const customer = await createCustomer(app);
    const item = await createCatalogItem(app);
    const check = async (run: () => Promise<ExecutionResult<object>>, field: string) => {
      const response = await unchanged(run);
      expect(response.errors).toBeUndefined();
      const result = Object.values(response.data as Record<string, unknown>)[0];
      expect(result).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND', field });
      expectNoInternals(response);
    };
    await check(() => app.gql(SendQuoteChecked, { id: missing }), 'id');
    await check(() => app.gql(AcceptQuoteChecked, { id: missing }), 'id');
    await check(() => app.gql(ConvertQuoteChecked, { quoteId: missing }), 'quoteId');
    await check(() => app.gql(StartProductionChecked, { id: missing }), 'id');
    await check(() => app.gql(CancelOrderChecked, { id: missing }), 'id');
    await check(() => app.gql(DeliverOrderChecked, { input: { orderId: missing } }), 'orderId');
    await check(() => app.gql(IssueInvoiceChecked, { id: missing }), 'id');
    await check(() => app.gql(UpdateInvoiceChecked, { id: missing, input: { notes: 'x' } }), 'id');
    await check(() => app.gql(DeleteInvoiceChecked, { id: missing }), 'id');
    await check(() => app.gql(RecordPaymentChecked, { input: { invoiceId: missing, amountCents: 100, method: 'CASH' } }), 'invoiceId');
    await check(() => app.gql(CreateCreditNoteChecked, { input: { invoiceId: missing, reason: 'x' } }), 'invoiceId');
    await check(() => app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [missing] } }), 'deliveryNoteIds[0]');
    await check(() => app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: missing, quantity: 1 }] } }), 'lines[0].deliveryNoteLineId');
    await check(
      () => app.gql(CreateOrderChecked, { input: { establishmentId: String(app.fixture.esatId), customerId: missing, lines: [{ catalogItemId: item.id, quantity: 1 }] } }),
      'customerId',
    );
    await check(
      () => app.gql(CreateOrderChecked, { input: { establishmentId: missing, customerId: customer.id, lines: [{ catalogItemId: item.id, quantity: 1 }] } }),
      'establishmentId',
    );
    await check(
      () => app.gql(CreateQuoteChecked, { input: { establishmentId: String(app.fixture.esatId), customerId: customer.id, lines: [{ catalogItemId: item.id, quantity: 1 }, { catalogItemId: missing, quantity: 1 }] } }),
      'lines[1].catalogItemId',
    );
  });

  it('answers null for queries', async () => {
    for (const response of [
      await app.gql(OrderById, { id: missing }),
      await app.gql(QuoteById, { id: missing }),
      await app.gql(InvoiceById, { id: missing }),
      await app.gql(CustomerById, { id: missing }),
      await app.gql(DeliveryNoteById, { id: missing }),
    ]) {
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data as Record<string, unknown>)).toEqual([null]);
    }
  });

  it('answers NOT_FOUND for a line of another order of the same organisation', async () => {
    const { order } = await createOrder(app, [3]);
    const { order: other } = await createOrder(app, [3]);
    const response = await unchanged(() =>
      app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-01', lines: [{ orderLineId: other.lines[0].id, quantity: 1 }] } }),
    );
    expect(response.data!.deliverOrder).toMatchObject({ __typename: 'NotFoundError', field: 'lines[0].orderLineId' });
  });
});

describe("another organisation's data", () => {
  let foreign: { customerId: string; itemId: string; orderId: string; orderLineId: string; noteId: string; noteLineId: string; invoiceId: string; quoteId: string };
  beforeAll(async () => {
    const other = app.token(undefined, app.fixture.otherOrganizationId);
    const customer = await createCustomerOf(app, app.fixture.otherOrganizationId, 'Client secret');
    const item = asType((await app.gql(CreateCatalogItemChecked, { input: { ...itemInput, code: 'SECRET-1' } }, other)).data!.createCatalogItem, 'CatalogItem');
    const order = asType(
      (await app.gql(CreateOrderChecked, {
        input: { establishmentId: String(app.fixture.otherEstablishmentId), customerId: customer.id, orderDate: '2026-01-15', lines: [{ catalogItemId: item.id, quantity: 4 }] },
      }, other)).data!.createOrder,
      'Order',
    );
    const note = asType((await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-01', lines: [{ orderLineId: order.lines[0].id, quantity: 2 }] } }, other)).data!.deliverOrder, 'DeliveryNote');
    const invoice = asType((await app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [note.id] } }, other)).data!.createInvoice, 'Invoice');
    asType((await app.gql(IssueInvoiceChecked, { id: invoice.id, issueDate: '2026-02-10' }, other)).data!.issueInvoice, 'Invoice');
    const quote = asType(
      (await app.gql(CreateQuoteChecked, {
        input: { establishmentId: String(app.fixture.otherEstablishmentId), customerId: customer.id, quoteDate: '2026-01-05', lines: [{ catalogItemId: item.id, quantity: 1 }] },
      }, other)).data!.createQuote,
      'Quote',
    );
    foreign = {
      customerId: customer.id, itemId: item.id, orderId: order.id, orderLineId: order.lines[0].id, noteId: note.id, noteLineId: note.lines[0].id,
      invoiceId: invoice.id, quoteId: quote.id,
    };
  });

  it('reads as null, never as data', async () => {
    const responses = [
      await app.gql(CustomerById, { id: foreign.customerId }),
      await app.gql(OrderById, { id: foreign.orderId }),
      await app.gql(InvoiceById, { id: foreign.invoiceId }),
      await app.gql(QuoteById, { id: foreign.quoteId }),
      await app.gql(DeliveryNoteById, { id: foreign.noteId }),
    ];
    for (const response of responses) {
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data as Record<string, unknown>)).toEqual([null]);
      expect(JSON.stringify(response)).not.toContain('Client secret');
    }
    const customers = await app.gql(CustomerList, { options: { take: 100 } });
    expect(customers.data!.customers.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(customers)).not.toContain('Client secret');
    const orders = await app.gql(OrderList, { options: { customerId: foreign.customerId } });
    expect(orders.data!.orders).toEqual({ totalItems: 0, items: [] });
    const invoices = await app.gql(InvoiceList, { options: { establishmentId: String(app.fixture.otherEstablishmentId) } });
    expect(invoices.data!.invoices).toEqual({ totalItems: 0, items: [] });
  });

  it('answers NOT_FOUND when used in a mutation, and leaves both organisations unchanged', async () => {
    const mine = await createCustomer(app);
    const myItem = await createCatalogItem(app);
    const expectNotFound = async (run: () => Promise<ExecutionResult<object>>, field: string) => {
      const response = await unchanged(run);
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data as Record<string, unknown>)[0]).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND', field });
      expect(JSON.stringify(response)).not.toContain('Client secret');
    };
    const esat = String(app.fixture.esatId);
    await expectNotFound(() => app.gql(CreateOrderChecked, { input: { establishmentId: esat, customerId: foreign.customerId, lines: [{ catalogItemId: myItem.id, quantity: 1 }] } }), 'customerId');
    await expectNotFound(
      () => app.gql(CreateOrderChecked, { input: { establishmentId: String(app.fixture.otherEstablishmentId), customerId: mine.id, lines: [{ catalogItemId: myItem.id, quantity: 1 }] } }),
      'establishmentId',
    );
    await expectNotFound(() => app.gql(CreateOrderChecked, { input: { establishmentId: esat, customerId: mine.id, lines: [{ catalogItemId: foreign.itemId, quantity: 1 }] } }), 'lines[0].catalogItemId');
    await expectNotFound(() => app.gql(CancelOrderChecked, { id: foreign.orderId }), 'id');
    await expectNotFound(() => app.gql(StartProductionChecked, { id: foreign.orderId }), 'id');
    await expectNotFound(() => app.gql(DeliverOrderChecked, { input: { orderId: foreign.orderId } }), 'orderId');
    await expectNotFound(() => app.gql(SendQuoteChecked, { id: foreign.quoteId }), 'id');
    await expectNotFound(() => app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [foreign.noteId] } }), 'deliveryNoteIds[0]');
    await expectNotFound(() => app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: foreign.noteLineId, quantity: 1 }] } }), 'lines[0].deliveryNoteLineId');
    await expectNotFound(() => app.gql(RecordPaymentChecked, { input: { invoiceId: foreign.invoiceId, amountCents: 100, method: 'CASH' } }), 'invoiceId');
    await expectNotFound(() => app.gql(CreateCreditNoteChecked, { input: { invoiceId: foreign.invoiceId, reason: 'x' } }), 'invoiceId');
    await expectNotFound(() => app.gql(DeleteInvoiceChecked, { id: foreign.invoiceId }), 'id');

    // my own order cannot deliver the other organisation's order line
    const { order } = await createOrder(app, [2]);
    await expectNotFound(
      () => app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-01', lines: [{ orderLineId: foreign.orderLineId, quantity: 1 }] } }),
      'lines[0].orderLineId',
    );

    const [row] = await app.sql<{ status: string }>('select status from sales_order where id = $1', [foreign.orderId]);
    expect(row.status).toBe('in_production');
  });
});

describe('wrong state', () => {
  it('answers INVALID_STATE and writes nothing', async () => {
    const { quote } = await draftQuote(app);
    const accept = await unchanged(() => app.gql(AcceptQuoteChecked, { id: quote.id }));
    expect(accept.data!.acceptQuote).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
    expect((accept.data!.acceptQuote as { currentState: string }).currentState.toUpperCase()).toBe('DRAFT');

    const { quote: accepted } = await acceptedQuote(app, [1]);
    asType((await app.gql(ConvertQuoteChecked, { quoteId: accepted.id, input: { orderDate: '2026-01-20' } })).data!.convertQuoteToOrder, 'Order');
    const again = await unchanged(() => app.gql(ConvertQuoteChecked, { quoteId: accepted.id, input: { orderDate: '2026-01-20' } }));
    expect(again.data!.convertQuoteToOrder).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
    expectNoInternals(again);
  });
});

describe('inconsistent inputs', () => {
  it('refuses a payment or a credit note dated before the invoice, writing nothing', async () => {
    const { order } = await createOrder(app, [2]);
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const invoice = await issue(app, (await draftInvoice(app, [note.id])).id, '2026-03-01');
    expectBadInput(
      await unchanged(() => app.gql(RecordPaymentChecked, { input: { invoiceId: invoice.id, amountCents: 100, paymentDate: '2026-02-28', method: 'TRANSFER' } })),
      'paymentDate',
    );
    expectBadInput(await unchanged(() => app.gql(CreateCreditNoteChecked, { input: { invoiceId: invoice.id, reason: 'x', issueDate: '2026-02-28' } })), 'issueDate');
    expect((await app.gql(InvoiceById, { id: invoice.id })).data!.invoice).toMatchObject({ status: 'ISSUED', amountPaidCents: 0, amountCreditedCents: 0 });
  });

  it('refuses a delivery dated before its order (CHRONOLOGY), and a quote valid until before its date', async () => {
    const { order } = await createOrder(app, [2]); // ordered 2026-01-15
    const early = await unchanged(() => app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-01-14' } }));
    expect(early.data!.deliverOrder).toMatchObject({ __typename: 'ChronologyError', errorCode: 'CHRONOLOGY' });

    const customer = await createCustomer(app);
    const item = await createCatalogItem(app);
    expectBadInput(
      await unchanged(() => app.gql(CreateQuoteChecked, {
        input: { establishmentId: String(app.fixture.esatId), customerId: customer.id, quoteDate: '2026-03-10', validUntil: '2026-03-09', lines: [{ catalogItemId: item.id, quantity: 1 }] },
      })),
      'validUntil',
    );
  });

  it('refuses one invoice for two customers (MIXED_DOCUMENTS), and deliveryNoteIds together with lines', async () => {
    const { order: first } = await createOrder(app, [1]);
    const { order: second } = await createOrder(app, [1]);
    const a = await deliver(app, first.id, undefined, '2026-02-01');
    const b = await deliver(app, second.id, undefined, '2026-02-01');
    const mixed = await unchanged(() => app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [a.id, b.id] } }));
    expect(mixed.data!.createInvoice).toMatchObject({ __typename: 'MixedDocumentsError', errorCode: 'MIXED_DOCUMENTS' });
    expectBadInput(
      await unchanged(() => app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [a.id], lines: [{ deliveryNoteLineId: a.lines[0].id, quantity: 1 }] } })),
      'lines',
    );
  });
});
