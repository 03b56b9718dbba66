import { useTestApp } from './support/test-server';
import { asType, createOrder } from './support/sales-builders';
import { createBeneficiary, createSheet, productionSite, recordWork, validateRecords } from './support/production-builders';
import { ProdAllocate, ProdCorrectWorkRecord } from './support/production-operations';
import { withDriverClient } from '../api/database/data-source';
import { asOrganization } from './support/steering-fixture';
import { foldReporting, rebuildAggregates } from '../api/reporting/reporting-layer';

/**
 * Utilization per beneficiary and ISO week (reporting.fct_utilization_week): contract hours prorated
 * for entry, exit and public holidays; every week of presence, with or without records; planned hours
 * spread over their sheet's working days; flags against the organisation's dated thresholds.
 */

const app = useTestApp();
jest.setTimeout(120_000);

const view = <Row = Record<string, unknown>>(text: string, values: unknown[] = []) => asOrganization<Row>(app, text, values);

const columns = `week::text, contract_days, contract_hours::float, recorded_hours::float, validated_hours::float, allocated_hours::float,
                 utilization::float, under_utilized, overloaded`;

/** A 35-hour beneficiary present from `entryDate` to `exitDate`, allocated `plannedHours` on the task of a sheet planned from `plannedStart` to `plannedEnd`. */
async function plannedWorker(entryDate: string, exitDate: string, plannedStart: string, plannedEnd: string, plannedHours: number) {
  const { workshop, activity } = await productionSite(app);
  const { order } = await createOrder(app, [100, 10]);
  const worker = await createBeneficiary(app, { weeklyHours: 35, entryDate, exitDate, mainWorkshopId: workshop.id });
  const line = order.lines[0].id;
  const sheet = await createSheet(app, { orderId: order.id, workshopId: workshop.id, plannedStart, plannedEnd, tasks: [{ orderLineId: line, activityId: activity.id, plannedHours }] });
  asType((await app.gql(ProdAllocate, { input: { productionTaskId: sheet.tasks[0].id, beneficiaryId: worker.id, plannedHours } })).data!.allocate, 'Allocation');
  return { workshop, worker, line };
}

describe('reporting.fct_utilization_week', () => {
  it('counts contract hours over the working days present, every week of presence, planned hours and the flags', async () => {
    // 35 h a week, from Wednesday 6 May 2026 to Friday 29 May 2026; 18 h planned from 11 to 22 May.
    const { workshop, worker, line } = await plannedWorker('2026-05-06', '2026-05-29', '2026-05-11', '2026-05-22', 18);

    const first = await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-06', orderLineId: line, hours: 6.5, quantity: 10 });
    await validateRecords(app, [first.id]);
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-07', orderLineId: line, hours: 5, quantity: 5 });
    for (const day of ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15']) {
      await recordWork(app, { beneficiaryId: worker.id, workDate: day, orderLineId: line, hours: 8.75, quantity: 1 });
    }
    // Week 22: 20 h validated, then corrected to 16 h.
    const last = await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-26', orderLineId: line, hours: 20, quantity: 2 });
    await validateRecords(app, [last.id]);
    asType((await app.gql(ProdCorrectWorkRecord, { id: last.id, input: { hours: 16, quantity: 2, rejectedQuantity: 0, comment: 'Quatre heures de trop' } })).data!.correctWorkRecord, 'WorkRecord');
    await withDriverClient(app.dataSource, foldReporting);

    const rows = () => view(`select ${columns} from reporting.fct_utilization_week where beneficiary_id = $1 order by week`, [worker.id]);
    const expected = [
      // Wed 6 and Thu 7 (Fri 8 May is a holiday): 35 × 2 ÷ 5 = 14 h; 11.5 h recorded.
      { week: '2026-05-04', contract_days: 2, contract_hours: 14, recorded_hours: 11.5, validated_hours: 6.5, allocated_hours: 0, utilization: 0.8214, under_utilized: false, overloaded: false },
      // Ascension (Thu 14): 4 days, 28 h; 35 h recorded; 18 h planned over 9 working days, 4 of them here.
      { week: '2026-05-11', contract_days: 4, contract_hours: 28, recorded_hours: 35, validated_hours: 0, allocated_hours: 8, utilization: 1.25, under_utilized: false, overloaded: true },
      // No record at all: the week still counts, under-used.
      { week: '2026-05-18', contract_days: 5, contract_hours: 35, recorded_hours: 0, validated_hours: 0, allocated_hours: 10, utilization: 0, under_utilized: true, overloaded: false },
      // Whit Monday, exit on Friday 29: 4 days, 28 h; 16 h after the correction (16 ÷ 28 < 60 %), which awaits validation.
      { week: '2026-05-25', contract_days: 4, contract_hours: 28, recorded_hours: 16, validated_hours: 20, allocated_hours: 0, utilization: 0.5714, under_utilized: true, overloaded: false },
    ];
    expect(await rows()).toEqual(expected);

    // A threshold of 50 % from 25 May: that week is no longer under-used, the week before still is (the
    // stored weeks follow at the next fold).
    await app.sql(`insert into utilization_threshold (organization_id, valid_from, under_utilized_below, overloaded_above) values ($1, '2026-05-25', 0.5, 1.3)`, [app.fixture.organizationId]);
    await withDriverClient(app.dataSource, foldReporting);
    expected[3].under_utilized = false;
    expect(await rows()).toEqual(expected);

    // Per workshop and supervisor, the sums of the same weeks; and fold = rebuild.
    const perWorkshop = await view(`select week::text, beneficiaries::int, contract_hours::float, recorded_hours::float, under_utilized_beneficiaries::int
                                      from reporting.fct_utilization_workshop_week where workshop_id = $1 order by week`, [workshop.id]);
    expect(perWorkshop).toEqual([
      { week: '2026-05-04', beneficiaries: 1, contract_hours: 14, recorded_hours: 11.5, under_utilized_beneficiaries: 0 },
      { week: '2026-05-11', beneficiaries: 1, contract_hours: 28, recorded_hours: 35, under_utilized_beneficiaries: 0 },
      { week: '2026-05-18', beneficiaries: 1, contract_hours: 35, recorded_hours: 0, under_utilized_beneficiaries: 1 },
      { week: '2026-05-25', beneficiaries: 1, contract_hours: 28, recorded_hours: 16, under_utilized_beneficiaries: 0 },
    ]);
    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    expect(await rows()).toEqual(expected);
  });

  it('has one row per beneficiary and week, with keys never null', async () => {
    await createBeneficiary(app, { entryDate: '2026-01-01' });
    const [keys] = await view<{ total: number; distinct_keys: number; null_keys: number }>(
      `select count(*)::int as total, count(distinct (week, beneficiary_id))::int as distinct_keys,
              count(*) filter (where week is null or beneficiary_id is null or establishment_id is null)::int as null_keys
         from reporting.fct_utilization_week`,
    );
    expect(keys.total).toBeGreaterThan(0);
    expect(keys).toEqual({ total: keys.total, distinct_keys: keys.total, null_keys: 0 });
    const [groups] = await view<{ total: number; distinct_keys: number; null_keys: number }>(
      `select count(*)::int as total, count(distinct (week, establishment_id, workshop_id, supervisor_id))::int as distinct_keys,
              count(*) filter (where week is null or establishment_id is null)::int as null_keys
         from reporting.fct_utilization_workshop_week`,
    );
    expect(groups).toEqual({ total: groups.total, distinct_keys: groups.total, null_keys: 0 });
  });
});

describe('reporting.fct_contribution_beneficiary_month', () => {
  it('gives regularity over the working days present (holidays excluded), quality and planned against done', async () => {
    // From Monday 4 May to Friday 15 May 2026: 10 weekdays, of which Fri 8 May and Thu 14 May (Ascension) are holidays: 8 working days; 40 h planned.
    const { worker, line } = await plannedWorker('2026-05-04', '2026-05-15', '2026-05-04', '2026-05-15', 40);
    // Records on Mon 4, Tue 5, Thu 14 (a holiday: not a working day, not counted in regularity) and Wed 6, whose only record is corrected to 0 h.
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-04', orderLineId: line, hours: 7, quantity: 100, rejectedQuantity: 4 });
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-05', orderLineId: line, hours: 7, quantity: 100, rejectedQuantity: 6 });
    await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-14', orderLineId: line, hours: 4, quantity: 0 });
    const wrong = await recordWork(app, { beneficiaryId: worker.id, workDate: '2026-05-06', orderLineId: line, hours: 3, quantity: 0 });
    await validateRecords(app, [wrong.id]);
    asType((await app.gql(ProdCorrectWorkRecord, { id: wrong.id, input: { hours: 0, quantity: 0, rejectedQuantity: 0, comment: 'Absent' } })).data!.correctWorkRecord, 'WorkRecord');
    await withDriverClient(app.dataSource, foldReporting);
    const rows = await view(
      `select month::text, contract_days, days_with_record::int, regularity::float, hours::float, quantity::float, rejected_quantity::float,
              quality::float, planned_hours::float, done_vs_planned::float
         from reporting.fct_contribution_beneficiary_month where beneficiary_id = $1`, [worker.id]);
    // Regularity 2 ÷ 8; quality 1 − 10 ÷ 200; done 18 h of 40 planned.
    expect(rows).toEqual([
      { month: '2026-05-01', contract_days: 8, days_with_record: 2, regularity: 0.25, hours: 18, quantity: 200, rejected_quantity: 10, quality: 0.95, planned_hours: 40, done_vs_planned: 0.45 },
    ]);
    const [keys] = await view<{ total: number; distinct_keys: number; null_keys: number }>(
      `select count(*)::int as total, count(distinct (month, beneficiary_id))::int as distinct_keys,
              count(*) filter (where month is null or beneficiary_id is null or establishment_id is null)::int as null_keys
         from reporting.fct_contribution_beneficiary_month`);
    expect(keys).toEqual({ total: keys.total, distinct_keys: keys.total, null_keys: 0 });
  });
});
