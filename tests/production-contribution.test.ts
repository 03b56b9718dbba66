import { useTestApp } from './support/test-server';
import { createOrder, deliver, draftInvoice, issue } from './support/sales-builders';
import { createBeneficiary, hundredths, recordWork, validateRecords, validatedWork } from './support/production-builders';
import { ProdDeliveryNoteContribution, ProdInvoiceContribution, ProdOrderContribution } from './support/production-operations';

/**
 * The beneficiaries' contribution behind order lines, delivery-note lines and invoice lines: validated
 * work records only, reached through the line links.
 * Invoices of this file are issued in date order (2026-02-10, then 2026-02-12) in the fixture ESAT.
 */

const app = useTestApp();

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

  it('gives a partial delivery (and its invoice) the pro-rata share of the order line', async () => {
    const [first, second] = await Promise.all(['CT-11', 'CT-12'].map((matricule) => createBeneficiary(app, { matricule })));
    const { order } = await createOrder(app, [10]);
    const [line] = order.lines;
    await validatedWork(app, { beneficiaryId: first.id, workDate: '2026-01-19', orderLineId: line.id, hours: 4, quantity: 6, rejectedQuantity: 1 });
    await validatedWork(app, { beneficiaryId: second.id, workDate: '2026-01-20', orderLineId: line.id, hours: 3.25, quantity: 4 });
    // The order line: 7.25 h, 10 pieces, 1 reject, by CT-11 and CT-12.
    const whole = { hours: 7.25, quantity: 10, rejectedQuantity: 1, beneficiaryCount: 2, beneficiaryCodes: ['CT-11', 'CT-12'] };

    const firstNote = await deliver(app, order.id, [{ orderLineId: line.id, quantity: 6 }], '2026-02-04');
    const secondNote = await deliver(app, order.id, undefined, '2026-02-05');
    const invoice = await issue(app, (await draftInvoice(app, [firstNote.id])).id, '2026-02-12');

    // 6 of 10 delivered: 7.25 h × 0.6 = 4.35 h, 10 × 0.6 = 6 pieces, 1 × 0.6 = 0.6 reject.
    const sixTenths = { hours: 4.35, quantity: 6, rejectedQuantity: 0.6, beneficiaryCount: 2, beneficiaryCodes: ['CT-11', 'CT-12'] };
    // The remaining 4 of 10: 7.25 h × 0.4 = 2.9 h, 4 pieces, 0.4 reject.
    const fourTenths = { hours: 2.9, quantity: 4, rejectedQuantity: 0.4, beneficiaryCount: 2, beneficiaryCodes: ['CT-11', 'CT-12'] };

    const [read] = await orderContribution(order.id);
    expect(read.contribution).toEqual(whole);
    expect(read.deliveryLines.map((d) => [d.quantity, d.contribution])).toEqual([[6, sixTenths], [4, fourTenths]]);
    expect(read.invoiceLines.map((i) => [i.quantity, i.contribution])).toEqual([[6, sixTenths]]);
    expect((await app.gql(ProdDeliveryNoteContribution, { id: secondNote.id })).data!.deliveryNote!.lines[0].contribution).toEqual(fourTenths);
    expect((await app.gql(ProdInvoiceContribution, { id: invoice.id })).data!.invoice!.lines[0].contribution).toEqual(sixTenths);
  });

  it('shares a line delivered in three parts so that the delivery lines add up to the order line', async () => {
    const beneficiary = await createBeneficiary(app, { matricule: 'CT-21' });
    const { order } = await createOrder(app, [10]);
    const [line] = order.lines;
    await validatedWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-01-21', orderLineId: line.id, hours: 7.25, quantity: 10, rejectedQuantity: 1 });
    await deliver(app, order.id, [{ orderLineId: line.id, quantity: 3 }], '2026-02-06');
    await deliver(app, order.id, [{ orderLineId: line.id, quantity: 3 }], '2026-02-07');
    await deliver(app, order.id, undefined, '2026-02-08');

    const [read] = await orderContribution(order.id);
    expect(read.contribution).toMatchObject({ hours: 7.25, quantity: 10, rejectedQuantity: 1 });
    const shares = read.deliveryLines.map((d) => d.contribution);
    // Exact shares 3/10, 3/10, 4/10 of 7.25 h are 2.175, 2.175 and 2.9 h: each delivery shows its share
    // to the hundredth, and together they show the 7.25 h the order line shows (not 7.24).
    for (const [index, exact] of [2.175, 2.175, 2.9].entries()) expect(Math.abs(shares[index].hours - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(hundredths(shares.reduce((sum, share) => sum + share.hours, 0))).toBe(725);
    expect(shares.reduce((sum, share) => sum + share.quantity, 0)).toBeCloseTo(10, 9);
    expect(shares.reduce((sum, share) => sum + share.rejectedQuantity, 0)).toBeCloseTo(1, 9);
  });
});
