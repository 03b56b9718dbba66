import { useTestApp } from './support/test-server';
import type { InvoiceListOptions, OrderListOptions } from './gql/graphql';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import {
  AcceptQuoteChecked, CancelOrderChecked, CreateQuoteChecked, DeliveryNoteList, InvoiceList, OrderList, PaymentList, QuoteList, RecordPaymentChecked,
  SendQuoteChecked, StartProductionChecked,
} from './support/sales-operations';

/** List filters, sorting and totals, on a data set this file controls entirely. */

const app = useTestApp();

type Order = Awaited<ReturnType<typeof orderFor>>;
const data = {} as {
  a: string; b: string;
  o1: Order; o2: Order; o3: Order; o4: Order; o5: Order; o6: Order; o7: Order;
  i1: string; i2: string; i3: string;
  q1: string; q2: string; q3: string;
};

beforeAll(async () => {
  const ea = app.fixture.eaId;
  data.a = (await createCustomer(app, 'Alpha Industries')).id;
  data.b = (await createCustomer(app, 'Beta Services')).id;
  const item = await createCatalogItem(app); // 12.50 € HT, 20 % VAT: 15.00 € TTC per unit
  const line = (quantity: number) => [{ catalogItemId: item.id, quantity }];

  // customer A: five orders in both establishments, in several states
  data.o1 = await orderFor(app, data.a, line(1), { orderDate: '2026-01-10' }); // 1 500, confirmed
  data.o2 = await orderFor(app, data.a, line(4), { orderDate: '2026-01-20' }); // 6 000, cancelled
  data.o3 = await orderFor(app, data.a, line(2), { orderDate: '2026-02-05', establishmentId: ea }); // 3 000, in production
  data.o4 = await orderFor(app, data.a, line(10), { orderDate: '2026-03-01' }); // 15 000, delivered
  data.o5 = await orderFor(app, data.a, line(3), { orderDate: '2026-03-15', establishmentId: ea }); // 4 500, confirmed
  asType((await app.gql(CancelOrderChecked, { id: data.o2.id })).data!.cancelOrder, 'Order');
  asType((await app.gql(StartProductionChecked, { id: data.o3.id })).data!.startOrderProduction, 'Order');
  await deliver(app, data.o4.id, undefined, '2026-03-02');

  // customer B: three invoices (paid, partially paid, draft) from two orders
  data.o6 = await orderFor(app, data.b, line(5), { orderDate: '2026-01-20' });
  data.o7 = await orderFor(app, data.b, line(4), { orderDate: '2026-01-25', establishmentId: ea });
  const n1 = await deliver(app, data.o6.id, [{ orderLineId: data.o6.lines[0].id, quantity: 2 }], '2026-01-28');
  data.i1 = (await issue(app, (await draftInvoice(app, [n1.id])).id, '2026-02-01')).id; // 3 000
  const n2 = await deliver(app, data.o7.id, undefined, '2026-02-10');
  data.i2 = (await issue(app, (await draftInvoice(app, [n2.id])).id, '2026-02-15')).id; // 6 000
  const n3 = await deliver(app, data.o6.id, undefined, '2026-02-20');
  data.i3 = (await draftInvoice(app, [n3.id])).id; // 4 500, draft
  asType((await app.gql(RecordPaymentChecked, { input: { invoiceId: data.i1, amountCents: 3000, paymentDate: '2026-02-20', method: 'TRANSFER' } })).data!.recordPayment, 'Payment');
  asType((await app.gql(RecordPaymentChecked, { input: { invoiceId: data.i2, amountCents: 1000, paymentDate: '2026-02-25', method: 'CHECK' } })).data!.recordPayment, 'Payment');

  // customer A: three quotes (draft, sent, accepted)
  const quote = async (quoteDate: string) =>
    asType((await app.gql(CreateQuoteChecked, { input: { establishmentId: String(app.fixture.esatId), customerId: data.a, quoteDate, lines: line(1) } })).data!.createQuote, 'Quote').id;
  data.q1 = await quote('2026-01-02');
  data.q2 = await quote('2026-01-03');
  data.q3 = await quote('2026-01-04');
  await app.gql(SendQuoteChecked, { id: data.q2 });
  await app.gql(SendQuoteChecked, { id: data.q3 });
  await app.gql(AcceptQuoteChecked, { id: data.q3 });
});

async function orders(options: OrderListOptions) {
  const response = await app.gql(OrderList, { options });
  expect(response.errors).toBeUndefined();
  return response.data!.orders;
}
const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);

describe('orders list', () => {
  it('filters by customer, newest order first by default', async () => {
    const list = await orders({ customerId: data.a });
    expect(list.totalItems).toBe(5);
    expect(ids(list)).toEqual([data.o5.id, data.o4.id, data.o3.id, data.o2.id, data.o1.id]);
    expect(list.items.every((item) => item.customer.id === data.a)).toBe(true);
  });

  it('filters by status, one or several', async () => {
    const confirmed = await orders({ customerId: data.a, status: ['CONFIRMED'] });
    expect(confirmed).toMatchObject({ totalItems: 2 });
    expect(ids(confirmed)).toEqual([data.o5.id, data.o1.id]);
    const closedOrDone = await orders({ customerId: data.a, status: ['CANCELLED', 'DELIVERED'] });
    expect(ids(closedOrDone)).toEqual([data.o4.id, data.o2.id]);
    expect(closedOrDone.items.map((item) => item.status)).toEqual(['DELIVERED', 'CANCELLED']);
    expect(await orders({ customerId: data.a, status: ['CLOSED'] })).toEqual({ totalItems: 0, items: [] });
  });

  it('filters by establishment', async () => {
    const ea = await orders({ establishmentId: String(app.fixture.eaId) });
    expect(ids(ea)).toEqual([data.o5.id, data.o3.id, data.o7.id]);
    expect(ea.totalItems).toBe(3);
    expect(ea.items.every((item) => item.establishment.id === String(app.fixture.eaId))).toBe(true);
    const eaOfA = await orders({ establishmentId: String(app.fixture.eaId), customerId: data.a });
    expect(ids(eaOfA)).toEqual([data.o5.id, data.o3.id]);
  });

  it('filters by date range, both bounds included', async () => {
    const range = await orders({ customerId: data.a, date: { from: '2026-01-20', to: '2026-03-01' } });
    expect(ids(range)).toEqual([data.o4.id, data.o3.id, data.o2.id]);
    expect(range.totalItems).toBe(3);
    expect(ids(await orders({ date: { from: '2026-01-20', to: '2026-01-20' }, sortDirection: 'ASC' }))).toEqual([data.o2.id, data.o6.id]);
    expect(ids(await orders({ customerId: data.a, date: { from: '2026-03-02' } }))).toEqual([data.o5.id]);
    expect(ids(await orders({ customerId: data.a, date: { to: '2026-01-10' } }))).toEqual([data.o1.id]);
    expect(await orders({ customerId: data.a, date: { from: '2026-04-01', to: '2026-03-01' } })).toEqual({ totalItems: 0, items: [] });
  });

  it('sorts by date, total, number and creation, both ways', async () => {
    const a = { customerId: data.a };
    expect(ids(await orders({ ...a, sort: 'DATE', sortDirection: 'ASC' }))).toEqual([data.o1.id, data.o2.id, data.o3.id, data.o4.id, data.o5.id]);
    const byTotal = await orders({ ...a, sort: 'TOTAL', sortDirection: 'ASC' });
    expect(byTotal.items.map((item) => item.totalTtcCents)).toEqual([1500, 3000, 4500, 6000, 15000]);
    expect(ids(await orders({ ...a, sort: 'TOTAL', sortDirection: 'DESC' }))).toEqual([data.o4.id, data.o2.id, data.o5.id, data.o3.id, data.o1.id]);
    expect(ids(await orders({ ...a, sort: 'CREATED_AT', sortDirection: 'ASC' }))).toEqual([data.o1.id, data.o2.id, data.o3.id, data.o4.id, data.o5.id]);
    expect(ids(await orders({ ...a, sort: 'CREATED_AT', sortDirection: 'DESC' }))).toEqual([data.o5.id, data.o4.id, data.o3.id, data.o2.id, data.o1.id]);

    // numbers: the EA's (CMD-EA-T-…) before the ESAT's (CMD-ESAT-T-…), then by sequence
    const byNumber = await orders({ ...a, sort: 'NUMBER', sortDirection: 'ASC' });
    expect(byNumber.items.map((item) => item.number)).toEqual([data.o3, data.o5, data.o1, data.o2, data.o4].map((order) => order.number));
    const byNumberDesc = await orders({ ...a, sort: 'NUMBER', sortDirection: 'DESC' });
    expect(ids(byNumberDesc)).toEqual(ids(byNumber).reverse());
  });

  it('pages with skip and take, counting every matching row, even past the end', async () => {
    const a = { customerId: data.a, sort: 'DATE' as const, sortDirection: 'ASC' as const };
    const first = await orders({ ...a, take: 2 });
    expect(first).toMatchObject({ totalItems: 5 });
    expect(ids(first)).toEqual([data.o1.id, data.o2.id]);
    expect(ids(await orders({ ...a, skip: 2, take: 2 }))).toEqual([data.o3.id, data.o4.id]);
    const last = await orders({ ...a, skip: 4, take: 2 });
    expect(last.totalItems).toBe(5);
    expect(ids(last)).toEqual([data.o5.id]);
    expect(await orders({ ...a, skip: 5, take: 2 })).toEqual({ totalItems: 5, items: [] });
    expect(await orders({ ...a, skip: 1000 })).toEqual({ totalItems: 5, items: [] });
    expect(await orders({ customerId: data.a, status: ['CONFIRMED'], skip: 50 })).toEqual({ totalItems: 2, items: [] });
    expect(await orders({ customerId: data.a, status: ['CLOSED'], skip: 50 })).toEqual({ totalItems: 0, items: [] });
  });
});

describe('other lists', () => {
  it('filters and sorts invoices by status, fiscal year, date, establishment and total', async () => {
    const list = async (options: InvoiceListOptions) => {
      const response = await app.gql(InvoiceList, { options: { customerId: data.b, ...options } });
      expect(response.errors).toBeUndefined();
      return response.data!.invoices;
    };
    expect((await list({})).totalItems).toBe(3);
    expect(ids(await list({ status: ['DRAFT'] }))).toEqual([data.i3]);
    const settled = await list({ status: ['PAID', 'PARTIALLY_PAID'], sort: 'DATE', sortDirection: 'ASC' });
    expect(settled.items.map((item) => [item.id, item.status])).toEqual([[data.i1, 'PAID'], [data.i2, 'PARTIALLY_PAID']]);
    expect(ids(await list({ fiscalYear: 2026, sort: 'DATE', sortDirection: 'DESC' }))).toEqual([data.i2, data.i1]);
    expect(await list({ fiscalYear: 2025 })).toEqual({ totalItems: 0, items: [] });
    expect(ids(await list({ date: { from: '2026-02-10' } }))).toEqual([data.i2]);
    expect(ids(await list({ date: { from: '2026-02-01', to: '2026-02-01' } }))).toEqual([data.i1]);
    expect(ids(await list({ establishmentId: String(app.fixture.eaId) }))).toEqual([data.i2]);
    const byTotal = await list({ sort: 'TOTAL', sortDirection: 'ASC' });
    expect(byTotal.items.map((item) => item.totalTtcCents)).toEqual([3000, 4500, 6000]);
    expect(await list({ skip: 3 })).toEqual({ totalItems: 3, items: [] });
  });

  it('filters quotes by status', async () => {
    const response = await app.gql(QuoteList, { options: { customerId: data.a, status: ['SENT'] } });
    expect(response.data!.quotes).toMatchObject({ totalItems: 1, items: [{ id: data.q2, status: 'SENT' }] });
    const open = await app.gql(QuoteList, { options: { customerId: data.a, status: ['DRAFT', 'ACCEPTED'], sort: 'DATE', sortDirection: 'ASC' } });
    expect(ids(open.data!.quotes)).toEqual([data.q1, data.q3]);
    expect((await app.gql(QuoteList, { options: { customerId: data.b } })).data!.quotes).toEqual({ totalItems: 0, items: [] });
  });

  it('filters delivery notes by order, and payments by invoice and customer', async () => {
    const notes = await app.gql(DeliveryNoteList, { options: { orderId: data.o6.id, sort: 'DATE', sortDirection: 'ASC' } });
    expect(notes.data!.deliveryNotes.items.map((note) => note.deliveryDate)).toEqual(['2026-01-28', '2026-02-20']);
    expect(notes.data!.deliveryNotes.totalItems).toBe(2);

    const ofCustomer = await app.gql(PaymentList, { options: { customerId: data.b, sortDirection: 'ASC' } });
    expect(ofCustomer.data!.payments.items.map((payment) => [payment.invoiceId, payment.amountCents])).toEqual([[data.i1, 3000], [data.i2, 1000]]);
    const ofInvoice = await app.gql(PaymentList, { options: { invoiceId: data.i2 } });
    expect(ofInvoice.data!.payments).toMatchObject({ totalItems: 1, items: [{ amountCents: 1000, paymentDate: '2026-02-25' }] });
    expect((await app.gql(PaymentList, { options: { customerId: data.a } })).data!.payments).toEqual({ totalItems: 0, items: [] });
    expect((await app.gql(PaymentList, { options: { customerId: data.b, date: { from: '2026-02-21' } } })).data!.payments.totalItems).toBe(1);
  });
});
