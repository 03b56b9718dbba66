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
exports.BeneficiaryFunderFieldsResolver = exports.FunderDataResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const health_data_1 = require("../../schema/health-data");
const production_entity_1 = require("../../schema/entities/production.entity");
const funder_entity_1 = require("../../schema/entities/funder.entity");
const funder_input_1 = require("../../schema/inputs/funder.input");
const funder_results_1 = require("../../schema/funder-results");
const funder_data_service_1 = require("./funder-data.service");
const funder_loaders_1 = require("./funder.loaders");
const funder_report_service_1 = require("./funder-report.service");
const funder_report_types_1 = require("./funder-report.types");
let FunderDataResolver = class FunderDataResolver {
    setEstablishmentCapacity(ctx, input) {
        return funder_data_service_1.FunderDataService.setCapacity(ctx, input);
    }
    establishmentCapacities(ctx, establishmentId) {
        return funder_data_service_1.FunderDataService.capacities(ctx, (0, errors_1.parseId)(establishmentId, 'establishmentId'));
    }
    recordBeneficiaryExit(ctx, input) {
        return funder_data_service_1.FunderDataService.recordExit(ctx, input);
    }
    recordBeneficiaryReturn(ctx, input) {
        return funder_data_service_1.FunderDataService.recordReturn(ctx, input);
    }
    setBeneficiaryBirthYear(ctx, input) {
        return funder_data_service_1.FunderDataService.setBirthYear(ctx, input);
    }
    recordPathwayStep(ctx, input) {
        return funder_data_service_1.FunderDataService.recordPathwayStep(ctx, input);
    }
    funderReport(ctx, establishmentId, year) {
        return (0, funder_report_service_1.funderReport)(ctx, establishmentId, year);
    }
};
exports.FunderDataResolver = FunderDataResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeCapacity),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.EstablishmentCapacityResult, { description: 'Records the places authorised (ESAT) or the CPOM aided posts (EA) from a date. Admins only.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.EstablishmentCapacityInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.EstablishmentCapacityInput]),
    __metadata("design:returntype", void 0)
], FunderDataResolver.prototype, "setEstablishmentCapacity", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readOrganization),
    (0, type_graphql_1.Query)(() => [funder_entity_1.EstablishmentCapacity], { description: 'The dated capacities of an establishment, by kind and date.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('establishmentId', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], FunderDataResolver.prototype, "establishmentCapacities", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeBeneficiaries),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.BeneficiaryMovementResult, { description: 'Records an exit with its reason and destination (ends the stay and the open step of the parcours).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.BeneficiaryExitInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.BeneficiaryExitInput]),
    __metadata("design:returntype", void 0)
], FunderDataResolver.prototype, "recordBeneficiaryExit", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeBeneficiaries),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.BeneficiaryMovementResult, { description: 'Records a return after an exit, under the droit au retour or not (a new stay in the workshop left).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.BeneficiaryReturnInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.BeneficiaryReturnInput]),
    __metadata("design:returntype", void 0)
], FunderDataResolver.prototype, "recordBeneficiaryReturn", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIdentity),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.BeneficiaryMovementResult, { description: 'Keeps the year of birth on the identity side (admin and médico-social); reports see an age band only.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.BeneficiaryBirthYearInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.BeneficiaryBirthYearInput]),
    __metadata("design:returntype", void 0)
], FunderDataResolver.prototype, "setBeneficiaryBirthYear", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeBeneficiaries),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.PathwayStepResult, { description: 'Records a step of the parcours: training, RAE enrolment or attestation, prestation en entreprise.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.PathwayStepInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.PathwayStepInput]),
    __metadata("design:returntype", void 0)
], FunderDataResolver.prototype, "recordPathwayStep", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readFunderReport),
    (0, type_graphql_1.Query)(() => funder_report_types_1.FunderReport, {
        description: 'The yearly report of an establishment to its funder (ARS, DREETS), through the disclosure control. FUNDER accounts: their establishments\' ended years; staff: any year (provisional while it runs).',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('establishmentId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('year', () => type_graphql_1.Int)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, Number]),
    __metadata("design:returntype", Promise)
], FunderDataResolver.prototype, "funderReport", null);
exports.FunderDataResolver = FunderDataResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], FunderDataResolver);
let BeneficiaryFunderFieldsResolver = class BeneficiaryFunderFieldsResolver {
    movements(ctx, beneficiary) {
        return (0, funder_loaders_1.movementsByBeneficiaryId)(ctx).load(Number(beneficiary.id));
    }
    pathwaySteps(ctx, beneficiary) {
        return (0, funder_loaders_1.pathwayStepsByBeneficiaryId)(ctx).load(Number(beneficiary.id));
    }
    async birthYear(ctx, beneficiary) {
        return (await (0, funder_loaders_1.birthYearByBeneficiaryId)(ctx).load(Number(beneficiary.id))).birthYear;
    }
};
exports.BeneficiaryFunderFieldsResolver = BeneficiaryFunderFieldsResolver;
__decorate([
    (0, health_data_1.TraceHealthRead)('parcours', 'beneficiary'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.FieldResolver)(() => [funder_entity_1.BeneficiaryMovement], { description: 'Exits (reason, destination) and returns, by date.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryFunderFieldsResolver.prototype, "movements", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('parcours', 'beneficiary'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaryDetails),
    (0, type_graphql_1.FieldResolver)(() => [funder_entity_1.PathwayStep], { description: 'Training, RAE and prestation en entreprise steps, by start date.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], BeneficiaryFunderFieldsResolver.prototype, "pathwaySteps", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('identity', 'beneficiary'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIdentity),
    (0, type_graphql_1.FieldResolver)(() => type_graphql_1.Int, { nullable: true, description: 'Year of birth (identity side: admin and médico-social only).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], BeneficiaryFunderFieldsResolver.prototype, "birthYear", null);
exports.BeneficiaryFunderFieldsResolver = BeneficiaryFunderFieldsResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.Beneficiary)
], BeneficiaryFunderFieldsResolver);
//# sourceMappingURL=funder.resolver.js.map