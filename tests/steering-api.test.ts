import { useTestApp } from './support/test-server';
import { Role } from '../schema/enums';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { asType } from './support/sales-builders';
import { createBeneficiary, errorCodes, recordWork, rowCount, supervisorOf } from './support/production-builders';
import { asOrganization, coefficientOfVariation, newEstablishment, round4, steeringMay } from './support/steering-fixture';
import {
  SteerCloseObjective, SteerContribution, SteerCreateObjective, SteerObjectives, SteerUpdateObjective, SteerUtilization,
} from './support/steering-operations';

/**
 * contributionIndicators, utilization and objectives over GraphQL: the rows of the reporting views,
 * individual ones only for the roles that read individual work records, team rows withheld for those
 * roles when a team is too small to hide a person, nothing for partners and funders; objectives set by
 * the right people, with bad input refused and nothing written.
 */

const app = useTestApp();
jest.setTimeout(120_000);

const MAY = { fromMonth: '2026-05-01', toMonth: '2026-05-01' };

const view = <Row = Record<string, unknown>>(text: string, values: unknown[] = []) => asOrganization<Row>(app, text, values);

/** The fixture's May, in an establishment of its own: its establishment-level rows are this test's. */
async function may() {
  const establishmentId = await newEstablishment(app);
  const site = { ...(await steeringMay(app, { establishmentId })), establishmentId: String(establishmentId) };
  await withDriverClient(app.dataSource, foldReporting);
  return site;
}

describe('contributionIndicators', () => {
  it('gives a reader of individual records each beneficiary\'s month and the team\'s, as the views have them', async () => {
    const { workshop, group, a, establishmentId } = await may();
    const supervisor = app.token([Role.SUPERVISOR]);
    const person = await app.gql(SteerContribution, { options: { ...MAY, level: 'BENEFICIARY', beneficiaryId: a.id } }, supervisor);
    expect(person.errors).toBeUndefined();
    expect(person.data!.contributionIndicators.items).toEqual([expect.objectContaining({
      month: '2026-05-01', level: 'BENEFICIARY', beneficiaryId: a.id, workshopId: workshop.id, workGroupId: group.id, withheld: false, beneficiaries: 1,
      contractDays: 17, daysWithRecord: 8, regularity: round4(8 / 17), hours: 59, quality: 0.95, plannedHours: 4, doneVsPlanned: 14.75,
      weeklyHoursCv: round4(coefficientOfVariation([(17 * 5) / 4, (28 * 5) / 4, 0, (14 * 5) / 4])),
    })]);
    const team = await app.gql(SteerContribution, { options: { ...MAY, level: 'WORK_GROUP', workGroupId: group.id } }, supervisor);
    expect(team.data!.contributionIndicators).toEqual({
      totalItems: 1,
      items: [expect.objectContaining({ level: 'WORK_GROUP', workGroupId: group.id, workshopId: workshop.id, beneficiaryId: null, beneficiaries: 2, hours: 80, plannedHours: 24 })],
    });
    // The same figures as the view Power BI reads.
    const [row] = await view<{ hours: number; regularity: number; quality: number }>(
      `select hours::float, regularity::float, quality::float from reporting.fct_contribution_workshop_month where workshop_id = $1 and month = '2026-05-01'`, [workshop.id]);
    const byWorkshop = await app.gql(SteerContribution, { options: { ...MAY, workshopId: workshop.id } }, supervisor);
    expect(byWorkshop.data!.contributionIndicators.items.map(({ hours, regularity, quality }) => ({ hours, regularity, quality }))).toEqual([row]);
    // The establishment's month: all its workers, as its view has it.
    const [site] = await view<{ hours: number; regularity: number; beneficiaries: number }>(
      `select hours::float, regularity::float, beneficiaries::int from reporting.fct_contribution_establishment_month where establishment_id = $1 and month = '2026-05-01'`, [establishmentId]);
    const byEstablishment = await app.gql(SteerContribution, { options: { ...MAY, level: 'ESTABLISHMENT', establishmentId } }, supervisor);
    expect(byEstablishment.data!.contributionIndicators.items).toEqual([expect.objectContaining({
      level: 'ESTABLISHMENT', establishmentId, workshopId: null, workGroupId: null, beneficiaryId: null, withheld: false, ...site,
    })]);
    expect(site).toEqual({ hours: 80, regularity: expect.any(Number), beneficiaries: 2 });
  });

  it('refuses individual rows to a role without individual-record rights and withholds a team of two', async () => {
    const { workshop, line, establishmentId } = await may();
    for (const role of [Role.COMMERCIAL, Role.VIEWER]) {
      const person = await app.gql(SteerContribution, { options: { ...MAY, level: 'BENEFICIARY' } }, app.token([role]));
      expect({ role, codes: errorCodes(person), data: person.data }).toEqual({ role, codes: ['FORBIDDEN'], data: null });
      const team = await app.gql(SteerContribution, { options: { ...MAY, workshopId: workshop.id } }, app.token([role]));
      expect(team.data!.contributionIndicators.items).toEqual([expect.objectContaining({
        workshopId: workshop.id, withheld: true, beneficiaries: null, hours: null, regularity: null, quality: null, plannedHours: null, weeklyHoursCv: null,
      })]);
      // The establishment has the same two workers: withheld too, whatever level is asked.
      const site = await app.gql(SteerContribution, { options: { ...MAY, level: 'ESTABLISHMENT', establishmentId } }, app.token([role]));
      expect(site.data!.contributionIndicators.items).toEqual([expect.objectContaining({ level: 'ESTABLISHMENT', withheld: true, beneficiaries: null, hours: null, contractDays: null })]);
    }
    // A third member, with hours of her own: the team is shown (no one above 85 % of its hours).
    const c = await createBeneficiary(app, { establishmentId, weeklyHours: 35, entryDate: '2026-05-04', exitDate: '2026-05-29', mainWorkshopId: workshop.id });
    await recordWork(app, { beneficiaryId: c.id, workDate: '2026-05-20', orderLineId: line, hours: 7 });
    await withDriverClient(app.dataSource, foldReporting);
    const three = await app.gql(SteerContribution, { options: { ...MAY, workshopId: workshop.id } }, app.token([Role.COMMERCIAL]));
    expect(three.data!.contributionIndicators.items).toEqual([expect.objectContaining({ withheld: false, beneficiaries: 3, hours: 87 })]);
    const site = await app.gql(SteerContribution, { options: { ...MAY, level: 'ESTABLISHMENT', establishmentId } }, app.token([Role.COMMERCIAL]));
    expect(site.data!.contributionIndicators.items).toEqual([expect.objectContaining({ level: 'ESTABLISHMENT', withheld: false, beneficiaries: 3, hours: 87 })]);
  });

  it('withholds, for a role without individual rights, a team that shown ones would give by difference', async () => {
    const { workshop, group, line, establishmentId } = await may();
    // A third member of the work group, and a fourth worker of the workshop in no work group.
    const member = { establishmentId, weeklyHours: 35, entryDate: '2026-05-04', exitDate: '2026-05-29', mainWorkshopId: workshop.id };
    const c = await createBeneficiary(app, { ...member, workGroupId: group.id });
    const d = await createBeneficiary(app, member);
    await recordWork(app, { beneficiaryId: c.id, workDate: '2026-05-20', orderLineId: line, hours: 7 });
    await recordWork(app, { beneficiaryId: d.id, workDate: '2026-05-21', orderLineId: line, hours: 6 });
    await withDriverClient(app.dataSource, foldReporting);
    const rows = async (role: Role, level: 'WORK_GROUP' | 'WORKSHOP' | 'ESTABLISHMENT') =>
      (await app.gql(SteerContribution, { options: { ...MAY, level, establishmentId } }, app.token([role]))).data!.contributionIndicators.items;
    // Read with individual rights: the workshop is the group and one more worker, so the workshop less the group is that worker.
    const [shownGroup] = await rows(Role.SUPERVISOR, 'WORK_GROUP');
    const [shownWorkshop] = await rows(Role.SUPERVISOR, 'WORKSHOP');
    expect([shownGroup.beneficiaries, shownWorkshop.beneficiaries, shownWorkshop.hours! - shownGroup.hours!]).toEqual([3, 4, 6]);
    for (const role of [Role.COMMERCIAL, Role.VIEWER]) {
      const [groupRow] = await rows(role, 'WORK_GROUP');
      const [workshopRow] = await rows(role, 'WORKSHOP');
      const [establishmentRow] = await rows(role, 'ESTABLISHMENT');
      // Never the group beside the workshop: one of them is withheld, here the group (the smaller
      // of the two that would give the worker's 6 h), and the workshop and the establishment shown.
      expect([groupRow, workshopRow, establishmentRow].map((row) => [row.level, row.withheld, row.beneficiaries, row.hours])).toEqual([
        ['WORK_GROUP', true, null, null], ['WORKSHOP', false, 4, 93], ['ESTABLISHMENT', false, 4, 93],
      ]);
    }
  });

  it('answers nothing to partners and funders, and refuses bad periods', async () => {
    await may();
    for (const role of [Role.PARTNER, Role.FUNDER]) {
      for (const [name, response] of [
        ['contributionIndicators', await app.gql(SteerContribution, { options: MAY }, app.token([role]))],
        ['utilization', await app.gql(SteerUtilization, {}, app.token([role]))],
        ['objectives', await app.gql(SteerObjectives, {}, app.token([role]))],
      ] as const) {
        expect({ role, name, codes: errorCodes(response), data: response.data }).toEqual({ role, name, codes: ['FORBIDDEN'], data: null });
      }
    }
    const bad = [
      { fromMonth: '2026-05-02', toMonth: '2026-05-01' },
      { fromMonth: '2026-06-01', toMonth: '2026-05-01' },
      { fromMonth: '2024-01-01', toMonth: '2026-05-01' },
      { ...MAY, beneficiaryId: '1' },
      { ...MAY, level: 'WORKSHOP' as const, workGroupId: '1' },
      { ...MAY, level: 'ESTABLISHMENT' as const, workGroupId: '1' },
      { ...MAY, level: 'ESTABLISHMENT' as const, workshopId: '1' },
      { ...MAY, take: 1000 },
    ];
    for (const options of bad) {
      const response = await app.gql(SteerContribution, { options });
      expect({ options, codes: errorCodes(response) }).toEqual({ options, codes: ['BAD_USER_INPUT'] });
    }
  });
});

describe('utilization', () => {
  it('gives the weeks of the view, individual ones to readers of individual records only, teams of two withheld for the others', async () => {
    const { workshop, supervisor, a } = await may();
    const weeks = { fromWeek: '2026-05-04', toWeek: '2026-05-25', sortDirection: 'ASC' as const };
    const person = await app.gql(SteerUtilization, { options: { ...weeks, level: 'BENEFICIARY', beneficiaryId: a.id } }, app.token([Role.MEDICO_SOCIAL]));
    const expected = await view<{ week: string; recordedHours: number; contractHours: number; underUtilized: boolean }>(
      `select week::text, recorded_hours::float as "recordedHours", contract_hours::float as "contractHours", under_utilized as "underUtilized"
         from reporting.fct_utilization_week where beneficiary_id = $1 order by week`, [a.id]);
    expect(expected.map((row) => row.recordedHours)).toEqual([17, 28, 0, 14]);
    expect(person.data!.utilization.items.map(({ week, recordedHours, contractHours, underUtilized }) => ({ week, recordedHours, contractHours, underUtilized }))).toEqual(expected);

    const team = await app.gql(SteerUtilization, { options: { ...weeks, workshopId: workshop.id, supervisorId: String(supervisor.userId) } }, supervisor.token);
    expect(team.data!.utilization.items.map((row) => [row.week, row.beneficiaries, row.recordedHours, row.underUtilizedBeneficiaries])).toEqual([
      // Under 60 % of the contract hours: A with none and B with 14 of 35 in the week of 18 May, both in the week of 25 May.
      ['2026-05-04', 1, 17, 0], ['2026-05-11', 1, 28, 0], ['2026-05-18', 2, 14, 2], ['2026-05-25', 2, 21, 2],
    ]);
    const viewer = await app.gql(SteerUtilization, { options: { ...weeks, level: 'BENEFICIARY' } }, app.token([Role.VIEWER]));
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
    const withheld = await app.gql(SteerUtilization, { options: { ...weeks, workshopId: workshop.id } }, app.token([Role.VIEWER]));
    expect(withheld.data!.utilization.items.map((row) => [row.week, row.withheld, row.recordedHours, row.beneficiaries])).toEqual([
      ['2026-05-04', true, null, null], ['2026-05-11', true, null, null], ['2026-05-18', true, null, null], ['2026-05-25', true, null, null],
    ]);
    const tuesday = await app.gql(SteerUtilization, { options: { fromWeek: '2026-05-05', toWeek: '2026-05-25' } });
    expect(errorCodes(tuesday)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('objectives', () => {
  const individual = (beneficiaryId: string) => ({
    scope: 'INDIVIDUAL' as const, beneficiaryId, measure: 'HOURS' as const, periodStart: '2026-05-01', periodEnd: '2026-05-31', target: 50, title: 'Heures de mai',
  });

  it('lets médico-social staff set individual objectives and supervisors their workshops\' collective ones, with progress from the views', async () => {
    const { workshop, group, a, supervisor } = await may();
    const created = await app.gql(SteerCreateObjective, { input: individual(a.id) }, app.token([Role.MEDICO_SOCIAL]));
    const objective = asType(created.data!.createObjective, 'Objective');
    // 59 h recorded in May against 50: reached, the period over.
    expect(objective).toMatchObject({ scope: 'INDIVIDUAL', status: 'OPEN', progress: { actual: 59, progress: 1.18, reached: true, elapsedShare: 1 } });

    const quality = asType((await app.gql(SteerCreateObjective, {
      input: { scope: 'WORKSHOP', workshopId: workshop.id, measure: 'QUALITY', periodStart: '2026-05-01', periodEnd: '2026-06-30', target: 0.95, title: 'Qualité' },
    }, supervisor.token)).data!.createObjective, 'Objective');
    // 10 rejected of 150 made: 0.9333 against 0.95.
    expect(quality.progress).toEqual({ actual: 0.9333, progress: round4(0.9333 / 0.95), reached: false, elapsedShare: 1 });
    const groupHours = asType((await app.gql(SteerCreateObjective, {
      input: { scope: 'WORK_GROUP', workGroupId: group.id, measure: 'HOURS', periodStart: '2026-05-01', periodEnd: '2026-05-31', target: 100, title: 'Volume' },
    }, supervisor.token)).data!.createObjective, 'Objective');
    expect(groupHours.progress).toMatchObject({ actual: 80, progress: 0.8, reached: false });
    const [progress] = await view(`select actual_value::float, progress::float, reached from reporting.fct_objective_progress where objective_id = $1`, [groupHours.id]);
    expect(progress).toEqual({ actual_value: 80, progress: 0.8, reached: false });

    // Editing the target moves the progress; a closed objective does not change.
    const edited = asType((await app.gql(SteerUpdateObjective, { id: groupHours.id, input: { target: 80 } }, supervisor.token)).data!.updateObjective, 'Objective');
    expect(edited.progress).toMatchObject({ progress: 1, reached: true });
    const closed = asType((await app.gql(SteerCloseObjective, { id: groupHours.id, outcome: 'Atteint' }, supervisor.token)).data!.closeObjective, 'Objective');
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'Atteint' });
    expect(closed.closedAt).toEqual(expect.any(String));
    expect(asType((await app.gql(SteerUpdateObjective, { id: groupHours.id, input: { target: 90 } }, supervisor.token)).data!.updateObjective, 'InvalidStateError'))
      .toMatchObject({ errorCode: 'INVALID_STATE', currentState: 'CLOSED' });
    expect(asType((await app.gql(SteerCloseObjective, { id: groupHours.id }, supervisor.token)).data!.closeObjective, 'InvalidStateError')).toMatchObject({ currentState: 'CLOSED' });
  });

  it('reads progress from the actuals the fold stores, and an objective edited since from the monthly rows until the next fold', async () => {
    const { a } = await may();
    const medical = app.token([Role.MEDICO_SOCIAL]);
    const objective = asType((await app.gql(SteerCreateObjective, { input: individual(a.id) }, medical)).data!.createObjective, 'Objective');
    const stored = () => app.sql(`select period_start::text, hours::float from reporting_engine.mat_objective_actual where objective_id = $1`, [objective.id]);
    expect(await stored()).toEqual([]); // created after the last fold: computed at read time
    expect(objective.progress).toMatchObject({ actual: 59 });
    await withDriverClient(app.dataSource, foldReporting);
    expect(await stored()).toEqual([{ period_start: '2026-05-01', hours: 59 }]);
    // Moved to June (nothing recorded): the stored May row no longer answers for it, at once.
    const moved = asType((await app.gql(SteerUpdateObjective, { id: objective.id, input: { periodStart: '2026-06-01', periodEnd: '2026-06-30' } }, medical)).data!.updateObjective, 'Objective');
    expect(moved.progress).toMatchObject({ actual: 0, reached: false });
    const [fromView] = await view(`select actual_value::float as actual from reporting.fct_objective_progress where objective_id = $1`, [objective.id]);
    expect(fromView).toEqual({ actual: 0 });
    await withDriverClient(app.dataSource, foldReporting);
    expect(await stored()).toEqual([{ period_start: '2026-06-01', hours: 0 }]);
  });

  it('refuses objectives to the wrong people', async () => {
    const { workshop, group, a, supervisor } = await may();
    const other = await supervisorOf(app, [(await may()).workshop.id]);
    const before = await rowCount(app, 'objective');
    const attempts: [string, Parameters<typeof app.gql<unknown, { input: never }>>[1], string][] = [
      ['a supervisor, an individual objective', { input: individual(a.id) as never }, supervisor.token],
      ['médico-social staff, a workshop objective', { input: { ...individual(a.id), scope: 'WORKSHOP', beneficiaryId: undefined, workshopId: workshop.id } as never }, app.token([Role.MEDICO_SOCIAL])],
      ['the supervisor of another workshop', { input: { ...individual(a.id), scope: 'WORKSHOP', beneficiaryId: undefined, workshopId: workshop.id } as never }, other.token],
      ['the supervisor of another workshop, a work group', { input: { ...individual(a.id), scope: 'WORK_GROUP', beneficiaryId: undefined, workGroupId: group.id } as never }, other.token],
      ['a commercial account', { input: individual(a.id) as never }, app.token([Role.COMMERCIAL])],
      ['a funder', { input: individual(a.id) as never }, app.token([Role.FUNDER])],
    ];
    for (const [who, variables, token] of attempts) {
      const response = await app.gql(SteerCreateObjective, variables as never, token);
      expect({ who, codes: errorCodes(response) }).toEqual({ who, codes: ['FORBIDDEN'] });
    }
    // Someone else's objective cannot be edited or closed either.
    const mine = asType((await app.gql(SteerCreateObjective, { input: individual(a.id) }, app.token([Role.MEDICO_SOCIAL]))).data!.createObjective, 'Objective');
    expect(errorCodes(await app.gql(SteerUpdateObjective, { id: mine.id, input: { target: 1 } }, supervisor.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.gql(SteerCloseObjective, { id: mine.id }, supervisor.token))).toEqual(['FORBIDDEN']);
    expect(await rowCount(app, 'objective')).toBe(before + 1);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const { a, workshop } = await may();
    const before = await rowCount(app, 'objective');
    const cases: [Record<string, unknown>, string][] = [
      [{ periodStart: '2026-05-02' }, 'periodStart'],
      [{ periodEnd: '2026-05-30' }, 'periodEnd'],
      [{ periodStart: '2026-06-01', periodEnd: '2026-05-31' }, 'periodEnd'],
      [{ periodEnd: '2029-05-31' }, 'periodEnd'],
      [{ measure: 'QUALITY', target: 1.5 }, 'target'],
      [{ target: 0 }, 'target'],
      [{ title: '' }, 'title'],
      [{ beneficiaryId: undefined }, 'beneficiaryId'],
      [{ workshopId: workshop.id }, 'workshopId'],
      [{ beneficiaryId: 'abc' }, 'beneficiaryId'],
    ];
    for (const [change, field] of cases) {
      const response = await app.gql(SteerCreateObjective, { input: { ...individual(a.id), ...change } as never }, app.token([Role.MEDICO_SOCIAL]));
      const fields = (response.errors?.[0]?.extensions as { fields?: { field: string }[] } | undefined)?.fields?.map((entry) => entry.field.replace(/^input\./, ''));
      expect({ change, codes: errorCodes(response), fields }).toEqual({ change, codes: ['BAD_USER_INPUT'], fields: [field] });
      expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.ts:\d+/);
    }
    const unknown = await app.gql(SteerCreateObjective, { input: individual('999999999') }, app.token([Role.MEDICO_SOCIAL]));
    expect(asType(unknown.data!.createObjective, 'NotFoundError')).toMatchObject({ field: 'beneficiaryId' });
    const existing = asType((await app.gql(SteerCreateObjective, { input: individual(a.id) })).data!.createObjective, 'Objective');
    const update = await app.gql(SteerUpdateObjective, { id: existing.id, input: { periodEnd: '2026-04-30' } });
    expect(errorCodes(update)).toEqual(['BAD_USER_INPUT']);
    expect(asType((await app.gql(SteerUpdateObjective, { id: '999999999', input: { target: 2 } })).data!.updateObjective, 'NotFoundError')).toMatchObject({ field: 'id' });
    expect(await rowCount(app, 'objective')).toBe(before + 1);
  });

  it('lists individual objectives only to readers of individual records', async () => {
    const { workshop, a, supervisor } = await may();
    await app.gql(SteerCreateObjective, { input: individual(a.id) }, app.token([Role.MEDICO_SOCIAL]));
    await app.gql(SteerCreateObjective, { input: { ...individual(a.id), scope: 'WORKSHOP', beneficiaryId: undefined, workshopId: workshop.id } as never }, supervisor.token);
    const all = await app.gql(SteerObjectives, { options: { take: 100 } }, app.token([Role.MEDICO_SOCIAL]));
    expect(all.data!.objectives.items.map((item) => item.scope)).toEqual(expect.arrayContaining(['INDIVIDUAL', 'WORKSHOP']));
    const commercial = await app.gql(SteerObjectives, { options: { take: 100 } }, app.token([Role.COMMERCIAL]));
    expect(commercial.data!.objectives.items.length).toBeGreaterThan(0);
    expect(commercial.data!.objectives.items.filter((item) => item.scope === 'INDIVIDUAL' || item.beneficiaryId !== null)).toEqual([]);
    expect(commercial.data!.objectives.totalItems).toBe(commercial.data!.objectives.items.length);
    for (const options of [{ scope: 'INDIVIDUAL' as const }, { beneficiaryId: a.id }]) {
      expect(errorCodes(await app.gql(SteerObjectives, { options }, app.token([Role.VIEWER])))).toEqual(['FORBIDDEN']);
    }
  });
});
