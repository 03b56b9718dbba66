-- The data dictionary: a French business label and its meaning on every view and column of
-- `reporting`, as `Label — meaning`. Power BI shows them as descriptions; reporting/README.md's
-- *Data dictionary* is generated from them (`npm run reporting:dictionary`) and a test fails when the
-- two differ or when a view or a column has none. Runs after the files of views (name order):
-- a view's own comments (in its file or here) come first; a column left without one takes the shared
-- word of its name, at the end of this file — one meaning per business word.

-- Views: label — grain, then what a row counts.
comment on view reporting.dim_establishment is 'Établissements — une ligne par établissement (ESAT ou EA) de l’organisme.';
comment on view reporting.dim_workshop is 'Ateliers — une ligne par atelier.';
comment on view reporting.dim_activity is 'Activités — une ligne par activité d’atelier (les tâches de production en portent une).';
comment on view reporting.dim_customer is 'Clients — une ligne par client (donneur d’ordre).';
comment on view reporting.dim_catalog_item is 'Articles du catalogue — une ligne par article ou prestation vendue.';
comment on view reporting.dim_beneficiary is 'Travailleurs — une ligne par bénéficiaire (travailleur d’ESAT, salarié d’EA) : codes seulement (matricule, initiales), jamais de nom.';
comment on view reporting.dim_date is 'Calendrier (jours) — une ligne par jour de 2015 à 2040 : semaine ISO, mois, trimestre, libellés français, jours fériés calculés (Pâques par l’algorithme de Meeus/Jones/Butcher), jour ouvré.';
comment on view reporting.dim_month is 'Calendrier (mois) — une ligne par mois de 2015 à 2040.';
comment on view reporting.dim_week is 'Calendrier (semaines) — une ligne par semaine ISO (lundi) de 2015 à 2040.';
comment on view reporting.dim_work_group is 'Groupes de travail — une ligne par groupe de travail d’un atelier.';
comment on view reporting.dim_supervisor is 'Moniteurs d’atelier — une ligne par compte encadrant (rôle moniteur, lié à un atelier ou référent d’un travailleur) : initiales seulement, ni nom ni courriel.';
comment on view reporting.work_by_workshop_month is 'Travail par atelier et mois — grain : mois × établissement × atelier × activité × type de prestation ; pointages corrections comprises, atelier de la date du pointage.';
comment on view reporting.work_by_customer_month is 'Travail par client et mois — grain : mois × client × type de prestation, tous établissements.';
comment on view reporting.work_by_catalog_item_month is 'Travail par article et mois — grain : mois × établissement × article du catalogue.';
comment on view reporting.work_by_beneficiary_week is 'Travail par travailleur et semaine — grain : semaine × établissement × bénéficiaire, semaines avec pointage seulement (voir fct_utilization_week pour toutes les semaines).';
comment on view reporting.work_by_beneficiary_month is 'Travail par travailleur et mois — grain : mois × établissement × bénéficiaire, mois avec pointage seulement.';
comment on view reporting.fct_utilization_week is 'Utilisation hebdomadaire par travailleur — grain : bénéficiaire × semaine ISO de présence (avec ou sans pointage) ; heures du contrat proratisées (entrée, sortie, jours fériés), pointées, validées, prévues, seuils datés de sous-utilisation et de surcharge.';
comment on view reporting.fct_utilization_workshop_week is 'Utilisation hebdomadaire par atelier et moniteur — grain : semaine × établissement × atelier (de la semaine) × moniteur référent ; sommes des lignes des travailleurs.';
comment on view reporting.fct_contribution_beneficiary_month is 'Indicateurs de contribution par travailleur et mois — grain : bénéficiaire × mois de présence ; volume, régularité, stabilité des heures hebdomadaires, qualité, prévu contre réalisé.';
comment on view reporting.fct_contribution_workshop_month is 'Indicateurs de contribution par atelier et mois — grain : mois × atelier ; les travailleurs dont l’atelier du mois est celui-ci, sommes de leurs lignes, ratios des sommes.';
comment on view reporting.fct_contribution_establishment_month is 'Indicateurs de contribution par établissement et mois — grain : mois × établissement ; les travailleurs de l’établissement, sommes de leurs lignes, ratios des sommes.';
comment on view reporting.fct_contribution_work_group_month is 'Indicateurs de contribution par groupe de travail et mois — grain : mois × groupe de travail ; les travailleurs dont le groupe du mois est celui-ci.';
comment on view reporting.fct_allocation_month is 'Affectations par mois — grain : affectation × mois ; heures et quantités prévues réparties sur les jours ouvrés de la fiche de production.';
comment on view reporting.fct_objective_progress is 'Avancement des objectifs — grain : objectif ; réalisé des mois de sa période dans les indicateurs mensuels du travailleur, du groupe ou de l’atelier, rapporté à la cible.';
comment on view reporting.sales_by_customer_month is 'Ventes par client et mois — grain : mois × client ; factures à leur date d’émission, avoirs à la leur, encaissements à leur date.';
comment on view reporting.sales_by_establishment_month is 'Ventes par établissement et mois — grain : mois × établissement ; mêmes mesures que par client.';
comment on view reporting.sales_by_catalog_item_month is 'Ventes par article et mois — grain : mois × établissement × article du catalogue.';
comment on view reporting.refresh_status is 'Fraîcheur des chiffres — une ligne : dernières intégrations et reconstructions, changements en attente (à afficher sur les pages de rapport).';

-- Columns whose meaning is the view's own.
comment on column reporting.dim_establishment.code is 'Code établissement — code court de l’établissement.';
comment on column reporting.dim_establishment.name is 'Nom de l’établissement — raison sociale ou nom d’usage.';
comment on column reporting.dim_establishment.kind is 'Type d’établissement — esat (établissement et service d’aide par le travail) ou ea (entreprise adaptée).';
comment on column reporting.dim_establishment.city is 'Ville — commune de l’établissement.';
comment on column reporting.dim_establishment.siret is 'SIRET — numéro SIRET de l’établissement (14 chiffres).';
comment on column reporting.dim_establishment.finess is 'FINESS — numéro FINESS de l’établissement médico-social (ESAT), vide pour une EA.';
comment on column reporting.dim_workshop.code is 'Code atelier — code court de l’atelier.';
comment on column reporting.dim_workshop.name is 'Nom de l’atelier — libellé de l’atelier.';
comment on column reporting.dim_activity.code is 'Code activité — code court de l’activité.';
comment on column reporting.dim_activity.name is 'Nom de l’activité — libellé de l’activité.';
comment on column reporting.dim_work_group.code is 'Code groupe — code court du groupe de travail.';
comment on column reporting.dim_work_group.name is 'Nom du groupe — libellé du groupe de travail.';
comment on column reporting.dim_customer.legal_name is 'Raison sociale — nom légal du client.';
comment on column reporting.dim_customer.siren is 'SIREN — numéro SIREN du client (9 chiffres).';
comment on column reporting.dim_customer.city is 'Ville de facturation — commune de l’adresse de facturation.';
comment on column reporting.dim_customer.postal_code is 'Code postal de facturation — code postal de l’adresse de facturation.';
comment on column reporting.dim_customer.is_public_buyer is 'Acheteur public — vrai pour un acheteur public (Chorus Pro).';
comment on column reporting.dim_catalog_item.code is 'Code article — référence de l’article au catalogue.';
comment on column reporting.dim_catalog_item.label is 'Libellé de l’article — désignation de l’article ou de la prestation.';
comment on column reporting.dim_catalog_item.unit is 'Unité — unité de vente (pièce, heure, lot…).';
comment on column reporting.dim_catalog_item.activity is 'Activité commerciale — famille d’activité de l’article (conditionnement, espaces verts…).';
comment on column reporting.dim_catalog_item.active is 'Article actif — faux pour un article retiré du catalogue.';
comment on column reporting.dim_beneficiary.matricule is 'Matricule — code du travailleur dans l’établissement (jamais son nom).';
comment on column reporting.dim_beneficiary.status is 'Statut — esat_worker (travailleur d’ESAT), ea_employee (salarié d’EA) ou other.';
comment on column reporting.dim_beneficiary.weekly_hours is 'Heures hebdomadaires du contrat — durée de travail hebdomadaire prévue au contrat ou au contrat de soutien.';
comment on column reporting.dim_beneficiary.working_time_ratio is 'Quotité de temps de travail — part d’un temps plein (1 = temps plein).';
comment on column reporting.dim_beneficiary.entry_date is 'Date d’entrée — premier jour dans l’établissement.';
comment on column reporting.dim_beneficiary.exit_date is 'Date de sortie — dernier jour dans l’établissement, vide tant qu’il est présent.';
comment on column reporting.dim_beneficiary.workshop_id is 'Atelier principal — atelier de rattachement actuel (clé vers dim_workshop) ; les faits datés suivent le parcours.';
comment on column reporting.dim_beneficiary.work_group_id is 'Groupe de travail actuel — clé vers dim_work_group.';
comment on column reporting.dim_supervisor.initials is 'Initiales — initiales du nom affiché du compte (le nom lui-même reste dans l’application).';
comment on column reporting.dim_supervisor.is_active is 'Compte actif — faux pour un compte désactivé.';
comment on column reporting.dim_supervisor.workshop_codes is 'Ateliers encadrés — codes des ateliers auxquels le moniteur est rattaché, séparés par des virgules.';
comment on column reporting.dim_date.date is 'Date — le jour (clé).';
comment on column reporting.dim_date.week is 'Semaine — lundi de la semaine ISO du jour (clé vers dim_week).';
comment on column reporting.dim_date.month is 'Mois — premier jour du mois du jour (clé vers dim_month).';
comment on column reporting.dim_date.day_of_month is 'Jour du mois — 1 à 31.';
comment on column reporting.dim_date.day_of_week is 'Jour de la semaine — 1 = lundi … 7 = dimanche (ISO).';
comment on column reporting.dim_date.month_label_fr is 'Mois (libellé) — nom du mois en français (janvier…).';
comment on column reporting.dim_date.day_label_fr is 'Jour (libellé) — nom du jour en français (lundi…).';
comment on column reporting.dim_date.week_label is 'Semaine (libellé) — année ISO et numéro de semaine, par exemple 2026-W10.';
comment on column reporting.dim_date.is_weekend is 'Week-end — samedi ou dimanche.';
comment on column reporting.dim_date.is_public_holiday is 'Jour férié — l’un des onze jours fériés nationaux (Code du travail L3133-1), calculés.';
comment on column reporting.dim_date.public_holiday is 'Nom du jour férié — vide hors jour férié national.';
comment on column reporting.dim_date.is_working_day is 'Jour ouvré — lundi à vendredi hors jours fériés nationaux.';
comment on column reporting.dim_date.alsace_moselle_holiday is 'Férié d’Alsace-Moselle — Vendredi saint ou Saint-Étienne (L3134-13), vide sinon.';
comment on column reporting.dim_date.is_working_day_alsace_moselle is 'Jour ouvré en Alsace-Moselle — jour ouvré qui n’est pas non plus férié en Alsace-Moselle.';
comment on column reporting.dim_month.month is 'Mois — premier jour du mois (clé).';
comment on column reporting.dim_month.label is 'Mois (libellé) — année et mois, par exemple 2026-03.';
comment on column reporting.dim_week.week is 'Semaine — lundi de la semaine ISO (clé).';
comment on column reporting.dim_week.month is 'Mois du lundi — premier jour du mois où tombe le lundi de la semaine.';
comment on column reporting.dim_week.label is 'Semaine (libellé) — année ISO et numéro de semaine, par exemple 2026-W10.';
comment on column reporting.work_by_workshop_month.workshop_id is 'Atelier — atelier de la fiche de production du pointage, sinon celui du parcours à la date du pointage, sinon l’atelier principal (clé vers dim_workshop ; vide sans aucun).';
comment on column reporting.work_by_workshop_month.activity_id is 'Activité — activité de la tâche pointée (clé vers dim_activity ; vide sans tâche).';
comment on column reporting.work_by_beneficiary_week.contract_hours is 'Heures hebdomadaires du contrat — heures hebdomadaires du travailleur, non proratisées (voir fct_utilization_week pour la proratisation).';
comment on column reporting.work_by_beneficiary_week.utilization is 'Taux d’utilisation brut — heures pointées ÷ heures hebdomadaires du contrat, à 4 décimales ; non additif.';
comment on column reporting.fct_utilization_week.workshop_id is 'Atelier de la semaine — étape du parcours valide au premier jour de présence de la semaine, sinon l’atelier principal.';
comment on column reporting.fct_utilization_week.contract_days is 'Jours ouvrés de présence — jours ouvrés nationaux de la semaine entre l’entrée, la sortie et aujourd’hui.';
comment on column reporting.fct_utilization_week.records is 'Pointages — nombre de pointages de la semaine, corrections comprises.';
comment on column reporting.fct_utilization_workshop_week.beneficiaries is 'Travailleurs — nombre de travailleurs de l’atelier et du moniteur cette semaine.';
comment on column reporting.fct_utilization_workshop_week.contract_hours is 'Heures du contrat — somme des heures du contrat proratisées des travailleurs.';
comment on column reporting.fct_utilization_workshop_week.utilization is 'Taux d’utilisation — heures pointées ÷ heures du contrat, sommes de l’atelier, à 4 décimales ; non additif.';
comment on column reporting.fct_contribution_beneficiary_month.workshop_id is 'Atelier du mois — étape du parcours valide au premier jour de présence du mois, sinon l’atelier principal.';
comment on column reporting.fct_contribution_beneficiary_month.work_group_id is 'Groupe du mois — groupe de l’étape du parcours valide au premier jour de présence du mois, sinon le groupe actuel.';
comment on column reporting.fct_contribution_beneficiary_month.contract_days is 'Jours ouvrés de présence — jours ouvrés nationaux du mois entre l’entrée, la sortie et aujourd’hui.';
comment on column reporting.fct_contribution_beneficiary_month.weeks_measured is 'Semaines mesurées — semaines ISO du mois (leur jeudi dans le mois) avec au moins un jour ouvré de présence.';
comment on column reporting.fct_contribution_beneficiary_month.weekly_hours_cv is 'Stabilité des heures hebdomadaires (coefficient de variation) — écart-type ÷ moyenne des heures pointées des semaines du mois, ramenées à une semaine pleine (heures × 5 ÷ jours ouvrés de présence) ; 0 = mêmes heures chaque semaine ; vide avec moins de 2 semaines ; non additif.';
comment on column reporting.fct_allocation_month.working_days is 'Jours ouvrés du mois — jours ouvrés de la fiche de production tombant dans le mois.';
comment on column reporting.fct_allocation_month.beneficiary_id is 'Travailleur affecté — clé vers dim_beneficiary ; vide quand l’affectation vise un groupe de travail.';
comment on column reporting.fct_allocation_month.work_group_id is 'Groupe affecté — clé vers dim_work_group ; vide quand l’affectation vise un travailleur.';
comment on column reporting.fct_allocation_month.workshop_id is 'Atelier de la fiche — atelier de la fiche de production de la tâche affectée.';
comment on column reporting.fct_allocation_month.establishment_id is 'Établissement — établissement de la commande affectée.';
comment on column reporting.fct_allocation_month.customer_id is 'Client — client de la commande affectée.';
comment on column reporting.fct_allocation_month.activity_id is 'Activité — activité de la tâche affectée.';
comment on column reporting.fct_contribution_work_group_month.workshop_id is 'Atelier du groupe — atelier auquel appartient le groupe de travail.';
comment on column reporting.fct_objective_progress.objective_id is 'Objectif — identifiant de l’objectif (table objective de l’application).';
comment on column reporting.fct_objective_progress.scope is 'Portée — individual (un travailleur), work_group (un groupe de travail) ou workshop (un atelier).';
comment on column reporting.fct_objective_progress.establishment_id is 'Établissement — établissement du travailleur, du groupe ou de l’atelier visé.';
comment on column reporting.fct_objective_progress.beneficiary_id is 'Travailleur visé — objectif individuel (clé vers dim_beneficiary), vide sinon.';
comment on column reporting.fct_objective_progress.work_group_id is 'Groupe visé — objectif de groupe de travail (clé vers dim_work_group), vide sinon.';
comment on column reporting.fct_objective_progress.workshop_id is 'Atelier visé — objectif d’atelier (clé vers dim_workshop), vide sinon.';
comment on column reporting.fct_objective_progress.measure is 'Mesure — hours (heures pointées), quantity (quantité produite) ou quality (qualité, 1 − rebuts ÷ produit).';
comment on column reporting.fct_objective_progress.period_start is 'Début de période — premier jour du premier mois de l’objectif.';
comment on column reporting.fct_objective_progress.period_end is 'Fin de période — dernier jour du dernier mois de l’objectif.';
comment on column reporting.fct_objective_progress.month is 'Mois de début — premier mois de la période (clé vers dim_month).';
comment on column reporting.fct_objective_progress.target is 'Cible — heures ou quantité sur la période, ou part de qualité (0 à 1).';
comment on column reporting.fct_objective_progress.status is 'État — open (en cours, modifiable) ou closed (clos).';
comment on column reporting.fct_objective_progress.actual_value is 'Réalisé — heures ou quantité des mois de la période jusqu’ici, ou leur qualité (vide sans quantité).';
comment on column reporting.fct_objective_progress.progress is 'Avancement — réalisé ÷ cible, à 4 décimales ; non additif.';
comment on column reporting.fct_objective_progress.reached is 'Atteint — réalisé ≥ cible.';
comment on column reporting.fct_objective_progress.elapsed_share is 'Part de la période écoulée — jours écoulés ÷ jours de la période (0 avant, 1 après), à comparer à l’avancement.';
comment on column reporting.sales_by_catalog_item_month.quantity is 'Quantité vendue — quantité facturée nette des avoirs.';
comment on column reporting.refresh_status.last_fold_at is 'Dernière intégration — heure de la dernière intégration des changements (environ chaque seconde).';
comment on column reporting.refresh_status.last_rebuild_at is 'Dernière reconstruction — heure de la dernière reconstruction complète depuis les tables de base.';
comment on column reporting.refresh_status.installed_at is 'Installation — heure de l’installation de cette version de la couche de reporting.';
comment on column reporting.refresh_status.pending_work_changes is 'Pointages en attente — changements de pointages pas encore intégrés.';
comment on column reporting.refresh_status.on_replica is 'Sur un réplica — vrai quand la base lue est un réplica en lecture (standby), dont les chiffres suivent le primaire avec le retard indiqué.';
comment on column reporting.refresh_status.replica_lag_seconds is 'Retard du réplica — 0 quand le réplica a rejoué tout ce qu''il a reçu, sinon l''âge en secondes de la dernière transaction rejouée ; vide sur le primaire.';
comment on column reporting.refresh_status.pending_sales_changes is 'Ventes en attente — événements de vente pas encore intégrés.';

-- Shared words: a column of this name without a comment of its own takes this one, in every view.
do $$
declare
  c record;
begin
  for c in
    with word(column_name, comment) as (values
      ('establishment_id', 'Établissement — clé vers dim_establishment.'),
      ('workshop_id', 'Atelier — clé vers dim_workshop.'),
      ('work_group_id', 'Groupe de travail — clé vers dim_work_group.'),
      ('activity_id', 'Activité — clé vers dim_activity.'),
      ('customer_id', 'Client — clé vers dim_customer.'),
      ('catalog_item_id', 'Article — clé vers dim_catalog_item.'),
      ('beneficiary_id', 'Travailleur — clé vers dim_beneficiary (un code, jamais un nom).'),
      ('supervisor_id', 'Moniteur référent — clé vers dim_supervisor : le moniteur référent actuel du travailleur.'),
      ('allocation_id', 'Affectation — identifiant de l’affectation (travailleur ou groupe sur une tâche).'),
      ('month', 'Mois — premier jour du mois (clé vers dim_month) ; mois de la date du travail ou de l’événement.'),
      ('week', 'Semaine — lundi de la semaine ISO (clé vers dim_week).'),
      ('iso_year', 'Année ISO — année de la semaine ISO (peut différer de l’année civile fin décembre et début janvier).'),
      ('iso_week', 'Numéro de semaine ISO — 1 à 53.'),
      ('year', 'Année — année civile.'),
      ('quarter', 'Trimestre — 1 à 4.'),
      ('month_number', 'Numéro du mois — 1 à 12.'),
      ('service_type', 'Type de prestation — production, service_provision (prestation de service), on_site (prestation en entreprise) ou mad (mise à disposition).'),
      ('initials', 'Initiales — initiales en capitales (un code, jamais un nom).'),
      ('hours', 'Heures pointées — somme des heures des pointages, enregistrés ou validés, corrections comprises (le chiffre corrigé).'),
      ('recorded_hours', 'Heures pointées — somme des heures des pointages de la semaine, corrections comprises.'),
      ('validated_hours', 'Heures validées — heures des pointages validés par un moniteur (une correction compte une fois validée).'),
      ('quantity', 'Quantité produite — somme des quantités pointées, corrections comprises.'),
      ('rejected_quantity', 'Quantité rebutée — somme des quantités rejetées (rebuts) pointées.'),
      ('records', 'Pointages — nombre de pointages, corrections comprises (une correction compte pour un).'),
      ('contract_days', 'Jours ouvrés de présence — jours ouvrés nationaux (lundi à vendredi hors fériés) entre l’entrée, la sortie et aujourd’hui.'),
      ('contract_hours', 'Heures du contrat — heures hebdomadaires × jours ouvrés de présence ÷ 5, au centième.'),
      ('allocated_hours', 'Heures prévues — heures des affectations individuelles réparties sur les jours ouvrés de leur fiche de production.'),
      ('utilization', 'Taux d’utilisation — heures pointées ÷ heures du contrat, à 4 décimales ; vide si 0 heure de contrat ; non additif.'),
      ('under_threshold', 'Seuil de sous-utilisation — part des heures du contrat en dessous de laquelle la semaine est sous-utilisée (table utilization_threshold datée, sinon 0,60).'),
      ('over_threshold', 'Seuil de surcharge — part des heures du contrat au-dessus de laquelle la semaine est en surcharge (sinon 1,10).'),
      ('under_utilized', 'Sous-utilisé — heures pointées < seuil de sous-utilisation × heures du contrat.'),
      ('overloaded', 'En surcharge — heures pointées > seuil de surcharge × heures du contrat.'),
      ('under_utilized_beneficiaries', 'Travailleurs sous-utilisés — nombre de travailleurs sous-utilisés de la semaine.'),
      ('overloaded_beneficiaries', 'Travailleurs en surcharge — nombre de travailleurs en surcharge de la semaine.'),
      ('beneficiaries', 'Travailleurs — nombre de travailleurs du groupe ce mois (atelier, groupe ou établissement du mois).'),
      ('active_beneficiaries', 'Travailleurs actifs — travailleurs du groupe dont les heures pointées du mois totalisent plus de 0 heure.'),
      ('days_with_record', 'Jours pointés — jours ouvrés de présence dont les pointages totalisent plus de 0 heure.'),
      ('regularity', 'Régularité — jours pointés ÷ jours ouvrés de présence, à 4 décimales (jours fériés exclus) ; non additif.'),
      ('avg_weekly_hours_cv', 'Stabilité moyenne des heures hebdomadaires — moyenne des coefficients de variation des travailleurs du groupe ; non additif.'),
      ('quality', 'Qualité — 1 − quantité rebutée ÷ quantité produite, à 4 décimales ; vide sans quantité ; non additif.'),
      ('planned_hours', 'Heures prévues — heures des affectations réparties sur les jours ouvrés de leur fiche de production (pour un groupe : celles de ses membres et celles du groupe).'),
      ('planned_quantity', 'Quantité prévue — quantité des affectations répartie sur les jours ouvrés de leur fiche de production.'),
      ('done_vs_planned', 'Réalisé sur prévu — heures pointées ÷ heures prévues, à 4 décimales ; vide sans heures prévues ; non additif.'),
      ('invoiced_ht_cents', 'Facturé HT (centimes) — total HT des factures émises, à leur date d’émission.'),
      ('credited_ht_cents', 'Avoirs HT (centimes) — total HT des avoirs émis, à leur date (positif).'),
      ('net_ht_cents', 'Chiffre d’affaires net HT (centimes) — facturé moins avoirs.'),
      ('deductible_cents', 'Coûts déductibles (centimes) — matières, sous-traitance, consommations intermédiaires et frais de vente des lignes (art. D5212-22).'),
      ('labour_cost_cents', 'Coût de main-d’œuvre (centimes) — chiffre d’affaires net HT moins coûts déductibles.'),
      ('paid_cents', 'Encaissé (centimes) — paiements reçus, à leur date.'),
      ('net_ht_eur', 'Chiffre d’affaires net HT (euros) — net_ht_cents ÷ 100.'),
      ('labour_cost_eur', 'Coût de main-d’œuvre (euros) — labour_cost_cents ÷ 100.'),
      ('paid_eur', 'Encaissé (euros) — paid_cents ÷ 100.')
    )
    select format('%I.%I.%I', n.nspname, cl.relname, a.attname) as target, w.comment
      from pg_attribute a
      join pg_class cl on cl.oid = a.attrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join word w on w.column_name = a.attname
     where n.nspname = 'reporting' and cl.relkind = 'v' and a.attnum > 0 and not a.attisdropped
       and col_description(cl.oid, a.attnum) is null
  loop
    execute format('comment on column %s is %L', c.target, c.comment);
  end loop;
end $$;
