import { withDriverClient } from '../../api/database/data-source';
import type { TestApp } from './test-server';
import { asType, createOrder } from './sales-builders';
import { createBeneficiary, createSheet, productionSite, recordWork, supervisorOf, uniqueCode, validateRecords } from './production-builders';
import { ProdAllocate, ProdCorrectWorkRecord } from './production-operations';

/**
 * May 2026 in one work group of one workshop, for the steering indicators. Public holidays: Fri 1 and
 * Fri 8 May, Thu 14 May (Ascension), Mon 25 May (Whit Monday). The ISO weeks of May (their Thursday
 * in May) start on Mondays 4, 11, 18 and 25 May.
 * - A, 35 h, present 4–29 May: 17 working days. Records Mon 4 (7 h, 100 made, 5 rejected), Tue 5 (7 h),
 *   Fri 8 (3 h, a holiday: volume, not regularity), Mon 11, Tue 12, Wed 13, Fri 15 (7 h each), none in
 *   the week of 18 May, Tue 26 (10 h validated, corrected to 7 h) and Wed 27 (7 h): 59 h on 8 working days.
 *   Own allocation: 10 h on a sheet of 28 May – 3 June (5 working days, 2 in May: 4 h in May).
 * - B, 35 h, present 18–29 May: 9 working days. Records Mon 18, Tue 19 (7 h each), Tue 26 (7 h, 50 made,
 *   5 rejected): 21 h on 3 working days.
 * - The work group is allocated 20 h on a sheet of 18–22 May (5 working days).
 * A supervisor is linked to the workshop and is A's and B's referent.
 * In the fixture ESAT, or in `establishmentId` (one of its own, see `newEstablishment`).
 */
export async function steeringMay(app: TestApp, options: { establishmentId?: number } = {}) {
  const { workshop, activity, group } = await productionSite(app, options.establishmentId);
  const supervisor = await supervisorOf(app, [workshop.id]);
  const { order } = await createOrder(app, [100, 10], options);
  const line = order.lines[0].id;
  const member = {
    weeklyHours: 35, exitDate: '2026-05-29', mainWorkshopId: workshop.id, workGroupId: group.id, referentSupervisorId: String(supervisor.userId),
    ...(options.establishmentId ? { establishmentId: String(options.establishmentId) } : {}),
  };
  const a = await createBeneficiary(app, { ...member, entryDate: '2026-05-04', initials: 'AA' });
  const b = await createBeneficiary(app, { ...member, entryDate: '2026-05-18', initials: 'BB' });

  const work = (beneficiaryId: string, workDate: string, hours: number, quantity = 0, rejectedQuantity = 0) =>
    recordWork(app, { beneficiaryId, workDate, orderLineId: line, hours, quantity, rejectedQuantity });
  await work(a.id, '2026-05-04', 7, 100, 5);
  await work(a.id, '2026-05-05', 7);
  await work(a.id, '2026-05-08', 3);
  for (const day of ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15']) await work(a.id, day, 7);
  const wrong = await work(a.id, '2026-05-26', 10);
  await validateRecords(app, [wrong.id]);
  asType((await app.gql(ProdCorrectWorkRecord, { id: wrong.id, input: { hours: 7, quantity: 0, rejectedQuantity: 0, comment: 'Trois heures de trop' } })).data!.correctWorkRecord, 'WorkRecord');
  await work(a.id, '2026-05-27', 7);
  await work(b.id, '2026-05-18', 7);
  await work(b.id, '2026-05-19', 7);
  await work(b.id, '2026-05-26', 7, 50, 5);

  const own = await createSheet(app, { orderId: order.id, workshopId: workshop.id, plannedStart: '2026-05-28', plannedEnd: '2026-06-03', tasks: [{ orderLineId: line, activityId: activity.id, plannedHours: 10 }] });
  asType((await app.gql(ProdAllocate, { input: { productionTaskId: own.tasks[0].id, beneficiaryId: a.id, plannedHours: 10 } })).data!.allocate, 'Allocation');
  const shared = await createSheet(app, { orderId: order.id, workshopId: workshop.id, plannedStart: '2026-05-18', plannedEnd: '2026-05-22', tasks: [{ orderLineId: line, activityId: activity.id, plannedHours: 20 }] });
  asType((await app.gql(ProdAllocate, { input: { productionTaskId: shared.tasks[0].id, workGroupId: group.id, plannedHours: 20 } })).data!.allocate, 'Allocation');
  return { workshop, group, supervisor, a, b, line };
}

/** A new ESAT of the fixture organisation, with no worker yet: its establishment-level figures are the test's own. */
export async function newEstablishment(app: TestApp): Promise<number> {
  const [row] = await app.sql<{ id: number }>(
    `insert into establishment (organization_id, kind, code, name, siret, city) values ($1, 'esat', $2, 'ESAT du pilotage', '73282932000074', 'Lyon') returning id`,
    [app.fixture.organizationId, uniqueCode('ESAT-P')],
  );
  return Number(row.id);
}

/** Population standard deviation ÷ mean: the stability formula of reporting/README.md. */
export function coefficientOfVariation(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance) / mean;
}

export const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** Runs `text` on the reporting views as the API reads them for the fixture organisation (app.organization_id), in a transaction rolled back. */
export async function asOrganization<Row = Record<string, unknown>>(app: TestApp, text: string, values: unknown[] = []): Promise<Row[]> {
  return withDriverClient(app.dataSource, async (client) => {
    await client.query('begin');
    try {
      await client.query(`select set_config('app.organization_id', $1, true)`, [String(app.fixture.organizationId)]);
      return (await client.query(text, values)).rows as Row[];
    } finally {
      await client.query('rollback');
    }
  });
}
