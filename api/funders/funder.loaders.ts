import DataLoader from 'dataloader';
import { aggregateLoader, byIdLoader, byParentLoader, defineLoader, linkedLoader } from '../read/read-model';
import { BeneficiaryMovement, JobStandard, PathwayStep, Skill } from '../../schema/entities/funder.entity';

/** The relations of the funder data and the skills referential, each through one per-request loader. */

export const movementsByBeneficiaryId = defineLoader((ctx) => byParentLoader<BeneficiaryMovement>(ctx, BeneficiaryMovement, 'beneficiary_id', 't.movement_date, t.id'));
export const pathwayStepsByBeneficiaryId = defineLoader((ctx) => byParentLoader<PathwayStep>(ctx, PathwayStep, 'beneficiary_id', 't.start_date, t.id'));
export const jobStandardById = defineLoader((ctx) => byIdLoader<JobStandard>(ctx, JobStandard));
export const skillById = defineLoader((ctx) => byIdLoader<Skill>(ctx, Skill));
export const skillsByJobStandardId = defineLoader((ctx) => byParentLoader<Skill>(ctx, Skill, 'job_standard_id', 't.code'));
export const skillsByActivityId = defineLoader((ctx) =>
  linkedLoader<Skill>(
    ctx,
    `select activity_id as parent, skill_id as child from activity_skill where organization_id = $1 and activity_id = any($2::bigint[]) order by skill_id`,
    skillById(ctx),
  ),
);

/** The year of birth (identity side), or null. */
export const birthYearByBeneficiaryId = defineLoader(
  (ctx) =>
    aggregateLoader<{ birthYear: number | null }>(
      ctx,
      `select beneficiary_id as key, birth_year as "birthYear" from beneficiary_birth_year where organization_id = $1 and beneficiary_id = any($2::bigint[])`,
      { birthYear: null },
    ) as DataLoader<number, { birthYear: number | null }>,
);
