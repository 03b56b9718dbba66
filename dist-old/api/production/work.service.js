"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkRecordService = exports.ProductionService = exports.MAD_ENDING_SOON_DAYS = void 0;
exports.madPlacement = madPlacement;
exports.madContractTimeline = madContractTimeline;
exports.assertMayRecordFor = assertMayRecordFor;
const legal_parameters_1 = require("../common/legal-parameters");
const production_entity_1 = require("../../schema/entities/production.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const error_results_1 = require("../../schema/error-results");
const enums_1 = require("../../schema/enums");
const sales_loaders_1 = require("../sales/sales.loaders");
const organization_loaders_1 = require("../organization/organization.loaders");
const rows_1 = require("../common/rows");
const document_numbering_1 = require("../common/document-numbering");
const dates_1 = require("../../kernel/dates");
const state_machine_1 = require("../common/state-machine");
const lifecycles_1 = require("../../kernel/lifecycles");
const list_query_1 = require("../read/list-query");
const read_model_1 = require("../read/read-model");
const errors_1 = require("../common/errors");
const production_loaders_1 = require("./production.loaders");
const work_day_1 = require("./work-day");
/** Lock space of a beneficiary's MAD placements: two contracts created at once are counted together. */
const MAD_PLACEMENT_LOCK_SPACE = 0x4d414450;
/**
 * The placement a new individual MAD contract belongs to: the run of the beneficiary's individual
 * contracts with the same customer, each starting less than `breakMonths` months after the end of
 * the run so far (overlaps included). A break of `breakMonths` months or more starts a new placement.
 */
function madPlacement(contracts, added, breakMonths) {
    const sorted = [...contracts, added].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    let run = null;
    for (const contract of sorted) {
        if (run && contract.startDate <= (0, dates_1.lastDayOfPeriod)((0, dates_1.addDays)(run.endDate, 1), breakMonths)) {
            run.contracts.push(contract);
            if (contract.endDate > run.endDate)
                run.endDate = contract.endDate;
        }
        else {
            if (run?.contracts.includes(added))
                break;
            run = { startDate: contract.startDate, endDate: contract.endDate, contracts: [contract] };
        }
    }
    return run;
}
/** How long before its end a MAD contract is flagged: time to renew it or to prepare the return. */
exports.MAD_ENDING_SOON_DAYS = 60;
/** Days from today (Europe/Paris) to a MAD contract's end, and whether that calls for a warning. */
function madContractTimeline(contract) {
    const daysUntilEnd = (0, dates_1.daysBetween)((0, dates_1.todayInFrance)(), contract.endDate);
    return { daysUntilEnd, endingSoon: daysUntilEnd >= 0 && daysUntilEnd <= exports.MAD_ENDING_SOON_DAYS };
}
/**
 * Supervisors record and validate work only for the workshops they are linked to; admins for all.
 * The workshop of a record is its task's production-sheet workshop, else the beneficiary's main workshop.
 */
async function assertMayRecordFor(ctx, workshopIds) {
    if (ctx.user.roles.includes(enums_1.Role.ADMIN))
        return;
    const rows = await ctx.db.query('select workshop_id as "workshopId" from workshop_supervisor where organization_id = $1 and user_id = $2', [
        ctx.organizationId,
        ctx.user.userId,
    ]);
    const mine = new Set(rows.map((row) => Number(row.workshopId)));
    if (workshopIds.some((id) => id === null || !mine.has(Number(id))))
        throw (0, errors_1.forbidden)();
}
class ProductionService {
    static async createSheet(ctx, input) {
        const order = await (0, rows_1.findRow)(ctx, sales_entity_1.Order, input.orderId, { field: 'orderId' });
        if (!order)
            return new error_results_1.NotFoundError('orderId', 'Order');
        if (order.status !== enums_1.OrderStatus.CONFIRMED && order.status !== enums_1.OrderStatus.IN_PRODUCTION) {
            return new error_results_1.InvalidStateError('order', order.status, 'in_production', 'production is planned for confirmed orders or orders in production');
        }
        const workshop = await (0, production_loaders_1.workshopById)(ctx).load(Number(input.workshopId));
        if (!workshop)
            return new error_results_1.NotFoundError('workshopId', 'Workshop');
        if (input.plannedEnd < input.plannedStart)
            throw (0, errors_1.badUserInput)('plannedEnd', 'must not be before plannedStart');
        for (const [index, task] of input.tasks.entries()) {
            const line = await (0, sales_loaders_1.orderLineById)(ctx).load(Number(task.orderLineId));
            if (!line || Number(line.orderId) !== Number(order.id))
                return new error_results_1.NotFoundError(`tasks[${index}].orderLineId`, 'Line of this order');
            if (!(await (0, production_loaders_1.activityById)(ctx).load(Number(task.activityId))))
                return new error_results_1.NotFoundError(`tasks[${index}].activityId`, 'Activity');
        }
        const establishment = (await (0, organization_loaders_1.establishmentById)(ctx).load(Number(order.establishmentId)));
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'production_sheet', establishment, input.plannedStart);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.ProductionSheet, [
            {
                establishmentId: String(order.establishmentId),
                orderId: String(order.id),
                workshopId: input.workshopId,
                number: numbered.number,
                status: enums_1.ProductionSheetStatus.PLANNED,
                plannedStart: input.plannedStart,
                plannedEnd: input.plannedEnd,
            },
        ]);
        const lines = await Promise.all(input.tasks.map((task) => (0, sales_loaders_1.orderLineById)(ctx).load(Number(task.orderLineId))));
        await (0, rows_1.insertRows)(ctx, production_entity_1.ProductionTask, input.tasks.map((task, index) => ({
            productionSheetId: String(id),
            orderLineId: task.orderLineId,
            activityId: task.activityId,
            description: task.description ?? lines[index].description,
            plannedQuantity: task.plannedQuantity ?? null,
            plannedHours: task.plannedHours ?? null,
        })));
        return (await (0, rows_1.findRow)(ctx, production_entity_1.ProductionSheet, id));
    }
    static async transitionSheet(ctx, id, to) {
        const sheet = await (0, rows_1.findRow)(ctx, production_entity_1.ProductionSheet, id, { lock: true });
        if (!sheet)
            return new error_results_1.NotFoundError('id', 'Production sheet');
        const refused = (0, state_machine_1.checkTransition)(lifecycles_1.productionSheetLifecycle, sheet.status, to);
        if (refused)
            return refused;
        await (0, rows_1.updateRow)(ctx, production_entity_1.ProductionSheet, sheet.id, { status: to });
        return (await (0, rows_1.findRow)(ctx, production_entity_1.ProductionSheet, sheet.id));
    }
    static listSheets(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx).add('t.order_id = ?', options.orderId).add('t.workshop_id = ?', options.workshopId).add('t.status = ?', options.status);
        return (0, list_query_1.listQuery)(ctx, production_entity_1.ProductionSheet, filter, options, 'planned_start', info);
    }
    static async allocate(ctx, input) {
        if (!!input.beneficiaryId === !!input.workGroupId)
            throw (0, errors_1.badUserInput)('beneficiaryId', 'give exactly one of beneficiaryId and workGroupId');
        if (input.plannedHours === undefined && input.plannedQuantity === undefined)
            throw (0, errors_1.badUserInput)('plannedHours', 'give planned hours, a planned quantity or both');
        let orderLineId = input.orderLineId;
        if (input.productionTaskId) {
            const task = await (0, production_loaders_1.productionTaskById)(ctx).load(Number(input.productionTaskId));
            if (!task)
                return new error_results_1.NotFoundError('productionTaskId', 'Production task');
            if (orderLineId && Number(orderLineId) !== Number(task.orderLineId))
                throw (0, errors_1.badUserInput)('orderLineId', 'the task belongs to another order line');
            orderLineId = String(task.orderLineId);
        }
        if (!orderLineId)
            throw (0, errors_1.badUserInput)('orderLineId', 'give an order line or a production task');
        if (!(await (0, sales_loaders_1.orderLineById)(ctx).load(Number(orderLineId))))
            return new error_results_1.NotFoundError('orderLineId', 'Order line');
        if (input.beneficiaryId && !(await (0, production_loaders_1.beneficiaryById)(ctx).load(Number(input.beneficiaryId))))
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        if (input.workGroupId && !(await (0, production_loaders_1.workGroupById)(ctx).load(Number(input.workGroupId))))
            return new error_results_1.NotFoundError('workGroupId', 'Work group');
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.Allocation, [
            {
                orderLineId,
                productionTaskId: input.productionTaskId ?? null,
                beneficiaryId: input.beneficiaryId ?? null,
                workGroupId: input.workGroupId ?? null,
                plannedHours: input.plannedHours ?? null,
                plannedQuantity: input.plannedQuantity ?? null,
            },
        ]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.Allocation, id));
    }
    /**
     * Replaces a work-group allocation by one allocation per member present in the group (not exited),
     * sharing the planned hours and quantity evenly (to the hundredth hour and thousandth unit; the
     * last member takes the rounding rest, so the totals are kept exactly).
     */
    static async expandGroupAllocation(ctx, id) {
        const allocation = await (0, rows_1.findRow)(ctx, production_entity_1.Allocation, id, { lock: true });
        if (!allocation)
            return new error_results_1.NotFoundError('id', 'Allocation');
        if (!allocation.workGroupId)
            return new error_results_1.InvalidStateError('allocation', 'beneficiary', 'expanded', 'only a work-group allocation can be expanded');
        const members = await ctx.db.query(`select id from beneficiary where organization_id = $1 and work_group_id = $2 and entry_date <= $3::date and (exit_date is null or exit_date >= $3::date)
        order by matricule`, [ctx.organizationId, allocation.workGroupId, (0, dates_1.todayInFrance)()]);
        if (members.length === 0)
            return new error_results_1.InvalidStateError('allocation', 'empty group', 'expanded', 'the work group has no active member');
        const share = (total, scale) => {
            if (total === null)
                return members.map(() => null);
            const units = Math.round(total * scale);
            const each = Math.floor(units / members.length);
            return members.map((_, index) => (index === members.length - 1 ? units - each * (members.length - 1) : each) / scale);
        };
        const hours = share(allocation.plannedHours === null ? null : Number(allocation.plannedHours), 100);
        const quantities = share(allocation.plannedQuantity === null ? null : Number(allocation.plannedQuantity), 1000);
        const manager = await ctx.db.manager();
        await manager.delete(production_entity_1.Allocation, { id: String(allocation.id), organizationId: String(ctx.organizationId) });
        const ids = await (0, rows_1.insertRows)(ctx, production_entity_1.Allocation, members.map((member, index) => ({
            orderLineId: String(allocation.orderLineId),
            productionTaskId: allocation.productionTaskId,
            beneficiaryId: String(member.id),
            workGroupId: null,
            plannedHours: hours[index],
            plannedQuantity: quantities[index],
        })));
        const allocations = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, production_entity_1.Allocation)} from allocation t where t.organization_id = $1 and t.id = any($2::bigint[]) order by t.id`, [ctx.organizationId, ids]);
        return { allocations };
    }
    static async createMadContract(ctx, input) {
        const establishment = await (0, organization_loaders_1.establishmentById)(ctx).load(Number(input.establishmentId));
        if (!establishment)
            return new error_results_1.NotFoundError('establishmentId', 'Establishment');
        if (!(await (0, sales_loaders_1.customerById)(ctx).load(Number(input.customerId))))
            return new error_results_1.NotFoundError('customerId', 'Customer');
        if (input.endDate < input.startDate)
            throw (0, errors_1.badUserInput)('endDate', 'must not be before startDate');
        const beneficiaryIds = (0, errors_1.parseIds)(input.beneficiaryIds ?? [], 'beneficiaryIds');
        if (input.kind === enums_1.MadContractKind.INDIVIDUAL) {
            if (beneficiaryIds.length !== 1)
                throw (0, errors_1.badUserInput)('beneficiaryIds', 'an individual MAD names exactly one beneficiary');
            const maxMonths = await (0, legal_parameters_1.requiredLegalParameter)(ctx, 'mad_individual_max_months', input.startDate);
            if (input.endDate > (0, dates_1.lastDayOfPeriod)(input.startDate, maxMonths)) {
                return new error_results_1.LegalLimitError('mad_individual_max_months', `an individual mise à disposition lasts at most ${maxMonths} months`);
            }
            const placement = await ProductionService.placementWith(ctx, beneficiaryIds[0], input);
            if (placement.endDate > (0, dates_1.lastDayOfPeriod)(placement.startDate, maxMonths)) {
                const others = placement.contracts.filter((contract) => contract.number).map((contract) => contract.number);
                return new error_results_1.LegalLimitError('mad_individual_max_months', `an individual mise à disposition lasts at most ${maxMonths} months with the same customer, renewals included: with ${others.join(', ')} ` +
                    `(less than ${placement.breakMonths} months apart) the placement would run from ${placement.startDate} to ${placement.endDate}`);
            }
        }
        else if (beneficiaryIds.length === 0 && !input.teamSize) {
            throw (0, errors_1.badUserInput)('teamSize', 'a collective MAD names its beneficiaries or a team size');
        }
        for (const [index, id] of beneficiaryIds.entries()) {
            if (!(await (0, production_loaders_1.beneficiaryById)(ctx).load(id)))
                return new error_results_1.NotFoundError(`beneficiaryIds[${index}]`, 'Beneficiary');
        }
        if (input.orderLineId) {
            const line = await (0, sales_loaders_1.orderLineById)(ctx).load(Number(input.orderLineId));
            const order = line ? await (0, rows_1.findRow)(ctx, sales_entity_1.Order, line.orderId) : null;
            if (!line || !order || Number(order.customerId) !== Number(input.customerId))
                return new error_results_1.NotFoundError('orderLineId', 'Order line of this customer');
        }
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'mad_contract', establishment, input.startDate);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.MadContract, [
            {
                establishmentId: input.establishmentId,
                customerId: input.customerId,
                orderLineId: input.orderLineId ?? null,
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
            await manager.insert(production_entity_1.MadContractBeneficiary, beneficiaryIds.map((beneficiaryId) => ({ madContractId: String(id), beneficiaryId: String(beneficiaryId), organizationId: String(ctx.organizationId) })));
        }
        return (await (0, rows_1.findRow)(ctx, production_entity_1.MadContract, id));
    }
    /**
     * The placement of a beneficiary with a customer that a new individual contract would extend (see
     * madPlacement). Takes the beneficiary's placement lock, so that concurrent contracts count each other.
     */
    static async placementWith(ctx, beneficiaryId, input) {
        await (0, work_day_1.lockBeneficiary)(ctx, beneficiaryId, MAD_PLACEMENT_LOCK_SPACE);
        const breakMonths = await (0, legal_parameters_1.requiredLegalParameter)(ctx, 'mad_individual_break_months', input.startDate);
        const contracts = await ctx.db.query(`select c.number, c.start_date as "startDate", c.end_date as "endDate"
         from mad_contract c join mad_contract_beneficiary mb on mb.mad_contract_id = c.id and mb.organization_id = c.organization_id
        where c.organization_id = $1 and c.kind = 'individual' and c.customer_id = $2 and mb.beneficiary_id = $3`, [ctx.organizationId, input.customerId, beneficiaryId]);
        return { ...madPlacement(contracts, { number: '', startDate: input.startDate, endDate: input.endDate }, breakMonths), breakMonths };
    }
    static listMadContracts(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx).add('t.customer_id = ?', options.customerId);
        if (options.endingWithinDays !== undefined) {
            const today = (0, dates_1.todayInFrance)(); // the French calendar, as daysUntilEnd counts it
            filter.add('t.end_date between ?::date and ?::date + ?::int', today, today, options.endingWithinDays);
        }
        return (0, list_query_1.listQuery)(ctx, production_entity_1.MadContract, filter, options, 'end_date', info);
    }
}
exports.ProductionService = ProductionService;
class WorkRecordService {
    /**
     * Records a pointage; the order line comes from the task or the MAD contract when one is given.
     * Refused when the beneficiary's day would pass 24 hours (WorkDayLimitError).
     */
    static async record(ctx, input) {
        const beneficiary = await (0, production_loaders_1.beneficiaryById)(ctx).load(Number(input.beneficiaryId));
        if (!beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        if (input.workDate < beneficiary.entryDate || (beneficiary.exitDate && input.workDate > beneficiary.exitDate)) {
            return new error_results_1.InactiveBeneficiaryError(`beneficiary ${beneficiary.matricule} was not present on ${input.workDate}`);
        }
        if (input.workDate > (0, dates_1.todayInFrance)())
            throw (0, errors_1.badUserInput)('workDate', 'work cannot be recorded in the future');
        let orderLineId = input.orderLineId ? Number(input.orderLineId) : null;
        let workshopId = beneficiary.mainWorkshopId;
        if (input.productionTaskId) {
            const task = await (0, production_loaders_1.productionTaskById)(ctx).load(Number(input.productionTaskId));
            if (!task)
                return new error_results_1.NotFoundError('productionTaskId', 'Production task');
            const sheet = (await (0, rows_1.findRow)(ctx, production_entity_1.ProductionSheet, task.productionSheetId));
            if (orderLineId && orderLineId !== Number(task.orderLineId))
                throw (0, errors_1.badUserInput)('orderLineId', 'the task belongs to another order line');
            orderLineId = Number(task.orderLineId);
            workshopId = sheet.workshopId;
        }
        if (input.madContractId) {
            const contract = await (0, production_loaders_1.madContractById)(ctx).load(Number(input.madContractId));
            if (!contract)
                return new error_results_1.NotFoundError('madContractId', 'MAD contract');
            if (!contract.orderLineId)
                return new error_results_1.InvalidStateError('MAD contract', 'without order line', 'recorded', 'the MAD contract has no order line to bill its hours on');
            if (input.workDate < contract.startDate || input.workDate > contract.endDate) {
                return new error_results_1.InvalidStateError('MAD contract', 'outside its period', 'recorded', `the MAD contract runs from ${contract.startDate} to ${contract.endDate}`);
            }
            const named = await ctx.db.query('select beneficiary_id as "beneficiaryId" from mad_contract_beneficiary where organization_id = $1 and mad_contract_id = $2', [ctx.organizationId, contract.id]);
            if (named.length > 0 && !named.some((row) => Number(row.beneficiaryId) === Number(beneficiary.id))) {
                return new error_results_1.InvalidStateError('MAD contract', 'other beneficiaries', 'recorded', `the MAD contract ${contract.number} does not name beneficiary ${beneficiary.matricule}`);
            }
            orderLineId = Number(contract.orderLineId);
        }
        if (!orderLineId)
            throw (0, errors_1.badUserInput)('orderLineId', 'give an order line, a production task or a MAD contract');
        if (!(await (0, sales_loaders_1.orderLineById)(ctx).load(orderLineId)))
            return new error_results_1.NotFoundError('orderLineId', 'Order line');
        await assertMayRecordFor(ctx, [workshopId]);
        const dayLimit = await (0, work_day_1.checkWorkDay)(ctx, beneficiary, input.workDate, input.hours);
        if (dayLimit)
            return dayLimit;
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.WorkRecord, [
            {
                beneficiaryId: input.beneficiaryId,
                workDate: input.workDate,
                orderLineId: String(orderLineId),
                productionTaskId: input.productionTaskId ?? null,
                madContractId: input.madContractId ?? null,
                hours: input.hours,
                quantity: input.quantity ?? 0,
                rejectedQuantity: input.rejectedQuantity ?? 0,
                comment: input.comment ?? null,
                status: enums_1.WorkRecordStatus.RECORDED,
                recordedBy: String(ctx.user.userId),
            },
        ]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.WorkRecord, id));
    }
    /** The workshop each record belongs to (its task's sheet, else its beneficiary's main workshop). */
    static async workshopsOf(ctx, ids) {
        return ctx.db.query(`select w.id, w.status, coalesce(s.workshop_id, b.main_workshop_id) as "workshopId"
         from work_record w join beneficiary b on b.id = w.beneficiary_id
         left join production_task t on t.id = w.production_task_id left join production_sheet s on s.id = t.production_sheet_id
        where w.organization_id = $1 and w.id = any($2::bigint[]) order by w.id for update of w`, [ctx.organizationId, ids]);
    }
    /** Validates recorded pointages; already validated ones are left as they are. */
    static async validate(ctx, recordIds) {
        const ids = (0, errors_1.parseIds)(recordIds, 'ids');
        const rows = await WorkRecordService.workshopsOf(ctx, ids);
        const missing = ids.findIndex((id) => !rows.some((row) => Number(row.id) === id));
        if (missing >= 0)
            return new error_results_1.NotFoundError(`ids[${missing}]`, 'Work record');
        await assertMayRecordFor(ctx, rows.map((row) => row.workshopId));
        await ctx.db.query(`update work_record set status = 'validated', validated_by = $3, validated_at = now(), updated_at = now()
        where organization_id = $1 and id = any($2::bigint[]) and status = 'recorded'`, [ctx.organizationId, ids, ctx.user.userId]);
        const records = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, production_entity_1.WorkRecord)} from work_record t where t.organization_id = $1 and t.id = any($2::bigint[]) order by t.id`, [ctx.organizationId, ids]);
        return { records };
    }
    /**
     * A validated record never changes: the correction is a new record holding the differences
     * between the right values and what the record and its earlier corrections add up to. Refused
     * when it would bring the beneficiary's day past 24 hours (WorkDayLimitError).
     */
    static async correct(ctx, id, input) {
        const original = await (0, rows_1.findRow)(ctx, production_entity_1.WorkRecord, id, { lock: true });
        if (!original)
            return new error_results_1.NotFoundError('id', 'Work record');
        if (original.correctsId)
            return new error_results_1.InvalidStateError('work record', 'correction', 'corrected', 'correct the original record, not a correction');
        if (original.status !== enums_1.WorkRecordStatus.VALIDATED) {
            return new error_results_1.InvalidStateError('work record', original.status, 'corrected', 'a record not yet validated is corrected by editing it before validation');
        }
        const [{ workshopId }] = await WorkRecordService.workshopsOf(ctx, [Number(original.id)]);
        await assertMayRecordFor(ctx, [workshopId]);
        const [current] = await ctx.db.query(`select sum(hours) as hours, sum(quantity) as quantity, sum(rejected_quantity) as rejected from work_record
        where organization_id = $1 and (id = $2 or corrects_id = $2)`, [ctx.organizationId, original.id]);
        const delta = (target, now, scale) => Math.round((target - now) * scale) / scale;
        const hours = delta(input.hours, Number(current.hours), 100);
        const beneficiary = (await (0, production_loaders_1.beneficiaryById)(ctx).load(Number(original.beneficiaryId)));
        const dayLimit = await (0, work_day_1.checkWorkDay)(ctx, beneficiary, original.workDate, hours);
        if (dayLimit)
            return dayLimit;
        const [correctionId] = await (0, rows_1.insertRows)(ctx, production_entity_1.WorkRecord, [
            {
                beneficiaryId: String(original.beneficiaryId),
                workDate: original.workDate,
                orderLineId: String(original.orderLineId),
                productionTaskId: original.productionTaskId,
                madContractId: original.madContractId,
                hours,
                quantity: delta(input.quantity, Number(current.quantity), 1000),
                rejectedQuantity: delta(input.rejectedQuantity, Number(current.rejected), 1000),
                comment: input.comment,
                status: enums_1.WorkRecordStatus.RECORDED,
                correctsId: String(original.id),
                recordedBy: String(ctx.user.userId),
            },
        ]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.WorkRecord, correctionId));
    }
    static list(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx)
            .add('t.beneficiary_id = ?', options.beneficiaryId)
            .add('t.order_line_id = ?', options.orderLineId)
            .add('t.beneficiary_id in (select id from beneficiary where main_workshop_id = ?)', options.workshopId)
            .add('t.status = ?', options.status)
            .add('t.work_date >= ?::date', options.from)
            .add('t.work_date <= ?::date', options.to);
        return (0, list_query_1.listQuery)(ctx, production_entity_1.WorkRecord, filter, options, 'work_date', info);
    }
}
exports.WorkRecordService = WorkRecordService;
//# sourceMappingURL=work.service.js.map