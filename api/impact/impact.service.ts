import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { ConfigError } from '../config';
import { CAN } from '../auth/roles';
import { badUserInput, parseId } from '../common/errors';
import { Role, type ServiceType } from '../../schema/enums';
import { legalParameterOn } from '../common/legal-parameters';
import type { ImpactFigures, PartnerImpact } from './impact.types';

/**
 * What a client (donneur d'ordre) may see of the work done for it in a year, for partner portals:
 * hours worked by beneficiaries on its orders, how many beneficiaries, by month and by service type,
 * and the year's sales with their labour cost. Aggregates only, never a person: a figure drawn from
 * fewer beneficiaries than the privacy threshold (DOMAIN.md: k-anonymity, default 3) is withheld.
 * Hours are validated work records only (as contributions are). Sales come from the reporting
 * aggregates (reporting/README.md): issued invoices net of credit notes, by issue date.
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
function configuredThreshold(): number {
  return (processThreshold ??= privacyMinGroupSize());
}

interface Cell {
  month: string | null;
  service_type: ServiceType | null;
  hours: number;
  beneficiaries: number;
}

function figures(cell: Cell | undefined, threshold: number): ImpactFigures {
  if (!cell || cell.beneficiaries === 0) return { hours: 0, beneficiaryCount: 0, withheld: false };
  if (cell.beneficiaries < threshold) return { hours: null, beneficiaryCount: null, withheld: true };
  return { hours: Number(cell.hours), beneficiaryCount: Number(cell.beneficiaries), withheld: false };
}

/** The customer the caller may read: a partner's own, or the one staff name. */
async function customerOf(ctx: RequestContext, customerId: string | null | undefined): Promise<{ id: number; legal_name: string }> {
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
  if (customerId !== undefined && customerId !== null && parseId(customerId, 'customerId') !== Number(customer.id)) {
    throw new GraphQLError('A partner account reads its own customer only', { extensions: { code: 'FORBIDDEN' } });
  }
  return customer;
}

export async function partnerImpact(ctx: RequestContext, year: number, customerId: string | null | undefined, threshold = configuredThreshold()): Promise<PartnerImpact> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year', 'a year from 2000 to 2100');
  const customer = await customerOf(ctx, customerId);
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const [cells, [sales], smicCents] = await Promise.all([
    ctx.db.query<Cell>(
      `select date_trunc('month', r.work_date)::date::text as month, c.service_type, sum(r.hours) as hours, count(distinct r.beneficiary_id)::int as beneficiaries
         from sales_order o
         join order_line l on l.order_id = o.id
         join catalog_item c on c.id = l.catalog_item_id
         join work_record r on r.order_line_id = l.id
        where o.organization_id = $1 and o.customer_id = $2 and r.status = 'validated' and r.work_date >= $3 and r.work_date < $4
        group by grouping sets ((1), (2), ())`,
      [ctx.organizationId, customer.id, from, to],
    ),
    ctx.db.query<{ net: number; labour: number; paid: number; as_of: Date | null }>(
      `select coalesce(sum(net_ht_cents), 0)::bigint as net, coalesce(sum(labour_cost_cents), 0)::bigint as labour, coalesce(sum(paid_cents), 0)::bigint as paid,
              (select last_fold_at from reporting.refresh_status) as as_of
         from reporting.sales_by_customer_month where customer_id = $1 and month >= $2 and month < $3`,
      [customer.id, from, to],
    ),
    legalParameterOn(ctx, 'smic_hourly_gross_cents', `${year}-12-31`),
  ]);
  const total = cells.find((cell) => cell.month === null && cell.service_type === null);
  return {
    customerId: customer.id,
    customerName: customer.legal_name,
    year,
    privacyThreshold: threshold,
    total: figures(total, threshold),
    months: cells
      .filter((cell) => cell.month !== null)
      .sort((a, b) => a.month!.localeCompare(b.month!))
      .map((cell) => ({ month: cell.month!, ...figures(cell, threshold) })),
    serviceTypes: cells
      .filter((cell) => cell.service_type !== null)
      .sort((a, b) => a.service_type!.localeCompare(b.service_type!))
      .map((cell) => ({ serviceType: cell.service_type!, ...figures(cell, threshold) })),
    netHtCents: Number(sales.net),
    labourCostCents: Number(sales.labour),
    paidCents: Number(sales.paid),
    ubEquivalentNonLegal: smicCents ? Math.round((Number(sales.labour) / (2000 * smicCents)) * 1000) / 1000 : null,
    salesAsOf: sales.as_of,
  };
}
