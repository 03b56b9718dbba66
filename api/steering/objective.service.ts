import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { Objective } from '../../schema/entities/objective.entity';
import { InvalidStateError, isErrorResult, NotFoundError } from '../../schema/error-results';
import { ObjectiveScope, ObjectiveStatus, Role } from '../../schema/enums';
import type { ObjectiveInput, ObjectiveListOptions, ObjectiveUpdateInput } from '../../schema/inputs/steering.input';
import { badUserInput, forbidden, parseId, parseOptionalId } from '../common/errors';
import { addDays } from '../../kernel/dates';
import { Filter, listQuery } from '../read/list-query';
import { defineLoader } from '../read/read-model';
import { findRow, insertRows, updateRow } from '../common/rows';
import { beneficiaryById, workGroupById, workshopById } from '../production/production.loaders';
import { assertMayRecordFor } from '../production/work.service';
import type { ObjectiveProgress } from './steering.types';
import { mayReadIndividualFigures } from './steering-access';

/** The longest period an objective may span. */
const MAX_MONTHS = 36;

const SUBJECT_FIELD = { [ObjectiveScope.INDIVIDUAL]: 'beneficiaryId', [ObjectiveScope.WORK_GROUP]: 'workGroupId', [ObjectiveScope.WORKSHOP]: 'workshopId' } as const;

/** A period of whole months, start first and at most MAX_MONTHS long, or BAD_USER_INPUT naming the field. */
function checkPeriod(periodStart: string, periodEnd: string): void {
  if (addDays(periodEnd, 1).slice(8) !== '01') throw badUserInput('periodEnd', 'must be the last day of a month');
  if (periodEnd < periodStart) throw badUserInput('periodEnd', 'must not be before periodStart');
  const months = (Number(periodEnd.slice(0, 4)) - Number(periodStart.slice(0, 4))) * 12 + Number(periodEnd.slice(5, 7)) - Number(periodStart.slice(5, 7)) + 1;
  if (months > MAX_MONTHS) throw badUserInput('periodEnd', `an objective spans at most ${MAX_MONTHS} months`);
}

function checkTarget(measure: string, target: number): void {
  if (measure === 'quality' && target > 1) throw badUserInput('target', 'a QUALITY target is a share of at most 1 (1 − rejected ÷ produced)');
}

/**
 * Who may set an objective: admins any; médico-social staff the individual ones; supervisors the
 * collective ones of the workshops they are linked to (a work group's: its workshop's).
 */
async function assertMayManage(ctx: RequestContext, objective: Pick<Objective, 'scope' | 'workGroupId' | 'workshopId'>): Promise<void> {
  const roles = ctx.user!.roles;
  if (roles.includes(Role.ADMIN)) return;
  if (objective.scope === ObjectiveScope.INDIVIDUAL) {
    if (!roles.includes(Role.MEDICO_SOCIAL)) throw forbidden();
    return;
  }
  if (!roles.includes(Role.SUPERVISOR)) throw forbidden();
  const workshopId = objective.workshopId ?? (objective.workGroupId === null ? null : await workGroupById(ctx).load(objective.workGroupId))?.workshopId ?? null;
  await assertMayRecordFor(ctx, [workshopId]);
}

export const objectiveProgressById = defineLoader((ctx) =>
  new DataLoader<number, ObjectiveProgress | null>(async (ids) => {
    const rows = await ctx.db.query<ObjectiveProgress & { key: number }>(
      `select objective_id as key, actual_value as actual, progress, reached, elapsed_share as "elapsedShare"
         from reporting.fct_objective_progress where objective_id = any($1::bigint[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [Number(row.key), row]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
  }),
);

/** Individual and collective objectives, their life cycle (open → closed) and who may set them. */
export class ObjectiveService {
  static async list(ctx: RequestContext, options: ObjectiveListOptions = {}, info: GraphQLResolveInfo) {
    const individual = mayReadIndividualFigures(ctx);
    if (!individual && (options.scope === ObjectiveScope.INDIVIDUAL || options.beneficiaryId)) throw forbidden();
    const filter = new Filter(ctx)
      .add('t.scope = ?', options.scope)
      .add('t.status = ?', options.status)
      .add('t.beneficiary_id = ?', options.beneficiaryId && parseId(options.beneficiaryId, 'options.beneficiaryId'))
      .add('t.work_group_id = ?', options.workGroupId && parseId(options.workGroupId, 'options.workGroupId'))
      .add('t.workshop_id = ?', options.workshopId && parseId(options.workshopId, 'options.workshopId'))
      .add('? between t.period_start and t.period_end', options.activeOn);
    if (!individual) filter.add(`t.scope <> 'individual'`);
    return listQuery<Objective>(ctx, Objective, filter, options, 'period_start', info);
  }

  static async create(ctx: RequestContext, input: ObjectiveInput): Promise<Objective | NotFoundError> {
    for (const [scope, field] of Object.entries(SUBJECT_FIELD)) {
      const given = input[field] !== undefined && input[field] !== null;
      if (scope === input.scope && !given) throw badUserInput(field, `is required for a ${input.scope.toUpperCase()} objective`);
      if (scope !== input.scope && given) throw badUserInput(field, `is not allowed for a ${input.scope.toUpperCase()} objective`);
    }
    checkPeriod(input.periodStart, input.periodEnd);
    checkTarget(input.measure, input.target);
    const subject = {
      [ObjectiveScope.INDIVIDUAL]: () => beneficiaryById(ctx).load(parseId(input.beneficiaryId!, 'beneficiaryId')),
      [ObjectiveScope.WORK_GROUP]: () => workGroupById(ctx).load(parseId(input.workGroupId!, 'workGroupId')),
      [ObjectiveScope.WORKSHOP]: () => workshopById(ctx).load(parseId(input.workshopId!, 'workshopId')),
    }[input.scope];
    if (!(await subject())) return new NotFoundError(SUBJECT_FIELD[input.scope], { individual: 'Beneficiary', work_group: 'Work group', workshop: 'Workshop' }[input.scope]);
    const subjectIds = {
      beneficiaryId: parseOptionalId(input.beneficiaryId, 'beneficiaryId'),
      workGroupId: parseOptionalId(input.workGroupId, 'workGroupId'),
      workshopId: parseOptionalId(input.workshopId, 'workshopId'),
    };
    await assertMayManage(ctx, { scope: input.scope, workGroupId: subjectIds.workGroupId, workshopId: subjectIds.workshopId });
    const [id] = await insertRows(ctx, Objective, [{
      scope: input.scope,
      ...subjectIds,
      measure: input.measure,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      target: input.target,
      title: input.title,
      status: ObjectiveStatus.OPEN,
      createdBy: ctx.user!.userId,
    }]);
    return (await findRow(ctx, Objective, id))!;
  }

  /** The open objective `id`, locked, once the caller may manage it; else the error result. */
  private static async openObjective(ctx: RequestContext, id: string, attempted: string): Promise<Objective | NotFoundError | InvalidStateError> {
    const objective = await findRow(ctx, Objective, id, { lock: true });
    if (!objective) return new NotFoundError('id', 'Objective');
    await assertMayManage(ctx, objective);
    if (objective.status === ObjectiveStatus.CLOSED) return new InvalidStateError('objective', objective.status, attempted, 'a closed objective does not change');
    return objective;
  }

  static async update(ctx: RequestContext, id: string, input: ObjectiveUpdateInput): Promise<Objective | NotFoundError | InvalidStateError> {
    const objective = await ObjectiveService.openObjective(ctx, id, 'open');
    if (isErrorResult(objective)) return objective;
    const next = {
      periodStart: input.periodStart ?? objective.periodStart,
      periodEnd: input.periodEnd ?? objective.periodEnd,
      target: input.target ?? Number(objective.target),
      title: input.title ?? objective.title,
    };
    checkPeriod(next.periodStart, next.periodEnd);
    checkTarget(objective.measure, next.target);
    await updateRow(ctx, Objective, objective.id, next);
    return (await findRow(ctx, Objective, objective.id))!;
  }

  static async close(ctx: RequestContext, id: string, outcome: string | undefined): Promise<Objective | NotFoundError | InvalidStateError> {
    const objective = await ObjectiveService.openObjective(ctx, id, 'closed');
    if (isErrorResult(objective)) return objective;
    await updateRow(ctx, Objective, objective.id, { status: ObjectiveStatus.CLOSED, closedAt: new Date().toISOString(), closedBy: ctx.user!.userId, outcome: outcome ?? null });
    return (await findRow(ctx, Objective, objective.id))!;
  }
}
