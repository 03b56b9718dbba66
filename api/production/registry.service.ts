import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import {
  Activity, Beneficiary, BeneficiaryAssignment, BeneficiaryIdentity, MedicoSocialNote, WorkGroup, Workshop, WorkshopSupervisor,
} from '../../schema/entities/production.entity';
import { DuplicateError, NotFoundError } from '../../schema/error-results';
import type {
  ActivityInput, BeneficiaryIdentityInput, WorkshopListOptions, BeneficiaryInput, BeneficiaryListOptions, BeneficiaryMoveInput, MedicoSocialNoteInput, WorkGroupInput, WorkshopInput,
} from '../../schema/inputs/production.input';
import { establishmentById } from '../organization/organization.loaders';
import { findRow, insertRows, updateRow } from '../common/rows';
import { Filter, listQuery } from '../read/list-query';
import { badUserInput, parseId, parseOptionalId } from '../common/errors';
import { SortDirection } from '../../schema/enums';
import { beneficiaryById, workGroupById, workshopById } from './production.loaders';

async function codeTaken(ctx: RequestContext, table: string, code: string): Promise<boolean> {
  const rows = await ctx.db.query(`select 1 from ${table} where organization_id = $1 and code = $2`, [ctx.organizationId, code]);
  return rows.length > 0;
}

/** Workshops, activities, work groups, beneficiaries and their parcours, identities and notes. */
export class RegistryService {
  static async createWorkshop(ctx: RequestContext, input: WorkshopInput): Promise<Workshop | NotFoundError | DuplicateError> {
    const establishmentId = parseId(input.establishmentId, 'establishmentId');
    if (!(await establishmentById(ctx).load(establishmentId))) return new NotFoundError('establishmentId', 'Establishment');
    if (await codeTaken(ctx, 'workshop', input.code)) return new DuplicateError('code', `workshop code ${input.code} is already used`);
    const [id] = await insertRows(ctx, Workshop, [{ establishmentId, code: input.code, name: input.name }]);
    return (await findRow(ctx, Workshop, id))!;
  }

  static async createActivity(ctx: RequestContext, input: ActivityInput): Promise<Activity | NotFoundError | DuplicateError> {
    const workshopId = parseId(input.workshopId, 'workshopId');
    if (!(await workshopById(ctx).load(workshopId))) return new NotFoundError('workshopId', 'Workshop');
    if (await codeTaken(ctx, 'activity', input.code)) return new DuplicateError('code', `activity code ${input.code} is already used`);
    const [id] = await insertRows(ctx, Activity, [{ workshopId, code: input.code, name: input.name }]);
    return (await findRow(ctx, Activity, id))!;
  }

  static async createWorkGroup(ctx: RequestContext, input: WorkGroupInput): Promise<WorkGroup | NotFoundError | DuplicateError> {
    const workshopId = parseId(input.workshopId, 'workshopId');
    if (!(await workshopById(ctx).load(workshopId))) return new NotFoundError('workshopId', 'Workshop');
    if (await codeTaken(ctx, 'work_group', input.code)) return new DuplicateError('code', `work group code ${input.code} is already used`);
    const [id] = await insertRows(ctx, WorkGroup, [{ workshopId, code: input.code, name: input.name }]);
    return (await findRow(ctx, WorkGroup, id))!;
  }

  /** Links a supervisor (a user with the supervisor role) to a workshop whose work they record and validate. */
  static async assignSupervisor(ctx: RequestContext, workshopId: string, userId: string): Promise<Workshop | NotFoundError> {
    const workshop = await workshopById(ctx).load(parseId(workshopId, 'workshopId'));
    if (!workshop) return new NotFoundError('workshopId', 'Workshop');
    const [user] = await ctx.db.query(`select 1 from app_user where organization_id = $1 and id = $2 and 'supervisor' = any(roles)`, [ctx.organizationId, userId]);
    if (!user) return new NotFoundError('userId', 'Supervisor');
    const manager = await ctx.db.manager();
    await manager.upsert(WorkshopSupervisor, { workshopId: workshop.id, userId: parseId(userId, 'userId'), organizationId: ctx.organizationId }, ['workshopId', 'userId']);
    return workshop;
  }

  private static async checkPlacement(ctx: RequestContext, workshopId?: string | null, workGroupId?: string | null): Promise<NotFoundError | null> {
    if (workshopId && !(await workshopById(ctx).load(parseId(workshopId, 'mainWorkshopId')))) return new NotFoundError('mainWorkshopId', 'Workshop');
    if (workGroupId && !(await workGroupById(ctx).load(parseId(workGroupId, 'workGroupId')))) return new NotFoundError('workGroupId', 'Work group');
    return null;
  }

  static async createBeneficiary(ctx: RequestContext, input: BeneficiaryInput): Promise<Beneficiary | NotFoundError | DuplicateError> {
    const establishmentId = parseId(input.establishmentId, 'establishmentId');
    if (!(await establishmentById(ctx).load(establishmentId))) return new NotFoundError('establishmentId', 'Establishment');
    const misplaced = await RegistryService.checkPlacement(ctx, input.mainWorkshopId, input.workGroupId);
    if (misplaced) return misplaced;
    if (input.exitDate && input.exitDate < input.entryDate) throw badUserInput('exitDate', 'must not be before the entry date');
    const [taken] = await ctx.db.query('select 1 from beneficiary where organization_id = $1 and matricule = $2', [ctx.organizationId, input.matricule]);
    if (taken) return new DuplicateError('matricule', `matricule ${input.matricule} is already used`);
    const [id] = await insertRows(ctx, Beneficiary, [
      {
        establishmentId,
        matricule: input.matricule,
        initials: input.initials,
        status: input.status,
        workingTimeRatio: input.workingTimeRatio,
        weeklyHours: input.weeklyHours,
        entryDate: input.entryDate,
        exitDate: input.exitDate ?? null,
        mainWorkshopId: parseOptionalId(input.mainWorkshopId, 'mainWorkshopId'),
        workGroupId: parseOptionalId(input.workGroupId, 'workGroupId'),
        referentSupervisorId: parseOptionalId(input.referentSupervisorId, 'referentSupervisorId'),
      },
    ]);
    if (input.mainWorkshopId || input.workGroupId) {
      await insertRows(ctx, BeneficiaryAssignment, [
        { beneficiaryId: id, workshopId: parseOptionalId(input.mainWorkshopId, 'mainWorkshopId'), workGroupId: parseOptionalId(input.workGroupId, 'workGroupId'), startDate: input.entryDate, endDate: null },
      ]);
    }
    // An exit given at creation is an exit without reason nor destination (recordBeneficiaryExit keeps them).
    if (input.exitDate) {
      await ctx.db.query(`insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date) values ($1, $2, 'exit', $3)`, [ctx.organizationId, id, input.exitDate]);
    }
    return (await findRow(ctx, Beneficiary, id))!;
  }

  /** A change of workshop and/or work group: closes the current step of the parcours and opens a new one. */
  static async move(ctx: RequestContext, input: BeneficiaryMoveInput): Promise<Beneficiary | NotFoundError> {
    const beneficiary = await findRow(ctx, Beneficiary, input.beneficiaryId, { lock: true, field: 'beneficiaryId' });
    if (!beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    if (!input.workshopId && !input.workGroupId) throw badUserInput('workshopId', 'give a workshop, a work group or both');
    const misplaced = await RegistryService.checkPlacement(ctx, input.workshopId, input.workGroupId);
    if (misplaced) return misplaced;
    const [current] = await ctx.db.query<{ id: number; startDate: string }>(
      `select id, start_date::text as "startDate" from beneficiary_assignment where organization_id = $1 and beneficiary_id = $2 and end_date is null`,
      [ctx.organizationId, beneficiary.id],
    );
    if (current && current.startDate >= input.fromDate) throw badUserInput('fromDate', `must be after the start of the current assignment (${current.startDate})`);
    if (current) {
      const dayBefore = new Date(`${input.fromDate}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      await updateRow(ctx, BeneficiaryAssignment, current.id, { endDate: dayBefore.toISOString().slice(0, 10) });
    }
    const workshopId = parseOptionalId(input.workshopId, 'workshopId') ?? beneficiary.mainWorkshopId;
    const workGroupId = parseOptionalId(input.workGroupId, 'workGroupId') ?? (input.workshopId ? null : beneficiary.workGroupId);
    await insertRows(ctx, BeneficiaryAssignment, [{ beneficiaryId: beneficiary.id, workshopId, workGroupId, startDate: input.fromDate, endDate: null }]);
    await updateRow(ctx, Beneficiary, beneficiary.id, { mainWorkshopId: workshopId, workGroupId });
    return (await findRow(ctx, Beneficiary, beneficiary.id))!;
  }

  static async setIdentity(ctx: RequestContext, input: BeneficiaryIdentityInput): Promise<Beneficiary | NotFoundError> {
    const beneficiary = await beneficiaryById(ctx).load(parseId(input.beneficiaryId, 'beneficiaryId'));
    if (!beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    const manager = await ctx.db.manager();
    await manager.upsert(
      BeneficiaryIdentity,
      { beneficiaryId: beneficiary.id, organizationId: ctx.organizationId, lastName: input.lastName, firstName: input.firstName, updatedAt: new Date().toISOString() },
      ['beneficiaryId'],
    );
    return beneficiary;
  }

  static async addNote(ctx: RequestContext, input: MedicoSocialNoteInput): Promise<MedicoSocialNote | NotFoundError> {
    const beneficiaryId = parseId(input.beneficiaryId, 'beneficiaryId');
    if (!(await beneficiaryById(ctx).load(beneficiaryId))) return new NotFoundError('beneficiaryId', 'Beneficiary');
    const [id] = await insertRows(ctx, MedicoSocialNote, [
      { beneficiaryId, noteDate: input.noteDate, body: input.body, authorId: ctx.user!.userId },
    ]);
    return (await findRow(ctx, MedicoSocialNote, id))!;
  }

  static listWorkshops(ctx: RequestContext, options: WorkshopListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx).add('t.establishment_id = ?', options.establishmentId);
    return listQuery<Workshop>(ctx, Workshop, filter, { sortDirection: SortDirection.ASC, ...options }, 'code', info);
  }

  static listBeneficiaries(ctx: RequestContext, options: BeneficiaryListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx)
      .add('t.establishment_id = ?', options.establishmentId)
      .add('t.main_workshop_id = ?', options.workshopId)
      .add('t.work_group_id = ?', options.workGroupId)
      .add('t.status = ?', options.status)
      .add(`t.matricule like ? || '%'`, options.matricule?.replace(/[\\%_]/g, (c) => `\\${c}`));
    return listQuery<Beneficiary>(ctx, Beneficiary, filter, options, 'matricule', info);
  }
}
