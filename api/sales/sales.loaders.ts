import { aggregateLoader, byIdLoader, byParentLoader, defineLoader, linkedLoader } from '../read/read-model';
import { belongsTo, hasMany } from '../read/nested-read';
import { Establishment } from '../../schema/entities/organization.entity';
import { Customer } from '../../schema/entities/customer.entity';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import {
  CreditNote, CreditNoteLine, DeliveryNote, DeliveryNoteLine, Invoice, InvoiceLine, Order, OrderLine, Payment, Quote, QuoteLine,
} from '../../schema/entities/sales.entity';
import { creditedCentsSql, deliveredQuantitySql, paidCentsSql, reservedQuantitySql } from './billed-quantities';
import { establishmentById } from '../organization/organization.loaders';

/** Every relation of the sales chain resolves through one of these per-request loaders. */

export const customerById = defineLoader((ctx) => byIdLoader<Customer>(ctx, Customer));
export const catalogItemById = defineLoader((ctx) => byIdLoader<CatalogItem>(ctx, CatalogItem));
export const quoteById = defineLoader((ctx) => byIdLoader<Quote>(ctx, Quote));
export const quoteLineById = defineLoader((ctx) => byIdLoader<QuoteLine>(ctx, QuoteLine));
export const orderById = defineLoader((ctx) => byIdLoader<Order>(ctx, Order));
export const orderLineById = defineLoader((ctx) => byIdLoader<OrderLine>(ctx, OrderLine));
export const deliveryNoteById = defineLoader((ctx) => byIdLoader<DeliveryNote>(ctx, DeliveryNote));
export const deliveryNoteLineById = defineLoader((ctx) => byIdLoader<DeliveryNoteLine>(ctx, DeliveryNoteLine));
export const invoiceById = defineLoader((ctx) => byIdLoader<Invoice>(ctx, Invoice));
export const invoiceLineById = defineLoader((ctx) => byIdLoader<InvoiceLine>(ctx, InvoiceLine));
export const creditNoteById = defineLoader((ctx) => byIdLoader<CreditNote>(ctx, CreditNote));
export const paymentById = defineLoader((ctx) => byIdLoader<Payment>(ctx, Payment));

export const quotesByCustomerId = defineLoader((ctx) => byParentLoader<Quote>(ctx, Quote, 'customer_id', 't.quote_date desc, t.id desc'));
export const ordersByCustomerId = defineLoader((ctx) => byParentLoader<Order>(ctx, Order, 'customer_id', 't.order_date desc, t.id desc'));
export const invoicesByCustomerId = defineLoader((ctx) => byParentLoader<Invoice>(ctx, Invoice, 'customer_id', 't.issue_date desc nulls first, t.id desc'));
export const ordersByQuoteId = defineLoader((ctx) => byParentLoader<Order>(ctx, Order, 'quote_id'));
export const quoteLinesByQuoteId = hasMany<QuoteLine>(QuoteLine, 'quote_id', 't.position');
export const orderLinesByOrderId = hasMany<OrderLine>(OrderLine, 'order_id', 't.position');
export const orderLinesByQuoteLineId = defineLoader((ctx) => byParentLoader<OrderLine>(ctx, OrderLine, 'quote_line_id'));
export const deliveryNotesByOrderId = defineLoader((ctx) => byParentLoader<DeliveryNote>(ctx, DeliveryNote, 'order_id', 't.delivery_date, t.id'));
export const deliveryNoteLinesByNoteId = hasMany<DeliveryNoteLine>(DeliveryNoteLine, 'delivery_note_id');
export const deliveryNoteLinesByOrderLineId = defineLoader((ctx) => byParentLoader<DeliveryNoteLine>(ctx, DeliveryNoteLine, 'order_line_id'));
export const invoiceLinesByInvoiceId = hasMany<InvoiceLine>(InvoiceLine, 'invoice_id', 't.position');
export const invoiceLinesByDeliveryNoteLineId = defineLoader((ctx) => byParentLoader<InvoiceLine>(ctx, InvoiceLine, 'delivery_note_line_id'));
export const invoiceLinesByOrderLineId = defineLoader((ctx) => byParentLoader<InvoiceLine>(ctx, InvoiceLine, 'order_line_id'));
export const paymentsByInvoiceId = defineLoader((ctx) => byParentLoader<Payment>(ctx, Payment, 'invoice_id', 't.payment_date, t.id'));
export const creditNotesByInvoiceId = defineLoader((ctx) => byParentLoader<CreditNote>(ctx, CreditNote, 'invoice_id', 't.issue_date, t.id'));
export const creditNoteLinesByCreditNoteId = hasMany<CreditNoteLine>(CreditNoteLine, 'credit_note_id', 't.position');
export const creditNoteLinesByInvoiceLineId = defineLoader((ctx) => byParentLoader<CreditNoteLine>(ctx, CreditNoteLine, 'invoice_line_id'));

/** Distinct invoices that bill lines of an order. */
export const invoicesByOrderId = defineLoader((ctx) =>
  linkedLoader<Invoice>(
    ctx,
    `select distinct ol.order_id as parent, il.invoice_id as child
       from invoice_line il join order_line ol on ol.id = il.order_line_id
      where il.organization_id = $1 and ol.order_id = any($2::bigint[]) order by 2`,
    invoiceById(ctx),
  ),
);

export interface QuantityTotal {
  quantity: number;
}
const NO_QUANTITY: QuantityTotal = { quantity: 0 };

export const deliveredQuantityByOrderLineId = defineLoader((ctx) =>
  aggregateLoader<QuantityTotal>(
    ctx,
    `select k.id as key, ${deliveredQuantitySql('d.organization_id = $1 and d.order_line_id = k.id')} as quantity from unnest($2::bigint[]) k(id)`,
    NO_QUANTITY,
  ),
);

/** Reserved quantity (drafts counted, net of credit notes: billed-quantities.ts), what `invoicedQuantity` reports. */
function reservedQuantityBy(column: 'order_line_id' | 'delivery_note_line_id') {
  return defineLoader((ctx) =>
    aggregateLoader<QuantityTotal>(
      ctx,
      `select k.id as key, ${reservedQuantitySql(`il.organization_id = $1 and il.${column} = k.id`)} as quantity
         from unnest($2::bigint[]) k(id)`,
      NO_QUANTITY,
    ),
  );
}
export const reservedQuantityByOrderLineId = reservedQuantityBy('order_line_id');
export const reservedQuantityByDeliveryNoteLineId = reservedQuantityBy('delivery_note_line_id');

export const creditedQuantityByInvoiceLineId = defineLoader((ctx) =>
  aggregateLoader<QuantityTotal>(
    ctx,
    `select invoice_line_id as key, sum(quantity) as quantity from credit_note_line
      where organization_id = $1 and invoice_line_id = any($2::bigint[]) group by invoice_line_id`,
    NO_QUANTITY,
  ),
);

export interface InvoiceSettlement {
  paidCents: number;
  creditedCents: number;
}

export const settlementByInvoiceId = defineLoader((ctx) =>
  aggregateLoader<InvoiceSettlement>(
    ctx,
    `select i.id as key,
            ${paidCentsSql('i.id')} as "paidCents", ${creditedCentsSql('i.id')} as "creditedCents"
       from invoice i where i.organization_id = $1 and i.id = any($2::bigint[])`,
    { paidCents: 0, creditedCents: 0 },
  ),
);

/** The to-one relations of sales documents and lines, for their field resolvers (`@Nests`). */
export const customerRelation = belongsTo(Customer, 'customerId', customerById);
export const establishmentRelation = belongsTo(Establishment, 'establishmentId', establishmentById);
export const catalogItemRelation = belongsTo(CatalogItem, 'catalogItemId', catalogItemById);
