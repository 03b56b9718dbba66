-- Funder reports (ARS for an ESAT, DREETS for an EA): presence, FTE and occupancy against the
-- capacity granted, work, MAD and prestation en entreprise, entries, exits by destination, returns,
-- training and RAE, age bands. Read by Power BI like the other views, and by the API's funderReport,
-- which publishes them to funders through the disclosure control (api/privacy/disclosure.ts). No view
-- here gives a name or a year of birth: an age band at most (reporting/README.md, *Funder reports*).

-- Stays: from the entry (or a return) to the next exit, or open. Grain: one row per beneficiary and
-- start of stay.
create view reporting_engine.beneficiary_stay as
  with starts as (
    select b.organization_id, b.id as beneficiary_id, b.establishment_id, b.entry_date as start_date
      from public.beneficiary b where b.organization_id = (select public.reporting_viewer_organization_id())
    union all
    select m.organization_id, m.beneficiary_id, b.establishment_id, m.movement_date
      from public.beneficiary_movement m join public.beneficiary b on b.id = m.beneficiary_id
     where m.kind = 'return' and m.organization_id = (select public.reporting_viewer_organization_id())
  )
  select s.organization_id, s.beneficiary_id, s.establishment_id, s.start_date,
         coalesce((select min(e.movement_date) from public.beneficiary_movement e
                    where e.beneficiary_id = s.beneficiary_id and e.kind = 'exit' and e.movement_date >= s.start_date),
                  (select b.exit_date from public.beneficiary b where b.id = s.beneficiary_id and b.exit_date >= s.start_date)) as end_date
    from starts s;

-- Per beneficiary and calendar year of presence. Grain: (year, establishment_id, beneficiary_id).
create view reporting.fct_funder_beneficiary_year as
  with presence as (
    select st.organization_id, st.beneficiary_id, st.establishment_id, y.year,
           sum(least(coalesce(st.end_date, make_date(y.year, 12, 31)), make_date(y.year, 12, 31)) - greatest(st.start_date, make_date(y.year, 1, 1)) + 1) as present_days,
           sum((select c.working_days_before from reporting_engine.calendar_day c where c.date = least(coalesce(st.end_date, make_date(y.year, 12, 31)), make_date(y.year, 12, 31)) + 1)
               - (select c.working_days_before from reporting_engine.calendar_day c where c.date = greatest(st.start_date, make_date(y.year, 1, 1)))) as working_days_present
      from reporting_engine.beneficiary_stay st
      join generate_series(2015, 2040) as y(year)
        on make_date(y.year, 1, 1) <= coalesce(st.end_date, date '2040-12-31') and st.start_date <= make_date(y.year, 12, 31)
     group by 1, 2, 3, 4
  )
  select p.year, p.establishment_id, p.beneficiary_id, b.status,
         case when by.birth_year is null then 'non_renseigne'
              when p.year - by.birth_year >= 50 then '50_et_plus'
              when p.year - by.birth_year >= 26 then '26_49'
              else 'moins_de_26' end as age_band,
         p.present_days::integer as present_days, p.working_days_present::integer as working_days_present,
         round(p.present_days * b.working_time_ratio / (make_date(p.year, 12, 31) - make_date(p.year, 1, 1) + 1), 4) as fte,
         coalesce(w.hours, 0) as hours_worked,
         coalesce(w.mad_hours, 0) as mad_hours,
         coalesce(w.mad_hours, 0) > 0 or exists (
           select 1 from public.mad_contract_beneficiary mb join public.mad_contract mc on mc.id = mb.mad_contract_id
            where mb.beneficiary_id = p.beneficiary_id and mc.start_date <= make_date(p.year, 12, 31) and mc.end_date >= make_date(p.year, 1, 1)) as in_mad,
         coalesce(w.pee_hours, 0) as pee_hours,
         coalesce(w.pee_hours, 0) > 0 or coalesce(ps.pee, false) as in_pee,
         coalesce(ps.training, false) as in_training, coalesce(ps.training_hours, 0) as training_hours,
         coalesce(ps.rae_enrolment, false) as rae_enrolled, coalesce(ps.rae_attestation, false) as rae_attested,
         extract(year from b.entry_date)::integer = p.year as entered
    from presence p
    join public.beneficiary b on b.id = p.beneficiary_id
    left join public.beneficiary_birth_year by on by.beneficiary_id = p.beneficiary_id
    left join lateral (
      select sum(r.hours) as hours,
             sum(r.hours) filter (where c.service_type = 'mise_a_disposition') as mad_hours,
             sum(r.hours) filter (where c.service_type = 'prestation_en_entreprise') as pee_hours
        from public.work_record r
        join public.order_line l on l.id = r.order_line_id
        join public.catalog_item c on c.id = l.catalog_item_id
       where r.organization_id = p.organization_id and r.beneficiary_id = p.beneficiary_id and r.status = 'validated'
         and r.work_date between make_date(p.year, 1, 1) and make_date(p.year, 12, 31)
    ) w on true
    left join lateral (
      select bool_or(s.kind = 'prestation_en_entreprise') as pee,
             bool_or(s.kind = 'training') as training,
             sum(s.hours) filter (where s.kind = 'training') as training_hours,
             bool_or(s.kind = 'rae_enrolment') as rae_enrolment,
             bool_or(s.kind = 'rae_attestation') as rae_attestation
        from public.pathway_step s
       where s.beneficiary_id = p.beneficiary_id
         and s.start_date <= make_date(p.year, 12, 31) and coalesce(s.end_date, s.start_date) >= make_date(p.year, 1, 1)
         and (s.kind not in ('rae_enrolment', 'rae_attestation') or extract(year from s.start_date)::integer = p.year)
    ) ps on true;

-- Entries, exits and returns. Grain: one row per movement (an entry is the beneficiary's entry date).
create view reporting.fct_funder_movement as
  select extract(year from b.entry_date)::integer as year, b.establishment_id, b.id as beneficiary_id, 'entry'::text as kind, b.entry_date as movement_date,
         null::text as exit_reason, null::text as exit_destination, null::boolean as right_to_return
    from public.beneficiary b where b.organization_id = (select public.reporting_viewer_organization_id())
  union all
  select extract(year from m.movement_date)::integer, b.establishment_id, m.beneficiary_id, m.kind, m.movement_date,
         coalesce(m.exit_reason, case when m.kind = 'exit' then 'non_renseigne' end),
         coalesce(m.exit_destination, case when m.kind = 'exit' then 'non_renseigne' end), m.right_to_return
    from public.beneficiary_movement m join public.beneficiary b on b.id = m.beneficiary_id
   where m.organization_id = (select public.reporting_viewer_organization_id());

-- Capacity granted, per establishment, kind and year, averaged over the days of the year it covers
-- (a decision changing mid-year weighs by its days). Grain: (year, establishment_id, kind).
create view reporting.fct_funder_capacity_year as
  with dated as (
    select c.organization_id, c.establishment_id, c.kind, c.value, c.valid_from,
           coalesce(lead(c.valid_from) over (partition by c.establishment_id, c.kind order by c.valid_from) - 1, date '2040-12-31') as valid_to
      from public.establishment_capacity c where c.organization_id = (select public.reporting_viewer_organization_id())
  )
  select y.year, d.establishment_id, d.kind,
         sum(least(d.valid_to, make_date(y.year, 12, 31)) - greatest(d.valid_from, make_date(y.year, 1, 1)) + 1)::integer as covered_days,
         round(sum(d.value * (least(d.valid_to, make_date(y.year, 12, 31)) - greatest(d.valid_from, make_date(y.year, 1, 1)) + 1))
               / sum(least(d.valid_to, make_date(y.year, 12, 31)) - greatest(d.valid_from, make_date(y.year, 1, 1)) + 1), 2) as average_value,
         (array_agg(d.value order by d.valid_from desc))[1] as value_at_year_end
    from dated d
    join generate_series(2015, 2040) as y(year) on d.valid_from <= make_date(y.year, 12, 31) and d.valid_to >= make_date(y.year, 1, 1)
   group by 1, 2, 3;

-- The establishment's year, summed from the beneficiaries' rows, with occupancy against its capacity.
-- Grain: (year, establishment_id).
create view reporting.fct_funder_establishment_year as
  with people as (
    select year, establishment_id, count(*) as headcount, sum(fte) as fte, sum(present_days) as present_days,
           sum(working_days_present) as working_days_present, sum(hours_worked) as hours_worked,
           count(*) filter (where in_mad) as mad_beneficiaries, sum(mad_hours) as mad_hours,
           count(*) filter (where in_pee) as pee_beneficiaries, sum(pee_hours) as pee_hours,
           count(*) filter (where in_training) as training_beneficiaries, sum(training_hours) as training_hours,
           count(*) filter (where rae_enrolled) as rae_enrolled, count(*) filter (where rae_attested) as rae_attested,
           count(*) filter (where age_band = '50_et_plus') as aged_50_plus
      from reporting.fct_funder_beneficiary_year group by 1, 2
  ), movements as (
    select year, establishment_id, count(*) filter (where kind = 'entry') as entries, count(*) filter (where kind = 'exit') as exits,
           count(*) filter (where kind = 'return') as returns
      from reporting.fct_funder_movement group by 1, 2
  ), mad as (
    select y.year, mc.establishment_id, count(*) as mad_contracts
      from public.mad_contract mc join generate_series(2015, 2040) as y(year) on mc.start_date <= make_date(y.year, 12, 31) and mc.end_date >= make_date(y.year, 1, 1)
     where mc.organization_id = (select public.reporting_viewer_organization_id())
     group by 1, 2
  )
  select p.year, p.establishment_id, e.kind as establishment_kind, p.headcount, p.fte, p.present_days, p.working_days_present, p.hours_worked,
         cap.average_value as capacity,
         round(p.fte / nullif(cap.average_value, 0), 4) as occupancy_fte,
         round(p.working_days_present / nullif(cap.average_value * (select count(*) from reporting_engine.calendar_day c
                                                                     where c.year = p.year and c.is_working_day), 0), 4) as occupancy_days,
         coalesce(mad.mad_contracts, 0) as mad_contracts, p.mad_beneficiaries, p.mad_hours, p.pee_beneficiaries, p.pee_hours,
         coalesce(mv.entries, 0) as entries, coalesce(mv.exits, 0) as exits, coalesce(mv.returns, 0) as returns,
         p.training_beneficiaries, p.training_hours, p.rae_enrolled, p.rae_attested, p.aged_50_plus
    from people p
    join public.establishment e on e.id = p.establishment_id
    left join reporting.fct_funder_capacity_year cap
      on cap.year = p.year and cap.establishment_id = p.establishment_id and cap.kind = case e.kind when 'esat' then 'authorized_places' else 'aided_posts' end
    left join movements mv on mv.year = p.year and mv.establishment_id = p.establishment_id
    left join mad on mad.year = p.year and mad.establishment_id = p.establishment_id;

-- Revenue by activity and service type: issued invoices net of credit notes, by issue date (as
-- sales_by_catalog_item_month). Grain: (year, establishment_id, activity, service_type).
create view reporting.fct_funder_revenue_year as
  select extract(year from s.month)::integer as year, s.establishment_id, i.activity, i.service_type,
         sum(s.net_ht_cents)::bigint as net_ht_cents, round(sum(s.net_ht_cents) / 100.0, 2)::numeric(14,2) as net_ht_eur
    from reporting_engine.agg_sales_item_month s
    join public.catalog_item i on i.id = s.catalog_item_id
   where s.organization_id = (select public.reporting_viewer_organization_id())
   group by 1, 2, 3, 4;

comment on view reporting.fct_funder_beneficiary_year is 'Financeurs — bénéficiaire × année de présence. Grain : (year, establishment_id, beneficiary_id). Présence, ETP, heures, MAD, prestation en entreprise, formation, RAE, tranche d''âge (jamais l''année de naissance).';
comment on column reporting.fct_funder_beneficiary_year.year is 'Année civile — Année civile.';
comment on column reporting.fct_funder_beneficiary_year.establishment_id is 'Établissement du bénéficiaire — Établissement du bénéficiaire (clé de dim_establishment).';
comment on column reporting.fct_funder_beneficiary_year.beneficiary_id is 'Bénéficiaire — Bénéficiaire (clé de dim_beneficiary, par code).';
comment on column reporting.fct_funder_beneficiary_year.status is 'Statut — Travailleur d''ESAT, salarié d''EA, autre.';
comment on column reporting.fct_funder_beneficiary_year.age_band is 'Tranche d''âge atteinte dans l''année — Tranche d''âge atteinte dans l''année (moins_de_26, 26_49, 50_et_plus, non_renseigne), calculée de l''année de naissance.';
comment on column reporting.fct_funder_beneficiary_year.present_days is 'Jours calendaires de présence dans l''année — Jours calendaires de présence dans l''année (de l''entrée ou du retour à la sortie).';
comment on column reporting.fct_funder_beneficiary_year.working_days_present is 'Jours ouvrés — Jours ouvrés (lundi–vendredi hors jours fériés) de présence dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.fte is 'ETP — Jours de présence ÷ jours de l''année × quotité de temps de travail.';
comment on column reporting.fct_funder_beneficiary_year.hours_worked is 'Heures travaillées — Pointages validés de l''année (corrections comprises).';
comment on column reporting.fct_funder_beneficiary_year.mad_hours is 'Heures de mise à disposition — Pointages validés sur des articles de type mise à disposition.';
comment on column reporting.fct_funder_beneficiary_year.in_mad is 'Mis à disposition dans l''année — Des heures de MAD ou un contrat de MAD en cours.';
comment on column reporting.fct_funder_beneficiary_year.pee_hours is 'Heures de prestation en entreprise — Pointages validés sur des articles de ce type de service.';
comment on column reporting.fct_funder_beneficiary_year.in_pee is 'En prestation en entreprise dans l''année — Des heures de ce type, ou une étape de parcours de ce type.';
comment on column reporting.fct_funder_beneficiary_year.in_training is 'A suivi une formation dans l''année — A suivi une formation dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.training_hours is 'Heures de formation des étapes de parcours de l''année — Heures de formation des étapes de parcours de l''année.';
comment on column reporting.fct_funder_beneficiary_year.rae_enrolled is 'Entré dans une démarche de RAE — Entré dans une démarche de RAE (reconnaissance des acquis de l''expérience) dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.rae_attested is 'A obtenu une attestation de compétences RAE dans l''année — A obtenu une attestation de compétences RAE dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.entered is 'Première entrée dans l''année — Première entrée dans l''année.';

comment on view reporting.fct_funder_movement is 'Financeurs — entrées, sorties et retours. Grain : un mouvement (year, beneficiary_id, kind, movement_date).';
comment on column reporting.fct_funder_movement.year is 'Année civile du mouvement — Année civile du mouvement.';
comment on column reporting.fct_funder_movement.establishment_id is 'Établissement du bénéficiaire — Établissement du bénéficiaire.';
comment on column reporting.fct_funder_movement.beneficiary_id is 'Bénéficiaire — Bénéficiaire (par code).';
comment on column reporting.fct_funder_movement.kind is 'Mouvement — entry (entrée), exit (sortie) ou return (retour).';
comment on column reporting.fct_funder_movement.movement_date is 'Date du mouvement — Date du mouvement.';
comment on column reporting.fct_funder_movement.exit_reason is 'Motif de sortie — Motif de sortie (non_renseigne pour une sortie enregistrée sans motif).';
comment on column reporting.fct_funder_movement.exit_destination is 'Destination de sortie — Ordinary_employment (milieu ordinaire), ea, other_esat, training, none, other, non_renseigne.';
comment on column reporting.fct_funder_movement.right_to_return is 'Retour au titre du droit au retour — Retour au titre du droit au retour (retours seulement).';

comment on view reporting.fct_funder_capacity_year is 'Financeurs — capacité accordée par année. Grain : (year, establishment_id, kind). Places autorisées par l''ARS (ESAT) ou postes aidés du CPOM en ETP (EA).';
comment on column reporting.fct_funder_capacity_year.year is 'Année civile — Année civile.';
comment on column reporting.fct_funder_capacity_year.establishment_id is 'Établissement — Établissement.';
comment on column reporting.fct_funder_capacity_year.kind is 'Nature de la capacité — authorized_places (places autorisées) ou aided_posts (postes aidés).';
comment on column reporting.fct_funder_capacity_year.covered_days is 'Jours de l''année couverts par une décision — Jours de l''année couverts par une décision.';
comment on column reporting.fct_funder_capacity_year.average_value is 'Capacité moyenne sur les jours couverts — Capacité moyenne sur les jours couverts (pondérée par les jours de validité).';
comment on column reporting.fct_funder_capacity_year.value_at_year_end is 'Capacité de la dernière décision valable dans l''année — Capacité de la dernière décision valable dans l''année.';

comment on view reporting.fct_funder_establishment_year is 'Financeurs — établissement × année : effectifs, ETP, heures, taux d''occupation, MAD, prestation en entreprise, mouvements, formation, RAE, 50 ans et plus. Grain : (year, establishment_id). Sommes de fct_funder_beneficiary_year et fct_funder_movement.';
comment on column reporting.fct_funder_establishment_year.year is 'Année civile — Année civile.';
comment on column reporting.fct_funder_establishment_year.establishment_id is 'Établissement — Établissement.';
comment on column reporting.fct_funder_establishment_year.establishment_kind is 'Type d''établissement — esat ou ea.';
comment on column reporting.fct_funder_establishment_year.headcount is 'Personnes accompagnées — Personnes accompagnées (présentes au moins un jour dans l''année).';
comment on column reporting.fct_funder_establishment_year.fte is 'Somme des ETP — Somme des ETP.';
comment on column reporting.fct_funder_establishment_year.present_days is 'Somme des jours calendaires de présence — Somme des jours calendaires de présence.';
comment on column reporting.fct_funder_establishment_year.working_days_present is 'Somme des jours ouvrés de présence — Somme des jours ouvrés de présence.';
comment on column reporting.fct_funder_establishment_year.hours_worked is 'Heures travaillées — Heures travaillées (pointages validés).';
comment on column reporting.fct_funder_establishment_year.capacity is 'Places autorisées — Places autorisées (ESAT) ou postes aidés (EA), moyenne de l''année.';
comment on column reporting.fct_funder_establishment_year.occupancy_fte is 'Taux d''occupation en ETP — ETP ÷ capacité.';
comment on column reporting.fct_funder_establishment_year.occupancy_days is 'Taux d''occupation en journées — Jours ouvrés de présence ÷ (capacité × jours ouvrés de l''année).';
comment on column reporting.fct_funder_establishment_year.mad_contracts is 'Contrats de mise à disposition en cours dans l''année — Contrats de mise à disposition en cours dans l''année.';
comment on column reporting.fct_funder_establishment_year.mad_beneficiaries is 'Bénéficiaires mis à disposition — Bénéficiaires mis à disposition.';
comment on column reporting.fct_funder_establishment_year.mad_hours is 'Heures de mise à disposition — Heures de mise à disposition.';
comment on column reporting.fct_funder_establishment_year.pee_beneficiaries is 'Bénéficiaires en prestation en entreprise — Bénéficiaires en prestation en entreprise.';
comment on column reporting.fct_funder_establishment_year.pee_hours is 'Heures de prestation en entreprise — Heures de prestation en entreprise.';
comment on column reporting.fct_funder_establishment_year.entries is 'Entrées — Entrées (premières entrées de l''année).';
comment on column reporting.fct_funder_establishment_year.exits is 'Sorties — Sorties.';
comment on column reporting.fct_funder_establishment_year.returns is 'Retours — Retours.';
comment on column reporting.fct_funder_establishment_year.training_beneficiaries is 'Bénéficiaires formés — Bénéficiaires formés.';
comment on column reporting.fct_funder_establishment_year.training_hours is 'Heures de formation — Heures de formation.';
comment on column reporting.fct_funder_establishment_year.rae_enrolled is 'Entrées en démarche RAE — Entrées en démarche RAE.';
comment on column reporting.fct_funder_establishment_year.rae_attested is 'Attestations de compétences RAE obtenues — Attestations de compétences RAE obtenues.';
comment on column reporting.fct_funder_establishment_year.aged_50_plus is 'Bénéficiaires de 50 ans et plus — Bénéficiaires de 50 ans et plus.';

comment on view reporting.fct_funder_revenue_year is 'Financeurs — chiffre d''affaires par activité et type de service. Grain : (year, establishment_id, activity, service_type). Factures émises nettes des avoirs, à leur date.';
comment on column reporting.fct_funder_revenue_year.year is 'Année civile de la date d''émission — Année civile de la date d''émission.';
comment on column reporting.fct_funder_revenue_year.establishment_id is 'Établissement — Établissement.';
comment on column reporting.fct_funder_revenue_year.activity is 'Activité de l''article — Activité de l''article (sous-traitance, espaces verts…).';
comment on column reporting.fct_funder_revenue_year.service_type is 'Type de service — Production, prestation de service, prestation en entreprise, mise à disposition.';
comment on column reporting.fct_funder_revenue_year.net_ht_cents is 'Chiffre d''affaires HT net des avoirs, en centimes — Chiffre d''affaires HT net des avoirs, en centimes.';
comment on column reporting.fct_funder_revenue_year.net_ht_eur is 'Chiffre d''affaires HT net des avoirs, en euros — Chiffre d''affaires HT net des avoirs, en euros.';

-- As for the views of 02-views.sql: security barriers, readable by the reporting logins and the API.
do $$
declare
  v text;
begin
  for v in select format('%I.%I', schemaname, viewname) from pg_views where schemaname = 'reporting' and viewname like 'fct\_funder\_%' loop
    execute format('alter view %s set (security_barrier = true)', v);
    execute format('grant select on %s to ub_reporting, ub_app', v);
  end loop;
end $$;
