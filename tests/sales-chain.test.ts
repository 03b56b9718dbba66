import { useTestApp } from './support/test-server';
import { acceptedQuote, deliver, draftInvoice } from './support/sales-builders';
import { ConvertQuote, CreateCreditNote, InvoiceChain, IssueInvoice, RecordPayment } from './support/sales-operations';

const app = useTestApp();

describe('the sales chain, quote to paid invoice', () => {
  it('follows one order from its quote to a paid invoice, keeping every line link', async () => {
    const { quote } = await acceptedQuote(app, [10, 4]);
    expect(quote.number).toMatch(/^DEV-ESAT-T-2026-\d{5}$/);
    // 10 × 12.50 € + 4 × 12.50 € = 175.00 € HT, 35.00 € VAT at 20 %
    expect(quote).toMatchObject({ totalHtCents: 17500, totalVatCents: 3500, totalTtcCents: 21000 });

    const converted = await app.gql(ConvertQuote, { quoteId: quote.id, input: { orderDate: '2026-01-20' } });
    const order = converted.data!.convertQuoteToOrder;
    if (order.__typename !== 'Order') throw new Error(JSON.stringify(order));
    expect(order.status).toBe('CONFIRMED');
    expect(order.lines.map((line) => line.quoteLine?.id)).toEqual(quote.lines.map((line) => line.id));

    const first = await deliver(app, order.id, [{ orderLineId: order.lines[0].id, quantity: 6 }], '2026-02-01');
    expect(first.order.status).toBe('IN_PRODUCTION');
    const second = await deliver(app, order.id, undefined, '2026-02-03');
    expect(second.order.status).toBe('DELIVERED');
    expect(second.lines.map((line) => line.quantity).sort()).toEqual([4, 4]);

    const draft = await draftInvoice(app, [first.id, second.id]);
    expect(draft.number).toBeNull();
    expect(draft.totalTtcCents).toBe(21000);

    const issued = await app.gql(IssueInvoice, { id: draft.id, issueDate: '2026-02-10' });
    const invoice = issued.data!.issueInvoice;
    if (invoice.__typename !== 'Invoice') throw new Error(JSON.stringify(invoice));
    expect(invoice).toMatchObject({ status: 'ISSUED', fiscalYear: 2026, sequenceNumber: 1, number: 'FAC-ESAT-T-2026-00001', amountDueCents: 21000 });

    const partial = await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents: 10000, paymentDate: '2026-03-01', method: 'TRANSFER' } });
    expect(partial.data!.recordPayment).toMatchObject({ invoice: { status: 'PARTIALLY_PAID', amountPaidCents: 10000, amountDueCents: 11000 } });
    const rest = await app.gql(RecordPayment, { input: { invoiceId: invoice.id, amountCents: 11000, paymentDate: '2026-03-15', method: 'CHECK' } });
    expect(rest.data!.recordPayment).toMatchObject({ invoice: { status: 'PAID', amountDueCents: 0 } });

    const chain = await app.gql(InvoiceChain, { id: invoice.id });
    expect(chain.errors).toBeUndefined();
    const read = chain.data!.invoice!;
    // Timestamps are ISO 8601 instants in UTC, from this test's run.
    expect(read.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(read.createdAt) - Date.now())).toBeLessThan(5 * 60_000);
    expect(Date.parse(read.updatedAt)).toBeGreaterThanOrEqual(Date.parse(read.createdAt));
    expect(read.vatBreakdown).toEqual([{ vatRatePercent: 20, baseHtCents: 17500, vatCents: 3500, totalTtcCents: 21000 }]);
    expect(read.lines).toHaveLength(3);
    for (const line of read.lines) {
      expect(line.orderLine.order.number).toBe(order.number);
      expect(line.orderLine.order.quote?.number).toBe(quote.number);
      expect(line.orderLine.quoteLine).not.toBeNull();
    }
    expect(read.payments.map((payment) => payment.amountCents)).toEqual([10000, 11000]);
  });

  it('refuses an overpayment and a payment on a cancelled invoice', async () => {
    const { quote } = await acceptedQuote(app, [2]);
    const order = (await app.gql(ConvertQuote, { quoteId: quote.id, input: { orderDate: '2026-01-20' } })).data!.convertQuoteToOrder;
    if (order.__typename !== 'Order') throw new Error('no order');
    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const draft = await draftInvoice(app, [note.id]);
    await app.gql(IssueInvoice, { id: draft.id, issueDate: '2026-02-11' });

    const over = await app.gql(RecordPayment, { input: { invoiceId: draft.id, amountCents: 3001, paymentDate: '2026-03-01', method: 'TRANSFER' } });
    expect(over.data!.recordPayment).toMatchObject({ __typename: 'OverpaymentError', errorCode: 'OVERPAYMENT', amountDueCents: 3000 });

    const credit = await app.gql(CreateCreditNote, { input: { invoiceId: draft.id, reason: 'Erreur de commande', issueDate: '2026-02-12' } });
    expect(credit.data!.createCreditNote).toMatchObject({ __typename: 'CreditNote', totalTtcCents: 3000, invoice: { status: 'CANCELLED', amountDueCents: 0 } });

    const late = await app.gql(RecordPayment, { input: { invoiceId: draft.id, amountCents: 100, paymentDate: '2026-03-01', method: 'TRANSFER' } });
    expect(late.data!.recordPayment).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
    const [{ count }] = await app.sql<{ count: number }>('select count(*)::int as count from payment where invoice_id = $1', [draft.id]);
    expect(count).toBe(0);
  });
});
