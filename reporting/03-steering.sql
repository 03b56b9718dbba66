-- Steering: the dimensions of supervision (work groups, supervisors), the allocations as a fact, and
-- the contribution indicators per workshop and per work group × month (reporting/README.md, *What
-- the figures count*). Every indicator of a group is computed from the beneficiaries' rows of
-- fct_contribution_beneficiary_month, so a group's figures are the sums of its members' and never a
-- second formula.

-- Dimensions -------------------------------------------------------------------------------------

create view reporting.dim_work_group as
  select id as work_group_id, workshop_id, code, name from public.work_group
   where organization_id = (select public.reporting_viewer_organization_id());

-- Supervisors (moniteurs d'atelier): accounts with the supervisor role, linked to a workshop, or
-- referent of a beneficiary. Initials only: a staff member's name and e-mail stay in the API.
create view reporting.dim_supervisor as
  select u.id as supervisor_id,
         (select string_agg(upper(left(part, 1)), '' order by n) from regexp_split_to_table(u.display_name, '\s+') with ordinality p(part, n) where part <> '') as initials,
         u.active as is_active,
         (select string_agg(w.code, ', ' order by w.code) from public.workshop_supervisor s join public.workshop w on w.id = s.workshop_id
           where s.user_id = u.id) as workshop_codes
    from public.app_user u
   where u.organization_id = (select public.reporting_viewer_organization_id())
     and ('supervisor' = any (u.roles)
          or exists (select 1 from public.workshop_supervisor s where s.user_id = u.id)
          or exists (select 1 from public.beneficiary b where b.referent_supervisor_id = u.id));

-- Facts ------------------------------------------------------------------------------------------

-- Allocations per month: grain allocation × month. Each allocation on a production task, its planned
-- hours and quantity spread evenly over the working days of the task's sheet; the month gets the
-- share of its working days. An allocation names a beneficiary or a work group (the other is null).
-- Allocations without a task (no dates) have no month and are not here.
create view reporting.fct_allocation_month as
  select a.allocation_id, date_trunc('month', a.date)::date as month, o.establishment_id, s.workshop_id, t.activity_id,
         l.catalog_item_id, o.customer_id, a.beneficiary_id, a.work_group_id,
         count(*)::integer as working_days,
         round(sum(a.hours), 2) as planned_hours, round(sum(a.quantity), 3) as planned_quantity
    from reporting_engine.allocation_day a
    join public.allocation al on al.id = a.allocation_id
    join public.production_task t on t.id = al.production_task_id
    join public.production_sheet s on s.id = t.production_sheet_id
    join public.order_line l on l.id = al.order_line_id
    join public.sales_order o on o.id = l.order_id
   where a.organization_id = (select public.reporting_viewer_organization_id())
   group by a.allocation_id, date_trunc('month', a.date), o.establishment_id, s.workshop_id, t.activity_id, l.catalog_item_id, o.customer_id,
            a.beneficiary_id, a.work_group_id;

-- Contribution per group × month, for the three kinds of group (workshop, work group, establishment):
-- the beneficiaries whose workshop, work group or establishment of the month
-- (fct_contribution_beneficiary_month) is the group, wherever they recorded their hours. Active
-- members: those whose hours of the month net to more than 0. Regularity, quality and done vs planned
-- are ratios of the sums; stability is the mean of the members' coefficients of variation. Planned
-- hours: the members' own allocations plus the allocations to a work group (counted in that group, in
-- its workshop and in the workshop's establishment). Stored as the beneficiaries' rows are
-- (02-views.sql, *Stored steering rows*): `p_filter` keeps the (kind, group_id, month) rows to compute.
-- The establishment rows make a count per establishment × month one read of a few hundred rows (bench
-- figure 4, q7 and q14: a group-by over the 36 000 beneficiary months of a year before).
-- The groups a beneficiary's month counts in (their workshop, work group and establishment of the
-- month), or a work group's planned hours (the group, its workshop, the workshop's establishment):
-- (kind, group_id) rows, the null ones left out. One list of the kinds for the stored group rows and
-- for the fold that finds which of them to recompute; a plain SQL function, inlined in a lateral join.
create function reporting_engine.group_keys(p_workshop_id bigint, p_work_group_id bigint, p_establishment_id bigint)
  returns table (kind text, group_id bigint) language sql immutable as $$
  select k.kind, k.group_id from (values ('workshop', p_workshop_id), ('work_group', p_work_group_id), ('establishment', p_establishment_id)) k(kind, group_id)
   where k.group_id is not null
$$;

-- `p_filter` keeps the group rows to compute; `p_months`, when given, a query of the (organization_id,
-- month) they are in, which reaches the indexes of the rows summed (the filter alone is on the group
-- keys computed from them, so every stored beneficiary month would be read).
create function reporting_engine.contribution_group_query(p_filter text, p_months text default null) returns text language sql immutable as $$
  select format($q$
  with member_and_plan as (
    select c.organization_id, c.month, k.kind, k.group_id, 1 as member, (c.hours > 0)::integer as active, c.contract_days, c.days_with_record, c.weekly_hours_cv,
           c.hours, c.validated_hours, c.quantity, c.rejected_quantity, c.planned_hours, 0::numeric as group_planned_hours
      from reporting_engine.mat_contribution_beneficiary_month c
      cross join lateral reporting_engine.group_keys(c.workshop_id, c.work_group_id, c.establishment_id) k
     where %2$s
    union all
    select p.organization_id, p.month, k.kind, k.group_id, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, p.hours
      from reporting_engine.agg_planned_work_group_month p
      join public.work_group g on g.id = p.work_group_id
      join public.workshop w on w.id = g.workshop_id
      cross join lateral reporting_engine.group_keys(g.workshop_id, g.id, w.establishment_id) k
     -- a month whose planned hours the fold netted to nothing (taken back, or expanded to the members)
     -- is not a plan: the rebuild has no row for it
     where (p.hours <> 0 or p.quantity <> 0) and %3$s
  ), summed as (
    select organization_id, month, kind, group_id, sum(member) as beneficiaries, sum(active) as active_beneficiaries,
           sum(contract_days) as contract_days, sum(days_with_record) as days_with_record,
           avg(weekly_hours_cv) as avg_weekly_hours_cv, sum(hours) as hours, sum(validated_hours) as validated_hours,
           sum(quantity) as quantity, sum(rejected_quantity) as rejected_quantity,
           sum(planned_hours) + round(sum(group_planned_hours), 2) as planned_hours
      from member_and_plan r
     where %1$s
     group by organization_id, month, kind, group_id
  )
  select organization_id, month, kind, group_id, beneficiaries, active_beneficiaries, contract_days, days_with_record,
         round(days_with_record::numeric / nullif(contract_days, 0), 4) as regularity,
         round(avg_weekly_hours_cv, 4) as avg_weekly_hours_cv,
         hours, validated_hours, quantity, rejected_quantity,
         round(1 - rejected_quantity / nullif(quantity, 0), 4) as quality,
         planned_hours, round(hours / nullif(planned_hours, 0), 4) as done_vs_planned
    from summed $q$, p_filter,
    case when p_months is null then 'true' else format('(c.organization_id, c.month) in (%s)', p_months) end,
    case when p_months is null then 'true' else format('(p.organization_id, p.month) in (%s)', p_months) end)
$$;

do $$
begin
  execute format('create table reporting_engine.mat_contribution_group_month as %s with no data', reporting_engine.contribution_group_query('true'));
end $$;
alter table reporting_engine.mat_contribution_group_month add unique (organization_id, kind, group_id, month);
create index on reporting_engine.mat_contribution_group_month (organization_id, kind, month);

create view reporting_engine.contribution_group_month as
  select month, kind, group_id, beneficiaries, active_beneficiaries, contract_days, days_with_record, regularity, avg_weekly_hours_cv,
         hours, validated_hours, quantity, rejected_quantity, quality, planned_hours, done_vs_planned
    from reporting_engine.mat_contribution_group_month where organization_id = (select public.reporting_viewer_organization_id());

-- Objectives' actuals, stored: grain objective. Each objective as it was when computed (subject,
-- measure, period, target, status) with the sums of the months of its period in the monthly
-- contribution rows of its subject (the beneficiary's, or the work group's or workshop's in
-- mat_contribution_group_month) and the actual they give. The fold recomputes an objective's row when
-- one of its subject's months in its period was recomputed, and when the objective was created,
-- edited or deleted: those queue it in dirty_objective, in the writer's transaction, and until the
-- fold stores it again fct_objective_progress computes a queued objective from the monthly rows at
-- read time and ignores its stored row. So the view reads one table, not the objectives joined to
-- their stored sums (bench figure 4, q13: 126 ms p99 from the monthly rows at each query, 79 ms with
-- that join). `p_filter` keeps the objectives (`o`) to compute.
create function reporting_engine.objective_sums_sql() returns text language sql immutable as $$
  -- the subject's months of the period (objective `o`): plain columns in the conditions, so that the
  -- row-level security of the stored rows lets only those reach their index
  select $q$(
    select coalesce(sum(s.hours), 0) as hours, coalesce(sum(s.quantity), 0) as quantity, coalesce(sum(s.rejected_quantity), 0) as rejected_quantity
      from (select c.hours, c.quantity, c.rejected_quantity from reporting_engine.mat_contribution_beneficiary_month c
             where o.scope = 'individual' and c.organization_id = o.organization_id and c.beneficiary_id = o.beneficiary_id
               and c.month between o.period_start and o.period_end
            union all
            select g.hours, g.quantity, g.rejected_quantity from reporting_engine.mat_contribution_group_month g
             where o.scope = 'work_group' and g.organization_id = o.organization_id and g.kind = 'work_group' and g.group_id = o.work_group_id
               and g.month between o.period_start and o.period_end
            union all
            select g.hours, g.quantity, g.rejected_quantity from reporting_engine.mat_contribution_group_month g
             where o.scope = 'workshop' and g.organization_id = o.organization_id and g.kind = 'workshop' and g.group_id = o.workshop_id
               and g.month between o.period_start and o.period_end) s)$q$
$$;

create function reporting_engine.objective_actual_query(p_filter text) returns text language sql immutable as $$
  select format($q$
  select o.organization_id, o.id as objective_id, o.scope, o.beneficiary_id, o.work_group_id, o.workshop_id, o.measure,
         o.period_start, o.period_end, o.target, o.status, a.hours, a.quantity, a.rejected_quantity,
         v.actual_value, round(v.actual_value / o.target, 4) as progress, coalesce(v.actual_value >= o.target, false) as reached
    from public.objective o cross join lateral %s a
    cross join lateral (select case o.measure when 'hours' then a.hours when 'quantity' then a.quantity
                                              else round(1 - a.rejected_quantity / nullif(a.quantity, 0), 4) end as actual_value) v
   where %s $q$, reporting_engine.objective_sums_sql(), p_filter)
$$;

do $$
begin
  execute format('create table reporting_engine.mat_objective_actual as %s with no data', reporting_engine.objective_actual_query('true'));
end $$;
alter table reporting_engine.mat_objective_actual add unique (objective_id);
-- fct_objective_progress reads one organisation's rows, in objective order
create index on reporting_engine.mat_objective_actual (organization_id, objective_id);

create table reporting_engine.dirty_objective (organization_id bigint not null, objective_id bigint not null);

create function reporting_engine.capture_objectives() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  execute format('insert into reporting_engine.dirty_objective select organization_id, id from %s',
    case tg_op when 'INSERT' then 'new_rows' when 'DELETE' then 'old_rows'
               else '(select organization_id, id from new_rows union select organization_id, id from old_rows) c' end);
  return null;
end $$;

create trigger reporting_dirty_objective_insert after insert on public.objective
  referencing new table as new_rows for each statement execute function reporting_engine.capture_objectives();
create trigger reporting_dirty_objective_update after update on public.objective
  referencing old table as old_rows new table as new_rows for each statement execute function reporting_engine.capture_objectives();
create trigger reporting_dirty_objective_delete after delete on public.objective
  referencing old table as old_rows for each statement execute function reporting_engine.capture_objectives();

-- The fold's step after refresh_steering: the objectives queued (by their own changes, or by
-- refresh_steering for the subject's months it recomputed), computed again.
create function reporting_engine.refresh_objectives() returns void
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  ids bigint[];
begin
  with d as (delete from reporting_engine.dirty_objective returning objective_id) select array_agg(distinct objective_id) into ids from d;
  if ids is null then
    return;
  end if;
  delete from reporting_engine.mat_objective_actual where objective_id = any(ids);
  perform reporting_engine.recompute_steering('mat_objective_actual', format('o.id = any(%L::bigint[])', ids));
end $$;

-- The stored steering rows in the rebuild, after the aggregates they read and in this order.
insert into reporting_engine.aggregate (name, source, stage, keys, measures) values
  ('mat_utilization_week', 'steering', 1, '{organization_id,beneficiary_id,week}', '{}'),
  ('mat_contribution_beneficiary_month', 'steering', 2, '{organization_id,beneficiary_id,month}', '{}'),
  ('mat_utilization_workshop_week', 'steering', 2, '{organization_id,week}', '{}'),
  ('mat_contribution_group_month', 'steering', 3, '{organization_id,kind,group_id,month}', '{}'),
  ('mat_objective_actual', 'steering', 4, '{organization_id,objective_id}', '{}');

-- Computes stored steering rows of `p_name`: all of them when p_keys is null (the rebuild, after
-- deleting them), else those of the keys (the fold, after deleting them: it passes the arrays of the
-- changed beneficiary × week, the beneficiaries to redo whole, the changed beneficiary × month or
-- group × month). Returns the rows written. All the rows of a beneficiary and period are computed one
-- organisation at a time: one statement over every beneficiary-week of a national data set hashes
-- millions of rows to temporary files, one per organisation stays in memory (docs/scale-out.md,
-- *The steering rows at national scale*).
create function reporting_engine.recompute_steering(p_name text, p_keys text, p_months text default null) returns bigint
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  grain text := case p_name when 'mat_utilization_week' then 'week' when 'mat_contribution_beneficiary_month' then 'month' end;
  organization bigint;
  written bigint := 0;
begin
  if p_keys is null and grain is not null then
    for organization in select distinct b.organization_id from public.beneficiary b order by 1 loop
      written := written + reporting_engine.recompute_steering(p_name, reporting_engine.presence_periods(grain, format('b.organization_id = %s', organization)));
    end loop;
    return written;
  end if;
  execute format('insert into reporting_engine.%I select * from (%s) q', p_name,
    case p_name
      when 'mat_utilization_week' then reporting_engine.utilization_week_query(p_keys)
      when 'mat_contribution_beneficiary_month' then reporting_engine.contribution_month_query(p_keys)
      when 'mat_utilization_workshop_week' then reporting_engine.utilization_group_query(coalesce(p_keys, 'true'))
      when 'mat_objective_actual' then reporting_engine.objective_actual_query(coalesce(p_keys, 'true'))
      else reporting_engine.contribution_group_query(coalesce(p_keys, 'true'), p_months) end);
  get diagnostics written = row_count;
  return written;
end $$;

-- The fold's last step: the stored steering rows its changes touched, computed again.
--  - today moved on since the last fold: the weeks from the last day counted to today, for everyone
--    present then or since (their last week of presence grows or a new one starts);
--  - the queues: beneficiary × week from the work and planned hours folded, whole beneficiaries from
--    their own changes, work group × month from the planned hours of groups;
--  - a beneficiary's months: those of the days of each changed week (a week is the month's of its
--    Thursday for stability, and its days count in their own months);
--  - a workshop's weeks (per supervisor): every week of the organisation where a recomputed
--    beneficiary week was or is now;
--  - a group's months: those where a recomputed beneficiary row left it or joined it, and those of
--    the groups' own planned hours (in the work group, its workshop and the workshop's establishment).
-- Every key carries its organisation, the first column of the stored rows' indexes, and the whole
-- beneficiaries and the single periods are looked up in separate statements (an OR of the two made
-- PostgreSQL scan the 36 M stored weeks of a national data set: 20 s per fold, bench/README.md).
create function reporting_engine.refresh_steering() returns void
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  last_day date;
  whole_organizations bigint[];
  whole bigint[];
  week_keys_organizations bigint[];
  week_beneficiaries bigint[];
  weeks date[];
  month_keys_organizations bigint[];
  month_beneficiaries bigint[];
  months date[];
  group_organizations bigint[];
  group_kinds text[];
  group_ids bigint[];
  group_months date[];
  week_organizations bigint[];
  group_weeks date[];
begin
  select as_of_date into last_day from reporting_engine.state;
  if last_day is distinct from current_date then
    insert into reporting_engine.dirty_week
      select b.organization_id, b.id, w.week from public.beneficiary b
        join reporting_engine.calendar_week w on w.week between date_trunc('week', least(coalesce(last_day, current_date), current_date))::date and date_trunc('week', current_date)::date
       where b.entry_date <= current_date and (b.exit_date is null or b.exit_date >= coalesce(last_day, current_date));
    update reporting_engine.state set as_of_date = current_date;
  end if;
  with d as (delete from reporting_engine.dirty_beneficiary returning organization_id, beneficiary_id),
       k as (select distinct organization_id, beneficiary_id from d)
  select coalesce(array_agg(organization_id), '{}'), coalesce(array_agg(beneficiary_id), '{}') into whole_organizations, whole from k;
  with d as (delete from reporting_engine.dirty_week returning organization_id, beneficiary_id, week),
       k as (select distinct organization_id, beneficiary_id, week from d where beneficiary_id <> all(whole))
  select coalesce(array_agg(organization_id), '{}'), coalesce(array_agg(beneficiary_id), '{}'), coalesce(array_agg(week), '{}')
    into week_keys_organizations, week_beneficiaries, weeks from k;
  select coalesce(array_agg(organization_id), '{}'), coalesce(array_agg(beneficiary_id), '{}'), coalesce(array_agg(month), '{}')
    into month_keys_organizations, month_beneficiaries, months
    from (select distinct k.organization_id, k.beneficiary_id, date_trunc('month', k.week + o.days)::date as month
            from unnest(week_keys_organizations, week_beneficiaries, weeks) k(organization_id, beneficiary_id, week)
            cross join (values (0), (6)) o(days)) m;
  if cardinality(whole) + cardinality(weeks) = 0 and not exists (select 1 from reporting_engine.dirty_work_group_month) then
    return;
  end if;

  -- (the two deletes of one statement touch different rows: a whole beneficiary has no single week queued)
  with gone_whole as (
    delete from reporting_engine.mat_utilization_week u
     where (u.organization_id, u.beneficiary_id) in (select * from unnest(whole_organizations, whole))
    returning u.organization_id, u.week),
  gone_weeks as (
    delete from reporting_engine.mat_utilization_week u
     where (u.organization_id, u.beneficiary_id, u.week) in (select * from unnest(week_keys_organizations, week_beneficiaries, weeks))
    returning u.organization_id, u.week)
  select array_agg(organization_id), array_agg(week) into week_organizations, group_weeks
    from (select * from gone_whole union select * from gone_weeks) g;
  perform reporting_engine.recompute_steering('mat_utilization_week', format(
    'select * from unnest(%L::bigint[], %L::date[]) k(beneficiary_id, week) union %s',
    week_beneficiaries, weeks, reporting_engine.presence_periods('week', format('b.id = any(%L::bigint[])', whole))));
  -- the workshop weeks: every week (of its organisation) where a recomputed row was or is now
  select array_agg(organization_id), array_agg(week) into week_organizations, group_weeks
    from (select u.organization_id, u.week from reporting_engine.mat_utilization_week u
           where (u.organization_id, u.beneficiary_id) in (select * from unnest(whole_organizations, whole))
          union select u.organization_id, u.week from reporting_engine.mat_utilization_week u
           where (u.organization_id, u.beneficiary_id, u.week) in (select * from unnest(week_keys_organizations, week_beneficiaries, weeks))
          union select * from unnest(week_organizations, group_weeks)) w;
  if week_organizations is not null then
    delete from reporting_engine.mat_utilization_workshop_week g where (g.organization_id, g.week) in (select * from unnest(week_organizations, group_weeks));
    perform reporting_engine.recompute_steering('mat_utilization_workshop_week', format(
      '(u.organization_id, u.week) in (select * from unnest(%L::bigint[], %L::date[]))', week_organizations, group_weeks));
  end if;

  with gone_whole as (
    delete from reporting_engine.mat_contribution_beneficiary_month c
     where (c.organization_id, c.beneficiary_id) in (select * from unnest(whole_organizations, whole))
    returning c.organization_id, c.month, c.workshop_id, c.work_group_id, c.establishment_id),
  gone_months as (
    delete from reporting_engine.mat_contribution_beneficiary_month c
     where (c.organization_id, c.beneficiary_id, c.month) in (select * from unnest(month_keys_organizations, month_beneficiaries, months))
    returning c.organization_id, c.month, c.workshop_id, c.work_group_id, c.establishment_id)
  select array_agg(g.organization_id), array_agg(k.kind), array_agg(k.group_id), array_agg(g.month) into group_organizations, group_kinds, group_ids, group_months
    from (select * from gone_whole union all select * from gone_months) g
    cross join lateral reporting_engine.group_keys(g.workshop_id, g.work_group_id, g.establishment_id) k;
  perform reporting_engine.recompute_steering('mat_contribution_beneficiary_month', format(
    'select * from unnest(%L::bigint[], %L::date[]) k(beneficiary_id, month) union %s',
    month_beneficiaries, months, reporting_engine.presence_periods('month', format('b.id = any(%L::bigint[])', whole))));
  -- the individual objectives whose months were recomputed (refresh_objectives)
  insert into reporting_engine.dirty_objective
    select o.organization_id, o.id from public.objective o where o.beneficiary_id = any(whole)
    union
    select o.organization_id, o.id from unnest(month_beneficiaries, months) k(beneficiary_id, month)
      join public.objective o on o.beneficiary_id = k.beneficiary_id and k.month between o.period_start and o.period_end;

  -- the groups the recomputed rows are in now, and those of the groups' planned hours
  with planned as (delete from reporting_engine.dirty_work_group_month returning organization_id, work_group_id, month),
  recomputed as (
    select c.organization_id, c.month, c.workshop_id, c.work_group_id, c.establishment_id from reporting_engine.mat_contribution_beneficiary_month c
     where (c.organization_id, c.beneficiary_id) in (select * from unnest(whole_organizations, whole))
    union all
    select c.organization_id, c.month, c.workshop_id, c.work_group_id, c.establishment_id from reporting_engine.mat_contribution_beneficiary_month c
     where (c.organization_id, c.beneficiary_id, c.month) in (select * from unnest(month_keys_organizations, month_beneficiaries, months))
  ),
  joined as (
    select c.organization_id, k.kind, k.group_id, c.month from recomputed c
      cross join lateral reporting_engine.group_keys(c.workshop_id, c.work_group_id, c.establishment_id) k
    union all
    select d.organization_id, k.kind, k.group_id, d.month from planned d
      join public.work_group g on g.id = d.work_group_id
      join public.workshop w on w.id = g.workshop_id
      cross join lateral reporting_engine.group_keys(g.workshop_id, g.id, w.establishment_id) k
    union all
    select * from unnest(group_organizations, group_kinds, group_ids, group_months)
  ), keys as (select distinct * from joined)
  select array_agg(organization_id), array_agg(kind), array_agg(group_id), array_agg(month) into group_organizations, group_kinds, group_ids, group_months from keys;
  if group_kinds is null then
    return;
  end if;
  delete from reporting_engine.mat_contribution_group_month c
   where (c.organization_id, c.kind, c.group_id, c.month) in (select * from unnest(group_organizations, group_kinds, group_ids, group_months));
  perform reporting_engine.recompute_steering('mat_contribution_group_month',
    format('(r.organization_id, r.kind, r.group_id, r.month) in (select * from unnest(%L::bigint[], %L::text[], %L::bigint[], %L::date[]))',
           group_organizations, group_kinds, group_ids, group_months),
    format('select distinct * from unnest(%L::bigint[], %L::date[])', group_organizations, group_months));
  -- the collective objectives whose months were recomputed
  insert into reporting_engine.dirty_objective
    select o.organization_id, o.id from unnest(group_kinds, group_ids, group_months) k(kind, group_id, month)
      join public.objective o on o.work_group_id = k.group_id and k.kind = 'work_group' and k.month between o.period_start and o.period_end
    union
    select o.organization_id, o.id from unnest(group_kinds, group_ids, group_months) k(kind, group_id, month)
      join public.objective o on o.workshop_id = k.group_id and k.kind = 'workshop' and k.month between o.period_start and o.period_end;
end $$;

revoke all on function reporting_engine.recompute_steering(text, text, text), reporting_engine.refresh_steering(), reporting_engine.refresh_objectives() from public;

-- Grain month × workshop (every month with a member or a plan).
create view reporting.fct_contribution_workshop_month as
  select c.month, w.establishment_id, c.group_id as workshop_id, c.beneficiaries, c.active_beneficiaries, c.contract_days, c.days_with_record, c.regularity,
         c.avg_weekly_hours_cv, c.hours, c.validated_hours, c.quantity, c.rejected_quantity, c.quality, c.planned_hours, c.done_vs_planned
    from reporting_engine.contribution_group_month c join public.workshop w on w.id = c.group_id
   where c.kind = 'workshop';

-- Grain month × work group (every month with a member or a plan).
create view reporting.fct_contribution_work_group_month as
  select c.month, w.establishment_id, g.workshop_id, c.group_id as work_group_id, c.beneficiaries, c.active_beneficiaries, c.contract_days, c.days_with_record, c.regularity,
         c.avg_weekly_hours_cv, c.hours, c.validated_hours, c.quantity, c.rejected_quantity, c.quality, c.planned_hours, c.done_vs_planned
    from reporting_engine.contribution_group_month c join public.work_group g on g.id = c.group_id join public.workshop w on w.id = g.workshop_id
   where c.kind = 'work_group';

-- Grain month × establishment (every month with a member or a plan): the beneficiaries of the
-- establishment, wherever they recorded their hours.
create view reporting.fct_contribution_establishment_month as
  select c.month, c.group_id as establishment_id, c.beneficiaries, c.active_beneficiaries, c.contract_days, c.days_with_record, c.regularity,
         c.avg_weekly_hours_cv, c.hours, c.validated_hours, c.quantity, c.rejected_quantity, c.quality, c.planned_hours, c.done_vs_planned
    from reporting_engine.contribution_group_month c
   where c.kind = 'establishment';

-- Objectives against their actuals: grain objective. The actuals are the months of the objective's
-- period in the monthly contribution views (the beneficiary's, the work group's or the workshop's),
-- so an objective's progress and a dashboard of the same months never differ. Hours and quantity:
-- sums of the months; quality: 1 − rejected ÷ quantity of their sums. The objective's title and
-- outcome (free text) stay in the API. The stored rows, but those of the objectives queued for the
-- fold, which are computed here as the fold would (mat_objective_actual above).
do $$
begin
  execute format($v$
create view reporting.fct_objective_progress as
  with actual as (
    select m.objective_id, m.scope, m.beneficiary_id, m.work_group_id, m.workshop_id, m.measure, m.period_start, m.period_end, m.target, m.status,
           m.actual_value, m.progress, m.reached
      from reporting_engine.mat_objective_actual m
     where m.organization_id = (select public.reporting_viewer_organization_id())
       and not exists (select 1 from reporting_engine.dirty_objective d where d.objective_id = m.objective_id)
    union all
    select q.objective_id, q.scope, q.beneficiary_id, q.work_group_id, q.workshop_id, q.measure, q.period_start, q.period_end, q.target, q.status,
           q.actual_value, q.progress, q.reached
      from (%s) q
  )
  select a.objective_id, a.scope, coalesce(b.establishment_id, gw.establishment_id, w.establishment_id) as establishment_id,
         a.beneficiary_id, a.work_group_id, a.workshop_id, a.measure, a.period_start, a.period_end,
         a.period_start as month, a.target, a.status, a.actual_value, a.progress, a.reached,  -- a period starts on the first of a month (its check)
         round(least(greatest(least(current_date, a.period_end) - a.period_start + 1, 0), a.period_end - a.period_start + 1)::numeric
               / (a.period_end - a.period_start + 1), 4) as elapsed_share
    from actual a
    left join public.beneficiary b on b.id = a.beneficiary_id
    left join public.work_group g on g.id = a.work_group_id
    left join public.workshop gw on gw.id = g.workshop_id
    left join public.workshop w on w.id = a.workshop_id$v$,
    reporting_engine.objective_actual_query(
      'o.organization_id = (select public.reporting_viewer_organization_id()) and o.id in (select d.objective_id from reporting_engine.dirty_objective d)'));
end $$;
