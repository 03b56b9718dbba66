import type { ClientBase } from 'pg';
import { documentTotals, lineTotalHtCents } from '../common/totals';
import { isValidSiren, isValidSiret } from '../common/siren';
import { settledInvoiceStatus } from '../sales/lifecycles';
import { InvoiceStatus } from '../../schema/enums';

/**
 * Checks what the demo loader wrote against the rules the application relies on, reading the rows
 * back rather than trusting the generator: amounts recomputed with `common/totals`, quantities that
 * never exceed what the previous step allows, gapless chronological numbering that
 * `document_sequence` continues, statuses that match deliveries, invoices, payments and credit
 * notes. Throws one error listing every broken rule, so the loading transaction rolls back.
 */
export async function assertDemoInvariants(client: ClientBase, organizationId: string, today: string): Promise<void> {
  const violations = [
    ...(await totalsViolations(client)),
    ...(await identifierViolations(client)),
    ...(await settlementViolations(client)),
    ...(await chainViolations(client, organizationId, today)),
  ];
  if (violations.length > 0) throw new Error(`demo data breaks ${violations.length} rule(s): ${violations.join('; ')}`);
}

const PRICED_DOCUMENTS = [
  { table: 'quote', lineTable: 'quote_line', key: 'quote_id' },
  { table: 'sales_order', lineTable: 'order_line', key: 'order_id' },
  { table: 'invoice', lineTable: 'invoice_line', key: 'invoice_id' },
  { table: 'credit_note', lineTable: 'credit_note_line', key: 'credit_note_id' },
] as const;

/** Every document has lines, each line's HT is quantity × price, and the header holds the lines' totals. */
async function totalsViolations(client: ClientBase): Promise<string[]> {
  const violations: string[] = [];
  for (const { table, lineTable, key } of PRICED_DOCUMENTS) {
    const { rows } = await client.query<{ id: string; ht: string; vat: string; ttc: string; lines: [number, number, number, number][] }>(
      `select d.id, d.total_ht_cents as ht, d.total_vat_cents as vat, d.total_ttc_cents as ttc,
              coalesce(json_agg(json_build_array(l.quantity, l.unit_price_cents, l.vat_rate_bp, l.total_ht_cents)) filter (where l.id is not null), '[]') as lines
         from ${table} d left join ${lineTable} l on l.${key} = d.id
        group by d.id`,
    );
    let empty = 0;
    let badLines = 0;
    let badTotals = 0;
    for (const row of rows) {
      const lines = row.lines.map(([quantity, unitPriceCents, vatRateBp, totalHtCents]) => ({ quantity, unitPriceCents, vatRateBp, totalHtCents }));
      if (lines.length === 0) empty++;
      badLines += lines.filter((line) => line.totalHtCents !== lineTotalHtCents(line)).length;
      const totals = documentTotals(lines);
      if (totals.totalHtCents !== Number(row.ht) || totals.totalVatCents !== Number(row.vat) || totals.totalTtcCents !== Number(row.ttc)) badTotals++;
    }
    if (empty) violations.push(`${empty} ${table} row(s) without lines`);
    if (badLines) violations.push(`${badLines} ${lineTable} row(s) whose total_ht_cents is not quantity × unit price`);
    if (badTotals) violations.push(`${badTotals} ${table} row(s) whose totals differ from documentTotals of their lines`);
  }
  return violations;
}

async function identifierViolations(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ kind: string; siren: string | null; siret: string | null }>(
    `select 'customer' as kind, siren, siret from customer union all select 'establishment', null, siret from establishment`,
  );
  const invalid = rows.filter((row) => (row.siren !== null && !isValidSiren(row.siren)) || (row.siret !== null && !isValidSiret(row.siret)));
  return invalid.length ? [`${invalid.length} invalid SIREN/SIRET (${invalid.map((row) => row.kind).join(', ')})`] : [];
}

/** Payments never exceed what is due after credit notes, and each invoice's status follows from them. */
async function settlementViolations(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ status: InvoiceStatus; ttc: string; paid: string; credited: string }>(
    `select i.status, i.total_ttc_cents as ttc,
            coalesce((select sum(p.amount_cents) from payment p where p.invoice_id = i.id), 0) as paid,
            coalesce((select sum(c.total_ttc_cents) from credit_note c where c.invoice_id = i.id), 0) as credited
       from invoice i`,
  );
  let overpaid = 0;
  let wrongStatus = 0;
  for (const row of rows) {
    const [ttc, paid, credited] = [Number(row.ttc), Number(row.paid), Number(row.credited)];
    if (paid > ttc - credited) overpaid++;
    const expected = row.status === InvoiceStatus.DRAFT && paid === 0 && credited === 0 ? InvoiceStatus.DRAFT : settledInvoiceStatus(ttc, paid, credited);
    if (row.status !== expected) wrongStatus++;
  }
  return [
    ...(overpaid ? [`${overpaid} invoice(s) paid beyond their TTC net of credit notes`] : []),
    ...(wrongStatus ? [`${wrongStatus} invoice(s) whose status does not match their payments and credit notes`] : []),
  ];
}

/** Each count below must be zero; its name says what it counts. */
const CHAIN_CHECKS = `
  with numbered as (
    select 'quote' as type, 'DEV' as prefix, establishment_id, number, quote_date as date, null::int as fiscal_year, null::int as sequence_number from quote
    union all select 'order', 'CMD', establishment_id, number, order_date, null, null from sales_order
    union all select 'delivery_note', 'BL', establishment_id, number, delivery_date, null, null from delivery_note
    union all select 'invoice', 'FAC', establishment_id, number, issue_date, fiscal_year, sequence_number from invoice where status <> 'draft'
    union all select 'credit_note', 'AV', establishment_id, number, issue_date, fiscal_year, sequence_number from credit_note
  ), ranked as (
    select n.*, e.code, extract(year from n.date)::int as year, row_number() over w as rank, lag(n.date) over w as previous_date
      from numbered n join establishment e on e.id = n.establishment_id
    window w as (partition by n.type, n.establishment_id, extract(year from n.date) order by n.number)
  ), sequences as (
    select type, establishment_id, year, count(*)::int as last_value, max(date) as last_date from ranked group by type, establishment_id, year
  ), delivered as (
    select order_line_id, sum(quantity) as quantity from delivery_note_line group by order_line_id
  ), credited as (
    select invoice_line_id, sum(quantity) as quantity from credit_note_line group by invoice_line_id
  ), invoiced as (
    -- Drafts count: they hold the quantities they bill, as InvoiceService does.
    select il.delivery_note_line_id, sum(il.quantity - coalesce(c.quantity, 0)) as quantity
      from invoice_line il left join credited c on c.invoice_line_id = il.id group by il.delivery_note_line_id
  ), order_progress as (
    select o.id, o.status,
           coalesce(bool_and(coalesce(d.quantity, 0) >= ol.quantity), false) as fully_delivered,
           coalesce(bool_or(d.quantity > 0), false) as partly_delivered
      from sales_order o join order_line ol on ol.order_id = o.id left join delivered d on d.order_line_id = ol.id
     group by o.id, o.status
  )
  select
    (select count(*) from ranked
      where number is distinct from format('%s-%s-%s-%s', prefix, code, year, lpad(rank::text, 5, '0'))
         or date < previous_date
         or (type in ('invoice', 'credit_note') and (fiscal_year is distinct from year or sequence_number is distinct from rank))) as "numbers not gapless and chronological",
    (select count(*) from sequences s
       full join document_sequence ds on ds.document_type = s.type and ds.establishment_id = s.establishment_id and ds.fiscal_year = s.year
      where ds.last_value is distinct from s.last_value or ds.last_date is distinct from s.last_date) as "document_sequence rows not at the last number",
    (select count(*) from order_line ol join delivered d on d.order_line_id = ol.id where d.quantity > ol.quantity) as "order lines delivered beyond the ordered quantity",
    (select count(*) from delivery_note_line dl join invoiced i on i.delivery_note_line_id = dl.id where i.quantity > dl.quantity) as "delivery lines invoiced beyond the delivered quantity",
    (select count(*) from invoice_line il join credited c on c.invoice_line_id = il.id where c.quantity > il.quantity) as "invoice lines credited beyond the invoiced quantity",
    (select count(*) from (
        select quote_date as date from quote union all select order_date from sales_order union all select delivery_date from delivery_note
        union all select issue_date from invoice union all select issue_date from credit_note union all select payment_date from payment
        union all select last_date from document_sequence) d
      where d.date > $2::date) as "events dated after today",
    (select count(*) from sales_order o join quote q on q.id = o.quote_id
      where q.status <> 'accepted' or o.order_date < q.quote_date or o.customer_id <> q.customer_id or o.establishment_id <> q.establishment_id) as "orders not matching their accepted quote",
    (select count(*) from order_line ol join sales_order o on o.id = ol.order_id join quote_line ql on ql.id = ol.quote_line_id
      where ql.quote_id is distinct from o.quote_id or ol.quantity <> ql.quantity or ol.unit_price_cents <> ql.unit_price_cents) as "order lines not copied from their quote line",
    (select count(*) from delivery_note dn join sales_order o on o.id = dn.order_id
      where dn.delivery_date < o.order_date or dn.customer_id <> o.customer_id or dn.establishment_id <> o.establishment_id) as "delivery notes not matching their order",
    (select count(*) from delivery_note_line dl join delivery_note dn on dn.id = dl.delivery_note_id join order_line ol on ol.id = dl.order_line_id
      where ol.order_id <> dn.order_id) as "delivery lines of another order",
    (select count(*) from invoice_line il join invoice i on i.id = il.invoice_id
       join delivery_note_line dl on dl.id = il.delivery_note_line_id join delivery_note dn on dn.id = dl.delivery_note_id
       join order_line ol on ol.id = il.order_line_id
      where dl.order_line_id <> il.order_line_id or dn.customer_id <> i.customer_id or dn.establishment_id <> i.establishment_id
         or i.issue_date < dn.delivery_date
         or (il.catalog_item_id, il.description, il.unit_price_cents, il.vat_rate_bp, il.materials_cents, il.subcontracting_cents, il.intermediate_consumption_cents, il.selling_costs_cents)
            is distinct from
            (ol.catalog_item_id, ol.description, ol.unit_price_cents, ol.vat_rate_bp, ol.materials_cents, ol.subcontracting_cents, ol.intermediate_consumption_cents, ol.selling_costs_cents))
      as "invoice lines not copied from their delivered order line",
    (select count(*) from credit_note_line cl join credit_note cn on cn.id = cl.credit_note_id
       join invoice_line il on il.id = cl.invoice_line_id join invoice i on i.id = cn.invoice_id
      where il.invoice_id <> cn.invoice_id or i.status = 'draft' or cn.issue_date < i.issue_date
         or cn.customer_id <> i.customer_id or cn.establishment_id <> i.establishment_id
         or cl.unit_price_cents <> il.unit_price_cents or cl.vat_rate_bp <> il.vat_rate_bp) as "credit notes not matching their invoice",
    (select count(*) from payment p join invoice i on i.id = p.invoice_id where i.issue_date is null or p.payment_date < i.issue_date) as "payments before their invoice",
    (select count(*) from order_progress
      where (status in ('confirmed', 'cancelled') and partly_delivered)
         or (status = 'in_production' and fully_delivered)
         or (status in ('delivered', 'invoiced', 'closed') and not fully_delivered)) as "orders whose status contradicts their deliveries",
    (select count(*) from catalog_item
      where materials_cents + subcontracting_cents + intermediate_consumption_cents + selling_costs_cents >= unit_price_cents
         or (service_type = 'mise_a_disposition' and materials_cents <> 0)) as "catalog items whose cost split is not below the price",
    (select count(*) from order_line
      where materials_cents + subcontracting_cents + intermediate_consumption_cents + selling_costs_cents >= unit_price_cents) as "order lines whose cost split is not below the price",
    (select (select count(*) from establishment where organization_id <> $1) + (select count(*) from app_user where organization_id <> $1)
          + (select count(*) from customer where organization_id <> $1) + (select count(*) from catalog_item where organization_id <> $1)
          + (select count(*) from document_sequence where organization_id <> $1)
          + (select count(*) from quote where organization_id <> $1) + (select count(*) from quote_line where organization_id <> $1)
          + (select count(*) from sales_order where organization_id <> $1) + (select count(*) from order_line where organization_id <> $1)
          + (select count(*) from delivery_note where organization_id <> $1) + (select count(*) from delivery_note_line where organization_id <> $1)
          + (select count(*) from invoice where organization_id <> $1) + (select count(*) from invoice_line where organization_id <> $1)
          + (select count(*) from credit_note where organization_id <> $1) + (select count(*) from credit_note_line where organization_id <> $1)
          + (select count(*) from payment where organization_id <> $1)) as "rows of another organisation"
`;

async function chainViolations(client: ClientBase, organizationId: string, today: string): Promise<string[]> {
  const { rows } = await client.query<Record<string, string>>(CHAIN_CHECKS, [organizationId, today]);
  return Object.entries(rows[0])
    .filter(([, count]) => Number(count) > 0)
    .map(([rule, count]) => `${count} ${rule}`);
}
