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
exports.ActivitySkillsInput = exports.SkillInput = exports.JobStandardInput = exports.PathwayStepInput = exports.BeneficiaryBirthYearInput = exports.BeneficiaryReturnInput = exports.BeneficiaryExitInput = exports.EstablishmentCapacityInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
const common_input_1 = require("./common.input");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STANDARD_CODE = /^[A-Za-z0-9_.-]{1,30}$/;
let EstablishmentCapacityInput = class EstablishmentCapacityInput {
};
exports.EstablishmentCapacityInput = EstablishmentCapacityInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], EstablishmentCapacityInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.CapacityKind),
    (0, class_validator_1.IsIn)(Object.values(enums_1.CapacityKind)),
    __metadata("design:type", String)
], EstablishmentCapacityInput.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], EstablishmentCapacityInput.prototype, "validFrom", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Places, or FTE for aided posts (two decimals at most).' }),
    (0, class_validator_1.IsNumber)({ maxDecimalPlaces: 2 }),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(100_000),
    __metadata("design:type", Number)
], EstablishmentCapacityInput.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The decision it comes from: arrêté d\'autorisation, CPOM and its year…' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], EstablishmentCapacityInput.prototype, "source", void 0);
exports.EstablishmentCapacityInput = EstablishmentCapacityInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A capacity granted by the funder from a date (a later row for the same kind supersedes it from its own date).' })
], EstablishmentCapacityInput);
let BeneficiaryExitInput = class BeneficiaryExitInput {
};
exports.BeneficiaryExitInput = BeneficiaryExitInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryExitInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], BeneficiaryExitInput.prototype, "exitDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ExitReason),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ExitReason)),
    __metadata("design:type", String)
], BeneficiaryExitInput.prototype, "reason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ExitDestination),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ExitDestination)),
    __metadata("design:type", String)
], BeneficiaryExitInput.prototype, "destination", void 0);
exports.BeneficiaryExitInput = BeneficiaryExitInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'An exit: sets the beneficiary\'s exit date and keeps its reason and destination for the funder reports.' })
], BeneficiaryExitInput);
let BeneficiaryReturnInput = class BeneficiaryReturnInput {
};
exports.BeneficiaryReturnInput = BeneficiaryReturnInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryReturnInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], BeneficiaryReturnInput.prototype, "returnDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], BeneficiaryReturnInput.prototype, "rightToReturn", void 0);
exports.BeneficiaryReturnInput = BeneficiaryReturnInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A return after an exit: clears the exit date; rightToReturn says whether it is made under the droit au retour.' })
], BeneficiaryReturnInput);
let BeneficiaryBirthYearInput = class BeneficiaryBirthYearInput {
};
exports.BeneficiaryBirthYearInput = BeneficiaryBirthYearInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], BeneficiaryBirthYearInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1900),
    (0, class_validator_1.Max)(2100),
    __metadata("design:type", Number)
], BeneficiaryBirthYearInput.prototype, "birthYear", void 0);
exports.BeneficiaryBirthYearInput = BeneficiaryBirthYearInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'The year of birth, kept on the identity side (admin and médico-social); reports receive an age band only.' })
], BeneficiaryBirthYearInput);
let PathwayStepInput = class PathwayStepInput {
};
exports.PathwayStepInput = PathwayStepInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "beneficiaryId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.PathwayStepKind),
    (0, class_validator_1.IsIn)(Object.values(enums_1.PathwayStepKind)),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "endDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)({ maxDecimalPlaces: 2 }),
    (0, class_validator_1.Min)(0.01),
    (0, class_validator_1.Max)(10_000),
    __metadata("design:type", Number)
], PathwayStepInput.prototype, "hours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'What it is (the training, the job aimed at): no personal or health detail.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "jobStandardId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The host company of a prestation en entreprise.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], PathwayStepInput.prototype, "customerId", void 0);
exports.PathwayStepInput = PathwayStepInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A step of the parcours: training, RAE enrolment or attestation, prestation en entreprise.' })
], PathwayStepInput);
let JobStandardInput = class JobStandardInput {
};
exports.JobStandardInput = JobStandardInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(STANDARD_CODE),
    __metadata("design:type", String)
], JobStandardInput.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], JobStandardInput.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Where it comes from, e.g. "Éducation nationale, CAP Agent d\'accompagnement, arrêté du …".' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 300),
    __metadata("design:type", String)
], JobStandardInput.prototype, "source", void 0);
exports.JobStandardInput = JobStandardInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A job standard of the skills referential, with its source.' })
], JobStandardInput);
let SkillInput = class SkillInput {
};
exports.SkillInput = SkillInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], SkillInput.prototype, "jobStandardId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(STANDARD_CODE),
    __metadata("design:type", String)
], SkillInput.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 300),
    __metadata("design:type", String)
], SkillInput.prototype, "label", void 0);
exports.SkillInput = SkillInput = __decorate([
    (0, type_graphql_1.InputType)()
], SkillInput);
let ActivitySkillsInput = class ActivitySkillsInput {
};
exports.ActivitySkillsInput = ActivitySkillsInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ActivitySkillsInput.prototype, "activityId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID]),
    (0, class_validator_1.ArrayMaxSize)(100),
    (0, class_validator_1.ArrayUnique)(),
    (0, common_input_1.IsEntityId)({ each: true }),
    __metadata("design:type", Array)
], ActivitySkillsInput.prototype, "skillIds", void 0);
exports.ActivitySkillsInput = ActivitySkillsInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'The skills an activity practises (replaces the previous set).' })
], ActivitySkillsInput);
//# sourceMappingURL=funder.input.js.map