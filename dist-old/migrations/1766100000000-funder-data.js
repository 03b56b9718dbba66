"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FunderData1766100000000 = void 0;
/**
 * What ESAT and EA funders ask for that the registry did not hold (DOMAIN: ARS for ESAT, DREETS for
 * EA), and the skills referential the carnet de parcours rests on:
 * - `establishment_capacity`: dated figures of an establishment granted by its funder — the places
 *   authorised by the ARS (ESAT) or the aided posts of the CPOM in FTE (EA). The row valid on a day
 *   is the latest whose `valid_from` is on or before it.
 * - `beneficiary_movement`: exits (date, reason, destination) and returns (under the droit au retour
 *   or not). The beneficiary's `exit_date` stays the end of the current stay: an exit sets it, a
 *   return clears it. Exits recorded before this migration (an `exit_date` only) are carried over
 *   with no reason nor destination ("not recorded" in reports).
 * - `beneficiary_birth_year`: on the identity side, readable like the names (admin and médico-social),
 *   apart from them so that a structure keeping no name can still give it; the reporting views turn
 *   it into an age band and publish nothing finer.
 * - `pathway_step`: training, RAE steps ("Différent et compétent": enrolment, attestation of skills)
 *   and prestation en entreprise, dated, per beneficiary; a step may refer to a job standard.
 * - `job_standard`, `skill`, `activity_skill`: the skills referential, free to fill (each standard
 *   names its source), and which skills an activity practises.
 * - `funder_report_snapshot`: a funder report as first shown to a funder, shown unchanged afterwards.
 * - `app_user.funder_establishment_ids`: for a FUNDER account, the establishments whose reports it
 *   reads (as `customer_id` is a PARTNER's customer).
 */
class FunderData1766100000000 {
    constructor() {
        this.name = 'FunderData1766100000000';
    }
    async up(q) {
        await q.query(`
      create table establishment_capacity (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null,
        kind text not null check (kind in ('authorized_places', 'aided_posts')),
        valid_from date not null,
        value numeric(8,2) not null check (value >= 0 and value <= 100000),
        source text not null check (length(source) between 1 and 200),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, establishment_id, kind, valid_from),
        foreign key (organization_id, establishment_id) references establishment (organization_id, id)
      );
      comment on table establishment_capacity is 'Dated capacity granted by the funder: places authorised by the ARS (ESAT) or aided posts of the CPOM in FTE (EA).';
      select secure_tenant_table('establishment_capacity');

      create table beneficiary_movement (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        beneficiary_id bigint not null,
        kind text not null check (kind in ('exit', 'return')),
        movement_date date not null,
        exit_reason text check (exit_reason in ('professional_project', 'end_of_contract', 'resignation', 'retirement', 'health', 'relocation', 'other')),
        exit_destination text check (exit_destination in ('ordinary_employment', 'ea', 'other_esat', 'training', 'none', 'other')),
        right_to_return boolean,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (kind = 'exit' or (exit_reason is null and exit_destination is null and right_to_return is not null)),
        check (kind = 'return' or right_to_return is null),
        unique (organization_id, beneficiary_id, kind, movement_date),
        foreign key (organization_id, beneficiary_id) references beneficiary (organization_id, id)
      );
      create index beneficiary_movement_beneficiary_idx on beneficiary_movement (beneficiary_id, movement_date);
      comment on table beneficiary_movement is 'Exits (reason, destination) and returns (droit au retour) of a beneficiary; entry is beneficiary.entry_date.';
      select secure_tenant_table('beneficiary_movement');
      insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date)
        select organization_id, id, 'exit', exit_date from beneficiary where exit_date is not null;

      create table beneficiary_birth_year (
        beneficiary_id bigint primary key,
        organization_id bigint not null references organization(id),
        birth_year integer not null check (birth_year between 1900 and 2100),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        foreign key (organization_id, beneficiary_id) references beneficiary (organization_id, id)
      );
      comment on table beneficiary_birth_year is 'Year of birth, on the identity side (read like beneficiary_identity: admin and médico-social); reports receive only an age band.';
      select secure_tenant_table('beneficiary_birth_year');

      create table job_standard (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        code text not null check (code ~ '^[A-Za-z0-9_.-]{1,30}$'),
        title text not null check (length(title) between 1 and 200),
        source text not null check (length(source) between 1 and 300),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, code),
        unique (organization_id, id)
      );
      comment on table job_standard is 'A job standard (référentiel métier: a CAP, a titre professionnel…) with its source, against which workers are positioned.';
      select secure_tenant_table('job_standard');

      create table skill (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        job_standard_id bigint not null,
        code text not null check (code ~ '^[A-Za-z0-9_.-]{1,30}$'),
        label text not null check (length(label) between 1 and 300),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, job_standard_id, code),
        unique (organization_id, id),
        foreign key (organization_id, job_standard_id) references job_standard (organization_id, id)
      );
      comment on table skill is 'A skill (compétence) of a job standard.';
      select secure_tenant_table('skill');

      create table activity_skill (
        organization_id bigint not null references organization(id),
        activity_id bigint not null,
        skill_id bigint not null,
        primary key (activity_id, skill_id),
        foreign key (organization_id, activity_id) references activity (organization_id, id),
        foreign key (organization_id, skill_id) references skill (organization_id, id)
      );
      create index activity_skill_skill_idx on activity_skill (skill_id);
      comment on table activity_skill is 'The skills an activity practises: work done in the activity is evidence for them.';
      select secure_tenant_table('activity_skill');

      create table pathway_step (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        beneficiary_id bigint not null,
        kind text not null check (kind in ('training', 'rae_enrolment', 'rae_attestation', 'prestation_en_entreprise')),
        start_date date not null,
        end_date date check (end_date >= start_date),
        hours numeric(7,2) check (hours > 0 and hours <= 10000),
        title text not null check (length(title) between 1 and 200),
        job_standard_id bigint,
        customer_id bigint,
        created_by bigint,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        foreign key (organization_id, beneficiary_id) references beneficiary (organization_id, id),
        foreign key (organization_id, job_standard_id) references job_standard (organization_id, id),
        foreign key (organization_id, customer_id) references customer (organization_id, id),
        foreign key (organization_id, created_by) references app_user (organization_id, id)
      );
      create index pathway_step_beneficiary_idx on pathway_step (beneficiary_id, start_date);
      comment on table pathway_step is 'A dated step of the parcours beyond the workshop: training, RAE enrolment or attestation, prestation en entreprise (host company: customer_id).';
      select secure_tenant_table('pathway_step');

      create table funder_report_snapshot (
        organization_id bigint not null references organization(id),
        establishment_id bigint not null,
        year integer not null check (year between 2000 and 2100),
        published_at timestamptz not null default now(),
        report jsonb not null,
        primary key (organization_id, establishment_id, year),
        foreign key (organization_id, establishment_id) references establishment (organization_id, id)
      );
      comment on table funder_report_snapshot is 'The funder report of an ended year as first read by a funder: later reads by funders get it unchanged, so two reads never differ by a record entered in between.';
      select secure_tenant_table('funder_report_snapshot');

      alter table app_user add column funder_establishment_ids bigint[] not null default '{}';
      comment on column app_user.funder_establishment_ids is 'For a FUNDER account: the establishments whose funder reports it reads.';

      grant select on establishment_capacity, beneficiary_movement, pathway_step, job_standard, skill, activity_skill,
        beneficiary_birth_year, mad_contract, mad_contract_beneficiary to ub_reporting_owner;
    `);
    }
    async down(q) {
        await q.query(`
      revoke select on mad_contract, mad_contract_beneficiary from ub_reporting_owner;
      alter table app_user drop column if exists funder_establishment_ids;
      drop table if exists funder_report_snapshot, pathway_step, activity_skill, skill, job_standard, beneficiary_birth_year, beneficiary_movement, establishment_capacity;
    `);
    }
}
exports.FunderData1766100000000 = FunderData1766100000000;
//# sourceMappingURL=1766100000000-funder-data.js.map