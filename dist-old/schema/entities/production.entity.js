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
exports.WorkRecordImport = exports.ImportWarning = exports.WorkWarning = exports.WorkRecordValidation = exports.AllocationExpansion = exports.Contribution = exports.PRODUCTION_ENTITIES = exports.WorkRecord = exports.MadContractBeneficiary = exports.MadContract = exports.Allocation = exports.ProductionTask = exports.ProductionSheet = exports.MedicoSocialNote = exports.BeneficiaryIdentity = exports.BeneficiaryAssignment = exports.Beneficiary = exports.WorkshopSupervisor = exports.WorkGroup = exports.Activity = exports.Workshop = void 0;
const type_graphql_1 = require("type-graphql");
const health_data_1 = require("../health-data");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
const roles_1 = require("../../kernel/roles");
let Workshop = class Workshop extends base_entity_1.TenantEntity {
};
exports.Workshop = Workshop;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], Workshop.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Workshop.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Workshop.prototype, "name", void 0);
exports.Workshop = Workshop = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Atelier: a production unit of an establishment (conditionnement, espaces verts…).' }),
    (0, typeorm_1.Entity)('workshop')
], Workshop);
let Activity = class Activity extends base_entity_1.TenantEntity {
};
exports.Activity = Activity;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'workshop_id', type: 'bigint' }),
    __metadata("design:type", String)
], Activity.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Activity.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Activity.prototype, "name", void 0);
exports.Activity = Activity = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An activity carried out in a workshop.' }),
    (0, typeorm_1.Entity)('activity')
], Activity);
let WorkGroup = class WorkGroup extends base_entity_1.TenantEntity {
};
exports.WorkGroup = WorkGroup;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'workshop_id', type: 'bigint' }),
    __metadata("design:type", String)
], WorkGroup.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], WorkGroup.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], WorkGroup.prototype, "name", void 0);
exports.WorkGroup = WorkGroup = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Groupe de travail: a team of beneficiaries in a workshop.' }),
    (0, typeorm_1.Entity)('work_group')
], WorkGroup);
let WorkshopSupervisor = class WorkshopSupervisor {
};
exports.WorkshopSupervisor = WorkshopSupervisor;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'workshop_id', type: 'bigint' }),
    __metadata("design:type", String)
], WorkshopSupervisor.prototype, "workshopId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'user_id', type: 'bigint' }),
    __metadata("design:type", String)
], WorkshopSupervisor.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'organization_id', type: 'bigint' }),
    __metadata("design:type", String)
], WorkshopSupervisor.prototype, "organizationId", void 0);
exports.WorkshopSupervisor = WorkshopSupervisor = __decorate([
    (0, typeorm_1.Entity)('workshop_supervisor')
], WorkshopSupervisor);
let Beneficiary = class Beneficiary extends base_entity_1.TenantEntity {
};
exports.Beneficiary = Beneficiary;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], Beneficiary.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Unique in the organisation.' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Beneficiary.prototype, "matricule", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Beneficiary.prototype, "initials", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.BeneficiaryStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Beneficiary.prototype, "status", void 0);
__decorate([
    (0, health_data_1.TraceHealthRead)('contract', 'always'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.Field)(() => Number, { description: 'Contract working-time ratio (1 = full time).' }),
    (0, typeorm_1.Column)({ name: 'working_time_ratio', type: 'numeric', precision: 4, scale: 3 }),
    __metadata("design:type", Number)
], Beneficiary.prototype, "workingTimeRatio", void 0);
__decorate([
    (0, health_data_1.TraceHealthRead)('contract', 'always'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.Field)(() => Number, { description: 'Weekly contracted hours.' }),
    (0, typeorm_1.Column)({ name: 'weekly_hours', type: 'numeric', precision: 5, scale: 2 }),
    __metadata("design:type", Number)
], Beneficiary.prototype, "weeklyHours", void 0);
__decorate([
    (0, health_data_1.TraceHealthRead)('contract', 'always'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'entry_date', type: 'date' }),
    __metadata("design:type", String)
], Beneficiary.prototype, "entryDate", void 0);
__decorate([
    (0, health_data_1.TraceHealthRead)('contract', 'always'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'exit_date', type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "exitDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'main_workshop_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "mainWorkshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'work_group_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'referent_supervisor_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "referentSupervisorId", void 0);
exports.Beneficiary = Beneficiary = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'A beneficiary (travailleur d\'ESAT, salarié d\'EA): pseudonymous by design — a matricule and initials, never a name. ' +
            'Health data under RGPD art. 9: partners and funders never see individuals.',
    }),
    (0, typeorm_1.Entity)('beneficiary')
], Beneficiary);
let BeneficiaryAssignment = class BeneficiaryAssignment extends base_entity_1.TenantEntity {
};
exports.BeneficiaryAssignment = BeneficiaryAssignment;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], BeneficiaryAssignment.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'workshop_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], BeneficiaryAssignment.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'work_group_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], BeneficiaryAssignment.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'start_date', type: 'date' }),
    __metadata("design:type", String)
], BeneficiaryAssignment.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'end_date', type: 'date', nullable: true }),
    __metadata("design:type", Object)
], BeneficiaryAssignment.prototype, "endDate", void 0);
exports.BeneficiaryAssignment = BeneficiaryAssignment = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'One step of a beneficiary\'s parcours: a workshop and/or work group over a period.' }),
    (0, typeorm_1.Entity)('beneficiary_assignment')
], BeneficiaryAssignment);
let BeneficiaryIdentity = class BeneficiaryIdentity {
};
exports.BeneficiaryIdentity = BeneficiaryIdentity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], BeneficiaryIdentity.prototype, "beneficiaryId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'organization_id', type: 'bigint' }),
    __metadata("design:type", String)
], BeneficiaryIdentity.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ name: 'last_name', type: 'text' }),
    __metadata("design:type", String)
], BeneficiaryIdentity.prototype, "lastName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ name: 'first_name', type: 'text' }),
    __metadata("design:type", String)
], BeneficiaryIdentity.prototype, "firstName", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], BeneficiaryIdentity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], BeneficiaryIdentity.prototype, "updatedAt", void 0);
exports.BeneficiaryIdentity = BeneficiaryIdentity = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The civil identity a structure chose to keep: admin and médico-social roles only.' }),
    (0, typeorm_1.Entity)('beneficiary_identity')
], BeneficiaryIdentity);
let MedicoSocialNote = class MedicoSocialNote extends base_entity_1.TenantEntity {
};
exports.MedicoSocialNote = MedicoSocialNote;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], MedicoSocialNote.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'note_date', type: 'date' }),
    __metadata("design:type", String)
], MedicoSocialNote.prototype, "noteDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], MedicoSocialNote.prototype, "body", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'author_id', type: 'bigint' }),
    __metadata("design:type", String)
], MedicoSocialNote.prototype, "authorId", void 0);
exports.MedicoSocialNote = MedicoSocialNote = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A dated médico-social note: médico-social role only.' }),
    (0, typeorm_1.Entity)('medico_social_note')
], MedicoSocialNote);
let ProductionSheet = class ProductionSheet extends base_entity_1.TenantEntity {
};
exports.ProductionSheet = ProductionSheet;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_id', type: 'bigint' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'workshop_id', type: 'bigint' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ProductionSheetStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'planned_start', type: 'date' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "plannedStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'planned_end', type: 'date' }),
    __metadata("design:type", String)
], ProductionSheet.prototype, "plannedEnd", void 0);
exports.ProductionSheet = ProductionSheet = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Fiche de production: the work planned in a workshop to fulfil an order.' }),
    (0, typeorm_1.Entity)('production_sheet')
], ProductionSheet);
let ProductionTask = class ProductionTask extends base_entity_1.TenantEntity {
};
exports.ProductionTask = ProductionTask;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'production_sheet_id', type: 'bigint' }),
    __metadata("design:type", String)
], ProductionTask.prototype, "productionSheetId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], ProductionTask.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'activity_id', type: 'bigint' }),
    __metadata("design:type", String)
], ProductionTask.prototype, "activityId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ProductionTask.prototype, "description", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'planned_quantity', type: 'numeric', precision: 14, scale: 3, nullable: true }),
    __metadata("design:type", Object)
], ProductionTask.prototype, "plannedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'planned_hours', type: 'numeric', precision: 10, scale: 2, nullable: true }),
    __metadata("design:type", Object)
], ProductionTask.prototype, "plannedHours", void 0);
exports.ProductionTask = ProductionTask = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A task of a production sheet, producing (part of) one order line.' }),
    (0, typeorm_1.Entity)('production_task')
], ProductionTask);
let Allocation = class Allocation extends base_entity_1.TenantEntity {
};
exports.Allocation = Allocation;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], Allocation.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'production_task_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Allocation.prototype, "productionTaskId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Allocation.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'work_group_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Allocation.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'planned_hours', type: 'numeric', precision: 10, scale: 2, nullable: true }),
    __metadata("design:type", Object)
], Allocation.prototype, "plannedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'planned_quantity', type: 'numeric', precision: 14, scale: 3, nullable: true }),
    __metadata("design:type", Object)
], Allocation.prototype, "plannedQuantity", void 0);
exports.Allocation = Allocation = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Affectation: a beneficiary or a work group planned on an order line (or one of its tasks).' }),
    (0, typeorm_1.Entity)('allocation')
], Allocation);
let MadContract = class MadContract extends base_entity_1.TenantEntity {
};
exports.MadContract = MadContract;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], MadContract.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'customer_id', type: 'bigint' }),
    __metadata("design:type", String)
], MadContract.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The order line the MAD hours are billed on.' }),
    (0, typeorm_1.Column)({ name: 'order_line_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], MadContract.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], MadContract.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.MadContractKind),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], MadContract.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], MadContract.prototype, "activity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], MadContract.prototype, "place", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'team_size', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], MadContract.prototype, "teamSize", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'start_date', type: 'date' }),
    __metadata("design:type", String)
], MadContract.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'end_date', type: 'date' }),
    __metadata("design:type", String)
], MadContract.prototype, "endDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, typeorm_1.Column)({ name: 'hourly_rate_cents', type: 'bigint' }),
    __metadata("design:type", Number)
], MadContract.prototype, "hourlyRateCents", void 0);
exports.MadContract = MadContract = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Mise à disposition contract (CASF R344-17): workers placed at a client\'s site, billed by the hour.' }),
    (0, typeorm_1.Entity)('mad_contract')
], MadContract);
let MadContractBeneficiary = class MadContractBeneficiary {
};
exports.MadContractBeneficiary = MadContractBeneficiary;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'mad_contract_id', type: 'bigint' }),
    __metadata("design:type", String)
], MadContractBeneficiary.prototype, "madContractId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], MadContractBeneficiary.prototype, "beneficiaryId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'organization_id', type: 'bigint' }),
    __metadata("design:type", String)
], MadContractBeneficiary.prototype, "organizationId", void 0);
exports.MadContractBeneficiary = MadContractBeneficiary = __decorate([
    (0, typeorm_1.Entity)('mad_contract_beneficiary')
], MadContractBeneficiary);
let WorkRecord = class WorkRecord extends base_entity_1.TenantEntity {
};
exports.WorkRecord = WorkRecord;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], WorkRecord.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'work_date', type: 'date' }),
    __metadata("design:type", String)
], WorkRecord.prototype, "workDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'order_line_id', type: 'bigint' }),
    __metadata("design:type", String)
], WorkRecord.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'production_task_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "productionTaskId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'mad_contract_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "madContractId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Hours worked (an adjustment, possibly negative, on a correction).' }),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 6, scale: 2 }),
    __metadata("design:type", Number)
], WorkRecord.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 14, scale: 3 }),
    __metadata("design:type", Number)
], WorkRecord.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Quantity rejected by quality control.' }),
    (0, typeorm_1.Column)({ name: 'rejected_quantity', type: 'numeric', precision: 14, scale: 3 }),
    __metadata("design:type", Number)
], WorkRecord.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "comment", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.WorkRecordStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], WorkRecord.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The validated record this one corrects.' }),
    (0, typeorm_1.Column)({ name: 'corrects_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "correctsId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'recorded_by', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "recordedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'validated_by', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "validatedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'validated_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], WorkRecord.prototype, "validatedAt", void 0);
exports.WorkRecord = WorkRecord = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Pointage: hours, quantity and rejects of one beneficiary on one day for one order line.' }),
    (0, typeorm_1.Entity)('work_record')
], WorkRecord);
exports.PRODUCTION_ENTITIES = [
    Workshop, Activity, WorkGroup, WorkshopSupervisor, Beneficiary, BeneficiaryAssignment, BeneficiaryIdentity, MedicoSocialNote,
    ProductionSheet, ProductionTask, Allocation, MadContract, MadContractBeneficiary, WorkRecord,
];
let Contribution = class Contribution {
};
exports.Contribution = Contribution;
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], Contribution.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], Contribution.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], Contribution.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Distinct beneficiaries who worked on it.' }),
    __metadata("design:type", Number)
], Contribution.prototype, "beneficiaryCount", void 0);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.Field)(() => [String], { description: 'Their matricules (internal roles only).' }),
    __metadata("design:type", Array)
], Contribution.prototype, "beneficiaryCodes", void 0);
exports.Contribution = Contribution = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'What the beneficiaries did behind a line: validated work records (corrections included). A delivery-note line carries the work ' +
            'dated up to its delivery date that no earlier delivery of the order line carries (the last delivery of a fully delivered line ' +
            'carries the rest); an invoice line carries its delivery line\'s work pro rata of the quantity it bills net of credit notes.',
    })
], Contribution);
let AllocationExpansion = class AllocationExpansion {
};
exports.AllocationExpansion = AllocationExpansion;
__decorate([
    (0, type_graphql_1.Field)(() => [Allocation]),
    __metadata("design:type", Array)
], AllocationExpansion.prototype, "allocations", void 0);
exports.AllocationExpansion = AllocationExpansion = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The allocations that replaced a work-group allocation.' })
], AllocationExpansion);
let WorkRecordValidation = class WorkRecordValidation {
};
exports.WorkRecordValidation = WorkRecordValidation;
__decorate([
    (0, type_graphql_1.Field)(() => [WorkRecord]),
    __metadata("design:type", Array)
], WorkRecordValidation.prototype, "records", void 0);
exports.WorkRecordValidation = WorkRecordValidation = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The work records after validation.' })
], WorkRecordValidation);
let WorkWarning = class WorkWarning {
};
exports.WorkWarning = WorkWarning;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.WorkWarningCode),
    __metadata("design:type", String)
], WorkWarning.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], WorkWarning.prototype, "message", void 0);
exports.WorkWarning = WorkWarning = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A non-blocking finding about recorded work: the write went through.' })
], WorkWarning);
let ImportWarning = class ImportWarning {
};
exports.ImportWarning = ImportWarning;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.WorkWarningCode),
    __metadata("design:type", String)
], ImportWarning.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], ImportWarning.prototype, "message", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.Int]),
    __metadata("design:type", Array)
], ImportWarning.prototype, "lines", void 0);
exports.ImportWarning = ImportWarning = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A non-blocking finding of an import, with the file lines it concerns (1 is the header; at most 50 listed).' })
], ImportWarning);
let WorkRecordImport = class WorkRecordImport {
};
exports.WorkRecordImport = WorkRecordImport;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Work records written.' }),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "imported", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Rows skipped because the same work record is already present (see the README).' }),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "skipped", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ImportWarning], { description: 'The first 1000 warnings, in line order.' }),
    __metadata("design:type", Array)
], WorkRecordImport.prototype, "warnings", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'How many warnings in all.' }),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "warningCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Distinct beneficiaries in the file.' }),
    __metadata("design:type", Number)
], WorkRecordImport.prototype, "beneficiaryCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'The earliest work date imported.' }),
    __metadata("design:type", Object)
], WorkRecordImport.prototype, "firstWorkDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'The latest work date imported.' }),
    __metadata("design:type", Object)
], WorkRecordImport.prototype, "lastWorkDate", void 0);
exports.WorkRecordImport = WorkRecordImport = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'What an import of work records wrote: every row of the file as RECORDED pointages awaiting validation, except the rows already ' +
            'present as work records (skipped, so that a re-sent export never counts twice).',
    })
], WorkRecordImport);
//# sourceMappingURL=production.entity.js.map