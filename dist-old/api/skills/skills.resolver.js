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
exports.ActivitySkillsResolver = exports.SkillResolver = exports.JobStandardResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const production_entity_1 = require("../../schema/entities/production.entity");
const funder_entity_1 = require("../../schema/entities/funder.entity");
const funder_input_1 = require("../../schema/inputs/funder.input");
const funder_results_1 = require("../../schema/funder-results");
const scalars_1 = require("../../schema/scalars");
const funder_loaders_1 = require("../funders/funder.loaders");
const skills_service_1 = require("./skills.service");
const skills_types_1 = require("./skills.types");
let JobStandardResolver = class JobStandardResolver {
    jobStandards(ctx) {
        return skills_service_1.SkillsService.jobStandards(ctx);
    }
    createJobStandard(ctx, input) {
        return skills_service_1.SkillsService.createJobStandard(ctx, input);
    }
    createSkill(ctx, input) {
        return skills_service_1.SkillsService.createSkill(ctx, input);
    }
    setActivitySkills(ctx, input) {
        return skills_service_1.SkillsService.setActivitySkills(ctx, input);
    }
    skills(ctx, standard) {
        return (0, funder_loaders_1.skillsByJobStandardId)(ctx).load(Number(standard.id));
    }
    skillsEvidence(ctx, beneficiaryId, from, to) {
        return skills_service_1.SkillsService.evidence(ctx, beneficiaryId, from, to);
    }
};
exports.JobStandardResolver = JobStandardResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSkills),
    (0, type_graphql_1.Query)(() => [funder_entity_1.JobStandard], { description: 'The skills referential: job standards with their source, by code.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function]),
    __metadata("design:returntype", void 0)
], JobStandardResolver.prototype, "jobStandards", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSkills),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.JobStandardResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.JobStandardInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.JobStandardInput]),
    __metadata("design:returntype", void 0)
], JobStandardResolver.prototype, "createJobStandard", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSkills),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.SkillResult),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.SkillInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.SkillInput]),
    __metadata("design:returntype", void 0)
], JobStandardResolver.prototype, "createSkill", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSkills),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => funder_results_1.ActivitySkillsResult, { description: 'Sets the skills an activity practises (replaces the previous set).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => funder_input_1.ActivitySkillsInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, funder_input_1.ActivitySkillsInput]),
    __metadata("design:returntype", void 0)
], JobStandardResolver.prototype, "setActivitySkills", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [funder_entity_1.Skill]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], JobStandardResolver.prototype, "skills", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSkillsEvidence),
    (0, type_graphql_1.Query)(() => skills_types_1.SkillsEvidence, {
        nullable: true,
        description: 'A beneficiary\'s skills evidence over a period (null for an unknown beneficiary). Médico-social team; supervisors for the beneficiaries of their workshops.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('beneficiaryId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('from', () => scalars_1.LocalDate)),
    __param(3, (0, type_graphql_1.Arg)('to', () => scalars_1.LocalDate)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, String, String]),
    __metadata("design:returntype", void 0)
], JobStandardResolver.prototype, "skillsEvidence", null);
exports.JobStandardResolver = JobStandardResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => funder_entity_1.JobStandard)
], JobStandardResolver);
let SkillResolver = class SkillResolver {
    jobStandard(ctx, skill) {
        return (0, funder_loaders_1.jobStandardById)(ctx).load(Number(skill.jobStandardId));
    }
};
exports.SkillResolver = SkillResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => funder_entity_1.JobStandard),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], SkillResolver.prototype, "jobStandard", null);
exports.SkillResolver = SkillResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => funder_entity_1.Skill)
], SkillResolver);
let ActivitySkillsResolver = class ActivitySkillsResolver {
    skills(ctx, activity) {
        return (0, funder_loaders_1.skillsByActivityId)(ctx).load(Number(activity.id));
    }
};
exports.ActivitySkillsResolver = ActivitySkillsResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSkills),
    (0, type_graphql_1.FieldResolver)(() => [funder_entity_1.Skill], { description: 'The skills this activity practises.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ActivitySkillsResolver.prototype, "skills", null);
exports.ActivitySkillsResolver = ActivitySkillsResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.Activity)
], ActivitySkillsResolver);
//# sourceMappingURL=skills.resolver.js.map