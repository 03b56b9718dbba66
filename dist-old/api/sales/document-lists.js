"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DocumentLists = void 0;
const list_query_1 = require("../read/list-query");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const sales_input_1 = require("../../schema/inputs/sales.input");
/** Sort keys come from an enum and map to columns here, so no user text ever reaches ORDER BY. */
function sortColumn(sort, dateColumn) {
    switch (sort) {
        case sales_input_1.DocumentSortField.NUMBER:
            return 'number';
        case sales_input_1.DocumentSortField.TOTAL:
            return 'total_ttc_cents';
        case sales_input_1.DocumentSortField.CREATED_AT:
            return 'created_at';
        default:
            return dateColumn;
    }
}
function documentFilter(ctx, options, dateColumn) {
    return new list_query_1.Filter(ctx)
        .add('t.customer_id = ?', options.customerId)
        .add('t.establishment_id = ?', options.establishmentId)
        .add(`t.${dateColumn} >= ?::date`, options.date?.from)
        .add(`t.${dateColumn} <= ?::date`, options.date?.to);
}
exports.DocumentLists = {
    quotes(ctx, options = {}, info) {
        const filter = documentFilter(ctx, options, 'quote_date').add('t.status = any(?)', options.status);
        return (0, list_query_1.listQuery)(ctx, sales_entity_1.Quote, filter, options, sortColumn(options.sort, 'quote_date'), info);
    },
    orders(ctx, options = {}, info) {
        const filter = documentFilter(ctx, options, 'order_date').add('t.status = any(?)', options.status);
        return (0, list_query_1.listQuery)(ctx, sales_entity_1.Order, filter, options, sortColumn(options.sort, 'order_date'), info);
    },
    deliveryNotes(ctx, options = {}, info) {
        const filter = documentFilter(ctx, options, 'delivery_date').add('t.order_id = ?', options.orderId);
        const sort = options.sort === sales_input_1.DocumentSortField.TOTAL ? undefined : options.sort;
        return (0, list_query_1.listQuery)(ctx, sales_entity_1.DeliveryNote, filter, options, sortColumn(sort, 'delivery_date'), info);
    },
    invoices(ctx, options = {}, info) {
        const filter = documentFilter(ctx, options, 'issue_date').add('t.status = any(?)', options.status).add('t.fiscal_year = ?', options.fiscalYear);
        return (0, list_query_1.listQuery)(ctx, sales_entity_1.Invoice, filter, options, sortColumn(options.sort, 'issue_date'), info);
    },
    creditNotes(ctx, options = {}, info) {
        const filter = documentFilter(ctx, options, 'issue_date').add('t.invoice_id = ?', options.invoiceId);
        return (0, list_query_1.listQuery)(ctx, sales_entity_1.CreditNote, filter, options, sortColumn(options.sort, 'issue_date'), info);
    },
    payments(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx)
            .add('t.invoice_id = ?', options.invoiceId)
            .add('t.invoice_id in (select id from invoice where customer_id = ?)', options.customerId)
            .add('t.payment_date >= ?::date', options.date?.from)
            .add('t.payment_date <= ?::date', options.date?.to);
        return (0, list_query_1.listQuery)(ctx, sales_entity_1.Payment, filter, options, 'payment_date', info);
    },
};
//# sourceMappingURL=document-lists.js.map