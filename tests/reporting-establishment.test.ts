import { useTestApp } from './support/test-server';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting, rebuildAggregates } from '../api/reporting/reporting-layer';
import { asType, createOrder } from './support/sales-builders';
import { createBeneficiary, createWorkshop, recordWork, validateRecords } from './support/production-builders';
import { ProdCorrectWorkRecord } from './support/production-operations';
import { asOrganization } from './support/steering-fixture';

/**
 * Contribution per establishment × month (reporting.fct_contribution_establishment_month) and the
 * occupancy that reads it, against values counted by hand: the beneficiaries present in the month,
 * those of them active (more than 0 hours recorded in the month, a correction to 0 hours included),
 * their working days of presence across the public holidays of May 2026 (1, 8, 14 and 25 May).
 * The EA of the fixture holds nobody else, so its rows are this test's.
 */

const app = useTestApp();
jest.setTimeout(120_000);

const view = <Row = Record<string, unknown>>(text: string, values: unknown[] = []) => asOrganization<Row>(app, text, values);

const monthsOf = (establishmentId: number) =>
  view(`select month::text, beneficiaries::int, active_beneficiaries::int, contract_days::int, days_with_record::int, hours::float
          from reporting.fct_contribution_establishment_month where establishment_id = $1 order by month`, [establishmentId]);

describe('contribution per establishment and month', () => {
  it('counts the beneficiaries present and those active, month by month, as a rebuild does', async () => {
    const establishmentId = app.fixture.eaId;
    const workshop = await createWorkshop(app, { establishmentId });
    const { order } = await createOrder(app, [100], { establishmentId });
    const line = order.lines[0].id;
    const person = { status: 'EA_EMPLOYEE' as const, establishmentId: String(establishmentId), mainWorkshopId: workshop.id, weeklyHours: 35 };
    // A: 4 – 29 May, 17 working days (8, 14 and 25 May are public holidays); C: 18 May – 12 June, 9 days in May and 10 in June.
    const a = await createBeneficiary(app, { ...person, entryDate: '2026-05-04', exitDate: '2026-05-29' });
    const c = await createBeneficiary(app, { ...person, entryDate: '2026-05-18', exitDate: '2026-06-12' });
    const work = (beneficiaryId: string, workDate: string, hours: number) => recordWork(app, { beneficiaryId, workDate, orderLineId: line, hours, quantity: 0, rejectedQuantity: 0 });
    await work(a.id, '2026-05-04', 7);
    await work(a.id, '2026-05-05', 3);
    const june = await work(c.id, '2026-06-02', 4);
    await withDriverClient(app.dataSource, foldReporting);

    expect(await monthsOf(establishmentId)).toEqual([
      // C is present in May without a record: counted, not active
      { month: '2026-05-01', beneficiaries: 2, active_beneficiaries: 1, contract_days: 17 + 9, days_with_record: 2, hours: 10 },
      { month: '2026-06-01', beneficiaries: 1, active_beneficiaries: 1, contract_days: 10, days_with_record: 1, hours: 4 },
    ]);
    // The occupancy of the establishment reads the same rows: its working days present, its people.
    expect(await view(`select month::text, beneficiaries::int, present_days::int, working_days::int from reporting.fct_occupancy_establishment_month
                        where establishment_id = $1 order by month`, [establishmentId])).toEqual([
      { month: '2026-05-01', beneficiaries: 2, present_days: 26, working_days: 17 },
      { month: '2026-06-01', beneficiaries: 1, present_days: 10, working_days: 22 },
    ]);

    // C's only record corrected to 0 hours: still present in June, no longer active.
    await validateRecords(app, [june.id]);
    asType((await app.gql(ProdCorrectWorkRecord, { id: june.id, input: { hours: 0, quantity: 0, rejectedQuantity: 0, comment: 'Absent ce jour-là' } })).data!.correctWorkRecord, 'WorkRecord');
    await withDriverClient(app.dataSource, foldReporting);
    const folded = await monthsOf(establishmentId);
    expect(folded[1]).toEqual({ month: '2026-06-01', beneficiaries: 1, active_beneficiaries: 0, contract_days: 10, days_with_record: 0, hours: 0 });

    await withDriverClient(app.dataSource, (client) => rebuildAggregates(client));
    expect(await monthsOf(establishmentId)).toEqual(folded);
    const [keys] = await view<{ total: number; distinct_keys: number; null_keys: number }>(
      `select count(*)::int as total, count(distinct (month, establishment_id))::int as distinct_keys,
              count(*) filter (where month is null or establishment_id is null)::int as null_keys from reporting.fct_contribution_establishment_month`);
    expect(keys).toEqual({ total: keys.total, distinct_keys: keys.total, null_keys: 0 });
  });
});
