import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting engine (reporting/01-engine.sql) watches the tables that decide where a work record
 * is counted and what is planned: a change of a beneficiary's parcours or main workshop re-places
 * their records, and allocations, tasks and sheets feed the planned-hours aggregates. Its owner
 * needs TRIGGER on them, and on the thresholds that flag utilization (it already reads them all:
 * 1764900000000, 1765500000000).
 */
export class ReportingPlacementCapture1767100000000 implements MigrationInterface {
  name = 'ReportingPlacementCapture1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`grant trigger on beneficiary, beneficiary_assignment, allocation, production_task, production_sheet, utilization_threshold to ub_reporting_owner`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke trigger on beneficiary, beneficiary_assignment, allocation, production_task, production_sheet, utilization_threshold from ub_reporting_owner`);
  }
}
