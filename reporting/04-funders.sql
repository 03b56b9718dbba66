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
      select sum(a.validated_hours) as hours,
             sum(a.validated_hours) filter (where a.service_type = 'mise_a_disposition') as mad_hours,
             sum(a.validated_hours) filter (where a.service_type = 'prestation_en_entreprise') as pee_hours
        from reporting_engine.agg_work_beneficiary_service_year a
       where a.organization_id = p.organization_id and a.beneficiary_id = p.beneficiary_id and a.year = p.year
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

-- Occupancy per establishment and month, the monthly form of fct_funder_establishment_year's
-- occupancy_days: the working days its beneficiaries were present in the month (their contract days,
-- summed in the establishment's stored contribution row, fct_contribution_establishment_month) ÷ (the
-- capacity granted, averaged over the year, × the month's working days). Grain: (month,
-- establishment_id), the months with a beneficiary present. The month's working days are counted
-- once per month and joined (a correlated count per row read the calendar again for each row), and
-- the presence is one stored row per establishment and month (a group-by of the beneficiaries'
-- months before: bench figure 4, q14).
create view reporting.fct_occupancy_establishment_month as
  with month_days as (
    select d.month, count(*) filter (where d.is_working_day) as working_days from reporting_engine.calendar_day d group by d.month
  )
  select p.month, p.establishment_id, p.beneficiaries, p.contract_days as present_days, m.working_days, cap.average_value as capacity,
         round(p.contract_days / nullif(cap.average_value * m.working_days, 0), 4) as occupancy
    from reporting.fct_contribution_establishment_month p
    join month_days m on m.month = p.month
    join public.establishment e on e.id = p.establishment_id
    left join reporting.fct_funder_capacity_year cap
      on cap.year = extract(year from p.month) and cap.establishment_id = p.establishment_id
     and cap.kind = case e.kind when 'esat' then 'authorized_places' else 'aided_posts' end
   where p.beneficiaries > 0;

-- Revenue by activity and service type: issued invoices net of credit notes, by issue date (as
-- sales_by_catalog_item_month). Grain: (year, establishment_id, activity, service_type).
create view reporting.fct_funder_revenue_year as
  select extract(year from s.month)::integer as year, s.establishment_id, i.activity, i.service_type,
         sum(s.net_ht_cents)::bigint as net_ht_cents, round(sum(s.net_ht_cents) / 100.0, 2)::numeric(14,2) as net_ht_eur
    from reporting_engine.agg_sales_item_month s
    join public.catalog_item i on i.id = s.catalog_item_id
   where s.organization_id = (select public.reporting_viewer_organization_id())
   group by 1, 2, 3, 4;

comment on view reporting.fct_funder_beneficiary_year is 'Financeurs : présence par travailleur et année — grain : année × établissement × bénéficiaire présent au moins un jour ; présence, ETP, heures, MAD, prestation en entreprise, formation, RAE, tranche d''âge (jamais l''année de naissance).';
comment on column reporting.fct_funder_beneficiary_year.year is 'Année — année civile de présence.';
comment on column reporting.fct_funder_beneficiary_year.establishment_id is 'Établissement — établissement du travailleur (clé de dim_establishment).';
comment on column reporting.fct_funder_beneficiary_year.beneficiary_id is 'Travailleur — bénéficiaire (clé de dim_beneficiary, qui ne porte que des codes).';
comment on column reporting.fct_funder_beneficiary_year.status is 'Statut — travailleur d''ESAT, salarié d''EA ou autre.';
comment on column reporting.fct_funder_beneficiary_year.age_band is 'Tranche d''âge — âge atteint dans l''année : moins_de_26, 26_49, 50_et_plus, non_renseigne (calculée de l''année de naissance, qui ne sort pas de l''identité).';
comment on column reporting.fct_funder_beneficiary_year.present_days is 'Jours de présence — jours calendaires de l''année entre l''entrée (ou le retour) et la sortie.';
comment on column reporting.fct_funder_beneficiary_year.working_days_present is 'Jours ouvrés de présence — jours de présence du lundi au vendredi, jours fériés exclus.';
comment on column reporting.fct_funder_beneficiary_year.fte is 'ETP — jours de présence ÷ jours de l''année × quotité de temps de travail du contrat.';
comment on column reporting.fct_funder_beneficiary_year.hours_worked is 'Heures travaillées — pointages validés de l''année, corrections comprises.';
comment on column reporting.fct_funder_beneficiary_year.mad_hours is 'Heures de MAD — pointages validés sur des articles de mise à disposition.';
comment on column reporting.fct_funder_beneficiary_year.in_mad is 'Mis à disposition — vrai si le travailleur a des heures de MAD ou un contrat de MAD en cours dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.pee_hours is 'Heures de prestation en entreprise — pointages validés sur des articles de prestation en entreprise.';
comment on column reporting.fct_funder_beneficiary_year.in_pee is 'En prestation en entreprise — vrai si le travailleur a des heures de ce type ou une étape de parcours de ce type dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.in_training is 'Formé — vrai si le travailleur a suivi une formation (étape de parcours) dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.training_hours is 'Heures de formation — heures des étapes de formation du parcours dans l''année.';
comment on column reporting.fct_funder_beneficiary_year.rae_enrolled is 'Entré en RAE — vrai si le travailleur est entré dans l''année dans une démarche de reconnaissance des acquis de l''expérience.';
comment on column reporting.fct_funder_beneficiary_year.rae_attested is 'Attestation RAE obtenue — vrai si le travailleur a obtenu dans l''année une attestation de compétences RAE.';
comment on column reporting.fct_funder_beneficiary_year.entered is 'Entrée dans l''année — vrai pour une première entrée dans l''établissement datée de l''année (un retour n''en est pas une).';

comment on view reporting.fct_occupancy_establishment_month is 'Occupation par établissement et mois — grain : mois × établissement ; jours ouvrés de présence des travailleurs rapportés à la capacité accordée (forme mensuelle du taux d''occupation en journées du rapport financeur).';
comment on column reporting.fct_occupancy_establishment_month.month is 'Mois — premier jour du mois.';
comment on column reporting.fct_occupancy_establishment_month.establishment_id is 'Établissement — établissement (clé de dim_establishment).';
comment on column reporting.fct_occupancy_establishment_month.beneficiaries is 'Travailleurs présents — bénéficiaires présents au moins un jour du mois.';
comment on column reporting.fct_occupancy_establishment_month.present_days is 'Jours ouvrés de présence — somme des jours ouvrés de présence des travailleurs dans le mois (entre l''entrée, la sortie et aujourd''hui).';
comment on column reporting.fct_occupancy_establishment_month.working_days is 'Jours ouvrés du mois — jours du lundi au vendredi, jours fériés exclus.';
comment on column reporting.fct_occupancy_establishment_month.capacity is 'Capacité — places autorisées (ESAT) ou postes aidés (EA) de l''année, moyenne pondérée par les jours de validité (fct_funder_capacity_year).';
comment on column reporting.fct_occupancy_establishment_month.occupancy is 'Taux d''occupation (journées) — jours ouvrés de présence ÷ (capacité × jours ouvrés du mois).';

comment on view reporting.fct_funder_movement is 'Financeurs : entrées, sorties et retours — grain : un mouvement d''un bénéficiaire (année, travailleur, nature, date).';
comment on column reporting.fct_funder_movement.year is 'Année — année civile du mouvement.';
comment on column reporting.fct_funder_movement.establishment_id is 'Établissement — établissement du travailleur (clé de dim_establishment).';
comment on column reporting.fct_funder_movement.beneficiary_id is 'Travailleur — bénéficiaire (clé de dim_beneficiary, qui ne porte que des codes).';
comment on column reporting.fct_funder_movement.kind is 'Nature du mouvement — entry (entrée), exit (sortie) ou return (retour).';
comment on column reporting.fct_funder_movement.movement_date is 'Date du mouvement — jour de l''entrée, de la sortie ou du retour.';
comment on column reporting.fct_funder_movement.exit_reason is 'Motif de sortie — motif enregistré à la sortie ; non_renseigne pour une sortie sans motif, vide pour une entrée ou un retour.';
comment on column reporting.fct_funder_movement.exit_destination is 'Destination de sortie — ordinary_employment (milieu ordinaire), ea (entreprise adaptée), other_esat (autre ESAT), training (formation), none (sans activité), other (autre), non_renseigne.';
comment on column reporting.fct_funder_movement.right_to_return is 'Droit au retour — vrai pour un retour exercé au titre du droit au retour (retours seulement).';

comment on view reporting.fct_funder_capacity_year is 'Financeurs : capacité accordée par année — grain : année × établissement × nature ; places autorisées par l''ARS (ESAT) ou postes aidés du CPOM en ETP (EA).';
comment on column reporting.fct_funder_capacity_year.year is 'Année — année civile.';
comment on column reporting.fct_funder_capacity_year.establishment_id is 'Établissement — établissement (clé de dim_establishment).';
comment on column reporting.fct_funder_capacity_year.kind is 'Nature de la capacité — authorized_places (places autorisées, ESAT) ou aided_posts (postes aidés, EA).';
comment on column reporting.fct_funder_capacity_year.covered_days is 'Jours couverts — jours de l''année couverts par une décision d''autorisation ou un avenant au CPOM.';
comment on column reporting.fct_funder_capacity_year.average_value is 'Capacité moyenne — moyenne des capacités sur les jours couverts, pondérée par leurs jours de validité.';
comment on column reporting.fct_funder_capacity_year.value_at_year_end is 'Capacité en fin d''année — capacité de la dernière décision valable dans l''année.';

comment on view reporting.fct_funder_establishment_year is 'Financeurs : établissement et année — grain : année × établissement ; effectifs, ETP, heures, taux d''occupation, MAD, prestation en entreprise, mouvements, formation, RAE, 50 ans et plus ; sommes de fct_funder_beneficiary_year et de fct_funder_movement (c''est ce que lit le rapport financeur).';
comment on column reporting.fct_funder_establishment_year.year is 'Année — année civile.';
comment on column reporting.fct_funder_establishment_year.establishment_id is 'Établissement — établissement (clé de dim_establishment).';
comment on column reporting.fct_funder_establishment_year.establishment_kind is 'Type d''établissement — esat (rapport à l''ARS) ou ea (rapport à la DREETS).';
comment on column reporting.fct_funder_establishment_year.headcount is 'Personnes accompagnées — bénéficiaires présents au moins un jour dans l''année.';
comment on column reporting.fct_funder_establishment_year.fte is 'ETP — somme des ETP des personnes accompagnées.';
comment on column reporting.fct_funder_establishment_year.present_days is 'Jours de présence — somme des jours calendaires de présence.';
comment on column reporting.fct_funder_establishment_year.working_days_present is 'Jours ouvrés de présence — somme des jours ouvrés de présence.';
comment on column reporting.fct_funder_establishment_year.hours_worked is 'Heures travaillées — somme des pointages validés de l''année.';
comment on column reporting.fct_funder_establishment_year.capacity is 'Capacité — places autorisées (ESAT) ou postes aidés (EA), moyenne de l''année ; vide sans décision enregistrée.';
comment on column reporting.fct_funder_establishment_year.occupancy_fte is 'Taux d''occupation (ETP) — ETP ÷ capacité.';
comment on column reporting.fct_funder_establishment_year.occupancy_days is 'Taux d''occupation (journées) — jours ouvrés de présence ÷ (capacité × jours ouvrés de l''année).';
comment on column reporting.fct_funder_establishment_year.mad_contracts is 'Contrats de MAD — contrats de mise à disposition en cours à un moment de l''année.';
comment on column reporting.fct_funder_establishment_year.mad_beneficiaries is 'Travailleurs mis à disposition — personnes accompagnées mises à disposition dans l''année.';
comment on column reporting.fct_funder_establishment_year.mad_hours is 'Heures de MAD — somme des heures de mise à disposition.';
comment on column reporting.fct_funder_establishment_year.pee_beneficiaries is 'Travailleurs en prestation en entreprise — personnes accompagnées en prestation en entreprise dans l''année.';
comment on column reporting.fct_funder_establishment_year.pee_hours is 'Heures de prestation en entreprise — somme des heures de prestation en entreprise.';
comment on column reporting.fct_funder_establishment_year.entries is 'Entrées — premières entrées datées de l''année.';
comment on column reporting.fct_funder_establishment_year.exits is 'Sorties — sorties datées de l''année, toutes destinations.';
comment on column reporting.fct_funder_establishment_year.returns is 'Retours — retours datés de l''année (dont droit au retour).';
comment on column reporting.fct_funder_establishment_year.training_beneficiaries is 'Travailleurs formés — personnes accompagnées ayant suivi une formation dans l''année.';
comment on column reporting.fct_funder_establishment_year.training_hours is 'Heures de formation — somme des heures de formation.';
comment on column reporting.fct_funder_establishment_year.rae_enrolled is 'Entrées en RAE — personnes entrées dans l''année dans une démarche de RAE.';
comment on column reporting.fct_funder_establishment_year.rae_attested is 'Attestations RAE — personnes ayant obtenu dans l''année une attestation de compétences RAE.';
comment on column reporting.fct_funder_establishment_year.aged_50_plus is '50 ans et plus — personnes accompagnées ayant 50 ans ou plus dans l''année.';

comment on view reporting.fct_funder_revenue_year is 'Financeurs : chiffre d''affaires par activité — grain : année × établissement × activité × type de prestation ; factures émises nettes des avoirs, à leur date d''émission.';
comment on column reporting.fct_funder_revenue_year.year is 'Année — année civile de la date d''émission.';
comment on column reporting.fct_funder_revenue_year.establishment_id is 'Établissement — établissement émetteur (clé de dim_establishment).';
comment on column reporting.fct_funder_revenue_year.activity is 'Activité commerciale — famille d''activité de l''article (conditionnement, espaces verts…).';
comment on column reporting.fct_funder_revenue_year.service_type is 'Type de prestation — production, prestation de service, prestation en entreprise ou mise à disposition.';
comment on column reporting.fct_funder_revenue_year.net_ht_cents is 'CA HT net (centimes) — chiffre d''affaires hors taxes net des avoirs, en centimes.';
comment on column reporting.fct_funder_revenue_year.net_ht_eur is 'CA HT net (€) — chiffre d''affaires hors taxes net des avoirs, en euros.';

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
