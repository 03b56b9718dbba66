import type { ClientBase } from 'pg';

/**
 * The funder and skills side of the demo organisation, derived from the registry just written (so it
 * follows whatever the generator made, deterministically): the capacity each establishment was
 * granted, why and where its leavers went, years of birth, training, RAE and prestation en entreprise
 * steps, a small skills referential linked to the workshops' activities, and one funder account per
 * establishment (ARS for the ESAT, DREETS for the EA). Runs in the demo's transaction.
 */
export async function writeFunderDemoData(client: ClientBase, organizationId: string, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  await client.query(
    `insert into establishment_capacity (organization_id, establishment_id, kind, valid_from, value, source)
     select e.organization_id, e.id, k.kind, k.valid_from, k.value, k.source
       from establishment e
       join (values ('esat', 'authorized_places', make_date($2::int - 3, 1, 1), 22::numeric, 'Arrêté d''autorisation ARS (démonstration)'),
                    ('esat', 'authorized_places', make_date($2::int, 7, 1), 25::numeric, 'Extension de capacité ARS (démonstration)'),
                    ('ea', 'aided_posts', make_date($2::int - 1, 1, 1), 14.5::numeric, 'CPOM DREETS (démonstration)')) k(establishment_kind, kind, valid_from, value, source)
         on k.establishment_kind = e.kind
      where e.organization_id = $1`,
    [organizationId, year],
  );
  // Leavers: a reason and a destination, in turn (ordinary employment first, as the plan de
  // transformation des ESAT asks establishments to follow).
  await client.query(
    `insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date, exit_reason, exit_destination)
     select b.organization_id, b.id, 'exit', b.exit_date,
            (array['professional_project', 'end_of_contract', 'professional_project', 'retirement', 'relocation'])[1 + (n - 1) % 5],
            (array['ordinary_employment', 'other_esat', 'ea', 'none', 'training'])[1 + (n - 1) % 5]
       from (select b.*, row_number() over (order by b.matricule) as n from beneficiary b where b.organization_id = $1 and b.exit_date is not null) b`,
    [organizationId],
  );
  // One leaver came back: the earliest to leave for ordinary employment returns halfway between the
  // exit and today, under the droit au retour, to the workshop and group left (as recordReturn does).
  await client.query(
    `with comeback as (
       select b.id, b.organization_id, b.main_workshop_id, b.work_group_id, m.movement_date + greatest(1, ($2::date - m.movement_date) / 2) as return_date
         from beneficiary b join beneficiary_movement m on m.beneficiary_id = b.id and m.kind = 'exit'
        where b.organization_id = $1 and m.exit_destination = 'ordinary_employment' and m.movement_date < $2::date
        order by m.movement_date limit 1
     ), movement as (
       insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date, right_to_return)
       select organization_id, id, 'return', return_date, true from comeback
     ), assignment as (
       insert into beneficiary_assignment (organization_id, beneficiary_id, workshop_id, work_group_id, start_date)
       select organization_id, id, main_workshop_id, work_group_id, return_date from comeback
     )
     update beneficiary b set exit_date = null from comeback r where b.id = r.id`,
    [organizationId, today],
  );
  // Years of birth for all but every ninth beneficiary (not recorded), aged 23 to 62 in the current year.
  await client.query(
    `insert into beneficiary_birth_year (organization_id, beneficiary_id, birth_year)
     select organization_id, id, $2::int - 23 - (n * 17) % 40
       from (select b.*, row_number() over (order by b.matricule) as n from beneficiary b where b.organization_id = $1) b
      where n % 9 <> 0`,
    [organizationId, year],
  );
  await client.query(
    `insert into pathway_step (organization_id, beneficiary_id, kind, start_date, end_date, hours, title, customer_id)
     select b.organization_id, b.id, s.kind, s.start_date, s.end_date, s.hours, s.title, s.customer_id
       from (select b.*, row_number() over (order by b.matricule) as n from beneficiary b where b.organization_id = $1 and b.exit_date is null) b
       cross join lateral (values
         ('training', greatest(b.entry_date, make_date($2::int, 3, 2)), greatest(b.entry_date, make_date($2::int, 3, 2)) + 1, 14::numeric,
          'Gestes et postures, prévention des risques', null::bigint, b.n % 2 = 0),
         ('rae_enrolment', greatest(b.entry_date, make_date($2::int, 2, 1)), null, null, 'Démarche RAE « Différent et compétent »', null, b.n % 4 = 1),
         ('rae_attestation', greatest(b.entry_date, make_date($2::int, 6, 15)), null, null, 'Attestation descriptive de compétences', null, b.n % 8 = 1),
         ('prestation_en_entreprise', greatest(b.entry_date, make_date($2::int, 4, 1)), greatest(b.entry_date, make_date($2::int, 4, 1)) + 60, 120::numeric,
          'Prestation en entreprise, équipe sur site',
          (select c.id from customer c where c.organization_id = b.organization_id order by c.id offset b.n % 5 limit 1), b.n % 6 = 2)
       ) s(kind, start_date, end_date, hours, title, customer_id, chosen)
      where s.chosen and s.start_date <= $3::date`,
    [organizationId, year, today],
  );
  await client.query(
    `with standard as (
       insert into job_standard (organization_id, code, title, source) values
         ($1, 'CAP-APR', 'CAP Agent polyvalent de restauration', 'Éducation nationale, référentiel du CAP'),
         ($1, 'CAPA-JP', 'CAPa Jardinier paysagiste', 'Ministère de l''Agriculture, référentiel du CAP agricole'),
         ($1, 'TP-APH', 'Titre professionnel Agent de propreté et d''hygiène', 'Ministère du Travail, référentiel du titre professionnel'),
         ($1, 'CAP-OL', 'CAP Opérateur/opératrice logistique', 'Éducation nationale, référentiel du CAP')
       returning id, code
     ), skill_row as (
       insert into skill (organization_id, job_standard_id, code, label)
       select $1, s.id, k.code, k.label from standard s
         join (values ('CAP-APR', 'PREP', 'Réaliser des préparations culinaires simples'), ('CAP-APR', 'HYG', 'Appliquer les règles d''hygiène alimentaire'),
                      ('CAPA-JP', 'ENT', 'Entretenir un espace vert'), ('CAPA-JP', 'PLANT', 'Réaliser des plantations'),
                      ('TP-APH', 'LOCAUX', 'Nettoyer des locaux et des sanitaires'), ('TP-APH', 'VITR', 'Laver des surfaces vitrées'),
                      ('CAP-OL', 'PREPA', 'Préparer des commandes'), ('CAP-OL', 'COND', 'Conditionner et étiqueter des produits')) k(standard, code, label)
           on k.standard = s.code
       returning id, job_standard_id, code
     )
     insert into activity_skill (organization_id, activity_id, skill_id)
     select $1, a.id, k.id
       from activity a join skill_row k on (
              (a.code in ('ESAT-REST-CUISINE', 'ESAT-REST-PATISSERIE') and k.code in ('PREP', 'HYG'))
           or (a.code in ('ESAT-EV-ENTRETIEN', 'EA-EV-COPRO', 'EA-EV-DEBROUSS') and k.code = 'ENT')
           or (a.code = 'ESAT-EV-TAILLE' and k.code in ('ENT', 'PLANT'))
           or (a.code in ('EA-PROP-LOCAUX', 'EA-PROP-SITE') and k.code = 'LOCAUX')
           or (a.code = 'EA-PROP-VITRERIE' and k.code = 'VITR')
           or (a.code = 'EA-LOG-PREPA' and k.code = 'PREPA')
           or (a.code in ('ESAT-COND-MANUEL', 'ESAT-COND-KIT', 'ESAT-COND-SITE') and k.code = 'COND'))
      where a.organization_id = $1`,
    [organizationId],
  );
  await client.query(
    `insert into app_user (organization_id, email, display_name, roles, funder_establishment_ids)
     select e.organization_id, case e.kind when 'esat' then 'ars@demo.ub-platform.fr' else 'dreets@demo.ub-platform.fr' end,
            case e.kind when 'esat' then 'ARS Auvergne-Rhône-Alpes' else 'DREETS Auvergne-Rhône-Alpes' end, '{funder}', array[e.id]
       from establishment e where e.organization_id = $1 order by e.id`,
    [organizationId],
  );
}
