import request from 'supertest';
import { graphql } from './gql';
import type { ExitDestination, PathwayStepKind } from './gql/graphql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, issue, orderFor } from './support/sales-builders';
import { createBeneficiary, errorCodes, recordWork, staffUser, validateRecords } from './support/production-builders';
import { signStaffToken } from '../api/auth/token';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { Role } from '../schema/enums';
import { downloadWith, pdfFonts, pdfInfo, pdfLayoutText, pdfText } from './support/pdf-tools';

/**
 * funderReport on a small establishment whose figures are worked out by hand (year 2025, privacy
 * threshold 3): eight ESAT workers, two entries, four exits (one to ordinary employment, three to
 * another ESAT), one return under the droit au retour, MAD, training and RAE steps, capacity changing
 * mid-year. The figures equal the hand-computed ones and the reporting views' totals; small groups
 * are withheld with the reason stated, including the ones a reader would get by subtraction; funder
 * accounts read their own establishments' ended years, unchanged once published, and nothing else.
 */

const app = useTestApp();

const Report = graphql(`
  query FunderReportQuery($establishmentId: ID!, $year: Int!) {
    funderReport(establishmentId: $establishmentId, year: $year) {
      establishmentId year provisional publishedAt privacyThreshold capacityKind capacity occupancyFte occupancyDays
      total { people fte hours workingDaysPresent withheld withheldReason }
      byStatus { status people fte hours withheld withheldReason }
      byAgeBand { ageBand people fte hours withheld withheldReason }
      revenue { activity serviceType netHtCents } revenueTotalCents
      madContracts
      mad { people hours withheld withheldReason }
      prestationEnEntreprise { people hours withheld withheldReason }
      entries { people withheld withheldReason }
      exits { people withheld withheldReason }
      exitsByDestination { destination people withheld withheldReason }
      returns { people withheld withheldReason }
      returnsUnderRightToReturn { people withheld withheldReason }
      training { people hours withheld withheldReason }
      raeEnrolled { people withheld withheldReason }
      raeAttested { people withheld withheldReason }
      aged50Plus { people withheld withheldReason }
      disclosureNotes csvUrl pdfUrl
    }
  }
`);

const SetCapacity = graphql(`
  mutation FunderSetCapacity($input: EstablishmentCapacityInput!) {
    setEstablishmentCapacity(input: $input) { __typename ... on EstablishmentCapacity { id kind validFrom value source } ... on ErrorResult { errorCode message } }
  }
`);
const RecordExit = graphql(`
  mutation FunderRecordExit($input: BeneficiaryExitInput!) {
    recordBeneficiaryExit(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate exitReason exitDestination rightToReturn } } ... on ErrorResult { errorCode message } }
  }
`);
const RecordReturn = graphql(`
  mutation FunderRecordReturn($input: BeneficiaryReturnInput!) {
    recordBeneficiaryReturn(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate rightToReturn } } ... on ErrorResult { errorCode message } }
  }
`);
const SetBirthYear = graphql(`
  mutation FunderSetBirthYear($input: BeneficiaryBirthYearInput!) {
    setBeneficiaryBirthYear(input: $input) { __typename ... on Beneficiary { id birthYear } ... on ErrorResult { errorCode message } }
  }
`);
const RecordStep = graphql(`
  mutation FunderRecordStep($input: PathwayStepInput!) {
    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id kind startDate hours title } ... on ErrorResult { errorCode message } }
  }
`);
const CreateFunder = graphql(`
  mutation CreateFunder($input: UserInput!) {
    createUser(input: $input) { __typename ... on User { id roles establishmentIds } ... on ErrorResult { errorCode message } }
  }
`);
const FunderReadsBeneficiaries = graphql(`
  query FunderReadsBeneficiaries { beneficiaries(options: { take: 5 }) { items { matricule } } }
`);

type Person = { matricule: string; entryDate: string; ratio: number; birthYear?: number };
const PEOPLE: Person[] = [
  { matricule: 'F1', entryDate: '2024-03-01', ratio: 1, birthYear: 1970 },
  { matricule: 'F2', entryDate: '2024-05-01', ratio: 0.5, birthYear: 1990 },
  { matricule: 'F3', entryDate: '2025-03-01', ratio: 1, birthYear: 2001 },
  { matricule: 'F4', entryDate: '2023-01-01', ratio: 0.8, birthYear: 1972 },
  { matricule: 'F5', entryDate: '2025-09-01', ratio: 1, birthYear: 1968 },
  { matricule: 'F6', entryDate: '2024-01-01', ratio: 1 },
  { matricule: 'F7', entryDate: '2024-01-01', ratio: 1, birthYear: 1980 },
  { matricule: 'F8', entryDate: '2024-01-01', ratio: 1, birthYear: 1985 },
];

const esat = () => String(app.fixture.esatId);

/** Reads reporting views as the API does: in the fixture organisation (app.organization_id), in a transaction of its own. */
async function asViewer<Row>(sql: string, values: unknown[]): Promise<Row[]> {
  return withDriverClient(app.dataSource, async (client) => {
    await client.query('begin');
    try {
      await client.query(`select set_config('app.organization_id', $1, true)`, [String(app.fixture.organizationId)]);
      return (await client.query(sql, values)).rows as Row[];
    } finally {
      await client.query('rollback');
    }
  });
}
const ok = <T>(response: { errors?: unknown; data?: T | null }) => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
};

describe('funderReport', () => {
  const ids: Record<string, string> = {};
  let funderToken: string;

  beforeAll(async () => {
    for (const person of PEOPLE) {
      const created = await createBeneficiary(app, { matricule: person.matricule, entryDate: person.entryDate, workingTimeRatio: person.ratio, weeklyHours: 35 * person.ratio });
      ids[person.matricule] = created.id;
      if (person.birthYear) asType(ok(await app.gql(SetBirthYear, { input: { beneficiaryId: created.id, birthYear: person.birthYear } })).setBeneficiaryBirthYear, 'Beneficiary');
    }
    for (const [validFrom, value] of [['2024-01-01', 10], ['2025-07-01', 12]] as const) {
      asType(ok(await app.gql(SetCapacity, { input: { establishmentId: esat(), kind: 'AUTHORIZED_PLACES', validFrom, value, source: 'Arrêté ARS 2024-17' } })).setEstablishmentCapacity, 'EstablishmentCapacity');
    }
    // Work: MAD hours for F1, F2, F6 (one catalog item made a MAD service), production for the others.
    const customer = await createCustomer(app);
    const items = [await createCatalogItem(app), await createCatalogItem(app)];
    await app.sql(`update catalog_item set service_type = 'mise_a_disposition' where id = $1`, [items[0].id]);
    const order = await orderFor(app, customer.id, items.map((item) => ({ catalogItemId: item.id, quantity: 100 })), { orderDate: '2025-01-10' });
    const [mad, production] = order.lines;
    const work: [string, string, string, number][] = [
      ['F1', '2025-02-03', mad.id, 10], ['F2', '2025-02-04', mad.id, 8], ['F6', '2025-02-05', mad.id, 9],
      ['F3', '2025-04-01', production.id, 6], ['F4', '2025-03-03', production.id, 5], ['F7', '2025-02-10', production.id, 4],
      ['F8', '2025-03-10', production.id, 4], ['F5', '2025-10-01', production.id, 3],
    ];
    const records = [];
    for (const [matricule, workDate, orderLineId, hours] of work) records.push(await recordWork(app, { beneficiaryId: ids[matricule], workDate, orderLineId, hours, quantity: 1 }));
    await validateRecords(app, records.map((record) => record.id));
    // Not validated: never counted.
    await recordWork(app, { beneficiaryId: ids.F1, workDate: '2025-05-05', orderLineId: production.id, hours: 7, quantity: 1 });

    const exit = async (matricule: string, exitDate: string, destination: ExitDestination) =>
      asType(ok(await app.gql(RecordExit, { input: { beneficiaryId: ids[matricule], exitDate, reason: 'PROFESSIONAL_PROJECT', destination } })).recordBeneficiaryExit, 'Beneficiary');
    await exit('F3', '2025-08-31', 'ORDINARY_EMPLOYMENT');
    await exit('F4', '2025-06-30', 'OTHER_ESAT');
    await exit('F7', '2025-02-28', 'OTHER_ESAT');
    await exit('F8', '2025-04-30', 'OTHER_ESAT');
    const returned = asType(ok(await app.gql(RecordReturn, { input: { beneficiaryId: ids.F3, returnDate: '2025-11-01', rightToReturn: true } })).recordBeneficiaryReturn, 'Beneficiary');
    expect(returned.exitDate).toBeNull();
    expect(returned.movements.map((m) => [m.kind, m.movementDate, m.rightToReturn])).toEqual([['EXIT', '2025-08-31', null], ['RETURN', '2025-11-01', true]]);

    const step = async (matricule: string, kind: PathwayStepKind, startDate: string, hours?: number) =>
      asType(ok(await app.gql(RecordStep, { input: { beneficiaryId: ids[matricule], kind, startDate, hours, title: 'Hygiène en restauration collective' } })).recordPathwayStep, 'PathwayStep');
    for (const matricule of ['F1', 'F2', 'F3', 'F4', 'F5', 'F7', 'F8']) await step(matricule, 'TRAINING', '2025-02-01', 7);
    for (const matricule of ['F1', 'F2', 'F4']) await step(matricule, 'RAE_ENROLMENT', '2025-03-01');
    await step('F1', 'RAE_ATTESTATION', '2025-11-15');
    // Everything delivered and invoiced in 2025: 100 × 12.50 € HT on each line.
    await issue(app, (await draftInvoice(app, [(await deliver(app, order.id, undefined, '2025-06-30')).id])).id, '2025-07-01');
    await withDriverClient(app.dataSource, foldReporting);

    const funder = asType(ok(await app.gql(CreateFunder, { input: { email: 'ars@financeur.fr', displayName: 'ARS Auvergne-Rhône-Alpes', roles: ['FUNDER'], establishmentIds: [esat()] } })).createUser, 'User');
    expect(funder.establishmentIds).toEqual([esat()]);
    funderToken = signStaffToken(TEST_SECRET, { userId: Number(funder.id), organizationId: app.fixture.organizationId, roles: [Role.FUNDER] });
  });

  it('gives the hand-computed figures, withholding groups under three people with the reason', async () => {
    const report = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport;
    expect(report.provisional).toBe(false);
    expect(report.publishedAt).toBeNull();
    // FTE: 1 + 0.5 + 245/365 + 181/365 × 0.8 + 122/365 + 1 + 59/365 + 120/365 = 4.39 → 4.4; hours 10+8+9+6+5+4+4+3.
    expect(report.total).toEqual({ people: 8, fte: 4.4, hours: 49, workingDaysPresent: expect.any(Number), withheld: false, withheldReason: null });
    expect(report.byStatus).toEqual([{ status: 'ESAT_WORKER', people: 8, fte: 4.4, hours: 49, withheld: false, withheldReason: null }]);
    expect(report.byAgeBand).toEqual([
      { ageBand: 'UNDER_26', people: null, fte: null, hours: null, withheld: true, withheldReason: 'TOO_FEW_BENEFICIARIES' },
      // F2 0.5, F7 59/365, F8 120/365; 8 + 4 + 4 hours
      { ageBand: 'FROM_26_TO_49', people: 3, fte: 1, hours: 16, withheld: false, withheldReason: null },
      // F1 1, F4 181/365 × 0.8, F5 122/365; 10 + 5 + 3 hours
      { ageBand: 'FIFTY_AND_OVER', people: 3, fte: 1.7, hours: 18, withheld: false, withheldReason: null },
      { ageBand: 'NOT_RECORDED', people: null, fte: null, hours: null, withheld: true, withheldReason: 'TOO_FEW_BENEFICIARIES' },
    ]);
    expect(report.aged50Plus).toEqual({ people: 3, withheld: false, withheldReason: null });
    // (10 × 181 + 12 × 184) ÷ 365 places; FTE 4.3925 ÷ 11.01
    expect(report.capacityKind).toBe('AUTHORIZED_PLACES');
    expect(report.capacity).toBe(11.01);
    expect(report.occupancyFte).toBe(0.399);
    expect(report.mad).toEqual({ people: 3, hours: 27, withheld: false, withheldReason: null });
    expect(report.madContracts).toBe(0);
    expect(report.revenue).toEqual([
      { activity: 'conditionnement', serviceType: 'MISE_A_DISPOSITION', netHtCents: 125000 },
      { activity: 'conditionnement', serviceType: 'PRODUCTION', netHtCents: 125000 },
    ]);
    expect(report.revenueTotalCents).toBe(250000);
    expect(report.entries).toEqual({ people: null, withheld: true, withheldReason: 'TOO_FEW_BENEFICIARIES' });
    expect(report.exits).toEqual({ people: 4, withheld: false, withheldReason: null });
    // One exit to ordinary employment: withheld; so is the other-ESAT cell, else it would be 4 − 3.
    expect(report.exitsByDestination).toEqual([
      { destination: 'ORDINARY_EMPLOYMENT', people: null, withheld: true, withheldReason: 'TOO_FEW_BENEFICIARIES' },
      { destination: 'OTHER_ESAT', people: null, withheld: true, withheldReason: 'COMPLEMENTARY' },
    ]);
    expect(report.returns).toEqual({ people: null, withheld: true, withheldReason: 'TOO_FEW_BENEFICIARIES' });
    expect(report.returnsUnderRightToReturn.withheld).toBe(true);
    // Seven of eight trained: publishing 7 beside 8 would single out the one who was not.
    expect(report.training).toEqual({ people: null, hours: null, withheld: true, withheldReason: 'COMPLEMENTARY' });
    expect(report.raeEnrolled).toEqual({ people: 3, withheld: false, withheldReason: null });
    expect(report.raeAttested).toEqual({ people: null, withheld: true, withheldReason: 'TOO_FEW_BENEFICIARIES' });
    expect(report.prestationEnEntreprise).toEqual({ people: 0, hours: 0, withheld: false, withheldReason: null });
    expect(report.disclosureNotes.join('\n')).toMatch(/Formation : masqué \(masqué pour qu'un autre chiffre masqué ne se déduise pas par différence\)/);
    expect(report.disclosureNotes.join('\n')).toMatch(/Sorties — Milieu ordinaire : masqué \(moins de 3 personnes\)/);
    expect(report.csvUrl).toBe(`/reports/funder/${esat()}/2025.csv`);
    expect(report.pdfUrl).toBe(`/reports/funder/${esat()}/2025.pdf`);
  });

  it('prints the same figures as PDF/A, every section, the withheld ones as "masqué" and the disclosure rules stated', async () => {
    const report = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport;
    const response = await downloadWith(app.server.app, report.pdfUrl, app.token([Role.VIEWER]));
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/pdf');
    const pdf = response.body;
    expect(pdfInfo(pdf).metadata).toMatch(/pdfaid:part>3</);
    expect(pdfFonts(pdf).every((font) => font.embedded)).toBe(true);
    const lines = pdfLayoutText(pdf).split('\n').map((line) => line.trim());
    const fr = (value: number) => String(value).replace('.', ',');
    const thousands = (cents: number) => fr(cents / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    for (const section of ['Effectifs', 'Occupation', 'Chiffre d\'affaires HT (€)', 'Mise à disposition', 'Prestation en entreprise', 'Parcours', 'Formation et RAE', 'Âges', 'Règles de diffusion et chiffres masqués']) {
      expect(lines).toContain(section);
    }
    expect(lines).toEqual(expect.arrayContaining([
      `Personnes accompagnées Ensemble ${report.total.people} publié`,
      `ETP Ensemble ${fr(report.total.fte!)} publié`,
      `Heures travaillées Ensemble ${report.total.hours} publié`,
      `Personnes accompagnées 50 ans et plus ${report.byAgeBand[2].people} publié`,
      'Personnes accompagnées Moins de 26 ans masqué (petit effectif)',
      `Places autorisées moyenne de l'année ${fr(report.capacity!)} publié`,
      `Taux d'occupation ETP ÷ capacité ${fr(Math.round(report.occupancyFte! * 1000) / 10)} % publié`,
      `conditionnement Mise à disposition ${thousands(report.revenue[0].netHtCents)} publié`,
      `Total ${thousands(report.revenueTotalCents)} publié`,
      `Contrats en cours ${report.madContracts} publié`,
      `Bénéficiaires ${report.mad.people} publié`,
      `Heures ${report.mad.hours} publié`,
      `Sorties toutes destinations ${report.exits.people} publié`,
      'Sorties Milieu ordinaire masqué (petit effectif)',
      'Sorties Autre ESAT masqué (secret par différence)',
      'Retours masqué (petit effectif)',
      'Bénéficiaires formés masqué (secret par différence)',
      `Entrées en démarche RAE ${report.raeEnrolled.people} publié`,
      `50 ans et plus ${report.aged50Plus.people} publié`,
    ]));
    // Every disclosure note, word for word.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const note of report.disclosureNotes) expect(text).toContain(`- ${note.replace(/\s+/g, ' ')}`);
    expect(text).not.toMatch(/\bF[1-8]\b/);
    expect(text).not.toMatch(/PROVISOIRE/);

    expect((await downloadWith(app.server.app, report.pdfUrl)).status).toBe(401);
    const { token: supervisor } = await staffUser(app, [Role.SUPERVISOR]);
    const refused = await downloadWith(app.server.app, report.pdfUrl, supervisor);
    expect([refused.status, JSON.parse(refused.body.toString()).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const running = await downloadWith(app.server.app, `/reports/funder/${esat()}/${new Date().getFullYear()}.pdf`, app.token([Role.VIEWER]));
    expect(pdfText(running.body)).toMatch(/PROVISOIRE/);
  });

  it('prints the same figures as CSV, withheld ones as "masqué" with the rules stated, and no code of a person', async () => {
    const report = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport;
    const response = await request(app.server.app).get(report.csvUrl).set('authorization', `Bearer ${app.token([Role.VIEWER])}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[1]).toBe('section;indicateur;détail;valeur;statut');
    expect(lines).toContain('Effectifs;Personnes accompagnées;Ensemble;8;publié');
    expect(lines).toContain('Effectifs;ETP;Ensemble;4,4;publié');
    expect(lines).toContain('Effectifs;Heures travaillées;Ensemble;49;publié');
    expect(lines).toContain('Occupation;Places autorisées;moyenne de l\'année;11,01;publié');
    expect(lines).toContain('Mise à disposition;Heures;;27;publié');
    expect(lines).toContain('Chiffre d\'affaires HT (€);conditionnement;Mise à disposition;1250;publié');
    expect(lines).toContain('Chiffre d\'affaires HT (€);Total;;2500;publié');
    expect(lines).toContain('Parcours;Sorties;Milieu ordinaire;;masqué (petit effectif)');
    expect(lines).toContain('Formation et RAE;Bénéficiaires formés;;;masqué (secret par différence)');
    expect(lines.some((line) => line.startsWith('Règles de diffusion;Règles de diffusion : tout chiffre portant sur moins de 3 personnes'))).toBe(true);
    expect(response.text).not.toMatch(/\bF[1-8]\b/);
    const anonymous = await request(app.server.app).get(report.csvUrl);
    expect(anonymous.status).toBe(401);
    const { token: supervisor } = await staffUser(app, [Role.SUPERVISOR]);
    expect((await request(app.server.app).get(report.csvUrl).set('authorization', `Bearer ${supervisor}`)).status).toBe(403);
  });

  it('adds up to the reporting views', async () => {
    const report = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport;
    const [row] = await asViewer<Record<string, string>>('select * from reporting.fct_funder_establishment_year where establishment_id = $1 and year = 2025', [app.fixture.esatId]);
    expect(Number(row.headcount)).toBe(report.total.people);
    expect(Math.round(Number(row.fte) * 10) / 10).toBe(report.total.fte);
    expect(Number(row.hours_worked)).toBe(report.total.hours);
    expect(Number(row.working_days_present)).toBe(report.total.workingDaysPresent);
    expect(Math.round(Number(row.occupancy_fte) * 1000) / 1000).toBe(report.occupancyFte);
    expect(Math.round(Number(row.occupancy_days) * 1000) / 1000).toBe(report.occupancyDays);
    expect(Number(row.mad_beneficiaries)).toBe(report.mad.people);
    expect(Number(row.mad_hours)).toBe(report.mad.hours);
    expect(Number(row.exits)).toBe(report.exits.people);
    expect(Number(row.aged_50_plus)).toBe(report.aged50Plus.people);
    expect(Number(row.rae_enrolled)).toBe(report.raeEnrolled.people);
    // What the report withholds, the view (for staff and Power BI) holds: the hand-computed values.
    expect([Number(row.entries), Number(row.returns), Number(row.training_beneficiaries), Number(row.training_hours), Number(row.rae_attested)]).toEqual([2, 1, 7, 49, 1]);
    const [revenue] = await asViewer<{ total: string }>('select coalesce(sum(net_ht_cents), 0) as total from reporting.fct_funder_revenue_year where establishment_id = $1 and year = 2025', [app.fixture.esatId]);
    expect(Number(revenue.total)).toBe(report.revenueTotalCents);
  });

  it('has unique, non-null keys in every funder view (their stated grain)', async () => {
    const grains: [string, string[]][] = [
      ['fct_funder_beneficiary_year', ['year', 'establishment_id', 'beneficiary_id']],
      ['fct_funder_movement', ['year', 'beneficiary_id', 'kind', 'movement_date']],
      ['fct_funder_capacity_year', ['year', 'establishment_id', 'kind']],
      ['fct_funder_establishment_year', ['year', 'establishment_id']],
      ['fct_funder_revenue_year', ['year', 'establishment_id', 'activity', 'service_type']],
    ];
    for (const [view, key] of grains) {
      const [row] = await asViewer<{ rows: string; keys: string; nulls: string }>(
        `select count(*) as rows, count(distinct (${key.join(', ')})) as keys, count(*) filter (where ${key.map((column) => `${column} is null`).join(' or ')}) as nulls from reporting.${view}`,
        [],
      );
      expect({ view, rows: Number(row.rows) > 0, duplicates: Number(row.rows) - Number(row.keys), nulls: Number(row.nulls) }).toEqual({ view, rows: true, duplicates: 0, nulls: 0 });
    }
  });

  it('never lets a small group be recovered by subtracting published figures', async () => {
    const report = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport;
    const known = (figure: { people?: number | null; withheld: boolean }) => (figure.withheld ? null : figure.people!);
    const total = known(report.total)!;
    // Every published figure about a part of the people accompanied, and every published total minus
    // its published parts, is 0 or at least the threshold.
    const parts = [report.mad, report.prestationEnEntreprise, report.entries, report.training, report.raeEnrolled, report.raeAttested, report.aged50Plus];
    for (const part of parts) {
      const value = known(part);
      if (value === null) continue;
      for (const difference of [value, total - value]) expect(difference === 0 || difference >= report.privacyThreshold).toBe(true);
    }
    const ages = report.byAgeBand.map(known);
    const hidden = ages.filter((value) => value === null).length;
    const shown = ages.filter((value): value is number => value !== null).reduce((sum, value) => sum + value, 0);
    expect(hidden === 0 || hidden >= 2 || total - shown >= report.privacyThreshold).toBe(true);
    const exitsShown = report.exitsByDestination.map(known).filter((value): value is number => value !== null);
    const exitsHidden = report.exitsByDestination.length - exitsShown.length;
    if (!report.exits.withheld && exitsHidden === 1) expect(report.exits.people! - exitsShown.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(report.privacyThreshold);
    expect(exitsHidden).not.toBe(1);
  });

  it('lets a funder account read its own establishments\' ended years only, unchanged once published, and no person', async () => {
    const first = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 }, funderToken)).funderReport;
    expect(first.publishedAt).not.toBeNull();
    expect(first.total.people).toBe(8);
    const { publishedAt: _published, ...figures } = first;
    const staffView = ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport;
    expect({ ...staffView, publishedAt: undefined }).toEqual({ ...figures, publishedAt: undefined });

    // A late exit recorded for 2025: staff see it at once; the funder keeps the report as published,
    // so comparing two readings never isolates that one exit.
    asType(ok(await app.gql(RecordExit, { input: { beneficiaryId: ids.F6, exitDate: '2025-12-31', reason: 'RETIREMENT', destination: 'NONE' } })).recordBeneficiaryExit, 'Beneficiary');
    expect(ok(await app.gql(Report, { establishmentId: esat(), year: 2025 })).funderReport.exits.people).toBe(5);
    expect(ok(await app.gql(Report, { establishmentId: esat(), year: 2025 }, funderToken)).funderReport).toEqual(first);

    const refused = async (establishmentId: string, year: number) => errorCodes(await app.gql(Report, { establishmentId, year }, funderToken));
    expect(await refused(String(app.fixture.eaId), 2025)).toEqual(['FORBIDDEN']);
    expect(await refused(String(app.fixture.otherEstablishmentId), 2025)).toEqual(['FORBIDDEN']);
    expect(await refused('999999', 2025)).toEqual(['FORBIDDEN']);
    expect(await refused(esat(), Number(new Date().getFullYear()))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(FunderReadsBeneficiaries, {}, funderToken))).toEqual(['FORBIDDEN']);
    const csv = await request(app.server.app).get(`/reports/funder/${app.fixture.eaId}/2025.csv`).set('authorization', `Bearer ${funderToken}`);
    expect(csv.status).toBe(403);
    expect(csv.text).not.toMatch(/F\d/);
    const otherPdf = await downloadWith(app.server.app, `/reports/funder/${app.fixture.eaId}/2025.pdf`, funderToken);
    expect([otherPdf.status, otherPdf.type]).toEqual([403, expect.stringMatching(/^application\/json/)]);
    expect((await downloadWith(app.server.app, `/reports/funder/${esat()}/${new Date().getFullYear()}.pdf`, funderToken)).status).toBe(400);
    // Its own establishment's PDF prints the published report, dated the day it was published.
    const own = await downloadWith(app.server.app, first.pdfUrl, funderToken);
    expect(own.status).toBe(200);
    const ownText = pdfText(own.body).replace(/\s+/g, ' ');
    expect(ownText).toContain(`Définitif : tel que publié au financeur le ${new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' }).format(new Date(first.publishedAt!))}`);
    expect(ownText).toContain(`Sorties toutes destinations ${first.exits.people} publié`.replace(/\s+/g, ' '));
    expect(ownText).not.toMatch(/\bF\d\b/);
  });

  it('keeps the report from partners, supervisors and sales staff, and another organisation from this one', async () => {
    for (const role of [Role.PARTNER, Role.SUPERVISOR, Role.COMMERCIAL, Role.MEDICO_SOCIAL]) {
      const { token } = await staffUser(app, [role]);
      expect(errorCodes(await app.gql(Report, { establishmentId: esat(), year: 2025 }, token))).toEqual(['FORBIDDEN']);
    }
    const other = app.token([Role.ADMIN], app.fixture.otherOrganizationId);
    expect(errorCodes(await app.gql(Report, { establishmentId: esat(), year: 2025 }, other))).toEqual(['BAD_USER_INPUT']);
  });

  it('records the funder data with clear refusals for bad input and the role rules', async () => {
    const ea = String(app.fixture.eaId);
    expect(errorCodes(await app.gql(SetCapacity, { input: { establishmentId: ea, kind: 'AUTHORIZED_PLACES', validFrom: '2025-01-01', value: 5, source: 'CPOM' } }))).toEqual(['BAD_USER_INPUT']);
    asType(ok(await app.gql(SetCapacity, { input: { establishmentId: ea, kind: 'AIDED_POSTS', validFrom: '2025-01-01', value: 12.5, source: 'CPOM 2025-2027' } })).setEstablishmentCapacity, 'EstablishmentCapacity');
    expect(errorCodes(await app.gql(SetCapacity, { input: { establishmentId: ea, kind: 'AIDED_POSTS', validFrom: '2025-01-01', value: -1, source: 'CPOM' } }))).toEqual(['BAD_USER_INPUT']);
    const { token: supervisor } = await staffUser(app, [Role.SUPERVISOR]);
    expect(errorCodes(await app.gql(SetCapacity, { input: { establishmentId: ea, kind: 'AIDED_POSTS', validFrom: '2025-02-01', value: 1, source: 'CPOM' } }, supervisor))).toEqual(['FORBIDDEN']);
    const someone = await createBeneficiary(app, { entryDate: '2025-01-06' });
    const exitInput = { beneficiaryId: someone.id, exitDate: '2025-01-01', reason: 'OTHER', destination: 'TRAINING' } as const;
    expect(errorCodes(await app.gql(RecordExit, { input: exitInput }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(RecordExit, { input: { ...exitInput, exitDate: '2025-03-01' } }, supervisor))).toEqual(['FORBIDDEN']);
    asType(ok(await app.gql(RecordExit, { input: { ...exitInput, exitDate: '2025-03-01' } })).recordBeneficiaryExit, 'Beneficiary');
    const again = ok(await app.gql(RecordExit, { input: { ...exitInput, exitDate: '2025-04-01' } })).recordBeneficiaryExit;
    expect(again.__typename === 'InvalidStateError' && again.errorCode).toBe('INVALID_STATE');
    expect(errorCodes(await app.gql(RecordReturn, { input: { beneficiaryId: someone.id, returnDate: '2025-03-01', rightToReturn: false } }))).toEqual(['BAD_USER_INPUT']);
    const { token: commercial } = await staffUser(app, [Role.COMMERCIAL]);
    expect(errorCodes(await app.gql(SetBirthYear, { input: { beneficiaryId: someone.id, birthYear: 1980 } }, commercial))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.gql(SetBirthYear, { input: { beneficiaryId: someone.id, birthYear: 2020 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(RecordStep, { input: { beneficiaryId: someone.id, kind: 'TRAINING', startDate: '2025-02-01', endDate: '2025-01-01', title: 'x' } }))).toEqual(['BAD_USER_INPUT']);
    const missing = ok(await app.gql(RecordStep, { input: { beneficiaryId: someone.id, kind: 'PRESTATION_EN_ENTREPRISE', startDate: '2025-02-01', title: 'Accueil', customerId: '999999' } })).recordPathwayStep;
    expect(missing.__typename === 'NotFoundError' && missing.errorCode).toBe('NOT_FOUND');
    const host = await createCustomer(app);
    asType(ok(await app.gql(RecordStep, { input: { beneficiaryId: someone.id, kind: 'PRESTATION_EN_ENTREPRISE', startDate: '2025-02-01', title: 'Accueil', customerId: host.id } })).recordPathwayStep, 'PathwayStep');
    expect(errorCodes(await app.gql(CreateFunder, { input: { email: 'x@y.fr', displayName: 'X', roles: ['PARTNER'], establishmentIds: [esat()] } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(CreateFunder, { input: { email: 'z@y.fr', displayName: 'Z', roles: ['FUNDER'], establishmentIds: [String(app.fixture.otherEstablishmentId)] } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives nothing about a person of a tiny establishment, in the PDF either: two employees of the EA, both 50 and over, one of them leaving', async () => {
    const ea = String(app.fixture.eaId);
    asType(ok(await app.gql(SetCapacity, { input: { establishmentId: ea, kind: 'AIDED_POSTS', validFrom: '2025-01-01', value: 12.5, source: 'CPOM 2025-2027' } })).setEstablishmentCapacity, 'EstablishmentCapacity');
    const tiny: string[] = [];
    for (const matricule of ['TINY1', 'TINY2']) {
      const created = await createBeneficiary(app, { establishmentId: ea, status: 'EA_EMPLOYEE', matricule, initials: 'QZ', entryDate: '2025-02-03', workingTimeRatio: 1, weeklyHours: 35 });
      asType(ok(await app.gql(SetBirthYear, { input: { beneficiaryId: created.id, birthYear: 1961 } })).setBeneficiaryBirthYear, 'Beneficiary');
      tiny.push(created.id);
    }
    asType(ok(await app.gql(RecordExit, { input: { beneficiaryId: tiny[0], exitDate: '2025-09-30', reason: 'PROFESSIONAL_PROJECT', destination: 'ORDINARY_EMPLOYMENT' } })).recordBeneficiaryExit, 'Beneficiary');
    await withDriverClient(app.dataSource, foldReporting);
    const funder = asType(ok(await app.gql(CreateFunder, { input: { email: 'dreets@financeur.fr', displayName: 'DREETS', roles: ['FUNDER'], establishmentIds: [ea] } })).createUser, 'User');
    const token = signStaffToken(TEST_SECRET, { userId: Number(funder.id), organizationId: app.fixture.organizationId, roles: [Role.FUNDER] });

    const report = ok(await app.gql(Report, { establishmentId: ea, year: 2025 }, token)).funderReport;
    expect([report.total, report.exits, report.aged50Plus].map((figure) => figure.withheld)).toEqual([true, true, true]);
    // FTE ÷ the 12.5 aided posts would give the total back.
    expect([report.occupancyFte, report.occupancyDays]).toEqual([null, null]);
    const pdf = await downloadWith(app.server.app, report.pdfUrl, token);
    expect(pdf.status).toBe(200);
    const lines = pdfLayoutText(pdf.body).split('\n').map((line) => line.trim());
    const personal = lines.filter((line) => /^(Personnes accompagnées|ETP|Heures travaillées|Sorties|50 ans et plus) /.test(line));
    expect(personal.length).toBeGreaterThanOrEqual(8);
    for (const line of personal) expect(line).toMatch(/masqué \((petit effectif|secret par différence)\)$/);
    expect(lines).toEqual(expect.arrayContaining(['Postes aidés (CPOM, ETP) moyenne de l\'année 12,5 publié', 'Taux d\'occupation ETP ÷ capacité non calculé']));
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    expect(text).toContain('Ensemble des personnes accompagnées : masqué (moins de 3 personnes).');
    expect(text).not.toMatch(/TINY|QZ|1961|30\/09\/2025/);
  });
});
