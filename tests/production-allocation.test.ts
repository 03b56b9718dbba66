import { useTestApp } from './support/test-server';
import { asType, createOrder } from './support/sales-builders';
import {
  addDays, createActivity, createBeneficiary, createSheet, createWorkGroup, errorCodes, hundredths, productionSite, rowCount, todayInParis,
} from './support/production-builders';
import {
  ProdAllocate, ProdCompleteSheet, ProdCreateSheet, ProdExpandGroupAllocation, ProdOrderAllocations, ProdOrderProduction, ProdSheetById, ProdStartSheet,
} from './support/production-operations';

/** Allocation (affectation) of order lines and tasks to beneficiaries and work groups; production sheets and their states. */

const app = useTestApp();

describe('allocation', () => {
  it('allocates an order line to a person and to a work group, and lists both on the line', async () => {
    const { workshop, group } = await productionSite(app);
    const person = await createBeneficiary(app, { mainWorkshopId: workshop.id });
    const { order } = await createOrder(app, [10, 4]);
    const [line] = order.lines;

    const toPerson = await app.gql(ProdAllocate, { input: { orderLineId: line.id, beneficiaryId: person.id, plannedHours: 6.5 } });
    expect(toPerson.errors).toBeUndefined();
    expect(toPerson.data!.allocate).toMatchObject({
      __typename: 'Allocation', orderLineId: line.id, beneficiaryId: person.id, workGroupId: null, plannedHours: 6.5, plannedQuantity: null,
      beneficiary: { matricule: person.matricule }, workGroup: null,
    });
    const toGroup = await app.gql(ProdAllocate, { input: { orderLineId: line.id, workGroupId: group.id, plannedHours: 12, plannedQuantity: 400 } });
    expect(toGroup.errors).toBeUndefined();
    expect(toGroup.data!.allocate).toMatchObject({ __typename: 'Allocation', beneficiaryId: null, workGroupId: group.id, plannedHours: 12, plannedQuantity: 400, workGroup: { code: group.code } });

    const read = await app.gql(ProdOrderAllocations, { id: order.id });
    expect(read.errors).toBeUndefined();
    const [first, second] = read.data!.order!.lines;
    expect(first.allocations.map((a) => [a.beneficiary?.matricule ?? null, a.workGroup?.code ?? null, a.plannedHours, a.plannedQuantity])).toEqual([
      [person.matricule, null, 6.5, null],
      [null, group.code, 12, 400],
    ]);
    expect(second.allocations).toEqual([]);
  });

  it('expands a group allocation into one allocation per active member, the planned hours and quantity adding up exactly', async () => {
    const { workshop, group } = await productionSite(app);
    const otherGroup = await createWorkGroup(app, workshop.id);
    // Three active members, one who left last month, one in another group.
    const members = [
      await createBeneficiary(app, { matricule: 'EXP-A', mainWorkshopId: workshop.id, workGroupId: group.id }),
      await createBeneficiary(app, { matricule: 'EXP-B', mainWorkshopId: workshop.id, workGroupId: group.id }),
      await createBeneficiary(app, { matricule: 'EXP-C', mainWorkshopId: workshop.id, workGroupId: group.id }),
    ];
    await createBeneficiary(app, { matricule: 'EXP-GONE', mainWorkshopId: workshop.id, workGroupId: group.id, exitDate: addDays(todayInParis(), -30) });
    await createBeneficiary(app, { matricule: 'EXP-OTHER', mainWorkshopId: workshop.id, workGroupId: otherGroup.id });
    const { order } = await createOrder(app, [1000]);
    const allocation = asType(
      (await app.gql(ProdAllocate, { input: { orderLineId: order.lines[0].id, workGroupId: group.id, plannedHours: 10, plannedQuantity: 1000 } })).data!.allocate,
      'Allocation',
    );

    const expanded = await app.gql(ProdExpandGroupAllocation, { id: allocation.id });
    expect(expanded.errors).toBeUndefined();
    const { allocations } = asType(expanded.data!.expandGroupAllocation, 'AllocationExpansion');
    expect(allocations.map((a) => a.beneficiary!.matricule).sort()).toEqual(['EXP-A', 'EXP-B', 'EXP-C']);
    expect(new Set(allocations.map((a) => a.beneficiaryId))).toEqual(new Set(members.map((m) => m.id)));
    for (const a of allocations) expect(a).toMatchObject({ orderLineId: order.lines[0].id, workGroupId: null });
    // 10 h over 3 people: 3.33 + 3.33 + 3.34; 1000 pieces: 333.333 + 333.333 + 333.334.
    expect(allocations.map((a) => a.plannedHours).sort()).toEqual([3.33, 3.33, 3.34]);
    expect(hundredths(allocations.reduce((sum, a) => sum + a.plannedHours!, 0))).toBe(1000);
    expect(allocations.map((a) => a.plannedQuantity).sort()).toEqual([333.333, 333.333, 333.334]);
    const [stored] = await app.sql<{ hours: string; quantity: string; groups: number }>(
      `select sum(planned_hours)::text as hours, sum(planned_quantity)::text as quantity, count(work_group_id)::int as groups from allocation where order_line_id = $1`,
      [order.lines[0].id],
    );
    expect(stored).toEqual({ hours: '10.00', quantity: '1000.000', groups: 0 });

    // The line now shows the people, not the group.
    const read = await app.gql(ProdOrderAllocations, { id: order.id });
    expect(read.data!.order!.lines[0].allocations.map((a) => a.beneficiary?.matricule).sort()).toEqual(['EXP-A', 'EXP-B', 'EXP-C']);
  });

  it('refuses to expand an allocation to a person (INVALID_STATE)', async () => {
    const person = await createBeneficiary(app);
    const { order } = await createOrder(app, [5]);
    const allocation = asType((await app.gql(ProdAllocate, { input: { orderLineId: order.lines[0].id, beneficiaryId: person.id, plannedHours: 2 } })).data!.allocate, 'Allocation');
    const refused = await app.gql(ProdExpandGroupAllocation, { id: allocation.id });
    expect(refused.data!.expandGroupAllocation).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE' });
    expect(await app.sql('select 1 from allocation where id = $1', [allocation.id])).toHaveLength(1);
  });

  it('refuses an allocation naming both a person and a group, or neither (BAD_USER_INPUT), writing nothing', async () => {
    const { group } = await productionSite(app);
    const person = await createBeneficiary(app);
    const { order } = await createOrder(app, [5]);
    const before = await rowCount(app, 'allocation');

    const both = await app.gql(ProdAllocate, { input: { orderLineId: order.lines[0].id, beneficiaryId: person.id, workGroupId: group.id, plannedHours: 3 } });
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    expect(both.data?.allocate ?? null).toBeNull();
    const neither = await app.gql(ProdAllocate, { input: { orderLineId: order.lines[0].id, plannedHours: 3 } });
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    expect(await rowCount(app, 'allocation')).toBe(before);
  });
});

describe('production sheets', () => {
  it('creates a sheet from an order with tasks linked to its lines, and allocates a task', async () => {
    const { workshop, activity } = await productionSite(app);
    const packing = await createActivity(app, workshop.id);
    const { order } = await createOrder(app, [500, 20]);
    const [first, second] = order.lines;

    const created = await app.gql(ProdCreateSheet, {
      input: {
        orderId: order.id,
        workshopId: workshop.id,
        plannedStart: '2026-01-19',
        plannedEnd: '2026-01-30',
        tasks: [
          { orderLineId: first.id, activityId: activity.id, description: 'Mise sous pli des 500 flacons', plannedQuantity: 500, plannedHours: 40 },
          { orderLineId: second.id, activityId: packing.id, plannedQuantity: 20 },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    const sheet = asType(created.data!.createProductionSheet, 'ProductionSheet');
    expect(sheet).toMatchObject({ status: 'PLANNED', orderId: order.id, workshopId: workshop.id, plannedStart: '2026-01-19', plannedEnd: '2026-01-30' });
    expect(sheet.number).toMatch(/^FP-ESAT-T-2026-\d{5}$/);
    expect(sheet.tasks.map((task) => [task.orderLineId, task.orderLine.orderId, task.activity.code, task.plannedQuantity, task.plannedHours])).toEqual([
      [first.id, order.id, activity.code, 500, 40],
      [second.id, order.id, packing.code, 20, null],
    ]);
    expect(sheet.tasks[0].description).toBe('Mise sous pli des 500 flacons');
    // Without a description, the task takes the order line's.
    expect(sheet.tasks[1].description).toBe('Conditionnement de flacons');

    const fromOrder = await app.gql(ProdOrderProduction, { id: order.id });
    expect(fromOrder.errors).toBeUndefined();
    expect(fromOrder.data!.order!.productionSheets).toEqual([{ id: sheet.id, number: sheet.number, status: 'PLANNED' }]);
    expect(fromOrder.data!.order!.lines.map((line) => line.productionTasks.map((task) => task.id))).toEqual([[sheet.tasks[0].id], [sheet.tasks[1].id]]);

    // Allocating a task implies its order line.
    const person = await createBeneficiary(app, { mainWorkshopId: workshop.id });
    const allocation = await app.gql(ProdAllocate, { input: { productionTaskId: sheet.tasks[1].id, beneficiaryId: person.id, plannedQuantity: 20 } });
    expect(allocation.data!.allocate).toMatchObject({ __typename: 'Allocation', productionTaskId: sheet.tasks[1].id, orderLineId: second.id, plannedQuantity: 20 });
  });

  it('refuses a task on a line of another order (NotFoundError), writing no sheet', async () => {
    const { workshop, activity } = await productionSite(app);
    const { order } = await createOrder(app, [5]);
    const { order: other } = await createOrder(app, [5]);
    const before = await rowCount(app, 'production_sheet');
    const refused = await app.gql(ProdCreateSheet, {
      input: { orderId: order.id, workshopId: workshop.id, plannedStart: '2026-02-02', plannedEnd: '2026-02-06', tasks: [{ orderLineId: other.lines[0].id, activityId: activity.id }] },
    });
    expect(refused.data!.createProductionSheet).toMatchObject({ __typename: 'NotFoundError', field: 'tasks[0].orderLineId' });
    expect(await rowCount(app, 'production_sheet')).toBe(before);
  });

  it('goes PLANNED → IN_PROGRESS → DONE, refusing every other transition (INVALID_STATE)', async () => {
    const { workshop, activity } = await productionSite(app);
    const { order } = await createOrder(app, [50]);
    const sheet = await createSheet(app, {
      orderId: order.id, workshopId: workshop.id, plannedStart: '2026-02-09', plannedEnd: '2026-02-13', tasks: [{ orderLineId: order.lines[0].id, activityId: activity.id }],
    });
    const status = async () => (await app.gql(ProdSheetById, { id: sheet.id })).data!.productionSheet!.status;

    const early = await app.gql(ProdCompleteSheet, { id: sheet.id });
    expect(early.data!.completeProductionSheet).toMatchObject({ __typename: 'InvalidStateError', errorCode: 'INVALID_STATE', currentState: 'PLANNED', attemptedState: 'DONE' });
    expect(await status()).toBe('PLANNED');

    expect((await app.gql(ProdStartSheet, { id: sheet.id })).data!.startProductionSheet).toMatchObject({ __typename: 'ProductionSheet', status: 'IN_PROGRESS' });
    const again = await app.gql(ProdStartSheet, { id: sheet.id });
    expect(again.data!.startProductionSheet).toMatchObject({ __typename: 'InvalidStateError', currentState: 'IN_PROGRESS', attemptedState: 'IN_PROGRESS' });
    expect(await status()).toBe('IN_PROGRESS');

    expect((await app.gql(ProdCompleteSheet, { id: sheet.id })).data!.completeProductionSheet).toMatchObject({ __typename: 'ProductionSheet', status: 'DONE' });
    expect((await app.gql(ProdStartSheet, { id: sheet.id })).data!.startProductionSheet).toMatchObject({ __typename: 'InvalidStateError', currentState: 'DONE', attemptedState: 'IN_PROGRESS' });
    expect((await app.gql(ProdCompleteSheet, { id: sheet.id })).data!.completeProductionSheet).toMatchObject({ __typename: 'InvalidStateError', currentState: 'DONE', attemptedState: 'DONE' });
    expect(await status()).toBe('DONE');
  });
});
