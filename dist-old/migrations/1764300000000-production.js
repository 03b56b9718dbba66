"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Production1764300000000 = void 0;
/**
 * The production side: workshops, activities, work groups, beneficiaries (pseudonymous by design)
 * and their parcours, the separate identity and médico-social tables, production sheets and their
 * tasks, allocations, MAD contracts and work records (pointages).
 */
class Production1764300000000 {
    constructor() {
        this.name = 'Production1764300000000';
    }
    async up(q) {
        await q.query(`
      alter table document_sequence drop constraint document_sequence_document_type_check;
      alter table document_sequence add constraint document_sequence_document_type_check check (document_type in
        ('quote', 'order', 'delivery_note', 'invoice', 'credit_note', 'production_sheet', 'mad_contract'));

      -- Dated legal parameters (SMIC, MAD limits…): rules of law are data with their source, never constants.
      create table legal_parameter (
        code text not null,
        valid_from date not null,
        valid_to date,
        value numeric not null,
        unit text not null,
        source text not null,
        primary key (code, valid_from),
        check (valid_to is null or valid_to >= valid_from)
      );
      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('mad_individual_max_months', '-infinity', null, 24, 'months', 'CASF R344-17 via DOMAIN.md: an individual mise à disposition lasts at most 2 years'),
        ('smic_hourly_gross_cents', '2024-01-01', '2024-10-31', 1165, 'cents', 'SMIC horaire brut 11,65 € (DOMAIN.md)'),
        ('smic_hourly_gross_cents', '2024-11-01', '2025-12-31', 1188, 'cents', 'SMIC horaire brut 11,88 € from 1 Nov 2024 (DOMAIN.md)'),
        ('smic_hourly_gross_cents', '2026-01-01', null, 1202, 'cents', 'SMIC horaire brut 12,02 € from 1 Jan 2026 (DOMAIN.md)');

      create table workshop (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        code text not null,
        name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, code)
      );
      create index workshop_establishment_id_idx on workshop (establishment_id);

      -- Supervisors (moniteurs d'atelier) record and validate work for the workshops they are linked to.
      create table workshop_supervisor (
        organization_id bigint not null references organization(id),
        workshop_id bigint not null references workshop(id),
        user_id bigint not null references app_user(id),
        primary key (workshop_id, user_id)
      );
      create index workshop_supervisor_user_id_idx on workshop_supervisor (user_id);

      create table activity (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        workshop_id bigint not null references workshop(id),
        code text not null,
        name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, code)
      );
      create index activity_workshop_id_idx on activity (workshop_id);

      create table work_group (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        workshop_id bigint not null references workshop(id),
        code text not null,
        name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, code)
      );
      create index work_group_workshop_id_idx on work_group (workshop_id);

      -- Pseudonymous: a matricule and initials, never a name (names live in beneficiary_identity).
      create table beneficiary (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        matricule text not null check (matricule ~ '^[A-Za-z0-9_-]{1,20}$'),
        initials text not null check (initials ~ '^[A-Z]{1,4}$'),
        status text not null check (status in ('esat_worker', 'ea_employee', 'other')),
        working_time_ratio numeric(4,3) not null check (working_time_ratio > 0 and working_time_ratio <= 1),
        weekly_hours numeric(5,2) not null check (weekly_hours > 0 and weekly_hours <= 48),
        entry_date date not null,
        exit_date date check (exit_date is null or exit_date >= entry_date),
        main_workshop_id bigint references workshop(id),
        work_group_id bigint references work_group(id),
        referent_supervisor_id bigint references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, matricule)
      );
      create index beneficiary_work_group_id_idx on beneficiary (work_group_id);
      create index beneficiary_main_workshop_id_idx on beneficiary (main_workshop_id);

      -- The parcours: dated history of workshop and work-group assignments.
      create table beneficiary_assignment (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        beneficiary_id bigint not null references beneficiary(id),
        workshop_id bigint references workshop(id),
        work_group_id bigint references work_group(id),
        start_date date not null,
        end_date date check (end_date is null or end_date >= start_date),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index beneficiary_assignment_beneficiary_id_idx on beneficiary_assignment (beneficiary_id, start_date);

      -- Optional civil identity, readable by the admin and médico-social roles only.
      create table beneficiary_identity (
        beneficiary_id bigint primary key references beneficiary(id),
        organization_id bigint not null references organization(id),
        last_name text not null,
        first_name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );

      create table medico_social_note (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        beneficiary_id bigint not null references beneficiary(id),
        note_date date not null,
        body text not null,
        author_id bigint not null references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index medico_social_note_beneficiary_id_idx on medico_social_note (beneficiary_id, note_date);

      create table production_sheet (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        order_id bigint not null references sales_order(id),
        workshop_id bigint not null references workshop(id),
        number text not null,
        status text not null check (status in ('planned', 'in_progress', 'done')),
        planned_start date not null,
        planned_end date not null check (planned_end >= planned_start),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (establishment_id, number)
      );
      create index production_sheet_order_id_idx on production_sheet (order_id);
      create index production_sheet_workshop_id_idx on production_sheet (workshop_id);

      create table production_task (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        production_sheet_id bigint not null references production_sheet(id),
        order_line_id bigint not null references order_line(id),
        activity_id bigint not null references activity(id),
        description text not null,
        planned_quantity numeric(14,3) check (planned_quantity > 0),
        planned_hours numeric(10,2) check (planned_hours > 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index production_task_sheet_id_idx on production_task (production_sheet_id);
      create index production_task_order_line_id_idx on production_task (order_line_id);

      -- Who is planned on an order line or a task: a beneficiary or a whole work group.
      create table allocation (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        order_line_id bigint not null references order_line(id),
        production_task_id bigint references production_task(id),
        beneficiary_id bigint references beneficiary(id),
        work_group_id bigint references work_group(id),
        planned_hours numeric(10,2) check (planned_hours > 0),
        planned_quantity numeric(14,3) check (planned_quantity > 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((beneficiary_id is null) <> (work_group_id is null)),
        check (planned_hours is not null or planned_quantity is not null)
      );
      create index allocation_order_line_id_idx on allocation (order_line_id);
      create index allocation_task_id_idx on allocation (production_task_id);
      create index allocation_beneficiary_id_idx on allocation (beneficiary_id);
      create index allocation_work_group_id_idx on allocation (work_group_id);

      -- Mise à disposition (CASF R344-17): workers placed at a client's site; the hours are billed on an order line.
      create table mad_contract (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        customer_id bigint not null references customer(id),
        order_line_id bigint references order_line(id),
        number text not null,
        kind text not null check (kind in ('individual', 'collective')),
        activity text not null,
        place text not null,
        team_size integer check (team_size > 0),
        start_date date not null,
        end_date date not null check (end_date >= start_date),
        hourly_rate_cents bigint not null check (hourly_rate_cents >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, number)
      );
      create index mad_contract_customer_id_idx on mad_contract (customer_id);
      create index mad_contract_order_line_id_idx on mad_contract (order_line_id);

      create table mad_contract_beneficiary (
        organization_id bigint not null references organization(id),
        mad_contract_id bigint not null references mad_contract(id),
        beneficiary_id bigint not null references beneficiary(id),
        primary key (mad_contract_id, beneficiary_id)
      );
      create index mad_contract_beneficiary_beneficiary_id_idx on mad_contract_beneficiary (beneficiary_id);

      -- Pointages. Validated records are immutable; a correction is a new record (adjustments, which
      -- may be negative) that references the record it corrects, so sums stay plain sums.
      create table work_record (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        beneficiary_id bigint not null references beneficiary(id),
        work_date date not null,
        order_line_id bigint not null references order_line(id),
        production_task_id bigint references production_task(id),
        mad_contract_id bigint references mad_contract(id),
        hours numeric(6,2) not null check (hours between -24 and 24),
        quantity numeric(14,3) not null default 0,
        rejected_quantity numeric(14,3) not null default 0,
        comment text,
        status text not null check (status in ('recorded', 'validated')),
        corrects_id bigint references work_record(id),
        recorded_by bigint references app_user(id),
        validated_by bigint references app_user(id),
        validated_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (corrects_id is not null or (hours >= 0 and quantity >= 0 and rejected_quantity >= 0)),
        check ((status = 'validated') = (validated_at is not null))
      );
      create index work_record_order_line_id_idx on work_record (order_line_id);
      create index work_record_beneficiary_id_idx on work_record (beneficiary_id, work_date);
      create index work_record_task_id_idx on work_record (production_task_id);
      create index work_record_organization_date_idx on work_record (organization_id, work_date);

      create function forbid_validated_work_record_change() returns trigger language plpgsql as $$
      begin
        if old.status = 'validated' then
          raise exception 'validated work record % is immutable; record a correction', old.id using errcode = 'P0001';
        end if;
        return coalesce(new, old);
      end $$;
      create trigger work_record_immutable before update or delete on work_record
        for each row execute function forbid_validated_work_record_change();
    `);
    }
    async down(q) {
        await q.query(`
      drop table if exists legal_parameter, work_record, mad_contract_beneficiary, mad_contract, allocation, production_task, production_sheet,
        medico_social_note, beneficiary_identity, beneficiary_assignment, beneficiary, work_group, activity, workshop_supervisor, workshop cascade;
      drop function if exists forbid_validated_work_record_change();
      delete from document_sequence where document_type in ('production_sheet', 'mad_contract');
      alter table document_sequence drop constraint document_sequence_document_type_check;
      alter table document_sequence add constraint document_sequence_document_type_check check (document_type in
        ('quote', 'order', 'delivery_note', 'invoice', 'credit_note'));
    `);
    }
}
exports.Production1764300000000 = Production1764300000000;
//# sourceMappingURL=1764300000000-production.js.map