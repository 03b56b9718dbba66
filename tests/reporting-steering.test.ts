import { useTestApp } from './support/test-server';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting, rebuildAggregates } from '../api/reporting/reporting-layer';
import { asOrganization, coefficientOfVariation, round4, steeringMay } from './support/steering-fixture';
import { createBeneficiary, createSheet, productionSite } from './support/production-builders';
import { ProdAllocate, ProdExpandGroupAllocation, ProdMoveBeneficiary } from './support/production-operations';
import { asType, createOrder } from './support/sales-builders';

/**
 * The steering views (reporting/03-steering.sql): contribution indicators per beneficiary, workshop and
 * work group × month — volume, regularity across public holidays, stability of weekly hours, quality,
 * planned against done — the allocations as a fact, and the supervisor and work-group dimensions,
 * against values computed by hand on the May 2026 fixture (tests/support/steering-fixture.ts).
 */

const app = useTestApp();
jest.setTimeout(120_000);

const view = <Row = Record<string, unknown>>(text: string, values: unknown[] = []) => asOrganization<Row>(app, text, values);

const indicators = `contract_days::int, days_with_record::int, regularity::float, hours::float, validated_hours::float, quantity::float,
                    rejected_quantity::float, quality::float, planned_hours::float, done_vs_planned::float`;

describe('steering indicators per month', () => {
  it('gives each beneficiary, the workshop and the work group the hand-computed figures of May 2026', async () => {
    const { workshop, group, a, b } = await steeringMay(app);
    await withDriverClient(app.dataSource, foldReporting);

    // A's weeks brought to a full week: 17 h over 4 days, 28 h over 4, 0 h over 5, 14 h over 4.
    const cvA = round4(coefficientOfVariation([(17 * 5) / 4, (28 * 5) / 4, 0, (14 * 5) / 4]));
    // B's: 14 h over 5 days, 7 h over 4.
    const cvB = round4(coefficientOfVariation([14, (7 * 5) / 4]));
    const people = await view(
      `select beneficiary_id::text, workshop_id::text, work_group_id::text, weeks_measured::int, weekly_hours_cv::float, ${indicators}
         from reporting.fct_contribution_beneficiary_month where beneficiary_id = any($1::bigint[]) order by beneficiary_id`, [[a.id, b.id]]);
    expect(people).toEqual([
      { beneficiary_id: a.id, workshop_id: workshop.id, work_group_id: group.id, weeks_measured: 4, weekly_hours_cv: cvA,
        contract_days: 17, days_with_record: 8, regularity: round4(8 / 17), hours: 59, validated_hours: 10, quantity: 100, rejected_quantity: 5,
        quality: 0.95, planned_hours: 4, done_vs_planned: 14.75 },
      { beneficiary_id: b.id, workshop_id: workshop.id, work_group_id: group.id, weeks_measured: 2, weekly_hours_cv: cvB,
        contract_days: 9, days_with_record: 3, regularity: round4(3 / 9), hours: 21, validated_hours: 0, quantity: 50, rejected_quantity: 5,
        quality: 0.9, planned_hours: 0, done_vs_planned: null },
    ]);

    const team = {
      beneficiaries: 2, avg_weekly_hours_cv: round4((cvA + cvB) / 2),
      contract_days: 26, days_with_record: 11, regularity: round4(11 / 26), hours: 80, validated_hours: 10, quantity: 150, rejected_quantity: 10,
      quality: round4(1 - 10 / 150), planned_hours: 24, done_vs_planned: round4(80 / 24),
    };
    const perWorkshop = await view(
      `select month::text, beneficiaries::int, avg_weekly_hours_cv::float, ${indicators} from reporting.fct_contribution_workshop_month where workshop_id = $1`, [workshop.id]);
    expect(perWorkshop).toEqual([{ month: '2026-05-01', ...team }]);
    const perGroup = await view(
      `select month::text, workshop_id::text, beneficiaries::int, avg_weekly_hours_cv::float, ${indicators} from reporting.fct_contribution_work_group_month where work_group_id = $1`, [group.id]);
    expect(perGroup).toEqual([{ month: '2026-05-01', workshop_id: workshop.id, ...team }]);

    // The same after a rebuild from the base tables.
    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    expect(await view(`select month::text, beneficiaries::int, avg_weekly_hours_cv::float, ${indicators} from reporting.fct_contribution_workshop_month where workshop_id = $1`, [workshop.id]))
      .toEqual(perWorkshop);
  });

  it('spreads each allocation over its sheet\'s working days, month by month', async () => {
    const { workshop, group, a } = await steeringMay(app);
    const rows = await view(
      `select month::text, workshop_id::text, beneficiary_id::text, work_group_id::text, working_days, planned_hours::float
         from reporting.fct_allocation_month where workshop_id = $1 order by planned_hours`, [workshop.id]);
    expect(rows).toEqual([
      { month: '2026-05-01', workshop_id: workshop.id, beneficiary_id: a.id, work_group_id: null, working_days: 2, planned_hours: 4 },
      { month: '2026-06-01', workshop_id: workshop.id, beneficiary_id: a.id, work_group_id: null, working_days: 3, planned_hours: 6 },
      { month: '2026-05-01', workshop_id: workshop.id, beneficiary_id: null, work_group_id: group.id, working_days: 5, planned_hours: 20 },
    ]);
  });

  it('lists supervisors by initials with their workshops, and work groups by code', async () => {
    const { workshop, group, supervisor } = await steeringMay(app);
    const [account] = await app.sql<{ display_name: string }>(`select display_name from app_user where id = $1`, [supervisor.userId]);
    expect(await view(`select initials, is_active, workshop_codes from reporting.dim_supervisor where supervisor_id = $1`, [supervisor.userId]))
      .toEqual([{ initials: account.display_name.slice(0, 1).toUpperCase(), is_active: true, workshop_codes: workshop.code }]);
    // No e-mail and no name reach the view.
    const columns = await app.sql<{ column_name: string }>(`select column_name from information_schema.columns where table_schema = 'reporting' and table_name = 'dim_supervisor'`);
    expect(columns.map((column) => column.column_name).sort()).toEqual(['initials', 'is_active', 'supervisor_id', 'workshop_codes']);
    expect(await view(`select workshop_id::text, code from reporting.dim_work_group where work_group_id = $1`, [group.id])).toEqual([{ workshop_id: workshop.id, code: group.code }]);
  });

  it('keys are unique and never null, and the groups\' sums reconcile with the beneficiaries\'', async () => {
    await steeringMay(app);
    await withDriverClient(app.dataSource, foldReporting);
    const grains: [string, string, string][] = [
      ['fct_contribution_workshop_month', 'month, workshop_id', 'month is null or workshop_id is null or establishment_id is null'],
      ['fct_contribution_work_group_month', 'month, work_group_id', 'month is null or work_group_id is null or workshop_id is null'],
      ['fct_allocation_month', 'allocation_id, month', 'allocation_id is null or month is null or establishment_id is null'],
      ['dim_supervisor', 'supervisor_id', 'supervisor_id is null'],
      ['dim_work_group', 'work_group_id', 'work_group_id is null or workshop_id is null'],
    ];
    for (const [name, key, nullKey] of grains) {
      const [keys] = await view<{ total: number; distinct_keys: number; null_keys: number }>(
        `select count(*)::int as total, count(distinct (${key}))::int as distinct_keys, count(*) filter (where ${nullKey})::int as null_keys from reporting.${name}`);
      expect({ name, ...keys }).toEqual({ name, total: keys.total, distinct_keys: keys.total, null_keys: 0 });
      expect(keys.total).toBeGreaterThan(0);
    }
    const [sums] = await view<{ people: number; workshops: number; groups: number; allocated: number; spread: number }>(
      `select (select sum(hours)::float from reporting.fct_contribution_beneficiary_month where workshop_id is not null) as people,
              (select sum(hours)::float from reporting.fct_contribution_workshop_month) as workshops,
              (select sum(hours)::float from reporting.fct_contribution_beneficiary_month where work_group_id is not null) -
              (select sum(hours)::float from reporting.fct_contribution_work_group_month) as groups,
              (select sum(a.planned_hours)::float from allocation a join production_task t on t.id = a.production_task_id) as allocated,
              (select sum(planned_hours)::float from reporting.fct_allocation_month) as spread`);
    expect(sums.workshops).toBe(sums.people);
    expect(sums.groups).toBe(0);
    expect(sums.spread).toBeCloseTo(sums.allocated, 6);
  });

  it('drops a work group\'s month once its only planned hours go to its member, as a rebuild does', async () => {
    const before = await productionSite(app);
    const after = await productionSite(app);
    const person = await createBeneficiary(app, { entryDate: '2026-01-05', mainWorkshopId: before.workshop.id, workGroupId: before.group.id });
    // In the second group from 18 May: May's row stays in the first one (the step of 1 May).
    asType((await app.gql(ProdMoveBeneficiary, { input: { beneficiaryId: person.id, workshopId: after.workshop.id, workGroupId: after.group.id, fromDate: '2026-05-18' } })).data!.moveBeneficiary, 'Beneficiary');
    const { order } = await createOrder(app, [10]);
    const sheet = await createSheet(app, { orderId: order.id, workshopId: after.workshop.id, plannedStart: '2026-05-04', plannedEnd: '2026-05-08', tasks: [{ orderLineId: order.lines[0].id, activityId: after.activity.id, plannedHours: 10 }] });
    const allocation = asType((await app.gql(ProdAllocate, { input: { productionTaskId: sheet.tasks[0].id, workGroupId: after.group.id, plannedHours: 10 } })).data!.allocate, 'Allocation');
    await withDriverClient(app.dataSource, foldReporting);
    const groupMonths = () => view(`select month::text, beneficiaries::int, planned_hours::float from reporting.fct_contribution_work_group_month where work_group_id = $1 and month = '2026-05-01'`, [after.group.id]);
    expect(await groupMonths()).toEqual([{ month: '2026-05-01', beneficiaries: 0, planned_hours: 10 }]);

    asType((await app.gql(ProdExpandGroupAllocation, { id: allocation.id })).data!.expandGroupAllocation, 'AllocationExpansion');
    await withDriverClient(app.dataSource, foldReporting);
    expect(await groupMonths()).toEqual([]);
    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    expect(await groupMonths()).toEqual([]);
  });
});
