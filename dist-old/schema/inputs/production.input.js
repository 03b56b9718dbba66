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
exports.MadContractListOptions = exports.ProductionSheetListOptions = exports.WorkRecordListOptions = exports.BeneficiaryListOptions = exports.WorkshopListOptions = exports.MadContractInput = exports.WorkRecordCorrectionInput = exports.WorkRecordInput = exports.AllocationInput = exports.ProductionSheetInput = exports.ProductionTaskInput = exports.MedicoSocialNoteInput = exports.BeneficiaryIdentityInput = exports.BeneficiaryMoveInput = exports.BeneficiaryInput = exports.WorkGroupInput = exports.ActivityInput = exports.WorkshopInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../pagination");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
const common_input_1 = require("./common.input");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9._-]{1,40}$/;
let WorkshopInput = class WorkshopInput {
};
exports.WorkshopInput = WorkshopInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkshopInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(CODE),
    __metadata("design:type", String)
], WorkshopInput.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], WorkshopInput.prototype, "name", void 0);
exports.WorkshopInput = WorkshopInput = __decorate([
    (0, type_graphql_1.InputType)()
], WorkshopInput);
let ActivityInput = class ActivityInput {
};
exports.ActivityInput = ActivityInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ActivityInput.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(CODE),
    __metadata("design:type", String)
], ActivityInput.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], ActivityInput.prototype, "name", void 0);
exports.ActivityInput = ActivityInput = __decorate([
    (0, type_graphql_1.InputType)()
], ActivityInput);
let WorkGroupInput = class WorkGroupInput {
};
exports.WorkGroupInput = WorkGroupInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkGroupInput.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(CODE),
    __metadata("design:type", String)
], WorkGroupInput.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], WorkGroupInput.prototype, "name", void 0);
exports.WorkGroupInput = WorkGroupInput = __decorate([
    (0, type_graphql_1.InputType)()
], WorkGroupInput);
let BeneficiaryInput = class BeneficiaryInput {
};
exports.BeneficiaryInput = BeneficiaryInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9_-]{1,20}$/, { message: 'matricule must be 1 to 20 letters, digits, dashes or underscores' }),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "matricule", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(/^[A-Z]{1,4}$/, { message: 'initials must be 1 to 4 capital letters' }),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "initials", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.BeneficiaryStatus),
    (0, class_validator_1.IsIn)(Object.values(enums_1.BeneficiaryStatus)),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0.01),
    (0, class_validator_1.Max)(1),
    __metadata("design:type", Number)
], BeneficiaryInput.prototype, "workingTimeRatio", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0.5),
    (0, class_validator_1.Max)(48),
    __metadata("design:type", Number)
], BeneficiaryInput.prototype, "weeklyHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "entryDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "exitDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "mainWorkshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryInput.prototype, "referentSupervisorId", void 0);
exports.BeneficiaryInput = BeneficiaryInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A beneficiary, pseudonymous: matricule and initials only (a name, if kept, goes through setBeneficiaryIdentity).' })
], BeneficiaryInput);
let BeneficiaryMoveInput = class BeneficiaryMoveInput {
};
exports.BeneficiaryMoveInput = BeneficiaryMoveInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryMoveInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryMoveInput.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryMoveInput.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], BeneficiaryMoveInput.prototype, "fromDate", void 0);
exports.BeneficiaryMoveInput = BeneficiaryMoveInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A move in the parcours: the new workshop and/or work group from a date.' })
], BeneficiaryMoveInput);
let BeneficiaryIdentityInput = class BeneficiaryIdentityInput {
};
exports.BeneficiaryIdentityInput = BeneficiaryIdentityInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryIdentityInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], BeneficiaryIdentityInput.prototype, "lastName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], BeneficiaryIdentityInput.prototype, "firstName", void 0);
exports.BeneficiaryIdentityInput = BeneficiaryIdentityInput = __decorate([
    (0, type_graphql_1.InputType)()
], BeneficiaryIdentityInput);
let MedicoSocialNoteInput = class MedicoSocialNoteInput {
};
exports.MedicoSocialNoteInput = MedicoSocialNoteInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], MedicoSocialNoteInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], MedicoSocialNoteInput.prototype, "noteDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 10_000),
    __metadata("design:type", String)
], MedicoSocialNoteInput.prototype, "body", void 0);
exports.MedicoSocialNoteInput = MedicoSocialNoteInput = __decorate([
    (0, type_graphql_1.InputType)()
], MedicoSocialNoteInput);
let ProductionTaskInput = class ProductionTaskInput {
};
exports.ProductionTaskInput = ProductionTaskInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ProductionTaskInput.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ProductionTaskInput.prototype, "activityId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 500),
    __metadata("design:type", String)
], ProductionTaskInput.prototype, "description", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsQuantity)(),
    __metadata("design:type", Number)
], ProductionTaskInput.prototype, "plannedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0.01),
    (0, class_validator_1.Max)(100_000),
    __metadata("design:type", Number)
], ProductionTaskInput.prototype, "plannedHours", void 0);
exports.ProductionTaskInput = ProductionTaskInput = __decorate([
    (0, type_graphql_1.InputType)()
], ProductionTaskInput);
let ProductionSheetInput = class ProductionSheetInput {
};
exports.ProductionSheetInput = ProductionSheetInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ProductionSheetInput.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ProductionSheetInput.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], ProductionSheetInput.prototype, "plannedStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], ProductionSheetInput.prototype, "plannedEnd", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ProductionTaskInput]),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(500),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], ProductionSheetInput.prototype, "tasks", void 0);
exports.ProductionSheetInput = ProductionSheetInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A production sheet for an order, with its tasks.' })
], ProductionSheetInput);
let AllocationInput = class AllocationInput {
};
exports.AllocationInput = AllocationInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The order line; implied by productionTaskId when that is given.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], AllocationInput.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], AllocationInput.prototype, "productionTaskId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], AllocationInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], AllocationInput.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0.01),
    (0, class_validator_1.Max)(100_000),
    __metadata("design:type", Number)
], AllocationInput.prototype, "plannedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsQuantity)(),
    __metadata("design:type", Number)
], AllocationInput.prototype, "plannedQuantity", void 0);
exports.AllocationInput = AllocationInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Allocates an order line (or one of its tasks) to a beneficiary or a work group.' })
], AllocationInput);
let WorkRecordInput = class WorkRecordInput {
};
exports.WorkRecordInput = WorkRecordInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], WorkRecordInput.prototype, "workDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The order line worked on (implied by productionTaskId or madContractId).' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordInput.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordInput.prototype, "productionTaskId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'For hours worked under a mise à disposition contract.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordInput.prototype, "madContractId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(24),
    __metadata("design:type", Number)
], WorkRecordInput.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, defaultValue: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(1e9),
    __metadata("design:type", Number)
], WorkRecordInput.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, defaultValue: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(1e9),
    __metadata("design:type", Number)
], WorkRecordInput.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(1000),
    __metadata("design:type", String)
], WorkRecordInput.prototype, "comment", void 0);
exports.WorkRecordInput = WorkRecordInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A pointage: who worked, when, on what, how long, how many, how many rejected.' })
], WorkRecordInput);
let WorkRecordCorrectionInput = class WorkRecordCorrectionInput {
};
exports.WorkRecordCorrectionInput = WorkRecordCorrectionInput;
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(24),
    __metadata("design:type", Number)
], WorkRecordCorrectionInput.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(1e9),
    __metadata("design:type", Number)
], WorkRecordCorrectionInput.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(1e9),
    __metadata("design:type", Number)
], WorkRecordCorrectionInput.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 1000),
    __metadata("design:type", String)
], WorkRecordCorrectionInput.prototype, "comment", void 0);
exports.WorkRecordCorrectionInput = WorkRecordCorrectionInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'The right values of a validated record; the correction stores the difference.' })
], WorkRecordCorrectionInput);
let MadContractInput = class MadContractInput {
};
exports.MadContractInput = MadContractInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], MadContractInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], MadContractInput.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The order line (unit: hour) the MAD hours are billed on.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], MadContractInput.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.MadContractKind),
    (0, class_validator_1.IsIn)(Object.values(enums_1.MadContractKind)),
    __metadata("design:type", String)
], MadContractInput.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMaxSize)(200),
    (0, common_input_1.IsEntityId)({ each: true }),
    __metadata("design:type", Array)
], MadContractInput.prototype, "beneficiaryIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(500),
    __metadata("design:type", Number)
], MadContractInput.prototype, "teamSize", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], MadContractInput.prototype, "activity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 300),
    __metadata("design:type", String)
], MadContractInput.prototype, "place", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], MadContractInput.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], MadContractInput.prototype, "endDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], MadContractInput.prototype, "hourlyRateCents", void 0);
exports.MadContractInput = MadContractInput = __decorate([
    (0, type_graphql_1.InputType)()
], MadContractInput);
let WorkshopListOptions = class WorkshopListOptions extends pagination_1.PageInput {
};
exports.WorkshopListOptions = WorkshopListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkshopListOptions.prototype, "establishmentId", void 0);
exports.WorkshopListOptions = WorkshopListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], WorkshopListOptions);
let BeneficiaryListOptions = class BeneficiaryListOptions extends pagination_1.PageInput {
};
exports.BeneficiaryListOptions = BeneficiaryListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryListOptions.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryListOptions.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryListOptions.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.BeneficiaryStatus, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.BeneficiaryStatus)),
    __metadata("design:type", String)
], BeneficiaryListOptions.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Start of a matricule.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(20),
    __metadata("design:type", String)
], BeneficiaryListOptions.prototype, "matricule", void 0);
exports.BeneficiaryListOptions = BeneficiaryListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], BeneficiaryListOptions);
let WorkRecordListOptions = class WorkRecordListOptions extends pagination_1.PageInput {
};
exports.WorkRecordListOptions = WorkRecordListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordListOptions.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordListOptions.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], WorkRecordListOptions.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.WorkRecordStatus, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.WorkRecordStatus)),
    __metadata("design:type", String)
], WorkRecordListOptions.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], WorkRecordListOptions.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], WorkRecordListOptions.prototype, "to", void 0);
exports.WorkRecordListOptions = WorkRecordListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], WorkRecordListOptions);
let ProductionSheetListOptions = class ProductionSheetListOptions extends pagination_1.PageInput {
};
exports.ProductionSheetListOptions = ProductionSheetListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ProductionSheetListOptions.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ProductionSheetListOptions.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ProductionSheetStatus, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ProductionSheetStatus)),
    __metadata("design:type", String)
], ProductionSheetListOptions.prototype, "status", void 0);
exports.ProductionSheetListOptions = ProductionSheetListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], ProductionSheetListOptions);
let MadContractListOptions = class MadContractListOptions extends pagination_1.PageInput {
};
exports.MadContractListOptions = MadContractListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], MadContractListOptions.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Only contracts ending within this many days from today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(3650),
    __metadata("design:type", Number)
], MadContractListOptions.prototype, "endingWithinDays", void 0);
exports.MadContractListOptions = MadContractListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], MadContractListOptions);
//# sourceMappingURL=production.input.js.map