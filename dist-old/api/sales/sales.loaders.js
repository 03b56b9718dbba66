"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.settlementByInvoiceId = exports.creditedQuantityByInvoiceLineId = exports.reservedQuantityByDeliveryNoteLineId = exports.reservedQuantityByOrderLineId = exports.deliveredQuantityByOrderLineId = exports.invoicesByOrderId = exports.creditNoteLinesByInvoiceLineId = exports.creditNoteLinesByCreditNoteId = exports.creditNotesByInvoiceId = exports.paymentsByInvoiceId = exports.invoiceLinesByOrderLineId = exports.invoiceLinesByDeliveryNoteLineId = exports.invoiceLinesByInvoiceId = exports.deliveryNoteLinesByOrderLineId = exports.deliveryNoteLinesByNoteId = exports.deliveryNotesByOrderId = exports.orderLinesByQuoteLineId = exports.orderLinesByOrderId = exports.quoteLinesByQuoteId = exports.ordersByQuoteId = exports.invoicesByCustomerId = exports.ordersByCustomerId = exports.quotesByCustomerId = exports.paymentById = exports.creditNoteById = exports.invoiceLineById = exports.invoiceById = exports.deliveryNoteLineById = exports.deliveryNoteById = exports.orderLineById = exports.orderById = exports.quoteLineById = exports.quoteById = exports.catalogItemById = exports.customerById = void 0;
const read_model_1 = require("../read/read-model");
const nested_read_1 = require("../read/nested-read");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const catalog_item_entity_1 = require("../../schema/entities/catalog-item.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const billed_quantities_1 = require("./billed-quantities");
/** Every relation of the sales chain resolves through one of these per-request loaders. */
exports.customerById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, customer_entity_1.Customer));
exports.catalogItemById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, catalog_item_entity_1.CatalogItem));
exports.quoteById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.Quote));
exports.quoteLineById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.QuoteLine));
exports.orderById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.Order));
exports.orderLineById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.OrderLine));
exports.deliveryNoteById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.DeliveryNote));
exports.deliveryNoteLineById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.DeliveryNoteLine));
exports.invoiceById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.Invoice));
exports.invoiceLineById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.InvoiceLine));
exports.creditNoteById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.CreditNote));
exports.paymentById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, sales_entity_1.Payment));
exports.quotesByCustomerId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.Quote, 'customer_id', 't.quote_date desc, t.id desc'));
exports.ordersByCustomerId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.Order, 'customer_id', 't.order_date desc, t.id desc'));
exports.invoicesByCustomerId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.Invoice, 'customer_id', 't.issue_date desc nulls first, t.id desc'));
exports.ordersByQuoteId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.Order, 'quote_id'));
exports.quoteLinesByQuoteId = (0, nested_read_1.hasMany)(sales_entity_1.QuoteLine, 'quote_id', 't.position');
exports.orderLinesByOrderId = (0, nested_read_1.hasMany)(sales_entity_1.OrderLine, 'order_id', 't.position');
exports.orderLinesByQuoteLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.OrderLine, 'quote_line_id'));
exports.deliveryNotesByOrderId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.DeliveryNote, 'order_id', 't.delivery_date, t.id'));
exports.deliveryNoteLinesByNoteId = (0, nested_read_1.hasMany)(sales_entity_1.DeliveryNoteLine, 'delivery_note_id');
exports.deliveryNoteLinesByOrderLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.DeliveryNoteLine, 'order_line_id'));
exports.invoiceLinesByInvoiceId = (0, nested_read_1.hasMany)(sales_entity_1.InvoiceLine, 'invoice_id', 't.position');
exports.invoiceLinesByDeliveryNoteLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.InvoiceLine, 'delivery_note_line_id'));
exports.invoiceLinesByOrderLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.InvoiceLine, 'order_line_id'));
exports.paymentsByInvoiceId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.Payment, 'invoice_id', 't.payment_date, t.id'));
exports.creditNotesByInvoiceId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.CreditNote, 'invoice_id', 't.issue_date, t.id'));
exports.creditNoteLinesByCreditNoteId = (0, nested_read_1.hasMany)(sales_entity_1.CreditNoteLine, 'credit_note_id', 't.position');
exports.creditNoteLinesByInvoiceLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, sales_entity_1.CreditNoteLine, 'invoice_line_id'));
/** Distinct invoices that bill lines of an order. */
exports.invoicesByOrderId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.linkedLoader)(ctx, `select distinct ol.order_id as parent, il.invoice_id as child
       from invoice_line il join order_line ol on ol.id = il.order_line_id
      where il.organization_id = $1 and ol.order_id = any($2::bigint[]) order by 2`, (0, exports.invoiceById)(ctx)));
const NO_QUANTITY = { quantity: 0 };
exports.deliveredQuantityByOrderLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.aggregateLoader)(ctx, `select order_line_id as key, sum(quantity) as quantity from delivery_note_line
      where organization_id = $1 and order_line_id = any($2::bigint[]) group by order_line_id`, NO_QUANTITY));
/** Reserved quantity (drafts counted, net of credit notes: billed-quantities.ts), what `invoicedQuantity` reports. */
function reservedQuantityBy(column) {
    return (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.aggregateLoader)(ctx, `select k.id as key, ${(0, billed_quantities_1.reservedQuantitySql)(`il.organization_id = $1 and il.${column} = k.id`)} as quantity
         from unnest($2::bigint[]) k(id)`, NO_QUANTITY));
}
exports.reservedQuantityByOrderLineId = reservedQuantityBy('order_line_id');
exports.reservedQuantityByDeliveryNoteLineId = reservedQuantityBy('delivery_note_line_id');
exports.creditedQuantityByInvoiceLineId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.aggregateLoader)(ctx, `select invoice_line_id as key, sum(quantity) as quantity from credit_note_line
      where organization_id = $1 and invoice_line_id = any($2::bigint[]) group by invoice_line_id`, NO_QUANTITY));
exports.settlementByInvoiceId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.aggregateLoader)(ctx, `select i.id as key,
            coalesce((select sum(p.amount_cents) from payment p where p.invoice_id = i.id), 0) as "paidCents",
            coalesce((select sum(c.total_ttc_cents) from credit_note c where c.invoice_id = i.id), 0) as "creditedCents"
       from invoice i where i.organization_id = $1 and i.id = any($2::bigint[])`, { paidCents: 0, creditedCents: 0 }));
/**
 * The relations a list page may embed (nested-read.ts): each entry is the relation its field resolver
 * loads, declared with the same loader parameters.
 */
const party = { customer: (0, nested_read_1.belongsTo)(customer_entity_1.Customer, 'customerId'), establishment: (0, nested_read_1.belongsTo)(organization_entity_1.Establishment, 'establishmentId') };
const product = { catalogItem: (0, nested_read_1.belongsTo)(catalog_item_entity_1.CatalogItem, 'catalogItemId') };
(0, nested_read_1.nestable)(sales_entity_1.Quote, { ...party, lines: exports.quoteLinesByQuoteId.relation });
(0, nested_read_1.nestable)(sales_entity_1.Order, { ...party, lines: exports.orderLinesByOrderId.relation });
(0, nested_read_1.nestable)(sales_entity_1.DeliveryNote, { ...party, lines: exports.deliveryNoteLinesByNoteId.relation });
(0, nested_read_1.nestable)(sales_entity_1.Invoice, { ...party, lines: exports.invoiceLinesByInvoiceId.relation });
(0, nested_read_1.nestable)(sales_entity_1.CreditNote, { ...party, lines: exports.creditNoteLinesByCreditNoteId.relation });
for (const line of [sales_entity_1.QuoteLine, sales_entity_1.OrderLine, sales_entity_1.InvoiceLine, sales_entity_1.CreditNoteLine])
    (0, nested_read_1.nestable)(line, product);
//# sourceMappingURL=sales.loaders.js.map