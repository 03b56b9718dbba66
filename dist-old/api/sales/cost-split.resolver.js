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
exports.CostSplitResolver = void 0;
const type_graphql_1 = require("type-graphql");
const sales_input_1 = require("../../schema/inputs/sales.input");
const results_1 = require("../../schema/results");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const cost_split_service_1 = require("./cost-split.service");
let CostSplitResolver = class CostSplitResolver {
    updateInvoiceLineCostSplit(ctx, invoiceLineId, input) {
        return (0, cost_split_service_1.setInvoiceLineCostSplit)(ctx, invoiceLineId, input);
    }
};
exports.CostSplitResolver = CostSplitResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.InvoiceResult, {
        description: "Sets the OETH cost split of a draft invoice's line (per unit). An issued invoice answers IMMUTABLE_DOCUMENT; costs above the line's HT (a negative labour cost) are BAD_USER_INPUT.",
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('invoiceLineId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => sales_input_1.CostSplitInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, sales_input_1.CostSplitInput]),
    __metadata("design:returntype", void 0)
], CostSplitResolver.prototype, "updateInvoiceLineCostSplit", null);
exports.CostSplitResolver = CostSplitResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], CostSplitResolver);
//# sourceMappingURL=cost-split.resolver.js.map