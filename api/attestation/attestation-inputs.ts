import type { RequestContext } from '../context';
import type { CountedAmount, CostedAmount, OethInvoice } from './oeth-calculation';

/**
 * The calculation's input (oeth-calculation.ts) for every establishment × customer of a scope — a
 * year, optionally one establishment, optionally one customer — in three statements whatever the
 * scope's size: the one attestation of `oethAttestation` and the year's batch read the same SQL, the
 * first filtered to its pair, so they cannot disagree.
 *
 * Which invoices: those paid (a payment dated up to 31 December) that may count something in the
 * year — a payment or a credit note dated in the year, or, when the pair has a current attestation of
 * an earlier year, dated from the first of January of the earliest such year on, or listed in one of
 * those attestations. Any other invoice counts zero in the year: with no event since the last year
 * not attested, its cumulative amount is what the earlier years counted (tests/attestation-batch.test.ts
 * checks the batch against the calculation over every invoice of each pair).
 */

export interface AttestationScope {
  year: number;
  establishmentId?: number | null;
  customerId?: number | null;
}

export interface PairInputs {
  establishmentId: number;
  customerId: number;
  invoices: OethInvoice[];
  /** What the current issued attestations of the earlier years counted, by year and invoice. */
  attested: Map<number, Map<number, CountedAmount>>;
}

/**
 * The scope's conditions on a table with establishment_id and customer_id, as SQL ($1 organisation,
 * $2 year, then the establishment and the customer when given). Only the conditions the scope has
 * are written: "$3 is null or …" would leave PostgreSQL's generic plan of a prepared statement
 * scanning every invoice to attest one pair.
 */
function scoped(scope: AttestationScope): { on: (alias: string) => string; parameters: (year: number, organizationId: number) => unknown[] } {
  const values: unknown[] = [];
  const conditions: ((alias: string) => string)[] = [];
  if (scope.establishmentId != null) {
    values.push(scope.establishmentId);
    const at = values.length + 2;
    conditions.push((alias) => ` and ${alias}.establishment_id = $${at}`);
  }
  if (scope.customerId != null) {
    values.push(scope.customerId);
    const at = values.length + 2;
    conditions.push((alias) => ` and ${alias}.customer_id = $${at}`);
  }
  return { on: (alias) => conditions.map((condition) => condition(alias)).join(''), parameters: (year, organizationId) => [organizationId, year, ...values] };
}

/** The invoices that may count something in the year (see above), as CTEs. */
const attestableInvoices = (on: (alias: string) => string) => `
  earliest_attested as (
    select a.establishment_id, a.customer_id, min(a.year) as year
      from oeth_attestation a
     where a.organization_id = $1 and a.year < $2 and a.superseded_by_id is null${on('a')}
     group by 1, 2),
  attestable as (
    select i.id, i.establishment_id, i.customer_id, i.number, i.issue_date, i.total_ttc_cents
      from invoice i
      left join earliest_attested e on e.establishment_id = i.establishment_id and e.customer_id = i.customer_id
     where i.organization_id = $1 and i.number is not null${on('i')}
       and exists (select 1 from payment p where p.invoice_id = i.id and p.payment_date <= make_date($2, 12, 31))
       and (exists (select 1 from payment p where p.invoice_id = i.id and p.payment_date between make_date(coalesce(e.year, $2), 1, 1) and make_date($2, 12, 31))
            or exists (select 1 from credit_note n where n.invoice_id = i.id and n.issue_date between make_date(coalesce(e.year, $2), 1, 1) and make_date($2, 12, 31))
            or (e.year is not null and exists (
                  select 1 from oeth_attestation_invoice ai join oeth_attestation a on a.id = ai.attestation_id
                   where ai.invoice_id = i.id and a.year < $2 and a.superseded_by_id is null))))`;

const pairKey = (establishmentId: number, customerId: number) => `${establishmentId}:${customerId}`;

/** Every pair of the scope with an invoice that may count something in the year (see above), in establishment and customer order. */
export async function loadAttestationInputs(ctx: RequestContext, scope: AttestationScope): Promise<PairInputs[]> {
  const { on, parameters: of } = scoped(scope);
  const parameters = of(scope.year, ctx.organizationId);
  const ATTESTABLE_INVOICES = attestableInvoices(on);
  const [invoices, sums, attested] = await Promise.all([
    ctx.db.query<{ id: number; establishmentId: number; customerId: number; number: string; issueDate: string; totalTtcCents: number; paymentDates: string[]; paymentCents: string[] }>(
      `with ${ATTESTABLE_INVOICES}
       select i.id, i.establishment_id as "establishmentId", i.customer_id as "customerId", i.number, i.issue_date::text as "issueDate",
              i.total_ttc_cents as "totalTtcCents", p.dates as "paymentDates", p.cents as "paymentCents"
         from attestable i
         cross join lateral (select array_agg(p.payment_date::text order by p.id) as dates, array_agg(p.amount_cents::text order by p.id) as cents
                               from payment p where p.invoice_id = i.id and p.payment_date <= make_date($2, 12, 31)) p
        order by i.establishment_id, i.customer_id, i.id`,
      parameters,
    ),
    // Each invoice's and each credit note's lines summed (exact: HT cents; deductible costs in
    // thousandths of a cent, quantity in thousandths × the per-unit costs), mise à disposition apart.
    ctx.db.query<{ invoiceId: number; creditNoteId: number | null; date: string | null; ttcCents: number | null; mad: boolean; htCents: string; deductibleMilliCents: string }>(
      `with ${ATTESTABLE_INVOICES}
       select l.invoice_id as "invoiceId", null::bigint as "creditNoteId", null::text as date, null::bigint as "ttcCents", c.service_type = 'mise_a_disposition' as mad,
              sum(l.total_ht_cents)::text as "htCents",
              sum((l.quantity * 1000)::bigint * (l.materials_cents + l.subcontracting_cents + l.intermediate_consumption_cents + l.selling_costs_cents))::text as "deductibleMilliCents"
         from attestable i join invoice_line l on l.invoice_id = i.id join catalog_item c on c.id = l.catalog_item_id
        group by l.invoice_id, c.service_type = 'mise_a_disposition'
       union all
       select n.invoice_id, n.id, n.issue_date::text, n.total_ttc_cents, c.service_type = 'mise_a_disposition',
              sum(l.total_ht_cents)::text,
              sum((l.quantity * 1000)::bigint * (l.materials_cents + l.subcontracting_cents + l.intermediate_consumption_cents + l.selling_costs_cents))::text
         from attestable i join credit_note n on n.invoice_id = i.id join credit_note_line l on l.credit_note_id = n.id join catalog_item c on c.id = l.catalog_item_id
        where n.issue_date <= make_date($2, 12, 31)
        group by n.invoice_id, n.id, n.issue_date, n.total_ttc_cents, c.service_type = 'mise_a_disposition'
        order by 1, 2 nulls first, 5`,
      parameters,
    ),
    ctx.db.query<{ establishmentId: number; customerId: number; year: number; invoiceId: number | null; htCents: number | null; deductibleCents: number | null }>(
      `select a.establishment_id as "establishmentId", a.customer_id as "customerId", a.year, i.invoice_id as "invoiceId", i.ht_cents as "htCents",
              i.deductible_costs_cents as "deductibleCents"
         from oeth_attestation a left join oeth_attestation_invoice i on i.attestation_id = a.id
        where a.organization_id = $1 and a.year < $2 and a.superseded_by_id is null${on('a')}`,
      parameters,
    ),
  ]);

  const pairs = new Map<string, PairInputs>();
  const byId = new Map<number, OethInvoice>();
  for (const row of invoices) {
    const key = pairKey(row.establishmentId, row.customerId);
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { establishmentId: row.establishmentId, customerId: row.customerId, invoices: [], attested: new Map() }));
    const invoice: OethInvoice = {
      id: row.id,
      number: row.number,
      issueDate: row.issueDate,
      totalTtcCents: BigInt(row.totalTtcCents),
      lines: [],
      creditNotes: [],
      payments: row.paymentDates.map((date, index) => ({ date, amountCents: BigInt(row.paymentCents[index]) })),
    };
    pair.invoices.push(invoice);
    byId.set(invoice.id, invoice);
  }
  const notes = new Map<number, { date: string; ttcCents: bigint; lines: CostedAmount[] }>();
  for (const row of sums) {
    const invoice = byId.get(row.invoiceId)!;
    const costed: CostedAmount = { htCents: BigInt(row.htCents), deductibleMilliCents: BigInt(row.deductibleMilliCents), mad: row.mad };
    if (row.creditNoteId === null) {
      invoice.lines.push(costed);
      continue;
    }
    let note = notes.get(row.creditNoteId);
    if (!note) {
      notes.set(row.creditNoteId, (note = { date: row.date!, ttcCents: BigInt(row.ttcCents!), lines: [] }));
      invoice.creditNotes.push(note);
    }
    note.lines.push(costed);
  }
  for (const row of attested) {
    // An earlier attestation of a pair with nothing attestable this year changes nothing.
    const pair = pairs.get(pairKey(row.establishmentId, row.customerId));
    if (!pair) continue;
    const ofYear = pair.attested.get(row.year) ?? new Map<number, CountedAmount>();
    pair.attested.set(row.year, ofYear);
    if (row.invoiceId !== null) ofYear.set(row.invoiceId, { htCents: BigInt(row.htCents!), deductibleCents: BigInt(row.deductibleCents!) });
  }
  return [...pairs.values()];
}
