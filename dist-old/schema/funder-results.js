"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ActivitySkillsResult = exports.SkillResult = exports.JobStandardResult = exports.PathwayStepResult = exports.BeneficiaryMovementResult = exports.EstablishmentCapacityResult = void 0;
const error_results_1 = require("./error-results");
const production_entity_1 = require("./entities/production.entity");
const funder_entity_1 = require("./entities/funder.entity");
const error_results_2 = require("./error-results");
exports.EstablishmentCapacityResult = (0, error_results_1.resultUnion)('EstablishmentCapacityResult', funder_entity_1.EstablishmentCapacity, [error_results_2.NotFoundError]);
exports.BeneficiaryMovementResult = (0, error_results_1.resultUnion)('BeneficiaryMovementResult', production_entity_1.Beneficiary, [error_results_2.NotFoundError, error_results_2.InvalidStateError]);
exports.PathwayStepResult = (0, error_results_1.resultUnion)('PathwayStepResult', funder_entity_1.PathwayStep, [error_results_2.NotFoundError]);
exports.JobStandardResult = (0, error_results_1.resultUnion)('JobStandardResult', funder_entity_1.JobStandard, [error_results_2.DuplicateError]);
exports.SkillResult = (0, error_results_1.resultUnion)('SkillResult', funder_entity_1.Skill, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.ActivitySkillsResult = (0, error_results_1.resultUnion)('ActivitySkillsResult', production_entity_1.Activity, [error_results_2.NotFoundError]);
//# sourceMappingURL=funder-results.js.map