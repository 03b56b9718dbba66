"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.QuoteService = void 0;
const state_machine_1 = require("../common/state-machine");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const error_results_1 = require("../../schema/error-results");
const enums_1 = require("../../schema/enums");
const organization_loaders_1 = require("../organization/organization.loaders");
const rows_1 = require("../common/rows");
const parties_1 = require("./parties");
const lines_1 = require("./lines");
const lifecycles_1 = require("../../kernel/lifecycles");
const document_numbering_1 = require("../common/document-numbering");
const dates_1 = require("../../kernel/dates");
const errors_1 = require("../common/errors");
class QuoteService {
    static async create(ctx, input) {
        const parties = await (0, parties_1.loadParties)(ctx, input);
        if (parties instanceof error_results_1.NotFoundError)
            return parties;
        const { establishment, customer } = parties;
        const lines = await (0, lines_1.priceLines)(ctx, establishment.id, input.lines);
        if (lines instanceof error_results_1.NotFoundError)
            return lines;
        const quoteDate = input.quoteDate ?? (0, dates_1.todayInFrance)();
        const validUntil = input.validUntil ?? (0, dates_1.addDays)(quoteDate, 30);
        if (validUntil < quoteDate)
            throw (0, errors_1.badUserInput)('validUntil', 'must not be before the quote date');
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'quote', establishment, quoteDate);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const [id] = await (0, rows_1.insertRows)(ctx, sales_entity_1.Quote, [
            {
                establishmentId: String(establishment.id),
                customerId: String(customer.id),
                number: numbered.number,
                status: enums_1.QuoteStatus.DRAFT,
                quoteDate,
                validUntil,
                notes: input.notes ?? null,
                ...(0, lines_1.totalsColumns)(lines),
            },
        ]);
        await insertLines(ctx, id, lines);
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Quote, id));
    }
    static async update(ctx, id, input) {
        const quote = await (0, rows_1.findRow)(ctx, sales_entity_1.Quote, id, { lock: true });
        if (!quote)
            return new error_results_1.NotFoundError('id', 'Quote');
        if (quote.status !== enums_1.QuoteStatus.DRAFT)
            return new error_results_1.InvalidStateError('quote', quote.status, 'draft', 'only a draft quote can be edited');
        const changes = {};
        if (input.validUntil !== undefined) {
            if (input.validUntil < quote.quoteDate)
                throw (0, errors_1.badUserInput)('validUntil', 'must not be before the quote date');
            changes.validUntil = input.validUntil;
        }
        if (input.notes !== undefined)
            changes.notes = input.notes;
        if (input.lines) {
            const lines = await (0, lines_1.priceLines)(ctx, quote.establishmentId, input.lines);
            if (lines instanceof error_results_1.NotFoundError)
                return lines;
            const manager = await ctx.db.manager();
            await manager.delete(sales_entity_1.QuoteLine, { quoteId: String(quote.id), organizationId: String(ctx.organizationId) });
            await insertLines(ctx, Number(quote.id), lines);
            Object.assign(changes, (0, lines_1.totalsColumns)(lines));
        }
        await (0, rows_1.updateRow)(ctx, sales_entity_1.Quote, quote.id, changes);
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Quote, quote.id));
    }
    static async transition(ctx, id, to) {
        const quote = await (0, rows_1.findRow)(ctx, sales_entity_1.Quote, id, { lock: true });
        if (!quote)
            return new error_results_1.NotFoundError('id', 'Quote');
        const refused = (0, state_machine_1.checkTransition)(lifecycles_1.quoteLifecycle, quote.status, to);
        if (refused)
            return refused;
        await (0, rows_1.updateRow)(ctx, sales_entity_1.Quote, quote.id, { status: to });
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Quote, quote.id));
    }
    /** An accepted quote becomes a confirmed order, line for line; each order line keeps its quote line. */
    static async convertToOrder(ctx, id, input) {
        const quote = await (0, rows_1.findRow)(ctx, sales_entity_1.Quote, id, { lock: true });
        if (!quote)
            return new error_results_1.NotFoundError('quoteId', 'Quote');
        if (quote.status !== enums_1.QuoteStatus.ACCEPTED) {
            return new error_results_1.InvalidStateError('quote', quote.status, 'converted', 'only an accepted quote can become an order');
        }
        const [existing] = await ctx.db.query('select id from sales_order where organization_id = $1 and quote_id = $2', [ctx.organizationId, quote.id]);
        if (existing)
            return new error_results_1.InvalidStateError('quote', quote.status, 'converted', `quote ${quote.number} was already converted to an order`);
        const establishment = (await (0, organization_loaders_1.establishmentById)(ctx).load(Number(quote.establishmentId)));
        const orderDate = input.orderDate ?? (0, dates_1.todayInFrance)();
        const numbered = await (0, document_numbering_1.nextDocumentNumber)(ctx, 'order', establishment, orderDate);
        if (numbered instanceof error_results_1.ChronologyError)
            return numbered;
        const quoteLines = await ctx.db.query(`select id, catalog_item_id as "catalogItemId", description, quantity, unit_price_cents as "unitPriceCents", vat_rate_bp as "vatRateBp",
              materials_cents as "materialsCents", subcontracting_cents as "subcontractingCents",
              intermediate_consumption_cents as "intermediateConsumptionCents", selling_costs_cents as "sellingCostsCents"
         from quote_line where organization_id = $1 and quote_id = $2 order by position`, [ctx.organizationId, quote.id]);
        const lines = quoteLines.map((line, index) => ({ ...(0, lines_1.copyLine)(line, index + 1, line), quoteLineId: String(line.id) }));
        const [orderId] = await (0, rows_1.insertRows)(ctx, sales_entity_1.Order, [
            {
                establishmentId: String(quote.establishmentId),
                customerId: String(quote.customerId),
                quoteId: String(quote.id),
                number: numbered.number,
                status: enums_1.OrderStatus.CONFIRMED,
                orderDate,
                customerReference: input.customerReference ?? null,
                notes: quote.notes,
                ...(0, lines_1.totalsColumns)(lines),
            },
        ]);
        await (0, rows_1.insertRows)(ctx, sales_entity_1.OrderLine, lines.map((line) => ({ ...line, orderId: String(orderId) })));
        return (await (0, rows_1.findRow)(ctx, sales_entity_1.Order, orderId));
    }
}
exports.QuoteService = QuoteService;
async function insertLines(ctx, quoteId, lines) {
    await (0, rows_1.insertRows)(ctx, sales_entity_1.QuoteLine, lines.map((line) => ({ ...line, quoteId: String(quoteId) })));
}
//# sourceMappingURL=quote.service.js.map