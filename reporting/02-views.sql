-- The published reporting layer: what Power BI's navigator lists under the `reporting` schema.
-- Plain types only (text, integer, bigint, numeric, date, boolean, timestamptz): Power BI embeds
-- Npgsql 4.0, which maps enums, arrays and JSON badly. Amounts are given in cents (bigint, exact)
-- and in euros (numeric(14,2)). Keys are named <dimension>_id on both sides of every relationship;
-- reporting/README.md lists the relationships to declare in the model.
--
-- Each view shows the rows of one organisation: a Power BI login's own (reporting_login), or the
-- API's app.organization_id. Two locks, each enough on its own (reporting/README.md, *Security*):
--  - every view filters on reporting_viewer_organization_id(), called once per query (a sub-select),
--    and is a security barrier (set for every view of the schema at the end of this file): a
--    function of the reader's query runs only on the rows that filter let through;
--  - the owner of the views, ub_reporting_owner, is no superuser and every table under them has
--    row-level security forced, with policies keyed on that same function for this owner.

revoke all on schema reporting from public;
grant usage on schema reporting to ub_reporting, ub_app;

-- Dimensions -------------------------------------------------------------------------------------

create view reporting.dim_establishment as
  select id as establishment_id, code, name, kind, city, siret, finess from public.establishment
   where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.dim_workshop as
  select id as workshop_id, establishment_id, code, name from public.workshop where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.dim_activity as
  select id as activity_id, workshop_id, code, name from public.activity where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.dim_customer as
  select id as customer_id, legal_name, siren, billing_city as city, billing_postal_code as postal_code, is_public_buyer
    from public.customer where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.dim_catalog_item as
  select id as catalog_item_id, establishment_id, code, label, unit, activity, service_type, active from public.catalog_item
   where organization_id = (select public.reporting_viewer_organization_id());

-- Codes only (matricule, initials): never a name (docs/domain.md, privacy).
create view reporting.dim_beneficiary as
  select id as beneficiary_id, establishment_id, matricule, initials, status, weekly_hours, working_time_ratio,
         entry_date, exit_date, main_workshop_id as workshop_id, work_group_id
    from public.beneficiary where organization_id = (select public.reporting_viewer_organization_id());

-- Calendars are tables (filled once, 2015–2040), so that DirectQuery's joins to them stay cheap.
create table reporting_engine.calendar_month as
  select month::date as month, extract(year from month)::integer as year, extract(quarter from month)::integer as quarter,
         extract(month from month)::integer as month_number, to_char(month, 'YYYY-MM') as label
    from generate_series(date '2015-01-01', date '2040-12-01', interval '1 month') as month;
alter table reporting_engine.calendar_month add primary key (month);

create table reporting_engine.calendar_week as
  select week::date as week, extract(isoyear from week)::integer as iso_year, extract(week from week)::integer as iso_week,
         date_trunc('month', week)::date as month, to_char(week, 'IYYY-"W"IW') as label
    from generate_series(date '2014-12-29', date '2040-12-31', interval '1 week') as week;
alter table reporting_engine.calendar_week add primary key (week);

-- Easter Sunday of a Gregorian year, computed (anonymous Gregorian algorithm, Meeus/Jones/Butcher):
-- the public holidays that follow Easter are never typed in.
create function reporting_engine.easter_sunday(p_year integer) returns date language sql immutable strict as $$
  select make_date(p_year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1)
    from (select a, h, l, (a + 11 * h + 22 * l) / 451 as m
            from (select a, h, (32 + 2 * e + 2 * i - h - k) % 7 as l
                    from (select a, e, i, k, (19 * a + b - d - g + 15) % 30 as h
                            from (select p_year % 19 as a, p_year / 100 as b, (p_year % 100) / 4 as i, (p_year % 100) % 4 as k,
                                         (p_year / 100) / 4 as d, (p_year / 100) % 4 as e,
                                         ((p_year / 100) - ((p_year / 100) + 8) / 25 + 1) / 3 as g) s1) s2) s3) s4
$$;

-- French public holidays (Code du travail L3133-1) of a year, with their names; Alsace-Moselle adds Good
-- Friday and 26 December (L3134-13), flagged apart.
create function reporting_engine.public_holidays(p_year integer) returns table (day date, name text, alsace_moselle_only boolean)
  language sql immutable strict as $$
  select d, n, am from (values
    (make_date(p_year, 1, 1), 'Jour de l''an', false),
    (reporting_engine.easter_sunday(p_year) - 2, 'Vendredi saint', true),
    (reporting_engine.easter_sunday(p_year) + 1, 'Lundi de Pâques', false),
    (make_date(p_year, 5, 1), 'Fête du travail', false),
    (make_date(p_year, 5, 8), 'Victoire 1945', false),
    (reporting_engine.easter_sunday(p_year) + 39, 'Ascension', false),
    (reporting_engine.easter_sunday(p_year) + 50, 'Lundi de Pentecôte', false),
    (make_date(p_year, 7, 14), 'Fête nationale', false),
    (make_date(p_year, 8, 15), 'Assomption', false),
    (make_date(p_year, 11, 1), 'Toussaint', false),
    (make_date(p_year, 11, 11), 'Armistice 1918', false),
    (make_date(p_year, 12, 25), 'Noël', false),
    (make_date(p_year, 12, 26), 'Saint-Étienne', true)) as h(d, n, am)
$$;
revoke all on function reporting_engine.easter_sunday(integer), reporting_engine.public_holidays(integer) from public;

-- One row per day, 2015–2040. Working day: Monday to Friday and no public holiday (national list;
-- the Alsace-Moselle flag adds its two days).
create table reporting_engine.calendar_day as
  with holiday as (
    -- one row per day: two holidays may fall on the same date (Ascension on 1 May in 2008)
    select p.day, string_agg(p.name, ' / ' order by p.name) as name, p.alsace_moselle_only
      from generate_series(2015, 2040) y, reporting_engine.public_holidays(y) p group by p.day, p.alsace_moselle_only)
  select g.d as date, extract(isoyear from g.d)::integer as iso_year, extract(week from g.d)::integer as iso_week,
         date_trunc('week', g.d)::date as week, date_trunc('month', g.d)::date as month,
         extract(year from g.d)::integer as year, extract(quarter from g.d)::integer as quarter,
         extract(month from g.d)::integer as month_number, extract(day from g.d)::integer as day_of_month,
         extract(isodow from g.d)::integer as day_of_week,
         (array['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'])[extract(month from g.d)::integer] as month_label_fr,
         (array['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'])[extract(isodow from g.d)::integer] as day_label_fr,
         to_char(g.d, 'IYYY-"W"IW') as week_label,
         extract(isodow from g.d) >= 6 as is_weekend,
         h.name is not null as is_public_holiday, h.name as public_holiday,
         extract(isodow from g.d) < 6 and h.name is null as is_working_day,
         am.name as alsace_moselle_holiday,
         extract(isodow from g.d) < 6 and h.name is null and am.name is null as is_working_day_alsace_moselle,
         -- national working days strictly before this day: working days of [a, b] = before(b + 1) − before(a)
         (count(*) filter (where extract(isodow from g.d) < 6 and h.name is null) over (order by g.d) -
          (extract(isodow from g.d) < 6 and h.name is null)::integer)::integer as working_days_before
    from (select day::date as d from generate_series(date '2015-01-01', date '2041-01-01', interval '1 day') day) g
    left join holiday h on h.day = g.d and not h.alsace_moselle_only
    left join holiday am on am.day = g.d and am.alsace_moselle_only;
alter table reporting_engine.calendar_day add primary key (date);
create index on reporting_engine.calendar_day (week);
-- a month's days (dim_date filtered by month: working days of a month)
create index on reporting_engine.calendar_day (month);

create view reporting.dim_date as
  select date, iso_year, iso_week, week, month, year, quarter, month_number, day_of_month, day_of_week, month_label_fr, day_label_fr,
         week_label, is_weekend, is_public_holiday, public_holiday, is_working_day, alsace_moselle_holiday, is_working_day_alsace_moselle
    from reporting_engine.calendar_day where date <= date '2040-12-31';


create view reporting.dim_month as select month, year, quarter, month_number, label from reporting_engine.calendar_month;

create view reporting.dim_week as select week, iso_year, iso_week, month, label from reporting_engine.calendar_week;

-- Facts (aggregates) -----------------------------------------------------------------------------

create view reporting.work_by_workshop_month as
  select month, establishment_id, workshop_id, activity_id, service_type,
         hours, validated_hours, quantity, rejected_quantity, records
    from reporting_engine.agg_work_workshop_month where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.work_by_customer_month as
  select month, customer_id, service_type, hours, validated_hours, quantity, rejected_quantity, records
    from reporting_engine.agg_work_customer_month where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.work_by_catalog_item_month as
  select month, establishment_id, catalog_item_id, hours, validated_hours, quantity, rejected_quantity, records
    from reporting_engine.agg_work_item_month where organization_id = (select public.reporting_viewer_organization_id());

-- Utilization: hours worked in the week against the beneficiary's contract hours (dim_beneficiary).
create view reporting.work_by_beneficiary_week as
  select a.week, a.establishment_id, a.beneficiary_id, a.hours, a.validated_hours, a.records,
         b.weekly_hours as contract_hours,
         round(a.hours / nullif(b.weekly_hours, 0), 4) as utilization
    from reporting_engine.agg_work_beneficiary_week a
    join public.beneficiary b on b.id = a.beneficiary_id
   where a.organization_id = (select public.reporting_viewer_organization_id());

-- Planned hours per working day: each allocation on a production task, its planned hours spread evenly
-- over the working days of the task's sheet (planned_start to planned_end; allocation_days, the spread
-- the planned-hours aggregates use). An allocation names a beneficiary or a work group; allocations
-- without a task (no dates) have no day.
do $$
begin
  execute format($q$
    create view reporting_engine.allocation_day as
      select a.id as allocation_id, a.organization_id, a.beneficiary_id, a.work_group_id, d.date,
             a.planned_hours / d.days as hours, a.planned_quantity / d.days as quantity
        from public.allocation a
        join public.production_task t on t.id = a.production_task_id
        join public.production_sheet s on s.id = t.production_sheet_id
        %s $q$, reporting_engine.allocation_days('s'));
end $$;

-- Stored steering rows --------------------------------------------------------------------------
-- The utilization weeks and the contribution months of every beneficiary (and, in 03-steering.sql,
-- of every workshop and work group) are stored, so that a report reads rows instead of recomputing
-- them: reporting_engine.mat_utilization_week, mat_contribution_beneficiary_month. Each is defined
-- once, by the query below over the aggregates (`p_keys`: the rows to compute, as a query of
-- (beneficiary_id, week) or (beneficiary_id, month)); the rebuild runs it for every row, the fold
-- (refresh_steering, 03-steering.sql) for the rows its changes touch. The published views read the
-- stored rows.

-- The beneficiaries with their last day counted: the exit, or today (the fold moves it on).
create function reporting_engine.steering_beneficiaries() returns text language sql immutable as $$
  select $q$
    select b.id, b.organization_id, b.establishment_id, b.weekly_hours, b.entry_date, b.main_workshop_id, b.work_group_id, b.referent_supervisor_id,
           least(coalesce(b.exit_date, current_date), current_date, date '2040-12-31') as last_day
      from public.beneficiary b $q$
$$;

-- Every (beneficiary_id, week) or (beneficiary_id, month) of presence (`p_grain`: week or month), of
-- the beneficiaries `p_filter` keeps.
create function reporting_engine.presence_periods(p_grain text, p_filter text default 'true') returns text language sql immutable as $$
  select format($q$
    select b.id as beneficiary_id, p.%1$s from (%2$s) b
      join reporting_engine.calendar_%1$s p on p.%1$s between date_trunc('%1$s', b.entry_date)::date and date_trunc('%1$s', b.last_day)::date
     where %3$s $q$, p_grain, reporting_engine.steering_beneficiaries(), p_filter)
$$;

-- Utilization per beneficiary and ISO week (reporting/README.md, *Utilization*): every week of the
-- beneficiary's presence, from the week of entry to the week of exit (or today), with or without
-- records. Contract hours = weekly hours × working days present that week ÷ 5 (working days: Monday to
-- Friday but public holidays, between entry and exit, and not after today). Allocated hours: the
-- planned hours of the beneficiary's own allocations on a production task, spread over the working
-- days of the task's sheet (planned_start to planned_end; agg_planned_beneficiary_day). Thresholds:
-- utilization_threshold valid on the week's Monday, else 0.60 and 1.10.
create function reporting_engine.utilization_week_query(p_keys text) returns text language sql immutable as $$
  select format($q$
  -- materialized, so that the bounds below reach the indexes of the stored rows as plain columns
  -- (row-level security lets no other expression of them through to an index)
  with grid as materialized (
    select b.*, k.week, k.week + 6 as week_end, greatest(k.week, b.entry_date) as first_present, least(k.week + 6, b.last_day) + 1 as after_present
      from (%1$s) k join (%2$s) b on b.id = k.beneficiary_id
     where k.week between date_trunc('week', b.entry_date)::date and date_trunc('week', b.last_day)::date
  ), presence as (
    -- joins, not scalar subqueries: a subquery in a column is evaluated again for every column that
    -- uses it (eight calendar look-ups per week instead of two)
    select g.*, greatest(coalesce(ca.working_days_before, 0) - coalesce(cf.working_days_before, 0), 0) as contract_days
      from grid g
      left join reporting_engine.calendar_day ca on ca.date = g.after_present
      left join reporting_engine.calendar_day cf on cf.date = g.first_present
  ), measured as (
    select g.*, round(g.weekly_hours * g.contract_days / 5.0, 2) as contract_hours,
           coalesce(r.hours, 0) as recorded_hours, coalesce(r.validated_hours, 0) as validated_hours, coalesce(r.records, 0) as records,
           round(coalesce((select sum(p.hours) from reporting_engine.agg_planned_beneficiary_day p
                            where p.organization_id = g.organization_id and p.beneficiary_id = g.id and p.date between g.week and g.week_end), 0), 2) as allocated_hours,
           coalesce((select a.workshop_id from public.beneficiary_assignment a
                      where a.beneficiary_id = g.id and a.start_date <= g.first_present and (a.end_date is null or a.end_date >= g.first_present)
                      order by a.start_date desc limit 1), g.main_workshop_id) as workshop_id,
           coalesce(th.under_utilized_below, 0.60) as under_threshold, coalesce(th.overloaded_above, 1.10) as over_threshold
      from presence g
      left join reporting_engine.agg_work_beneficiary_week r
        on r.organization_id = g.organization_id and r.establishment_id = g.establishment_id and r.week = g.week and r.beneficiary_id = g.id
      left join lateral (select t.under_utilized_below, t.overloaded_above from public.utilization_threshold t
                          where t.organization_id = g.organization_id and t.valid_from <= g.week order by t.valid_from desc limit 1) th on true
  )
  select organization_id, week, establishment_id, id as beneficiary_id, workshop_id, referent_supervisor_id as supervisor_id,
         contract_days, contract_hours, recorded_hours, validated_hours, records, allocated_hours,
         round(recorded_hours / nullif(contract_hours, 0), 4) as utilization,
         under_threshold, over_threshold,
         contract_hours > 0 and recorded_hours < under_threshold * contract_hours as under_utilized,
         contract_hours > 0 and recorded_hours > over_threshold * contract_hours as overloaded
    from measured $q$, p_keys, reporting_engine.steering_beneficiaries())
$$;

-- Contribution per beneficiary and month of presence (reporting/README.md, *Contribution indicators*):
-- volume, regularity (working days with a record ÷ working days present), stability of weekly hours
-- (coefficient of variation of the month's ISO weeks brought to a full week, from the stored
-- utilization weeks), quality (1 − rejected ÷ quantity) and planned against recorded hours. Placed in
-- the workshop and work group of the month: the parcours step valid on the first day of presence in
-- the month, else the main ones.
create function reporting_engine.contribution_month_query(p_keys text) returns text language sql immutable as $$
  select format($q$
  with grid as materialized (  -- as in utilization_week_query: plain columns for the bounds
    select b.*, k.month, (k.month + interval '1 month')::date - 1 as month_end,
           greatest(k.month, b.entry_date) as first_present, least((k.month + interval '1 month')::date - 1, b.last_day) as last_present,
           least((k.month + interval '1 month')::date - 1, b.last_day) + 1 as after_present,
           -- the weeks whose Thursday is in the month
           k.month - 3 as first_week, (k.month + interval '1 month')::date - 4 as last_week
      from (%1$s) k join (%2$s) b on b.id = k.beneficiary_id
     where k.month between date_trunc('month', b.entry_date)::date and date_trunc('month', b.last_day)::date
  ), measured as (
    select g.organization_id, g.month, g.establishment_id, g.id as beneficiary_id,
           coalesce(step.workshop_id, g.main_workshop_id) as workshop_id, coalesce(step.work_group_id, g.work_group_id) as work_group_id,
           g.referent_supervisor_id as supervisor_id,
           greatest(coalesce(ca.working_days_before, 0) - coalesce(cf.working_days_before, 0), 0) as contract_days,
           (select count(*) from reporting_engine.agg_work_beneficiary_day w
              join reporting_engine.calendar_day d on d.date = w.work_date and d.is_working_day
             where w.organization_id = g.organization_id and w.beneficiary_id = g.id
               and w.work_date between g.first_present and g.last_present and w.hours > 0) as days_with_record,
           coalesce(r.hours, 0) as hours, coalesce(r.validated_hours, 0) as validated_hours,
           coalesce(r.quantity, 0) as quantity, coalesce(r.rejected_quantity, 0) as rejected_quantity,
           round(coalesce((select sum(p.hours) from reporting_engine.agg_planned_beneficiary_day p
                            where p.organization_id = g.organization_id and p.beneficiary_id = g.id
                              and p.date between g.month and g.month_end), 0), 2) as planned_hours,
           wk.weeks as weeks_measured,
           case when wk.weeks >= 2 and wk.mean_hours > 0 then round(wk.sd_hours / wk.mean_hours, 4) end as weekly_hours_cv
      from grid g
      left join reporting_engine.calendar_day ca on ca.date = g.after_present
      left join reporting_engine.calendar_day cf on cf.date = g.first_present
      left join lateral (select a.workshop_id, a.work_group_id from public.beneficiary_assignment a
                          where a.beneficiary_id = g.id and a.start_date <= g.first_present and (a.end_date is null or a.end_date >= g.first_present)
                          order by a.start_date desc limit 1) step on true
      left join reporting_engine.agg_work_beneficiary_month r
        on r.organization_id = g.organization_id and r.establishment_id = g.establishment_id and r.month = g.month and r.beneficiary_id = g.id
      -- each ISO week in the month of its Thursday (ISO 8601); its hours brought to a full week of 5 working days
      cross join lateral (select count(*) as weeks, avg(u.recorded_hours * 5 / u.contract_days) as mean_hours,
                                 stddev_pop(u.recorded_hours * 5 / u.contract_days) as sd_hours
                            from reporting_engine.mat_utilization_week u
                           where u.organization_id = g.organization_id and u.beneficiary_id = g.id
                             and u.week between g.first_week and g.last_week and u.contract_days > 0) wk
  )
  select organization_id, month, establishment_id, beneficiary_id, workshop_id, work_group_id, supervisor_id, contract_days, days_with_record,
         round(days_with_record::numeric / nullif(contract_days, 0), 4) as regularity,
         weeks_measured, weekly_hours_cv,
         hours, validated_hours, quantity, rejected_quantity,
         round(1 - rejected_quantity / nullif(quantity, 0), 4) as quality,
         planned_hours, round(hours / nullif(planned_hours, 0), 4) as done_vs_planned
    from measured $q$, p_keys, reporting_engine.steering_beneficiaries())
$$;

-- The stored rows: tables of the queries' columns, keyed by organisation, beneficiary and period.
do $$
begin
  execute format('create table reporting_engine.mat_utilization_week as %s with no data',
                 reporting_engine.utilization_week_query(reporting_engine.presence_periods('week')));
  execute format('create table reporting_engine.mat_contribution_beneficiary_month as %s with no data',
                 reporting_engine.contribution_month_query(reporting_engine.presence_periods('month')));
end $$;
alter table reporting_engine.mat_utilization_week add unique (organization_id, beneficiary_id, week);
create index on reporting_engine.mat_utilization_week (organization_id, week);
alter table reporting_engine.mat_contribution_beneficiary_month add unique (organization_id, beneficiary_id, month);
create index on reporting_engine.mat_contribution_beneficiary_month (organization_id, month);

create view reporting.fct_utilization_week as
  select week, establishment_id, beneficiary_id, workshop_id, supervisor_id, contract_days, contract_hours, recorded_hours, validated_hours, records,
         allocated_hours, utilization, under_threshold, over_threshold, under_utilized, overloaded
    from reporting_engine.mat_utilization_week where organization_id = (select public.reporting_viewer_organization_id());

-- The same weeks summed per workshop (of the week) and supervisor: sums of the beneficiaries' rows,
-- with the count of beneficiaries flagged. Stored too (mat_utilization_workshop_week), per organisation
-- and week: `p_filter` keeps the weeks to compute.
create function reporting_engine.utilization_group_query(p_filter text) returns text language sql immutable as $$
  select format($q$
    select organization_id, week, establishment_id, workshop_id, supervisor_id, count(*) as beneficiaries,
           sum(contract_hours) as contract_hours, sum(recorded_hours) as recorded_hours, sum(validated_hours) as validated_hours,
           sum(allocated_hours) as allocated_hours, round(sum(recorded_hours) / nullif(sum(contract_hours), 0), 4) as utilization,
           count(*) filter (where under_utilized) as under_utilized_beneficiaries, count(*) filter (where overloaded) as overloaded_beneficiaries
      from reporting_engine.mat_utilization_week u
     where %s
     group by organization_id, week, establishment_id, workshop_id, supervisor_id $q$, p_filter)
$$;

do $$
begin
  execute format('create table reporting_engine.mat_utilization_workshop_week as %s with no data', reporting_engine.utilization_group_query('true'));
end $$;
create index on reporting_engine.mat_utilization_workshop_week (organization_id, week);

create view reporting.fct_utilization_workshop_week as
  select week, establishment_id, workshop_id, supervisor_id, beneficiaries, contract_hours, recorded_hours, validated_hours,
         allocated_hours, utilization, under_utilized_beneficiaries, overloaded_beneficiaries
    from reporting_engine.mat_utilization_workshop_week where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.fct_contribution_beneficiary_month as
  select month, establishment_id, beneficiary_id, workshop_id, work_group_id, supervisor_id, contract_days, days_with_record, regularity,
         weeks_measured, weekly_hours_cv, hours, validated_hours, quantity, rejected_quantity, quality, planned_hours, done_vs_planned
    from reporting_engine.mat_contribution_beneficiary_month where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.work_by_beneficiary_month as
  select month, establishment_id, beneficiary_id, hours, validated_hours, quantity, rejected_quantity, records
    from reporting_engine.agg_work_beneficiary_month where organization_id = (select public.reporting_viewer_organization_id());

-- Sales by the date of each event: invoices at their issue date, credit notes at theirs, payments at
-- theirs. Labour cost = net HT − deductible costs (art. D5212-22 split; docs/domain.md). This is activity
-- reporting, not the OETH attestation, which counts paid invoices only.
create view reporting.sales_by_customer_month as
  select month, customer_id,
         invoiced_ht_cents, credited_ht_cents, net_ht_cents, deductible_cents, labour_cost_cents, paid_cents,
         round(net_ht_cents / 100.0, 2)::numeric(14,2) as net_ht_eur,
         round(labour_cost_cents / 100.0, 2)::numeric(14,2) as labour_cost_eur,
         round(paid_cents / 100.0, 2)::numeric(14,2) as paid_eur
    from reporting_engine.agg_sales_customer_month where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.sales_by_establishment_month as
  select month, establishment_id,
         invoiced_ht_cents, credited_ht_cents, net_ht_cents, deductible_cents, labour_cost_cents, paid_cents,
         round(net_ht_cents / 100.0, 2)::numeric(14,2) as net_ht_eur,
         round(labour_cost_cents / 100.0, 2)::numeric(14,2) as labour_cost_eur,
         round(paid_cents / 100.0, 2)::numeric(14,2) as paid_eur
    from reporting_engine.agg_sales_establishment_month where organization_id = (select public.reporting_viewer_organization_id());

create view reporting.sales_by_catalog_item_month as
  select month, establishment_id, catalog_item_id, quantity, net_ht_cents, deductible_cents, labour_cost_cents,
         round(net_ht_cents / 100.0, 2)::numeric(14,2) as net_ht_eur,
         round(labour_cost_cents / 100.0, 2)::numeric(14,2) as labour_cost_eur
    from reporting_engine.agg_sales_item_month where organization_id = (select public.reporting_viewer_organization_id());

-- How fresh the figures are: show it on the report page. On a read replica (a streaming standby,
-- where Power BI may read) also how far behind the primary it is: 0 when it has replayed all it
-- received, else the age of the last transaction it replayed; null on the primary.
create view reporting.refresh_status as
  select s.last_fold_at, s.last_rebuild_at, s.installed_at,
         (select count(*) from reporting_engine.work_delta d where d.organization_id = (select public.reporting_viewer_organization_id())) as pending_work_changes,
         (select count(*) from reporting_engine.sales_delta d where d.organization_id = (select public.reporting_viewer_organization_id())) as pending_sales_changes,
         pg_is_in_recovery() as on_replica,
         case when pg_is_in_recovery() then
           case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                else round(extract(epoch from now() - pg_last_xact_replay_timestamp())::numeric, 3) end
         end as replica_lag_seconds
    from reporting_engine.state s;
