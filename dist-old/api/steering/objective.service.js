"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ObjectiveService = exports.objectiveProgressById = void 0;
const dataloader_1 = __importDefault(require("dataloader"));
const objective_entity_1 = require("../../schema/entities/objective.entity");
const error_results_1 = require("../../schema/error-results");
const enums_1 = require("../../schema/enums");
const errors_1 = require("../common/errors");
const dates_1 = require("../../kernel/dates");
const list_query_1 = require("../read/list-query");
const read_model_1 = require("../read/read-model");
const rows_1 = require("../common/rows");
const production_loaders_1 = require("../production/production.loaders");
const work_service_1 = require("../production/work.service");
const steering_access_1 = require("./steering-access");
/** The longest period an objective may span. */
const MAX_MONTHS = 36;
const SUBJECT_FIELD = { [enums_1.ObjectiveScope.INDIVIDUAL]: 'beneficiaryId', [enums_1.ObjectiveScope.WORK_GROUP]: 'workGroupId', [enums_1.ObjectiveScope.WORKSHOP]: 'workshopId' };
/** A period of whole months, start first and at most MAX_MONTHS long, or BAD_USER_INPUT naming the field. */
function checkPeriod(periodStart, periodEnd) {
    if ((0, dates_1.addDays)(periodEnd, 1).slice(8) !== '01')
        throw (0, errors_1.badUserInput)('periodEnd', 'must be the last day of a month');
    if (periodEnd < periodStart)
        throw (0, errors_1.badUserInput)('periodEnd', 'must not be before periodStart');
    const months = (Number(periodEnd.slice(0, 4)) - Number(periodStart.slice(0, 4))) * 12 + Number(periodEnd.slice(5, 7)) - Number(periodStart.slice(5, 7)) + 1;
    if (months > MAX_MONTHS)
        throw (0, errors_1.badUserInput)('periodEnd', `an objective spans at most ${MAX_MONTHS} months`);
}
function checkTarget(measure, target) {
    if (measure === 'quality' && target > 1)
        throw (0, errors_1.badUserInput)('target', 'a QUALITY target is a share of at most 1 (1 − rejected ÷ produced)');
}
/**
 * Who may set an objective: admins any; médico-social staff the individual ones; supervisors the
 * collective ones of the workshops they are linked to (a work group's: its workshop's).
 */
async function assertMayManage(ctx, objective) {
    const roles = ctx.user.roles;
    if (roles.includes(enums_1.Role.ADMIN))
        return;
    if (objective.scope === enums_1.ObjectiveScope.INDIVIDUAL) {
        if (!roles.includes(enums_1.Role.MEDICO_SOCIAL))
            throw (0, errors_1.forbidden)();
        return;
    }
    if (!roles.includes(enums_1.Role.SUPERVISOR))
        throw (0, errors_1.forbidden)();
    const workshopId = objective.workshopId ?? (await (0, production_loaders_1.workGroupById)(ctx).load(Number(objective.workGroupId)))?.workshopId ?? null;
    await (0, work_service_1.assertMayRecordFor)(ctx, [workshopId]);
}
exports.objectiveProgressById = (0, read_model_1.defineLoader)((ctx) => new dataloader_1.default(async (ids) => {
    const rows = await ctx.db.query(`select objective_id as key, actual_value as actual, progress, reached, elapsed_share as "elapsedShare"
         from reporting.fct_objective_progress where objective_id = any($1::bigint[])`, [ids]);
    const byId = new Map(rows.map((row) => [Number(row.key), row]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
}));
/** Individual and collective objectives, their life cycle (open → closed) and who may set them. */
class ObjectiveService {
    static async list(ctx, options = {}, info) {
        const individual = (0, steering_access_1.mayReadIndividualFigures)(ctx);
        if (!individual && (options.scope === enums_1.ObjectiveScope.INDIVIDUAL || options.beneficiaryId))
            throw (0, errors_1.forbidden)();
        const filter = new list_query_1.Filter(ctx)
            .add('t.scope = ?', options.scope)
            .add('t.status = ?', options.status)
            .add('t.beneficiary_id = ?', options.beneficiaryId && (0, errors_1.parseId)(options.beneficiaryId, 'options.beneficiaryId'))
            .add('t.work_group_id = ?', options.workGroupId && (0, errors_1.parseId)(options.workGroupId, 'options.workGroupId'))
            .add('t.workshop_id = ?', options.workshopId && (0, errors_1.parseId)(options.workshopId, 'options.workshopId'))
            .add('? between t.period_start and t.period_end', options.activeOn);
        if (!individual)
            filter.add(`t.scope <> 'individual'`);
        return (0, list_query_1.listQuery)(ctx, objective_entity_1.Objective, filter, options, 'period_start', info);
    }
    static async create(ctx, input) {
        for (const [scope, field] of Object.entries(SUBJECT_FIELD)) {
            const given = input[field] !== undefined && input[field] !== null;
            if (scope === input.scope && !given)
                throw (0, errors_1.badUserInput)(field, `is required for a ${input.scope.toUpperCase()} objective`);
            if (scope !== input.scope && given)
                throw (0, errors_1.badUserInput)(field, `is not allowed for a ${input.scope.toUpperCase()} objective`);
        }
        checkPeriod(input.periodStart, input.periodEnd);
        checkTarget(input.measure, input.target);
        const subject = {
            [enums_1.ObjectiveScope.INDIVIDUAL]: () => (0, production_loaders_1.beneficiaryById)(ctx).load((0, errors_1.parseId)(input.beneficiaryId, 'beneficiaryId')),
            [enums_1.ObjectiveScope.WORK_GROUP]: () => (0, production_loaders_1.workGroupById)(ctx).load((0, errors_1.parseId)(input.workGroupId, 'workGroupId')),
            [enums_1.ObjectiveScope.WORKSHOP]: () => (0, production_loaders_1.workshopById)(ctx).load((0, errors_1.parseId)(input.workshopId, 'workshopId')),
        }[input.scope];
        if (!(await subject()))
            return new error_results_1.NotFoundError(SUBJECT_FIELD[input.scope], { individual: 'Beneficiary', work_group: 'Work group', workshop: 'Workshop' }[input.scope]);
        await assertMayManage(ctx, { scope: input.scope, workGroupId: input.workGroupId ?? null, workshopId: input.workshopId ?? null });
        const [id] = await (0, rows_1.insertRows)(ctx, objective_entity_1.Objective, [{
                scope: input.scope,
                beneficiaryId: input.beneficiaryId ?? null,
                workGroupId: input.workGroupId ?? null,
                workshopId: input.workshopId ?? null,
                measure: input.measure,
                periodStart: input.periodStart,
                periodEnd: input.periodEnd,
                target: input.target,
                title: input.title,
                status: enums_1.ObjectiveStatus.OPEN,
                createdBy: String(ctx.user.userId),
            }]);
        return (await (0, rows_1.findRow)(ctx, objective_entity_1.Objective, id));
    }
    /** The open objective `id`, locked, once the caller may manage it; else the error result. */
    static async openObjective(ctx, id, attempted) {
        const objective = await (0, rows_1.findRow)(ctx, objective_entity_1.Objective, id, { lock: true });
        if (!objective)
            return new error_results_1.NotFoundError('id', 'Objective');
        await assertMayManage(ctx, objective);
        if (objective.status === enums_1.ObjectiveStatus.CLOSED)
            return new error_results_1.InvalidStateError('objective', objective.status, attempted, 'a closed objective does not change');
        return objective;
    }
    static async update(ctx, id, input) {
        const objective = await ObjectiveService.openObjective(ctx, id, 'open');
        if ((0, error_results_1.isErrorResult)(objective))
            return objective;
        const next = {
            periodStart: input.periodStart ?? objective.periodStart,
            periodEnd: input.periodEnd ?? objective.periodEnd,
            target: input.target ?? Number(objective.target),
            title: input.title ?? objective.title,
        };
        checkPeriod(next.periodStart, next.periodEnd);
        checkTarget(objective.measure, next.target);
        await (0, rows_1.updateRow)(ctx, objective_entity_1.Objective, objective.id, next);
        return (await (0, rows_1.findRow)(ctx, objective_entity_1.Objective, objective.id));
    }
    static async close(ctx, id, outcome) {
        const objective = await ObjectiveService.openObjective(ctx, id, 'closed');
        if ((0, error_results_1.isErrorResult)(objective))
            return objective;
        await (0, rows_1.updateRow)(ctx, objective_entity_1.Objective, objective.id, { status: enums_1.ObjectiveStatus.CLOSED, closedAt: new Date(), closedBy: String(ctx.user.userId), outcome: outcome ?? null });
        return (await (0, rows_1.findRow)(ctx, objective_entity_1.Objective, objective.id));
    }
}
exports.ObjectiveService = ObjectiveService;
//# sourceMappingURL=objective.service.js.map