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

-- Contribution per group × month, for the two kinds of group (workshop, work group): the beneficiaries
-- whose workshop or work group of the month (fct_contribution_beneficiary_month) is the group, wherever
-- they recorded their hours. Regularity, quality and done vs planned are ratios of the sums; stability
-- is the mean of the members' coefficients of variation. Planned hours: the members' own allocations
-- plus the allocations to a work group (counted in that group and in its workshop).
create view reporting_engine.contribution_group_month as
  with members as (
    select c.month, k.kind, k.group_id, count(*) as beneficiaries, sum(c.contract_days) as contract_days, sum(c.days_with_record) as days_with_record,
           avg(c.weekly_hours_cv) as avg_weekly_hours_cv, sum(c.hours) as hours, sum(c.validated_hours) as validated_hours,
           sum(c.quantity) as quantity, sum(c.rejected_quantity) as rejected_quantity, sum(c.planned_hours) as planned_hours
      from reporting.fct_contribution_beneficiary_month c
      cross join lateral (values ('workshop', c.workshop_id), ('work_group', c.work_group_id)) k(kind, group_id)
     where k.group_id is not null
     group by c.month, k.kind, k.group_id
  ), group_planned as (
    select date_trunc('month', a.date)::date as month, k.kind, k.group_id, round(sum(a.hours), 2) as planned_hours
      from reporting_engine.allocation_day a
      join public.work_group g on g.id = a.work_group_id
      cross join lateral (values ('workshop', g.workshop_id), ('work_group', g.id)) k(kind, group_id)
     where a.organization_id = (select public.reporting_viewer_organization_id())
     group by 1, 2, 3
  ), joined as (
    select coalesce(m.month, gp.month) as month, coalesce(m.kind, gp.kind) as kind, coalesce(m.group_id, gp.group_id) as group_id,
           coalesce(m.beneficiaries, 0) as beneficiaries, coalesce(m.contract_days, 0) as contract_days, coalesce(m.days_with_record, 0) as days_with_record,
           m.avg_weekly_hours_cv, coalesce(m.hours, 0) as hours, coalesce(m.validated_hours, 0) as validated_hours,
           coalesce(m.quantity, 0) as quantity, coalesce(m.rejected_quantity, 0) as rejected_quantity,
           coalesce(m.planned_hours, 0) + coalesce(gp.planned_hours, 0) as planned_hours
      from members m full join group_planned gp on gp.kind = m.kind and gp.group_id = m.group_id and gp.month = m.month
  )
  select month, kind, group_id, beneficiaries, contract_days, days_with_record,
         round(days_with_record::numeric / nullif(contract_days, 0), 4) as regularity,
         round(avg_weekly_hours_cv, 4) as avg_weekly_hours_cv,
         hours, validated_hours, quantity, rejected_quantity,
         round(1 - rejected_quantity / nullif(quantity, 0), 4) as quality,
         planned_hours, round(hours / nullif(planned_hours, 0), 4) as done_vs_planned
    from joined;

-- Grain month × workshop (every month with a member or a plan).
create view reporting.fct_contribution_workshop_month as
  select c.month, w.establishment_id, c.group_id as workshop_id, c.beneficiaries, c.contract_days, c.days_with_record, c.regularity,
         c.avg_weekly_hours_cv, c.hours, c.validated_hours, c.quantity, c.rejected_quantity, c.quality, c.planned_hours, c.done_vs_planned
    from reporting_engine.contribution_group_month c join public.workshop w on w.id = c.group_id
   where c.kind = 'workshop';

-- Grain month × work group (every month with a member or a plan).
create view reporting.fct_contribution_work_group_month as
  select c.month, w.establishment_id, g.workshop_id, c.group_id as work_group_id, c.beneficiaries, c.contract_days, c.days_with_record, c.regularity,
         c.avg_weekly_hours_cv, c.hours, c.validated_hours, c.quantity, c.rejected_quantity, c.quality, c.planned_hours, c.done_vs_planned
    from reporting_engine.contribution_group_month c join public.work_group g on g.id = c.group_id join public.workshop w on w.id = g.workshop_id
   where c.kind = 'work_group';

-- Objectives against their actuals: grain objective. The actuals are the months of the objective's
-- period in the monthly contribution views (the beneficiary's, the work group's or the workshop's),
-- so an objective's progress and a dashboard of the same months never differ. Hours and quantity:
-- sums of the months; quality: 1 − rejected ÷ quantity of their sums. The objective's title and
-- outcome (free text) stay in the API.
create view reporting.fct_objective_progress as
  with subject_month as (
    select 'individual'::text as scope, c.beneficiary_id as subject_id, c.month, c.hours, c.quantity, c.rejected_quantity
      from reporting.fct_contribution_beneficiary_month c
    union all
    select g.kind, g.group_id, g.month, g.hours, g.quantity, g.rejected_quantity from reporting_engine.contribution_group_month g
  ), objective as (
    select o.id, o.scope, o.beneficiary_id, o.work_group_id, o.workshop_id, o.measure, o.period_start, o.period_end, o.target, o.status,
           coalesce(o.beneficiary_id, o.work_group_id, o.workshop_id) as subject_id,
           coalesce(b.establishment_id, gw.establishment_id, w.establishment_id) as establishment_id
      from public.objective o
      left join public.beneficiary b on b.id = o.beneficiary_id
      left join public.work_group g on g.id = o.work_group_id
      left join public.workshop gw on gw.id = g.workshop_id
      left join public.workshop w on w.id = o.workshop_id
     where o.organization_id = (select public.reporting_viewer_organization_id())
  ), actual as (
    select o.id, coalesce(sum(s.hours), 0) as hours, coalesce(sum(s.quantity), 0) as quantity, coalesce(sum(s.rejected_quantity), 0) as rejected_quantity
      from objective o
      left join subject_month s on s.scope = o.scope and s.subject_id = o.subject_id and s.month between o.period_start and o.period_end
     group by o.id
  ), valued as (
    select o.*, case o.measure when 'hours' then a.hours when 'quantity' then a.quantity
                                 else round(1 - a.rejected_quantity / nullif(a.quantity, 0), 4) end as actual_value
      from objective o join actual a on a.id = o.id
  )
  select id as objective_id, scope, establishment_id, beneficiary_id, work_group_id, workshop_id, measure, period_start, period_end,
         date_trunc('month', period_start)::date as month, target, status,
         actual_value, round(actual_value / target, 4) as progress, coalesce(actual_value >= target, false) as reached,
         round(least(greatest(least(current_date, period_end) - period_start + 1, 0), period_end - period_start + 1)::numeric
               / (period_end - period_start + 1), 4) as elapsed_share
    from valued;
