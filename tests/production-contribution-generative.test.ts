import { useTestApp } from './support/test-server';
import { asType, createOrder, deliver } from './support/sales-builders';
import { CreateCreditNoteChecked, CreateInvoiceChecked, DeleteInvoiceChecked, IssueInvoiceChecked } from './support/sales-operations';
import { createBeneficiary, validateRecords, recordWork } from './support/production-builders';
import { ProdOrderContribution } from './support/production-operations';
import type { ProdOrderContributionQuery } from './gql/graphql';

/**
 * Seeded random sequences of partial invoices, issues, draft deletions, partial and full credit notes
 * and re-invoicing, through the API. After every step the contributions must hold:
 * - the delivery lines of a fully delivered order line add up to it;
 * - an invoice line whose quantity is fully credited carries nothing;
 * - the invoice lines of a delivery line add up to its share of the quantity they bill net of credit
 *   notes (to the rounding unit), each to its own share within one unit, and to the delivery line
 *   exactly once it is fully billed: the live invoice lines of an order line never count work twice.
 * Invoices and credit notes are dated 2026-03-10 (the file's only date, so the sequence stays in order).
 */

// The chain's query reads every nested list of the order at its bound, above the default cost limit
// (tests/security-limits.test.ts covers the limit); this test is about the figures.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: 50_000_000 } });
const DATE = '2026-03-10';

/** mulberry32: a small seeded generator, so that a failing sequence can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

type Chain = NonNullable<ProdOrderContributionQuery['order']>;
type OrderLineRead = Chain['lines'][number];
type DeliveryLineRead = OrderLineRead['deliveryLines'][number];
type ContributionRead = OrderLineRead['contribution'];

const units = (value: number, scale: number) => Math.round(value * scale);
/** Quantities are multiples of 0.5 here: counted in halves, they are exact integers. */
const halves = (quantity: number) => Math.round(quantity * 2);
const net = (line: DeliveryLineRead['invoiceLines'][number]) => halves(line.quantity) - halves(line.creditedQuantity);
const SCALES = { hours: 100, quantity: 1000, rejectedQuantity: 1000 } as const;

async function readChain(orderId: string): Promise<Chain> {
  const response = await app.gql(ProdOrderContribution, { id: orderId });
  expect(response.errors).toBeUndefined();
  return response.data!.order!;
}

/** Checks every invariant of the chain; `context` names the step in the failure message. */
function checkInvariants(chain: Chain, context: string): { fullyInvoiced: boolean } {
  let fullyInvoiced = true;
  for (const orderLine of chain.lines) {
    const deliveries = orderLine.deliveryLines;
    for (const [field, scale] of Object.entries(SCALES) as [keyof typeof SCALES, number][]) {
      const sum = deliveries.reduce((total, d) => total + units(d.contribution[field], scale), 0);
      expect([context, 'delivery lines', field, sum]).toEqual([context, 'delivery lines', field, units(orderLine.contribution[field], scale)]);
    }
    const everyone = new Set(deliveries.flatMap((d) => d.contribution.beneficiaryCodes));
    expect([context, [...everyone].sort()]).toEqual([context, orderLine.contribution.beneficiaryCodes]);

    const live: ContributionRead[] = [];
    for (const delivery of deliveries) {
      const billed = delivery.invoiceLines.reduce((total, line) => total + net(line), 0);
      const delivered = halves(delivery.quantity);
      expect(billed).toBeLessThanOrEqual(delivered);
      if (billed < delivered) fullyInvoiced = false;
      for (const line of delivery.invoiceLines) {
        if (net(line) === 0) {
          expect([context, 'credited line', line.id, line.contribution]).toEqual([
            context, 'credited line', line.id, { hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, beneficiaryCodes: [] },
          ]);
          continue;
        }
        live.push(line.contribution);
        const hasWork = delivery.contribution.beneficiaryCount > 0;
        expect([context, line.id, line.contribution.beneficiaryCodes]).toEqual([context, line.id, hasWork ? delivery.contribution.beneficiaryCodes : []]);
        for (const [field, scale] of Object.entries(SCALES) as [keyof typeof SCALES, number][]) {
          const exact = (units(delivery.contribution[field], scale) * net(line)) / delivered;
          expect([context, line.id, field, Math.abs(units(line.contribution[field], scale) - exact) <= 1 + 1e-9]).toEqual([context, line.id, field, true]);
        }
      }
      for (const [field, scale] of Object.entries(SCALES) as [keyof typeof SCALES, number][]) {
        const sum = delivery.invoiceLines.reduce((total, line) => total + units(line.contribution[field], scale), 0);
        const exact = (units(delivery.contribution[field], scale) * billed) / delivered;
        expect([context, delivery.id, field, Math.abs(sum - exact) <= 0.5 + 1e-9]).toEqual([context, delivery.id, field, true]);
        if (billed === delivered) expect([context, delivery.id, field, sum]).toEqual([context, delivery.id, field, units(delivery.contribution[field], scale)]);
      }
    }
    if (deliveries.every((d) => d.invoiceLines.reduce((total, line) => total + net(line), 0) === halves(d.quantity))) {
      // The invariant of the credit-note defect: the live invoice lines of the order line are the order line.
      for (const [field, scale] of Object.entries(SCALES) as [keyof typeof SCALES, number][]) {
        const sum = live.reduce((total, c) => total + units(c[field], scale), 0);
        expect([context, 'live invoice lines', field, sum]).toEqual([context, 'live invoice lines', field, units(orderLine.contribution[field], scale)]);
      }
    }
  }
  return { fullyInvoiced };
}

/** An order of two lines, worked on by three people on random days, delivered in full at once or in three deliveries around the work. */
async function workedAndDelivered(random: ReturnType<typeof generator>, seed: number, deliveries: 1 | 3) {
  const people = await Promise.all([1, 2, 3].map((n) => createBeneficiary(app, { matricule: `GEN-${seed}-${n}` })));
  const { order } = await createOrder(app, [12, 7.5]);
  const days = ['2026-01-15', '2026-01-16', '2026-01-19', '2026-01-20', '2026-01-21', '2026-01-22', '2026-01-23', '2026-01-26', '2026-01-27', '2026-01-28'];
  const recorded: string[] = [];
  for (const person of people) {
    for (const day of days) {
      if (!random.chance(0.45)) continue;
      const orderLine = random.pick(order.lines);
      const record = await recordWork(app, {
        beneficiaryId: person.id, workDate: day, orderLineId: orderLine.id,
        hours: random.int(1, 16) * 0.25, quantity: random.int(0, 4000) / 1000, rejectedQuantity: random.chance(0.3) ? random.int(1, 999) / 1000 : 0,
      });
      recorded.push(record.id);
    }
  }
  await validateRecords(app, recorded);
  const [big, small] = order.lines;
  if (deliveries === 3) {
    await deliver(app, order.id, [{ orderLineId: big.id, quantity: 5 }, { orderLineId: small.id, quantity: 3.5 }], '2026-01-19');
    await deliver(app, order.id, [{ orderLineId: big.id, quantity: 4.5 }], '2026-01-22');
  }
  await deliver(app, order.id, undefined, '2026-01-26');
  return order;
}

describe('contribution under any mix of partial invoices, credit notes and re-invoicing (generative)', () => {
  it.each([
    [11, 1],
    [23, 1],
    [37, 3],
    [59, 3],
  ] as const)('keeps every invariant after each step of the sequence of seed %i (delivered in %i notes)', async (seed, deliveries) => {
    const random = generator(seed);
    const order = await workedAndDelivered(random, seed, deliveries);
    const actions: string[] = [];
    let chain = await readChain(order.id);
    checkInvariants(chain, `seed ${seed}, delivered`);

    for (let step = 0; step < 30; step++) {
      const deliveryLines = chain.lines.flatMap((line) => line.deliveryLines);
      const invoiceLines = deliveryLines.flatMap((line) => line.invoiceLines);
      const drafts = [...new Set(invoiceLines.filter((line) => line.invoice.status === 'DRAFT').map((line) => line.invoice.id))];
      const creditable = invoiceLines.filter((line) => ['ISSUED', 'PARTIALLY_PAID', 'PAID'].includes(line.invoice.status) && net(line) > 0);
      const available = deliveryLines
        .map((line) => ({ line, left: halves(line.quantity) - line.invoiceLines.reduce((total, invoiceLine) => total + net(invoiceLine), 0) }))
        .filter((entry) => entry.left > 0);
      const choices = [
        ...(available.length ? ['invoice', 'invoice', 'invoice'] : []),
        ...(drafts.length ? ['issue', 'issue', 'delete'] : []),
        ...(creditable.length ? ['credit', 'credit', 'cancel'] : []),
      ];
      if (choices.length === 0) break;
      const action = random.pick(choices);
      actions.push(action);
      let description: string;
      if (action === 'invoice') {
        const chosen = [...new Set([random.pick(available), random.pick(available)])].slice(0, random.int(1, 2));
        const lines = chosen.map(({ line, left }) => ({ deliveryNoteLineId: line.id, quantity: random.int(1, left) / 2 }));
        const result = await app.gql(CreateInvoiceChecked, { input: { lines } });
        asType(result.data!.createInvoice, 'Invoice');
        description = `invoice ${JSON.stringify(lines)}`;
      } else if (action === 'issue') {
        const id = random.pick(drafts);
        asType((await app.gql(IssueInvoiceChecked, { id, issueDate: DATE })).data!.issueInvoice, 'Invoice');
        description = `issue ${id}`;
      } else if (action === 'delete') {
        const id = random.pick(drafts);
        asType((await app.gql(DeleteInvoiceChecked, { id })).data!.deleteInvoice, 'Invoice');
        description = `delete ${id}`;
      } else if (action === 'cancel') {
        const { invoice } = random.pick(creditable);
        asType((await app.gql(CreateCreditNoteChecked, { input: { invoiceId: invoice.id, reason: 'Annulation', issueDate: DATE } })).data!.createCreditNote, 'CreditNote');
        description = `cancel ${invoice.id}`;
      } else {
        const line = random.pick(creditable);
        const quantity = random.int(1, net(line)) / 2;
        const input = { invoiceId: line.invoice.id, reason: 'Retour', issueDate: DATE, lines: [{ invoiceLineId: line.id, quantity }] };
        asType((await app.gql(CreateCreditNoteChecked, { input })).data!.createCreditNote, 'CreditNote');
        description = `credit ${quantity} of line ${line.id}`;
      }
      chain = await readChain(order.id);
      checkInvariants(chain, `seed ${seed}, step ${step}: ${description}`);
    }

    // Bill whatever remains, so that every sequence ends fully invoiced and the exact invariant is checked.
    const remaining = chain.lines
      .flatMap((line) => line.deliveryLines)
      .map((line) => ({ deliveryNoteLineId: line.id, quantity: (halves(line.quantity) - line.invoiceLines.reduce((total, invoiceLine) => total + net(invoiceLine), 0)) / 2 }))
      .filter((line) => line.quantity > 0);
    if (remaining.length) asType((await app.gql(CreateInvoiceChecked, { input: { lines: remaining } })).data!.createInvoice, 'Invoice');
    chain = await readChain(order.id);
    expect(checkInvariants(chain, `seed ${seed}, all billed`).fullyInvoiced).toBe(true);
    // Each sequence credited something and billed again after a credit, or the seed would prove nothing about credit notes.
    expect(actions.some((action) => action === 'credit' || action === 'cancel')).toBe(true);
    expect(actions.slice(actions.findIndex((action) => action === 'credit' || action === 'cancel'))).toContain('invoice');
  });
});
