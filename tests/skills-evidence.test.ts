import { graphql } from './gql';
import { useTestApp } from './support/test-server';
import { asType, createOrder } from './support/sales-builders';
import { createBeneficiary, createSheet, errorCodes, productionSite, recordWork, staffUser, supervisorOf, validateRecords } from './support/production-builders';
import { Role } from '../schema/enums';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { SteerCreateObjective } from './support/steering-operations';
import { asOrganization } from './support/steering-fixture';
import { downloadWith, pdfLayoutText } from './support/pdf-tools';

/**
 * The skills referential and a beneficiary's evidence (carnet de parcours et de compétences): the
 * activities practised with their validated hours and quality month by month, the skills those
 * activities are linked to with the source of their job standard, the parcours and its steps, the
 * individual objectives of the period with their progress from the reporting layer. The
 * médico-social team reads it, supervisors for the beneficiaries of their workshops; sales staff,
 * partners and funders never.
 */

const app = useTestApp();

const CreateStandard = graphql(`
  mutation SkillsCreateStandard($input: JobStandardInput!) {
    createJobStandard(input: $input) { __typename ... on JobStandard { id code title source } ... on ErrorResult { errorCode message } }
  }
`);
const CreateSkill = graphql(`
  mutation SkillsCreateSkill($input: SkillInput!) {
    createSkill(input: $input) { __typename ... on Skill { id code label jobStandard { code } } ... on ErrorResult { errorCode message } }
  }
`);
const SetActivitySkills = graphql(`
  mutation SkillsSetActivitySkills($input: ActivitySkillsInput!) {
    setActivitySkills(input: $input) { __typename ... on Activity { id skills { code } } ... on ErrorResult { errorCode message } }
  }
`);
const Standards = graphql(`
  query SkillsStandards { jobStandards { code source skills { code label } } }
`);
const Evidence = graphql(`
  query SkillsEvidenceQuery($beneficiaryId: ID!, $from: LocalDate!, $to: LocalDate!) {
    skillsEvidence(beneficiaryId: $beneficiaryId, from: $from, to: $to) {
      matricule
      activities { activity workshop firstDate lastDate hours quantity rejectedQuantity quality
        months { month hours quantity rejectedQuantity quality }
        skills { code label jobStandardCode source } }
      skills { code }
      parcours { workshop startDate endDate }
      pathwaySteps { kind title startDate hours }
      objectives { title measure periodStart periodEnd target status progress { actual progress reached } }
    }
  }
`);
const Carnet = graphql(`
  query SkillsCarnetUrl($beneficiaryId: ID!, $from: LocalDate!, $to: LocalDate!) {
    skillsEvidence(beneficiaryId: $beneficiaryId, from: $from, to: $to) { matricule carnetUrl }
  }
`);
const RecordStep = graphql(`
  mutation SkillsRecordStep($input: PathwayStepInput!) {
    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id } ... on ErrorResult { errorCode message } }
  }
`);

const ok = <T>(response: { errors?: unknown; data?: T | null }) => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
};

describe('skills evidence', () => {
  let beneficiaryId: string;
  let workshopId: string;

  beforeAll(async () => {
    const site = await productionSite(app);
    workshopId = site.workshop.id;
    const standard = asType(ok(await app.gql(CreateStandard, { input: { code: 'CAP-OL', title: 'CAP Opérateur logistique', source: 'Éducation nationale, référentiel du CAP' } })).createJobStandard, 'JobStandard');
    const again = ok(await app.gql(CreateStandard, { input: { code: 'CAP-OL', title: 'Doublon', source: 'x' } })).createJobStandard;
    expect(again.__typename === 'DuplicateError' && again.errorCode).toBe('DUPLICATE');
    const skill = asType(ok(await app.gql(CreateSkill, { input: { jobStandardId: standard.id, code: 'COND', label: 'Conditionner et étiqueter des produits' } })).createSkill, 'Skill');
    expect(skill.jobStandard.code).toBe('CAP-OL');
    const linked = asType(ok(await app.gql(SetActivitySkills, { input: { activityId: site.activity.id, skillIds: [skill.id] } })).setActivitySkills, 'Activity');
    expect(linked.skills).toEqual([{ code: 'COND' }]);
    const unknown = ok(await app.gql(SetActivitySkills, { input: { activityId: site.activity.id, skillIds: ['999999'] } })).setActivitySkills;
    expect(unknown.__typename === 'NotFoundError' && unknown.errorCode).toBe('NOT_FOUND');

    const beneficiary = await createBeneficiary(app, { mainWorkshopId: site.workshop.id, entryDate: '2025-01-06' });
    beneficiaryId = beneficiary.id;
    const { order } = await createOrder(app, [500, 20]);
    const sheet = await createSheet(app, {
      orderId: order.id, workshopId: site.workshop.id, plannedStart: '2026-01-05', plannedEnd: '2026-02-27',
      tasks: [{ orderLineId: order.lines[0].id, activityId: site.activity.id, plannedQuantity: 500 }],
    });
    const taskId = sheet.tasks[0].id;
    const records = [
      await recordWork(app, { beneficiaryId, workDate: '2026-01-12', productionTaskId: taskId, hours: 6, quantity: 200, rejectedQuantity: 10 }),
      await recordWork(app, { beneficiaryId, workDate: '2026-01-13', productionTaskId: taskId, hours: 5, quantity: 100, rejectedQuantity: 0 }),
      await recordWork(app, { beneficiaryId, workDate: '2026-02-02', productionTaskId: taskId, hours: 4, quantity: 100, rejectedQuantity: 5 }),
      // Without a task: the catalog item's activity names it.
      await recordWork(app, { beneficiaryId, workDate: '2026-02-03', orderLineId: order.lines[1].id, hours: 2, quantity: 20 }),
    ];
    await validateRecords(app, records.map((record) => record.id));
    // Recorded, not validated: no evidence yet.
    await recordWork(app, { beneficiaryId, workDate: '2026-02-04', productionTaskId: taskId, hours: 7, quantity: 300, rejectedQuantity: 300 });
    asType(ok(await app.gql(RecordStep, { input: { beneficiaryId, kind: 'RAE_ENROLMENT', startDate: '2026-01-20', title: 'Démarche RAE', jobStandardId: standard.id } })).recordPathwayStep, 'PathwayStep');
    const objective = async (title: string, measure: 'HOURS' | 'QUALITY', periodStart: string, periodEnd: string, target: number) =>
      asType(ok(await app.gql(SteerCreateObjective, { input: { scope: 'INDIVIDUAL', beneficiaryId, measure, periodStart, periodEnd, target, title } }, app.token([Role.MEDICO_SOCIAL]))).createObjective, 'Objective');
    await objective('Tenir 15 heures', 'HOURS', '2026-01-01', '2026-02-28', 15);
    await objective('Qualité de 99 %', 'QUALITY', '2026-02-01', '2026-02-28', 0.99);
    // Outside the period asked for: not listed.
    await objective('Heures de juin', 'HOURS', '2026-06-01', '2026-06-30', 20);
    await withDriverClient(app.dataSource, foldReporting);
  });

  it('gives the activities practised with hours and quality, the skills they evidence and the parcours', async () => {
    const evidence = ok(await app.gql(Evidence, { beneficiaryId, from: '2026-01-01', to: '2026-02-28' }, app.token([Role.MEDICO_SOCIAL]))).skillsEvidence!;
    expect(evidence.activities).toEqual([
      // 1 − 15 ÷ 400 over the period; January 1 − 10 ÷ 300, February 1 − 5 ÷ 100
      { activity: 'Mise sous pli', workshop: 'Atelier conditionnement', firstDate: '2026-01-12', lastDate: '2026-02-02', hours: 15, quantity: 400, rejectedQuantity: 15, quality: 0.9625,
        months: [{ month: '2026-01-01', hours: 11, quantity: 300, rejectedQuantity: 10, quality: 0.9667 }, { month: '2026-02-01', hours: 4, quantity: 100, rejectedQuantity: 5, quality: 0.95 }],
        skills: [{ code: 'COND', label: 'Conditionner et étiqueter des produits', jobStandardCode: 'CAP-OL', source: 'Éducation nationale, référentiel du CAP' }] },
      { activity: 'conditionnement', workshop: null, firstDate: '2026-02-03', lastDate: '2026-02-03', hours: 2, quantity: 20, rejectedQuantity: 0, quality: 1,
        months: [{ month: '2026-02-01', hours: 2, quantity: 20, rejectedQuantity: 0, quality: 1 }], skills: [] },
    ]);
    expect(evidence.skills).toEqual([{ code: 'COND' }]);
    expect(evidence.parcours).toEqual([{ workshop: 'Atelier conditionnement', startDate: '2025-01-06', endDate: null }]);
    expect(evidence.pathwaySteps).toEqual([{ kind: 'RAE_ENROLMENT', title: 'Démarche RAE', startDate: '2026-01-20', hours: null }]);
    // Objectives count the steering indicators' recorded work (validated or not, as every dashboard):
    // hours 6 + 5 + 4 + 2 + 7 of January and February, reached; quality of February 1 − 305 ÷ 420, not reached.
    expect(evidence.objectives).toEqual([
      { title: 'Tenir 15 heures', measure: 'HOURS', periodStart: '2026-01-01', periodEnd: '2026-02-28', target: 15, status: 'OPEN', progress: { actual: 24, progress: 1.6, reached: true } },
      { title: 'Qualité de 99 %', measure: 'QUALITY', periodStart: '2026-02-01', periodEnd: '2026-02-28', target: 0.99, status: 'OPEN', progress: { actual: 0.2738, progress: 0.2766, reached: false } },
    ]);
    const view = await asOrganization<{ actual: string; reached: boolean }>(app,
      `select actual_value as actual, reached from reporting.fct_objective_progress where beneficiary_id = $1 and period_start <= '2026-02-28' order by period_start`, [beneficiaryId]);
    expect(view.map((row) => [Number(row.actual), row.reached])).toEqual(evidence.objectives.map((row) => [row.progress!.actual, row.progress!.reached]));
    const [trace] = await app.sql<{ beneficiary_ids: string[] }>(
      `select beneficiary_ids from audit_log where operation = 'read' and entity = 'work_record' order by id desc limit 1`);
    expect(trace.beneficiary_ids.map(String)).toEqual([beneficiaryId]);
  });

  it('lets supervisors read the beneficiaries of their workshops only, and never sales staff, partners or funders', async () => {
    const period = { beneficiaryId, from: '2026-01-01', to: '2026-02-28' };
    const mine = await supervisorOf(app, [workshopId]);
    expect(ok(await app.gql(Evidence, period, mine.token)).skillsEvidence!.activities).toHaveLength(2);
    const other = await supervisorOf(app, [(await productionSite(app)).workshop.id]);
    expect(errorCodes(await app.gql(Evidence, period, other.token))).toEqual(['FORBIDDEN']);
    for (const role of [Role.COMMERCIAL, Role.VIEWER, Role.PARTNER, Role.FUNDER]) {
      const { token } = await staffUser(app, [role]);
      const response = await app.gql(Evidence, period, token);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response.data ?? null)).not.toMatch(/Mise sous pli/);
    }
    const { token: funder } = await staffUser(app, [Role.FUNDER]);
    expect(errorCodes(await app.gql(Standards, {}, funder))).toEqual(['FORBIDDEN']);
    expect(ok(await app.gql(Standards, {}, app.token([Role.COMMERCIAL]))).jobStandards).toEqual([
      { code: 'CAP-OL', source: 'Éducation nationale, référentiel du CAP', skills: [{ code: 'COND', label: 'Conditionner et étiqueter des produits' }] },
    ]);
    expect(errorCodes(await app.gql(Evidence, { ...period, from: '2026-03-01' }, app.token([Role.MEDICO_SOCIAL])))).toEqual(['BAD_USER_INPUT']);
  });

  it('prints the carnet as a PDF for the médico-social team: activities, hours and quality per activity, skills, objectives reached, nobody else\'s data', async () => {
    // Another beneficiary of the same workshop, with work and an objective of the same period: never in this carnet.
    const other = await createBeneficiary(app, { mainWorkshopId: workshopId, entryDate: '2025-01-06', matricule: 'CARNET-AUTRE' });
    const { order } = await createOrder(app, [50]);
    await validateRecords(app, [(await recordWork(app, { beneficiaryId: other.id, workDate: '2026-01-14', orderLineId: order.lines[0].id, hours: 3.25, quantity: 7 })).id]);
    asType(ok(await app.gql(SteerCreateObjective, { input: { scope: 'INDIVIDUAL', beneficiaryId: other.id, measure: 'HOURS', periodStart: '2026-01-01', periodEnd: '2026-01-31', target: 3, title: 'Objectif de quelqu\'un d\'autre' } },
      app.token([Role.MEDICO_SOCIAL]))).createObjective, 'Objective');
    await withDriverClient(app.dataSource, foldReporting);

    const period = { beneficiaryId, from: '2026-01-01', to: '2026-02-28' };
    const medical = app.token([Role.MEDICO_SOCIAL]);
    const { matricule, carnetUrl } = ok(await app.gql(Carnet, period, medical)).skillsEvidence!;
    expect(carnetUrl).toBe(`/documents/beneficiaries/${beneficiaryId}/carnet.pdf?from=2026-01-01&to=2026-02-28`);
    const carnet = await downloadWith(app.server.app, carnetUrl, medical);
    expect([carnet.status, carnet.type]).toEqual([200, 'application/pdf']);
    const lines = pdfLayoutText(carnet.body).split('\n').map((line) => line.trim());
    expect(lines).toEqual(expect.arrayContaining([
      `Matricule ${matricule}`,
      // per activity: validated hours and quality over the period (1 − 15 ÷ 400), then month by month
      'Mise sous pli - Atelier conditionnement : 15 h, qualité 96,3 % (du 12/01/2026 au 02/02/2026)',
      '2026-01 11 300 10 96,7 %',
      '2026-02 4 100 5 95 %',
      'conditionnement : 2 h, qualité 100 % (du 03/02/2026 au 03/02/2026)',
      'Compétences : Conditionner et étiqueter des produits (CAP-OL)',
      '- Entrée en démarche RAE : Démarche RAE, le 20/01/2026',
      // objectives: the reporting layer's progress (24 h recorded against 15; quality 27,4 % against 99 %)
      'Tenir 15 heures (heures) 01/01/2026 - 28/02/2026 15 24 atteint',
      'Qualité de 99 % (qualité) 01/02/2026 - 28/02/2026 99 % 27,4 % non atteint',
    ]));
    const text = lines.join(' ');
    expect(text).not.toMatch(/CARNET-AUTRE|quelqu'un d'autre|3,25/);
    expect(text).not.toMatch(/Heures de juin/);

    // A supervisor of the workshop reads it; of another workshop, sales staff, partners and funders never.
    expect((await downloadWith(app.server.app, carnetUrl, (await supervisorOf(app, [workshopId])).token)).status).toBe(200);
    const otherWorkshop = await supervisorOf(app, [(await productionSite(app)).workshop.id]);
    const refusals = [otherWorkshop.token];
    for (const role of [Role.COMMERCIAL, Role.PARTNER, Role.FUNDER]) refusals.push((await staffUser(app, [role])).token);
    for (const token of refusals) {
      const refused = await downloadWith(app.server.app, carnetUrl, token);
      expect([refused.status, JSON.parse(refused.body.toString()).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await downloadWith(app.server.app, carnetUrl)).status).toBe(401);
    expect((await downloadWith(app.server.app, `/documents/beneficiaries/${beneficiaryId}/carnet.pdf?from=2026-01-01`, medical)).status).toBe(400);
    expect((await downloadWith(app.server.app, '/documents/beneficiaries/999999/carnet.pdf?from=2026-01-01&to=2026-02-28', medical)).status).toBe(404);
  });
});
