import type { ClientBase } from 'pg';

/**
 * The demo's objectives, set on the loaded workshops, work groups and beneficiaries so that steering
 * pages have something to follow: per workshop, hours over the three ended months before `today`'s
 * month (every other one reached, the first closed); per work group, quality over the current month
 * and the next two; for one beneficiary in eight, hours over the same three months against 80 % of
 * the contract. Derived from the rows just written (deterministic for a seed and a day); the titles
 * name no one.
 */
export async function writeDemoObjectives(client: ClientBase, organizationId: string, today: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `with period as (
       select (date_trunc('month', $2::date) - interval '3 months')::date as past_start, (date_trunc('month', $2::date) - interval '1 day')::date as past_end,
              date_trunc('month', $2::date)::date as next_start, (date_trunc('month', $2::date) + interval '3 months - 1 day')::date as next_end
     ), author as (
       select min(id) as id from app_user where organization_id = $1 and 'admin' = any(roles)
     ), workshop_hours as (
       select w.id, row_number() over (order by w.id) as rank,
              coalesce((select sum(r.hours) from work_record r join beneficiary b on b.id = r.beneficiary_id, period p
                         where b.main_workshop_id = w.id and r.work_date between p.past_start and p.past_end), 0) as hours
         from workshop w where w.organization_id = $1
     ), inserted as (
       insert into objective (organization_id, scope, beneficiary_id, work_group_id, workshop_id, measure, period_start, period_end, target, title, status, outcome, closed_at, closed_by, created_by)
       select $1, 'workshop', null::bigint, null::bigint, h.id, 'hours', p.past_start, p.past_end, greatest(round(h.hours * case when h.rank % 2 = 0 then 0.9 else 1.1 end), 1),
              'Volume d''heures du trimestre', case when h.rank = 1 then 'closed' else 'open' end,
              case when h.rank = 1 then 'Bilan fait en réunion d''atelier' end, case when h.rank = 1 then now() end, case when h.rank = 1 then a.id end, a.id
         from workshop_hours h, period p, author a
       union all
       select $1, 'work_group', null, g.id, null, 'quality', p.next_start, p.next_end, 0.97, 'Qualité d''au moins 97 %', 'open', null, null, null, a.id
         from work_group g, period p, author a where g.organization_id = $1
       union all
       select $1, 'individual', b.id, null, null, 'hours', p.past_start, p.past_end, round(b.weekly_hours * 13 * 0.8), 'Heures du contrat à 80 %', 'open', null, null, null, a.id
         from (select b.*, row_number() over (order by b.id) as rank from beneficiary b where b.organization_id = $1 and b.exit_date is null) b, period p, author a
        where b.rank % 8 = 1
       returning 1
     )
     select count(*)::int as count from inserted`,
    [organizationId, today],
  );
  return rows[0].count;
}
