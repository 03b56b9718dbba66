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
exports.FunderReport = exports.FunderRevenue = exports.FunderExits = exports.FunderAgePresence = exports.FunderStatusPresence = exports.FunderPresence = exports.FunderFigures = exports.FunderExitDestination = exports.FunderAgeBand = exports.FunderWithheldReason = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../../schema/enums");
const scalars_1 = require("../../schema/scalars");
var FunderWithheldReason;
(function (FunderWithheldReason) {
    FunderWithheldReason["TOO_FEW_BENEFICIARIES"] = "too_few_contributors";
    FunderWithheldReason["DOMINATED"] = "dominated";
    FunderWithheldReason["COMPLEMENTARY"] = "complementary";
})(FunderWithheldReason || (exports.FunderWithheldReason = FunderWithheldReason = {}));
(0, type_graphql_1.registerEnumType)(FunderWithheldReason, {
    name: 'FunderWithheldReason',
    description: 'TOO_FEW_BENEFICIARIES: fewer beneficiaries than the privacy threshold behind the figure; DOMINATED: one beneficiary accounts for nearly all of it; ' +
        'COMPLEMENTARY: withheld so that another withheld figure cannot be worked out from the published ones (by difference with a total).',
});
var FunderAgeBand;
(function (FunderAgeBand) {
    FunderAgeBand["UNDER_26"] = "moins_de_26";
    FunderAgeBand["FROM_26_TO_49"] = "26_49";
    FunderAgeBand["FIFTY_AND_OVER"] = "50_et_plus";
    FunderAgeBand["NOT_RECORDED"] = "non_renseigne";
})(FunderAgeBand || (exports.FunderAgeBand = FunderAgeBand = {}));
(0, type_graphql_1.registerEnumType)(FunderAgeBand, { name: 'FunderAgeBand', description: 'Age reached in the year, from the year of birth: under 26, 26–49, 50 and over, not recorded.' });
var FunderExitDestination;
(function (FunderExitDestination) {
    FunderExitDestination["ORDINARY_EMPLOYMENT"] = "ordinary_employment";
    FunderExitDestination["EA"] = "ea";
    FunderExitDestination["OTHER_ESAT"] = "other_esat";
    FunderExitDestination["TRAINING"] = "training";
    FunderExitDestination["NONE"] = "none";
    FunderExitDestination["OTHER"] = "other";
    FunderExitDestination["NOT_RECORDED"] = "non_renseigne";
})(FunderExitDestination || (exports.FunderExitDestination = FunderExitDestination = {}));
(0, type_graphql_1.registerEnumType)(FunderExitDestination, { name: 'FunderExitDestination', description: 'Exit destinations as reported, NOT_RECORDED for exits recorded without one.' });
let FunderFigures = class FunderFigures {
};
exports.FunderFigures = FunderFigures;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Beneficiaries (or movements, for exits and returns).' }),
    __metadata("design:type", Object)
], FunderFigures.prototype, "people", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'Hours, rounded to the hour (where the figure has hours).' }),
    __metadata("design:type", Object)
], FunderFigures.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    __metadata("design:type", Boolean)
], FunderFigures.prototype, "withheld", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderWithheldReason, { nullable: true }),
    __metadata("design:type", Object)
], FunderFigures.prototype, "withheldReason", void 0);
exports.FunderFigures = FunderFigures = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Figures of a group of beneficiaries, through the disclosure control: all null when withheld (see withheldReason).' })
], FunderFigures);
let FunderPresence = class FunderPresence extends FunderFigures {
};
exports.FunderPresence = FunderPresence;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'FTE (ETP), rounded to a tenth.' }),
    __metadata("design:type", Object)
], FunderPresence.prototype, "fte", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Working days of presence.' }),
    __metadata("design:type", Object)
], FunderPresence.prototype, "workingDaysPresent", void 0);
exports.FunderPresence = FunderPresence = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Presence figures of a group: headcount, FTE (to a tenth), days of presence, hours worked.' })
], FunderPresence);
let FunderStatusPresence = class FunderStatusPresence extends FunderPresence {
};
exports.FunderStatusPresence = FunderStatusPresence;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.BeneficiaryStatus),
    __metadata("design:type", String)
], FunderStatusPresence.prototype, "status", void 0);
exports.FunderStatusPresence = FunderStatusPresence = __decorate([
    (0, type_graphql_1.ObjectType)()
], FunderStatusPresence);
let FunderAgePresence = class FunderAgePresence extends FunderPresence {
};
exports.FunderAgePresence = FunderAgePresence;
__decorate([
    (0, type_graphql_1.Field)(() => FunderAgeBand),
    __metadata("design:type", String)
], FunderAgePresence.prototype, "ageBand", void 0);
exports.FunderAgePresence = FunderAgePresence = __decorate([
    (0, type_graphql_1.ObjectType)()
], FunderAgePresence);
let FunderExits = class FunderExits extends FunderFigures {
};
exports.FunderExits = FunderExits;
__decorate([
    (0, type_graphql_1.Field)(() => FunderExitDestination),
    __metadata("design:type", String)
], FunderExits.prototype, "destination", void 0);
exports.FunderExits = FunderExits = __decorate([
    (0, type_graphql_1.ObjectType)()
], FunderExits);
let FunderRevenue = class FunderRevenue {
};
exports.FunderRevenue = FunderRevenue;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], FunderRevenue.prototype, "activity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ServiceType),
    __metadata("design:type", String)
], FunderRevenue.prototype, "serviceType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], FunderRevenue.prototype, "netHtCents", void 0);
exports.FunderRevenue = FunderRevenue = __decorate([
    (0, type_graphql_1.ObjectType)()
], FunderRevenue);
let FunderReport = class FunderReport {
};
exports.FunderReport = FunderReport;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], FunderReport.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], FunderReport.prototype, "establishmentCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], FunderReport.prototype, "establishmentName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.EstablishmentKind),
    __metadata("design:type", String)
], FunderReport.prototype, "establishmentKind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], FunderReport.prototype, "year", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'True while the year has not ended (staff only): the figures will change.' }),
    __metadata("design:type", Boolean)
], FunderReport.prototype, "provisional", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true, description: 'When this report was first shown to a funder (then it is shown unchanged); null for a live report.' }),
    __metadata("design:type", Object)
], FunderReport.prototype, "publishedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Figures drawn from fewer beneficiaries than this are withheld.' }),
    __metadata("design:type", Number)
], FunderReport.prototype, "privacyThreshold", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderPresence, { description: 'Everybody accompanied in the year.' }),
    __metadata("design:type", FunderPresence)
], FunderReport.prototype, "total", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [FunderStatusPresence]),
    __metadata("design:type", Array)
], FunderReport.prototype, "byStatus", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [FunderAgePresence]),
    __metadata("design:type", Array)
], FunderReport.prototype, "byAgeBand", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.CapacityKind),
    __metadata("design:type", String)
], FunderReport.prototype, "capacityKind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'Authorised places (ESAT) or CPOM aided posts in FTE (EA), averaged over the year; null when none is recorded.' }),
    __metadata("design:type", Object)
], FunderReport.prototype, "capacity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'FTE ÷ capacity (null when either is unknown or withheld).' }),
    __metadata("design:type", Object)
], FunderReport.prototype, "occupancyFte", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'Working days of presence ÷ (capacity × working days of the year).' }),
    __metadata("design:type", Object)
], FunderReport.prototype, "occupancyDays", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [FunderRevenue], { description: 'Net sales by activity and service type (issued invoices net of credit notes).' }),
    __metadata("design:type", Array)
], FunderReport.prototype, "revenue", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], FunderReport.prototype, "revenueTotalCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'MAD contracts running in the year.' }),
    __metadata("design:type", Number)
], FunderReport.prototype, "madContracts", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Beneficiaries placed (mise à disposition) and their hours.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "mad", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Beneficiaries in prestation en entreprise and their hours.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "prestationEnEntreprise", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'First entries in the year.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "entries", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Exits of the year (all destinations).' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "exits", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [FunderExits]),
    __metadata("design:type", Array)
], FunderReport.prototype, "exitsByDestination", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Returns of the year.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "returns", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Returns under the droit au retour.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "returnsUnderRightToReturn", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Beneficiaries trained, and training hours.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "training", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Beneficiaries who entered an RAE process.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "raeEnrolled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Beneficiaries who obtained an RAE attestation of skills.' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "raeAttested", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => FunderFigures, { description: 'Beneficiaries aged 50 and over (the age-band cell).' }),
    __metadata("design:type", FunderFigures)
], FunderReport.prototype, "aged50Plus", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String], { description: 'What is withheld or rounded, and why, in French (printed in the CSV and the PDF too).' }),
    __metadata("design:type", Array)
], FunderReport.prototype, "disclosureNotes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The same report as CSV (GET with the same Authorization header).' }),
    __metadata("design:type", String)
], FunderReport.prototype, "csvUrl", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The same report as PDF/A (GET with the same Authorization header), with the disclosure rules and withheld figures stated.' }),
    __metadata("design:type", String)
], FunderReport.prototype, "pdfUrl", void 0);
exports.FunderReport = FunderReport = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'The yearly report of an establishment to its funder (ARS for an ESAT, DREETS for an EA): aggregates only, through the disclosure control. ' +
            'FUNDER accounts read their establishments\' ended years, unchanged once first read; staff may preview the current year (provisional).',
    })
], FunderReport);
//# sourceMappingURL=funder-report.types.js.map