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
exports.BeneficiaryAssignmentResolver = exports.BeneficiaryResolver = exports.WorkGroupResolver = exports.WorkshopResolver = void 0;
const type_graphql_1 = require("type-graphql");
const production_entity_1 = require("../../schema/entities/production.entity");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const production_input_1 = require("../../schema/inputs/production.input");
const sales_input_1 = require("../../schema/inputs/sales.input");
const lists_1 = require("../../schema/lists");
const results_1 = require("../../schema/results");
const roles_1 = require("../../kernel/roles");
const health_data_1 = require("../../schema/health-data");
const enums_1 = require("../../schema/enums");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const organization_loaders_1 = require("../organization/organization.loaders");
const registry_service_1 = require("./registry.service");
const production_loaders_1 = require("./production.loaders");
let WorkshopResolver = class WorkshopResolver {
    workshops(ctx, options, info) {
        return registry_service_1.RegistryService.listWorkshops(ctx, options, info);
    }
    workshop(ctx, id) {
        return (0, production_loaders_1.workshopById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    createWorkshop(ctx, input) {
        return registry_service_1.RegistryService.createWorkshop(ctx, input);
    }
    createActivity(ctx, input) {
        return registry_service_1.RegistryService.createActivity(ctx, input);
    }
    createWorkGroup(ctx, input) {
        return registry_service_1.RegistryService.createWorkGroup(ctx, input);
    }
    assignWorkshopSupervisor(ctx, workshopId, userId) {
        return registry_service_1.RegistryService.assignSupervisor(ctx, String((0, errors_1.parseId)(workshopId, 'workshopId')), String((0, errors_1.parseId)(userId, 'userId')));
    }
    establishment(ctx, workshop) {
        return (0, organization_loaders_1.establishmentById)(ctx).load(Number(workshop.establishmentId));
    }
    activities(ctx, workshop) {
        return (0, production_loaders_1.activitiesByWorkshopId)(ctx).load(Number(workshop.id));
    }
    workGroups(ctx, workshop) {
        return (0, production_loaders_1.workGroupsByWorkshopId)(ctx).load(Number(workshop.id));
    }
    beneficiaries(ctx, workshop) {
        return (0, production_loaders_1.beneficiariesByWorkshopId)(ctx).load(Number(workshop.id));
    }
};
exports.WorkshopResolver = WorkshopResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.Query)(() => lists_1.WorkshopList, { description: 'The workshops (ateliers) of your organisation, by code.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => production_input_1.WorkshopListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "workshops", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.Query)(() => production_entity_1.Workshop, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "workshop", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkshopResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.WorkshopInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.WorkshopInput]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "createWorkshop", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ActivityResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.ActivityInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.ActivityInput]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "createActivity", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkGroupResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.WorkGroupInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.WorkGroupInput]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "createWorkGroup", null);
__decorate([
    (0, type_graphql_1.Authorized)(enums_1.Role.ADMIN),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkshopResult, { description: 'Links a supervisor (moniteur d\'atelier) to a workshop. Admins only.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('workshopId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('userId', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, String]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "assignWorkshopSupervisor", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => organization_entity_1.Establishment),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "establishment", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Activity]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "activities", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.WorkGroup]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "workGroups", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Beneficiary], { description: 'Beneficiaries whose main workshop this is.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkshopResolver.prototype, "beneficiaries", null);
exports.WorkshopResolver = WorkshopResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.Workshop)
], WorkshopResolver);
let WorkGroupResolver = class WorkGroupResolver {
    workshop(ctx, group) {
        return (0, production_loaders_1.workshopById)(ctx).load(Number(group.workshopId));
    }
    members(ctx, group) {
        return (0, production_loaders_1.beneficiariesByWorkGroupId)(ctx).load(Number(group.id));
    }
};
exports.WorkGroupResolver = WorkGroupResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Workshop),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkGroupResolver.prototype, "workshop", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Beneficiary]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkGroupResolver.prototype, "members", null);
exports.WorkGroupResolver = WorkGroupResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.WorkGroup)
], WorkGroupResolver);
let BeneficiaryResolver = class BeneficiaryResolver {
    beneficiary(ctx, id) {
        return (0, production_loaders_1.beneficiaryById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    beneficiaries(ctx, options, info) {
        return registry_service_1.RegistryService.listBeneficiaries(ctx, options, info);
    }
    createBeneficiary(ctx, input) {
        return registry_service_1.RegistryService.createBeneficiary(ctx, input);
    }
    moveBeneficiary(ctx, input) {
        return registry_service_1.RegistryService.move(ctx, input);
    }
    setBeneficiaryIdentity(ctx, input) {
        return registry_service_1.RegistryService.setIdentity(ctx, input);
    }
    addMedicoSocialNote(ctx, input) {
        return registry_service_1.RegistryService.addNote(ctx, input);
    }
    establishment(ctx, beneficiary) {
        return (0, organization_loaders_1.establishmentById)(ctx).load(Number(beneficiary.establishmentId));
    }
    mainWorkshop(ctx, beneficiary) {
        return beneficiary.mainWorkshopId ? (0, production_loaders_1.workshopById)(ctx).load(Number(beneficiary.mainWorkshopId)) : null;
    }
    workGroup(ctx, beneficiary) {
        return beneficiary.workGroupId ? (0, production_loaders_1.workGroupById)(ctx).load(Number(beneficiary.workGroupId)) : null;
    }
    parcours(ctx, beneficiary) {
        return (0, production_loaders_1.assignmentsByBeneficiaryId)(ctx).load(Number(beneficiary.id));
    }
    async identity(ctx, beneficiary) {
        const [identity] = await (0, production_loaders_1.identitiesByBeneficiaryId)(ctx).load(Number(beneficiary.id));
        return identity ?? null;
    }
    notes(ctx, beneficiary) {
        return (0, production_loaders_1.notesByBeneficiaryId)(ctx).load(Number(beneficiary.id));
    }
    workRecords(ctx, beneficiary, period) {
        return (0, production_loaders_1.workRecordsByBeneficiaryId)(ctx, period ?? {}).load(Number(beneficiary.id));
    }
    contribution(ctx, beneficiary, period) {
        return (0, production_loaders_1.contributionByBeneficiaryId)(ctx, period ?? {}).load(Number(beneficiary.id));
    }
    allocations(ctx, beneficiary) {
        return (0, production_loaders_1.allocationsByBeneficiaryId)(ctx).load(Number(beneficiary.id));
    }
};
exports.BeneficiaryResolver = BeneficiaryResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.Query)(() => production_entity_1.Beneficiary, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "beneficiary", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.Query)(() => lists_1.BeneficiaryList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => production_input_1.BeneficiaryListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "beneficiaries", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeBeneficiaries),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.BeneficiaryResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.BeneficiaryInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.BeneficiaryInput]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "createBeneficiary", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeBeneficiaries),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.BeneficiaryResult, { description: 'Moves a beneficiary to another workshop and/or work group: a new step of the parcours.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.BeneficiaryMoveInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.BeneficiaryMoveInput]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "moveBeneficiary", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIdentity),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.BeneficiaryResult, { description: 'Keeps a civil identity apart from the pseudonymous record (admin and médico-social only).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.BeneficiaryIdentityInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.BeneficiaryIdentityInput]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "setBeneficiaryIdentity", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.medicoSocialNotes),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.MedicoSocialNoteResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.MedicoSocialNoteInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.MedicoSocialNoteInput]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "addMedicoSocialNote", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => organization_entity_1.Establishment),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "establishment", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Workshop, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "mainWorkshop", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.WorkGroup, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "workGroup", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('parcours', 'beneficiary'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.BeneficiaryAssignment], { description: 'The parcours: dated workshop and work-group assignments.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "parcours", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('identity', 'beneficiary'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIdentity),
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.BeneficiaryIdentity, { nullable: true, description: 'Civil identity, when the structure keeps one (admin and médico-social only).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], BeneficiaryResolver.prototype, "identity", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('medico_social_note', 'beneficiary'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.medicoSocialNotes),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.MedicoSocialNote], { description: 'Médico-social notes (médico-social role only).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "notes", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('work_record', 'rows'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readWorkRecords),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.WorkRecord]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __param(2, (0, type_graphql_1.Arg)('period', () => sales_input_1.DateRangeInput, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_entity_1.Beneficiary, sales_input_1.DateRangeInput]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "workRecords", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Contribution, { description: 'Validated hours, quantities and rejects over the period.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __param(2, (0, type_graphql_1.Arg)('period', () => sales_input_1.DateRangeInput, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_entity_1.Beneficiary, sales_input_1.DateRangeInput]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "contribution", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Allocation]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryResolver.prototype, "allocations", null);
exports.BeneficiaryResolver = BeneficiaryResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.Beneficiary)
], BeneficiaryResolver);
let BeneficiaryAssignmentResolver = class BeneficiaryAssignmentResolver {
    workshop(ctx, step) {
        return step.workshopId ? (0, production_loaders_1.workshopById)(ctx).load(Number(step.workshopId)) : null;
    }
    workGroup(ctx, step) {
        return step.workGroupId ? (0, production_loaders_1.workGroupById)(ctx).load(Number(step.workGroupId)) : null;
    }
};
exports.BeneficiaryAssignmentResolver = BeneficiaryAssignmentResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Workshop, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryAssignmentResolver.prototype, "workshop", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.WorkGroup, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryAssignmentResolver.prototype, "workGroup", null);
exports.BeneficiaryAssignmentResolver = BeneficiaryAssignmentResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.BeneficiaryAssignment)
], BeneficiaryAssignmentResolver);
//# sourceMappingURL=registry.resolver.js.map