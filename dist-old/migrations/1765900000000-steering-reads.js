"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SteeringReads1765900000000 = void 0;
/**
 * What the steering views of the reporting layer read (reporting/03-steering.sql): work groups,
 * which supervisor is linked to which workshop, and of the accounts only the columns that tell a
 * supervisor apart — never the e-mail. The owner's row-level policies already cover these tables
 * (every tenant table got them in 1764900000000).
 */
class SteeringReads1765900000000 {
    constructor() {
        this.name = 'SteeringReads1765900000000';
    }
    async up(q) {
        await q.query(`
      grant select on work_group, workshop_supervisor to ub_reporting_owner;
      grant select (id, organization_id, display_name, roles, active) on app_user to ub_reporting_owner;
    `);
    }
    async down(q) {
        await q.query(`
      revoke select (id, organization_id, display_name, roles, active) on app_user from ub_reporting_owner;
      revoke select on work_group, workshop_supervisor from ub_reporting_owner;
    `);
    }
}
exports.SteeringReads1765900000000 = SteeringReads1765900000000;
//# sourceMappingURL=1765900000000-steering-reads.js.map