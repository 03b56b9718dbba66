"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Objectives1765910000000 = void 0;
/**
 * Objectives (objectifs): individual ones for a beneficiary, collective ones for a work group or a
 * workshop, on hours, quantity or quality, over whole months, with a target. Their progress against
 * the actuals is a view of the reporting layer (reporting.fct_objective_progress), which reads the
 * same monthly contribution indicators as every dashboard. An objective is edited while open and
 * closed once (with an outcome note kept out of the reporting layer, where free text has no place).
 */
class Objectives1765910000000 {
    constructor() {
        this.name = 'Objectives1765910000000';
    }
    async up(q) {
        await q.query(`
      create table objective (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        scope text not null check (scope in ('individual', 'work_group', 'workshop')),
        beneficiary_id bigint,
        work_group_id bigint,
        workshop_id bigint,
        measure text not null check (measure in ('hours', 'quantity', 'quality')),
        period_start date not null check (period_start = date_trunc('month', period_start)),
        period_end date not null check (period_end = (date_trunc('month', period_end) + interval '1 month - 1 day')::date and period_end >= period_start),
        target numeric(14,4) not null check (target > 0 and (measure <> 'quality' or target <= 1)),
        title text not null check (length(title) between 1 and 200),
        status text not null default 'open' check (status in ('open', 'closed')),
        outcome text check (length(outcome) <= 2000),
        closed_at timestamptz,
        closed_by bigint,
        created_by bigint,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((scope = 'individual') = (beneficiary_id is not null)),
        check ((scope = 'work_group') = (work_group_id is not null)),
        check ((scope = 'workshop') = (workshop_id is not null)),
        check ((status = 'closed') = (closed_at is not null)),
        -- references within the organisation (as every tenant reference since 1765000000000)
        foreign key (organization_id, beneficiary_id) references beneficiary (organization_id, id),
        foreign key (organization_id, work_group_id) references work_group (organization_id, id),
        foreign key (organization_id, workshop_id) references workshop (organization_id, id),
        foreign key (organization_id, closed_by) references app_user (organization_id, id),
        foreign key (organization_id, created_by) references app_user (organization_id, id)
      );
      create index objective_beneficiary_id_idx on objective (beneficiary_id);
      create index objective_work_group_id_idx on objective (work_group_id);
      create index objective_workshop_id_idx on objective (workshop_id);
      create index objective_organization_period_idx on objective (organization_id, period_start);
      select secure_tenant_table('objective');
      grant select (id, organization_id, scope, beneficiary_id, work_group_id, workshop_id, measure, period_start, period_end, target, status, closed_at)
        on objective to ub_reporting_owner;
    `);
    }
    async down(q) {
        await q.query(`drop table if exists objective`);
    }
}
exports.Objectives1765910000000 = Objectives1765910000000;
//# sourceMappingURL=1765910000000-objectives.js.map