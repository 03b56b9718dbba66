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
exports.ObjectiveResolver = exports.SteeringResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const objective_entity_1 = require("../../schema/entities/objective.entity");
const steering_input_1 = require("../../schema/inputs/steering.input");
const results_1 = require("../../schema/results");
const indicators_service_1 = require("./indicators.service");
const objective_service_1 = require("./objective.service");
const steering_types_1 = require("./steering.types");
let SteeringResolver = class SteeringResolver {
    contributionIndicators(ctx, options) {
        return indicators_service_1.IndicatorsService.contribution(ctx, options);
    }
    utilization(ctx, options) {
        return indicators_service_1.IndicatorsService.utilization(ctx, options);
    }
};
exports.SteeringResolver = SteeringResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIndicators),
    (0, type_graphql_1.Query)(() => steering_types_1.ContributionIndicatorList, {
        description: 'Contribution indicators per month (reporting.fct_contribution_*_month): BENEFICIARY rows for roles that read individual work records, else FORBIDDEN.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => steering_input_1.ContributionIndicatorOptions, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, steering_input_1.ContributionIndicatorOptions]),
    __metadata("design:returntype", void 0)
], SteeringResolver.prototype, "contributionIndicators", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIndicators),
    (0, type_graphql_1.Query)(() => steering_types_1.UtilizationWeekList, {
        description: 'Utilization per ISO week (reporting.fct_utilization_week, fct_utilization_workshop_week): BENEFICIARY rows for roles that read individual work records, else FORBIDDEN.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => steering_input_1.UtilizationOptions, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, steering_input_1.UtilizationOptions]),
    __metadata("design:returntype", void 0)
], SteeringResolver.prototype, "utilization", null);
exports.SteeringResolver = SteeringResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], SteeringResolver);
let ObjectiveResolver = class ObjectiveResolver {
    objectives(ctx, options, info) {
        return objective_service_1.ObjectiveService.list(ctx, options, info);
    }
    createObjective(ctx, input) {
        return objective_service_1.ObjectiveService.create(ctx, input);
    }
    updateObjective(ctx, id, input) {
        return objective_service_1.ObjectiveService.update(ctx, id, input);
    }
    closeObjective(ctx, id, outcome) {
        return objective_service_1.ObjectiveService.close(ctx, id, outcome);
    }
    progress(ctx, objective) {
        return (0, objective_service_1.objectiveProgressById)(ctx).load(Number(objective.id));
    }
};
exports.ObjectiveResolver = ObjectiveResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readIndicators),
    (0, type_graphql_1.Query)(() => steering_types_1.ObjectiveList, { description: 'Objectives, by period start; individual ones only for roles that read individual work records.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => steering_input_1.ObjectiveListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], ObjectiveResolver.prototype, "objectives", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeObjectives),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ObjectiveResult, { description: 'Sets an objective: INDIVIDUAL by médico-social staff, WORK_GROUP or WORKSHOP by the supervisors of that workshop (admins: any).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => steering_input_1.ObjectiveInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, steering_input_1.ObjectiveInput]),
    __metadata("design:returntype", void 0)
], ObjectiveResolver.prototype, "createObjective", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeObjectives),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ObjectiveResult, { description: 'Changes the period, target or title of an open objective (same rules as createObjective).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => steering_input_1.ObjectiveUpdateInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, steering_input_1.ObjectiveUpdateInput]),
    __metadata("design:returntype", void 0)
], ObjectiveResolver.prototype, "updateObjective", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeObjectives),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ObjectiveResult, { description: 'Closes an open objective, with what was reached; a closed objective never changes.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('outcome', () => String, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, String]),
    __metadata("design:returntype", void 0)
], ObjectiveResolver.prototype, "closeObjective", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => steering_types_1.ObjectiveProgress, { nullable: true, description: 'Actuals of the period so far, from the reporting layer.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ObjectiveResolver.prototype, "progress", null);
exports.ObjectiveResolver = ObjectiveResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => objective_entity_1.Objective)
], ObjectiveResolver);
//# sourceMappingURL=steering.resolver.js.map