import { createOrder } from './sales-builders';
import type { TestApp } from './test-server';

export interface WorkImportFixture {
  orderNumber: string;
  orderLineIds: [number, number];
  /** A task of a production sheet of workshop B, on the order's first line. */
  taskId: number;
  workshopA: number;
  workshopB: number;
  /** matricule → id. T001 works in A, T002 in B, T003 (in A) left on 2026-01-31. */
  beneficiaries: Record<'T001' | 'T002' | 'T003', number>;
  /** MAD-T-1 bills on the order's second line, 2026-01-01 to 2026-06-30; MAD-T-2 has no order line. */
  madContractId: number;
}

/**
 * What an import refers to: an order (made through the API) and, with SQL as the suite's fixture
 * does, two workshops, three beneficiaries, a production sheet with a task and two MAD contracts.
 * The fixture's user supervises workshop A only.
 */
export async function seedWorkImport(app: TestApp): Promise<WorkImportFixture> {
  const { organizationId: org, esatId, adminUserId } = app.fixture;
  const { order, customer } = await createOrder(app, [100, 40]);
  const one = async <T = { id: number }>(text: string, values: unknown[]) => (await app.sql<T>(text, values))[0];
  const lines = await app.sql<{ id: number }>('select id from order_line where order_id = $1 order by position', [order.id]);
  const workshopA = await one(`insert into workshop (organization_id, establishment_id, code, name) values ($1, $2, 'WI-A', 'Conditionnement') returning id`, [org, esatId]);
  const workshopB = await one(`insert into workshop (organization_id, establishment_id, code, name) values ($1, $2, 'WI-B', 'Espaces verts') returning id`, [org, esatId]);
  const activity = await one(`insert into activity (organization_id, workshop_id, code, name) values ($1, $2, 'WI-TONTE', 'Tonte') returning id`, [org, workshopB.id]);
  const beneficiaries: Record<string, number> = {};
  for (const [matricule, workshop, exit] of [['T001', workshopA.id, null], ['T002', workshopB.id, null], ['T003', workshopA.id, '2026-01-31']] as const) {
    const row = await one(
      `insert into beneficiary (organization_id, establishment_id, matricule, initials, status, working_time_ratio, weekly_hours, entry_date, exit_date, main_workshop_id)
       values ($1, $2, $3, 'AB', 'esat_worker', 1, 35, '2025-01-01', $4, $5) returning id`,
      [org, esatId, matricule, exit, workshop],
    );
    beneficiaries[matricule] = Number(row.id);
  }
  const sheet = await one(
    `insert into production_sheet (organization_id, establishment_id, order_id, workshop_id, number, status, planned_start, planned_end)
     values ($1, $2, $3, $4, 'FP-WI-1', 'in_progress', '2026-01-20', '2026-06-30') returning id`,
    [org, esatId, order.id, workshopB.id],
  );
  const task = await one(
    `insert into production_task (organization_id, production_sheet_id, order_line_id, activity_id, description) values ($1, $2, $3, $4, 'Tonte') returning id`,
    [org, sheet.id, lines[0].id, activity.id],
  );
  const mad = await one(
    `insert into mad_contract (organization_id, establishment_id, customer_id, order_line_id, number, kind, activity, place, team_size, start_date, end_date, hourly_rate_cents)
     values ($1, $2, $3, $4, 'MAD-T-1', 'collective', 'Espaces verts', 'Site client', 3, '2026-01-01', '2026-06-30', 1500) returning id`,
    [org, esatId, customer.id, lines[1].id],
  );
  await app.sql(
    `insert into mad_contract (organization_id, establishment_id, customer_id, number, kind, activity, place, team_size, start_date, end_date, hourly_rate_cents)
     values ($1, $2, $3, 'MAD-T-2', 'collective', 'Nettoyage', 'Site client', 2, '2026-01-01', '2026-06-30', 1500)`,
    [org, esatId, customer.id],
  );
  await app.sql(`insert into workshop_supervisor (organization_id, workshop_id, user_id) values ($1, $2, $3)`, [org, workshopA.id, adminUserId]);
  return {
    orderNumber: order.number!,
    orderLineIds: [Number(lines[0].id), Number(lines[1].id)],
    taskId: Number(task.id),
    workshopA: Number(workshopA.id),
    workshopB: Number(workshopB.id),
    beneficiaries: beneficiaries as WorkImportFixture['beneficiaries'],
    madContractId: Number(mad.id),
  };
}
