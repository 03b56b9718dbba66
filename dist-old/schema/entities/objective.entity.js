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
exports.Objective = void 0;
const type_graphql_1 = require("type-graphql");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
let Objective = class Objective extends base_entity_1.TenantEntity {
};
exports.Objective = Objective;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveScope),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Objective.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The beneficiary of an INDIVIDUAL objective.' }),
    (0, typeorm_1.Column)({ name: 'beneficiary_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The work group of a WORK_GROUP objective.' }),
    (0, typeorm_1.Column)({ name: 'work_group_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "workGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The workshop of a WORKSHOP objective.' }),
    (0, typeorm_1.Column)({ name: 'workshop_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "workshopId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveMeasure),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Objective.prototype, "measure", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'First day of the first month.' }),
    (0, typeorm_1.Column)({ name: 'period_start', type: 'date' }),
    __metadata("design:type", String)
], Objective.prototype, "periodStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'Last day of the last month.' }),
    (0, typeorm_1.Column)({ name: 'period_end', type: 'date' }),
    __metadata("design:type", String)
], Objective.prototype, "periodEnd", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Hours or quantity over the period, or a quality share from 0 to 1.' }),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 14, scale: 4 }),
    __metadata("design:type", Number)
], Objective.prototype, "target", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Objective.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ObjectiveStatus),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Objective.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'What was reached, written when closing.' }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "outcome", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    (0, typeorm_1.Column)({ name: 'closed_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "closedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'closed_by', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "closedBy", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_by', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Objective.prototype, "createdBy", void 0);
exports.Objective = Objective = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'Objectif: an individual objective (a beneficiary) or a collective one (a work group or a workshop) on hours, quantity or quality over whole months. ' +
            'Its progress is read from the reporting layer (reporting.fct_objective_progress), from the same monthly indicators as every dashboard.',
    }),
    (0, typeorm_1.Entity)('objective')
], Objective);
//# sourceMappingURL=objective.entity.js.map