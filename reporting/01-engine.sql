-- The reporting engine: change capture, aggregate tables and the functions that keep them current.
-- Everything here is derived data. api/reporting/reporting-layer.ts drops both reporting schemas and runs the
-- files of this folder again (then rebuilds the aggregates) whenever their text changes.
--
-- How the aggregates stay current without slowing writers down:
--  1. Statement triggers on the base tables append the changed rows to a delta table, in the
--     writer's own transaction (signed: an update subtracts its old row and adds its new one).
--  2. reporting_engine.fold(), run every second by the API (or `npm run reporting -- fold`), deletes
--     the deltas and adds them to every aggregate in one statement, so each delta is counted exactly
--     once, whatever commits meanwhile.
--  3. reporting_engine.rebuild(name) recomputes one aggregate from the base tables; a full rebuild
--     (begin_rebuild, then each aggregate, in one transaction) discards the pending deltas first.
-- The same enrichment query serves the fold and the rebuild: a delta row and a base row go through
-- the same joins and land in the same aggregate rows.
--
-- Who owns what: api/reporting/reporting-layer.ts creates both schemas for the role
-- ub_reporting_owner and runs these files as that role (no superuser, no BYPASSRLS; migration
-- 1764900000000). Every table here has row-level security enabled and forced (02-views.sql, at the
-- end): a session reads the rows of its viewer's organisation, and only the engine's own functions
-- (security definer, so current_user is the owner: public.reporting_engine_mode()) read and write them all.

revoke all on schema reporting_engine from public;
grant usage on schema reporting_engine to ub_app;

create table reporting_engine.state (
  singleton boolean primary key default true check (singleton),
  checksum text not null,
  installed_at timestamptz not null default now(),
  last_fold_at timestamptz,
  last_rebuild_at timestamptz,
  -- the day the stored steering rows count up to (their weeks and months of presence end today)
  as_of_date date
);

-- 1. Change capture -----------------------------------------------------------------------------

create table reporting_engine.work_delta (
  organization_id bigint not null,
  beneficiary_id bigint not null,
  work_date date not null,
  order_line_id bigint not null,
  production_task_id bigint,
  mad_contract_id bigint,
  workshop_id bigint,
  hours numeric not null,
  validated_hours numeric not null,
  quantity numeric not null,
  rejected_quantity numeric not null,
  records integer not null
);

-- A work record as the aggregates count it, placed in its workshop: its task's production sheet's, else
-- the workshop of the beneficiary's parcours step valid on the work date (the latest step started by
-- then and not ended before it; index beneficiary_assignment_dated_idx), else, without such a step,
-- the beneficiary's main workshop. Dated, so that a move never carries past work to the new workshop.
-- A query over `p_rows` (rows of public.work_record), the parcours `p_assignments` and the
-- beneficiaries `p_beneficiaries`: the rebuild reads the base tables, the change capture its
-- transition tables, and the re-placement of a parcours change the steps as they were before it
-- (replace_work below), all through this one definition. Columns: the record's id, then those of
-- work_delta. The scalar sub-select runs only for records without a task, and only when the
-- workshop is read (PostgreSQL drops unused output columns of an inlined sub-query).
create function reporting_engine.placed_work(p_rows text, p_assignments text default 'public.beneficiary_assignment',
                                             p_beneficiaries text default 'public.beneficiary') returns text
  language sql immutable as $$
  select format($q$
    select r.id, r.organization_id, r.beneficiary_id, r.work_date, r.order_line_id, r.production_task_id, r.mad_contract_id,
           coalesce(s.workshop_id,
                    (select a.workshop_id from %2$s a
                      where a.beneficiary_id = r.beneficiary_id and a.start_date <= r.work_date and (a.end_date is null or a.end_date >= r.work_date)
                      order by a.start_date desc limit 1),
                    b.main_workshop_id) as workshop_id,
           r.hours, case when r.status = 'validated' then r.hours else 0 end as validated_hours, r.quantity, r.rejected_quantity, 1 as records
      from %1$s r
      join %3$s b on b.id = r.beneficiary_id
      left join public.production_task t on t.id = r.production_task_id
      left join public.production_sheet s on s.id = t.production_sheet_id $q$, p_rows, p_assignments, p_beneficiaries)
$$;

-- The columns of work_delta, and the same negated (what a changed or deleted row takes away).
create function reporting_engine.work_delta_columns(p_sign text default '') returns text language sql immutable as $$
  select format('organization_id, beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id, workshop_id, '
                '%1$shours, %1$svalidated_hours, %1$squantity, %1$srejected_quantity, %1$srecords', p_sign)
$$;

create function reporting_engine.capture_work_record() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  -- placed now, in the writer's transaction: a later parcours change re-places the row (replace_work)
  if tg_op in ('UPDATE', 'DELETE') then
    execute format('insert into reporting_engine.work_delta (%s) select %s from (%s) p',
      reporting_engine.work_delta_columns(), reporting_engine.work_delta_columns('-'), reporting_engine.placed_work('old_rows'));
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    execute format('insert into reporting_engine.work_delta (%s) select %s from (%s) p',
      reporting_engine.work_delta_columns(), reporting_engine.work_delta_columns(), reporting_engine.placed_work('new_rows'));
  end if;
  return null;
end $$;

-- A change of the parcours (a step opened, ended, corrected or removed) or of a beneficiary's main
-- workshop moves the beneficiary's records that it places elsewhere, at whatever date, already folded
-- or not: each such record leaves the workshop it was placed in before the change (placed with the
-- steps or the beneficiary as they were: the rows of the table not touched by the statement plus its
-- old rows) and joins the one it is placed in now. Only those records make deltas, so the fold stays
-- incremental. A move and a new record of the same beneficiary cannot miss each other: the API locks
-- the beneficiary's row for update before changing its parcours (api/production/registry.service.ts,
-- api/funders/funder-data.service.ts), which waits for, and holds off, the key-share lock a new
-- record's foreign key takes on it.
create function reporting_engine.replace_work() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  affected bigint[];
  assignments text := 'public.beneficiary_assignment';
  beneficiaries text := 'public.beneficiary';
begin
  if tg_table_name = 'beneficiary' then
    select array_agg(n.id) into affected from new_rows n join old_rows o on o.id = n.id where n.main_workshop_id is distinct from o.main_workshop_id;
    beneficiaries := 'old_rows';
  elsif tg_op = 'INSERT' then
    select array_agg(distinct beneficiary_id) into affected from new_rows;
    assignments := '(select a.* from public.beneficiary_assignment a where a.beneficiary_id = any($1) and a.id not in (select id from new_rows))';
  elsif tg_op = 'DELETE' then
    select array_agg(distinct beneficiary_id) into affected from old_rows;
    assignments := '(select a.* from public.beneficiary_assignment a where a.beneficiary_id = any($1) union all select * from old_rows)';
  else
    select array_agg(distinct beneficiary_id) into affected from (select beneficiary_id from new_rows union select beneficiary_id from old_rows) c;
    assignments := '(select a.* from public.beneficiary_assignment a where a.beneficiary_id = any($1) and a.id not in (select id from new_rows)
                     union all select * from old_rows)';
  end if;
  if affected is null then
    return null;
  end if;
  execute format($q$
    with old_placed as (%1$s), new_placed as (%2$s),
    moved as (select o.*, n.workshop_id as new_workshop_id from old_placed o join new_placed n on n.id = o.id where o.workshop_id is distinct from n.workshop_id)
    insert into reporting_engine.work_delta (%3$s)
    select %4$s from moved
    union all
    select organization_id, beneficiary_id, work_date, order_line_id, production_task_id, mad_contract_id, new_workshop_id,
           hours, validated_hours, quantity, rejected_quantity, records from moved $q$,
    reporting_engine.placed_work('(select * from public.work_record where beneficiary_id = any($1))', assignments, beneficiaries),
    reporting_engine.placed_work('(select * from public.work_record where beneficiary_id = any($1))'),
    reporting_engine.work_delta_columns(), reporting_engine.work_delta_columns('-')) using affected;
  return null;
end $$;

-- Sales events: an invoice line when its invoice is issued, a credit-note line (negative) when its
-- credit note is issued, a payment when it is received. Issued invoices, credit notes and payments
-- never change afterwards (see the sales-chain migration), so capture only ever adds events.
create view reporting_engine.sales_events as
  select 'invoice'::text as kind, i.id as document_id, l.id as line_id, i.organization_id, i.establishment_id, i.customer_id,
         i.issue_date as event_date, l.catalog_item_id, l.quantity, l.total_ht_cents as ht_cents,
         round(l.quantity * (l.materials_cents + l.subcontracting_cents + l.intermediate_consumption_cents + l.selling_costs_cents))::bigint as deductible_cents,
         0::bigint as paid_cents
    from public.invoice i join public.invoice_line l on l.invoice_id = i.id
   where i.status <> 'draft'
  union all
  select 'credit', c.id, l.id, c.organization_id, c.establishment_id, c.customer_id,
         c.issue_date, l.catalog_item_id, -l.quantity, -l.total_ht_cents,
         -round(l.quantity * (l.materials_cents + l.subcontracting_cents + l.intermediate_consumption_cents + l.selling_costs_cents))::bigint,
         0
    from public.credit_note c join public.credit_note_line l on l.credit_note_id = c.id
  union all
  select 'payment', p.invoice_id, p.id, p.organization_id, i.establishment_id, i.customer_id,
         p.payment_date, null, 0, 0, 0, p.amount_cents
    from public.payment p join public.invoice i on i.id = p.invoice_id;

create table reporting_engine.sales_delta as select * from reporting_engine.sales_events with no data;

-- The ids come as an array (`= any (array(...))`), not `in (select …)`: the planner knows nothing of
-- a transition table, and with `in` it joined it against every invoice line of the view (about
-- 800 ms per issued invoice at the bench's default scale, 1 M invoice lines); the array is an
-- initplan, so each branch of the view reads its rows by index (under 1 ms).
create function reporting_engine.capture_sales() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  if tg_table_name = 'invoice' then
    insert into reporting_engine.sales_delta
      select e.* from reporting_engine.sales_events e
       where e.kind = 'invoice'
         and e.document_id = any (array(select n.id from new_rows n join old_rows o on o.id = n.id where o.status = 'draft' and n.status <> 'draft'));
  elsif tg_table_name = 'credit_note_line' then
    insert into reporting_engine.sales_delta
      select e.* from reporting_engine.sales_events e where e.kind = 'credit' and e.line_id = any (array(select id from new_rows));
  else
    insert into reporting_engine.sales_delta
      select e.* from reporting_engine.sales_events e where e.kind = 'payment' and e.line_id = any (array(select id from new_rows));
  end if;
  return null;
end $$;

-- Planned hours: each allocation on a production task, with its sheet's planned dates; the
-- enrichment spreads its planned hours over the sheet's working days (allocation_days). Captured
-- from the allocations and from changes of a task's sheet or a sheet's dates, each with the rows as
-- they were (negated) and as they are: `planned_allocations` is the one query over the three tables.
create function reporting_engine.planned_allocations(p_allocations text default 'public.allocation', p_tasks text default 'public.production_task',
                                                     p_sheets text default 'public.production_sheet') returns text
  language sql immutable as $$
  select format($q$
    select a.organization_id, a.beneficiary_id, a.work_group_id, s.planned_start, s.planned_end,
           coalesce(a.planned_hours, 0) as planned_hours, coalesce(a.planned_quantity, 0) as planned_quantity
      from %1$s a join %2$s t on t.id = a.production_task_id join %3$s s on s.id = t.production_sheet_id $q$, p_allocations, p_tasks, p_sheets)
$$;

-- The working days between the planned_start and planned_end of `p_rows` (national calendar), each
-- with the number of them: an allocation's planned hours ÷ that number is its share of each day. A
-- lateral join, as text: the planned-hours aggregates (enriched, below) and
-- allocation_day (02-views.sql) spread planned hours through this one definition.
create function reporting_engine.allocation_days(p_rows text) returns text language sql immutable as $$
  select format($q$cross join lateral (
    select c.date, c.week, c.month, count(*) over () as days from reporting_engine.calendar_day c
     where c.date between %1$s.planned_start and %1$s.planned_end and c.is_working_day) d $q$, p_rows)
$$;

create table reporting_engine.allocation_delta (
  organization_id bigint not null,
  beneficiary_id bigint,
  work_group_id bigint,
  planned_start date not null,
  planned_end date not null,
  planned_hours numeric not null,
  planned_quantity numeric not null
);

create function reporting_engine.capture_allocation() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  before_rows text;
  after_rows text;
  cols constant text := 'organization_id, beneficiary_id, work_group_id, planned_start, planned_end, planned_hours, planned_quantity';
begin
  if tg_table_name = 'allocation' then
    before_rows := case when tg_op <> 'INSERT' then reporting_engine.planned_allocations('old_rows') end;
    after_rows := case when tg_op <> 'DELETE' then reporting_engine.planned_allocations('new_rows') end;
  elsif tg_table_name = 'production_task' then
    -- a task moved to another sheet: its allocations take the other sheet's dates
    before_rows := reporting_engine.planned_allocations(
      '(select a.* from public.allocation a where a.production_task_id in (select n.id from new_rows n join old_rows o on o.id = n.id where n.production_sheet_id <> o.production_sheet_id))', 'old_rows');
    after_rows := reporting_engine.planned_allocations(
      '(select a.* from public.allocation a where a.production_task_id in (select n.id from new_rows n join old_rows o on o.id = n.id where n.production_sheet_id <> o.production_sheet_id))', 'new_rows');
  else
    -- a sheet's planned dates changed
    before_rows := reporting_engine.planned_allocations('public.allocation', 'public.production_task',
      '(select o.* from old_rows o join new_rows n on n.id = o.id where (n.planned_start, n.planned_end) <> (o.planned_start, o.planned_end))');
    after_rows := reporting_engine.planned_allocations('public.allocation', 'public.production_task',
      '(select n.* from old_rows o join new_rows n on n.id = o.id where (n.planned_start, n.planned_end) <> (o.planned_start, o.planned_end))');
  end if;
  if before_rows is not null then
    execute format('insert into reporting_engine.allocation_delta (%s) select organization_id, beneficiary_id, work_group_id, planned_start, planned_end, -planned_hours, -planned_quantity from (%s) p', cols, before_rows);
  end if;
  if after_rows is not null then
    execute format('insert into reporting_engine.allocation_delta (%s) select %s from (%s) p', cols, cols, after_rows);
  end if;
  return null;
end $$;

-- What changed for the stored steering rows (reporting/02-views.sql, *Stored steering rows*): a
-- beneficiary's weeks (from their work and planned hours), a work group's months (its planned
-- hours), or all of a beneficiary's rows (a change of the beneficiary, their parcours, the
-- organisation's thresholds). The fold recomputes those rows and empties these queues.
create table reporting_engine.dirty_week (organization_id bigint not null, beneficiary_id bigint not null, week date not null);
create table reporting_engine.dirty_work_group_month (organization_id bigint not null, work_group_id bigint not null, month date not null);
create table reporting_engine.dirty_beneficiary (organization_id bigint not null, beneficiary_id bigint not null);

create function reporting_engine.capture_beneficiaries() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  if tg_table_name = 'utilization_threshold' then
    execute format('insert into reporting_engine.dirty_beneficiary select b.organization_id, b.id from public.beneficiary b where b.organization_id in (select organization_id from %s)',
      case tg_op when 'INSERT' then 'new_rows' when 'DELETE' then 'old_rows' else '(select organization_id from new_rows union select organization_id from old_rows)' end);
  else
    execute format('insert into reporting_engine.dirty_beneficiary select distinct organization_id, %s from %s',
      case tg_table_name when 'beneficiary' then 'id' else 'beneficiary_id' end,
      case tg_op when 'INSERT' then 'new_rows' when 'DELETE' then 'old_rows'
                 else format('(select organization_id, %1$s from new_rows union select organization_id, %1$s from old_rows) c',
                             case tg_table_name when 'beneficiary' then 'id' else 'beneficiary_id' end) end);
  end if;
  return null;
end $$;

-- 2. Aggregates ---------------------------------------------------------------------------------
-- Keys may be null (a record without a task has no activity): NULLS NOT DISTINCT lets the fold's
-- upsert find those rows too.

create table reporting_engine.agg_work_workshop_month (
  organization_id bigint not null, month date not null, establishment_id bigint not null, workshop_id bigint,
  activity_id bigint, service_type text not null,
  hours numeric not null, validated_hours numeric not null, quantity numeric not null, rejected_quantity numeric not null, records bigint not null,
  unique nulls not distinct (organization_id, month, establishment_id, workshop_id, activity_id, service_type)
);

-- By customer and service type, all establishments together (as sales by customer).
create table reporting_engine.agg_work_customer_month (
  organization_id bigint not null, month date not null, customer_id bigint not null, service_type text not null,
  hours numeric not null, validated_hours numeric not null, quantity numeric not null, rejected_quantity numeric not null, records bigint not null,
  unique (organization_id, month, customer_id, service_type)
);

create table reporting_engine.agg_work_item_month (
  organization_id bigint not null, month date not null, establishment_id bigint not null, catalog_item_id bigint not null,
  hours numeric not null, validated_hours numeric not null, quantity numeric not null, rejected_quantity numeric not null, records bigint not null,
  unique (organization_id, month, establishment_id, catalog_item_id)
);

create table reporting_engine.agg_work_beneficiary_week (
  organization_id bigint not null, week date not null, establishment_id bigint not null, beneficiary_id bigint not null,
  hours numeric not null, validated_hours numeric not null, records bigint not null,
  unique (organization_id, establishment_id, week, beneficiary_id)
);

create table reporting_engine.agg_work_beneficiary_month (
  organization_id bigint not null, month date not null, establishment_id bigint not null, beneficiary_id bigint not null,
  hours numeric not null, validated_hours numeric not null, quantity numeric not null, rejected_quantity numeric not null, records bigint not null,
  unique (organization_id, month, establishment_id, beneficiary_id)
);

-- Per beneficiary and day: the hours of the day, for regularity (the working days whose records net
-- to more than 0 hours).
create table reporting_engine.agg_work_beneficiary_day (
  organization_id bigint not null, beneficiary_id bigint not null, work_date date not null, hours numeric not null,
  unique (organization_id, beneficiary_id, work_date)
);

-- Validated hours per beneficiary, year and service type: the funder reports' hours worked, MAD and
-- prestation en entreprise (04-funders.sql).
create table reporting_engine.agg_work_beneficiary_service_year (
  organization_id bigint not null, year integer not null, beneficiary_id bigint not null, service_type text not null, validated_hours numeric not null,
  unique (organization_id, beneficiary_id, year, service_type)
);

-- Planned hours per beneficiary and working day (their own allocations), and per work group and month
-- (allocations to the group).
create table reporting_engine.agg_planned_beneficiary_day (
  organization_id bigint not null, beneficiary_id bigint not null, date date not null, hours numeric not null, quantity numeric not null,
  unique (organization_id, beneficiary_id, date)
);

create table reporting_engine.agg_planned_work_group_month (
  organization_id bigint not null, work_group_id bigint not null, month date not null, hours numeric not null, quantity numeric not null,
  unique (organization_id, work_group_id, month)
);

-- Sales at two grains: by customer (all establishments) and by establishment (all customers). A
-- customer buys from many establishments: the grain with both would be ten times larger.
create table reporting_engine.agg_sales_customer_month (
  organization_id bigint not null, month date not null, customer_id bigint not null,
  invoiced_ht_cents bigint not null, credited_ht_cents bigint not null, net_ht_cents bigint not null,
  deductible_cents bigint not null, labour_cost_cents bigint not null, paid_cents bigint not null, events bigint not null,
  unique (organization_id, month, customer_id)
);

create table reporting_engine.agg_sales_establishment_month (
  organization_id bigint not null, month date not null, establishment_id bigint not null,
  invoiced_ht_cents bigint not null, credited_ht_cents bigint not null, net_ht_cents bigint not null,
  deductible_cents bigint not null, labour_cost_cents bigint not null, paid_cents bigint not null, events bigint not null,
  unique (organization_id, month, establishment_id)
);

create table reporting_engine.agg_sales_item_month (
  organization_id bigint not null, month date not null, establishment_id bigint not null, catalog_item_id bigint not null,
  quantity numeric not null, net_ht_cents bigint not null, deductible_cents bigint not null, labour_cost_cents bigint not null, events bigint not null,
  unique (organization_id, month, establishment_id, catalog_item_id)
);

-- Beyond the unique keys (organisation and month first): the other keys reports filter by.
create index on reporting_engine.agg_work_workshop_month (organization_id, workshop_id, month);
create index on reporting_engine.agg_work_customer_month (organization_id, customer_id, month);
create index on reporting_engine.agg_work_customer_month (organization_id, service_type, month);
create index on reporting_engine.agg_work_item_month (organization_id, catalog_item_id, month);
create index on reporting_engine.agg_sales_customer_month (organization_id, customer_id, month);
create index on reporting_engine.agg_sales_item_month (organization_id, catalog_item_id, month);

-- What each aggregate groups by and sums, over the enriched rows of its source.
create table reporting_engine.aggregate (
  name text primary key,
  source text not null check (source in ('work', 'sales', 'allocation', 'steering')),
  -- rebuild order: the aggregates (0), then the stored steering rows, each from the ones before
  stage integer not null default 0,
  keys text[] not null,
  measures text[] not null,
  filter text
);
insert into reporting_engine.aggregate (name, source, keys, measures, filter) values
  ('agg_work_workshop_month', 'work', '{organization_id,month,establishment_id,workshop_id,activity_id,service_type}',
     '{hours,validated_hours,quantity,rejected_quantity,records}', null),
  ('agg_work_customer_month', 'work', '{organization_id,month,customer_id,service_type}',
     '{hours,validated_hours,quantity,rejected_quantity,records}', null),
  ('agg_work_item_month', 'work', '{organization_id,month,establishment_id,catalog_item_id}',
     '{hours,validated_hours,quantity,rejected_quantity,records}', null),
  ('agg_work_beneficiary_week', 'work', '{organization_id,week,beneficiary_establishment_id,beneficiary_id}',
     '{hours,validated_hours,records}', null),
  ('agg_work_beneficiary_month', 'work', '{organization_id,month,beneficiary_establishment_id,beneficiary_id}',
     '{hours,validated_hours,quantity,rejected_quantity,records}', null),
  ('agg_work_beneficiary_day', 'work', '{organization_id,beneficiary_id,work_date}', '{hours}', null),
  ('agg_work_beneficiary_service_year', 'work', '{organization_id,beneficiary_id,year,service_type}', '{validated_hours}', null),
  ('agg_planned_beneficiary_day', 'allocation', '{organization_id,beneficiary_id,date}', '{hours,quantity}', 'beneficiary_id is not null'),
  ('agg_planned_work_group_month', 'allocation', '{organization_id,work_group_id,month}', '{hours,quantity}', 'work_group_id is not null'),
  ('agg_sales_customer_month', 'sales', '{organization_id,month,customer_id}',
     '{invoiced_ht_cents,credited_ht_cents,net_ht_cents,deductible_cents,labour_cost_cents,paid_cents,events}', null),
  ('agg_sales_establishment_month', 'sales', '{organization_id,month,establishment_id}',
     '{invoiced_ht_cents,credited_ht_cents,net_ht_cents,deductible_cents,labour_cost_cents,paid_cents,events}', null),
  ('agg_sales_item_month', 'sales', '{organization_id,month,establishment_id,catalog_item_id}',
     '{quantity,net_ht_cents,deductible_cents,labour_cost_cents,events}', 'catalog_item_id is not null');

-- The enrichment of each source, over a relation named "raw" with the columns of its delta table (the
-- work rows come placed in their workshop: placed_work).
create function reporting_engine.enriched(p_source text) returns text language sql immutable as $$
  select case p_source
    when 'work' then $q$
      select r.organization_id, r.work_date, extract(year from r.work_date)::integer as year, date_trunc('month', r.work_date)::date as month, date_trunc('week', r.work_date)::date as week,
             o.establishment_id, o.customer_id, l.catalog_item_id, c.service_type,
             r.workshop_id, t.activity_id,
             r.beneficiary_id, b.establishment_id as beneficiary_establishment_id,
             r.hours, r.validated_hours, r.quantity, r.rejected_quantity, r.records
        from raw r
        join public.order_line l on l.id = r.order_line_id
        join public.sales_order o on o.id = l.order_id
        join public.catalog_item c on c.id = l.catalog_item_id
        join public.beneficiary b on b.id = r.beneficiary_id
        left join public.production_task t on t.id = r.production_task_id $q$
    when 'sales' then $q$
      select r.organization_id, date_trunc('month', r.event_date)::date as month, r.establishment_id, r.customer_id, r.catalog_item_id,
             r.quantity, case when r.kind = 'invoice' then r.ht_cents else 0 end as invoiced_ht_cents,
             case when r.kind = 'credit' then -r.ht_cents else 0 end as credited_ht_cents,
             r.ht_cents as net_ht_cents, r.deductible_cents, r.ht_cents - r.deductible_cents as labour_cost_cents,
             r.paid_cents, 1 as events
        from raw r $q$
    when 'allocation' then $q$
      select r.organization_id, r.beneficiary_id, r.work_group_id, d.date, d.week, d.month,
             r.planned_hours / d.days as hours, r.planned_quantity / d.days as quantity
        from raw r $q$ || reporting_engine.allocation_days('r')
  end
$$;

-- One statement: the raw rows (`p_raw`, a query), enriched once, added to the named aggregates (all of
-- the source's when p_only is null), with `p_extra` CTEs reading them (the fold's steering queues). Returns the number of raw rows. Rows go in in key order, so a
-- rebuilt aggregate holds each month's rows together: a report on a period reads few pages.
create function reporting_engine.aggregate_statement(p_source text, p_raw text, p_only text default null, p_extra text default null) returns text
  language plpgsql stable as $$
declare
  a reporting_engine.aggregate;
  parts text[] := '{}';
  target_keys text;
begin
  for a in select * from reporting_engine.aggregate where source = p_source and (p_only is null or name = p_only) order by name loop
    -- the enriched column beneficiary_establishment_id is stored as establishment_id
    target_keys := array_to_string(array_replace(a.keys, 'beneficiary_establishment_id', 'establishment_id'), ', ');
    parts := parts || format(
      '%I as (insert into reporting_engine.%I as t (%s, %s) select %s, %s from enriched %s group by %s order by %s on conflict (%s) do update set %s returning 1)',
      a.name, a.name, target_keys, array_to_string(a.measures, ', '),
      array_to_string(a.keys, ', '),
      (select string_agg(format('sum(%I)', m), ', ') from unnest(a.measures) m),
      coalesce('where ' || a.filter, ''),
      array_to_string(a.keys, ', '),
      array_to_string(a.keys, ', '),
      target_keys,
      (select string_agg(format('%I = t.%I + excluded.%I', m, m, m), ', ') from unnest(a.measures) m));
  end loop;
  if cardinality(parts) = 0 then
    raise exception 'no % aggregate named %', p_source, p_only;
  end if;
  return format('with raw as (%s), enriched as (%s), %s%s select count(*)::bigint from raw',
    p_raw, reporting_engine.enriched(p_source), array_to_string(parts, ', '), coalesce(', ' || p_extra, ''));
end $$;

-- 3. Fold and rebuild ---------------------------------------------------------------------------

-- Adds every pending delta to the aggregates; returns how many delta rows it folded. Concurrent
-- folds wait for each other (advisory lock), so each delta is taken by one of them.
create function reporting_engine.fold() returns bigint
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  work_rows bigint;
  sales_rows bigint;
  allocation_rows bigint;
begin
  perform pg_advisory_xact_lock(hashtext('reporting_engine.fold'));
  execute reporting_engine.aggregate_statement('work', 'delete from reporting_engine.work_delta returning *', null,
    'dirty as (insert into reporting_engine.dirty_week select distinct organization_id, beneficiary_id, week from enriched returning 1)') into work_rows;
  execute reporting_engine.aggregate_statement('sales', 'delete from reporting_engine.sales_delta returning *') into sales_rows;
  execute reporting_engine.aggregate_statement('allocation', 'delete from reporting_engine.allocation_delta returning *', null,
    'dirty as (insert into reporting_engine.dirty_week select distinct organization_id, beneficiary_id, week from enriched where beneficiary_id is not null returning 1),
     dirty_groups as (insert into reporting_engine.dirty_work_group_month select distinct organization_id, work_group_id, month from enriched where work_group_id is not null returning 1)')
    into allocation_rows;
  perform reporting_engine.refresh_steering();
  perform reporting_engine.refresh_objectives();
  update reporting_engine.state set last_fold_at = clock_timestamp();
  return work_rows + sales_rows + allocation_rows;
end $$;

-- Starts a full rebuild: discards pending deltas (the base tables already hold them) and keeps
-- writers waiting until the caller's transaction ends, so nothing is counted twice or missed.
-- EXCLUSIVE, not ACCESS EXCLUSIVE: readers (refresh_status) go on.
create function reporting_engine.begin_rebuild() returns void
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  lock table reporting_engine.work_delta, reporting_engine.sales_delta, reporting_engine.allocation_delta,
             reporting_engine.dirty_week, reporting_engine.dirty_work_group_month, reporting_engine.dirty_beneficiary,
             reporting_engine.dirty_objective in exclusive mode;
  delete from reporting_engine.work_delta;
  delete from reporting_engine.sales_delta;
  delete from reporting_engine.allocation_delta;
  delete from reporting_engine.dirty_week;
  delete from reporting_engine.dirty_work_group_month;
  delete from reporting_engine.dirty_beneficiary;
  delete from reporting_engine.dirty_objective;
  update reporting_engine.state set last_rebuild_at = clock_timestamp(), as_of_date = current_date;
end $$;

-- Recomputes one aggregate from the base tables (after begin_rebuild, in the same transaction). A
-- DELETE, not a TRUNCATE: reports keep reading the previous figures until the rebuild commits.
create function reporting_engine.rebuild(p_name text) returns bigint
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  a reporting_engine.aggregate;
  source_rows bigint;
begin
  select * into strict a from reporting_engine.aggregate where name = p_name;
  execute format('delete from reporting_engine.%I', a.name);
  if a.source = 'steering' then
    return reporting_engine.recompute_steering(a.name, null);
  end if;
  execute reporting_engine.aggregate_statement(a.source,
    case a.source when 'work' then reporting_engine.placed_work('public.work_record')
                  when 'allocation' then reporting_engine.planned_allocations()
                  else 'select * from reporting_engine.sales_events' end,
    a.name) into source_rows;
  return source_rows;
end $$;

revoke all on all functions in schema reporting_engine from public;
grant execute on function reporting_engine.fold() to ub_app;

create trigger reporting_capture_insert after insert on public.work_record
  referencing new table as new_rows for each statement execute function reporting_engine.capture_work_record();
create trigger reporting_capture_update after update on public.work_record
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_work_record();
create trigger reporting_capture_delete after delete on public.work_record
  referencing old table as old_rows for each statement execute function reporting_engine.capture_work_record();
create trigger reporting_replace_assignment_insert after insert on public.beneficiary_assignment
  referencing new table as new_rows for each statement execute function reporting_engine.replace_work();
create trigger reporting_replace_assignment_update after update on public.beneficiary_assignment
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.replace_work();
create trigger reporting_replace_assignment_delete after delete on public.beneficiary_assignment
  referencing old table as old_rows for each statement execute function reporting_engine.replace_work();
create trigger reporting_replace_main_workshop after update on public.beneficiary
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.replace_work();
create trigger reporting_capture_allocation_insert after insert on public.allocation
  referencing new table as new_rows for each statement execute function reporting_engine.capture_allocation();
create trigger reporting_capture_allocation_update after update on public.allocation
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_allocation();
create trigger reporting_capture_allocation_delete after delete on public.allocation
  referencing old table as old_rows for each statement execute function reporting_engine.capture_allocation();
create trigger reporting_capture_task_sheet after update on public.production_task
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_allocation();
create trigger reporting_capture_sheet_dates after update on public.production_sheet
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_allocation();
create trigger reporting_dirty_beneficiary_insert after insert on public.beneficiary
  referencing new table as new_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_beneficiary_update after update on public.beneficiary
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_assignment_insert after insert on public.beneficiary_assignment
  referencing new table as new_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_assignment_update after update on public.beneficiary_assignment
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_assignment_delete after delete on public.beneficiary_assignment
  referencing old table as old_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_threshold_insert after insert on public.utilization_threshold
  referencing new table as new_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_threshold_update after update on public.utilization_threshold
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_dirty_threshold_delete after delete on public.utilization_threshold
  referencing old table as old_rows for each statement execute function reporting_engine.capture_beneficiaries();
create trigger reporting_capture_issue after update on public.invoice
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_sales();
create trigger reporting_capture_credit after insert on public.credit_note_line
  referencing new table as new_rows for each statement execute function reporting_engine.capture_sales();
create trigger reporting_capture_payment after insert on public.payment
  referencing new table as new_rows for each statement execute function reporting_engine.capture_sales();
