"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InvoiceService = void 0;
const state_machine_1 = require("../common/state-machine");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const error_results_1 = require("../../schema/error-results");
const enums_1 = require("../../schema/enums");
const organization_loaders_1 = require("../organization/organization.loaders");
const rows_1 = require("../common/rows");
const lines_1 = require("./lines");
const lifecycles_1 = require("../../kernel/lifecycles");
const document_numbering_1 = require("../common/document-numbering");
const dates_1 = require("../../kernel/dates");
const payment_terms_1 = require("./payment-terms");
const order_service_1 = require("./order.service");
const billed_quantities_1 = require("./billed-quantities");
const totals_1 = require("../../kernel/totals");
const errors_1 = require("../common/errors");
const document_service_1 = require("../documents/document.service");
/**
 * Turns requested delivered quantities into priced invoice lines. The delivery-note lines are locked
 * (in id order) so that concurrent drafts cannot bill the same delivery twice; quantities already on
 * other invoices (drafts included, net of credit notes) are not available.
 */
async function buildInvoiceLines(ctx, requested, excludeInvoiceId) {
    const ids = [...new Set(requested.map((line) => line.deliveryNoteLineId))].sort((a, b) => a - b);
    await (0, rows_1.lockRows)(ctx, sales_entity_1.DeliveryNoteLine, ids);
    const delivered = await ctx.db.query(`select dl.id, dn.establishment_id as "establishmentId", dn.customer_id as "customerId", dl.order_line_id as "orderLineId", dl.quantity,
            ${(0, billed_quantities_1.reservedQuantitySql)('il.delivery_note_line_id = dl.id and il.invoice_id is distinct from $3')} as reserved
       from delivery_note_line dl join delivery_note dn on dn.id = dl.delivery_note_id
      where dl.organization_id = $1 and dl.id = any($2::bigint[])`, [ctx.organizationId, ids, excludeInvoiceId]);
    const byId = new Map(delivered.map((line) => [Number(line.id), line]));
    const orderLines = await ctx.db.query(`select id, catalog_item_id as "catalogItemId", description, unit_price_cents as "unitPriceCents", vat_rate_bp as "vatRateBp",
            materials_cents as "materialsCents", subcontracting_cents as "subcontractingCents",
            intermediate_consumption_cents as "intermediateConsumptionCents", selling_costs_cents as "sellingCostsCents"
       from order_line where organization_id = $1 and id = any($2::bigint[])`, [ctx.organizationId, delivered.map((line) => line.orderLineId)]);
    const orderLineById = new Map(orderLines.map((line) => [Number(line.id), line]));
    const used = new Map();
    const lines = [];
    let first;
    for (const request of requested) {
        const source = byId.get(request.deliveryNoteLineId);
        if (!source)
            return new error_results_1.NotFoundError(request.field, 'Delivery note line');
        const remaining = (0, totals_1.toThousandths)(source.quantity) - (0, totals_1.toThousandths)(source.reserved) - (used.get(source.id) ?? 0n);
        const quantity = request.quantity === null ? remaining : (0, totals_1.toThousandths)(request.quantity);
        if (quantity <= 0n && request.quantity === null)
            continue;
        first ??= source;
        if (Number(source.customerId) !== Number(first.customerId) || Number(source.establishmentId) !== Number(first.establishmentId)) {
            return new error_results_1.MixedDocumentsError('an invoice bills deliveries of one customer by one establishment');
        }
        if (quantity > remaining) {
            return new error_results_1.QuantityExceededError(String(source.id), Number(quantity) / 1000, Number(remaining) / 1000, 'invoice');
        }
        used.set(source.id, (used.get(source.id) ?? 0n) + quantity);
        const orderLine = orderLineById.get(Number(source.orderLineId));
        lines.push({
            ...(0, lines_1.copyLine)(orderLine, lines.length + 1, { quantity: Number(quantity) / 1000, unitPriceCents: orderLine.unitPriceCents, description: orderLine.description }),
            deliveryNoteLineId: String(source.id),
            orderLineId: String(source.orderLineId),
        });
    }
    if (!first || lines.length === 0)
        return new error_results_1.QuantityExceededError(String(ids[0]), 0, 0, 'invoice anything: nothing remains to invoice');
    return { lines, establishmentId: Number(first.establishmentId), customerId: Number(first.customerId) };
}
async function requestedLines(ctx, input) {
    if (input.lines && input.deliveryNoteIds)
        throw (0, errors_1.badUserInput)('lines', 'give either deliveryNoteIds or lines, not both');
    if (input.lines) {
        return input.lines.map((line, index) => ({
            deliveryNoteLineId: (0, errors_1.parseId)(line.deliveryNoteLineId, `lines[${index}].deliveryNoteLineId`),
            quantity: line.quantity,
            field: `lines[${index}].deliveryNoteLineId`,
        }));
    }
    if (!input.deliveryNoteIds)
        throw (0, errors_1.badUserInput)('deliveryNoteIds', 'give deliveryNoteIds or lines');
    const noteIds = (0, errors_1.parseIds)(input.deliveryNoteIds, 'deliveryNoteIds');
    const rows = await ctx.db.query(`select id, delivery_note_id as "deliveryNoteId" from delivery_note_line where organization_id = $1 and delivery_note_id = any($2::bigint[]) order by delivery_note_id, id`, [ctx.organizationId, noteIds]);
    const missing = noteIds.findIndex((noteId) => !rows.some((row) => Number(row.deliveryNoteId) === noteId));
    if (missing >= 0)
        return new error_results_1.NotFoundError(`deliveryNoteIds[${missing}]`, 'Delivery note');
    return rows.map((row) => ({ deliveryNoteLineId: Number(row.id), quantity: null, field: 'deliveryNoteIds' }));
}
async function insertInvoiceLines(ctx, invoiceId, lines) {
    await (0, rows_1.insertRows)(ctx, sales_entity_1.InvoiceLine, lines.map((line) => ({ ...line, invoiceId: String(invoiceId) })));
}
async function settlement(ctx, invoiceId) {
    const [row] = await ctx.db.query(`select coalesce((select sum(amount_cents) from payment where invoice_id = $2 and organization_id = $1), 0) as "paidCents",
            coalesce((select sum(total_ttc_cents) from credit_note where invoice_id = $2 and organization_id = $1), 0) as "creditedCents"`, [ctx.organizationId, invoiceId]);
    return row;
}
/** Moves an issued invoice to the status its payments and credit notes call for. */
async function settle(ctx, invoice) {
    const { paidCents, creditedCents } = await settlement(ctx, Number(invoice.id));
    const status = (0, lifecycles_1.settledInvoiceStatus)(invoice.totalTtcCents, paidCents, creditedCents);
    if (status === invoice.status)
        return null;
    const refused = (0, state_machine_1.checkTransition)(lifecycles_1.invoiceLifecycle, invoice.status, status);
    if (refused)
        return refused;
    await (0, rows_1.updateRow)(ctx, sales_entity_1.Invoice, invoice.id, { status });
    return null;
}
async function ordersOfInvoice(ctx, invoiceId) {
    const ids = await ctx.db.query(`select distinct ol.order_id as "orderId" from invoice_line il join order_line ol on ol.id = il.order_line_id where il.invoice_id = $1 and il.organization_id = $2 order by 1`, [invoiceId, ctx.organizationId]);
    return (0, rows_1.lockRows)(ctx, sales_entity_1.Order, ids.map((row) => Number(row.orderId)));
}
/**
 * An invoice or credit note is dated the day it is issued, or an earlier day (numbering keeps the
 * dates in order); never a later one, which would number it ahead of time — and in a future year,
 * open that year's sequence. Today is the establishments' calendar day (Europe/Paris).
 */
function notInTheFuture(document, date) {
    const today = (0, dates_1.todayInFrance)();
    return date > today ? new error_results_1.ChronologyError(`${document} date ${date} is after today (${today}, Europe/Paris): a document is dated the day it is issued, never later`) : null;
}
/**
 * A line at 0 % VAT must carry the exemption and its article (CGI annexe II art. 242 nonies A): the
 * organisation's wording (updateInvoiceMentions), without which the invoice is not issued.
 */
async function zeroRateWithoutMention(ctx, invoiceId) {
    const [row] = await ctx.db.query(`select exists (select 1 from invoice_line where organization_id = $1 and invoice_id = $2 and vat_rate_bp = 0)
            and (select vat_exemption_mention is null from organization where id = $1) as missing`, [ctx.organizationId, invoiceId]);
    return row.missing
        ? new error_results_1.LegalLimitError('vat_exemption_mention', 'a line at 0 % VAT needs the exemption mention and its article on the invoice: set vatExemptionMention with updateInvoiceMentions')
        : null;
}
class InvoiceService {
    static async createDraft(ctx, input) {
        const requested = await requestedLines(ctx, input);
        if (requested instanceof error_results_1.NotFoundError)
            return requested;
        const built = await buildInvoiceLines(ctx, requested, null);
        if (!('lines' in built))
            return built;
        const [id] = await (0, rows_1.insertRows)(ctx, sales_entity_1.Invoice, [
            {
                establishmentId: String(built.establishmentId),
                customerId: String(built.customerId),
                status: enums_1.InvoiceStatus.DRAFT,
                number: null,
                dueDate: input.dueDate ?? null,
                notes: input.notes ?? null,
                ...(0, lines_1.totalsColumns)(built.lines),
            },
        ]);
        await insertInvoiceLines(ctx, id, built.lines);
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, id));
    }
    static async updateDraft(ctx, id, input) {
        const invoice = await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, id, { lock: true });
        if (!invoice)
            return new error_results_1.NotFoundError('id', 'Invoice');
        if (invoice.status !== enums_1.InvoiceStatus.DRAFT)
            return new error_results_1.ImmutableDocumentError(`invoice ${invoice.number} is issued and can no longer change; create a credit note`);
        const changes = {};
        if (input.dueDate !== undefined)
            changes.dueDate = input.dueDate;
        if (input.notes !== undefined)
            changes.notes = input.notes;
        if (input.lines) {
            const requested = await requestedLines(ctx, { lines: input.lines });
            if (requested instanceof error_results_1.NotFoundError)
                return requested;
            const built = await buildInvoiceLines(ctx, requested, Number(invoice.id));
            if (!('lines' in built))
                return built;
            if (built.customerId !== Number(invoice.customerId) || built.establishmentId !== Number(invoice.establishmentId)) {
                return new error_results_1.MixedDocumentsError('the lines must bill the invoice\'s customer from its establishment');
            }
            const manager = await ctx.db.manager();
            await manager.delete(sales_entity_1.InvoiceLine, { invoiceId: String(invoice.id), organizationId: String(ctx.organizationId) });
            await insertInvoiceLines(ctx, Number(invoice.id), built.lines);
            Object.assign(changes, (0, lines_1.totalsColumns)(built.lines));
        }
        await (0, rows_1.updateRow)(ctx, sales_entity_1.Invoice, invoice.id, changes);
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, invoice.id));
    }
    static async deleteDraft(ctx, id) {
        const invoice = await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, id, { lock: true });
        if (!invoice)
            return new error_results_1.NotFoundError('id', 'Invoice');
        if (invoice.status !== enums_1.InvoiceStatus.DRAFT)
            return new error_results_1.ImmutableDocumentError(`invoice ${invoice.number} is issued and cannot be deleted; create a credit note`);
        const manager = await ctx.db.manager();
        await manager.delete(sales_entity_1.Invoice, { id: String(invoice.id), organizationId: String(ctx.organizationId) });
        return invoice;
    }
    /**
     * Numbers the invoice in its establishment's sequence for the year and freezes it. Its date is today
     * (Europe/Paris) or an earlier day not before the last invoice numbered; its due date follows the
     * legal payment terms (payment-terms.ts).
     */
    static async issue(ctx, id, issueDate) {
        const invoice = await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, id, { lock: true });
        if (!invoice)
            return new error_results_1.NotFoundError('id', 'Invoice');
        const refused = (0, state_machine_1.checkTransition)(lifecycles_1.invoiceLifecycle, invoice.status, enums_1.InvoiceStatus.ISSUED);
        if (refused)
            return refused;
        const date = issueDate ?? (0, dates_1.todayInFrance)();
        const future = notInTheFuture('invoice', date);
        if (future)
            return future;
        const dueDate = await (0, payment_terms_1.dueDateOnIssue)(ctx, invoice, date);
        if (typeof dueDate !== 'string')
            return dueDate;
        const unmentioned = await zeroRateWithoutMention(ctx, Number(invoice.id));
        if (unmentioned)
            return unmentioned;
        const establishment = (await (0, organization_loaders_1.establishmentById)(ctx).load(Number(invoice.establishmentId)));
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'invoice', establishment, date);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        await (0, rows_1.updateRow)(ctx, sales_entity_1.Invoice, invoice.id, {
            status: enums_1.InvoiceStatus.ISSUED,
            number: numbered.number,
            fiscalYear: numbered.fiscalYear,
            sequenceNumber: numbered.sequenceNumber,
            issueDate: date,
            dueDate,
        });
        for (const order of await ordersOfInvoice(ctx, Number(invoice.id)))
            await order_service_1.OrderService.followProgress(ctx, order);
        await (0, document_service_1.captureIssuedDocument)(ctx, 'invoice', Number(invoice.id));
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, invoice.id));
    }
    static async recordPayment(ctx, input) {
        const invoice = await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, input.invoiceId, { lock: true, field: 'invoiceId' });
        if (!invoice)
            return new error_results_1.NotFoundError('invoiceId', 'Invoice');
        if (invoice.status !== enums_1.InvoiceStatus.ISSUED && invoice.status !== enums_1.InvoiceStatus.PARTIALLY_PAID) {
            return new error_results_1.InvalidStateError('invoice', invoice.status, 'paid', `an invoice in state ${invoice.status} cannot receive a payment`);
        }
        const due = (0, lifecycles_1.amountDueCents)(invoice, await settlement(ctx, Number(invoice.id)));
        if (input.amountCents > due)
            return new error_results_1.OverpaymentError(due);
        const paymentDate = input.paymentDate ?? (0, dates_1.todayInFrance)();
        if (invoice.issueDate && paymentDate < invoice.issueDate)
            throw (0, errors_1.badUserInput)('paymentDate', `must not be before the invoice date ${invoice.issueDate}`);
        const [paymentId] = await (0, rows_1.insertRows)(ctx, sales_entity_1.Payment, [
            { invoiceId: String(invoice.id), amountCents: input.amountCents, paymentDate, method: input.method, reference: input.reference ?? null },
        ]);
        const refused = await settle(ctx, invoice);
        if (refused)
            return refused;
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Payment, paymentId));
    }
    /** An avoir for chosen quantities, or for everything not yet credited (which cancels the invoice). */
    static async createCreditNote(ctx, input) {
        const invoice = await (0, rows_1.findRow)(ctx, sales_entity_1.Invoice, input.invoiceId, { lock: true, field: 'invoiceId' });
        if (!invoice)
            return new error_results_1.NotFoundError('invoiceId', 'Invoice');
        if (invoice.status === enums_1.InvoiceStatus.DRAFT || invoice.status === enums_1.InvoiceStatus.CANCELLED) {
            return new error_results_1.InvalidStateError('invoice', invoice.status, 'credited', `an invoice in state ${invoice.status} cannot be credited; ${invoice.status === enums_1.InvoiceStatus.DRAFT ? 'edit or delete the draft' : 'it is already fully credited'}`);
        }
        const invoiceLines = await ctx.db.query(`select il.id, il.catalog_item_id as "catalogItemId", il.description, il.quantity, il.unit_price_cents as "unitPriceCents", il.vat_rate_bp as "vatRateBp",
              il.materials_cents as "materialsCents", il.subcontracting_cents as "subcontractingCents",
              il.intermediate_consumption_cents as "intermediateConsumptionCents", il.selling_costs_cents as "sellingCostsCents",
              coalesce((select sum(c.quantity) from credit_note_line c where c.invoice_line_id = il.id), 0) as credited
         from invoice_line il where il.organization_id = $1 and il.invoice_id = $2 order by il.position`, [ctx.organizationId, invoice.id]);
        const byId = new Map(invoiceLines.map((line) => [Number(line.id), line]));
        const requested = input.lines
            ? input.lines.map((line, index) => ({ id: (0, errors_1.parseId)(line.invoiceLineId, `lines[${index}].invoiceLineId`), quantity: (0, totals_1.toThousandths)(line.quantity), index }))
            : invoiceLines.map((line, index) => ({ id: Number(line.id), quantity: (0, billed_quantities_1.netLineThousandths)(line, line.credited), index })).filter((line) => line.quantity > 0n);
        const used = new Map();
        const lines = [];
        for (const request of requested) {
            const source = byId.get(request.id);
            if (!source)
                return new error_results_1.NotFoundError(`lines[${request.index}].invoiceLineId`, 'Line of this invoice');
            const remaining = (0, totals_1.toThousandths)(source.quantity) - (0, totals_1.toThousandths)(source.credited) - (used.get(request.id) ?? 0n);
            if (request.quantity > remaining) {
                return new error_results_1.QuantityExceededError(String(source.id), Number(request.quantity) / 1000, Number(remaining) / 1000, 'credit');
            }
            used.set(request.id, (used.get(request.id) ?? 0n) + request.quantity);
            lines.push({
                ...(0, lines_1.copyLine)(source, lines.length + 1, { quantity: Number(request.quantity) / 1000, unitPriceCents: source.unitPriceCents, description: source.description }),
                invoiceLineId: String(source.id),
            });
        }
        if (lines.length === 0)
            return new error_results_1.InvalidStateError('invoice', invoice.status, 'credited', 'nothing remains to credit');
        const totals = (0, lines_1.totalsColumns)(lines);
        const issueDate = input.issueDate ?? (0, dates_1.todayInFrance)();
        if (issueDate < invoice.issueDate)
            throw (0, errors_1.badUserInput)('issueDate', `must not be before the invoice date ${invoice.issueDate}`);
        const future = notInTheFuture('credit note', issueDate);
        if (future)
            return future;
        const establishment = (await (0, organization_loaders_1.establishmentById)(ctx).load(Number(invoice.establishmentId)));
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'credit_note', establishment, issueDate);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const { creditedCents } = await settlement(ctx, Number(invoice.id));
        const fullyCredited = invoiceLines.every((line) => (0, totals_1.toThousandths)(line.quantity) - (0, totals_1.toThousandths)(line.credited) === (used.get(Number(line.id)) ?? 0n));
        if (fullyCredited) {
            // VAT rounded per credit note may differ from the invoice's by a cent: the credit that completes
            // the cancellation takes the rest on its VAT, so the credits add up to the invoice exactly.
            const difference = invoice.totalTtcCents - creditedCents - totals.totalTtcCents;
            totals.totalVatCents += difference;
            totals.totalTtcCents += difference;
        }
        const [creditNoteId] = await (0, rows_1.insertRows)(ctx, sales_entity_1.CreditNote, [
            {
                establishmentId: String(invoice.establishmentId),
                customerId: String(invoice.customerId),
                invoiceId: String(invoice.id),
                number: numbered.number,
                fiscalYear: numbered.fiscalYear,
                sequenceNumber: numbered.sequenceNumber,
                issueDate,
                reason: input.reason,
                notes: null,
                ...totals,
            },
        ]);
        await (0, rows_1.insertRows)(ctx, sales_entity_1.CreditNoteLine, lines.map((line) => ({ ...line, creditNoteId: String(creditNoteId) })));
        const refused = await settle(ctx, invoice);
        if (refused)
            return refused;
        await (0, document_service_1.captureIssuedDocument)(ctx, 'credit_note', creditNoteId);
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.CreditNote, creditNoteId));
    }
}
exports.InvoiceService = InvoiceService;
//# sourceMappingURL=invoice.service.js.map