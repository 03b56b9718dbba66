import { graphql } from './gql';
import { useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { CreateCreditNote, RecordPayment } from './support/sales-operations';
import { Random } from '../tools/demo/demo-tools';
import { runAttestationBatch, type BatchRow } from '../api/attestation/attestation-batch';
import { computeOethAttestation, isAttestable, parseDecimal, type CountedAmount, type OethInvoice } from '../api/attestation/oeth-calculation';
import { toThousandths } from '../kernel/totals';

/**
 * The year's batch computes every establishment × customer at once (attestation-inputs.ts); the
 * single attestation (`oethAttestation`) reads the same SQL filtered to its pair. On a generated data
 * set — partial payments across two years, credit notes before and after the earlier year was
 * attested, a payment dated in an attested year but recorded after it, two VAT rates — both must give,
 * for every pair and both years, what the pure calculation gives over every invoice of the pair read
 * line by line here (so the batch's choice of which invoices may count is checked too).
 */

const app = useTestApp();

const Draft = graphql(`
  query OethBatchDraft($establishmentId: ID!, $customerId: ID!, $year: Int!) {
    oethAttestation(establishmentId: $establishmentId, customerId: $customerId, year: $year) {
      paidHtCents deductibleCostsCents labourCostCents deductionCents ubEquivalentNonLegal
      invoices { invoiceId paidInYearCents htCents deductibleCostsCents }
    }
  }
`);

interface Figures {
  paidHtCents: number;
  deductibleCostsCents: number;
  labourCostCents: number;
  deductionCents: number;
  ubEquivalentNonLegal: number | null;
  invoices: { invoiceId: string | number; paidInYearCents: number; htCents: number; deductibleCostsCents: number }[];
}

const figures = (a: Figures): Figures => ({
  paidHtCents: a.paidHtCents,
  deductibleCostsCents: a.deductibleCostsCents,
  labourCostCents: a.labourCostCents,
  deductionCents: a.deductionCents,
  ubEquivalentNonLegal: a.ubEquivalentNonLegal,
  invoices: a.invoices
    .map((invoice) => ({ invoiceId: String(invoice.invoiceId), paidInYearCents: invoice.paidInYearCents, htCents: invoice.htCents, deductibleCostsCents: invoice.deductibleCostsCents }))
    .sort((x, y) => Number(x.invoiceId) - Number(y.invoiceId)),
});

/** The calculation over every issued invoice of the pair, read line by line: no invoice left out. */
async function reference(establishmentId: string, customerId: string, year: number): Promise<Figures | null> {
  const end = `${year}-12-31`;
  const invoices = await app.sql<{ id: number; number: string; issueDate: string; ttc: number }>(
    `select id, number, issue_date::text as "issueDate", total_ttc_cents as ttc from invoice where establishment_id = $1 and customer_id = $2 and number is not null order by id`,
    [establishmentId, customerId],
  );
  const costed = (row: { ht: string; quantity: string; costs: string; mad: boolean }) => ({
    htCents: BigInt(row.ht), deductibleMilliCents: toThousandths(Number(row.quantity)) * BigInt(row.costs), mad: row.mad,
  });
  const lineColumns = `l.total_ht_cents as ht, l.quantity, l.materials_cents + l.subcontracting_cents + l.intermediate_consumption_cents + l.selling_costs_cents as costs,
                       c.service_type = 'mise_a_disposition' as mad`;
  const all: OethInvoice[] = [];
  for (const invoice of invoices) {
    const lines = await app.sql<{ ht: string; quantity: string; costs: string; mad: boolean }>(
      `select ${lineColumns} from invoice_line l join catalog_item c on c.id = l.catalog_item_id where l.invoice_id = $1`, [invoice.id]);
    const notes = await app.sql<{ id: string; date: string; ttc: string }>(
      `select id, issue_date::text as date, total_ttc_cents as ttc from credit_note where invoice_id = $1 and issue_date <= $2`, [invoice.id, end]);
    const creditNotes = [];
    for (const note of notes) {
      const noteLines = await app.sql<{ ht: string; quantity: string; costs: string; mad: boolean }>(
        `select ${lineColumns} from credit_note_line l join catalog_item c on c.id = l.catalog_item_id where l.credit_note_id = $1`, [note.id]);
      creditNotes.push({ date: note.date, ttcCents: BigInt(note.ttc), lines: noteLines.map(costed) });
    }
    const payments = await app.sql<{ date: string; amount: string }>(
      `select payment_date::text as date, amount_cents as amount from payment where invoice_id = $1 and payment_date <= $2`, [invoice.id, end]);
    all.push({
      id: invoice.id, number: invoice.number, issueDate: invoice.issueDate, totalTtcCents: BigInt(invoice.ttc), lines: lines.map(costed), creditNotes,
      payments: payments.map((payment) => ({ date: payment.date, amountCents: BigInt(payment.amount) })),
    });
  }
  const attested = new Map<number, Map<number, CountedAmount>>();
  for (const row of await app.sql<{ year: number; invoiceId: number | null; ht: number | null; deductible: number | null }>(
    `select a.year, i.invoice_id as "invoiceId", i.ht_cents as ht, i.deductible_costs_cents as deductible
       from oeth_attestation a left join oeth_attestation_invoice i on i.attestation_id = a.id
      where a.establishment_id = $1 and a.customer_id = $2 and a.year < $3 and a.superseded_by_id is null`,
    [establishmentId, customerId, year],
  )) {
    const ofYear = attested.get(row.year) ?? new Map<number, CountedAmount>();
    attested.set(row.year, ofYear);
    if (row.invoiceId !== null) ofYear.set(row.invoiceId, { htCents: BigInt(row.ht!), deductibleCents: BigInt(row.deductible!) });
  }
  const computation = computeOethAttestation(year, all, { rate: parseDecimal('0.30'), smicHourlyCents: null, ubHours: null, ubMadHours: null }, attested);
  if (!isAttestable(computation)) return null;
  return figures({
    ...computation,
    ubEquivalentNonLegal: null,
    invoices: computation.invoices.map((invoice) => ({ invoiceId: invoice.invoiceId, paidInYearCents: invoice.paidInYearCents, htCents: invoice.htCents, deductibleCostsCents: invoice.deductibleCents })),
  });
}

describe('the batch and the single attestation', () => {
  const random = new Random(14_2026);
  const establishments: { id: string; code: string }[] = [];
  const customers: string[] = [];
  const caller = () => ({ organizationId: app.fixture.organizationId, userId: app.fixture.adminUserId });
  const batch = async (year: number, issueThem = false, establishmentCode?: string) =>
    runAttestationBatch(app.dataSource, caller(), { year, issue: issueThem, establishmentCode, renderWorkers: 0 });

  beforeAll(async () => {
    const items = [(await createCatalogItem(app)).id, (await createCatalogItem(app, { unitPriceCents: 3_333, vatRatePercent: 5.5 })).id];
    for (const n of [1, 2]) {
      const code = `E-BATCH-${n}`;
      const [row] = await app.sql<{ id: string }>(
        `insert into establishment (organization_id, kind, code, name, siret, city) values ($1, 'ea', $2, $3, '73282932000074', 'Lyon') returning id`,
        [app.fixture.organizationId, code, `EA Lot ${n}`],
      );
      establishments.push({ id: String(row.id), code });
    }
    for (const name of ['Lot Alpha', 'Lot Bêta', 'Lot Gamma', 'Lot Delta']) customers.push((await createCustomer(app, name)).id);

    const pay = async (invoiceId: string, wanted: number, paymentDate: string) => {
      // At most what is due (credit notes lower it).
      const [{ due }] = await app.sql<{ due: string }>(
        `select i.total_ttc_cents - coalesce((select sum(n.total_ttc_cents) from credit_note n where n.invoice_id = i.id), 0)
                - coalesce((select sum(p.amount_cents) from payment p where p.invoice_id = i.id), 0) as due
           from invoice i where i.id = $1`,
        [invoiceId],
      );
      const amountCents = Math.min(wanted, Number(due));
      if (amountCents <= 0) return;
      asType((await app.gql(RecordPayment, { input: { invoiceId, amountCents, method: 'TRANSFER', paymentDate } })).data!.recordPayment, 'Payment');
    };
    const credit = async (invoiceId: string, issueDate: string) => {
      const [line] = await app.sql<{ id: string }>('select id from invoice_line where invoice_id = $1 order by position limit 1', [invoiceId]);
      asType((await app.gql(CreateCreditNote, { input: { invoiceId, reason: 'Retour', issueDate, lines: [{ invoiceLineId: String(line.id), quantity: 1 }] } })).data!.createCreditNote, 'CreditNote');
    };
    const invoiceOf = async (establishmentId: string, customerId: string, date: string) => {
      const lines = items.filter(() => random.chance(0.7)).map((catalogItemId) => ({ catalogItemId, quantity: random.int(2, 9) }));
      const order = await orderFor(app, customerId, lines.length ? lines : [{ catalogItemId: items[0], quantity: 3 }], { establishmentId: Number(establishmentId), orderDate: date });
      const invoice = await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, date)).id])).id, date);
      const [{ ttc }] = await app.sql<{ ttc: string }>('select total_ttc_cents as ttc from invoice where id = $1', [invoice.id]);
      return { id: invoice.id, ttc: Number(ttc) };
    };

    // 2025: invoices, payments in 2025 (in full, in part, none), credit notes dated 2025.
    const later: { invoiceId: string; ttc: number; paid: number; establishment: number }[] = [];
    for (const [e, establishment] of establishments.entries()) {
      let day = 0;
      let noteDay = 0;
      for (const customerId of customers) {
        for (let k = random.int(1, 3); k > 0; k--) {
          const date = `2025-0${1 + Math.floor(day / 28)}-${String(1 + (day++ % 28)).padStart(2, '0')}`;
          const invoice = await invoiceOf(establishment.id, customerId, date);
          const share = random.pick([0, 0.25, 0.5, 1]);
          const paid = Math.floor(invoice.ttc * share);
          await pay(invoice.id, paid, '2025-10-15');
          if (random.chance(0.3)) await credit(invoice.id, `2025-11-${String(1 + noteDay++).padStart(2, '0')}`);
          later.push({ invoiceId: invoice.id, ttc: invoice.ttc, paid, establishment: e });
        }
      }
    }
    // 2025 attested for the first establishment only (the batch, --issue).
    await batch(2025, true, establishments[0].code);
    // After it: a payment dated 2025 recorded late, credit notes dated 2026, payments in 2026, invoices of 2026.
    const noteDays = [0, 0];
    // One invoice of the attested establishment left unpaid in 2025 gets a payment dated 2025 recorded
    // late, and nothing in 2026: the 2026 attestation carries it.
    const carried = later.find((invoice) => invoice.establishment === 0 && invoice.paid === 0)!;
    await pay(carried.invoiceId, Math.floor(carried.ttc / 2), '2025-12-20');
    for (const invoice of later.filter((one) => one !== carried)) {
      if (invoice.paid < invoice.ttc && random.chance(0.4)) {
        const late = Math.floor((invoice.ttc - invoice.paid) / 3);
        await pay(invoice.invoiceId, late, '2025-12-20');
        invoice.paid += late;
      }
      if (random.chance(0.3)) await credit(invoice.invoiceId, `2026-02-${String(1 + noteDays[invoice.establishment]++).padStart(2, '0')}`);
      if (invoice.paid < invoice.ttc && random.chance(0.6)) await pay(invoice.invoiceId, Math.floor((invoice.ttc - invoice.paid) * random.pick([0.5, 1])), '2026-04-10');
    }
    for (const establishment of establishments) {
      let day = 0;
      for (const customerId of customers.slice(1)) {
        const invoice = await invoiceOf(establishment.id, customerId, `2026-05-${String(1 + day++).padStart(2, '0')}`);
        await pay(invoice.id, Math.floor(invoice.ttc * random.pick([0.3, 1])), '2026-06-30');
      }
    }
  }, 120_000);

  test.each([2025, 2026])('%i: every pair, batch = single = the calculation over every invoice', async (year) => {
    const rows = (await batch(year)).filter((row) => establishments.some((e) => e.code === row.pair.establishmentCode));
    expect(rows.length).toBe(establishments.length * customers.length);
    const drafted = rows.filter((row) => row.outcome !== 'nothing_to_attest');
    expect(drafted.length).toBeGreaterThan(4);
    for (const row of rows) {
      const expected = await reference(String(row.pair.establishmentId), String(row.pair.customerId), year);
      const single = (await app.gql(Draft, { establishmentId: String(row.pair.establishmentId), customerId: String(row.pair.customerId), year })).data!.oethAttestation;
      const label = `${row.pair.establishmentCode} / ${row.pair.customerName} / ${year}`;
      if (expected === null) {
        expect({ label, outcome: row.outcome, invoices: single.invoices }).toEqual({ label, outcome: 'nothing_to_attest', invoices: [] });
        continue;
      }
      expect({ label, batch: figures({ ...(row.attestation as Figures), ubEquivalentNonLegal: null }) }).toEqual({ label, batch: expected });
      expect({ label, single: figures({ ...single, ubEquivalentNonLegal: null }) }).toEqual({ label, single: expected });
      // The non-legal UB equivalent as well.
      expect(row.attestation!.ubEquivalentNonLegal).toBe(single.ubEquivalentNonLegal);
    }
    if (year === 2026) {
      const listed = drafted.flatMap((row) => row.attestation!.invoices);
      // The data set holds what the rules are about: a late 2025 payment and credit notes carried
      // from the attested 2025 (nothing paid in 2026, an amount counted; negative amounts).
      expect(listed.some((invoice) => invoice.paidInYearCents === 0 && invoice.htCents > 0)).toBe(true);
      expect(listed.some((invoice) => invoice.htCents < 0)).toBe(true);
    }
  }, 120_000);

  test('--issue numbers each establishment gapless, issues what the drafts showed, and a second run issues nothing', async () => {
    const drafts = (await batch(2026)).filter((row) => row.outcome === 'draft' && establishments.some((e) => e.code === row.pair.establishmentCode));
    const issued = (await batch(2026, true)).filter((row) => establishments.some((e) => e.code === row.pair.establishmentCode));
    const byPair = (rows: BatchRow[]) => new Map(rows.filter((row) => row.attestation).map((row) => [`${row.pair.establishmentId}:${row.pair.customerId}`, row.attestation!]));
    const issuedByPair = byPair(issued);
    expect(issued.filter((row) => row.outcome === 'issued').length).toBe(drafts.length);
    for (const [pair, draft] of byPair(drafts)) {
      expect({ pair, issued: figures(issuedByPair.get(pair)! as Figures) }).toEqual({ pair, issued: figures(draft as Figures) });
      expect(issuedByPair.get(pair)!.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    for (const establishment of establishments) {
      const numbers = await app.sql<{ sequence: number; stored: boolean }>(
        `select sequence_number as sequence, pdf is not null as stored from oeth_attestation where establishment_id = $1 and year = 2026 order by sequence_number`, [establishment.id]);
      expect(numbers.map((row) => row.sequence)).toEqual(numbers.map((_, index) => index + 1));
      expect(numbers.every((row) => row.stored)).toBe(true);
      const [counter] = await app.sql<{ last: number }>(
        `select last_value as last from document_sequence where establishment_id = $1 and document_type = 'oeth_attestation' and fiscal_year = 2026`, [establishment.id]);
      expect(counter.last).toBe(numbers.length);
    }
    const again = (await batch(2026, true)).filter((row) => establishments.some((e) => e.code === row.pair.establishmentCode));
    expect(again.filter((row) => row.outcome === 'issued')).toEqual([]);
    expect(again.filter((row) => row.outcome === 'already_issued').length).toBe(drafts.length);
  }, 120_000);
});
