import { useTestApp } from './support/test-server';
import {
  asType, createCatalogItem, createCustomer, createOrder, deliver, draftInvoice, issue, orderFor, salesSnapshot,
} from './support/sales-builders';
import {
  CreateInvoiceChecked, DeleteInvoiceChecked, DeliverOrderChecked, DeliveryNoteById, InvoiceById, IssueInvoiceChecked, OrderById, UpdateInvoiceChecked,
} from './support/sales-operations';

/** Numbering under concurrency, partial delivery and invoicing, and the immutability of issued invoices. */

const app = useTestApp();

async function readOrder(id: string) {
  const { data, errors } = await app.gql(OrderById, { id });
  expect(errors).toBeUndefined();
  return data!.order!;
}

describe('gapless invoice numbering under concurrency', () => {
  it('gives 50 invoices issued at once 50 distinct consecutive numbers', async () => {
    // 50 drafts of one unit each, all billed by the EA (its own invoice sequence for 2026)
    const customer = await createCustomer(app);
    const item = await createCatalogItem(app);
    const order = await orderFor(app, customer.id, [{ catalogItemId: item.id, quantity: 50 }], { establishmentId: app.fixture.eaId });
    const note = await deliver(app, order.id);
    const line = note.lines[0];
    const drafts: string[] = [];
    for (let i = 0; i < 50; i++) {
      const draft = await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: line.id, quantity: 1 }] } });
      drafts.push(asType(draft.data!.createInvoice, 'Invoice').id);
    }
    const [{ previous }] = await app.sql<{ previous: number }>(
      `select coalesce(max(sequence_number), 0)::int as previous from invoice where establishment_id = $1 and fiscal_year = 2026`,
      [app.fixture.eaId],
    );

    const results = await Promise.all(drafts.map((id) => app.gql(IssueInvoiceChecked, { id, issueDate: '2026-04-01' })));
    const invoices = results.map((result) => {
      expect(result.errors).toBeUndefined();
      return asType(result.data!.issueInvoice, 'Invoice');
    });

    const expected = Array.from({ length: 50 }, (_, i) => previous + i + 1);
    expect(invoices.map((invoice) => invoice.sequenceNumber).sort((a, b) => a! - b!)).toEqual(expected);
    expect(new Set(invoices.map((invoice) => invoice.number)).size).toBe(50);
    for (const invoice of invoices) {
      expect(invoice.number).toBe(`FAC-EA-T-2026-${String(invoice.sequenceNumber).padStart(5, '0')}`);
    }

    const rows = await app.sql<{ sequenceNumber: number; number: string; status: string }>(
      `select sequence_number as "sequenceNumber", number, status from invoice
        where establishment_id = $1 and fiscal_year = 2026 order by sequence_number`,
      [app.fixture.eaId],
    );
    expect(rows.map((row) => row.sequenceNumber)).toEqual(Array.from({ length: previous + 50 }, (_, i) => i + 1));
    expect(new Set(rows.map((row) => row.number)).size).toBe(rows.length);
    expect(rows.every((row) => row.status === 'issued')).toBe(true);
    const [counter] = await app.sql<{ lastValue: number }>(
      `select last_value as "lastValue" from document_sequence where establishment_id = $1 and document_type = 'invoice' and fiscal_year = 2026`,
      [app.fixture.eaId],
    );
    expect(counter.lastValue).toBe(previous + 50);
    expect((await readOrder(order.id)).status).toBe('INVOICED');
  });

  it('refuses an issue date earlier than the last issued invoice of the sequence, without using a number', async () => {
    const { order } = await createOrder(app, [2, 1]);
    const note = await deliver(app, order.id, undefined, '2026-05-01');
    const [a, b] = note.lines;
    const first = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: a.id, quantity: a.quantity }] } })).data!.createInvoice, 'Invoice');
    const second = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: b.id, quantity: b.quantity }] } })).data!.createInvoice, 'Invoice');
    const issued = await issue(app, first.id, '2026-05-10');

    const before = await salesSnapshot(app);
    const earlier = await app.gql(IssueInvoiceChecked, { id: second.id, issueDate: '2026-05-09' });
    expect(earlier.data!.issueInvoice).toMatchObject({ __typename: 'ChronologyError', errorCode: 'CHRONOLOGY' });
    expect(await salesSnapshot(app)).toEqual(before);

    const sameDay = await issue(app, second.id, '2026-05-10');
    expect(sameDay.sequenceNumber).toBe(issued.sequenceNumber! + 1);
  });

  it('keeps invoice numbers in date order when invoices with different dates are issued at once', async () => {
    // French invoicing rules: numbers follow the issue dates. Issued concurrently, later numbers must
    // never carry an earlier date (those issues must be refused with CHRONOLOGY instead).
    const customer = await createCustomer(app);
    const item = await createCatalogItem(app);
    const order = await orderFor(app, customer.id, [{ catalogItemId: item.id, quantity: 30 }], { establishmentId: app.fixture.eaId });
    const note = await deliver(app, order.id, undefined, '2026-06-01');
    const drafts: string[] = [];
    for (let i = 0; i < 30; i++) {
      const draft = await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: note.lines[0].id, quantity: 1 }] } });
      drafts.push(asType(draft.data!.createInvoice, 'Invoice').id);
    }
    // the EA's sequence, after its 1 April invoices above (the rest of the file bills from the ESAT)
    const dates = drafts.map((_, i) => `2026-05-${String(30 - i).padStart(2, '0')}`);
    const results = await Promise.all(drafts.map((id, i) => app.gql(IssueInvoiceChecked, { id, issueDate: dates[i] })));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(['Invoice', 'ChronologyError']).toContain(result.data!.issueInvoice.__typename);
    }
    const rows = await app.sql<{ sequenceNumber: number; issueDate: string }>(
      `select sequence_number as "sequenceNumber", issue_date as "issueDate" from invoice
        where establishment_id = $1 and fiscal_year = 2026 order by sequence_number`,
      [app.fixture.eaId],
    );
    expect(rows.map((row) => row.sequenceNumber)).toEqual(rows.map((_, i) => i + 1));
    const outOfOrder = rows.filter((row, i) => i > 0 && row.issueDate < rows[i - 1].issueDate);
    expect(outOfOrder).toEqual([]);
  });
});

describe('partial delivery and partial invoicing', () => {
  it('delivers part of a line and shows what was delivered; refuses more than remains and writes nothing', async () => {
    const { order } = await createOrder(app, [10, 4]);
    const [big, small] = order.lines;
    const first = await deliver(app, order.id, [{ orderLineId: big.id, quantity: 6 }], '2026-02-01');
    expect(first.lines).toEqual([expect.objectContaining({ quantity: 6, orderLine: { id: big.id, deliveredQuantity: 6 } })]);

    let read = await readOrder(order.id);
    expect(read.lines.map((line) => [line.quantity, line.deliveredQuantity, line.invoicedQuantity])).toEqual([[10, 6, 0], [4, 0, 0]]);

    const before = await salesSnapshot(app);
    const tooMuch = await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-02', lines: [{ orderLineId: big.id, quantity: 5 }] } });
    expect(tooMuch.data!.deliverOrder).toMatchObject({ __typename: 'QuantityExceededError', errorCode: 'QUANTITY_EXCEEDED', lineId: big.id, requested: 5, remaining: 4 });
    // two lines of one request that together exceed what remains
    const together = await app.gql(DeliverOrderChecked, {
      input: { orderId: order.id, deliveryDate: '2026-02-02', lines: [{ orderLineId: small.id, quantity: 1 }, { orderLineId: big.id, quantity: 3 }, { orderLineId: big.id, quantity: 2 }] },
    });
    expect(together.data!.deliverOrder).toMatchObject({ __typename: 'QuantityExceededError', lineId: big.id, requested: 5, remaining: 4 });
    expect(await salesSnapshot(app)).toEqual(before);

    read = await readOrder(order.id);
    expect(read.lines.map((line) => line.deliveredQuantity)).toEqual([6, 0]);
    expect(read.status).toBe('IN_PRODUCTION');

    const rest = await deliver(app, order.id, [{ orderLineId: big.id, quantity: 4 }, { orderLineId: small.id, quantity: 4 }], '2026-02-03');
    expect(rest.order.status).toBe('DELIVERED');
    read = await readOrder(order.id);
    expect(read.lines.map((line) => line.deliveredQuantity)).toEqual([10, 4]);
    expect(read.deliveryNotes.map((n) => n.id)).toEqual([first.id, rest.id]);
  });

  it('delivers fractional quantities exactly (three decimals)', async () => {
    const { order } = await createOrder(app, [1.5]);
    await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 0.7 }], '2026-02-01');
    await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 0.6 }], '2026-02-01');
    const tooMuch = await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-01', lines: [{ orderLineId: order.lines[0].id, quantity: 0.201 }] } });
    expect(tooMuch.data!.deliverOrder).toMatchObject({ __typename: 'QuantityExceededError', requested: 0.201, remaining: 0.2 });
    const last = await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 0.2 }], '2026-02-01');
    expect(last.order.status).toBe('DELIVERED');
  });

  it('invoices part of a delivery line; the remaining quantity shows on the order and delivery lines', async () => {
    const { order } = await createOrder(app, [10]);
    const note = await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 6 }], '2026-02-01');
    const deliveryLine = note.lines[0];

    const draft = await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: deliveryLine.id, quantity: 4 }] } });
    const invoice = asType(draft.data!.createInvoice, 'Invoice');
    expect(invoice).toMatchObject({ status: 'DRAFT', number: null, totalHtCents: 5000, totalTtcCents: 6000, lines: [{ quantity: 4, deliveryNoteLineId: deliveryLine.id }] });

    const read = await readOrder(order.id);
    expect(read.lines[0]).toMatchObject({ quantity: 10, deliveredQuantity: 6, invoicedQuantity: 4, deliveryLines: [{ id: deliveryLine.id, quantity: 6, invoicedQuantity: 4 }] });

    const before = await salesSnapshot(app);
    const tooMuch = await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: deliveryLine.id, quantity: 3 }] } });
    expect(tooMuch.data!.createInvoice).toMatchObject({ __typename: 'QuantityExceededError', errorCode: 'QUANTITY_EXCEEDED', lineId: deliveryLine.id, requested: 3, remaining: 2 });
    const doubled = await app.gql(CreateInvoiceChecked, {
      input: { lines: [{ deliveryNoteLineId: deliveryLine.id, quantity: 1.5 }, { deliveryNoteLineId: deliveryLine.id, quantity: 1 }] },
    });
    expect(doubled.data!.createInvoice).toMatchObject({ __typename: 'QuantityExceededError', requested: 1, remaining: 0.5 });
    expect(await salesSnapshot(app)).toEqual(before);

    // the whole note bills only what remains of it
    const rest = asType((await app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [note.id] } })).data!.createInvoice, 'Invoice');
    expect(rest.lines.map((line) => line.quantity)).toEqual([2]);
    const { data } = await app.gql(DeliveryNoteById, { id: note.id });
    expect(data!.deliveryNote!.lines).toEqual([{ id: deliveryLine.id, quantity: 6, invoicedQuantity: 6 }]);
    expect(await salesSnapshot(app)).toEqual({ ...before, invoice: before.invoice + 1, invoice_line: before.invoice_line + 1 });
  });

  it('refuses to invoice a delivery note that is already fully invoiced, instead of making an empty draft', async () => {
    const { order } = await createOrder(app, [3]);
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    await draftInvoice(app, [note.id]);

    const before = await salesSnapshot(app);
    const nothingLeft = await app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [note.id] } });
    expect(nothingLeft.errors).toBeUndefined();
    expect(nothingLeft.data!.createInvoice).toMatchObject({ __typename: 'QuantityExceededError', errorCode: 'QUANTITY_EXCEEDED', remaining: 0 });
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('does not let two drafts together invoice more than was delivered, even created at the same time', async () => {
    const { order } = await createOrder(app, [5]);
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const lineId = note.lines[0].id;

    const a = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: lineId, quantity: 3 }] } })).data!.createInvoice, 'Invoice');
    const b = await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: lineId, quantity: 3 }] } });
    expect(b.data!.createInvoice).toMatchObject({ __typename: 'QuantityExceededError', requested: 3, remaining: 2 });

    // deleting the draft gives its quantity back
    asType((await app.gql(DeleteInvoiceChecked, { id: a.id })).data!.deleteInvoice, 'Invoice');
    expect((await readOrder(order.id)).lines[0].invoicedQuantity).toBe(0);

    const racing = await Promise.all(
      Array.from({ length: 6 }, () => app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: lineId, quantity: 2 }] } })),
    );
    const created = racing.filter((result) => result.data?.createInvoice.__typename === 'Invoice');
    const refused = racing.filter((result) => result.data?.createInvoice.__typename === 'QuantityExceededError');
    expect(created).toHaveLength(2);
    expect(refused).toHaveLength(4);
    const [{ total }] = await app.sql<{ total: number }>('select coalesce(sum(quantity), 0)::float8 as total from invoice_line where delivery_note_line_id = $1', [lineId]);
    expect(total).toBe(4);
    expect((await readOrder(order.id)).lines[0].invoicedQuantity).toBe(4);
  });

  it('refuses to re-bill a draft\'s lines beyond what the other drafts leave', async () => {
    const { order } = await createOrder(app, [5]);
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const lineId = note.lines[0].id;
    const a = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: lineId, quantity: 2 }] } })).data!.createInvoice, 'Invoice');
    const b = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: lineId, quantity: 2 }] } })).data!.createInvoice, 'Invoice');

    const grown = await app.gql(UpdateInvoiceChecked, { id: a.id, input: { lines: [{ deliveryNoteLineId: lineId, quantity: 3 }] } });
    expect(grown.data!.updateInvoice).toMatchObject({ __typename: 'Invoice', lines: [{ quantity: 3 }] });
    const tooBig = await app.gql(UpdateInvoiceChecked, { id: b.id, input: { lines: [{ deliveryNoteLineId: lineId, quantity: 3 }] } });
    expect(tooBig.data!.updateInvoice).toMatchObject({ __typename: 'QuantityExceededError', requested: 3, remaining: 2 });
    const { data } = await app.gql(InvoiceById, { id: b.id });
    expect(data!.invoice!.lines.map((line) => line.quantity)).toEqual([2]);
  });
});

describe('issued invoices are immutable', () => {
  async function issuedInvoice() {
    const { order } = await createOrder(app, [2]);
    const note = await deliver(app, order.id, undefined, '2026-07-01');
    const draft = await draftInvoice(app, [note.id]);
    const issued = await issue(app, draft.id, '2026-07-02');
    const [row] = await app.sql('select * from invoice where id = $1', [issued.id]);
    const lines = await app.sql('select * from invoice_line where invoice_id = $1 order by id', [issued.id]);
    return { issued, note, row, lines };
  }

  it('edits and deletes a draft', async () => {
    const { order } = await createOrder(app, [2]);
    const note = await deliver(app, order.id, undefined, '2026-07-01');
    const draft = await draftInvoice(app, [note.id]);
    const edited = await app.gql(UpdateInvoiceChecked, { id: draft.id, input: { notes: 'Paiement à 30 jours', dueDate: '2026-08-31' } });
    expect(edited.data!.updateInvoice).toMatchObject({ __typename: 'Invoice', notes: 'Paiement à 30 jours', dueDate: '2026-08-31' });
    const deleted = await app.gql(DeleteInvoiceChecked, { id: draft.id });
    expect(deleted.data!.deleteInvoice).toMatchObject({ __typename: 'Invoice', id: draft.id });
    expect((await app.gql(InvoiceById, { id: draft.id })).data!.invoice).toBeNull();
  });

  it('refuses updateInvoice on an issued invoice and leaves the row and its lines unchanged', async () => {
    const { issued, note, row, lines } = await issuedInvoice();
    const result = await app.gql(UpdateInvoiceChecked, {
      id: issued.id,
      input: { notes: 'Remise oubliée', dueDate: '2026-12-31', lines: [{ deliveryNoteLineId: note.lines[0].id, quantity: 1 }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateInvoice).toMatchObject({ __typename: 'ImmutableDocumentError', errorCode: 'IMMUTABLE_DOCUMENT' });
    expect(await app.sql('select * from invoice where id = $1', [issued.id])).toEqual([row]);
    expect(await app.sql('select * from invoice_line where invoice_id = $1 order by id', [issued.id])).toEqual(lines);
  });

  it('refuses deleteInvoice on an issued invoice and keeps it', async () => {
    const { issued, row, lines } = await issuedInvoice();
    const before = await salesSnapshot(app);
    const result = await app.gql(DeleteInvoiceChecked, { id: issued.id });
    expect(result.data!.deleteInvoice).toMatchObject({ __typename: 'ImmutableDocumentError', errorCode: 'IMMUTABLE_DOCUMENT' });
    expect(await salesSnapshot(app)).toEqual(before);
    expect(await app.sql('select * from invoice where id = $1', [issued.id])).toEqual([row]);
    expect(await app.sql('select * from invoice_line where invoice_id = $1 order by id', [issued.id])).toEqual(lines);
    expect((await app.gql(InvoiceById, { id: issued.id })).data!.invoice).toMatchObject({ number: issued.number, status: 'ISSUED' });
  });

  it('has the database refuse a direct change of an issued invoice, its lines, or its deletion', async () => {
    const { issued, row } = await issuedInvoice();
    await expect(app.sql('update invoice set total_ttc_cents = total_ttc_cents + 100 where id = $1', [issued.id])).rejects.toThrow(/immutable/);
    await expect(app.sql('update invoice set number = $2 where id = $1', [issued.id, 'FAC-FAUX-1'])).rejects.toThrow(/immutable/);
    await expect(app.sql('delete from invoice where id = $1', [issued.id])).rejects.toThrow(/cannot be deleted/);
    await expect(app.sql('update invoice_line set quantity = quantity + 1 where invoice_id = $1', [issued.id])).rejects.toThrow(/immutable/);
    await expect(app.sql('delete from invoice_line where invoice_id = $1', [issued.id])).rejects.toThrow(/immutable/);
    expect(await app.sql('select * from invoice where id = $1', [issued.id])).toEqual([row]);
  });
});
