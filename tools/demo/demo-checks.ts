import type { ClientBase } from 'pg';
import { documentTotals, lineTotalHtCents } from '../../kernel/totals';
import { isValidSiren, isValidSiret } from '../../kernel/siren';
import { settledInvoiceStatus } from '../../kernel/lifecycles';
import { InvoiceStatus } from '../../schema/enums';
import { inForceOn } from '../../kernel/legal-parameters';
import { creditedCentsSql, deliveredQuantitySql, netLineQuantitySql, paidCentsSql, reservedQuantitySql } from '../../api/sales/billed-quantities';

/**
 * Checks what the demo loader wrote against the rules the application relies on, reading the rows
 * back rather than trusting the generator: amounts recomputed with `kernel/totals.ts`, quantities that
 * never exceed what the previous step allows, gapless chronological numbering that
 * `document_sequence` continues, statuses that match deliveries, invoices, payments and credit
 * notes; on the production side, pointages only by beneficiaries present on the day, within their
 * order line's window and their contract hours, validated by a supervisor of their workshop and
 * corrected only by new records, allocated lines, MAD contracts within the legal limit. Throws one
 * error listing every broken rule, so the loading transaction rolls back.
 */
export async function assertDemoInvariants(client: ClientBase, organizationId: string, today: string): Promise<void> {
  const violations = [
    ...(await totalsViolations(client)),
    ...(await identifierViolations(client)),
    ...(await settlementViolations(client)),
    ...(await chainViolations(client, organizationId, today)),
    ...(await productionViolations(client, organizationId, today)),
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
    const { rows } = await client.query<{ id: number; ht: number; vat: number; ttc: number; lines: [number, number, number, number][] }>(
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
            ${paidCentsSql('i.id')} as paid, ${creditedCentsSql('i.id')} as credited
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
    union all select 'production_sheet', 'FP', establishment_id, number, planned_start, null, null from production_sheet
    union all select 'mad_contract', 'MAD', establishment_id, number, start_date, null, null from mad_contract
  ), ranked as (
    select n.*, e.code, extract(year from n.date)::int as year, row_number() over w as rank, lag(n.date) over w as previous_date
      from numbered n join establishment e on e.id = n.establishment_id
    window w as (partition by n.type, n.establishment_id, extract(year from n.date) order by n.number)
  ), sequences as (
    select type, establishment_id, year, count(*)::int as last_value, max(date) as last_date from ranked group by type, establishment_id, year
  ), delivered as (
    select ol.id as order_line_id, ol.order_id, ol.quantity as ordered, ${deliveredQuantitySql('d.order_line_id = ol.id')} as quantity from order_line ol
  ), order_progress as (
    select o.id, o.status,
           coalesce(bool_and(d.quantity >= d.ordered), false) as fully_delivered,
           coalesce(bool_or(d.quantity > 0), false) as partly_delivered
      from sales_order o join delivered d on d.order_id = o.id
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
    (select count(*) from delivered d where d.quantity > d.ordered) as "order lines delivered beyond the ordered quantity",
    -- Drafts count: they hold the quantities they bill, as InvoiceService does (reserved, billed-quantities.ts).
    (select count(*) from delivery_note_line dl where ${reservedQuantitySql('il.delivery_note_line_id = dl.id')} > dl.quantity) as "delivery lines invoiced beyond the delivered quantity",
    (select count(*) from invoice_line il where ${netLineQuantitySql('il')} < 0) as "invoice lines credited beyond the invoiced quantity",
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

/**
 * Each count below must be zero; its name says what it counts (in at most 63 bytes: PostgreSQL truncates
 * longer names). $1 is the organisation, $2 today.
 */
const PRODUCTION_CHECKS = `
  with line_delivery as (
    select dl.order_line_id, sum(dl.quantity) as quantity, max(dn.delivery_date) as last_date
      from delivery_note_line dl join delivery_note dn on dn.id = dl.delivery_note_id group by dl.order_line_id
  ), line_state as (
    select ol.id, ol.quantity, o.order_date, o.status as order_status, o.establishment_id, o.customer_id, ci.service_type, ci.unit,
           coalesce(d.quantity, 0) >= ol.quantity and o.status <> 'cancelled' as done, d.last_date, coalesce(d.quantity, 0) as delivered
      from order_line ol join sales_order o on o.id = ol.order_id join catalog_item ci on ci.id = ol.catalog_item_id
      left join line_delivery d on d.order_line_id = ol.id
  ), record as (
    -- The workshop of a record, as WorkRecordService decides who may validate it: its task's sheet, else its beneficiary's.
    select w.*, coalesce(s.workshop_id, b.main_workshop_id) as workshop_id, b.entry_date, b.exit_date, b.establishment_id as beneficiary_establishment
      from work_record w join beneficiary b on b.id = w.beneficiary_id
      left join production_task t on t.id = w.production_task_id left join production_sheet s on s.id = t.production_sheet_id
  ), validated as (
    select order_line_id, beneficiary_id, sum(hours) as hours, sum(quantity) as quantity from work_record where status = 'validated' group by order_line_id, beneficiary_id
  ), allocated as (
    -- Who is allocated to each line: directly, or as a member (at any time) of an allocated group.
    select order_line_id, beneficiary_id from allocation where beneficiary_id is not null
    union
    select a.order_line_id, m.beneficiary_id from allocation a
      join (select beneficiary_id, work_group_id from beneficiary_assignment union select id, work_group_id from beneficiary) m on m.work_group_id = a.work_group_id
  ), mad_limit as (
    select c.id, (select (c.start_date + make_interval(months => p.value::int) - interval '1 day')::date from legal_parameter p
                   where p.code = 'mad_individual_max_months' and ${inForceOn('p', 'c.start_date')}) as last_day
      from mad_contract c where c.kind = 'individual'
  ), steps as (
    select a.*, lag(a.end_date) over w as previous_end, row_number() over w as rank, count(*) over (partition by a.beneficiary_id) as steps
      from beneficiary_assignment a window w as (partition by a.beneficiary_id order by a.start_date)
  )
  select
    (select count(*) from (
        select work_date as date from work_record union all select note_date from medico_social_note union all select planned_start from production_sheet
        union all select start_date from mad_contract union all select start_date from beneficiary_assignment union all select entry_date from beneficiary
        union all select validated_at::date from work_record) d
      where d.date > $2::date) as "production events dated after today",
    (select count(*) from record where work_date < entry_date or work_date > exit_date) as "work records outside their beneficiary's presence",
    (select count(*) from work_record
      where (status = 'validated') <> (validated_at is not null and validated_by is not null) or (status = 'recorded' and validated_by is not null))
      as "work records whose validation fields contradict their status",
    (select count(*) from record r
      where r.status = 'validated'
        and not exists (select 1 from workshop_supervisor ws where ws.workshop_id = r.workshop_id and ws.user_id = r.validated_by)
        and not exists (select 1 from app_user u where u.id = r.validated_by and 'admin' = any(u.roles))) as "validated records whose validator does not supervise it",
    (select count(*) from record r
      where not exists (select 1 from workshop_supervisor ws where ws.workshop_id = r.workshop_id and ws.user_id = r.recorded_by)
        and not exists (select 1 from app_user u where u.id = r.recorded_by and 'admin' = any(u.roles))) as "work records whose recorder does not supervise their workshop",
    (select count(*) from work_record where validated_at < created_at) as "work records validated before they were made",
    (select count(*) from work_record c left join work_record o on o.id = c.corrects_id
      where c.corrects_id is not null
        and (o.id is null or o.status <> 'validated' or o.corrects_id is not null or c.created_at < o.validated_at
             or (o.beneficiary_id, o.work_date, o.order_line_id) is distinct from (c.beneficiary_id, c.work_date, c.order_line_id)))
      as "corrections not of a validated original of same worker/day/line",
    (select count(*) from (
        select o.id from work_record o join work_record c on c.corrects_id = o.id group by o.id
        having min(o.hours) + sum(c.hours) < 0 or min(o.quantity) + sum(c.quantity) < 0 or min(o.rejected_quantity) + sum(c.rejected_quantity) < 0) x)
      as "corrected work records with negative totals",
    (select count(*) from work_record where corrects_id is null and (hours < 1 or hours > 7)) as "work records outside 1 to 7 hours",
    (select count(*) from (
        select 1 from work_record w join beneficiary b on b.id = w.beneficiary_id
         group by w.beneficiary_id, w.work_date, b.weekly_hours having sum(w.hours) > b.weekly_hours / 5) x)
      as "beneficiary days beyond their daily contract hours",
    (select count(*) from work_record w join line_state l on l.id = w.order_line_id
      where w.work_date < l.order_date or l.order_status = 'cancelled' or (l.done and w.work_date > l.last_date))
      as "work records outside their line's order-to-delivery window",
    (select count(*) from work_record w join line_state l on l.id = w.order_line_id where l.done and w.corrects_id is null and w.status <> 'validated')
      as "work records of delivered lines not validated",
    (select count(*) from line_state l
      where l.done and not exists (select 1 from work_record w where w.order_line_id = l.id and w.status = 'validated' and w.hours > 0))
      as "delivered order lines without validated hours",
    (select count(*) from line_state l join (select order_line_id, sum(quantity) as quantity from work_record where status = 'validated' group by 1) v on v.order_line_id = l.id
      where l.done and l.unit = 'pièce' and abs(v.quantity - l.delivered) > 0.05 * l.delivered)
      as "delivered piece lines whose output is off the delivered count",
    (select count(*) from record r join line_state l on l.id = r.order_line_id where r.beneficiary_establishment <> l.establishment_id)
      as "work records by a beneficiary of another establishment",
    (select count(*) from work_record w join production_task t on t.id = w.production_task_id where t.order_line_id <> w.order_line_id)
      as "work records on another line than their task's",
    (select count(*) from allocation where (beneficiary_id is null) = (work_group_id is null)) as "allocations without exactly one target",
    (select count(*) from allocation a join production_task t on t.id = a.production_task_id where t.order_line_id <> a.order_line_id)
      as "allocations on another line than their task's",
    (select count(*) from (select distinct order_line_id from work_record where status = 'validated' and hours <> 0) v
      where not exists (select 1 from allocation a where a.order_line_id = v.order_line_id)) as "order lines with validated hours but no allocation",
    (select count(*) from validated v left join allocated a on a.order_line_id = v.order_line_id and a.beneficiary_id = v.beneficiary_id
      where v.hours <> 0 and a.order_line_id is null)
      as "validated hours of someone not allocated (nor their group)",
    (select count(*) from production_sheet s join sales_order o on o.id = s.order_id join workshop w on w.id = s.workshop_id
      where o.establishment_id <> s.establishment_id or w.establishment_id <> s.establishment_id or s.planned_start < o.order_date
         or s.planned_end < s.planned_start or o.status = 'cancelled') as "production sheets not matching their order",
    (select count(*) from production_task t join production_sheet s on s.id = t.production_sheet_id
       join order_line ol on ol.id = t.order_line_id join activity a on a.id = t.activity_id
      where ol.order_id <> s.order_id or a.workshop_id <> s.workshop_id) as "tasks of another order or of another workshop's activity",
    (select count(*) from production_sheet s
       join (select t.production_sheet_id, bool_and(l.done) as done from production_task t join line_state l on l.id = t.order_line_id group by 1) p
         on p.production_sheet_id = s.id
      where (s.status = 'done') <> p.done) as "production sheets whose status contradicts the deliveries",
    (select count(*) from beneficiary b join establishment e on e.id = b.establishment_id
       left join workshop w on w.id = b.main_workshop_id left join work_group g on g.id = b.work_group_id
      where w.establishment_id is distinct from b.establishment_id or g.workshop_id <> b.main_workshop_id
         or b.weekly_hours <> round(35 * b.working_time_ratio, 2)
         or (b.status = 'esat_worker') <> (e.kind = 'esat')
         or not exists (select 1 from workshop_supervisor ws where ws.workshop_id = b.main_workshop_id and ws.user_id = b.referent_supervisor_id))
      as "beneficiaries off their workshop/group/referent/hours/status",
    (select count(*) from steps a join beneficiary b on b.id = a.beneficiary_id
      where (a.rank = 1 and a.start_date <> b.entry_date) or (a.rank > 1 and a.start_date <> a.previous_end + 1
             -- a stay ends at an exit; the next starts at the return
             and not exists (select 1 from beneficiary_movement x join beneficiary_movement r on r.beneficiary_id = x.beneficiary_id
                              where x.beneficiary_id = a.beneficiary_id and x.kind = 'exit' and x.movement_date = a.previous_end
                                and r.kind = 'return' and r.movement_date = a.start_date))
         or (a.rank < a.steps and a.end_date is null)
         or (a.rank = a.steps and (a.end_date is distinct from b.exit_date or a.workshop_id is distinct from b.main_workshop_id
                                   or a.work_group_id is distinct from b.work_group_id)))
      as "parcours steps not contiguous from entry to exit (or exit to return) and current",
    (select count(*) from beneficiary_assignment a join workshop w on w.id = a.workshop_id join beneficiary b on b.id = a.beneficiary_id
       left join work_group g on g.id = a.work_group_id
      where w.establishment_id <> b.establishment_id or g.workshop_id <> a.workshop_id) as "parcours steps in another establishment or workshop's group",
    (select count(*) from medico_social_note n join beneficiary b on b.id = n.beneficiary_id join app_user u on u.id = n.author_id
      where n.note_date < b.entry_date or n.note_date > b.exit_date or not ('medico_social' = any(u.roles)))
      as "médico-social notes outside presence or by another role",
    (select count(*) from workshop_supervisor ws join app_user u on u.id = ws.user_id where not ('supervisor' = any(u.roles)))
      as "workshop supervisors without the supervisor role",
    (select count(*) from mad_contract c left join mad_limit m on m.id = c.id
      where c.kind = 'individual' and (c.end_date <= m.last_day) is not true) as "individual MAD contracts beyond the legal_parameter duration",
    (select count(*) from mad_contract c
      where (c.kind = 'individual' and (select count(*) from mad_contract_beneficiary mb where mb.mad_contract_id = c.id) <> 1)
         or (c.kind = 'collective' and c.team_size is null and not exists (select 1 from mad_contract_beneficiary mb where mb.mad_contract_id = c.id)))
      as "MAD contracts without their beneficiary or team",
    (select count(*) from mad_contract c join line_state l on l.id = c.order_line_id
      where l.customer_id <> c.customer_id or l.establishment_id <> c.establishment_id or l.service_type <> 'mise_a_disposition')
      as "MAD contracts on a line of another customer or not a placement",
    (select count(*) from work_record w join mad_contract c on c.id = w.mad_contract_id
      where w.order_line_id is distinct from c.order_line_id or w.work_date < c.start_date or w.work_date > c.end_date
         or (c.kind = 'individual' and not exists (select 1 from mad_contract_beneficiary mb where mb.mad_contract_id = c.id and mb.beneficiary_id = w.beneficiary_id)))
      as "MAD work records off their contract's line/period/person",
    (select (select count(*) from workshop where organization_id <> $1) + (select count(*) from workshop_supervisor where organization_id <> $1)
          + (select count(*) from activity where organization_id <> $1) + (select count(*) from work_group where organization_id <> $1)
          + (select count(*) from beneficiary where organization_id <> $1) + (select count(*) from beneficiary_assignment where organization_id <> $1)
          + (select count(*) from beneficiary_identity where organization_id <> $1) + (select count(*) from medico_social_note where organization_id <> $1)
          + (select count(*) from production_sheet where organization_id <> $1) + (select count(*) from production_task where organization_id <> $1)
          + (select count(*) from allocation where organization_id <> $1) + (select count(*) from mad_contract where organization_id <> $1)
          + (select count(*) from mad_contract_beneficiary where organization_id <> $1) + (select count(*) from work_record where organization_id <> $1))
      as "production rows of another organisation"
`;

async function productionViolations(client: ClientBase, organizationId: string, today: string): Promise<string[]> {
  const { rows } = await client.query<Record<string, string>>(PRODUCTION_CHECKS, [organizationId, today]);
  return Object.entries(rows[0])
    .filter(([, count]) => Number(count) > 0)
    .map(([rule, count]) => `${count} ${rule}`);
}
