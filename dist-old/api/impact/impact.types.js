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
Object.defineProperty(exports, "__esModule", { value: true });
exports.PartnerImpact = exports.ImpactServiceType = exports.ImpactMonth = exports.ImpactFigures = exports.ImpactWithheldReason = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../../schema/enums");
const scalars_1 = require("../../schema/scalars");
var ImpactWithheldReason;
(function (ImpactWithheldReason) {
    ImpactWithheldReason["PRIVACY"] = "privacy";
    ImpactWithheldReason["OPEN_PERIOD"] = "open_period";
})(ImpactWithheldReason || (exports.ImpactWithheldReason = ImpactWithheldReason = {}));
(0, type_graphql_1.registerEnumType)(ImpactWithheldReason, {
    name: 'ImpactWithheldReason',
    description: 'PRIVACY: too few beneficiaries behind the figure, one of them doing nearly all of it, or withheld so that another withheld figure cannot be worked out from the published ones. ' +
        'OPEN_PERIOD: the month has not ended; its work is published once it has.',
});
let ImpactFigures = class ImpactFigures {
};
exports.ImpactFigures = ImpactFigures;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ImpactFigures.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], ImpactFigures.prototype, "beneficiaryCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'True when the figures are withheld.' }),
    __metadata("design:type", Boolean)
], ImpactFigures.prototype, "withheld", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ImpactWithheldReason, { nullable: true }),
    __metadata("design:type", Object)
], ImpactFigures.prototype, "withheldReason", void 0);
exports.ImpactFigures = ImpactFigures = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Hours and beneficiaries of a group of work records; both null when withheld (see `withheldReason`).' })
], ImpactFigures);
let ImpactMonth = class ImpactMonth extends ImpactFigures {
};
exports.ImpactMonth = ImpactMonth;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'First day of the month.' }),
    __metadata("design:type", String)
], ImpactMonth.prototype, "month", void 0);
exports.ImpactMonth = ImpactMonth = __decorate([
    (0, type_graphql_1.ObjectType)()
], ImpactMonth);
let ImpactServiceType = class ImpactServiceType extends ImpactFigures {
};
exports.ImpactServiceType = ImpactServiceType;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ServiceType),
    __metadata("design:type", String)
], ImpactServiceType.prototype, "serviceType", void 0);
exports.ImpactServiceType = ImpactServiceType = __decorate([
    (0, type_graphql_1.ObjectType)()
], ImpactServiceType);
let PartnerImpact = class PartnerImpact {
};
exports.PartnerImpact = PartnerImpact;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], PartnerImpact.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], PartnerImpact.prototype, "customerName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PartnerImpact.prototype, "year", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Figures drawn from fewer beneficiaries than this are withheld.' }),
    __metadata("design:type", Number)
], PartnerImpact.prototype, "privacyThreshold", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, {
        nullable: true,
        description: 'Work figures cover the ended months of the year, up to this day; null when no month of the year has ended yet.',
    }),
    __metadata("design:type", Object)
], PartnerImpact.prototype, "workCoveredUntil", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ImpactFigures, { description: 'The whole year, once it has ended (withheld, OPEN_PERIOD, until then).' }),
    __metadata("design:type", ImpactFigures)
], PartnerImpact.prototype, "total", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ImpactMonth], {
        description: 'Ended months with work, in order, then the current month (withheld, OPEN_PERIOD) when it is in the year. A month shows the records validated before it was first shown; ' +
            'a record validated later counts in the month of its validation.',
    }),
    __metadata("design:type", Array)
], PartnerImpact.prototype, "months", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ImpactServiceType], { description: 'The year by service type, once it has ended (empty until then).' }),
    __metadata("design:type", Array)
], PartnerImpact.prototype, "serviceTypes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Invoiced HT in the year, net of credit notes.' }),
    __metadata("design:type", Number)
], PartnerImpact.prototype, "netHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Net HT less the deductible costs (materials, subcontracting, intermediate consumption, selling costs).' }),
    __metadata("design:type", Number)
], PartnerImpact.prototype, "labourCostCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Payments received in the year.' }),
    __metadata("design:type", Number)
], PartnerImpact.prototype, "paidCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, {
        nullable: true,
        description: 'NOT a legal figure: the labour cost of mise à disposition lines ÷ (1 600 × SMIC horaire brut at 31 December of the year), plus the rest ÷ (2 000 × SMIC), ' +
            'the former "unités bénéficiaires" some clients still ask for (divisors from the dated legal parameters). ' +
            'The OETH deduction since 2020 is an amount in euros on a yearly attestation of paid invoices. Null when the SMIC or a divisor of that date is not known.',
    }),
    __metadata("design:type", Object)
], PartnerImpact.prototype, "ubEquivalentNonLegal", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true, description: 'When recent sales last reached the aggregates.' }),
    __metadata("design:type", Object)
], PartnerImpact.prototype, "salesAsOf", void 0);
exports.PartnerImpact = PartnerImpact = __decorate([
    (0, type_graphql_1.ObjectType)({ description: "The work beneficiaries did for one customer in a year, and that year's sales to it: aggregates only." })
], PartnerImpact);
//# sourceMappingURL=impact.types.js.map