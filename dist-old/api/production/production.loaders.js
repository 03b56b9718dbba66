"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.deliveryPartsByOrderLineId = exports.contributionByOrderLineId = exports.NO_CONTRIBUTION = exports.identitiesByBeneficiaryId = exports.beneficiariesByMadContractId = exports.workDayByKey = exports.correctionsByWorkRecordId = exports.workRecordsByTaskId = exports.workRecordsByOrderLineId = exports.allocationsByBeneficiaryId = exports.allocationsByTaskId = exports.allocationsByOrderLineId = exports.tasksByOrderLineId = exports.tasksBySheetId = exports.productionSheetsByOrderId = exports.notesByBeneficiaryId = exports.assignmentsByBeneficiaryId = exports.beneficiariesByWorkGroupId = exports.beneficiariesByWorkshopId = exports.workGroupsByWorkshopId = exports.activitiesByWorkshopId = exports.workRecordById = exports.madContractById = exports.productionTaskById = exports.productionSheetById = exports.beneficiaryById = exports.workGroupById = exports.activityById = exports.workshopById = void 0;
exports.contributionByBeneficiaryId = contributionByBeneficiaryId;
exports.workRecordsByBeneficiaryId = workRecordsByBeneficiaryId;
const dataloader_1 = __importDefault(require("dataloader"));
const nested_read_1 = require("../read/nested-read");
const read_model_1 = require("../read/read-model");
const production_entity_1 = require("../../schema/entities/production.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const work_day_1 = require("./work-day");
/** Every relation of the production side resolves through one of these per-request loaders. */
exports.workshopById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.Workshop));
exports.activityById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.Activity));
exports.workGroupById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.WorkGroup));
exports.beneficiaryById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.Beneficiary));
exports.productionSheetById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.ProductionSheet));
exports.productionTaskById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.ProductionTask));
exports.madContractById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.MadContract));
exports.workRecordById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, production_entity_1.WorkRecord));
exports.activitiesByWorkshopId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.Activity, 'workshop_id', 't.code'));
exports.workGroupsByWorkshopId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.WorkGroup, 'workshop_id', 't.code'));
exports.beneficiariesByWorkshopId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.Beneficiary, 'main_workshop_id', 't.matricule'));
exports.beneficiariesByWorkGroupId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.Beneficiary, 'work_group_id', 't.matricule'));
exports.assignmentsByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.BeneficiaryAssignment, 'beneficiary_id', 't.start_date, t.id'));
exports.notesByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.MedicoSocialNote, 'beneficiary_id', 't.note_date desc, t.id desc'));
exports.productionSheetsByOrderId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.ProductionSheet, 'order_id', 't.id'));
exports.tasksBySheetId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.ProductionTask, 'production_sheet_id', 't.id'));
exports.tasksByOrderLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.ProductionTask, 'order_line_id', 't.id'));
exports.allocationsByOrderLineId = (0, nested_read_1.hasMany)(production_entity_1.Allocation, 'order_line_id', 't.id');
exports.allocationsByTaskId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.Allocation, 'production_task_id', 't.id'));
exports.allocationsByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.Allocation, 'beneficiary_id', 't.id'));
exports.workRecordsByOrderLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.WorkRecord, 'order_line_id', 't.work_date, t.id'));
exports.workRecordsByTaskId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.WorkRecord, 'production_task_id', 't.work_date, t.id'));
exports.correctionsByWorkRecordId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.WorkRecord, 'corrects_id', 't.id'));
/**
 * A beneficiary's work day (all their records on a date) with their contract's daily hours, by
 * `beneficiaryId|workDate`. Not cached: a mutation of the same request may change the day.
 */
exports.workDayByKey = (0, read_model_1.defineLoader)((ctx) => new dataloader_1.default(async (keys) => {
    const pairs = keys.map((key) => key.split('|'));
    const rows = await ctx.db.query(work_day_1.WORK_DAY_SQL, [ctx.organizationId, pairs.map(([id]) => id), pairs.map(([, date]) => date)]);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return keys.map((key) => byKey.get(key));
}, { cache: false }));
/** Beneficiaries of MAD contracts. */
exports.beneficiariesByMadContractId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.linkedLoader)(ctx, `select mad_contract_id as parent, beneficiary_id as child from mad_contract_beneficiary
      where organization_id = $1 and mad_contract_id = any($2::bigint[]) order by beneficiary_id`, (0, exports.beneficiaryById)(ctx)));
/** The optional civil identity of beneficiaries (at most one each; read behind the identity role rule). */
exports.identitiesByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, production_entity_1.BeneficiaryIdentity, 'beneficiary_id', 't.beneficiary_id'));
exports.NO_CONTRIBUTION = { hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, beneficiaryCodes: [] };
exports.contributionByOrderLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.aggregateLoader)(ctx, `select w.order_line_id as key, sum(w.hours)::float8 as hours, sum(w.quantity)::float8 as quantity,
            sum(w.rejected_quantity)::float8 as "rejectedQuantity", count(distinct w.beneficiary_id)::int as "beneficiaryCount",
            array_agg(distinct b.matricule order by b.matricule) as "beneficiaryCodes"
       from work_record w join beneficiary b on b.id = w.beneficiary_id
      where w.organization_id = $1 and w.order_line_id = any($2::bigint[]) and w.status = 'validated'
      group by w.order_line_id`, exports.NO_CONTRIBUTION));
/**
 * The validated work each delivery-note line of an order line carries, keyed by delivery-note line id:
 * the lines are taken in delivery order (date, then id); each carries the records dated after the
 * previous line's delivery date and up to its own; the last line, once the order line is fully
 * delivered, also carries everything dated after it. One statement for any number of order lines.
 */
exports.deliveryPartsByOrderLineId = (0, read_model_1.defineLoader)((ctx) => new dataloader_1.default(async (orderLineIds) => {
    const rows = await ctx.db.query(`with delivered as (
           select dl.id, dl.order_line_id, dl.quantity, dn.delivery_date,
                  lag(dn.delivery_date) over w as previous_date,
                  row_number() over w = count(*) over (partition by dl.order_line_id) as is_last,
                  sum(dl.quantity) over (partition by dl.order_line_id) as delivered
             from delivery_note_line dl join delivery_note dn on dn.id = dl.delivery_note_id
            where dl.organization_id = $1 and dl.order_line_id = any($2::bigint[])
           window w as (partition by dl.order_line_id order by dn.delivery_date, dl.id)
         ), parts as (
           select d.id, d.order_line_id, d.quantity, coalesce(d.previous_date, '-infinity'::date) as after_date,
                  case when d.is_last and d.delivered >= ol.quantity then 'infinity'::date else d.delivery_date end as through_date
             from delivered d join order_line ol on ol.id = d.order_line_id
         )
         select p.id as key, p.order_line_id as "orderLineId", p.quantity::float8 as "deliveredQuantity",
                coalesce(sum(w.hours), 0)::float8 as hours, coalesce(sum(w.quantity), 0)::float8 as quantity,
                coalesce(sum(w.rejected_quantity), 0)::float8 as "rejectedQuantity", count(distinct w.beneficiary_id)::int as "beneficiaryCount",
                coalesce(array_agg(distinct b.matricule order by b.matricule) filter (where b.matricule is not null), '{}') as "beneficiaryCodes"
           from parts p
           left join work_record w on w.organization_id = $1 and w.order_line_id = p.order_line_id and w.status = 'validated'
                                  and w.work_date > p.after_date and w.work_date <= p.through_date
           left join beneficiary b on b.id = w.beneficiary_id
          group by p.id, p.order_line_id, p.quantity`, [ctx.organizationId, orderLineIds]);
    const byOrderLine = new Map();
    for (const { key, orderLineId, deliveredQuantity, ...contribution } of rows) {
        let parts = byOrderLine.get(Number(orderLineId));
        if (!parts)
            byOrderLine.set(Number(orderLineId), (parts = new Map()));
        parts.set(Number(key), { deliveredQuantity, contribution });
    }
    return orderLineIds.map((id) => byOrderLine.get(Number(id)) ?? new Map());
}));
/** One loader per period and request: the period is part of the loader, the beneficiary is the key. */
function periodLoader(ctx, kind, period, factory) {
    return ctx.loader(`${kind}|${period.from ?? ''}|${period.to ?? ''}`, factory);
}
const PERIOD_CONDITION = `w.work_date >= coalesce($3::date, '-infinity'::date) and w.work_date <= coalesce($4::date, 'infinity'::date)`;
function contributionByBeneficiaryId(ctx, period) {
    return periodLoader(ctx, 'contribution', period, () => new dataloader_1.default(async (ids) => {
        const rows = await ctx.db.query(`select w.beneficiary_id as key, sum(w.hours)::float8 as hours, sum(w.quantity)::float8 as quantity,
                sum(w.rejected_quantity)::float8 as "rejectedQuantity", 1 as "beneficiaryCount", array[min(b.matricule)] as "beneficiaryCodes"
           from work_record w join beneficiary b on b.id = w.beneficiary_id
          where w.organization_id = $1 and w.beneficiary_id = any($2::bigint[]) and w.status = 'validated' and ${PERIOD_CONDITION}
          group by w.beneficiary_id`, [ctx.organizationId, ids, period.from ?? null, period.to ?? null]);
        const byKey = new Map(rows.map((row) => [Number(row.key), row]));
        return ids.map((id) => byKey.get(Number(id)) ?? exports.NO_CONTRIBUTION);
    }));
}
function workRecordsByBeneficiaryId(ctx, period) {
    return periodLoader(ctx, 'workRecords', period, () => new dataloader_1.default(async (ids) => {
        const rows = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, production_entity_1.WorkRecord, 'w')}, w.beneficiary_id as "__parent" from work_record w
          where w.organization_id = $1 and w.beneficiary_id = any($2::bigint[]) and ${PERIOD_CONDITION}
          order by w.work_date, w.id`, [ctx.organizationId, ids, period.from ?? null, period.to ?? null]);
        return (0, read_model_1.groupByParent)(ids, rows);
    }));
}
/** Relations a list page may embed (nested-read.ts), as their field resolvers load them. */
(0, nested_read_1.nestable)(sales_entity_1.OrderLine, { allocations: exports.allocationsByOrderLineId.relation });
(0, nested_read_1.nestable)(production_entity_1.Allocation, { beneficiary: (0, nested_read_1.belongsTo)(production_entity_1.Beneficiary, 'beneficiaryId'), workGroup: (0, nested_read_1.belongsTo)(production_entity_1.WorkGroup, 'workGroupId') });
//# sourceMappingURL=production.loaders.js.map