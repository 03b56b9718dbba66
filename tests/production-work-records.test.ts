import { useTestApp } from './support/test-server';
import { asType, createOrder } from './support/sales-builders';
import {
  addDays, createBeneficiary, createSheet, errorCodes, productionSite, recordWork, rowCount, supervisorOf, todayInParis, validateRecords, validatedWork,
} from './support/production-builders';
import {
  ProdCorrectWorkRecord, ProdMutationFields, ProdOrderContributionAggregates, ProdRecordWork, ProdValidateWorkRecords, ProdWorkRecords,
} from './support/production-operations';

/** Pointages: recording, validation, immutability, corrections, presence and date checks, supervisors' workshops. */

const app = useTestApp();

async function lineContribution(orderId: string) {
  const response = await app.gql(ProdOrderContributionAggregates, { id: orderId });
  expect(response.errors).toBeUndefined();
  return response.data!.order!.lines[0].contribution;
}

describe('recording and validating', () => {
  it('records a pointage as RECORDED, then validates it (who and when)', async () => {
    const { workshop } = await productionSite(app);
    const beneficiary = await createBeneficiary(app, { mainWorkshopId: workshop.id });
    const { order } = await createOrder(app, [100]);

    const recorded = await app.gql(ProdRecordWork, {
      input: { beneficiaryId: beneficiary.id, workDate: '2026-01-20', orderLineId: order.lines[0].id, hours: 6.5, quantity: 80, rejectedQuantity: 2, comment: 'Matinée + après-midi' },
    });
    expect(recorded.errors).toBeUndefined();
    const record = asType(recorded.data!.recordWork, 'WorkRecord');
    expect(record).toMatchObject({
      beneficiaryId: beneficiary.id, workDate: '2026-01-20', orderLineId: order.lines[0].id, hours: 6.5, quantity: 80, rejectedQuantity: 2,
      comment: 'Matinée + après-midi', status: 'RECORDED', correctsId: null, recordedBy: String(app.fixture.adminUserId),
    });

    const validated = await app.gql(ProdValidateWorkRecords, { ids: [record.id] });
    expect(validated.errors).toBeUndefined();
    const [after] = asType(validated.data!.validateWorkRecords, 'WorkRecordValidation').records;
    expect(after).toMatchObject({ id: record.id, status: 'VALIDATED', validatedBy: String(app.fixture.adminUserId), hours: 6.5 });
    expect(after.validatedAt).toEqual(expect.any(String));
  });

  it('refuses a work date before the entry or after the exit of the beneficiary (INACTIVE_BENEFICIARY), accepting both boundary days', async () => {
    const beneficiary = await createBeneficiary(app, { entryDate: '2026-03-02', exitDate: '2026-06-30' });
    const { order } = await createOrder(app, [100]);
    const before = await rowCount(app, 'work_record');
    for (const workDate of ['2026-03-01', '2026-07-01']) {
      const refused = await app.gql(ProdRecordWork, { input: { beneficiaryId: beneficiary.id, workDate, orderLineId: order.lines[0].id, hours: 3 } });
      expect(refused.errors).toBeUndefined();
      expect(refused.data!.recordWork).toMatchObject({ __typename: 'InactiveBeneficiaryError', errorCode: 'INACTIVE_BENEFICIARY' });
    }
    expect(await rowCount(app, 'work_record')).toBe(before);
    for (const workDate of ['2026-03-02', '2026-06-30']) {
      expect(await recordWork(app, { beneficiaryId: beneficiary.id, workDate, orderLineId: order.lines[0].id, hours: 3 })).toMatchObject({ workDate, status: 'RECORDED' });
    }
  });

  it('refuses a work date in the future (BAD_USER_INPUT), accepting today', async () => {
    const beneficiary = await createBeneficiary(app);
    const { order } = await createOrder(app, [100]);
    const today = todayInParis();
    const before = await rowCount(app, 'work_record');
    const tomorrow = await app.gql(ProdRecordWork, { input: { beneficiaryId: beneficiary.id, workDate: addDays(today, 1), orderLineId: order.lines[0].id, hours: 3 } });
    expect(errorCodes(tomorrow)).toEqual(['BAD_USER_INPUT']);
    expect(tomorrow.data?.recordWork ?? null).toBeNull();
    expect(await rowCount(app, 'work_record')).toBe(before);
    expect(await recordWork(app, { beneficiaryId: beneficiary.id, workDate: today, orderLineId: order.lines[0].id, hours: 3 })).toMatchObject({ workDate: today });
  });
});

describe('immutability and corrections', () => {
  it('keeps a validated record unchanged: the database refuses a direct update or delete, and no mutation edits it', async () => {
    const beneficiary = await createBeneficiary(app);
    const { order } = await createOrder(app, [100]);
    const record = await validatedWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-03', orderLineId: order.lines[0].id, hours: 5, quantity: 40 });

    await expect(app.sql('update work_record set hours = 8 where id = $1', [record.id])).rejects.toThrow(/immutable/);
    await expect(app.sql('delete from work_record where id = $1', [record.id])).rejects.toThrow(/immutable/);
    const [row] = await app.sql<{ hours: string; quantity: string; status: string }>('select hours::text, quantity::text, status from work_record where id = $1', [record.id]);
    expect(row).toEqual({ hours: '5.00', quantity: '40.000', status: 'validated' });

    // The API offers no way to edit or delete a pointage: only record, validate and correct.
    const mutations = (await app.gql(ProdMutationFields, {})).data!.__type!.fields!.map((field) => field.name);
    expect(mutations).toEqual(expect.arrayContaining(['recordWork', 'validateWorkRecords', 'correctWorkRecord']));
    expect(mutations.filter((name) => /^(update|edit|delete|remove|set|change)\w*work\s*record/i.test(name))).toEqual([]);

    // A record not yet validated can still be changed in the database (the trigger guards validated ones only).
    const draft = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-04', orderLineId: order.lines[0].id, hours: 5 });
    await app.sql('update work_record set hours = 4 where id = $1', [draft.id]);
  });

  it('corrects a validated record with a new record holding the differences; the contribution follows once the correction is validated', async () => {
    const { workshop } = await productionSite(app);
    const beneficiary = await createBeneficiary(app, { mainWorkshopId: workshop.id });
    const { order } = await createOrder(app, [200]);
    const original = await validatedWork(app, {
      beneficiaryId: beneficiary.id, workDate: '2026-02-10', orderLineId: order.lines[0].id, hours: 6, quantity: 100, rejectedQuantity: 4,
    });
    expect(await lineContribution(order.id)).toEqual({ hours: 6, quantity: 100, rejectedQuantity: 4, beneficiaryCount: 1 });

    // The right values were 7.5 h, 90 pieces, 5 rejects.
    const corrected = await app.gql(ProdCorrectWorkRecord, { id: original.id, input: { hours: 7.5, quantity: 90, rejectedQuantity: 5, comment: 'Oubli de la dernière heure et demie' } });
    expect(corrected.errors).toBeUndefined();
    const correction = asType(corrected.data!.correctWorkRecord, 'WorkRecord');
    expect(correction).toMatchObject({
      correctsId: original.id, status: 'RECORDED', hours: 1.5, quantity: -10, rejectedQuantity: 1, workDate: '2026-02-10',
      beneficiaryId: beneficiary.id, orderLineId: order.lines[0].id, comment: 'Oubli de la dernière heure et demie',
    });
    expect(correction.id).not.toBe(original.id);
    const [stored] = await app.sql<{ hours: string; quantity: string; status: string }>('select hours::text, quantity::text, status from work_record where id = $1', [original.id]);
    expect(stored).toEqual({ hours: '6.00', quantity: '100.000', status: 'validated' });

    // Not validated yet: the contribution still shows the original.
    expect(await lineContribution(order.id)).toEqual({ hours: 6, quantity: 100, rejectedQuantity: 4, beneficiaryCount: 1 });
    await validateRecords(app, [correction.id]);
    expect(await lineContribution(order.id)).toEqual({ hours: 7.5, quantity: 90, rejectedQuantity: 5, beneficiaryCount: 1 });

    // A second correction is relative to what the record and its corrections add up to.
    const second = asType(
      (await app.gql(ProdCorrectWorkRecord, { id: original.id, input: { hours: 7, quantity: 90, rejectedQuantity: 5, comment: 'Pause non déduite' } })).data!.correctWorkRecord,
      'WorkRecord',
    );
    expect(second).toMatchObject({ correctsId: original.id, hours: -0.5, quantity: 0, rejectedQuantity: 0 });
    await validateRecords(app, [second.id]);
    expect(await lineContribution(order.id)).toEqual({ hours: 7, quantity: 90, rejectedQuantity: 5, beneficiaryCount: 1 });

    const listed = await app.gql(ProdWorkRecords, { options: { orderLineId: order.lines[0].id, take: 100 } });
    expect(listed.errors).toBeUndefined();
    const originalListed = listed.data!.workRecords.items.find((item) => item.id === original.id)!;
    expect(originalListed.corrections.map((c) => [c.id, c.hours])).toEqual([[correction.id, 1.5], [second.id, -0.5]]);
  });

  it('refuses to correct a record that is not validated, or a correction (INVALID_STATE)', async () => {
    const beneficiary = await createBeneficiary(app);
    const { order } = await createOrder(app, [100]);
    const draft = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-11', orderLineId: order.lines[0].id, hours: 4 });
    const before = await rowCount(app, 'work_record');
    const onDraft = await app.gql(ProdCorrectWorkRecord, { id: draft.id, input: { hours: 5, quantity: 0, rejectedQuantity: 0, comment: 'x' } });
    expect(onDraft.data!.correctWorkRecord).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
    expect(await rowCount(app, 'work_record')).toBe(before);

    await validateRecords(app, [draft.id]);
    const correction = asType((await app.gql(ProdCorrectWorkRecord, { id: draft.id, input: { hours: 5, quantity: 0, rejectedQuantity: 0, comment: 'x' } })).data!.correctWorkRecord, 'WorkRecord');
    await validateRecords(app, [correction.id]);
    const onCorrection = await app.gql(ProdCorrectWorkRecord, { id: correction.id, input: { hours: 6, quantity: 0, rejectedQuantity: 0, comment: 'y' } });
    expect(onCorrection.data!.correctWorkRecord).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
  });
});

describe('supervisors', () => {
  it('lets a supervisor record, validate and correct for their workshop, and refuses (FORBIDDEN) another workshop’s beneficiary or task', async () => {
    const mine = await productionSite(app);
    const theirs = await productionSite(app);
    const supervisor = await supervisorOf(app, [mine.workshop.id]);
    const ours = await createBeneficiary(app, { mainWorkshopId: mine.workshop.id, workGroupId: mine.group.id });
    const foreign = await createBeneficiary(app, { mainWorkshopId: theirs.workshop.id, workGroupId: theirs.group.id });
    const { order } = await createOrder(app, [300, 50]);
    const theirSheet = await createSheet(app, {
      orderId: order.id, workshopId: theirs.workshop.id, plannedStart: '2026-02-16', plannedEnd: '2026-02-20',
      tasks: [{ orderLineId: order.lines[1].id, activityId: theirs.activity.id, plannedQuantity: 50 }],
    });

    // Their own workshop: record, validate, correct.
    const record = await recordWork(app, { beneficiaryId: ours.id, workDate: '2026-02-16', orderLineId: order.lines[0].id, hours: 7, quantity: 120 }, supervisor.token);
    expect(record).toMatchObject({ status: 'RECORDED', recordedBy: String(supervisor.userId) });
    const [validated] = await validateRecords(app, [record.id], supervisor.token);
    expect(validated).toMatchObject({ status: 'VALIDATED', validatedBy: String(supervisor.userId) });
    const correction = await app.gql(ProdCorrectWorkRecord, { id: record.id, input: { hours: 6.5, quantity: 120, rejectedQuantity: 0, comment: 'Départ anticipé' } }, supervisor.token);
    expect(correction.errors).toBeUndefined();
    expect(correction.data!.correctWorkRecord).toMatchObject({ __typename: 'WorkRecord', hours: -0.5 });

    const before = await rowCount(app, 'work_record');
    // Another workshop's beneficiary.
    const foreignRecord = await app.gql(ProdRecordWork, { input: { beneficiaryId: foreign.id, workDate: '2026-02-16', orderLineId: order.lines[0].id, hours: 7 } }, supervisor.token);
    expect(errorCodes(foreignRecord)).toEqual(['FORBIDDEN']);
    expect(foreignRecord.data?.recordWork ?? null).toBeNull();
    // Their own beneficiary, but on a task of another workshop's production sheet.
    const foreignTask = await app.gql(ProdRecordWork, { input: { beneficiaryId: ours.id, workDate: '2026-02-17', productionTaskId: theirSheet.tasks[0].id, hours: 7, quantity: 10 } }, supervisor.token);
    expect(errorCodes(foreignTask)).toEqual(['FORBIDDEN']);
    expect(await rowCount(app, 'work_record')).toBe(before);

    // Validating or correcting another workshop's pointage.
    const theirRecord = await recordWork(app, { beneficiaryId: foreign.id, workDate: '2026-02-17', orderLineId: order.lines[0].id, hours: 7 });
    const validation = await app.gql(ProdValidateWorkRecords, { ids: [theirRecord.id] }, supervisor.token);
    expect(errorCodes(validation)).toEqual(['FORBIDDEN']);
    const [{ status }] = await app.sql<{ status: string }>('select status from work_record where id = $1', [theirRecord.id]);
    expect(status).toBe('recorded');
    await validateRecords(app, [theirRecord.id]);
    const foreignCorrection = await app.gql(ProdCorrectWorkRecord, { id: theirRecord.id, input: { hours: 1, quantity: 0, rejectedQuantity: 0, comment: 'z' } }, supervisor.token);
    expect(errorCodes(foreignCorrection)).toEqual(['FORBIDDEN']);
    expect(await app.sql('select 1 from work_record where corrects_id = $1', [theirRecord.id])).toHaveLength(0);
  });

  it('refuses everything to a supervisor linked to no workshop (FORBIDDEN)', async () => {
    const { workshop } = await productionSite(app);
    const unlinked = await supervisorOf(app, []);
    const beneficiary = await createBeneficiary(app, { mainWorkshopId: workshop.id });
    const { order } = await createOrder(app, [10]);
    const refused = await app.gql(ProdRecordWork, { input: { beneficiaryId: beneficiary.id, workDate: '2026-02-18', orderLineId: order.lines[0].id, hours: 2 } }, unlinked.token);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const record = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-18', orderLineId: order.lines[0].id, hours: 2 });
    expect(errorCodes(await app.gql(ProdValidateWorkRecords, { ids: [record.id] }, unlinked.token))).toEqual(['FORBIDDEN']);
  });
});
