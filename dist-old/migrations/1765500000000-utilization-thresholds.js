"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UtilizationThresholds1765500000000 = void 0;
/**
 * Utilization thresholds, dated, per organisation: a beneficiary's week is `under_utilized` when the
 * hours recorded are below `under_utilized_below` × the contract hours of the week, `overloaded` when
 * above `overloaded_above` × them (reporting.fct_utilization_week). A product convention, not a rule
 * of law: an organisation without a row uses 0.60 and 1.10 (reporting/README.md). The row valid for a
 * week is the latest one whose `valid_from` is on or before the week's Monday.
 * The reporting owner reads it and the allocations (planned hours), which the week view spreads over
 * their production sheet's planned days.
 */
class UtilizationThresholds1765500000000 {
    constructor() {
        this.name = 'UtilizationThresholds1765500000000';
    }
    async up(q) {
        await q.query(`
      create table utilization_threshold (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        valid_from date not null,
        under_utilized_below numeric(4,3) not null check (under_utilized_below >= 0),
        overloaded_above numeric(4,3) not null check (overloaded_above > under_utilized_below),
        created_at timestamptz not null default now(),
        unique (organization_id, valid_from)
      );
      select secure_tenant_table('utilization_threshold');
      grant select on utilization_threshold, allocation to ub_reporting_owner;
    `);
    }
    async down(q) {
        await q.query(`revoke select on allocation from ub_reporting_owner`);
        await q.query(`drop table if exists utilization_threshold`);
    }
}
exports.UtilizationThresholds1765500000000 = UtilizationThresholds1765500000000;
//# sourceMappingURL=1765500000000-utilization-thresholds.js.map