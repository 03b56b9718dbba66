import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { Filter, listQuery } from '../read/list-query';
import { CreditNote, DeliveryNote, Invoice, Order, Payment, Quote } from '../../schema/entities/sales.entity';
import {
  DocumentSortField, type CreditNoteListOptions, type DeliveryNoteListOptions, type DocumentListOptions, type InvoiceListOptions,
  type OrderListOptions, type PaymentListOptions, type QuoteListOptions,
} from '../../schema/inputs/sales.input';

/** Sort keys come from an enum and map to columns here, so no user text ever reaches ORDER BY. */
function sortColumn(sort: DocumentSortField | undefined, dateColumn: string): string {
  switch (sort) {
    case DocumentSortField.NUMBER:
      return 'number';
    case DocumentSortField.TOTAL:
      return 'total_ttc_cents';
    case DocumentSortField.CREATED_AT:
      return 'created_at';
    default:
      return dateColumn;
  }
}

function documentFilter(ctx: RequestContext, options: DocumentListOptions, dateColumn: string): Filter {
  return new Filter(ctx)
    .add('t.customer_id = ?', options.customerId)
    .add('t.establishment_id = ?', options.establishmentId)
    .add(`t.${dateColumn} >= ?::date`, options.date?.from)
    .add(`t.${dateColumn} <= ?::date`, options.date?.to);
}

export const DocumentLists = {
  quotes(ctx: RequestContext, options: QuoteListOptions = {}, info: GraphQLResolveInfo) {
    const filter = documentFilter(ctx, options, 'quote_date').add('t.status = any(?)', options.status);
    return listQuery<Quote>(ctx, Quote, filter, options, sortColumn(options.sort, 'quote_date'), info);
  },
  orders(ctx: RequestContext, options: OrderListOptions = {}, info: GraphQLResolveInfo) {
    const filter = documentFilter(ctx, options, 'order_date').add('t.status = any(?)', options.status);
    return listQuery<Order>(ctx, Order, filter, options, sortColumn(options.sort, 'order_date'), info);
  },
  deliveryNotes(ctx: RequestContext, options: DeliveryNoteListOptions = {}, info: GraphQLResolveInfo) {
    const filter = documentFilter(ctx, options, 'delivery_date').add('t.order_id = ?', options.orderId);
    const sort = options.sort === DocumentSortField.TOTAL ? undefined : options.sort;
    return listQuery<DeliveryNote>(ctx, DeliveryNote, filter, options, sortColumn(sort, 'delivery_date'), info);
  },
  invoices(ctx: RequestContext, options: InvoiceListOptions = {}, info: GraphQLResolveInfo) {
    const filter = documentFilter(ctx, options, 'issue_date').add('t.status = any(?)', options.status).add('t.fiscal_year = ?', options.fiscalYear);
    return listQuery<Invoice>(ctx, Invoice, filter, options, sortColumn(options.sort, 'issue_date'), info);
  },
  creditNotes(ctx: RequestContext, options: CreditNoteListOptions = {}, info: GraphQLResolveInfo) {
    const filter = documentFilter(ctx, options, 'issue_date').add('t.invoice_id = ?', options.invoiceId);
    return listQuery<CreditNote>(ctx, CreditNote, filter, options, sortColumn(options.sort, 'issue_date'), info);
  },
  payments(ctx: RequestContext, options: PaymentListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx)
      .add('t.invoice_id = ?', options.invoiceId)
      .add('t.invoice_id in (select id from invoice where customer_id = ?)', options.customerId)
      .add('t.payment_date >= ?::date', options.date?.from)
      .add('t.payment_date <= ?::date', options.date?.to);
    return listQuery<Payment>(ctx, Payment, filter, options, 'payment_date', info);
  },
};
