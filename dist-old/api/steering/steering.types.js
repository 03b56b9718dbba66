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
exports.ObjectiveList = exports.ObjectiveProgress = exports.UtilizationWeekList = exports.UtilizationWeek = exports.ContributionIndicatorList = exports.ContributionIndicator = void 0;
const type_graphql_1 = require("type-graphql");
const pagination_1 = require("../../schema/pagination");
const enums_1 = require("../../schema/enums");
const scalars_1 = require("../../schema/scalars");
const objective_entity_1 = require("../../schema/entities/objective.entity");
/**
 * What the internal front ends read of the steering indicators: rows of the reporting views
 * (reporting/README.md, *What the figures count*), never a second computation. Measures are null on a
 * withheld row: a team too small, or dominated by one person, for a role that may not read
 * individual work records (`withheld`).
 */
let ContributionIndicator = class ContributionIndicator {
};
exports.ContributionIndicator = ContributionIndicator;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'First day of the month.' }),
    __metadata("design:type", String)
], ContributionIndicator.prototype, "month", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.IndicatorLevel),
    __metadata("design:type", String)
], ContributionIndicator.prototype, "level", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ContributionIndicator.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The workshop (of the month, for a beneficiary).' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The work group (of the month, for a beneficiary).' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'BENEFICIARY rows only.' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'True when the figures are withheld (a team of fewer than PRIVACY_MIN_GROUP_SIZE, or one person above 85 % of its hours, for a role without individual rights).' }),
    __metadata("design:type", Boolean)
], ContributionIndicator.prototype, "withheld", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Beneficiaries counted (1 on a BENEFICIARY row).' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "beneficiaries", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Working days present (Monday to Friday, French public holidays excluded).' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "contractDays", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Working days present with recorded hours.' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "daysWithRecord", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Days with a record ÷ working days present.' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "regularity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Stability: coefficient of variation of the weekly hours brought to a full week (a team: the mean of its members\').' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "weeklyHoursCv", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "validatedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: '1 − rejected ÷ quantity.' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "quality", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "plannedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Hours ÷ planned hours.' }),
    __metadata("design:type", Object)
], ContributionIndicator.prototype, "doneVsPlanned", void 0);
exports.ContributionIndicator = ContributionIndicator = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Contribution indicators of a beneficiary, a workshop or a work group over one month (reporting.fct_contribution_*_month).' })
], ContributionIndicator);
let ContributionIndicatorList = class ContributionIndicatorList extends (0, pagination_1.PaginatedList)(ContributionIndicator) {
};
exports.ContributionIndicatorList = ContributionIndicatorList;
exports.ContributionIndicatorList = ContributionIndicatorList = __decorate([
    (0, type_graphql_1.ObjectType)()
], ContributionIndicatorList);
let UtilizationWeek = class UtilizationWeek {
};
exports.UtilizationWeek = UtilizationWeek;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'Monday of the ISO week.' }),
    __metadata("design:type", String)
], UtilizationWeek.prototype, "week", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.UtilizationLevel),
    __metadata("design:type", String)
], UtilizationWeek.prototype, "level", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], UtilizationWeek.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The referent supervisor.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "supervisorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'BENEFICIARY rows only.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'True when the figures are withheld (see ContributionIndicator.withheld).' }),
    __metadata("design:type", Boolean)
], UtilizationWeek.prototype, "withheld", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "beneficiaries", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Weekly hours × working days present ÷ 5.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "contractHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "recordedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "validatedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "allocatedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Recorded ÷ contract hours.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "utilization", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'BENEFICIARY rows: recorded below the dated threshold × contract hours.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "underUtilized", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'BENEFICIARY rows: recorded above the dated threshold × contract hours.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "overloaded", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'WORKSHOP rows: beneficiaries under-utilized that week.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "underUtilizedBeneficiaries", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'WORKSHOP rows: beneficiaries overloaded that week.' }),
    __metadata("design:type", Object)
], UtilizationWeek.prototype, "overloadedBeneficiaries", void 0);
exports.UtilizationWeek = UtilizationWeek = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Utilization of a beneficiary, or of a workshop and supervisor, over one ISO week (reporting.fct_utilization_week, fct_utilization_workshop_week).' })
], UtilizationWeek);
let UtilizationWeekList = class UtilizationWeekList extends (0, pagination_1.PaginatedList)(UtilizationWeek) {
};
exports.UtilizationWeekList = UtilizationWeekList;
exports.UtilizationWeekList = UtilizationWeekList = __decorate([
    (0, type_graphql_1.ObjectType)()
], UtilizationWeekList);
let ObjectiveProgress = class ObjectiveProgress {
};
exports.ObjectiveProgress = ObjectiveProgress;
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Hours or quantity of the period so far, or its quality (null without quantity).' }),
    __metadata("design:type", Object)
], ObjectiveProgress.prototype, "actual", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Actual ÷ target.' }),
    __metadata("design:type", Object)
], ObjectiveProgress.prototype, "progress", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'Actual ≥ target.' }),
    __metadata("design:type", Boolean)
], ObjectiveProgress.prototype, "reached", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Share of the period elapsed (0 before it starts, 1 once it has ended).' }),
    __metadata("design:type", Number)
], ObjectiveProgress.prototype, "elapsedShare", void 0);
exports.ObjectiveProgress = ObjectiveProgress = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An objective against its actuals (reporting.fct_objective_progress).' })
], ObjectiveProgress);
let ObjectiveList = class ObjectiveList extends (0, pagination_1.PaginatedList)(objective_entity_1.Objective) {
};
exports.ObjectiveList = ObjectiveList;
exports.ObjectiveList = ObjectiveList = __decorate([
    (0, type_graphql_1.ObjectType)()
], ObjectiveList);
//# sourceMappingURL=steering.types.js.map