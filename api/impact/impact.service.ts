import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { ConfigError } from '../config';
import { CAN } from '../../kernel/roles';
import { badUserInput, parseId } from '../common/errors';
import { Role, type ServiceType } from '../../schema/enums';
import { legalParameterOn } from '../common/legal-parameters';
import { addDays, todayInFrance } from '../../kernel/dates';
import { ubEquivalent as ubEquivalentOf } from '../../kernel/oeth';
import { closedBefore, type Contribution, DEFAULT_POLICY, type DisclosedCell, type DisclosedFigure, discloseTable, type TableSpec } from '../privacy/disclosure';
import { type ImpactFigures, type ImpactMonth, ImpactWithheldReason, type PartnerImpact } from './impact.types';

/**
 * What a client (donneur d'ordre) may see of the work done for it in a year, for partner portals:
 * hours worked by beneficiaries on its orders, how many beneficiaries, by month and by service type,
 * and the year's sales with their labour cost. Aggregates only, never a person: the work figures go
 * through the disclosure control (api/privacy/disclosure.ts): ended months only, each frozen when
 * first shown, and once the year has ended its service types and total, audited with the months so
 * that no withheld figure is a total minus the published ones. Hours are validated work records only
 * (as contributions are). Sales come from the reporting aggregates (reporting/README.md): issued
 * invoices net of credit notes, by issue date.
 */

/** PRIVACY_MIN_GROUP_SIZE: the smallest group of beneficiaries a partner figure may describe (checked at start by main.ts). */
export function privacyMinGroupSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PRIVACY_MIN_GROUP_SIZE;
  const value = raw === undefined || raw === '' ? 3 : Number(raw);
  if (!Number.isInteger(value) || value < 2 || value > 100) throw new ConfigError(`PRIVACY_MIN_GROUP_SIZE must be a whole number from 2 to 100, got "${raw}"`);
  return value;
}

let processThreshold: number | undefined;
/** The process's threshold, read from the environment once (not on every partner request). */
export function configuredThreshold(): number {
  return (processThreshold ??= privacyMinGroupSize());
}

/**
 * The table a partner reads: each ended month (published as it ended, so fixed), and once the year
 * has ended its service types and total, margins of the month × service type crossing.
 */
/** A contribution of the portal's table, with where it was worked (for the attestation's impact page, api/attestation/attestation-impact.ts). */
export interface FrozenContribution extends Contribution {
  readonly at: { month: string; serviceType: string; establishment: string };
  readonly workshopId: string | null;
  readonly activityId: string | null;
}

const MONTHS_TABLE: TableSpec = { dimensions: ['month', 'serviceType'], measures: ['hours'], cuts: [['month']] };
const YEAR_TABLE: TableSpec = { ...MONTHS_TABLE, cuts: [['month'], ['serviceType'], []], fixedCuts: [0] };
const [BY_MONTH, BY_SERVICE_TYPE, YEAR] = [0, 1, 2];

function figures(cell: DisclosedFigure): ImpactFigures {
  if (cell.withheld) return { hours: null, beneficiaryCount: null, withheld: true, withheldReason: ImpactWithheldReason.PRIVACY };
  return { hours: cell.values!.hours, beneficiaryCount: cell.contributors, withheld: false, withheldReason: null };
}

const OPEN_PERIOD: ImpactFigures = { hours: null, beneficiaryCount: null, withheld: true, withheldReason: ImpactWithheldReason.OPEN_PERIOD };

/**
 * The hours of each beneficiary by month and service type, as an outsider may read them: the ended
 * months of [from, to) are frozen first (disclosure_freeze: a month is frozen the first time it is
 * shown); a record counts in its work month when it was validated before that month was frozen, else
 * in the month of its validation (Europe/Paris), and only in a frozen month, among the records
 * validated before its freeze. So a month shown once shows the same figures for ever, and a record
 * validated late reaches the outsider mixed with a later month's records, never as a difference.
 */
export async function frozenContributions(ctx: RequestContext, customerId: number, from: string, to: string): Promise<FrozenContribution[]> {
  await ctx.db.query(
    `insert into disclosure_freeze (organization_id, audience, subject_id, period)
     select $1, 'partner_impact', $2, m::date from generate_series($3::date, $4::date - interval '1 month', interval '1 month') m
     on conflict do nothing`,
    [ctx.organizationId, customerId, from, to],
  );
  const rows = await ctx.db.query<{ month: string; service_type: ServiceType; beneficiary_id: number; hours: number; establishment_id: number; workshop_id: number | null; activity_id: number | null }>(
    // The customer's validated records first, then each placed in its month against the customer's
    // few frozen months: joined in one statement, the planner paired every record with every frozen
    // month before filtering (127 ms for 1 512 records at the bench's national scale; 8 ms this way).
    // A record worked before `from` can only count in the month of its validation, so of the
    // customer's earlier years only the records validated since `from` (a day's margin for the time
    // zone) are read: 2 857 of 6 707 for the bench's busiest customer of 2026.
    `with worked as materialized (
       select o.establishment_id, c.service_type, r.beneficiary_id, r.hours, r.work_date, r.validated_at, a.workshop_id, a.id as activity_id
         from sales_order o
         join order_line l on l.order_id = o.id
         join catalog_item c on c.id = l.catalog_item_id
         join work_record r on r.order_line_id = l.id
         left join production_task t on t.id = r.production_task_id
         left join activity a on a.id = t.activity_id
        where o.organization_id = $1 and o.customer_id = $2 and r.status = 'validated' and r.work_date < $4
          and (r.work_date >= $3 or r.validated_at >= $3::date - 1)
     ), frozen_months as materialized (
       select period, frozen_at from disclosure_freeze where organization_id = $1 and audience = 'partner_impact' and subject_id = $2
     ), placed as (
       select w.*, case when f.frozen_at is null or w.validated_at <= f.frozen_at then date_trunc('month', w.work_date)::date
                        else date_trunc('month', w.validated_at at time zone 'Europe/Paris')::date end as month
         from worked w left join frozen_months f on f.period = date_trunc('month', w.work_date)::date
     )
     select p.month::text, p.service_type, p.beneficiary_id, sum(p.hours) as hours, p.establishment_id, p.workshop_id, p.activity_id
       from placed p join frozen_months shown on shown.period = p.month and p.validated_at <= shown.frozen_at
      where p.month >= $3 and p.month < $4
      group by 1, 2, 3, 5, 6, 7`,
    [ctx.organizationId, customerId, from, to],
  );
  return rows.map((row) => ({
    contributor: row.beneficiary_id,
    at: { month: row.month, serviceType: row.service_type, establishment: String(row.establishment_id) },
    values: { hours: Number(row.hours) },
    workshopId: row.workshop_id === null ? null : String(row.workshop_id),
    activityId: row.activity_id === null ? null : String(row.activity_id),
  }));
}

/** The partner portal's disclosure of a customer's ended year (its months, service types and total), for an output published beside it to audit itself against. */
export function partnerYearCells(contributions: readonly Contribution[], threshold: number): DisclosedCell[] {
  return discloseTable(YEAR_TABLE, contributions, { ...DEFAULT_POLICY, minContributors: threshold });
}
export const PARTNER_YEAR_CUTS = YEAR_TABLE.cuts;

/**
 * Labour cost of an invoice or credit-note line `l`: its HT less its deductible costs (unit costs ×
 * quantity, rounded as reporting_engine.sales_events rounds them), written once for both kinds of line.
 */
const LINE_LABOUR_COST = `l.total_ht_cents - round(l.quantity * (l.materials_cents + l.subcontracting_cents + l.intermediate_consumption_cents + l.selling_costs_cents))`;

/**
 * The non-legal UB equivalent of a customer's year (kernel/oeth.ts): its labour cost split between
 * mise à disposition and the rest, the SMIC and both divisors of 31 December from the dated legal
 * parameters.
 */
async function ubEquivalent(ctx: RequestContext, customerId: number, year: number): Promise<number | null> {
  const lastDay = `${year}-12-31`;
  // The year's sales events as the reporting layer counts them (reporting_engine.sales_events:
  // invoices at their issue date, credit notes negative at theirs), labour cost split by service type.
  const [[labour], smic, hours, madHours] = await Promise.all([
    ctx.db.query<{ mad: string; other: string }>(
      `with events as (
         select c.service_type, ${LINE_LABOUR_COST} as labour
           from invoice i join invoice_line l on l.invoice_id = i.id join catalog_item c on c.id = l.catalog_item_id
          where i.organization_id = $1 and i.customer_id = $2 and i.status <> 'draft' and i.issue_date >= $3 and i.issue_date <= $4
         union all
         select c.service_type, -(${LINE_LABOUR_COST})
           from credit_note n join credit_note_line l on l.credit_note_id = n.id join catalog_item c on c.id = l.catalog_item_id
          where n.organization_id = $1 and n.customer_id = $2 and n.issue_date >= $3 and n.issue_date <= $4)
       select coalesce(sum(labour) filter (where service_type = 'mise_a_disposition'), 0)::bigint as mad,
              coalesce(sum(labour) filter (where service_type <> 'mise_a_disposition'), 0)::bigint as other
         from events`,
      [ctx.organizationId, customerId, `${year}-01-01`, lastDay],
    ),
    legalParameterOn(ctx, 'smic_hourly_gross_cents', lastDay),
    legalParameterOn(ctx, 'ub_equivalent_hours', lastDay),
    legalParameterOn(ctx, 'ub_equivalent_mad_hours', lastDay),
  ]);
  return ubEquivalentOf({ madCents: Number(labour.mad), otherCents: Number(labour.other) }, { smicHourlyCents: smic, hours, madHours });
}

/** The customer the caller may read: a partner's own, or the one staff name. */
export async function customerOf(ctx: RequestContext, customerId: string | null | undefined): Promise<{ id: number; legal_name: string }> {
  const staff = ctx.user!.roles.some((role) => (CAN.readSales as readonly Role[]).includes(role));
  if (staff) {
    if (customerId === undefined || customerId === null) throw badUserInput('customerId', 'name the customer');
    const [customer] = await ctx.db.query<{ id: number; legal_name: string }>('select id, legal_name from customer where organization_id = $1 and id = $2', [
      ctx.organizationId,
      parseId(customerId, 'customerId'),
    ]);
    if (!customer) throw badUserInput('customerId', 'no such customer');
    return customer;
  }
  const [customer] = await ctx.db.query<{ id: number; legal_name: string }>(
    'select c.id, c.legal_name from app_user u join customer c on c.id = u.customer_id where u.organization_id = $1 and u.id = $2',
    [ctx.organizationId, ctx.user!.userId],
  );
  if (!customer) throw new GraphQLError('This partner account acts for no customer: ask your contact to link it', { extensions: { code: 'FORBIDDEN' } });
  if (customerId !== undefined && customerId !== null && parseId(customerId, 'customerId') !== customer.id) {
    throw new GraphQLError('A partner account reads its own customer only', { extensions: { code: 'FORBIDDEN' } });
  }
  return customer;
}

export async function partnerImpact(
  ctx: RequestContext,
  year: number,
  customerId: string | null | undefined,
  threshold = configuredThreshold(),
  today = todayInFrance(),
): Promise<PartnerImpact> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year', 'a year from 2000 to 2100');
  const customer = await customerOf(ctx, customerId);
  const from = `${year}-01-01`;
  const next = `${year + 1}-01-01`;
  const openFrom = closedBefore(today, 'month');
  const to = openFrom < next ? openFrom : next;
  const [contributions, [sales], ubEquivalentNonLegal] = await Promise.all([
    frozenContributions(ctx, customer.id, from, to),
    ctx.db.query<{ net: number; labour: number; paid: number; as_of: Date | null }>(
      `select coalesce(sum(net_ht_cents), 0)::bigint as net, coalesce(sum(labour_cost_cents), 0)::bigint as labour, coalesce(sum(paid_cents), 0)::bigint as paid,
              (select last_fold_at from reporting.refresh_status) as as_of
         from reporting.sales_by_customer_month where customer_id = $1 and month >= $2 and month < $3`,
      [customer.id, from, next],
    ),
    ubEquivalent(ctx, customer.id, year),
  ]);
  // The year's margins only once it has ended: shown while it runs, its total would grow by each
  // month as it ends, and a withheld month would be the difference of two totals.
  const yearEnded = next <= openFrom;
  const cells = yearEnded ? partnerYearCells(contributions, threshold) : discloseTable(MONTHS_TABLE, contributions, { ...DEFAULT_POLICY, minContributors: threshold });
  const ofCut = (cut: number) => cells.filter((cell) => cell.cut === cut);
  const byKey = (key: string) => (a: DisclosedCell, b: DisclosedCell) => a.at[key].localeCompare(b.at[key]);
  const months: ImpactMonth[] = ofCut(BY_MONTH)
    .sort(byKey('month'))
    .map((cell) => ({ month: cell.at.month, ...figures(cell) }));
  if (openFrom >= from && openFrom < next) months.push({ month: openFrom, ...OPEN_PERIOD });
  return {
    customerId: customer.id,
    customerName: customer.legal_name,
    year,
    privacyThreshold: threshold,
    workCoveredUntil: to > from ? addDays(to, -1) : null,
    total: yearEnded ? figures(ofCut(YEAR)[0]) : OPEN_PERIOD,
    months,
    serviceTypes: ofCut(BY_SERVICE_TYPE)
      .sort(byKey('serviceType'))
      .map((cell) => ({ serviceType: cell.at.serviceType as ServiceType, ...figures(cell) })),
    netHtCents: Number(sales.net),
    labourCostCents: Number(sales.labour),
    paidCents: Number(sales.paid),
    ubEquivalentNonLegal,
    salesAsOf: sales.as_of,
  };
}
