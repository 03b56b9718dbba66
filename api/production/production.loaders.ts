import DataLoader from 'dataloader';
import { belongsTo, hasMany } from '../read/nested-read';
import { aggregateLoader, byIdLoader, byParentLoader, defineLoader, groupByParent, linkedLoader, selectList } from '../read/read-model';
import type { RequestContext } from '../context';
import {
  Activity, Allocation, Beneficiary, BeneficiaryAssignment, BeneficiaryIdentity, MadContract, MedicoSocialNote, ProductionSheet, ProductionTask, WorkGroup, WorkRecord, Workshop,
} from '../../schema/entities/production.entity';
import { WORK_DAY_SQL, type WorkDay } from './work-day';

/** Every relation of the production side resolves through one of these per-request loaders. */

export const workshopById = defineLoader((ctx) => byIdLoader<Workshop>(ctx, Workshop));
export const activityById = defineLoader((ctx) => byIdLoader<Activity>(ctx, Activity));
export const workGroupById = defineLoader((ctx) => byIdLoader<WorkGroup>(ctx, WorkGroup));
export const beneficiaryById = defineLoader((ctx) => byIdLoader<Beneficiary>(ctx, Beneficiary));
export const productionSheetById = defineLoader((ctx) => byIdLoader<ProductionSheet>(ctx, ProductionSheet));
export const productionTaskById = defineLoader((ctx) => byIdLoader<ProductionTask>(ctx, ProductionTask));
export const madContractById = defineLoader((ctx) => byIdLoader<MadContract>(ctx, MadContract));
export const workRecordById = defineLoader((ctx) => byIdLoader<WorkRecord>(ctx, WorkRecord));

export const activitiesByWorkshopId = defineLoader((ctx) => byParentLoader<Activity>(ctx, Activity, 'workshop_id', 't.code'));
export const workGroupsByWorkshopId = defineLoader((ctx) => byParentLoader<WorkGroup>(ctx, WorkGroup, 'workshop_id', 't.code'));
export const beneficiariesByWorkshopId = defineLoader((ctx) => byParentLoader<Beneficiary>(ctx, Beneficiary, 'main_workshop_id', 't.matricule'));
export const beneficiariesByWorkGroupId = defineLoader((ctx) => byParentLoader<Beneficiary>(ctx, Beneficiary, 'work_group_id', 't.matricule'));
export const assignmentsByBeneficiaryId = defineLoader((ctx) => byParentLoader<BeneficiaryAssignment>(ctx, BeneficiaryAssignment, 'beneficiary_id', 't.start_date, t.id'));
export const notesByBeneficiaryId = defineLoader((ctx) => byParentLoader<MedicoSocialNote>(ctx, MedicoSocialNote, 'beneficiary_id', 't.note_date desc, t.id desc'));
export const productionSheetsByOrderId = defineLoader((ctx) => byParentLoader<ProductionSheet>(ctx, ProductionSheet, 'order_id', 't.id'));
export const tasksBySheetId = defineLoader((ctx) => byParentLoader<ProductionTask>(ctx, ProductionTask, 'production_sheet_id', 't.id'));
export const tasksByOrderLineId = defineLoader((ctx) => byParentLoader<ProductionTask>(ctx, ProductionTask, 'order_line_id', 't.id'));
export const allocationsByOrderLineId = hasMany<Allocation>(Allocation, 'order_line_id', 't.id');
export const allocationsByTaskId = defineLoader((ctx) => byParentLoader<Allocation>(ctx, Allocation, 'production_task_id', 't.id'));
export const allocationsByBeneficiaryId = defineLoader((ctx) => byParentLoader<Allocation>(ctx, Allocation, 'beneficiary_id', 't.id'));
export const workRecordsByOrderLineId = defineLoader((ctx) => byParentLoader<WorkRecord>(ctx, WorkRecord, 'order_line_id', 't.work_date, t.id'));
export const workRecordsByTaskId = defineLoader((ctx) => byParentLoader<WorkRecord>(ctx, WorkRecord, 'production_task_id', 't.work_date, t.id'));
export const correctionsByWorkRecordId = defineLoader((ctx) => byParentLoader<WorkRecord>(ctx, WorkRecord, 'corrects_id', 't.id'));

/**
 * A beneficiary's work day (all their records on a date) with their contract's daily hours, by
 * `beneficiaryId|workDate`. Not cached: a mutation of the same request may change the day.
 */
export const workDayByKey = defineLoader(
  (ctx) =>
    new DataLoader<string, WorkDay | undefined>(
      async (keys) => {
        const pairs = keys.map((key) => key.split('|'));
        const rows = await ctx.db.query<WorkDay & { key: string }>(WORK_DAY_SQL, [ctx.organizationId, pairs.map(([id]) => id), pairs.map(([, date]) => date)]);
        const byKey = new Map(rows.map((row) => [row.key, row]));
        return keys.map((key) => byKey.get(key));
      },
      { cache: false },
    ),
);

/** Beneficiaries of MAD contracts. */
export const beneficiariesByMadContractId = defineLoader((ctx) =>
  linkedLoader<Beneficiary>(
    ctx,
    `select mad_contract_id as parent, beneficiary_id as child from mad_contract_beneficiary
      where organization_id = $1 and mad_contract_id = any($2::bigint[]) order by beneficiary_id`,
    beneficiaryById(ctx),
  ),
);

/** The optional civil identity of beneficiaries (at most one each; read behind the identity role rule). */
export const identitiesByBeneficiaryId = defineLoader((ctx) => byParentLoader<BeneficiaryIdentity>(ctx, BeneficiaryIdentity, 'beneficiary_id', 't.beneficiary_id'));

/** What the beneficiaries did: totals of validated work records (corrections included, as adjustments). */
export interface ContributionTotals {
  hours: number;
  quantity: number;
  rejectedQuantity: number;
  beneficiaryCount: number;
  beneficiaryCodes: string[];
}

export const NO_CONTRIBUTION: ContributionTotals = { hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, beneficiaryCodes: [] };

export const contributionByOrderLineId = defineLoader((ctx) =>
  aggregateLoader<ContributionTotals>(
    ctx,
    `select w.order_line_id as key, sum(w.hours)::float8 as hours, sum(w.quantity)::float8 as quantity,
            sum(w.rejected_quantity)::float8 as "rejectedQuantity", count(distinct w.beneficiary_id)::int as "beneficiaryCount",
            array_agg(distinct b.matricule order by b.matricule) as "beneficiaryCodes"
       from work_record w join beneficiary b on b.id = w.beneficiary_id
      where w.organization_id = $1 and w.order_line_id = any($2::bigint[]) and w.status = 'validated'
      group by w.order_line_id`,
    NO_CONTRIBUTION,
  ),
);

/** A delivery-note line's share of its order line's work, with the delivered quantity it is cut from (contribution.ts). */
export interface DeliveryPart {
  deliveredQuantity: number;
  contribution: ContributionTotals;
}

/**
 * The validated work each delivery-note line of an order line carries, keyed by delivery-note line id:
 * the lines are taken in delivery order (date, then id); each carries the records dated after the
 * previous line's delivery date and up to its own; the last line, once the order line is fully
 * delivered, also carries everything dated after it. One statement for any number of order lines.
 */
export const deliveryPartsByOrderLineId = defineLoader(
  (ctx) =>
    new DataLoader<number, ReadonlyMap<number, DeliveryPart>>(async (orderLineIds) => {
      const rows = await ctx.db.query<ContributionTotals & { key: number; orderLineId: number; deliveredQuantity: number }>(
        `with delivered as (
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
          group by p.id, p.order_line_id, p.quantity`,
        [ctx.organizationId, orderLineIds],
      );
      const byOrderLine = new Map<number, Map<number, DeliveryPart>>();
      for (const { key, orderLineId, deliveredQuantity, ...contribution } of rows) {
        let parts = byOrderLine.get(orderLineId);
        if (!parts) byOrderLine.set(orderLineId, (parts = new Map()));
        parts.set(key, { deliveredQuantity, contribution });
      }
      return orderLineIds.map((id) => byOrderLine.get(id) ?? new Map());
    }),
);

/** One loader per period and request: the period is part of the loader, the beneficiary is the key. */
function periodLoader<T>(ctx: RequestContext, kind: string, period: Period, factory: () => T): T {
  return ctx.loader(`${kind}|${period.from ?? ''}|${period.to ?? ''}`, factory);
}

export interface Period {
  from?: string | null;
  to?: string | null;
}

const PERIOD_CONDITION = `w.work_date >= coalesce($3::date, '-infinity'::date) and w.work_date <= coalesce($4::date, 'infinity'::date)`;

export function contributionByBeneficiaryId(ctx: RequestContext, period: Period) {
  return periodLoader(ctx, 'contribution', period, () =>
    new DataLoader<number, ContributionTotals>(async (ids) => {
      const rows = await ctx.db.query<ContributionTotals & { key: number }>(
        `select w.beneficiary_id as key, sum(w.hours)::float8 as hours, sum(w.quantity)::float8 as quantity,
                sum(w.rejected_quantity)::float8 as "rejectedQuantity", 1 as "beneficiaryCount", array[min(b.matricule)] as "beneficiaryCodes"
           from work_record w join beneficiary b on b.id = w.beneficiary_id
          where w.organization_id = $1 and w.beneficiary_id = any($2::bigint[]) and w.status = 'validated' and ${PERIOD_CONDITION}
          group by w.beneficiary_id`,
        [ctx.organizationId, ids, period.from ?? null, period.to ?? null],
      );
      const byKey = new Map(rows.map((row) => [row.key, row as ContributionTotals]));
      return ids.map((id) => byKey.get(id) ?? NO_CONTRIBUTION);
    }),
  );
}

export function workRecordsByBeneficiaryId(ctx: RequestContext, period: Period) {
  return periodLoader(ctx, 'workRecords', period, () =>
    new DataLoader<number, WorkRecord[]>(async (ids) => {
      const rows = await ctx.db.query<WorkRecord & { __parent: number }>(
        `select ${selectList(ctx, WorkRecord, 'w')}, w.beneficiary_id as "__parent" from work_record w
          where w.organization_id = $1 and w.beneficiary_id = any($2::bigint[]) and ${PERIOD_CONDITION}
          order by w.work_date, w.id`,
        [ctx.organizationId, ids, period.from ?? null, period.to ?? null],
      );
      return groupByParent(ids, rows);
    }),
  );
}

/** The to-one relations of an allocation, for its field resolvers (`@Nests`). */
export const allocationBeneficiaryRelation = belongsTo(Beneficiary, 'beneficiaryId', beneficiaryById);
export const allocationWorkGroupRelation = belongsTo(WorkGroup, 'workGroupId', workGroupById);
