import { useTestApp } from './support/test-server';
import { createOrder } from './support/sales-builders';
import {
  createBeneficiary, createWorkGroup, createWorkshop, errorCodes, productionSite, recordWork, validateRecords,
} from './support/production-builders';
import {
  ProdBeneficiaries, ProdBeneficiaryCodes, ProdBeneficiaryPeriod, ProdBeneficiaryTwoPeriods, ProdBeneficiaryWorkRecords, ProdMoveBeneficiary,
  ProdOrderContributionCodes, ProdOrderLineWorkRecords, ProdWorkRecords, ProdWorkshopPeople, ProdWorkshops,
} from './support/production-operations';
import { Role } from '../schema/enums';

/** Who sees what of the production side, and the beneficiary-centred views (periods, groups, workshops). */

const app = useTestApp();

describe('a beneficiary over a period', () => {
  it('lists the work records and sums the validated contribution of the period only, boundaries included', async () => {
    const beneficiary = await createBeneficiary(app, { matricule: 'PER-1' });
    const { order } = await createOrder(app, [500]);
    const lineId = order.lines[0].id;
    const january = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-01-10', orderLineId: lineId, hours: 1, quantity: 10 });
    const february = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-10', orderLineId: lineId, hours: 2, quantity: 20, rejectedQuantity: 1 });
    const march = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-03-10', orderLineId: lineId, hours: 4, quantity: 40 });
    await validateRecords(app, [january.id, february.id, march.id]);
    const pending = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-20', orderLineId: lineId, hours: 8, quantity: 80 });

    const read = async (period?: { from?: string; to?: string }) => {
      const response = await app.gql(ProdBeneficiaryPeriod, { id: beneficiary.id, period });
      expect(response.errors).toBeUndefined();
      return response.data!.beneficiary!;
    };

    const february2026 = await read({ from: '2026-02-01', to: '2026-02-28' });
    // Both February pointages are listed; only the validated one counts.
    expect(february2026.workRecords.map((r) => [r.id, r.status])).toEqual([[february.id, 'VALIDATED'], [pending.id, 'RECORDED']]);
    expect(february2026.contribution).toEqual({ hours: 2, quantity: 20, rejectedQuantity: 1, beneficiaryCount: 1, beneficiaryCodes: ['PER-1'] });

    // Boundaries are inclusive.
    const edges = await read({ from: '2026-02-10', to: '2026-03-10' });
    expect(edges.workRecords.map((r) => r.workDate)).toEqual(['2026-02-10', '2026-02-20', '2026-03-10']);
    expect(edges.contribution).toMatchObject({ hours: 6, quantity: 60 });

    expect((await read({ from: '2026-03-01' })).contribution).toMatchObject({ hours: 4, quantity: 40 });
    expect((await read({ to: '2026-01-31' })).contribution).toMatchObject({ hours: 1, quantity: 10 });
    const always = await read();
    expect(always.workRecords).toHaveLength(4);
    expect(always.contribution).toMatchObject({ hours: 7, quantity: 70, rejectedQuantity: 1 });

    const empty = await read({ from: '2025-01-01', to: '2025-12-31' });
    expect(empty.workRecords).toEqual([]);
    expect(empty.contribution).toEqual({ hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, beneficiaryCodes: [] });

    // Two periods in one request keep apart.
    const both = await app.gql(ProdBeneficiaryTwoPeriods, { id: beneficiary.id, first: { from: '2026-01-01', to: '2026-01-31' }, second: { from: '2026-03-01', to: '2026-03-31' } });
    expect(both.errors).toBeUndefined();
    expect(both.data!.beneficiary).toMatchObject({
      january: { hours: 1 }, march: { hours: 4 }, januaryRecords: [{ workDate: '2026-01-10' }], marchRecords: [{ workDate: '2026-03-10' }],
    });
  });
});

describe('work groups and workshops', () => {
  it('lists the members of each work group and the beneficiaries of each workshop', async () => {
    const a = await productionSite(app);
    const secondGroup = await createWorkGroup(app, a.workshop.id);
    const b = await productionSite(app);
    await createBeneficiary(app, { matricule: 'WG-2', mainWorkshopId: a.workshop.id, workGroupId: a.group.id });
    await createBeneficiary(app, { matricule: 'WG-1', mainWorkshopId: a.workshop.id, workGroupId: a.group.id });
    await createBeneficiary(app, { matricule: 'WG-3', mainWorkshopId: a.workshop.id, workGroupId: secondGroup.id });
    await createBeneficiary(app, { matricule: 'WG-4', mainWorkshopId: a.workshop.id });
    await createBeneficiary(app, { matricule: 'WG-5', mainWorkshopId: b.workshop.id, workGroupId: b.group.id });
    const mover = await createBeneficiary(app, { matricule: 'WG-6', entryDate: '2025-01-01', mainWorkshopId: a.workshop.id, workGroupId: a.group.id });
    const moved = await app.gql(ProdMoveBeneficiary, { input: { beneficiaryId: mover.id, workshopId: b.workshop.id, workGroupId: b.group.id, fromDate: '2026-04-01' } });
    expect(moved.errors).toBeUndefined();

    const workshopA = (await app.gql(ProdWorkshopPeople, { id: a.workshop.id })).data!.workshop!;
    expect(workshopA.beneficiaries.map((x) => x.matricule)).toEqual(['WG-1', 'WG-2', 'WG-3', 'WG-4']);
    expect(workshopA.workGroups.map((g) => [g.code, g.members.map((m) => m.matricule)])).toEqual([
      [a.group.code, ['WG-1', 'WG-2']],
      [secondGroup.code, ['WG-3']],
    ]);
    const workshopB = (await app.gql(ProdWorkshopPeople, { id: b.workshop.id })).data!.workshop!;
    expect(workshopB.beneficiaries.map((x) => x.matricule)).toEqual(['WG-5', 'WG-6']);
    expect(workshopB.workGroups[0].members.map((m) => m.matricule)).toEqual(['WG-5', 'WG-6']);
  });
});

describe('role visibility', () => {
  it('shows commercial staff the contribution as aggregates and codes, but never the work records (FORBIDDEN)', async () => {
    const { workshop } = await productionSite(app);
    const beneficiary = await createBeneficiary(app, { matricule: 'VIS-1', mainWorkshopId: workshop.id });
    const { order } = await createOrder(app, [20]);
    const record = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-02', orderLineId: order.lines[0].id, hours: 5.75, quantity: 20 });
    await validateRecords(app, [record.id]);
    const commercial = app.token([Role.COMMERCIAL]);

    const aggregates = await app.gql(ProdOrderContributionCodes, { id: order.id }, commercial);
    expect(aggregates.errors).toBeUndefined();
    expect(aggregates.data!.order!.lines[0].contribution).toEqual({ beneficiaryCount: 1, beneficiaryCodes: ['VIS-1'] });

    const onLine = await app.gql(ProdOrderLineWorkRecords, { id: order.id }, commercial);
    expect(errorCodes(onLine)).toEqual(['FORBIDDEN']);
    expect(onLine.errors![0].path).toEqual(['order', 'lines', 0, 'workRecords']);
    expect(JSON.stringify(onLine)).not.toContain('5.75');

    const list = await app.gql(ProdWorkRecords, { options: { beneficiaryId: beneficiary.id } }, commercial);
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    expect(list.data?.workRecords ?? null).toBeNull();

    const onBeneficiary = await app.gql(ProdBeneficiaryWorkRecords, { id: beneficiary.id }, commercial);
    expect(errorCodes(onBeneficiary)).toEqual(['FORBIDDEN']);
    expect(onBeneficiary.errors![0].path).toEqual(['beneficiary', 'workRecords']);
    expect(JSON.stringify(onBeneficiary)).not.toContain('5.75');

    // The admin reads the same record (the refusals above are about the role, not about missing data).
    const admin = await app.gql(ProdOrderLineWorkRecords, { id: order.id });
    expect(admin.data!.order!.lines[0].workRecords).toEqual([{ id: record.id, hours: 5.75 }]);
  });

  it('refuses every production query to partner and funder tokens (FORBIDDEN), leaking no beneficiary code', async () => {
    const { workshop } = await productionSite(app);
    const beneficiary = await createBeneficiary(app, { matricule: 'SECRET-7', mainWorkshopId: workshop.id });
    const { order } = await createOrder(app, [20]);
    const record = await recordWork(app, { beneficiaryId: beneficiary.id, workDate: '2026-02-03', orderLineId: order.lines[0].id, hours: 3, quantity: 20 });
    await validateRecords(app, [record.id]);

    for (const role of [Role.PARTNER, Role.FUNDER]) {
      const token = app.token([role]);
      const responses = {
        beneficiaries: await app.gql(ProdBeneficiaries, { options: { take: 100 } }, token),
        workRecords: await app.gql(ProdWorkRecords, { options: { take: 100 } }, token),
        workshops: await app.gql(ProdWorkshops, {}, token),
        beneficiary: await app.gql(ProdBeneficiaryCodes, { id: beneficiary.id }, token),
        // contribution { beneficiaryCodes } is reachable only through sales documents or a beneficiary.
        contributionCodes: await app.gql(ProdOrderContributionCodes, { id: order.id }, token),
        beneficiaryContribution: await app.gql(ProdBeneficiaryPeriod, { id: beneficiary.id }, token),
      };
      for (const [name, response] of Object.entries(responses)) {
        expect({ role, name, codes: errorCodes(response) }).toEqual({ role, name, codes: ['FORBIDDEN'] });
        expect(JSON.stringify(response)).not.toContain('SECRET-7');
      }
      expect(responses.beneficiaries.data?.beneficiaries ?? null).toBeNull();
      expect(responses.workshops.data?.workshops ?? null).toBeNull();
      expect(responses.beneficiary.data?.beneficiary ?? null).toBeNull();
    }

    // The same queries answer the admin, and the admin sees the code.
    const admin = await app.gql(ProdOrderContributionCodes, { id: order.id });
    expect(admin.data!.order!.lines[0].contribution.beneficiaryCodes).toEqual(['SECRET-7']);
    expect((await app.gql(ProdWorkshops, {})).data!.workshops.items.map((w) => w.id)).toContain(workshop.id);
  });

  it('keeps another organisation’s workshops and beneficiaries out of sight', async () => {
    const workshop = await createWorkshop(app);
    const beneficiary = await createBeneficiary(app, { matricule: 'OWN-1' });
    const other = app.token([Role.ADMIN], app.fixture.otherOrganizationId);
    const workshops = await app.gql(ProdWorkshops, {}, other);
    expect(workshops.errors).toBeUndefined();
    expect(workshops.data!.workshops.items.map((w) => w.id)).not.toContain(workshop.id);
    const read = await app.gql(ProdBeneficiaryCodes, { id: beneficiary.id }, other);
    expect(read.errors).toBeUndefined();
    expect(read.data!.beneficiary).toBeNull();
  });
});
