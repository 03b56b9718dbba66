import { useTestApp } from './support/test-server';
import { asType, createOrder, deliver, salesSnapshot } from './support/sales-builders';
import { CreateCreditNoteChecked, CreateInvoiceChecked } from './support/sales-operations';
import { addDays, todayInParis } from './support/production-builders';
import { graphql } from './gql';

/**
 * Invoice dates: an invoice is dated the day it is issued or an earlier day not before the last one
 * numbered, never later (Europe/Paris); its due date follows the legal payment terms (Code de
 * commerce L441-10), read from the dated legal parameters. The ESAT's invoices of this file are dated
 * in March 2026, in order; the EA's are dated today, last.
 */

const app = useTestApp();

const IssueWithDates = graphql(`
  mutation IssueWithDates($id: ID!, $issueDate: LocalDate) {
    issueInvoice(id: $id, issueDate: $issueDate) {
      __typename
      ... on Invoice { id number status issueDate dueDate fiscalYear }
      ...SalesErrorDetails
    }
  }
`);

/** A delivered order line of 4 pieces and a draft invoice of it, with the given agreed due date (or none). */
async function draft(options: { deliveryDate?: string; dueDate?: string; establishmentId?: number } = {}) {
  const { order } = await createOrder(app, [4], { establishmentId: options.establishmentId });
  const note = await deliver(app, order.id, undefined, options.deliveryDate ?? '2026-02-02');
  const created = await app.gql(CreateInvoiceChecked, { input: { deliveryNoteIds: [note.id], dueDate: options.dueDate } });
  return asType(created.data!.createInvoice, 'Invoice');
}

async function issueOn(id: string, issueDate?: string) {
  const response = await app.gql(IssueWithDates, { id, issueDate });
  expect(response.errors).toBeUndefined();
  return response.data!.issueInvoice;
}

describe('agreed due dates: at most 60 days from the invoice date, or 45 days end of month', () => {
  it('accepts 60 days when they reach further than 45 days end of month, and refuses a day more', async () => {
    // Dated 2 March 2026: 60 days → 1 May; 45 days → 16 April, end of month → 30 April. The later is 1 May.
    const beyond = await draft({ dueDate: '2026-05-02' });
    const before = await salesSnapshot(app);
    expect(await issueOn(beyond.id, '2026-03-02')).toMatchObject({ __typename: 'LegalLimitError', errorCode: 'LEGAL_LIMIT', parameter: 'payment_term_max_days' });
    expect(await salesSnapshot(app)).toEqual(before);

    const sixtyDays = await draft({ dueDate: '2026-05-01' });
    expect(await issueOn(sixtyDays.id, '2026-03-02')).toMatchObject({ __typename: 'Invoice', status: 'ISSUED', issueDate: '2026-03-02', dueDate: '2026-05-01' });
  });

  it('accepts 45 days end of month when it reaches further than 60 days, and refuses a day more', async () => {
    // Dated 17 March 2026: 60 days → 16 May; 45 days → 1 May, end of month → 31 May. The later is 31 May.
    const beyond = await draft({ dueDate: '2026-06-01' });
    expect(await issueOn(beyond.id, '2026-03-17')).toMatchObject({ __typename: 'LegalLimitError', parameter: 'payment_term_max_days' });
    const endOfMonth = await draft({ dueDate: '2026-05-31' });
    expect(await issueOn(endOfMonth.id, '2026-03-17')).toMatchObject({ __typename: 'Invoice', dueDate: '2026-05-31' });
  });

  it('refuses a due date before the invoice date', async () => {
    const early = await draft({ dueDate: '2026-03-16' });
    const before = await salesSnapshot(app);
    expect(await issueOn(early.id, '2026-03-17')).toMatchObject({ __typename: 'ChronologyError', errorCode: 'CHRONOLOGY' });
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('follows a dated change of the legal parameters', async () => {
    // A shorter maximum from 20 March 2026 (a hypothetical reform): 30 days, or 30 days end of month.
    await app.sql(`update legal_parameter set valid_to = '2026-03-19' where code in ('payment_term_max_days', 'payment_term_max_days_end_of_month') and valid_to is null`);
    await app.sql(
      `insert into legal_parameter (code, valid_from, value, unit, source) values
         ('payment_term_max_days', '2026-03-20', 30, 'days', 'test reform'), ('payment_term_max_days_end_of_month', '2026-03-20', 30, 'days', 'test reform')`,
    );
    // Dated 20 March: 30 days → 19 April; 30 days → 19 April, end of month → 30 April.
    const beyond = await draft({ dueDate: '2026-05-01' });
    expect(await issueOn(beyond.id, '2026-03-20')).toMatchObject({ __typename: 'LegalLimitError', parameter: 'payment_term_max_days' });
    const within = await draft({ dueDate: '2026-04-30' });
    expect(await issueOn(within.id, '2026-03-20')).toMatchObject({ __typename: 'Invoice', dueDate: '2026-04-30' });
  });
});

describe('the default term: 30 days after the delivery', () => {
  it('is due 30 days after the latest delivery it bills, or on its date when issued later than that', async () => {
    const recent = await draft({ deliveryDate: '2026-03-10' });
    expect(await issueOn(recent.id, '2026-03-25')).toMatchObject({ __typename: 'Invoice', dueDate: '2026-04-09' });
    const late = await draft({ deliveryDate: '2026-02-02' });
    expect(await issueOn(late.id, '2026-03-25')).toMatchObject({ __typename: 'Invoice', dueDate: '2026-03-25' });
  });
});

describe('issue dates: never after today (Europe/Paris)', () => {
  const ea = () => app.fixture.eaId;

  it('refuses tomorrow and a date of next year without using a number or opening next year\'s sequence', async () => {
    const today = todayInParis();
    const nextYear = `${Number(today.slice(0, 4)) + 1}-01-04`;
    const invoice = await draft({ establishmentId: ea() });
    const before = await salesSnapshot(app);
    for (const issueDate of [addDays(today, 1), nextYear]) {
      expect(await issueOn(invoice.id, issueDate)).toMatchObject({ __typename: 'ChronologyError', errorCode: 'CHRONOLOGY' });
    }
    expect(await salesSnapshot(app)).toEqual(before);
    expect(await app.sql(`select fiscal_year from document_sequence where establishment_id = $1 and document_type = 'invoice'`, [ea()])).toEqual([]);
  });

  it('dates an invoice today by default, and refuses a credit note dated tomorrow', async () => {
    const today = todayInParis();
    const invoice = asType(await issueOn((await draft({ establishmentId: ea() })).id), 'Invoice');
    expect(invoice).toMatchObject({ status: 'ISSUED', issueDate: today, fiscalYear: Number(today.slice(0, 4)) });
    const before = await salesSnapshot(app);
    const credit = await app.gql(CreateCreditNoteChecked, { input: { invoiceId: invoice.id, reason: 'Erreur de prix', issueDate: addDays(today, 1) } });
    expect(credit.data!.createCreditNote).toMatchObject({ __typename: 'ChronologyError', errorCode: 'CHRONOLOGY' });
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('refuses a date behind a later year\'s sequence already opened (as the 2027 invoice numbered in 2026 did)', async () => {
    const today = todayInParis();
    const year = Number(today.slice(0, 4));
    // The state a future-dated invoice left behind before this rule: next year's sequence opened.
    await app.sql(
      `insert into document_sequence (organization_id, establishment_id, document_type, fiscal_year, last_value, last_date) values ($1, $2, 'invoice', $3, 1, $4)`,
      [app.fixture.organizationId, ea(), year + 1, `${year + 1}-01-04`],
    );
    const invoice = await draft({ establishmentId: ea() });
    const before = await salesSnapshot(app);
    expect(await issueOn(invoice.id, today)).toMatchObject({ __typename: 'ChronologyError', message: expect.stringContaining(`${year + 1}-01-04`) });
    expect(await salesSnapshot(app)).toEqual(before);
  });
});
