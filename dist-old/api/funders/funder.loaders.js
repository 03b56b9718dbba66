"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.birthYearByBeneficiaryId = exports.skillsByActivityId = exports.skillsByJobStandardId = exports.skillById = exports.jobStandardById = exports.pathwayStepsByBeneficiaryId = exports.movementsByBeneficiaryId = void 0;
const read_model_1 = require("../read/read-model");
const funder_entity_1 = require("../../schema/entities/funder.entity");
/** The relations of the funder data and the skills referential, each through one per-request loader. */
exports.movementsByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, funder_entity_1.BeneficiaryMovement, 'beneficiary_id', 't.movement_date, t.id'));
exports.pathwayStepsByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, funder_entity_1.PathwayStep, 'beneficiary_id', 't.start_date, t.id'));
exports.jobStandardById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, funder_entity_1.JobStandard));
exports.skillById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, funder_entity_1.Skill));
exports.skillsByJobStandardId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, funder_entity_1.Skill, 'job_standard_id', 't.code'));
exports.skillsByActivityId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.linkedLoader)(ctx, `select activity_id as parent, skill_id as child from activity_skill where organization_id = $1 and activity_id = any($2::bigint[]) order by skill_id`, (0, exports.skillById)(ctx)));
/** The year of birth (identity side), or null. */
exports.birthYearByBeneficiaryId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.aggregateLoader)(ctx, `select beneficiary_id as key, birth_year as "birthYear" from beneficiary_birth_year where organization_id = $1 and beneficiary_id = any($2::bigint[])`, { birthYear: null }));
//# sourceMappingURL=funder.loaders.js.map