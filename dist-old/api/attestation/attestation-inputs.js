"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadAttestationInputs = loadAttestationInputs;
/** $1 organisation, $2 year, $3 establishment or null, $4 customer or null. */
const ATTESTABLE_INVOICES = `
  earliest_attested as (
    select a.establishment_id, a.customer_id, min(a.year) as year
      from oeth_attestation a
     where a.organization_id = $1 and a.year < $2 and a.superseded_by_id is null
       and ($3::bigint is null or a.establishment_id = $3) and ($4::bigint is null or a.customer_id = $4)
     group by 1, 2),
  attestable as (
    select i.id, i.establishment_id, i.customer_id, i.number, i.issue_date, i.total_ttc_cents
      from invoice i
      left join earliest_attested e on e.establishment_id = i.establishment_id and e.customer_id = i.customer_id
     where i.organization_id = $1 and i.number is not null
       and ($3::bigint is null or i.establishment_id = $3) and ($4::bigint is null or i.customer_id = $4)
       and exists (select 1 from payment p where p.invoice_id = i.id and p.payment_date <= make_date($2, 12, 31))
       and (exists (select 1 from payment p where p.invoice_id = i.id and p.payment_date between make_date(coalesce(e.year, $2), 1, 1) and make_date($2, 12, 31))
            or exists (select 1 from credit_note n where n.invoice_id = i.id and n.issue_date between make_date(coalesce(e.year, $2), 1, 1) and make_date($2, 12, 31))
            or (e.year is not null and exists (
                  select 1 from oeth_attestation_invoice ai join oeth_attestation a on a.id = ai.attestation_id
                   where ai.invoice_id = i.id and a.year < $2 and a.superseded_by_id is null))))`;
const pairKey = (establishmentId, customerId) => `${establishmentId}:${customerId}`;
/** Every pair of the scope with an invoice that may count something in the year (see above), in establishment and customer order. */
async function loadAttestationInputs(ctx, scope) {
    const parameters = [ctx.organizationId, scope.year, scope.establishmentId ?? null, scope.customerId ?? null];
    const [invoices, sums, attested] = await Promise.all([
        ctx.db.query(`with ${ATTESTABLE_INVOICES}
       select i.id, i.establishment_id as "establishmentId", i.customer_id as "customerId", i.number, i.issue_date::text as "issueDate",
              i.total_ttc_cents as "totalTtcCents", p.dates as "paymentDates", p.cents as "paymentCents"
         from attestable i
         cross join lateral (select array_agg(p.payment_date::text order by p.id) as dates, array_agg(p.amount_cents::text order by p.id) as cents
                               from payment p where p.invoice_id = i.id and p.payment_date <= make_date($2, 12, 31)) p
        order by i.establishment_id, i.customer_id, i.id`, parameters),
        // Each invoice's and each credit note's lines summed (exact: HT cents; deductible costs in
        // thousandths of a cent, quantity in thousandths × the per-unit costs), mise à disposition apart.
        ctx.db.query(`with ${ATTESTABLE_INVOICES}
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
        order by 1, 2 nulls first, 5`, parameters),
        ctx.db.query(`select a.establishment_id as "establishmentId", a.customer_id as "customerId", a.year, i.invoice_id as "invoiceId", i.ht_cents as "htCents",
              i.deductible_costs_cents as "deductibleCents"
         from oeth_attestation a left join oeth_attestation_invoice i on i.attestation_id = a.id
        where a.organization_id = $1 and a.year < $2 and a.superseded_by_id is null
          and ($3::bigint is null or a.establishment_id = $3) and ($4::bigint is null or a.customer_id = $4)`, parameters),
    ]);
    const pairs = new Map();
    const byId = new Map();
    for (const row of invoices) {
        const key = pairKey(row.establishmentId, row.customerId);
        let pair = pairs.get(key);
        if (!pair)
            pairs.set(key, (pair = { establishmentId: Number(row.establishmentId), customerId: Number(row.customerId), invoices: [], attested: new Map() }));
        const invoice = {
            id: String(row.id),
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
    const notes = new Map();
    for (const row of sums) {
        const invoice = byId.get(String(row.invoiceId));
        const costed = { htCents: BigInt(row.htCents), deductibleMilliCents: BigInt(row.deductibleMilliCents), mad: row.mad };
        if (row.creditNoteId === null) {
            invoice.lines.push(costed);
            continue;
        }
        let note = notes.get(String(row.creditNoteId));
        if (!note) {
            notes.set(String(row.creditNoteId), (note = { date: row.date, ttcCents: BigInt(row.ttcCents), lines: [] }));
            invoice.creditNotes.push(note);
        }
        note.lines.push(costed);
    }
    for (const row of attested) {
        // An earlier attestation of a pair with nothing attestable this year changes nothing.
        const pair = pairs.get(pairKey(row.establishmentId, row.customerId));
        if (!pair)
            continue;
        const ofYear = pair.attested.get(row.year) ?? new Map();
        pair.attested.set(row.year, ofYear);
        if (row.invoiceId !== null)
            ofYear.set(String(row.invoiceId), { htCents: BigInt(row.htCents), deductibleCents: BigInt(row.deductibleCents) });
    }
    return [...pairs.values()];
}
//# sourceMappingURL=attestation-inputs.js.map