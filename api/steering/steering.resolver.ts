import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import type { Row } from '../read/read-model';
import { Objective } from '../../schema/entities/objective.entity';
import { ContributionIndicatorOptions, ObjectiveInput, ObjectiveListOptions, ObjectiveUpdateInput, UtilizationOptions } from '../../schema/inputs/steering.input';
import { ObjectiveResult } from '../../schema/results';
import { IndicatorsService } from './indicators.service';
import { ObjectiveService, objectiveProgressById } from './objective.service';
import { ContributionIndicatorList, ObjectiveList, ObjectiveProgress, UtilizationWeekList } from './steering.types';

@Resolver()
export class SteeringResolver {
  @Authorized(...CAN.readIndicators)
  @Query(() => ContributionIndicatorList, {
    description: 'Contribution indicators per month (reporting.fct_contribution_*_month): BENEFICIARY rows for roles that read individual work records, else FORBIDDEN.',
  })
  contributionIndicators(@Ctx() ctx: RequestContext, @Arg('options', () => ContributionIndicatorOptions, { nullable: true }) options?: ContributionIndicatorOptions) {
    return IndicatorsService.contribution(ctx, options);
  }

  @Authorized(...CAN.readIndicators)
  @Query(() => UtilizationWeekList, {
    description: 'Utilization per ISO week (reporting.fct_utilization_week, fct_utilization_workshop_week): BENEFICIARY rows for roles that read individual work records, else FORBIDDEN.',
  })
  utilization(@Ctx() ctx: RequestContext, @Arg('options', () => UtilizationOptions, { nullable: true }) options?: UtilizationOptions) {
    return IndicatorsService.utilization(ctx, options);
  }
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @Authorized(...CAN.readIndicators)
  @Query(() => ObjectiveList, { description: 'Objectives, by period start; individual ones only for roles that read individual work records.' })
  objectives(@Ctx() ctx: RequestContext, @Arg('options', () => ObjectiveListOptions, { nullable: true }) options: ObjectiveListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return ObjectiveService.list(ctx, options, info);
  }

  @Authorized(...CAN.writeObjectives)
  @Transactional()
  @Mutation(() => ObjectiveResult, { description: 'Sets an objective: INDIVIDUAL by médico-social staff, WORK_GROUP or WORKSHOP by the supervisors of that workshop (admins: any).' })
  createObjective(@Ctx() ctx: RequestContext, @Arg('input', () => ObjectiveInput) input: ObjectiveInput) {
    return ObjectiveService.create(ctx, input);
  }

  @Authorized(...CAN.writeObjectives)
  @Transactional()
  @Mutation(() => ObjectiveResult, { description: 'Changes the period, target or title of an open objective (same rules as createObjective).' })
  updateObjective(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ObjectiveUpdateInput) input: ObjectiveUpdateInput) {
    return ObjectiveService.update(ctx, id, input);
  }

  @Authorized(...CAN.writeObjectives)
  @Transactional()
  @Mutation(() => ObjectiveResult, { description: 'Closes an open objective, with what was reached; a closed objective never changes.' })
  closeObjective(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('outcome', () => String, { nullable: true }) outcome?: string) {
    return ObjectiveService.close(ctx, id, outcome);
  }

  @FieldResolver(() => ObjectiveProgress, { nullable: true, description: 'Actuals of the period so far, from the reporting layer.' })
  progress(@Ctx() ctx: RequestContext, @Root() objective: Row<Objective>) {
    return objectiveProgressById(ctx).load(objective.id);
  }
}
