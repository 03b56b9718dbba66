import { useTestApp } from './support/test-server';
import { acceptedQuote, asType, createOrder, deliver, draftInvoice, draftQuote, issue, salesSnapshot } from './support/sales-builders';
import {
  AcceptQuoteChecked, CancelOrderChecked, CloseOrderChecked, ConvertQuoteChecked, CreateCreditNoteChecked, CreateInvoiceChecked, UpdateInvoiceChecked, DeliverOrderChecked, ExpireQuoteChecked,
  InvoiceById, IssueInvoiceChecked, OrderById, QuoteById, RecordPaymentChecked, RefuseQuoteChecked, SendQuoteChecked, StartProductionChecked,
  UpdateQuoteChecked,
} from './support/sales-operations';

/**
 * Every transition of the lifecycle tables in kernel/lifecycles.ts, allowed and refused, as a user
 * of the API sees them: the returned status or InvalidStateError, and the status read back afterwards.
 */

const app = useTestApp();

/** The statuses are exposed as GraphQL enum values (DRAFT); the error's states are plain strings. */
function expectInvalidState(result: object | null | undefined, currentState: string, attemptedState?: string) {
  const error = result as { __typename?: string; errorCode?: string; currentState?: string; attemptedState?: string } | null | undefined;
  expect(error).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
  if (!error) return;
  expect(error.currentState?.toUpperCase()).toBe(currentState);
  if (attemptedState) expect(error.attemptedState?.toUpperCase()).toBe(attemptedState);
}

async function quoteStatus(id: string) {
  const { data } = await app.gql(QuoteById, { id });
  return data!.quote!.status;
}
async function orderStatus(id: string) {
  const { data } = await app.gql(OrderById, { id });
  return data!.order!.status;
}
async function invoiceStatus(id: string) {
  const { data } = await app.gql(InvoiceById, { id });
  return data!.invoice!.status;
}

async function sentQuote(quantities?: number[]) {
  const made = await draftQuote(app, quantities);
  asType((await app.gql(SendQuoteChecked, { id: made.quote.id })).data!.sendQuote, 'Quote');
  return made;
}

describe('quote lifecycle', () => {
  it('goes DRAFT → SENT → ACCEPTED', async () => {
    const { quote } = await draftQuote(app);
    expect(quote.status).toBe('DRAFT');
    const sent = await app.gql(SendQuoteChecked, { id: quote.id });
    expect(sent.data!.sendQuote).toMatchObject({ __typename: 'Quote', status: 'SENT' });
    const accepted = await app.gql(AcceptQuoteChecked, { id: quote.id });
    expect(accepted.data!.acceptQuote).toMatchObject({ __typename: 'Quote', status: 'ACCEPTED' });
    expect(await quoteStatus(quote.id)).toBe('ACCEPTED');
  });

  it('goes SENT → REFUSED and SENT → EXPIRED', async () => {
    const refused = await sentQuote();
    expect((await app.gql(RefuseQuoteChecked, { id: refused.quote.id })).data!.refuseQuote).toMatchObject({ status: 'REFUSED' });
    expect(await quoteStatus(refused.quote.id)).toBe('REFUSED');

    const expired = await sentQuote();
    expect((await app.gql(ExpireQuoteChecked, { id: expired.quote.id })).data!.expireQuote).toMatchObject({ status: 'EXPIRED' });
    expect(await quoteStatus(expired.quote.id)).toBe('EXPIRED');
  });

  it('refuses to accept, refuse or expire a draft, and leaves it a draft', async () => {
    const { quote } = await draftQuote(app);
    expectInvalidState((await app.gql(AcceptQuoteChecked, { id: quote.id })).data!.acceptQuote, 'DRAFT', 'ACCEPTED');
    expectInvalidState((await app.gql(RefuseQuoteChecked, { id: quote.id })).data!.refuseQuote, 'DRAFT', 'REFUSED');
    expectInvalidState((await app.gql(ExpireQuoteChecked, { id: quote.id })).data!.expireQuote, 'DRAFT', 'EXPIRED');
    expect(await quoteStatus(quote.id)).toBe('DRAFT');
  });

  it('refuses to send a quote twice', async () => {
    const { quote } = await sentQuote();
    expectInvalidState((await app.gql(SendQuoteChecked, { id: quote.id })).data!.sendQuote, 'SENT', 'SENT');
    expect(await quoteStatus(quote.id)).toBe('SENT');
  });

  it('refuses every move out of ACCEPTED, REFUSED and EXPIRED', async () => {
    const { quote: accepted } = await acceptedQuote(app);
    expectInvalidState((await app.gql(SendQuoteChecked, { id: accepted.id })).data!.sendQuote, 'ACCEPTED', 'SENT');
    expectInvalidState((await app.gql(RefuseQuoteChecked, { id: accepted.id })).data!.refuseQuote, 'ACCEPTED', 'REFUSED');
    expectInvalidState((await app.gql(ExpireQuoteChecked, { id: accepted.id })).data!.expireQuote, 'ACCEPTED', 'EXPIRED');
    expectInvalidState((await app.gql(AcceptQuoteChecked, { id: accepted.id })).data!.acceptQuote, 'ACCEPTED', 'ACCEPTED');
    expect(await quoteStatus(accepted.id)).toBe('ACCEPTED');

    const { quote: refused } = await sentQuote();
    await app.gql(RefuseQuoteChecked, { id: refused.id });
    expectInvalidState((await app.gql(AcceptQuoteChecked, { id: refused.id })).data!.acceptQuote, 'REFUSED', 'ACCEPTED');
    expectInvalidState((await app.gql(SendQuoteChecked, { id: refused.id })).data!.sendQuote, 'REFUSED', 'SENT');
    expectInvalidState((await app.gql(ExpireQuoteChecked, { id: refused.id })).data!.expireQuote, 'REFUSED', 'EXPIRED');
    expect(await quoteStatus(refused.id)).toBe('REFUSED');

    const { quote: expired } = await sentQuote();
    await app.gql(ExpireQuoteChecked, { id: expired.id });
    expectInvalidState((await app.gql(AcceptQuoteChecked, { id: expired.id })).data!.acceptQuote, 'EXPIRED', 'ACCEPTED');
    expectInvalidState((await app.gql(RefuseQuoteChecked, { id: expired.id })).data!.refuseQuote, 'EXPIRED', 'REFUSED');
    expectInvalidState((await app.gql(SendQuoteChecked, { id: expired.id })).data!.sendQuote, 'EXPIRED', 'SENT');
    expect(await quoteStatus(expired.id)).toBe('EXPIRED');
  });

  it('converts an accepted quote once: the second conversion is refused and creates nothing', async () => {
    const { quote } = await acceptedQuote(app, [3]);
    const first = await app.gql(ConvertQuoteChecked, { quoteId: quote.id, input: { orderDate: '2026-01-20' } });
    const order = asType(first.data!.convertQuoteToOrder, 'Order');
    expect(order).toMatchObject({ status: 'CONFIRMED', quoteId: quote.id });

    const before = await salesSnapshot(app);
    const second = await app.gql(ConvertQuoteChecked, { quoteId: quote.id, input: { orderDate: '2026-01-21' } });
    expect(second.errors).toBeUndefined();
    expectInvalidState(second.data!.convertQuoteToOrder, 'ACCEPTED');
    expect(await salesSnapshot(app)).toEqual(before);
    const [{ count }] = await app.sql<{ count: number }>('select count(*)::int as count from sales_order where quote_id = $1', [quote.id]);
    expect(count).toBe(1);
    const read = await app.gql(QuoteById, { id: quote.id });
    expect(read.data!.quote!.order).toEqual({ id: order.id, number: order.number });
  });

  it('refuses to convert a quote that was not accepted', async () => {
    const { quote: draft } = await draftQuote(app);
    const { quote: sent } = await sentQuote();
    const before = await salesSnapshot(app);
    expectInvalidState((await app.gql(ConvertQuoteChecked, { quoteId: draft.id })).data!.convertQuoteToOrder, 'DRAFT');
    expectInvalidState((await app.gql(ConvertQuoteChecked, { quoteId: sent.id })).data!.convertQuoteToOrder, 'SENT');
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('edits a draft quote but refuses to edit a sent one, leaving it unchanged', async () => {
    const { quote, items } = await draftQuote(app, [10]);
    const edited = await app.gql(UpdateQuoteChecked, { id: quote.id, input: { notes: 'Livraison en deux fois', lines: [{ catalogItemId: items[0].id, quantity: 8 }] } });
    expect(edited.data!.updateQuote).toMatchObject({ __typename: 'Quote', notes: 'Livraison en deux fois', totalHtCents: 10000, lines: [{ quantity: 8 }] });

    await app.gql(SendQuoteChecked, { id: quote.id });
    const refused = await app.gql(UpdateQuoteChecked, { id: quote.id, input: { notes: 'Trop tard', lines: [{ catalogItemId: items[0].id, quantity: 1 }] } });
    expectInvalidState(refused.data!.updateQuote, 'SENT');
    const read = await app.gql(QuoteById, { id: quote.id });
    expect(read.data!.quote).toMatchObject({ status: 'SENT', notes: 'Livraison en deux fois', totalHtCents: 10000, lines: [{ quantity: 8 }] });
  });
});

describe('order lifecycle', () => {
  it('starts production of a confirmed order, once', async () => {
    const { order } = await createOrder(app, [5]);
    expect(order.status).toBe('CONFIRMED');
    expect((await app.gql(StartProductionChecked, { id: order.id })).data!.startOrderProduction).toMatchObject({ __typename: 'Order', status: 'IN_PRODUCTION' });
    expectInvalidState((await app.gql(StartProductionChecked, { id: order.id })).data!.startOrderProduction, 'IN_PRODUCTION', 'IN_PRODUCTION');
    expect(await orderStatus(order.id)).toBe('IN_PRODUCTION');
  });

  it('cancels a confirmed order and an order in production while nothing was delivered', async () => {
    const { order: confirmed } = await createOrder(app, [5]);
    expect((await app.gql(CancelOrderChecked, { id: confirmed.id })).data!.cancelOrder).toMatchObject({ status: 'CANCELLED' });
    expect(await orderStatus(confirmed.id)).toBe('CANCELLED');

    const { order: producing } = await createOrder(app, [5]);
    await app.gql(StartProductionChecked, { id: producing.id });
    expect((await app.gql(CancelOrderChecked, { id: producing.id })).data!.cancelOrder).toMatchObject({ status: 'CANCELLED' });
    expect(await orderStatus(producing.id)).toBe('CANCELLED');
  });

  it('refuses every move out of CANCELLED, and delivering a cancelled order', async () => {
    const { order } = await createOrder(app, [5]);
    await app.gql(CancelOrderChecked, { id: order.id });
    const before = await salesSnapshot(app);
    expectInvalidState((await app.gql(CancelOrderChecked, { id: order.id })).data!.cancelOrder, 'CANCELLED', 'CANCELLED');
    expectInvalidState((await app.gql(StartProductionChecked, { id: order.id })).data!.startOrderProduction, 'CANCELLED', 'IN_PRODUCTION');
    expectInvalidState((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder, 'CANCELLED', 'CLOSED');
    expectInvalidState((await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-01' } })).data!.deliverOrder, 'CANCELLED');
    expect(await salesSnapshot(app)).toEqual(before);
    expect(await orderStatus(order.id)).toBe('CANCELLED');
  });

  it('refuses to cancel an order once something was delivered', async () => {
    const { order } = await createOrder(app, [5, 2]);
    const note = await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 1 }]);
    expect(note.order.status).toBe('IN_PRODUCTION');
    expectInvalidState((await app.gql(CancelOrderChecked, { id: order.id })).data!.cancelOrder, 'IN_PRODUCTION', 'CANCELLED');
    expect(await orderStatus(order.id)).toBe('IN_PRODUCTION');

    await deliver(app, order.id);
    expect(await orderStatus(order.id)).toBe('DELIVERED');
    expectInvalidState((await app.gql(CancelOrderChecked, { id: order.id })).data!.cancelOrder, 'DELIVERED', 'CANCELLED');
    expect(await orderStatus(order.id)).toBe('DELIVERED');
  });

  it('moves CONFIRMED → IN_PRODUCTION → DELIVERED with deliveries, and straight to DELIVERED with a full one', async () => {
    const { order } = await createOrder(app, [4, 2]);
    const partial = await deliver(app, order.id, [{ orderLineId: order.lines[1].id, quantity: 2 }]);
    expect(partial.order.status).toBe('IN_PRODUCTION');
    const rest = await deliver(app, order.id);
    expect(rest.order.status).toBe('DELIVERED');

    const { order: whole } = await createOrder(app, [3]);
    const full = await deliver(app, whole.id);
    expect(full.order.status).toBe('DELIVERED');

    const { order: started } = await createOrder(app, [3]);
    await app.gql(StartProductionChecked, { id: started.id });
    expect((await deliver(app, started.id)).order.status).toBe('DELIVERED');
  });

  it('refuses to deliver a fully delivered order, and start production or close it', async () => {
    const { order } = await createOrder(app, [3]);
    await deliver(app, order.id);
    const before = await salesSnapshot(app);
    expectInvalidState((await app.gql(DeliverOrderChecked, { input: { orderId: order.id, deliveryDate: '2026-02-02' } })).data!.deliverOrder, 'DELIVERED');
    expectInvalidState((await app.gql(StartProductionChecked, { id: order.id })).data!.startOrderProduction, 'DELIVERED', 'IN_PRODUCTION');
    expectInvalidState((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder, 'DELIVERED', 'CLOSED');
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('refuses to close a confirmed order or one in production', async () => {
    const { order } = await createOrder(app, [3]);
    expectInvalidState((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder, 'CONFIRMED', 'CLOSED');
    await app.gql(StartProductionChecked, { id: order.id });
    expectInvalidState((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder, 'IN_PRODUCTION', 'CLOSED');
    expect(await orderStatus(order.id)).toBe('IN_PRODUCTION');
  });

  it('becomes INVOICED only when issued invoices cover every line, then closes once', async () => {
    const { order } = await createOrder(app, [4, 2]);
    const note = await deliver(app, order.id);
    const [first, second] = note.lines;

    // a draft covering everything does not invoice the order
    const draft = await draftInvoice(app, [note.id]);
    expect(await orderStatus(order.id)).toBe('DELIVERED');
    const { data: editDraft } = await app.gql(InvoiceById, { id: draft.id });
    expect(editDraft!.invoice!.status).toBe('DRAFT');

    // split: the draft keeps only the first line, a second draft bills the second line
    asType((await app.gql(UpdateInvoiceChecked, { id: draft.id, input: { lines: [{ deliveryNoteLineId: first.id, quantity: first.quantity }] } })).data!.updateInvoice, 'Invoice');
    const other = asType((await app.gql(CreateInvoiceChecked, { input: { lines: [{ deliveryNoteLineId: second.id, quantity: second.quantity }] } })).data!.createInvoice, 'Invoice');

    await issue(app, draft.id, '2026-02-10');
    expect(await orderStatus(order.id)).toBe('DELIVERED');
    expectInvalidState((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder, 'DELIVERED', 'CLOSED');

    await issue(app, other.id, '2026-02-11');
    expect(await orderStatus(order.id)).toBe('INVOICED');
    expectInvalidState((await app.gql(CancelOrderChecked, { id: order.id })).data!.cancelOrder, 'INVOICED', 'CANCELLED');

    expect((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder).toMatchObject({ __typename: 'Order', status: 'CLOSED' });
    expectInvalidState((await app.gql(CloseOrderChecked, { id: order.id })).data!.closeOrder, 'CLOSED', 'CLOSED');
    expectInvalidState((await app.gql(CancelOrderChecked, { id: order.id })).data!.cancelOrder, 'CLOSED', 'CANCELLED');
    expectInvalidState((await app.gql(StartProductionChecked, { id: order.id })).data!.startOrderProduction, 'CLOSED', 'IN_PRODUCTION');
    expect(await orderStatus(order.id)).toBe('CLOSED');
  });
});

describe('invoice lifecycle', () => {
  async function draftFor(quantities: number[] = [10, 4]) {
    const { order } = await createOrder(app, quantities);
    const note = await deliver(app, order.id);
    return { order, note, draft: await draftInvoice(app, [note.id]) };
  }

  it('issues a draft once: issuing again is refused and uses no number', async () => {
    const { draft } = await draftFor([2]);
    expect(draft.status).toBe('DRAFT');
    const issued = await issue(app, draft.id, '2026-03-01');
    expect(issued).toMatchObject({ status: 'ISSUED', issueDate: '2026-03-01' });

    const before = await salesSnapshot(app);
    const again = await app.gql(IssueInvoiceChecked, { id: draft.id, issueDate: '2026-03-02' });
    expectInvalidState(again.data!.issueInvoice, 'ISSUED', 'ISSUED');
    expect(await salesSnapshot(app)).toEqual(before);
    const { data } = await app.gql(InvoiceById, { id: draft.id });
    expect(data!.invoice).toMatchObject({ status: 'ISSUED', number: issued.number, issueDate: '2026-03-01', sequenceNumber: issued.sequenceNumber });
  });

  it('refuses a payment and a credit note on a draft, writing nothing', async () => {
    const { draft } = await draftFor([2]);
    const before = await salesSnapshot(app);
    const payment = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 100, paymentDate: '2026-03-05', method: 'TRANSFER' } });
    expectInvalidState(payment.data!.recordPayment, 'DRAFT');
    const credit = await app.gql(CreateCreditNoteChecked, { input: { invoiceId: draft.id, reason: 'Erreur', issueDate: '2026-03-05' } });
    expectInvalidState(credit.data!.createCreditNote, 'DRAFT');
    expect(await salesSnapshot(app)).toEqual(before);
    expect(await invoiceStatus(draft.id)).toBe('DRAFT');
  });

  it('goes ISSUED → PARTIALLY_PAID → PAID with payments, then refuses another payment', async () => {
    const { draft } = await draftFor([2]); // 25.00 € HT, 30.00 € TTC
    await issue(app, draft.id, '2026-03-10');
    const first = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 1000, paymentDate: '2026-03-11', method: 'CHECK' } });
    expect(first.data!.recordPayment).toMatchObject({ __typename: 'Payment', invoice: { status: 'PARTIALLY_PAID', amountPaidCents: 1000, amountDueCents: 2000 } });
    const second = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 1500, paymentDate: '2026-03-12', method: 'CARD' } });
    expect(second.data!.recordPayment).toMatchObject({ invoice: { status: 'PARTIALLY_PAID', amountPaidCents: 2500, amountDueCents: 500 } });
    const last = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 500, paymentDate: '2026-03-13', method: 'CASH' } });
    expect(last.data!.recordPayment).toMatchObject({ invoice: { status: 'PAID', amountPaidCents: 3000, amountDueCents: 0 } });

    const before = await salesSnapshot(app);
    const more = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 1, paymentDate: '2026-03-14', method: 'CASH' } });
    expectInvalidState(more.data!.recordPayment, 'PAID');
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('goes ISSUED → PAID with one payment of the full amount', async () => {
    const { draft } = await draftFor([2]);
    await issue(app, draft.id, '2026-03-15');
    const paid = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 3000, paymentDate: '2026-03-16', method: 'DIRECT_DEBIT' } });
    expect(paid.data!.recordPayment).toMatchObject({ invoice: { status: 'PAID', amountDueCents: 0 } });
  });

  it('goes ISSUED → CANCELLED with a full credit note, then refuses a second credit note and payments', async () => {
    const { draft } = await draftFor([2, 1]);
    const issued = await issue(app, draft.id, '2026-03-20');
    const credit = await app.gql(CreateCreditNoteChecked, { input: { invoiceId: draft.id, reason: 'Commande annulée', issueDate: '2026-03-21' } });
    expect(credit.data!.createCreditNote).toMatchObject({
      __typename: 'CreditNote', totalTtcCents: issued.totalTtcCents, invoice: { status: 'CANCELLED', amountCreditedCents: issued.totalTtcCents, amountDueCents: 0 },
    });

    const before = await salesSnapshot(app);
    expectInvalidState((await app.gql(CreateCreditNoteChecked, { input: { invoiceId: draft.id, reason: 'Encore', issueDate: '2026-03-22' } })).data!.createCreditNote, 'CANCELLED');
    expectInvalidState(
      (await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 100, paymentDate: '2026-03-22', method: 'TRANSFER' } })).data!.recordPayment,
      'CANCELLED',
    );
    expectInvalidState((await app.gql(IssueInvoiceChecked, { id: draft.id, issueDate: '2026-03-22' })).data!.issueInvoice, 'CANCELLED', 'ISSUED');
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('goes PARTIALLY_PAID → CANCELLED and PAID → CANCELLED with a credit note of what remains', async () => {
    const { draft: partly } = await draftFor([2]);
    await issue(app, partly.id, '2026-03-25');
    await app.gql(RecordPaymentChecked, { input: { invoiceId: partly.id, amountCents: 1000, paymentDate: '2026-03-25', method: 'TRANSFER' } });
    const creditPartly = await app.gql(CreateCreditNoteChecked, { input: { invoiceId: partly.id, reason: 'Litige', issueDate: '2026-03-26' } });
    expect(creditPartly.data!.createCreditNote).toMatchObject({ __typename: 'CreditNote', invoice: { status: 'CANCELLED', amountDueCents: 0 } });

    const { draft: paid } = await draftFor([2]);
    await issue(app, paid.id, '2026-03-27');
    await app.gql(RecordPaymentChecked, { input: { invoiceId: paid.id, amountCents: 3000, paymentDate: '2026-03-27', method: 'TRANSFER' } });
    const creditPaid = await app.gql(CreateCreditNoteChecked, { input: { invoiceId: paid.id, reason: 'Retour marchandise', issueDate: '2026-03-28' } });
    expect(creditPaid.data!.createCreditNote).toMatchObject({ __typename: 'CreditNote', invoice: { status: 'CANCELLED' } });
    expect(await invoiceStatus(paid.id)).toBe('CANCELLED');
  });

  it('keeps a partially credited invoice ISSUED, and PAID once the rest is paid', async () => {
    const { draft } = await draftFor([2, 1]); // 2 × 12.50 + 1 × 12.50 = 37.50 € HT, 45.00 € TTC
    await issue(app, draft.id, '2026-03-29');
    const { data } = await app.gql(InvoiceById, { id: draft.id });
    const line = data!.invoice!.lines[1];
    const credit = await app.gql(CreateCreditNoteChecked, {
      input: { invoiceId: draft.id, reason: 'Une pièce défectueuse', issueDate: '2026-03-30', lines: [{ invoiceLineId: line.id, quantity: 1 }] },
    });
    expect(credit.data!.createCreditNote).toMatchObject({ __typename: 'CreditNote', totalTtcCents: 1500, invoice: { status: 'ISSUED', amountCreditedCents: 1500, amountDueCents: 3000 } });
    const paid = await app.gql(RecordPaymentChecked, { input: { invoiceId: draft.id, amountCents: 3000, paymentDate: '2026-03-31', method: 'TRANSFER' } });
    expect(paid.data!.recordPayment).toMatchObject({ invoice: { status: 'PAID', amountDueCents: 0 } });
  });
});
