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
exports.SkillsEvidence = exports.ParcoursStep = exports.ActivityPractice = exports.ActivityMonth = exports.EvidencedSkill = void 0;
const type_graphql_1 = require("type-graphql");
const funder_entity_1 = require("../../schema/entities/funder.entity");
const objective_entity_1 = require("../../schema/entities/objective.entity");
const scalars_1 = require("../../schema/scalars");
let EvidencedSkill = class EvidencedSkill {
};
exports.EvidencedSkill = EvidencedSkill;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], EvidencedSkill.prototype, "skillId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], EvidencedSkill.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], EvidencedSkill.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], EvidencedSkill.prototype, "jobStandardCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], EvidencedSkill.prototype, "jobStandardTitle", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], EvidencedSkill.prototype, "source", void 0);
exports.EvidencedSkill = EvidencedSkill = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A skill an activity practises, with its job standard and the standard\'s source.' })
], EvidencedSkill);
let ActivityMonth = class ActivityMonth {
};
exports.ActivityMonth = ActivityMonth;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], ActivityMonth.prototype, "month", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], ActivityMonth.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], ActivityMonth.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], ActivityMonth.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'Null when nothing was counted.' }),
    __metadata("design:type", Object)
], ActivityMonth.prototype, "quality", void 0);
exports.ActivityMonth = ActivityMonth = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Validated work of a month in one activity: hours, quantities and quality (1 − rejected ÷ quantity).' })
], ActivityMonth);
let ActivityPractice = class ActivityPractice {
};
exports.ActivityPractice = ActivityPractice;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Null for work recorded without a production task (its catalog item\'s activity names it).' }),
    __metadata("design:type", Object)
], ActivityPractice.prototype, "activityId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], ActivityPractice.prototype, "activity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ActivityPractice.prototype, "workshop", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], ActivityPractice.prototype, "firstDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], ActivityPractice.prototype, "lastDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], ActivityPractice.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], ActivityPractice.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float),
    __metadata("design:type", Number)
], ActivityPractice.prototype, "rejectedQuantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ActivityPractice.prototype, "quality", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ActivityMonth]),
    __metadata("design:type", Array)
], ActivityPractice.prototype, "months", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [EvidencedSkill]),
    __metadata("design:type", Array)
], ActivityPractice.prototype, "skills", void 0);
exports.ActivityPractice = ActivityPractice = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An activity the beneficiary practised over the period, the evidence for the skills it is linked to.' })
], ActivityPractice);
let ParcoursStep = class ParcoursStep {
};
exports.ParcoursStep = ParcoursStep;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ParcoursStep.prototype, "workshop", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ParcoursStep.prototype, "workGroup", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], ParcoursStep.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    __metadata("design:type", Object)
], ParcoursStep.prototype, "endDate", void 0);
exports.ParcoursStep = ParcoursStep = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A step of the parcours in a workshop and/or work group.' })
], ParcoursStep);
let SkillsEvidence = class SkillsEvidence {
};
exports.SkillsEvidence = SkillsEvidence;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], SkillsEvidence.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], SkillsEvidence.prototype, "matricule", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], SkillsEvidence.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], SkillsEvidence.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ActivityPractice]),
    __metadata("design:type", Array)
], SkillsEvidence.prototype, "activities", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [EvidencedSkill], { description: 'Every skill evidenced by the activities, once.' }),
    __metadata("design:type", Array)
], SkillsEvidence.prototype, "skills", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ParcoursStep]),
    __metadata("design:type", Array)
], SkillsEvidence.prototype, "parcours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [funder_entity_1.PathwayStep]),
    __metadata("design:type", Array)
], SkillsEvidence.prototype, "pathwaySteps", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [objective_entity_1.Objective], { description: 'The beneficiary\'s individual objectives whose period meets this one, by start; progress.reached tells which were reached.' }),
    __metadata("design:type", Array)
], SkillsEvidence.prototype, "objectives", void 0);
exports.SkillsEvidence = SkillsEvidence = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'The evidence of a beneficiary\'s skills over a period (carnet de parcours et de compétences): activities practised with hours and quality, the skills ' +
            'they are linked to, the parcours and its training, RAE and prestation en entreprise steps, the individual objectives of the period and which were reached. Médico-social team, and supervisors for their workshops; never sales, partners or funders.',
    })
], SkillsEvidence);
//# sourceMappingURL=skills.types.js.map