import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting engine stores each objective's actuals (reporting/03-steering.sql,
 * mat_objective_actual) and queues an objective created, edited or deleted for the next fold: its
 * owner needs TRIGGER on `objective` (it already reads its columns: 1765910000000).
 */
export class ReportingObjectiveCapture1767200000000 implements MigrationInterface {
  name = 'ReportingObjectiveCapture1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`grant trigger on objective to ub_reporting_owner`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke trigger on objective from ub_reporting_owner`);
  }
}
