"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.QuoteLineResolver = exports.QuoteResolver = void 0;
const type_graphql_1 = require("type-graphql");
const document_download_1 = require("../http/document-download");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const sales_input_1 = require("../../schema/inputs/sales.input");
const lists_1 = require("../../schema/lists");
const results_1 = require("../../schema/results");
const enums_1 = require("../../schema/enums");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const quote_service_1 = require("./quote.service");
const document_lists_1 = require("./document-lists");
const document_fields_resolver_1 = require("./document-fields.resolver");
const sales_loaders_1 = require("./sales.loaders");
let QuoteResolver = class QuoteResolver extends (0, document_fields_resolver_1.DocumentFieldsResolver)(sales_entity_1.Quote, (ctx, quote) => (0, sales_loaders_1.quoteLinesByQuoteId)(ctx).load(Number(quote.id))) {
    documentUrl(quote) {
        return (0, document_download_1.documentPath)('quotes', quote.id);
    }
    quote(ctx, id) {
        return (0, sales_loaders_1.quoteById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    quotes(ctx, options, info) {
        return document_lists_1.DocumentLists.quotes(ctx, options, info);
    }
    createQuote(ctx, input) {
        return quote_service_1.QuoteService.create(ctx, input);
    }
    updateQuote(ctx, id, input) {
        return quote_service_1.QuoteService.update(ctx, id, input);
    }
    sendQuote(ctx, id) {
        return quote_service_1.QuoteService.transition(ctx, id, enums_1.QuoteStatus.SENT);
    }
    acceptQuote(ctx, id) {
        return quote_service_1.QuoteService.transition(ctx, id, enums_1.QuoteStatus.ACCEPTED);
    }
    refuseQuote(ctx, id) {
        return quote_service_1.QuoteService.transition(ctx, id, enums_1.QuoteStatus.REFUSED);
    }
    expireQuote(ctx, id) {
        return quote_service_1.QuoteService.transition(ctx, id, enums_1.QuoteStatus.EXPIRED);
    }
    convertQuoteToOrder(ctx, quoteId, input) {
        return quote_service_1.QuoteService.convertToOrder(ctx, quoteId, input ?? {});
    }
    lines(ctx, quote) {
        return (0, sales_loaders_1.quoteLinesByQuoteId)(ctx).load(Number(quote.id));
    }
    async order(ctx, quote) {
        const [order] = await (0, sales_loaders_1.ordersByQuoteId)(ctx).load(Number(quote.id));
        return order ?? null;
    }
};
exports.QuoteResolver = QuoteResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "documentUrl", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => sales_entity_1.Quote, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "quote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => lists_1.QuoteList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => sales_input_1.QuoteListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "quotes", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.QuoteResult, { description: 'Creates a draft quote, numbered in its establishment\'s quote sequence.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => sales_input_1.QuoteInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, sales_input_1.QuoteInput]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "createQuote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.QuoteResult, { description: 'Edits a draft quote.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => sales_input_1.QuoteUpdateInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, sales_input_1.QuoteUpdateInput]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "updateQuote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.QuoteResult, { description: 'DRAFT → SENT.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "sendQuote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.QuoteResult, { description: 'SENT → ACCEPTED.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "acceptQuote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.QuoteResult, { description: 'SENT → REFUSED.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "refuseQuote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.QuoteResult, { description: 'SENT → EXPIRED.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "expireQuote", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.OrderResult, { description: 'Turns an accepted quote into a confirmed order, line for line.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('quoteId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => sales_input_1.ConvertQuoteInput, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, sales_input_1.ConvertQuoteInput]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "convertQuoteToOrder", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.QuoteLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], QuoteResolver.prototype, "lines", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Order, { nullable: true, description: 'The order this quote became.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], QuoteResolver.prototype, "order", null);
exports.QuoteResolver = QuoteResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.Quote)
], QuoteResolver);
let QuoteLineResolver = class QuoteLineResolver extends (0, document_fields_resolver_1.LineFieldsResolver)(sales_entity_1.QuoteLine) {
    quote(ctx, line) {
        return (0, sales_loaders_1.quoteById)(ctx).load(Number(line.quoteId));
    }
    orderLines(ctx, line) {
        return (0, sales_loaders_1.orderLinesByQuoteLineId)(ctx).load(Number(line.id));
    }
};
exports.QuoteLineResolver = QuoteLineResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Quote),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], QuoteLineResolver.prototype, "quote", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [sales_entity_1.OrderLine]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], QuoteLineResolver.prototype, "orderLines", null);
exports.QuoteLineResolver = QuoteLineResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.QuoteLine)
], QuoteLineResolver);
//# sourceMappingURL=quote.resolver.js.map