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
exports.UtilizationOptions = exports.ContributionIndicatorOptions = exports.ObjectiveListOptions = exports.ObjectiveUpdateInput = exports.ObjectiveInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../pagination");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
const common_input_1 = require("./common.input");
const FIRST_OF_MONTH = /^\d{4}-\d{2}-01$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
let ObjectiveInput = class ObjectiveInput {
};
exports.ObjectiveInput = ObjectiveInput;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveScope),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ObjectiveScope)),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Required for INDIVIDUAL, absent otherwise.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Required for WORK_GROUP, absent otherwise.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Required for WORKSHOP, absent otherwise.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveMeasure),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ObjectiveMeasure)),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "measure", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'The first day of a month.' }),
    (0, class_validator_1.Matches)(FIRST_OF_MONTH, { message: 'periodStart must be the first day of a month' }),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "periodStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'The last day of a month, at most 36 months after periodStart.' }),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "periodEnd", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Hours or quantity over the period; a QUALITY target is a share above 0 and at most 1.' }),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0.0001),
    (0, class_validator_1.Max)(10_000_000),
    __metadata("design:type", Number)
], ObjectiveInput.prototype, "target", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], ObjectiveInput.prototype, "title", void 0);
exports.ObjectiveInput = ObjectiveInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A new objective: for a beneficiary (INDIVIDUAL: médico-social staff), or a work group or workshop (collective: its supervisors).' })
], ObjectiveInput);
let ObjectiveUpdateInput = class ObjectiveUpdateInput {
};
exports.ObjectiveUpdateInput = ObjectiveUpdateInput;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(FIRST_OF_MONTH, { message: 'periodStart must be the first day of a month' }),
    __metadata("design:type", String)
], ObjectiveUpdateInput.prototype, "periodStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], ObjectiveUpdateInput.prototype, "periodEnd", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0.0001),
    (0, class_validator_1.Max)(10_000_000),
    __metadata("design:type", Number)
], ObjectiveUpdateInput.prototype, "target", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], ObjectiveUpdateInput.prototype, "title", void 0);
exports.ObjectiveUpdateInput = ObjectiveUpdateInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'What an open objective may change; its subject and measure stay (create another objective for another).' })
], ObjectiveUpdateInput);
let ObjectiveListOptions = class ObjectiveListOptions extends pagination_1.PageInput {
};
exports.ObjectiveListOptions = ObjectiveListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveScope, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ObjectiveScope)),
    __metadata("design:type", String)
], ObjectiveListOptions.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveStatus, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ObjectiveStatus)),
    __metadata("design:type", String)
], ObjectiveListOptions.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Individual objectives of this beneficiary.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ObjectiveListOptions.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Objectives of this work group.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ObjectiveListOptions.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Objectives of this workshop.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ObjectiveListOptions.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Objectives whose period includes this day.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], ObjectiveListOptions.prototype, "activeOn", void 0);
exports.ObjectiveListOptions = ObjectiveListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], ObjectiveListOptions);
let ContributionIndicatorOptions = class ContributionIndicatorOptions extends pagination_1.PageInput {
};
exports.ContributionIndicatorOptions = ContributionIndicatorOptions;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.IndicatorLevel, { nullable: true, description: 'Default WORKSHOP. BENEFICIARY needs the right to read individual work records.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.IndicatorLevel)),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "level", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(FIRST_OF_MONTH, { message: 'fromMonth must be the first day of a month' }),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "fromMonth", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(FIRST_OF_MONTH, { message: 'toMonth must be the first day of a month' }),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "toMonth", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'BENEFICIARY level only.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ContributionIndicatorOptions.prototype, "beneficiaryId", void 0);
exports.ContributionIndicatorOptions = ContributionIndicatorOptions = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Months from fromMonth to toMonth (first days, at most 24 months; default the last 12 months), at one level, optionally narrowed.' })
], ContributionIndicatorOptions);
let UtilizationOptions = class UtilizationOptions extends pagination_1.PageInput {
};
exports.UtilizationOptions = UtilizationOptions;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.UtilizationLevel, { nullable: true, description: 'Default WORKSHOP. BENEFICIARY needs the right to read individual work records.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.UtilizationLevel)),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "level", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'A Monday.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "fromWeek", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'A Monday.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "toWeek", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "supervisorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'BENEFICIARY level only.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], UtilizationOptions.prototype, "beneficiaryId", void 0);
exports.UtilizationOptions = UtilizationOptions = __decorate([
    (0, type_graphql_1.InputType)({ description: 'ISO weeks from fromWeek to toWeek (Mondays, at most 53 weeks; default the last 12 weeks), at one level, optionally narrowed.' })
], UtilizationOptions);
//# sourceMappingURL=steering.input.js.map