import { useTestApp } from './support/test-server';
import { asType, createOrder } from './support/sales-builders';
import { createBeneficiary, recordWork, rowCount, validatedWork } from './support/production-builders';
import { graphql } from './gql';

/** A beneficiary's work day: never more than 24 hours across their records, a warning above the contract's daily hours. */

const app = useTestApp();

/** What recordWork and correctWorkRecord answer about the day. */
export const WorkDayAnswer = graphql(`
  fragment WorkDayAnswer on WorkRecordResult {
    __typename
    ... on WorkRecord { id hours warnings { code message } }
    ... on WorkDayLimitError { workDate recordedHours dayHours maxHours }
    ... on ErrorResult { errorCode message }
  }
`);

const RecordWorkDay = graphql(`
  mutation RecordWorkDay($input: WorkRecordInput!) { recordWork(input: $input) { ...WorkDayAnswer } }
`);

const CorrectWorkDay = graphql(`
  mutation CorrectWorkDay($id: ID!, $input: WorkRecordCorrectionInput!) { correctWorkRecord(id: $id, input: $input) { ...WorkDayAnswer } }
`);

const WorkDayRecords = graphql(`
  query WorkDayRecords($options: WorkRecordListOptions) {
    workRecords(options: $options) { items { id hours warnings { code message } } }
  }
`);

async function record(input: { beneficiaryId: string; workDate: string; orderLineId: string; hours: number }) {
  const response = await app.gql(RecordWorkDay, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.recordWork;
}

describe('at most 24 hours of work a day', () => {
  it('refuses the record that would take a day past 24 hours (WORK_DAY_LIMIT), writing nothing, and accepts exactly 24', async () => {
    const beneficiary = await createBeneficiary(app, { matricule: 'DAY-1', weeklyHours: 35, workingTimeRatio: 1 });
    const { order } = await createOrder(app, [100, 100]);
    const [first, second] = order.lines.map((line) => line.id);
    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-02', orderLineId: first, hours: 20 })).toMatchObject({ __typename: 'WorkRecord' });
    const before = await rowCount(app, 'work_record');

    // A second 20 h row on another line of the same day: 40 h in one day.
    const refused = await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-02', orderLineId: second, hours: 20 });
    expect(refused).toEqual({
      __typename: 'WorkDayLimitError', errorCode: 'WORK_DAY_LIMIT', workDate: '2026-03-02', recordedHours: 20, dayHours: 40, maxHours: 24,
      message: 'beneficiary DAY-1 would have 40 h of work on 2026-03-02 (20 h already recorded): at most 24 h in a day',
    });
    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-02', orderLineId: second, hours: 4.25 })).toMatchObject({ errorCode: 'WORK_DAY_LIMIT', dayHours: 24.25 });
    expect(await rowCount(app, 'work_record')).toBe(before);

    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-02', orderLineId: second, hours: 4 })).toMatchObject({ __typename: 'WorkRecord', hours: 4 });
    // Another day, or another person, is another day.
    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-03', orderLineId: second, hours: 20 })).toMatchObject({ __typename: 'WorkRecord' });
    const other = await createBeneficiary(app);
    expect(await record({ beneficiaryId: other.id, workDate: '2026-03-02', orderLineId: second, hours: 20 })).toMatchObject({ __typename: 'WorkRecord' });
  });

  it('counts corrections as the differences they hold: a correction may not take the day past 24 hours, and may lower it', async () => {
    const beneficiary = await createBeneficiary(app, { matricule: 'DAY-2' });
    const { order } = await createOrder(app, [100, 100]);
    const original = await validatedWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-03-09', orderLineId: order.lines[0].id, hours: 20 });
    await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-03-09', orderLineId: order.lines[1].id, hours: 3 });
    const before = await rowCount(app, 'work_record');

    // 20 → 22 h: +2 h on a day of 23 h.
    const up = await app.gql(CorrectWorkDay, { id: original.id, input: { hours: 22, quantity: 0, rejectedQuantity: 0, comment: 'heures oubliées' } });
    expect(up.data!.correctWorkRecord).toMatchObject({ __typename: 'WorkDayLimitError', errorCode: 'WORK_DAY_LIMIT', recordedHours: 23, dayHours: 25 });
    expect(await rowCount(app, 'work_record')).toBe(before);

    // 20 → 8 h: the correction holds −12 h, and the day is now 11 h.
    const down = await app.gql(CorrectWorkDay, { id: original.id, input: { hours: 8, quantity: 0, rejectedQuantity: 0, comment: 'saisie en double' } });
    expect(down.data!.correctWorkRecord).toMatchObject({ __typename: 'WorkRecord', hours: -12 });
    // So the day has room again for 13 h, and not one quarter more.
    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-09', orderLineId: order.lines[1].id, hours: 13.25 })).toMatchObject({ errorCode: 'WORK_DAY_LIMIT', recordedHours: 11 });
    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-09', orderLineId: order.lines[1].id, hours: 13 })).toMatchObject({ __typename: 'WorkRecord' });
  });

  it('lets only as many concurrent records through as the day holds', async () => {
    const beneficiary = await createBeneficiary(app);
    const { order } = await createOrder(app, [100]);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => record({ beneficiaryId: beneficiary.id, workDate: '2026-03-16', orderLineId: order.lines[0].id, hours: 5 })),
    );
    expect(results.filter((result) => result.__typename === 'WorkRecord')).toHaveLength(4);
    expect(results.filter((result) => result.__typename === 'WorkDayLimitError')).toHaveLength(4);
    const [{ hours }] = await app.sql<{ hours: number }>('select sum(hours)::float8 as hours from work_record where beneficiary_id = $1', [beneficiary.id]);
    expect(hours).toBe(20);
  });
});

describe('above the contract’s daily hours: a warning, not a refusal', () => {
  it('warns when the day passes weekly hours / 5, on the write and on every record of that day', async () => {
    // 28 h a week over 5 days: 5.6 h a day.
    const beneficiary = await createBeneficiary(app, { matricule: 'DAY-3', weeklyHours: 28, workingTimeRatio: 0.8 });
    const { order } = await createOrder(app, [100]);
    const line = order.lines[0].id;
    const morning = await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-23', orderLineId: line, hours: 5.6 });
    expect(morning).toMatchObject({ __typename: 'WorkRecord', warnings: [] });

    const afternoon = await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-23', orderLineId: line, hours: 1.5 });
    const warning = {
      code: 'ABOVE_CONTRACT_DAILY_HOURS',
      message: "beneficiary DAY-3 has 7.1 h of work recorded on 2026-03-23, above the contract's 5.6 h a day (28 h a week over 5 days)",
    };
    expect(afternoon).toMatchObject({ __typename: 'WorkRecord', hours: 1.5, warnings: [warning] });

    const listed = await app.gql(WorkDayRecords, { options: { beneficiaryId: beneficiary.id, take: 10 } });
    expect(listed.errors).toBeUndefined();
    const items = listed.data!.workRecords.items.map((item) => [item.hours, item.warnings]);
    expect(items.sort()).toEqual([[1.5, [warning]], [5.6, [warning]]]);
    // Another day within the contract: no warning.
    expect(await record({ beneficiaryId: beneficiary.id, workDate: '2026-03-24', orderLineId: line, hours: 5 })).toMatchObject({ warnings: [] });
  });

  it('warns on a correction that takes the day above the contract, and clears once corrected back', async () => {
    const beneficiary = await createBeneficiary(app, { weeklyHours: 35, workingTimeRatio: 1 });
    const { order } = await createOrder(app, [100]);
    const original = await validatedWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-03-25', orderLineId: order.lines[0].id, hours: 7 });
    const more = await app.gql(CorrectWorkDay, { id: original.id, input: { hours: 9, quantity: 0, rejectedQuantity: 0, comment: 'heures sup' } });
    const correction = asType(more.data!.correctWorkRecord, 'WorkRecord');
    expect(correction).toMatchObject({ hours: 2, warnings: [{ code: 'ABOVE_CONTRACT_DAILY_HOURS' }] });
    expect(correction.warnings[0].message).toContain('9 h of work recorded on 2026-03-25');
    const back = await app.gql(CorrectWorkDay, { id: original.id, input: { hours: 7, quantity: 0, rejectedQuantity: 0, comment: 'finalement non' } });
    expect(back.data!.correctWorkRecord).toMatchObject({ __typename: 'WorkRecord', hours: -2, warnings: [] });
  });
});
