import type { RequestContext } from '../context';
import { badUserInput } from '../common/errors';
import { customerOf } from '../impact/impact.service';
import type { PartnerDocuments } from './partner-portal.types';
import { creditedCentsSql, paidCentsSql } from '../sales/billed-quantities';

/**
 * A customer's sales documents of a year for its partner portal: a partner reads its own customer's,
 * staff who read sales name the customer. Each list is one statement over the customer's rows, by the
 * document's date; the lines are aggregated in it. Only what the customer was sent is shown: no draft
 * invoice, no cost split, no work record and nothing about who did the work.
 */

const MAX_ROWS = 2000;
const LINES = (table: string, key: string, parent: string) => `coalesce((select json_agg(json_build_object(
    'position', l.position, 'description', l.description, 'quantity', l.quantity::float8, 'unitPriceCents', l.unit_price_cents,
    'vatRatePercent', l.vat_rate_bp / 100.0, 'totalHtCents', l.total_ht_cents) order by l.position)
  from ${table} l where l.${key} = ${parent}.id), '[]')`;

export async function partnerDocuments(ctx: RequestContext, year: number, customerId: string | null | undefined): Promise<PartnerDocuments> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year', 'a year from 2000 to 2100');
  const customer = await customerOf(ctx, customerId);
  const values = [ctx.organizationId, customer.id, `${year}-01-01`, `${year + 1}-01-01`, MAX_ROWS + 1];
  const [orders, deliveryNotes, invoices, creditNotes, payments] = await Promise.all([
    ctx.db.query<PartnerDocuments['orders'][number]>(
      `select o.id::text, o.number, o.order_date::text as "orderDate", upper(o.status) as status, o.customer_reference as "customerReference",
              o.total_ht_cents as "totalHtCents", o.total_vat_cents as "totalVatCents", o.total_ttc_cents as "totalTtcCents", ${LINES('order_line', 'order_id', 'o')} as lines
         from sales_order o where o.organization_id = $1 and o.customer_id = $2 and o.order_date >= $3 and o.order_date < $4 order by o.order_date, o.id limit $5`,
      values,
    ),
    ctx.db.query<PartnerDocuments['deliveryNotes'][number]>(
      `select d.id::text, d.number, d.delivery_date::text as "deliveryDate", o.number as "orderNumber",
              coalesce((select json_agg(json_build_object('description', ol.description, 'quantity', dl.quantity::float8) order by ol.position)
                          from delivery_note_line dl join order_line ol on ol.id = dl.order_line_id where dl.delivery_note_id = d.id), '[]') as lines
         from delivery_note d join sales_order o on o.id = d.order_id
        where d.organization_id = $1 and d.customer_id = $2 and d.delivery_date >= $3 and d.delivery_date < $4 order by d.delivery_date, d.id limit $5`,
      values,
    ),
    ctx.db.query<PartnerDocuments['invoices'][number]>(
      `select i.id::text, i.number, i.issue_date::text as "issueDate", i.due_date::text as "dueDate", upper(i.status) as status,
              i.total_ht_cents as "totalHtCents", i.total_vat_cents as "totalVatCents", i.total_ttc_cents as "totalTtcCents",
              s.paid as "amountPaidCents", s.credited as "amountCreditedCents", greatest(i.total_ttc_cents - s.paid - s.credited, 0) as "amountDueCents",
              ${LINES('invoice_line', 'invoice_id', 'i')} as lines
         from invoice i
        cross join lateral (select ${paidCentsSql('i.id')}::bigint as paid, ${creditedCentsSql('i.id')}::bigint as credited) s
        where i.organization_id = $1 and i.customer_id = $2 and i.number is not null and i.issue_date >= $3 and i.issue_date < $4 order by i.issue_date, i.id limit $5`,
      values,
    ),
    ctx.db.query<PartnerDocuments['creditNotes'][number]>(
      `select n.id::text, n.number, n.issue_date::text as "issueDate", i.number as "invoiceNumber", n.reason, n.total_ht_cents as "totalHtCents", n.total_ttc_cents as "totalTtcCents"
         from credit_note n join invoice i on i.id = n.invoice_id
        where n.organization_id = $1 and n.customer_id = $2 and n.issue_date >= $3 and n.issue_date < $4 order by n.issue_date, n.id limit $5`,
      values,
    ),
    ctx.db.query<PartnerDocuments['payments'][number]>(
      `select p.id::text, i.number as "invoiceNumber", p.payment_date::text as "paymentDate", p.amount_cents as "amountCents", upper(p.method) as method
         from payment p join invoice i on i.id = p.invoice_id
        where p.organization_id = $1 and i.customer_id = $2 and p.payment_date >= $3 and p.payment_date < $4 order by p.payment_date, p.id limit $5`,
      values,
    ),
  ]);
  const lists = [orders, deliveryNotes, invoices, creditNotes, payments];
  const complete = lists.every((list) => list.length <= MAX_ROWS);
  for (const list of lists) list.length = Math.min(list.length, MAX_ROWS);
  return { customerId: String(customer.id), customerName: customer.legal_name, year, orders, deliveryNotes, invoices, creditNotes, payments, complete };
}
