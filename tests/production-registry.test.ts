import { useTestApp } from './support/test-server';
import { asType } from './support/sales-builders';
import {
  createBeneficiary, createWorkGroup, createWorkshop, errorCodes, productionSite, rowCount, staffUser,
} from './support/production-builders';
import {
  ProdAddNote, ProdBeneficiaryCodes, ProdBeneficiaryContract, ProdBeneficiaryEntryDate, ProdBeneficiaryIdentity, ProdBeneficiaryNotes,
  ProdBeneficiaryWeeklyHours, ProdBeneficiaryWorkingTime, ProdCreateActivity, ProdCreateBeneficiary, ProdCreateWorkGroup, ProdCreateWorkshop,
  ProdMoveBeneficiary, ProdSetIdentity, ProdWorkshopPeople,
} from './support/production-operations';
import { Role } from '../schema/enums';

/** The production registry: workshops, activities, work groups, beneficiaries, their parcours, identities and notes. */

const app = useTestApp();

describe('creating the registry', () => {
  it('creates a workshop, an activity, a work group and a beneficiary placed in them', async () => {
    const workshopResponse = await app.gql(ProdCreateWorkshop, { input: { establishmentId: String(app.fixture.esatId), code: 'COND', name: 'Conditionnement' } });
    expect(workshopResponse.errors).toBeUndefined();
    const workshop = asType(workshopResponse.data!.createWorkshop, 'Workshop');
    expect(workshop).toMatchObject({ code: 'COND', name: 'Conditionnement', establishmentId: String(app.fixture.esatId) });

    const activity = asType((await app.gql(ProdCreateActivity, { input: { workshopId: workshop.id, code: 'COND-PLI', name: 'Mise sous pli' } })).data!.createActivity, 'Activity');
    expect(activity).toMatchObject({ code: 'COND-PLI', workshopId: workshop.id });
    const group = asType((await app.gql(ProdCreateWorkGroup, { input: { workshopId: workshop.id, code: 'COND-A', name: 'Équipe A' } })).data!.createWorkGroup, 'WorkGroup');
    expect(group).toMatchObject({ code: 'COND-A', workshopId: workshop.id, workshop: { id: workshop.id, code: 'COND' } });

    const created = await app.gql(ProdCreateBeneficiary, {
      input: {
        establishmentId: String(app.fixture.esatId),
        matricule: 'T-0001',
        initials: 'JD',
        status: 'ESAT_WORKER',
        workingTimeRatio: 0.5,
        weeklyHours: 17.5,
        entryDate: '2024-09-02',
        mainWorkshopId: workshop.id,
        workGroupId: group.id,
      },
    });
    expect(created.errors).toBeUndefined();
    const beneficiary = asType(created.data!.createBeneficiary, 'Beneficiary');
    expect(beneficiary).toMatchObject({
      matricule: 'T-0001', initials: 'JD', status: 'ESAT_WORKER', workingTimeRatio: 0.5, weeklyHours: 17.5,
      entryDate: '2024-09-02', exitDate: null, mainWorkshopId: workshop.id, workGroupId: group.id,
    });
    // The parcours starts with the first placement, from the entry date, open-ended.
    expect(beneficiary.parcours).toEqual([{ workshopId: workshop.id, workGroupId: group.id, startDate: '2024-09-02', endDate: null }]);

    const people = await app.gql(ProdWorkshopPeople, { id: workshop.id });
    expect(people.data!.workshop).toMatchObject({ beneficiaries: [{ matricule: 'T-0001' }], workGroups: [{ code: 'COND-A', members: [{ matricule: 'T-0001' }] }] });
  });

  it('refuses a matricule already used in the organisation (DuplicateError), writing nothing', async () => {
    await createBeneficiary(app, { matricule: 'DUP-1' });
    const before = await rowCount(app, 'beneficiary');
    const again = await app.gql(ProdCreateBeneficiary, {
      input: { establishmentId: String(app.fixture.eaId), matricule: 'DUP-1', initials: 'XY', status: 'EA_EMPLOYEE', workingTimeRatio: 1, weeklyHours: 35, entryDate: '2025-06-01' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!.createBeneficiary).toMatchObject({ __typename: 'DuplicateError', errorCode: 'DUPLICATE', field: 'matricule' });
    expect(await rowCount(app, 'beneficiary')).toBe(before);
  });

  it('refuses a workshop code already used (DuplicateError)', async () => {
    await createWorkshop(app, { code: 'ESPV' });
    const again = await app.gql(ProdCreateWorkshop, { input: { establishmentId: String(app.fixture.eaId), code: 'ESPV', name: 'Espaces verts bis' } });
    expect(again.data!.createWorkshop).toMatchObject({ __typename: 'DuplicateError', errorCode: 'DUPLICATE', field: 'code' });
  });
});

describe('the parcours', () => {
  it('closes the current step the day before a move and opens the new one', async () => {
    const first = await productionSite(app);
    const second = await productionSite(app);
    const beneficiary = await createBeneficiary(app, { entryDate: '2025-01-06', mainWorkshopId: first.workshop.id, workGroupId: first.group.id });

    const moved = await app.gql(ProdMoveBeneficiary, {
      input: { beneficiaryId: beneficiary.id, workshopId: second.workshop.id, workGroupId: second.group.id, fromDate: '2026-03-01' },
    });
    expect(moved.errors).toBeUndefined();
    const afterMove = asType(moved.data!.moveBeneficiary, 'Beneficiary');
    expect(afterMove).toMatchObject({ mainWorkshopId: second.workshop.id, workGroupId: second.group.id });
    expect(afterMove.parcours).toEqual([
      // 2026 is not a leap year: the day before 1 March is 28 February.
      { workshopId: first.workshop.id, workGroupId: first.group.id, startDate: '2025-01-06', endDate: '2026-02-28', workshop: { code: first.workshop.code }, workGroup: { code: first.group.code } },
      { workshopId: second.workshop.id, workGroupId: second.group.id, startDate: '2026-03-01', endDate: null, workshop: { code: second.workshop.code }, workGroup: { code: second.group.code } },
    ]);

    // A change of work group only keeps the workshop.
    const otherGroup = await createWorkGroup(app, second.workshop.id);
    const regrouped = asType(
      (await app.gql(ProdMoveBeneficiary, { input: { beneficiaryId: beneficiary.id, workGroupId: otherGroup.id, fromDate: '2026-06-15' } })).data!.moveBeneficiary,
      'Beneficiary',
    );
    expect(regrouped).toMatchObject({ mainWorkshopId: second.workshop.id, workGroupId: otherGroup.id });
    expect(regrouped.parcours.map((step) => [step.workshopId, step.workGroupId, step.startDate, step.endDate])).toEqual([
      [first.workshop.id, first.group.id, '2025-01-06', '2026-02-28'],
      [second.workshop.id, second.group.id, '2026-03-01', '2026-06-14'],
      [second.workshop.id, otherGroup.id, '2026-06-15', null],
    ]);

    // The group lists follow the move.
    const people = await app.gql(ProdWorkshopPeople, { id: first.workshop.id });
    expect(people.data!.workshop!.beneficiaries.map((b) => b.matricule)).not.toContain(beneficiary.matricule);
    expect(people.data!.workshop!.workGroups[0].members.map((b) => b.matricule)).not.toContain(beneficiary.matricule);
  });

  it('refuses a move dated on or before the start of the current step (BAD_USER_INPUT), changing nothing', async () => {
    const first = await productionSite(app);
    const second = await productionSite(app);
    const beneficiary = await createBeneficiary(app, { entryDate: '2025-04-01', mainWorkshopId: first.workshop.id, workGroupId: first.group.id });
    const before = await rowCount(app, 'beneficiary_assignment');
    const refused = await app.gql(ProdMoveBeneficiary, { input: { beneficiaryId: beneficiary.id, workshopId: second.workshop.id, fromDate: '2025-04-01' } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(await rowCount(app, 'beneficiary_assignment')).toBe(before);
    const [row] = await app.sql<{ main_workshop_id: number }>('select main_workshop_id from beneficiary where id = $1', [beneficiary.id]);
    expect(String(row.main_workshop_id)).toBe(first.workshop.id);
  });
});

describe('what each role sees of a beneficiary', () => {
  it('shows the civil identity to the admin and médico-social roles only (FORBIDDEN on the field for the others)', async () => {
    const beneficiary = await createBeneficiary(app);
    const set = await app.gql(ProdSetIdentity, { input: { beneficiaryId: beneficiary.id, lastName: 'Durandal', firstName: 'Josiane' } });
    expect(set.errors).toBeUndefined();
    asType(set.data!.setBeneficiaryIdentity, 'Beneficiary');

    for (const role of [Role.ADMIN, Role.MEDICO_SOCIAL]) {
      const read = await app.gql(ProdBeneficiaryIdentity, { id: beneficiary.id }, app.token([role]));
      expect(read.errors).toBeUndefined();
      expect(read.data!.beneficiary!.identity).toEqual({ lastName: 'Durandal', firstName: 'Josiane' });
    }
    for (const role of [Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR]) {
      const read = await app.gql(ProdBeneficiaryIdentity, { id: beneficiary.id }, app.token([role]));
      expect(errorCodes(read)).toEqual(['FORBIDDEN']);
      expect(read.errors![0].path).toEqual(['beneficiary', 'identity']);
      expect(JSON.stringify(read)).not.toContain('Durandal');
      // The pseudonymous codes stay readable for these roles.
      const codes = await app.gql(ProdBeneficiaryCodes, { id: beneficiary.id }, app.token([role]));
      expect(codes.errors).toBeUndefined();
      expect(codes.data!.beneficiary).toMatchObject({ matricule: beneficiary.matricule, initials: 'AB' });
    }
  });

  it('lets a commercial or viewer neither set nor read an identity', async () => {
    const beneficiary = await createBeneficiary(app);
    const set = await app.gql(ProdSetIdentity, { input: { beneficiaryId: beneficiary.id, lastName: 'Martin', firstName: 'Paul' } }, app.token([Role.COMMERCIAL]));
    expect(errorCodes(set)).toEqual(['FORBIDDEN']);
    expect(await app.sql('select 1 from beneficiary_identity where beneficiary_id = $1', [beneficiary.id])).toHaveLength(0);
  });

  it('shows médico-social notes to the médico-social role only: even the admin gets FORBIDDEN', async () => {
    const beneficiary = await createBeneficiary(app);
    const medico = await staffUser(app, [Role.MEDICO_SOCIAL]);
    const added = await app.gql(ProdAddNote, { input: { beneficiaryId: beneficiary.id, noteDate: '2026-10-05', body: 'Entretien de suivi : fatigue signalée' } }, medico.token);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addMedicoSocialNote).toMatchObject({ __typename: 'MedicoSocialNote', noteDate: '2026-10-05', beneficiaryId: beneficiary.id });

    const read = await app.gql(ProdBeneficiaryNotes, { id: beneficiary.id }, medico.token);
    expect(read.errors).toBeUndefined();
    expect(read.data!.beneficiary!.notes).toEqual([{ noteDate: '2026-10-05', body: 'Entretien de suivi : fatigue signalée' }]);

    for (const role of [Role.ADMIN, Role.SUPERVISOR, Role.COMMERCIAL, Role.VIEWER]) {
      const denied = await app.gql(ProdBeneficiaryNotes, { id: beneficiary.id }, app.token([role]));
      expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
      expect(denied.errors![0].path).toEqual(['beneficiary', 'notes']);
      expect(JSON.stringify(denied)).not.toContain('fatigue');
    }
    const adminWrite = await app.gql(ProdAddNote, { input: { beneficiaryId: beneficiary.id, noteDate: '2026-10-06', body: 'Note de l’admin' } });
    expect(errorCodes(adminWrite)).toEqual(['FORBIDDEN']);
    expect(await app.sql('select 1 from medico_social_note where beneficiary_id = $1', [beneficiary.id])).toHaveLength(1);
  });

  it('hides contract details (working-time ratio, weekly hours, entry date) from commercial and viewer', async () => {
    const beneficiary = await createBeneficiary(app, { workingTimeRatio: 0.6, weeklyHours: 21, entryDate: '2023-05-15' });
    for (const role of [Role.ADMIN, Role.SUPERVISOR, Role.MEDICO_SOCIAL]) {
      const read = await app.gql(ProdBeneficiaryContract, { id: beneficiary.id }, app.token([role]));
      expect(read.errors).toBeUndefined();
      expect(read.data!.beneficiary).toMatchObject({ matricule: beneficiary.matricule, workingTimeRatio: 0.6, weeklyHours: 21, entryDate: '2023-05-15' });
    }
    for (const role of [Role.COMMERCIAL, Role.VIEWER]) {
      const token = app.token([role]);
      const reads = {
        workingTimeRatio: () => app.gql(ProdBeneficiaryWorkingTime, { id: beneficiary.id }, token),
        weeklyHours: () => app.gql(ProdBeneficiaryWeeklyHours, { id: beneficiary.id }, token),
        entryDate: () => app.gql(ProdBeneficiaryEntryDate, { id: beneficiary.id }, token),
      };
      for (const [field, run] of Object.entries(reads)) {
        const read = await run();
        expect(errorCodes(read)).toEqual(['FORBIDDEN']);
        expect(read.errors![0].path).toEqual(['beneficiary', field]);
        expect(read.data?.beneficiary ?? null).toBeNull();
      }
      const all = await app.gql(ProdBeneficiaryContract, { id: beneficiary.id }, token);
      expect(errorCodes(all).length).toBeGreaterThan(0);
      expect(new Set(errorCodes(all))).toEqual(new Set(['FORBIDDEN']));
      expect(JSON.stringify(all)).not.toContain('2023-05-15');
    }
  });
});
