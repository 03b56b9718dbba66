import type { ExecutionResult } from 'graphql';
import { signStaffToken } from '../../api/auth/token';
import { Role } from '../../schema/enums';
import type { BeneficiaryInput, MadContractInput, ProductionSheetInput, WorkRecordInput } from '../gql/graphql';
import { TEST_SECRET, type TestApp } from './test-server';
import { asType } from './sales-builders';
import {
  ProdAssignSupervisor, ProdCreateActivity, ProdCreateBeneficiary, ProdCreateMadContract, ProdCreateSheet, ProdCreateWorkGroup, ProdCreateWorkshop,
  ProdRecordWork, ProdValidateWorkRecords,
} from './production-operations';

/** Production test data made through the API, the way a user would make it. Each helper fails loudly on anything but success. */

let counter = 0;
/** A short code unique in this test file (each file has a database of its own). */
export function uniqueCode(prefix: string): string {
  return `${prefix}${++counter}`;
}

/** Today in France, as the server sees it (work dates are checked against it). */
export function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The `extensions.code` of each error of a response. */
export function errorCodes(response: ExecutionResult<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => (error.extensions as { code?: string } | undefined)?.code);
}

function noErrors(response: ExecutionResult<unknown>): void {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

/** Rounds to the hundredth, for sums of hours that must match to the cent of an hour. */
export function hundredths(value: number): number {
  return Math.round(value * 100);
}

export async function createWorkshop(app: TestApp, overrides: { code?: string; name?: string; establishmentId?: number } = {}) {
  const response = await app.gql(ProdCreateWorkshop, {
    input: { establishmentId: String(overrides.establishmentId ?? app.fixture.esatId), code: overrides.code ?? uniqueCode('AT-'), name: overrides.name ?? 'Atelier conditionnement' },
  });
  noErrors(response);
  return asType(response.data!.createWorkshop, 'Workshop');
}

export async function createActivity(app: TestApp, workshopId: string, code = uniqueCode('ACT-')) {
  const response = await app.gql(ProdCreateActivity, { input: { workshopId, code, name: 'Mise sous pli' } });
  noErrors(response);
  return asType(response.data!.createActivity, 'Activity');
}

export async function createWorkGroup(app: TestApp, workshopId: string, code = uniqueCode('GT-')) {
  const response = await app.gql(ProdCreateWorkGroup, { input: { workshopId, code, name: `Groupe ${code}` } });
  noErrors(response);
  return asType(response.data!.createWorkGroup, 'WorkGroup');
}

/** A workshop of the fixture ESAT with one activity and one work group. */
export async function productionSite(app: TestApp, establishmentId?: number) {
  const workshop = await createWorkshop(app, { establishmentId });
  const activity = await createActivity(app, workshop.id);
  const group = await createWorkGroup(app, workshop.id);
  return { workshop, activity, group };
}

/** A beneficiary of the fixture ESAT (ESAT worker, 80 %, 28 h a week, entered 2025-01-01 unless told otherwise). */
export async function createBeneficiary(app: TestApp, overrides: Partial<BeneficiaryInput> = {}, token?: string) {
  const response = await app.gql(ProdCreateBeneficiary, {
    input: {
      establishmentId: String(app.fixture.esatId),
      matricule: uniqueCode('M'),
      initials: 'AB',
      status: 'ESAT_WORKER',
      workingTimeRatio: 0.8,
      weeklyHours: 28,
      entryDate: '2025-01-01',
      ...overrides,
    },
  }, token);
  noErrors(response);
  return asType(response.data!.createBeneficiary, 'Beneficiary');
}

/** A real user of the fixture organisation holding exactly these roles, and a token signed for them. */
export async function staffUser(app: TestApp, roles: Role[], name = uniqueCode('user')) {
  const [row] = await app.sql<{ id: number }>(
    `insert into app_user (organization_id, email, display_name, roles) values ($1, $2, $3, $4::text[]) returning id`,
    [app.fixture.organizationId, `${name}@test.fr`, name, roles],
  );
  const userId = Number(row.id);
  return { userId, token: signStaffToken(TEST_SECRET, { userId, organizationId: app.fixture.organizationId, roles }) };
}

/** A supervisor (moniteur d'atelier) linked to the given workshops. */
export async function supervisorOf(app: TestApp, workshopIds: string[]) {
  const user = await staffUser(app, [Role.SUPERVISOR], uniqueCode('moniteur'));
  for (const workshopId of workshopIds) {
    const response = await app.gql(ProdAssignSupervisor, { workshopId, userId: String(user.userId) });
    noErrors(response);
    asType(response.data!.assignWorkshopSupervisor, 'Workshop');
  }
  return user;
}

export async function createSheet(app: TestApp, input: ProductionSheetInput) {
  const response = await app.gql(ProdCreateSheet, { input });
  noErrors(response);
  return asType(response.data!.createProductionSheet, 'ProductionSheet');
}

export async function recordWork(app: TestApp, input: WorkRecordInput, token?: string) {
  const response = await app.gql(ProdRecordWork, { input }, token);
  noErrors(response);
  return asType(response.data!.recordWork, 'WorkRecord');
}

export async function validateRecords(app: TestApp, ids: string[], token?: string) {
  const response = await app.gql(ProdValidateWorkRecords, { ids }, token);
  if (response.errors) throw new Error(`validateWorkRecords failed: ${JSON.stringify(response.errors)}`);
  return asType(response.data!.validateWorkRecords, 'WorkRecordValidation').records;
}

/** Records and validates a pointage. */
export async function validatedWork(app: TestApp, input: WorkRecordInput, token?: string) {
  const record = await recordWork(app, input, token);
  const [validated] = await validateRecords(app, [record.id], token);
  return validated;
}

export async function createMadContract(app: TestApp, input: MadContractInput) {
  const response = await app.gql(ProdCreateMadContract, { input });
  noErrors(response);
  return asType(response.data!.createMadContract, 'MadContract');
}

/** How many rows a table holds (all organisations), to prove that a refused mutation wrote nothing. */
export async function rowCount(app: TestApp, table: string): Promise<number> {
  const [{ count }] = await app.sql<{ count: number }>(`select count(*)::int as count from ${table}`);
  return count;
}
