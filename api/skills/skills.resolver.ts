import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import type { Row } from '../read/read-model';
import { Activity } from '../../schema/entities/production.entity';
import { JobStandard, Skill } from '../../schema/entities/funder.entity';
import { ActivitySkillsInput, JobStandardInput, SkillInput } from '../../schema/inputs/funder.input';
import { ActivitySkillsResult, JobStandardResult, SkillResult } from '../../schema/funder-results';
import { LocalDate } from '../../schema/scalars';
import { jobStandardById, skillsByActivityId, skillsByJobStandardId } from '../funders/funder.loaders';
import { SkillsService } from './skills.service';
import { SkillsEvidence } from './skills.types';

@Resolver(() => JobStandard)
export class JobStandardResolver {
  @Authorized(...CAN.readSkills)
  @Query(() => [JobStandard], { description: 'The skills referential: job standards with their source, by code.' })
  jobStandards(@Ctx() ctx: RequestContext) {
    return SkillsService.jobStandards(ctx);
  }

  @Authorized(...CAN.writeSkills)
  @Transactional()
  @Mutation(() => JobStandardResult)
  createJobStandard(@Ctx() ctx: RequestContext, @Arg('input', () => JobStandardInput) input: JobStandardInput) {
    return SkillsService.createJobStandard(ctx, input);
  }

  @Authorized(...CAN.writeSkills)
  @Transactional()
  @Mutation(() => SkillResult)
  createSkill(@Ctx() ctx: RequestContext, @Arg('input', () => SkillInput) input: SkillInput) {
    return SkillsService.createSkill(ctx, input);
  }

  @Authorized(...CAN.writeSkills)
  @Transactional()
  @Mutation(() => ActivitySkillsResult, { description: 'Sets the skills an activity practises (replaces the previous set).' })
  setActivitySkills(@Ctx() ctx: RequestContext, @Arg('input', () => ActivitySkillsInput) input: ActivitySkillsInput) {
    return SkillsService.setActivitySkills(ctx, input);
  }

  @FieldResolver(() => [Skill])
  skills(@Ctx() ctx: RequestContext, @Root() standard: Row<JobStandard>) {
    return skillsByJobStandardId(ctx).load(standard.id);
  }

  @Authorized(...CAN.readSkillsEvidence)
  @Query(() => SkillsEvidence, {
    nullable: true,
    description: 'A beneficiary\'s skills evidence over a period (null for an unknown beneficiary). Médico-social team; supervisors for the beneficiaries of their workshops.',
  })
  skillsEvidence(
    @Ctx() ctx: RequestContext,
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
  ) {
    return SkillsService.evidence(ctx, beneficiaryId, from, to);
  }
}

@Resolver(() => Skill)
export class SkillResolver {
  @FieldResolver(() => JobStandard)
  jobStandard(@Ctx() ctx: RequestContext, @Root() skill: Row<Skill>) {
    return jobStandardById(ctx).load(skill.jobStandardId);
  }
}

@Resolver(() => Activity)
export class ActivitySkillsResolver {
  @Authorized(...CAN.readSkills)
  @FieldResolver(() => [Skill], { description: 'The skills this activity practises.' })
  skills(@Ctx() ctx: RequestContext, @Root() activity: Row<Activity>) {
    return skillsByActivityId(ctx).load(activity.id);
  }
}
