import { useTestApp } from './support/test-server';
import { asType, createOrder, deliver, draftInvoice, issue } from './support/sales-builders';
import { CreateCreditNoteChecked, CreateInvoiceChecked } from './support/sales-operations';
import { createBeneficiary, hundredths, recordWork, validateRecords, validatedWork } from './support/production-builders';
import { ProdDeliveryNoteContribution, ProdInvoiceContribution, ProdOrderContribution } from './support/production-operations';

/**
 * The beneficiaries' contribution behind order lines, delivery-note lines and invoice lines: validated
 * work records only, reached through the line links; a delivery carries the work dated up to it, an
 * invoice line its delivery line's work pro rata of what it bills net of credit notes.
 * Invoices of this file are issued in date order (2026-02-10, 2026-02-12, then 2026-02-20) in the fixture ESAT.
 */

// The chain's query reads every nested list of the order at its bound, above the default cost limit
// (tests/security-limits.test.ts covers the limit); this test is about the figures.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: 50_000_000 } });

async function orderContribution(orderId: string) {
  const response = await app.gql(ProdOrderContribution, { id: orderId });
  expect(response.errors).toBeUndefined();
  return response.data!.order!.lines;
}

describe('contribution through the sales chain', () => {
  it('shows the same totals on the order line, its delivery-note line and its invoice line when one delivery and one invoice cover it', async () => {
    const [first, second, third] = await Promise.all(['CT-01', 'CT-02', 'CT-03'].map((matricule) => createBeneficiary(app, { matricule })));
    const { order } = await createOrder(app, [10, 4]);
    const [bottles, boxes] = order.lines;

    // Line 1: CT-01 twice (3 h + 1 h, 6 pieces, 1 reject), CT-02 once (3.5 h, 4 pieces); CT-03's pointage stays unvalidated.
    const validated = [
      await recordWork(app, { beneficiaryId: first.id, workDate: '2026-01-20', orderLineId: bottles.id, hours: 3, quantity: 4, rejectedQuantity: 1 }),
      await recordWork(app, { beneficiaryId: first.id, workDate: '2026-01-27', orderLineId: bottles.id, hours: 1, quantity: 2 }),
      await recordWork(app, { beneficiaryId: second.id, workDate: '2026-01-21', orderLineId: bottles.id, hours: 3.5, quantity: 4 }),
      // Line 2: CT-01, 1.25 h, 4 boxes.
      await recordWork(app, { beneficiaryId: first.id, workDate: '2026-01-23', orderLineId: boxes.id, hours: 1.25, quantity: 4 }),
    ];
    const pending = await recordWork(app, { beneficiaryId: third.id, workDate: '2026-01-22', orderLineId: bottles.id, hours: 2, quantity: 3 });
    await validateRecords(app, validated.map((record) => record.id));

    const note = await deliver(app, order.id, undefined, '2026-02-01');
    const invoice = await issue(app, (await draftInvoice(app, [note.id])).id, '2026-02-10');

    const expectedBottles = { hours: 7.5, quantity: 10, rejectedQuantity: 1, beneficiaryCount: 2, beneficiaryCodes: ['CT-01', 'CT-02'] };
    const expectedBoxes = { hours: 1.25, quantity: 4, rejectedQuantity: 0, beneficiaryCount: 1, beneficiaryCodes: ['CT-01'] };
    const lines = await orderContribution(order.id);
    expect(lines[0].contribution).toEqual(expectedBottles);
    expect(lines[0].deliveryLines.map((line) => line.contribution)).toEqual([expectedBottles]);
    expect(lines[0].invoiceLines.map((line) => line.contribution)).toEqual([expectedBottles]);
    expect(lines[1].contribution).toEqual(expectedBoxes);
    expect(lines[1].deliveryLines.map((line) => line.contribution)).toEqual([expectedBoxes]);
    expect(lines[1].invoiceLines.map((line) => line.contribution)).toEqual([expectedBoxes]);

    // Read from the documents themselves.
    const fromNote = (await app.gql(ProdDeliveryNoteContribution, { id: note.id })).data!.deliveryNote!.lines;
    expect(fromNote.find((line) => line.orderLineId === bottles.id)!.contribution).toEqual(expectedBottles);
    expect(fromNote.find((line) => line.orderLineId === boxes.id)!.contribution).toEqual(expectedBoxes);
    const fromInvoice = (await app.gql(ProdInvoiceContribution, { id: invoice.id })).data!.invoice!.lines;
    expect(fromInvoice.find((line) => line.orderLineId === bottles.id)!.contribution).toEqual(expectedBottles);
    expect(fromInvoice.find((line) => line.orderLineId === boxes.id)!.contribution).toEqual(expectedBoxes);

    // Once CT-03's pointage is validated, it counts everywhere.
    await validateRecords(app, [pending.id]);
    const withThird = { hours: 9.5, quantity: 13, rejectedQuantity: 1, beneficiaryCount: 3, beneficiaryCodes: ['CT-01', 'CT-02', 'CT-03'] };
    const after = await orderContribution(order.id);
    expect(after[0].contribution).toEqual(withThird);
    expect(after[0].deliveryLines[0].contribution).toEqual(withThird);
    expect(after[0].invoiceLines[0].contribution).toEqual(withThird);
  });

  it('counts only VALIDATED records', async () => {
    const beneficiary = await createBeneficiary(app, { matricule: 'CT-PENDING' });
    const { order } = await createOrder(app, [10]);
    await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-01-20', orderLineId: order.lines[0].id, hours: 6, quantity: 10, rejectedQuantity: 2 });
    const note = await deliver(app, order.id, undefined, '2026-02-02');
    const lines = await orderContribution(order.id);
    const nothing = { hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, beneficiaryCodes: [] };
    expect(lines[0].contribution).toEqual(nothing);
    expect((await app.gql(ProdDeliveryNoteContribution, { id: note.id })).data!.deliveryNote!.lines[0].contribution).toEqual(nothing);
  });

  it('gives a delivery the work recorded up to its date that earlier deliveries do not carry; the last delivery completes the line', async () => {
    const people = await Promise.all(['WD-1', 'WD-2', 'WD-3', 'WD-4', 'WD-5', 'WD-6', 'WD-7', 'WD-8'].map((matricule) => createBeneficiary(app, { matricule })));
    const { order } = await createOrder(app, [10]);
    const [line] = order.lines;
    const work = (person: number, workDate: string, hours: number, quantity: number, rejectedQuantity = 0) =>
      validatedWork(app, { beneficiaryId: people[person].id, workDate, orderLineId: line.id, hours, quantity, rejectedQuantity });
    // Four people worked up to 19 January, three more from 20 to 22 January.
    await work(0, '2026-01-15', 3, 3, 1);
    await work(1, '2026-01-16', 2, 2);
    await work(2, '2026-01-19', 1.5, 1);
    await work(3, '2026-01-19', 1, 1);
    await work(4, '2026-01-20', 2, 1);
    await work(5, '2026-01-21', 1, 1);
    await work(6, '2026-01-22', 0.5, 1);

    const first = await deliver(app, order.id, [{ orderLineId: line.id, quantity: 6 }], '2026-01-19');
    // 3 + 2 + 1.5 + 1 = 7.5 h, 3 + 2 + 1 + 1 = 7 pieces, 1 reject, by the four who had worked by 19 January.
    const byFirst = { hours: 7.5, quantity: 7, rejectedQuantity: 1, beneficiaryCount: 4, beneficiaryCodes: ['WD-1', 'WD-2', 'WD-3', 'WD-4'] };
    let [read] = await orderContribution(order.id);
    expect(read.contribution).toEqual({ hours: 11, quantity: 10, rejectedQuantity: 1, beneficiaryCount: 7, beneficiaryCodes: ['WD-1', 'WD-2', 'WD-3', 'WD-4', 'WD-5', 'WD-6', 'WD-7'] });
    expect(read.deliveryLines.map((d) => d.contribution)).toEqual([byFirst]);
    expect((await app.gql(ProdDeliveryNoteContribution, { id: first.id })).data!.deliveryNote!.lines[0].contribution).toEqual(byFirst);

    await deliver(app, order.id, [{ orderLineId: line.id, quantity: 3 }], '2026-01-22');
    // 20 to 22 January: 2 + 1 + 0.5 = 3.5 h, 3 pieces, by WD-5, WD-6, WD-7.
    const bySecond = { hours: 3.5, quantity: 3, rejectedQuantity: 0, beneficiaryCount: 3, beneficiaryCodes: ['WD-5', 'WD-6', 'WD-7'] };
    [read] = await orderContribution(order.id);
    expect(read.deliveryLines.map((d) => d.contribution)).toEqual([byFirst, bySecond]);

    // Work after the last delivery of a line not fully delivered belongs to no delivery yet; a record
    // of 16 January validated only now joins the delivery of 19 January.
    await work(7, '2026-01-26', 2, 1);
    await work(1, '2026-01-16', 0.5, 0.5);
    const firstWithLate = { ...byFirst, hours: 8, quantity: 7.5 };
    [read] = await orderContribution(order.id);
    expect(read.contribution).toMatchObject({ hours: 13.5, quantity: 11.5, rejectedQuantity: 1, beneficiaryCount: 8 });
    expect(read.deliveryLines.map((d) => d.contribution)).toEqual([firstWithLate, bySecond]);

    // The last unit, delivered on 23 January, completes the line: it carries the rest, 26 January included.
    await deliver(app, order.id, undefined, '2026-01-23');
    const byLast = { hours: 2, quantity: 1, rejectedQuantity: 0, beneficiaryCount: 1, beneficiaryCodes: ['WD-8'] };
    [read] = await orderContribution(order.id);
    expect(read.deliveryLines.map((d) => d.contribution)).toEqual([firstWithLate, bySecond, byLast]);
    expect(hundredths(read.deliveryLines.reduce((sum, d) => sum + d.contribution.hours, 0))).toBe(hundredths(read.contribution.hours));

    // An invoice of the first delivery shows what that delivery carries, not a share of the whole line.
    const invoice = await issue(app, (await draftInvoice(app, [first.id])).id, '2026-02-12');
    expect((await app.gql(ProdInvoiceContribution, { id: invoice.id })).data!.invoice!.lines[0].contribution).toEqual(firstWithLate);
  });

  it('gives an invoice line its delivery line\'s work pro rata of what it bills net of credit notes, so a credited and re-invoiced quantity counts once', async () => {
    const [first, second, third] = await Promise.all(['CR-1', 'CR-2', 'CR-3'].map((matricule) => createBeneficiary(app, { matricule })));
    const { order } = await createOrder(app, [10]);
    const [line] = order.lines;
    await validatedWork(app, { beneficiaryId: first.id, workDate: '2026-01-19', orderLineId: line.id, hours: 4, quantity: 5, rejectedQuantity: 1 });
    await validatedWork(app, { beneficiaryId: second.id, workDate: '2026-01-20', orderLineId: line.id, hours: 3.5, quantity: 2 });
    await validatedWork(app, { beneficiaryId: third.id, workDate: '2026-01-26', orderLineId: line.id, hours: 2, quantity: 3 });
    const early = await deliver(app, order.id, [{ orderLineId: line.id, quantity: 6 }], '2026-01-20');
    const late = await deliver(app, order.id, undefined, '2026-01-30');
    const [earlyLine] = early.lines;
    // The delivery of 20 January carries 7.5 h, 7 pieces, 1 reject by CR-1 and CR-2; that of 30 January 2 h, 3 pieces by CR-3.
    const pair = ['CR-1', 'CR-2'];
    const billLines = async (lines: { deliveryNoteLineId: string; quantity: number }[]) => {
      const created = asType((await app.gql(CreateInvoiceChecked, { input: { lines } })).data!.createInvoice, 'Invoice');
      await issue(app, created.id, '2026-02-20');
      return created;
    };
    const contributions = async () => {
      const [read] = await orderContribution(order.id);
      return new Map(read.invoiceLines.map((invoiceLine) => [invoiceLine.id, invoiceLine.contribution]));
    };

    // 4 then 2 of the 6 delivered: 7.5 h × 4/6 = 5 h, 7 × 4/6 = 4.667 pieces, 0.667 reject; the rest 2.5 h, 2.333, 0.333.
    const four = await billLines([{ deliveryNoteLineId: earlyLine.id, quantity: 4 }]);
    const two = await billLines([{ deliveryNoteLineId: earlyLine.id, quantity: 2 }]);
    const [fourLine, twoLine] = [four.lines[0].id, two.lines[0].id];
    let read = await contributions();
    expect(read.get(fourLine)).toEqual({ hours: 5, quantity: 4.667, rejectedQuantity: 0.667, beneficiaryCount: 2, beneficiaryCodes: pair });
    expect(read.get(twoLine)).toEqual({ hours: 2.5, quantity: 2.333, rejectedQuantity: 0.333, beneficiaryCount: 2, beneficiaryCodes: pair });

    // The first invoice is cancelled by a credit note: its line gives its work back…
    const cancelled = await app.gql(CreateCreditNoteChecked, { input: { invoiceId: four.id, reason: 'Mauvaise entité facturée', issueDate: '2026-02-20' } });
    expect(cancelled.data!.createCreditNote).toMatchObject({ __typename: 'CreditNote', invoice: { status: 'CANCELLED' } });
    const nothing = { hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, beneficiaryCodes: [] };
    read = await contributions();
    expect(read.get(fourLine)).toEqual(nothing);
    // …and the replacement invoice of the same 4 pieces takes it: 7.5 h − 2.5 h = 5 h, once.
    const replacement = await billLines([{ deliveryNoteLineId: earlyLine.id, quantity: 4 }]);
    const replacementLine = replacement.lines[0].id;
    read = await contributions();
    expect(read.get(twoLine)).toEqual({ hours: 2.5, quantity: 2.333, rejectedQuantity: 0.333, beneficiaryCount: 2, beneficiaryCodes: pair });
    expect(read.get(replacementLine)).toEqual({ hours: 5, quantity: 4.667, rejectedQuantity: 0.667, beneficiaryCount: 2, beneficiaryCodes: pair });
    expect(hundredths([...read.values()].reduce((sum, c) => sum + c.hours, 0))).toBe(750);

    // One piece of the replacement credited: it bills 3 of 6 after the 2 before it, 7.5 × 5/6 − 7.5 × 2/6 = 3.75 h.
    const partial = await app.gql(CreateCreditNoteChecked, {
      input: { invoiceId: replacement.id, reason: 'Pièce retournée', issueDate: '2026-02-20', lines: [{ invoiceLineId: replacementLine, quantity: 1 }] },
    });
    expect(partial.data!.createCreditNote).toMatchObject({ __typename: 'CreditNote' });
    read = await contributions();
    expect(read.get(replacementLine)).toEqual({ hours: 3.75, quantity: 3.5, rejectedQuantity: 0.5, beneficiaryCount: 2, beneficiaryCodes: pair });

    // Billing the piece again and the late delivery: the live invoice lines add up to the order line exactly.
    const rest = await billLines([{ deliveryNoteLineId: earlyLine.id, quantity: 1 }, { deliveryNoteLineId: late.lines[0].id, quantity: 4 }]);
    read = await contributions();
    expect(read.get(rest.lines[0].id)).toEqual({ hours: 1.25, quantity: 1.167, rejectedQuantity: 0.167, beneficiaryCount: 2, beneficiaryCodes: pair });
    expect(read.get(rest.lines[1].id)).toEqual({ hours: 2, quantity: 3, rejectedQuantity: 0, beneficiaryCount: 1, beneficiaryCodes: ['CR-3'] });
    const [whole] = await orderContribution(order.id);
    expect(whole.contribution).toMatchObject({ hours: 9.5, quantity: 10, rejectedQuantity: 1, beneficiaryCount: 3 });
    const sum = (pick: (c: typeof whole.contribution) => number, scale: number) => Math.round([...read.values()].reduce((total, c) => total + pick(c), 0) * scale);
    expect(sum((c) => c.hours, 100)).toBe(950);
    expect(sum((c) => c.quantity, 1000)).toBe(10_000);
    expect(sum((c) => c.rejectedQuantity, 1000)).toBe(1000);
  });
});
