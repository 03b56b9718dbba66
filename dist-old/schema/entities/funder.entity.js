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
exports.FUNDER_ENTITIES = exports.PathwayStep = exports.ActivitySkill = exports.Skill = exports.JobStandard = exports.BeneficiaryMovement = exports.EstablishmentCapacity = void 0;
const type_graphql_1 = require("type-graphql");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
let EstablishmentCapacity = class EstablishmentCapacity extends base_entity_1.TenantEntity {
};
exports.EstablishmentCapacity = EstablishmentCapacity;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], EstablishmentCapacity.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.CapacityKind),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EstablishmentCapacity.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'valid_from', type: 'date' }),
    __metadata("design:type", String)
], EstablishmentCapacity.prototype, "validFrom", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Places, or FTE for aided posts.' }),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 8, scale: 2 }),
    __metadata("design:type", Number)
], EstablishmentCapacity.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The decision it comes from (arrêté d\'autorisation, CPOM and its year…).' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EstablishmentCapacity.prototype, "source", void 0);
exports.EstablishmentCapacity = EstablishmentCapacity = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'Capacity granted by the funder, dated: places authorised by the ARS (ESAT) or aided posts of the CPOM in FTE (EA). ' +
            'The row valid on a day is the latest whose validFrom is on or before it.',
    }),
    (0, typeorm_1.Entity)('establishment_capacity')
], EstablishmentCapacity);
let BeneficiaryMovement = class BeneficiaryMovement extends base_entity_1.TenantEntity {
};
exports.BeneficiaryMovement = BeneficiaryMovement;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], BeneficiaryMovement.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.MovementKind),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], BeneficiaryMovement.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'movement_date', type: 'date' }),
    __metadata("design:type", String)
], BeneficiaryMovement.prototype, "movementDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ExitReason, { nullable: true, description: 'Exits only; null on exits recorded before reasons were kept.' }),
    (0, typeorm_1.Column)({ name: 'exit_reason', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], BeneficiaryMovement.prototype, "exitReason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ExitDestination, { nullable: true, description: 'Exits only; null on exits recorded before destinations were kept.' }),
    (0, typeorm_1.Column)({ name: 'exit_destination', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], BeneficiaryMovement.prototype, "exitDestination", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'Returns only: whether the return is made under the droit au retour.' }),
    (0, typeorm_1.Column)({ name: 'right_to_return', type: 'boolean', nullable: true }),
    __metadata("design:type", Object)
], BeneficiaryMovement.prototype, "rightToReturn", void 0);
exports.BeneficiaryMovement = BeneficiaryMovement = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An exit (date, reason, destination) or a return (droit au retour) of a beneficiary; the entry is Beneficiary.entryDate.' }),
    (0, typeorm_1.Entity)('beneficiary_movement')
], BeneficiaryMovement);
let JobStandard = class JobStandard extends base_entity_1.TenantEntity {
};
exports.JobStandard = JobStandard;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], JobStandard.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], JobStandard.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Where the standard comes from (ministry, diploma, RNCP sheet…).' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], JobStandard.prototype, "source", void 0);
exports.JobStandard = JobStandard = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A job standard (référentiel métier) with its source: the skills a worker is positioned against.' }),
    (0, typeorm_1.Entity)('job_standard')
], JobStandard);
let Skill = class Skill extends base_entity_1.TenantEntity {
};
exports.Skill = Skill;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'job_standard_id', type: 'bigint' }),
    __metadata("design:type", String)
], Skill.prototype, "jobStandardId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Skill.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Skill.prototype, "label", void 0);
exports.Skill = Skill = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A skill (compétence) of a job standard.' }),
    (0, typeorm_1.Entity)('skill')
], Skill);
let ActivitySkill = class ActivitySkill {
};
exports.ActivitySkill = ActivitySkill;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'activity_id', type: 'bigint' }),
    __metadata("design:type", String)
], ActivitySkill.prototype, "activityId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'skill_id', type: 'bigint' }),
    __metadata("design:type", String)
], ActivitySkill.prototype, "skillId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'organization_id', type: 'bigint' }),
    __metadata("design:type", String)
], ActivitySkill.prototype, "organizationId", void 0);
exports.ActivitySkill = ActivitySkill = __decorate([
    (0, typeorm_1.Entity)('activity_skill')
], ActivitySkill);
let PathwayStep = class PathwayStep extends base_entity_1.TenantEntity {
};
exports.PathwayStep = PathwayStep;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint' }),
    __metadata("design:type", String)
], PathwayStep.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.PathwayStepKind),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PathwayStep.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, typeorm_1.Column)({ name: 'start_date', type: 'date' }),
    __metadata("design:type", String)
], PathwayStep.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'end_date', type: 'date', nullable: true }),
    __metadata("design:type", Object)
], PathwayStep.prototype, "endDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true, description: 'Hours of training or of presence in the host company.' }),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 7, scale: 2, nullable: true }),
    __metadata("design:type", Object)
], PathwayStep.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PathwayStep.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The job standard of an RAE step or a training.' }),
    (0, typeorm_1.Column)({ name: 'job_standard_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], PathwayStep.prototype, "jobStandardId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The host company of a prestation en entreprise.' }),
    (0, typeorm_1.Column)({ name: 'customer_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], PathwayStep.prototype, "customerId", void 0);
exports.PathwayStep = PathwayStep = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A dated step of the parcours beyond the workshop: training, RAE enrolment or attestation, prestation en entreprise.' }),
    (0, typeorm_1.Entity)('pathway_step')
], PathwayStep);
exports.FUNDER_ENTITIES = [EstablishmentCapacity, BeneficiaryMovement, JobStandard, Skill, ActivitySkill, PathwayStep];
//# sourceMappingURL=funder.entity.js.map