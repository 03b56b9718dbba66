import { useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, orderFor } from './support/sales-builders';
import { CreateInvoiceChecked, IssueInvoiceChecked, OrderById } from './support/sales-operations';
import { invoicedQuantitySql, reservedQuantitySql } from '../api/sales/billed-quantities';

/** "Reserved" counts draft invoices, "invoiced" only issued ones: one fixture with both, read both ways. */

const app = useTestApp();

describe('reserved and invoiced quantities', () => {
  it('counts a draft as reserved but not as invoiced, and the order follows the invoiced figure', async () => {
    const customer = await createCustomer(app);
    const item = await createCatalogItem(app);
    const order = await orderFor(app, customer.id, [{ catalogItemId: item.id, quantity: 10 }]);
    const note = await deliver(app, order.id);
    const deliveryLineId = note.lines[0].id;

    const issued = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: deliveryLineId, quantity: 4 }] } })).data!.createInvoice, 'Invoice');
    asType((await app.gql(IssueInvoiceChecked, { id: issued.id, issueDate: '2026-02-10' })).data!.issueInvoice, 'Invoice');
    const draft = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: deliveryLineId, quantity: 6 }] } })).data!.createInvoice, 'Invoice');

    const [figures] = await app.sql<{ reserved: string; invoiced: string }>(
      `select ${reservedQuantitySql('il.delivery_note_line_id = dl.id')}::text as reserved,
              ${invoicedQuantitySql('il.delivery_note_line_id = dl.id')}::text as invoiced
         from delivery_note_line dl where dl.id = $1`,
      [deliveryLineId],
    );
    expect({ reserved: Number(figures.reserved), invoiced: Number(figures.invoiced) }).toEqual({ reserved: 10, invoiced: 4 });

    // what a user sees: the line's invoicedQuantity is the reserved figure, so nothing is left to bill…
    const read = (await app.gql(OrderById, { id: order.id })).data!.order!;
    expect(read.lines[0].invoicedQuantity).toBe(10);
    expect(read.lines[0].deliveryLines[0].invoicedQuantity).toBe(10);
    const third = await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: deliveryLineId, quantity: 1 }] } });
    expect(third.data!.createInvoice.__typename).toBe('QuantityExceededError');
    // …but the order is not invoiced while the draft is not issued
    expect(read.status).toBe('DELIVERED');

    asType((await app.gql(IssueInvoiceChecked, { id: draft.id, issueDate: '2026-02-11' })).data!.issueInvoice, 'Invoice');
    expect((await app.gql(OrderById, { id: order.id })).data!.order!.status).toBe('INVOICED');
  });
});
