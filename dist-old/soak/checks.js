"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runChecks = runChecks;
const totals_1 = require("../kernel/totals");
const environment_1 = require("./environment");
const fail = (name, problems, okDetail) => problems.length ? { name, ok: false, detail: `${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}` } : { name, ok: true, detail: okDetail };
/** Invoice and credit-note numbers: 1..n without gap or duplicate per (establishment, fiscal year), matching the counter row and the number text. */
async function numbering(url) {
    const groups = await (0, environment_1.ownerQuery)(url, `with docs as (
       select 'invoice' as type, d.establishment_id, d.fiscal_year, d.sequence_number, d.number,
              d.number = 'FAC-' || e.code || '-' || d.fiscal_year || '-' || lpad(d.sequence_number::text, 5, '0') as text_ok
         from invoice d join establishment e on e.id = d.establishment_id where d.status <> 'draft'
       union all
       select 'credit_note', d.establishment_id, d.fiscal_year, d.sequence_number, d.number,
              d.number = 'AV-' || e.code || '-' || d.fiscal_year || '-' || lpad(d.sequence_number::text, 5, '0')
         from credit_note d join establishment e on e.id = d.establishment_id)
     select coalesce(d.type, s.document_type) as type, coalesce(d.establishment_id, s.establishment_id) as "establishmentId",
            coalesce(d.fiscal_year, s.fiscal_year) as "fiscalYear", count(d.type)::int as n,
            count(distinct d.sequence_number)::int as "distinctSeq", count(distinct d.number)::int as "distinctNumbers",
            coalesce(min(d.sequence_number), 0) as "minSeq", coalesce(max(d.sequence_number), 0) as "maxSeq",
            s.last_value as "lastValue", count(*) filter (where not d.text_ok)::int as "badText"
       from docs d
       full join (select * from document_sequence where document_type in ('invoice', 'credit_note')) s
         on s.establishment_id = d.establishment_id and s.document_type = d.type and s.fiscal_year = d.fiscal_year
      group by 1, 2, 3, s.last_value`);
    const problems = [];
    let documents = 0;
    for (const g of groups) {
        documents += g.n;
        const where = `${g.type} establishment ${g.establishmentId} ${g.fiscalYear}`;
        if (g.distinctSeq !== g.n)
            problems.push(`${where}: ${g.n - g.distinctSeq} duplicate sequence number(s)`);
        if (g.distinctNumbers !== g.n)
            problems.push(`${where}: ${g.n - g.distinctNumbers} duplicate number(s)`);
        if (g.n > 0 && (g.minSeq !== 1 || g.maxSeq !== g.n))
            problems.push(`${where}: sequence ${g.minSeq}..${g.maxSeq} for ${g.n} documents (gap)`);
        if ((g.lastValue ?? 0) !== g.maxSeq)
            problems.push(`${where}: document_sequence.last_value ${g.lastValue} ≠ highest number ${g.maxSeq}`);
        if (g.badText)
            problems.push(`${where}: ${g.badText} number text(s) not matching the sequence number`);
    }
    return fail('numbering: gapless, no duplicate, = document_sequence.last_value', problems, `${documents} numbered documents in ${groups.length} sequences, 1..n each`);
}
/** Every invoice the client saw issued exists, issued, with that number, position and total. */
async function acknowledgedIssues(url, ack) {
    const rows = await (0, environment_1.ownerQuery)(url, `select id::text, number, status, fiscal_year as "fiscalYear", sequence_number as "sequenceNumber", total_ttc_cents as "totalTtcCents" from invoice where id = any($1::bigint[])`, [ack.issued.map((i) => i.id)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const problems = [];
    for (const seen of ack.issued) {
        const row = byId.get(seen.id);
        if (!row)
            problems.push(`invoice ${seen.id} (${seen.number}) missing`);
        else if (row.number !== seen.number || row.sequenceNumber !== seen.sequenceNumber || row.fiscalYear !== seen.fiscalYear)
            problems.push(`invoice ${seen.id}: client saw ${seen.number}, database has ${row.number}`);
        else if (row.status === 'draft')
            problems.push(`invoice ${seen.id} back to draft`);
        else if (row.totalTtcCents !== seen.totalTtcCents)
            problems.push(`invoice ${seen.id}: TTC ${seen.totalTtcCents} seen, ${row.totalTtcCents} stored`);
    }
    return fail('every acknowledged issueInvoice exists with its number', problems, `${ack.issued.length}/${ack.issued.length} found with the same number and total`);
}
/** Stored totals = documentTotals(lines) (kernel/totals.ts), for every line and every invoice. */
async function totals(url) {
    const invoices = await (0, environment_1.ownerQuery)(url, `select id::text, total_ht_cents as ht, total_vat_cents as vat, total_ttc_cents as ttc from invoice`);
    const lines = await (0, environment_1.ownerQuery)(url, `select invoice_id::text as "invoiceId", quantity, unit_price_cents as "unitPriceCents", vat_rate_bp as "vatRateBp", total_ht_cents as "totalHtCents" from invoice_line`);
    const byInvoice = new Map();
    const problems = [];
    for (const line of lines) {
        if ((0, totals_1.lineTotalHtCents)(line) !== line.totalHtCents)
            problems.push(`line of invoice ${line.invoiceId}: HT ${line.totalHtCents} ≠ ${(0, totals_1.lineTotalHtCents)(line)}`);
        let list = byInvoice.get(line.invoiceId);
        if (!list)
            byInvoice.set(line.invoiceId, (list = []));
        list.push(line);
    }
    let sumHt = 0;
    for (const invoice of invoices) {
        const expected = (0, totals_1.documentTotals)(byInvoice.get(invoice.id) ?? []);
        sumHt += invoice.ht;
        if (expected.totalHtCents !== invoice.ht || expected.totalVatCents !== invoice.vat || expected.totalTtcCents !== invoice.ttc) {
            problems.push(`invoice ${invoice.id}: stored ${invoice.ht}/${invoice.vat}/${invoice.ttc}, lines give ${expected.totalHtCents}/${expected.totalVatCents}/${expected.totalTtcCents}`);
        }
    }
    const linesHt = lines.reduce((sum, line) => sum + line.totalHtCents, 0);
    if (linesHt !== sumHt)
        problems.push(`sum of invoice HT ${sumHt} ≠ sum of line HT ${linesHt}`);
    return fail('totals reconcile (HT, VAT per rate, TTC = documentTotals of the lines)', problems, `${invoices.length} invoices, ${lines.length} lines, Σ HT ${(sumHt / 100).toFixed(2)} € = Σ lines`);
}
/** Paid = Σ payments, never beyond TTC − credited; the status follows the amounts. */
async function settlements(url) {
    const rows = await (0, environment_1.ownerQuery)(url, `select i.id::text, i.status, i.total_ttc_cents as ttc,
            coalesce((select sum(p.amount_cents) from payment p where p.invoice_id = i.id), 0)::bigint as paid,
            coalesce((select sum(c.total_ttc_cents) from credit_note c where c.invoice_id = i.id), 0)::bigint as credited
       from invoice i where i.status <> 'draft'`);
    const problems = [];
    let paidTotal = 0;
    for (const row of rows) {
        paidTotal += row.paid;
        if (row.paid + row.credited > row.ttc)
            problems.push(`invoice ${row.id} paid beyond TTC: paid ${row.paid} + credited ${row.credited} > ${row.ttc}`);
        if (row.status === 'cancelled')
            continue;
        const due = row.ttc - row.credited - row.paid;
        const expected = due === 0 && row.paid > 0 ? 'paid' : row.paid > 0 ? 'partially_paid' : due === 0 ? row.status : 'issued';
        if (row.status !== expected)
            problems.push(`invoice ${row.id}: status ${row.status}, amounts say ${expected} (paid ${row.paid}, due ${due})`);
    }
    return fail('payments: paid = Σ payments ≤ TTC, status follows', problems, `${rows.length} issued invoices, Σ paid ${(paidTotal / 100).toFixed(2)} €, none beyond TTC`);
}
/** Every acknowledged payment and work record exists; what was written is between acknowledged and acknowledged + uncertain. */
async function acknowledgedWrites(url, ack, since) {
    const payments = await (0, environment_1.ownerQuery)(url, `select id::text, invoice_id::text as "invoiceId", amount_cents as "amountCents" from payment where id = any($1::bigint[])`, [ack.payments.map((p) => p.id)]);
    const paymentById = new Map(payments.map((p) => [p.id, p]));
    const paymentProblems = ack.payments
        .filter((p) => { const row = paymentById.get(p.id); return !row || row.invoiceId !== p.invoiceId || row.amountCents !== p.amountCents; })
        .map((p) => `payment ${p.id} of invoice ${p.invoiceId} missing or different`);
    const [written] = await (0, environment_1.ownerQuery)(url, `select (select count(*) from payment where created_at >= $1)::int as payments,
            (select count(*) from invoice where created_at >= $1 and status <> 'draft')::int as issued,
            (select count(*) from work_record where created_at >= $1)::int as work`, [since]);
    const range = (label, actual, acked, uncertain, problems) => {
        if (actual < acked || actual > acked + uncertain)
            problems.push(`${label}: ${actual} in the database, ${acked} acknowledged (+ ${uncertain} of unknown outcome)`);
    };
    range('payments', written.payments, ack.payments.length, ack.uncertainPayments, paymentProblems);
    range('issued invoices', written.issued, ack.issued.length, ack.uncertainIssues, paymentProblems);
    const work = await (0, environment_1.ownerQuery)(url, `select count(*)::int as n from work_record where id = any($1::bigint[])`, [ack.workRecords]);
    const workProblems = [];
    if (work[0].n !== ack.workRecords.length)
        workProblems.push(`${ack.workRecords.length - work[0].n} acknowledged work record(s) missing`);
    range('work records (recordWork + imports)', written.work, ack.workRecords.length + ack.importedRows, ack.uncertainWorkRecords + ack.uncertainImportRows, workProblems);
    return [
        fail('every acknowledged payment exists; written = acknowledged (+ uncertain)', paymentProblems, `${ack.payments.length} payments found; ${written.payments} written, ${written.issued} invoices issued since the start`),
        fail('every acknowledged work record / import exists', workProblems, `${ack.workRecords.length} recordWork + ${ack.importedRows} imported rows acknowledged, ${written.work} written`),
    ];
}
/**
 * The reporting aggregates hold what the base tables hold, once the API's refresher has folded the
 * changes of the run (database restart included): hours and records in every work aggregate, net HT
 * and payments in every sales aggregate, per organisation.
 */
async function reportingReconciles(url) {
    const name = 'reporting aggregates = base tables after the refresher folds (no change lost or counted twice)';
    const deadline = Date.now() + 15_000;
    let pending = Infinity;
    while (Date.now() < deadline) {
        const [row] = await (0, environment_1.ownerQuery)(url, `select ((select count(*) from reporting_engine.work_delta) + (select count(*) from reporting_engine.sales_delta))::int as n`);
        pending = row.n;
        if (pending === 0)
            break;
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (pending !== 0)
        return { name, ok: false, detail: `${pending} changes still waiting to be folded 15 s after the load` };
    const rows = await (0, environment_1.ownerQuery)(url, `with base_work as (select organization_id, sum(hours) as hours, count(*) as records from work_record group by 1),
          base_sales as (
            select organization_id, sum(ht) as net, sum(paid) as paid from (
              select i.organization_id, l.total_ht_cents as ht, 0 as paid from invoice i join invoice_line l on l.invoice_id = i.id where i.status <> 'draft'
              union all select c.organization_id, -l.total_ht_cents, 0 from credit_note c join credit_note_line l on l.credit_note_id = c.id
              union all select organization_id, 0, amount_cents from payment) e group by 1),
          aggregates as (
            select 'agg_work_workshop_month' as what, organization_id, sum(hours) as hours, sum(records) as records from reporting_engine.agg_work_workshop_month group by 2
            union all select 'agg_work_customer_month', organization_id, sum(hours), sum(records) from reporting_engine.agg_work_customer_month group by 2
            union all select 'agg_work_item_month', organization_id, sum(hours), sum(records) from reporting_engine.agg_work_item_month group by 2
            union all select 'agg_work_beneficiary_week', organization_id, sum(hours), sum(records) from reporting_engine.agg_work_beneficiary_week group by 2
            union all select 'agg_work_beneficiary_month', organization_id, sum(hours), sum(records) from reporting_engine.agg_work_beneficiary_month group by 2),
          sales as (
            select 'agg_sales_customer_month' as what, organization_id, sum(net_ht_cents) as net, sum(paid_cents) as paid from reporting_engine.agg_sales_customer_month group by 2
            union all select 'agg_sales_establishment_month', organization_id, sum(net_ht_cents), sum(paid_cents) from reporting_engine.agg_sales_establishment_month group by 2)
     select a.what, coalesce(a.organization_id, b.organization_id) as "organizationId", (b.hours, b.records)::text as base, (a.hours, a.records)::text as aggregate
       from aggregates a full join base_work b using (organization_id)
     union all
     select s.what, coalesce(s.organization_id, b.organization_id), (b.net, b.paid)::text, (s.net, s.paid)::text
       from sales s full join base_sales b using (organization_id)`);
    const problems = rows.filter((row) => row.base !== row.aggregate).map((row) => `${row.what}, organisation ${row.organizationId}: base ${row.base}, aggregate ${row.aggregate}`);
    return fail(name, problems, `${rows.length} aggregate totals (hours, records; net HT, paid) equal to the base tables'`);
}
async function runChecks(url, ack, since) {
    return [
        await numbering(url),
        await acknowledgedIssues(url, ack),
        await totals(url),
        await settlements(url),
        ...(await acknowledgedWrites(url, ack, since)),
        await reportingReconciles(url),
    ];
}
//# sourceMappingURL=checks.js.map