import { graphql } from './gql';
import { useTestApp } from './support/test-server';
import { createOrder, deliver, draftInvoice, issue } from './support/sales-builders';
import { errorCodes } from './support/production-builders';
import { Role } from '../schema/enums';

/**
 * The OETH cost split of an invoice line: set on the draft, frozen once the invoice is issued, never
 * above the line's HT (a negative labour cost).
 */

const app = useTestApp();

const UpdateCostSplit = graphql(`
  mutation UpdateCostSplit($invoiceLineId: ID!, $input: CostSplitInput!) {
    updateInvoiceLineCostSplit(invoiceLineId: $invoiceLineId, input: $input) {
      __typename
      ... on Invoice { id lines { id quantity totalHtCents materialsCents subcontractingCents intermediateConsumptionCents sellingCostsCents } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

const split = (materialsCents: number, subcontractingCents = 0, intermediateConsumptionCents = 0, sellingCostsCents = 0) => ({
  materialsCents, subcontractingCents, intermediateConsumptionCents, sellingCostsCents,
});

describe('updateInvoiceLineCostSplit', () => {
  let invoiceId: string;
  let lineId: string;

  beforeAll(async () => {
    // 10 units at 12.50 € HT: 125.00 €.
    const { order } = await createOrder(app, [10]);
    const invoice = await draftInvoice(app, [(await deliver(app, order.id)).id]);
    invoiceId = invoice.id;
    lineId = invoice.lines[0].id;
  });

  test('a draft line takes a new split, up to its whole HT', async () => {
    const updated = await app.gql(UpdateCostSplit, { invoiceLineId: lineId, input: split(500, 300, 200, 250) });
    expect(updated.data!.updateInvoiceLineCostSplit).toMatchObject({
      __typename: 'Invoice',
      lines: [{ id: lineId, totalHtCents: 12_500, materialsCents: 500, subcontractingCents: 300, intermediateConsumptionCents: 200, sellingCostsCents: 250 }],
    });
    // 10 × 12.50 € = the whole HT: a labour cost of zero is allowed.
    const whole = await app.gql(UpdateCostSplit, { invoiceLineId: lineId, input: split(1250) });
    expect(whole.data!.updateInvoiceLineCostSplit).toMatchObject({ __typename: 'Invoice', lines: [{ materialsCents: 1250, subcontractingCents: 0 }] });
  });

  test('costs above the HT (a negative labour cost) are refused, and nothing changes', async () => {
    const refused = await app.gql(UpdateCostSplit, { invoiceLineId: lineId, input: split(1000, 0, 0, 251) });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toMatch(/labour cost would be negative/);
    const [row] = await app.sql<{ materials: number; selling: number }>('select materials_cents::int as materials, selling_costs_cents::int as selling from invoice_line where id = $1', [lineId]);
    expect(row).toEqual({ materials: 1250, selling: 0 });
    expect(errorCodes(await app.gql(UpdateCostSplit, { invoiceLineId: lineId, input: split(-1) }))).toEqual(['BAD_USER_INPUT']);
  });

  test('only sales writers set it', async () => {
    expect(errorCodes(await app.gql(UpdateCostSplit, { invoiceLineId: lineId, input: split(100) }, app.token([Role.VIEWER])))).toEqual(['FORBIDDEN']);
  });

  test('once the invoice is issued the split is frozen', async () => {
    await issue(app, invoiceId, '2026-02-10');
    const frozen = await app.gql(UpdateCostSplit, { invoiceLineId: lineId, input: split(100) });
    expect(frozen.data!.updateInvoiceLineCostSplit).toMatchObject({ __typename: 'ImmutableDocumentError', errorCode: 'IMMUTABLE_DOCUMENT' });
    const [row] = await app.sql<{ materials: number }>('select materials_cents::int as materials from invoice_line where id = $1', [lineId]);
    expect(row.materials).toBe(1250);
  });

  test('an unknown line answers NOT_FOUND', async () => {
    const missing = await app.gql(UpdateCostSplit, { invoiceLineId: '999999', input: split(100) });
    expect(missing.data!.updateInvoiceLineCostSplit).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
  });
});
