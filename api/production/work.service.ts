import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { requiredLegalParameter } from '../common/legal-parameters';
import {
  Allocation, AllocationExpansion, MadContract, MadContractBeneficiary, ProductionSheet, ProductionTask, WorkRecord, WorkRecordValidation,
} from '../../schema/entities/production.entity';
import { Order } from '../../schema/entities/sales.entity';
import { ChronologyError, InactiveBeneficiaryError, InvalidStateError, LegalLimitError, NotFoundError, WorkDayLimitError } from '../../schema/error-results';
import { MadContractKind, OrderStatus, ProductionSheetStatus, Role, WorkRecordStatus } from '../../schema/enums';
import type {
  AllocationInput, MadContractInput, MadContractListOptions, ProductionSheetInput, ProductionSheetListOptions, WorkRecordCorrectionInput, WorkRecordInput,
  WorkRecordListOptions,
} from '../../schema/inputs/production.input';
import { customerById, orderLineById } from '../sales/sales.loaders';
import { establishmentById } from '../organization/organization.loaders';
import { findRow, insertRows, updateRow } from '../common/rows';
import { nextDocumentNumber } from '../common/document-numbering';
import { addDays, daysBetween, lastDayOfPeriod, todayInFrance } from '../../kernel/dates';
import { checkTransition } from '../common/state-machine';
import { productionSheetLifecycle } from '../../kernel/lifecycles';
import { Filter, listQuery } from '../read/list-query';
import { selectList } from '../read/read-model';
import { badUserInput, forbidden, parseId, parseIds, parseOptionalId } from '../common/errors';
import { activityById, beneficiaryById, madContractById, productionTaskById, workGroupById, workshopById } from './production.loaders';
import { checkWorkDay, lockBeneficiary } from './work-day';

/** Lock space of a beneficiary's MAD placements: two contracts created at once are counted together. */
const MAD_PLACEMENT_LOCK_SPACE = 0x4d414450;

interface MadPeriod {
  number: string;
  startDate: string;
  endDate: string;
}

/**
 * The placement a new individual MAD contract belongs to: the run of the beneficiary's individual
 * contracts with the same customer, each starting less than `breakMonths` months after the end of
 * the run so far (overlaps included). A break of `breakMonths` months or more starts a new placement.
 */
export function madPlacement(contracts: MadPeriod[], added: MadPeriod, breakMonths: number): { startDate: string; endDate: string; contracts: MadPeriod[] } {
  const sorted = [...contracts, added].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  let run: { startDate: string; endDate: string; contracts: MadPeriod[] } | null = null;
  for (const contract of sorted) {
    if (run && contract.startDate <= lastDayOfPeriod(addDays(run.endDate, 1), breakMonths)) {
      run.contracts.push(contract);
      if (contract.endDate > run.endDate) run.endDate = contract.endDate;
    } else {
      if (run?.contracts.includes(added)) break;
      run = { startDate: contract.startDate, endDate: contract.endDate, contracts: [contract] };
    }
  }
  return run!;
}

/** How long before its end a MAD contract is flagged: time to renew it or to prepare the return. */
export const MAD_ENDING_SOON_DAYS = 60;

/** Days from today (Europe/Paris) to a MAD contract's end, and whether that calls for a warning. */
export function madContractTimeline(contract: { endDate: string }): { daysUntilEnd: number; endingSoon: boolean } {
  const daysUntilEnd = daysBetween(todayInFrance(), contract.endDate);
  return { daysUntilEnd, endingSoon: daysUntilEnd >= 0 && daysUntilEnd <= MAD_ENDING_SOON_DAYS };
}

/**
 * Supervisors record and validate work only for the workshops they are linked to; admins for all.
 * The workshop of a record is its task's production-sheet workshop, else the beneficiary's main workshop.
 */
export async function assertMayRecordFor(ctx: RequestContext, workshopIds: (string | number | null)[]): Promise<void> {
  if (ctx.user!.roles.includes(Role.ADMIN)) return;
  const rows = await ctx.db.query<{ workshopId: number }>('select workshop_id as "workshopId" from workshop_supervisor where organization_id = $1 and user_id = $2', [
    ctx.organizationId,
    ctx.user!.userId,
  ]);
  const mine = new Set(rows.map((row) => row.workshopId));
  if (workshopIds.some((id) => id === null || !mine.has(Number(id)))) throw forbidden();
}

export class ProductionService {
  static async createSheet(ctx: RequestContext, input: ProductionSheetInput): Promise<ProductionSheet | NotFoundError | InvalidStateError | ChronologyError> {
    const order = await findRow(ctx, Order, input.orderId, { field: 'orderId' });
    if (!order) return new NotFoundError('orderId', 'Order');
    if (order.status !== OrderStatus.CONFIRMED && order.status !== OrderStatus.IN_PRODUCTION) {
      return new InvalidStateError('order', order.status, 'in_production', 'production is planned for confirmed orders or orders in production');
    }
    const workshop = await workshopById(ctx).load(parseId(input.workshopId, 'workshopId'));
    if (!workshop) return new NotFoundError('workshopId', 'Workshop');
    if (input.plannedEnd < input.plannedStart) throw badUserInput('plannedEnd', 'must not be before plannedStart');
    const tasks = input.tasks.map((task, index) => ({
      ...task, orderLineId: parseId(task.orderLineId, `tasks[${index}].orderLineId`), activityId: parseId(task.activityId, `tasks[${index}].activityId`),
    }));
    const lines: { description: string }[] = [];
    for (const [index, task] of tasks.entries()) {
      const line = await orderLineById(ctx).load(task.orderLineId);
      if (!line || line.orderId !== order.id) return new NotFoundError(`tasks[${index}].orderLineId`, 'Line of this order');
      if (!(await activityById(ctx).load(task.activityId))) return new NotFoundError(`tasks[${index}].activityId`, 'Activity');
      lines.push(line);
    }
    const establishment = (await establishmentById(ctx).load(order.establishmentId))!;
    const numbered = await nextDocumentNumber(ctx, 'production_sheet', establishment, input.plannedStart);
    if (numbered instanceof ChronologyError) return numbered;
    const [id] = await insertRows(ctx, ProductionSheet, [
      {
        establishmentId: order.establishmentId,
        orderId: order.id,
        workshopId: workshop.id,
        number: numbered.number,
        status: ProductionSheetStatus.PLANNED,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
      },
    ]);
    await insertRows(
      ctx,
      ProductionTask,
      tasks.map((task, index) => ({
        productionSheetId: id,
        orderLineId: task.orderLineId,
        activityId: task.activityId,
        description: task.description ?? lines[index].description,
        plannedQuantity: task.plannedQuantity ?? null,
        plannedHours: task.plannedHours ?? null,
      })),
    );
    return (await findRow(ctx, ProductionSheet, id))!;
  }

  static async transitionSheet(ctx: RequestContext, id: string, to: ProductionSheetStatus): Promise<ProductionSheet | NotFoundError | InvalidStateError> {
    const sheet = await findRow(ctx, ProductionSheet, id, { lock: true });
    if (!sheet) return new NotFoundError('id', 'Production sheet');
    const refused = checkTransition(productionSheetLifecycle, sheet.status, to);
    if (refused) return refused;
    await updateRow(ctx, ProductionSheet, sheet.id, { status: to });
    return (await findRow(ctx, ProductionSheet, sheet.id))!;
  }

  static listSheets(ctx: RequestContext, options: ProductionSheetListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx).add('t.order_id = ?', options.orderId).add('t.workshop_id = ?', options.workshopId).add('t.status = ?', options.status);
    return listQuery<ProductionSheet>(ctx, ProductionSheet, filter, options, 'planned_start', info);
  }

  static async allocate(ctx: RequestContext, input: AllocationInput): Promise<Allocation | NotFoundError> {
    if (!!input.beneficiaryId === !!input.workGroupId) throw badUserInput('beneficiaryId', 'give exactly one of beneficiaryId and workGroupId');
    if (input.plannedHours === undefined && input.plannedQuantity === undefined) throw badUserInput('plannedHours', 'give planned hours, a planned quantity or both');
    let orderLineId = parseOptionalId(input.orderLineId, 'orderLineId');
    if (input.productionTaskId) {
      const task = await productionTaskById(ctx).load(parseId(input.productionTaskId, 'productionTaskId'));
      if (!task) return new NotFoundError('productionTaskId', 'Production task');
      if (orderLineId && orderLineId !== task.orderLineId) throw badUserInput('orderLineId', 'the task belongs to another order line');
      orderLineId = task.orderLineId;
    }
    if (!orderLineId) throw badUserInput('orderLineId', 'give an order line or a production task');
    if (!(await orderLineById(ctx).load(orderLineId))) return new NotFoundError('orderLineId', 'Order line');
    if (input.beneficiaryId && !(await beneficiaryById(ctx).load(parseId(input.beneficiaryId, 'beneficiaryId')))) return new NotFoundError('beneficiaryId', 'Beneficiary');
    if (input.workGroupId && !(await workGroupById(ctx).load(parseId(input.workGroupId, 'workGroupId')))) return new NotFoundError('workGroupId', 'Work group');
    const [id] = await insertRows(ctx, Allocation, [
      {
        orderLineId,
        productionTaskId: parseOptionalId(input.productionTaskId, 'productionTaskId'),
        beneficiaryId: parseOptionalId(input.beneficiaryId, 'beneficiaryId'),
        workGroupId: parseOptionalId(input.workGroupId, 'workGroupId'),
        plannedHours: input.plannedHours ?? null,
        plannedQuantity: input.plannedQuantity ?? null,
      },
    ]);
    return (await findRow(ctx, Allocation, id))!;
  }

  /**
   * Replaces a work-group allocation by one allocation per member present in the group (not exited),
   * sharing the planned hours and quantity evenly (to the hundredth hour and thousandth unit; the
   * last member takes the rounding rest, so the totals are kept exactly).
   */
  static async expandGroupAllocation(ctx: RequestContext, id: string): Promise<AllocationExpansion | NotFoundError | InvalidStateError> {
    const allocation = await findRow(ctx, Allocation, id, { lock: true });
    if (!allocation) return new NotFoundError('id', 'Allocation');
    if (!allocation.workGroupId) return new InvalidStateError('allocation', 'beneficiary', 'expanded', 'only a work-group allocation can be expanded');
    const members = await ctx.db.query<{ id: number }>(
      `select id from beneficiary where organization_id = $1 and work_group_id = $2 and entry_date <= $3::date and (exit_date is null or exit_date >= $3::date)
        order by matricule`,
      [ctx.organizationId, allocation.workGroupId, todayInFrance()],
    );
    if (members.length === 0) return new InvalidStateError('allocation', 'empty group', 'expanded', 'the work group has no active member');
    const share = (total: number | null, scale: number) => {
      if (total === null) return members.map(() => null);
      const units = Math.round(total * scale);
      const each = Math.floor(units / members.length);
      return members.map((_, index) => (index === members.length - 1 ? units - each * (members.length - 1) : each) / scale);
    };
    const hours = share(allocation.plannedHours, 100);
    const quantities = share(allocation.plannedQuantity, 1000);
    const manager = await ctx.db.manager();
    await manager.delete(Allocation, { id: allocation.id, organizationId: ctx.organizationId });
    const ids = await insertRows(
      ctx,
      Allocation,
      members.map((member, index) => ({
        orderLineId: allocation.orderLineId,
        productionTaskId: allocation.productionTaskId,
        beneficiaryId: member.id,
        workGroupId: null,
        plannedHours: hours[index],
        plannedQuantity: quantities[index],
      })),
    );
    const allocations = await ctx.db.query<Allocation>(
      `select ${selectList(ctx, Allocation)} from allocation t where t.organization_id = $1 and t.id = any($2::bigint[]) order by t.id`,
      [ctx.organizationId, ids],
    );
    return { allocations };
  }

  static async createMadContract(ctx: RequestContext, input: MadContractInput): Promise<MadContract | NotFoundError | LegalLimitError | ChronologyError> {
    const establishment = await establishmentById(ctx).load(parseId(input.establishmentId, 'establishmentId'));
    if (!establishment) return new NotFoundError('establishmentId', 'Establishment');
    const customerId = parseId(input.customerId, 'customerId');
    if (!(await customerById(ctx).load(customerId))) return new NotFoundError('customerId', 'Customer');
    if (input.endDate < input.startDate) throw badUserInput('endDate', 'must not be before startDate');
    const beneficiaryIds = parseIds(input.beneficiaryIds ?? [], 'beneficiaryIds');
    if (input.kind === MadContractKind.INDIVIDUAL) {
      if (beneficiaryIds.length !== 1) throw badUserInput('beneficiaryIds', 'an individual MAD names exactly one beneficiary');
      const maxMonths = await requiredLegalParameter(ctx, 'mad_individual_max_months', input.startDate);
      if (input.endDate > lastDayOfPeriod(input.startDate, maxMonths)) {
        return new LegalLimitError('mad_individual_max_months', `an individual mise à disposition lasts at most ${maxMonths} months`);
      }
      const placement = await ProductionService.placementWith(ctx, beneficiaryIds[0], input);
      if (placement.endDate > lastDayOfPeriod(placement.startDate, maxMonths)) {
        const others = placement.contracts.filter((contract) => contract.number).map((contract) => contract.number);
        return new LegalLimitError(
          'mad_individual_max_months',
          `an individual mise à disposition lasts at most ${maxMonths} months with the same customer, renewals included: with ${others.join(', ')} ` +
            `(less than ${placement.breakMonths} months apart) the placement would run from ${placement.startDate} to ${placement.endDate}`,
        );
      }
    } else if (beneficiaryIds.length === 0 && !input.teamSize) {
      throw badUserInput('teamSize', 'a collective MAD names its beneficiaries or a team size');
    }
    for (const [index, id] of beneficiaryIds.entries()) {
      if (!(await beneficiaryById(ctx).load(id))) return new NotFoundError(`beneficiaryIds[${index}]`, 'Beneficiary');
    }
    if (input.orderLineId) {
      const line = await orderLineById(ctx).load(parseId(input.orderLineId, 'orderLineId'));
      const order = line ? await findRow(ctx, Order, line.orderId) : null;
      if (!line || !order || order.customerId !== customerId) return new NotFoundError('orderLineId', 'Order line of this customer');
    }
    const numbered = await nextDocumentNumber(ctx, 'mad_contract', establishment, input.startDate);
    if (numbered instanceof ChronologyError) return numbered;
    const [id] = await insertRows(ctx, MadContract, [
      {
        establishmentId: establishment.id,
        customerId,
        orderLineId: parseOptionalId(input.orderLineId, 'orderLineId'),
        number: numbered.number,
        kind: input.kind,
        activity: input.activity,
        place: input.place,
        teamSize: input.teamSize ?? (beneficiaryIds.length || null),
        startDate: input.startDate,
        endDate: input.endDate,
        hourlyRateCents: input.hourlyRateCents,
      },
    ]);
    if (beneficiaryIds.length) {
      const manager = await ctx.db.manager();
      await manager.insert(
        MadContractBeneficiary,
        beneficiaryIds.map((beneficiaryId) => ({ madContractId: id, beneficiaryId, organizationId: ctx.organizationId })),
      );
    }
    return (await findRow(ctx, MadContract, id))!;
  }

  /**
   * The placement of a beneficiary with a customer that a new individual contract would extend (see
   * madPlacement). Takes the beneficiary's placement lock, so that concurrent contracts count each other.
   */
  private static async placementWith(ctx: RequestContext, beneficiaryId: number, input: MadContractInput) {
    await lockBeneficiary(ctx, beneficiaryId, MAD_PLACEMENT_LOCK_SPACE);
    const breakMonths = await requiredLegalParameter(ctx, 'mad_individual_break_months', input.startDate);
    const contracts = await ctx.db.query<MadPeriod>(
      `select c.number, c.start_date as "startDate", c.end_date as "endDate"
         from mad_contract c join mad_contract_beneficiary mb on mb.mad_contract_id = c.id and mb.organization_id = c.organization_id
        where c.organization_id = $1 and c.kind = 'individual' and c.customer_id = $2 and mb.beneficiary_id = $3`,
      [ctx.organizationId, input.customerId, beneficiaryId],
    );
    return { ...madPlacement(contracts, { number: '', startDate: input.startDate, endDate: input.endDate }, breakMonths), breakMonths };
  }

  static listMadContracts(ctx: RequestContext, options: MadContractListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx).add('t.customer_id = ?', options.customerId).add('t.kind = ?', options.kind);
    if (options.endingWithinDays !== undefined) {
      const today = todayInFrance(); // the French calendar, as daysUntilEnd counts it
      filter.add('t.end_date between ?::date and ?::date + ?::int', today, today, options.endingWithinDays);
    }
    return listQuery<MadContract>(ctx, MadContract, filter, options, 'end_date', info);
  }
}

export class WorkRecordService {
  /**
   * Records a pointage; the order line comes from the task or the MAD contract when one is given.
   * Refused when the beneficiary's day would pass 24 hours (WorkDayLimitError).
   */
  static async record(ctx: RequestContext, input: WorkRecordInput): Promise<WorkRecord | NotFoundError | InactiveBeneficiaryError | InvalidStateError | WorkDayLimitError> {
    const beneficiary = await beneficiaryById(ctx).load(parseId(input.beneficiaryId, 'beneficiaryId'));
    if (!beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    if (input.workDate < beneficiary.entryDate || (beneficiary.exitDate && input.workDate > beneficiary.exitDate)) {
      return new InactiveBeneficiaryError(`beneficiary ${beneficiary.matricule} was not present on ${input.workDate}`);
    }
    if (input.workDate > todayInFrance()) throw badUserInput('workDate', 'work cannot be recorded in the future');
    let orderLineId = input.orderLineId ? parseId(input.orderLineId, 'orderLineId') : null;
    let workshopId: number | null = beneficiary.mainWorkshopId;
    if (input.productionTaskId) {
      const task = await productionTaskById(ctx).load(parseId(input.productionTaskId, 'productionTaskId'));
      if (!task) return new NotFoundError('productionTaskId', 'Production task');
      const sheet = (await findRow(ctx, ProductionSheet, task.productionSheetId))!;
      if (orderLineId && orderLineId !== task.orderLineId) throw badUserInput('orderLineId', 'the task belongs to another order line');
      orderLineId = task.orderLineId;
      workshopId = sheet.workshopId;
    }
    if (input.madContractId) {
      const contract = await madContractById(ctx).load(parseId(input.madContractId, 'madContractId'));
      if (!contract) return new NotFoundError('madContractId', 'MAD contract');
      if (!contract.orderLineId) return new InvalidStateError('MAD contract', 'without order line', 'recorded', 'the MAD contract has no order line to bill its hours on');
      if (input.workDate < contract.startDate || input.workDate > contract.endDate) {
        return new InvalidStateError('MAD contract', 'outside its period', 'recorded', `the MAD contract runs from ${contract.startDate} to ${contract.endDate}`);
      }
      const named = await ctx.db.query<{ beneficiaryId: number }>(
        'select beneficiary_id as "beneficiaryId" from mad_contract_beneficiary where organization_id = $1 and mad_contract_id = $2',
        [ctx.organizationId, contract.id],
      );
      if (named.length > 0 && !named.some((row) => row.beneficiaryId === beneficiary.id)) {
        return new InvalidStateError('MAD contract', 'other beneficiaries', 'recorded', `the MAD contract ${contract.number} does not name beneficiary ${beneficiary.matricule}`);
      }
      orderLineId = contract.orderLineId;
    }
    if (!orderLineId) throw badUserInput('orderLineId', 'give an order line, a production task or a MAD contract');
    if (!(await orderLineById(ctx).load(orderLineId))) return new NotFoundError('orderLineId', 'Order line');
    await assertMayRecordFor(ctx, [workshopId]);
    const dayLimit = await checkWorkDay(ctx, beneficiary, input.workDate, input.hours);
    if (dayLimit) return dayLimit;
    const [id] = await insertRows(ctx, WorkRecord, [
      {
        beneficiaryId: beneficiary.id,
        workDate: input.workDate,
        orderLineId,
        productionTaskId: parseOptionalId(input.productionTaskId, 'productionTaskId'),
        madContractId: parseOptionalId(input.madContractId, 'madContractId'),
        hours: input.hours,
        quantity: input.quantity ?? 0,
        rejectedQuantity: input.rejectedQuantity ?? 0,
        comment: input.comment ?? null,
        status: WorkRecordStatus.RECORDED,
        recordedBy: ctx.user!.userId,
      },
    ]);
    return (await findRow(ctx, WorkRecord, id))!;
  }

  /** The workshop each record belongs to (its task's sheet, else its beneficiary's main workshop). */
  private static async workshopsOf(ctx: RequestContext, ids: number[]) {
    return ctx.db.query<{ id: number; status: WorkRecordStatus; workshopId: number | null }>(
      `select w.id, w.status, coalesce(s.workshop_id, b.main_workshop_id) as "workshopId"
         from work_record w join beneficiary b on b.id = w.beneficiary_id
         left join production_task t on t.id = w.production_task_id left join production_sheet s on s.id = t.production_sheet_id
        where w.organization_id = $1 and w.id = any($2::bigint[]) order by w.id for update of w`,
      [ctx.organizationId, ids],
    );
  }

  /** Validates recorded pointages; already validated ones are left as they are. */
  static async validate(ctx: RequestContext, recordIds: string[]): Promise<WorkRecordValidation | NotFoundError> {
    const ids = parseIds(recordIds, 'ids');
    const rows = await WorkRecordService.workshopsOf(ctx, ids);
    const missing = ids.findIndex((id) => !rows.some((row) => row.id === id));
    if (missing >= 0) return new NotFoundError(`ids[${missing}]`, 'Work record');
    await assertMayRecordFor(ctx, rows.map((row) => row.workshopId));
    await ctx.db.query(
      `update work_record set status = 'validated', validated_by = $3, validated_at = now(), updated_at = now()
        where organization_id = $1 and id = any($2::bigint[]) and status = 'recorded'`,
      [ctx.organizationId, ids, ctx.user!.userId],
    );
    const records = await ctx.db.query<WorkRecord>(
      `select ${selectList(ctx, WorkRecord)} from work_record t where t.organization_id = $1 and t.id = any($2::bigint[]) order by t.id`,
      [ctx.organizationId, ids],
    );
    return { records };
  }

  /**
   * A validated record never changes: the correction is a new record holding the differences
   * between the right values and what the record and its earlier corrections add up to. Refused
   * when it would bring the beneficiary's day past 24 hours (WorkDayLimitError).
   */
  static async correct(ctx: RequestContext, id: string, input: WorkRecordCorrectionInput): Promise<WorkRecord | NotFoundError | InvalidStateError | WorkDayLimitError> {
    const original = await findRow(ctx, WorkRecord, id, { lock: true });
    if (!original) return new NotFoundError('id', 'Work record');
    if (original.correctsId) return new InvalidStateError('work record', 'correction', 'corrected', 'correct the original record, not a correction');
    if (original.status !== WorkRecordStatus.VALIDATED) {
      return new InvalidStateError('work record', original.status, 'corrected', 'a record not yet validated is corrected by editing it before validation');
    }
    const [{ workshopId }] = await WorkRecordService.workshopsOf(ctx, [original.id]);
    await assertMayRecordFor(ctx, [workshopId]);
    const [current] = await ctx.db.query<{ hours: number; quantity: number; rejected: number }>(
      `select sum(hours) as hours, sum(quantity) as quantity, sum(rejected_quantity) as rejected from work_record
        where organization_id = $1 and (id = $2 or corrects_id = $2)`,
      [ctx.organizationId, original.id],
    );
    const delta = (target: number, now: number, scale: number) => Math.round((target - now) * scale) / scale;
    const hours = delta(input.hours, current.hours, 100);
    const beneficiary = (await beneficiaryById(ctx).load(original.beneficiaryId))!;
    const dayLimit = await checkWorkDay(ctx, beneficiary, original.workDate, hours);
    if (dayLimit) return dayLimit;
    const [correctionId] = await insertRows(ctx, WorkRecord, [
      {
        beneficiaryId: original.beneficiaryId,
        workDate: original.workDate,
        orderLineId: original.orderLineId,
        productionTaskId: original.productionTaskId,
        madContractId: original.madContractId,
        hours,
        quantity: delta(input.quantity, current.quantity, 1000),
        rejectedQuantity: delta(input.rejectedQuantity, current.rejected, 1000),
        comment: input.comment,
        status: WorkRecordStatus.RECORDED,
        correctsId: original.id,
        recordedBy: ctx.user!.userId,
      },
    ]);
    return (await findRow(ctx, WorkRecord, correctionId))!;
  }

  static list(ctx: RequestContext, options: WorkRecordListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx)
      .add('t.beneficiary_id = ?', options.beneficiaryId)
      .add('t.order_line_id = ?', options.orderLineId)
      .add('t.beneficiary_id in (select id from beneficiary where main_workshop_id = ?)', options.workshopId)
      .add('t.status = ?', options.status)
      .add('t.work_date >= ?::date', options.from)
      .add('t.work_date <= ?::date', options.to);
    return listQuery<WorkRecord>(ctx, WorkRecord, filter, options, 'work_date', info);
  }
}
