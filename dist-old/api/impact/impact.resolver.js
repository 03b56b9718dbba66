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
exports.PartnerImpactResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const impact_service_1 = require("./impact.service");
const impact_types_1 = require("./impact.types");
let PartnerImpactResolver = class PartnerImpactResolver {
    partnerImpact(ctx, year, customerId) {
        return (0, impact_service_1.partnerImpact)(ctx, year, customerId);
    }
};
exports.PartnerImpactResolver = PartnerImpactResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readPartnerImpact),
    (0, type_graphql_1.Query)(() => impact_types_1.PartnerImpact, {
        description: "A customer's impact figures for a year: a PARTNER account reads its own customer's (customerId optional); staff who read sales name the customer.",
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('year', () => type_graphql_1.Int)),
    __param(2, (0, type_graphql_1.Arg)('customerId', () => type_graphql_1.ID, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Number, Object]),
    __metadata("design:returntype", Promise)
], PartnerImpactResolver.prototype, "partnerImpact", null);
exports.PartnerImpactResolver = PartnerImpactResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], PartnerImpactResolver);
//# sourceMappingURL=impact.resolver.js.map