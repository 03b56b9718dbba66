import { useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, inBatches, orderFor } from './support/sales-builders';
import { CreateInvoiceChecked, DeliverOrderChecked, InvoicesPage, IssueInvoiceChecked, OrdersPage, RecordPaymentChecked } from './support/sales-operations';

/**
 * The nested reads resolve through DataLoaders: the number of SQL statements of a request depends on
 * the shape of the query, never on the number of rows. 5 orders and 200 orders, read through the same
 * nested query, must cost exactly the same number of statements.
 */

// Wide trees over large pages, to count statements: their worst-case cost (every nested list at its
// bound) is above the default limit, which tests/security-limits.test.ts covers.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: 500_000_000 } });

let small: string;
let large: string;

/** An order of 2 or 3 lines, delivered in full (the first line in two deliveries), invoiced and partly paid. */
async function fullChain(customerId: string, itemIds: string[], index: number) {
  const lineCount = 2 + (index % 2);
  const order = await orderFor(app, customerId, itemIds.slice(0, lineCount).map((catalogItemId, position) => ({ catalogItemId, quantity: 2 + position })));
  const firstHalf = asType(
    (await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-01', lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } })).data!.deliverOrder,
    'DeliveryNote',
  );
  const rest = asType((await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-02' } })).data!.deliverOrder, 'DeliveryNote');
  const draft = asType((await app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [firstHalf.id, rest.id] } })).data!.createInvoice, 'Invoice');
  const invoice = asType((await app.gql(IssueInvoiceChecked, { id: draft.id, issueDate: '2026-02-10' })).data!.issueInvoice, 'Invoice');
  asType((await app.gql(RecordPaymentChecked, { input: { invoiceId: invoice.id, amountCents: 1000, paymentDate: '2026-02-15', method: 'TRANSFER' } })).data!.recordPayment, 'Payment');
  return order;
}

beforeAll(async () => {
  const items = await Promise.all([0, 1, 2].map(() => createCatalogItem(app)));
  const itemIds = items.map((item) => item.id);
  small = (await createCustomer(app, 'Petit client')).id;
  large = (await createCustomer(app, 'Grand compte')).id;
  await inBatches(Array.from({ length: 5 }), 5, (_, index) => fullChain(small, itemIds, index));
  await inBatches(Array.from({ length: 200 }), 20, (_, index) => fullChain(large, itemIds, index));
}, 120_000);

describe('constant SQL statements per request', () => {
  it('reads 5 or 200 orders with lines, catalog items, deliveries, invoices and payments in the same number of statements', async () => {
    const five = await app.gql(OrdersPage, { options: { customerId: small, take: 5 } });
    const firstHundred = await app.gql(OrdersPage, { options: { customerId: large, take: 100 } });
    const secondHundred = await app.gql(OrdersPage, { options: { customerId: large, take: 100, skip: 100 } });
    for (const response of [five, firstHundred, secondHundred]) expect(response.errors).toBeUndefined();

    expect(five.data!.orders).toMatchObject({ totalItems: 5 });
    expect(five.data!.orders.items).toHaveLength(5);
    expect(firstHundred.data!.orders).toMatchObject({ totalItems: 200 });
    expect(firstHundred.data!.orders.items).toHaveLength(100);
    expect(secondHundred.data!.orders.items).toHaveLength(100);
    const all = [...firstHundred.data!.orders.items, ...secondHundred.data!.orders.items];
    expect(new Set(all.map((order) => order.id)).size).toBe(200);

    // the nested data is really there, for every order
    for (const order of [...five.data!.orders.items, ...all]) {
      expect(order.status).toBe('INVOICED');
      expect(order.lines.length === 2 || order.lines.length === 3).toBe(true);
      for (const line of order.lines) {
        expect(line.catalogItem.code).toMatch(/^ITEM-/);
        expect(line.deliveredQuantity).toBe(line.quantity);
        expect(line.invoicedQuantity).toBe(line.quantity);
        expect(line.deliveryLines.reduce((sum, delivery) => sum + delivery.quantity, 0)).toBe(line.quantity);
        for (const delivery of line.deliveryLines) {
          expect(delivery.deliveryNote.number).toMatch(/^BL-ESAT-T-2026-/);
          expect(delivery.invoiceLines).toHaveLength(1);
          expect(delivery.invoiceLines[0].invoice).toMatchObject({ status: 'PARTIALLY_PAID', payments: [{ amountCents: 1000 }] });
        }
      }
      expect(order.lines[0].deliveryLines).toHaveLength(2);
    }

    const counts = [five, firstHundred, secondHundred].map((response) => response.extensions?.sqlStatements);
    expect(counts[0]).toEqual(expect.any(Number));
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // one statement per list and per relation level, not per row
    expect(counts[0]).toBeLessThan(20);
  });

  it('reads 5 or 100 invoices with their lines, order lines, deliveries, payments and totals in the same number of statements', async () => {
    const five = await app.gql(InvoicesPage, { options: { customerId: small, take: 5 } });
    const hundred = await app.gql(InvoicesPage, { options: { customerId: large, take: 100, skip: 50 } });
    for (const response of [five, hundred]) expect(response.errors).toBeUndefined();
    expect(five.data!.invoices.items).toHaveLength(5);
    expect(hundred.data!.invoices).toMatchObject({ totalItems: 200 });
    expect(hundred.data!.invoices.items).toHaveLength(100);
    for (const invoice of [...five.data!.invoices.items, ...hundred.data!.invoices.items]) {
      expect(invoice).toMatchObject({ status: 'PARTIALLY_PAID', amountPaidCents: 1000, amountCreditedCents: 0, establishment: { code: 'ESAT-T' } });
      expect(invoice.payments).toEqual([{ amountCents: 1000, invoice: { id: invoice.id } }]);
      expect(invoice.lines.length).toBeGreaterThanOrEqual(3);
      for (const line of invoice.lines) {
        expect(line.orderLine.order.number).toBe(line.deliveryNoteLine.deliveryNote.order.number);
        expect(line.orderLine.order.customer.legalName).toBe(invoice.customer.legalName);
      }
    }
    expect(hundred.extensions?.sqlStatements).toEqual(expect.any(Number));
    expect(five.extensions?.sqlStatements).toBe(hundred.extensions?.sqlStatements);
  });
});
