import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PaginatedList } from '../../schema/pagination';
import { IndicatorLevel, UtilizationLevel } from '../../schema/enums';
import { LocalDate } from '../../schema/scalars';
import { Objective } from '../../schema/entities/objective.entity';

/**
 * What the internal front ends read of the steering indicators: rows of the reporting views
 * (reporting/README.md, *What the figures count*), never a second computation. Measures are null on a
 * withheld row: a team too small, or dominated by one person, for a role that may not read
 * individual work records (`withheld`).
 */

@ObjectType({ description: 'Contribution indicators of a beneficiary, a work group, a workshop or an establishment over one month (reporting.fct_contribution_*_month).' })
export class ContributionIndicator {
  @Field(() => LocalDate, { description: 'First day of the month.' }) month!: string;
  @Field(() => IndicatorLevel) level!: IndicatorLevel;
  @Field(() => ID) establishmentId!: string;
  @Field(() => ID, { nullable: true, description: 'The workshop (of the month, for a beneficiary).' }) workshopId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The work group (of the month, for a beneficiary).' }) workGroupId!: string | null;
  @Field(() => ID, { nullable: true, description: 'BENEFICIARY rows only.' }) beneficiaryId!: string | null;
  @Field(() => Boolean, { description: 'True when the figures are withheld, for a role without individual rights: a team of fewer than PRIVACY_MIN_GROUP_SIZE, one person above 85 % of its hours, or a team that another level of the month would give by difference.' })
  withheld!: boolean;
  @Field(() => Int, { nullable: true, description: 'Beneficiaries counted (1 on a BENEFICIARY row).' }) beneficiaries!: number | null;
  @Field(() => Int, { nullable: true, description: 'Working days present (Monday to Friday, French public holidays excluded).' }) contractDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'Working days present with recorded hours.' }) daysWithRecord!: number | null;
  @Field(() => Number, { nullable: true, description: 'Days with a record ÷ working days present.' }) regularity!: number | null;
  @Field(() => Number, { nullable: true, description: 'Stability: coefficient of variation of the weekly hours brought to a full week (a team: the mean of its members\').' })
  weeklyHoursCv!: number | null;
  @Field(() => Number, { nullable: true }) hours!: number | null;
  @Field(() => Number, { nullable: true }) validatedHours!: number | null;
  @Field(() => Number, { nullable: true }) quantity!: number | null;
  @Field(() => Number, { nullable: true }) rejectedQuantity!: number | null;
  @Field(() => Number, { nullable: true, description: '1 − rejected ÷ quantity.' }) quality!: number | null;
  @Field(() => Number, { nullable: true }) plannedHours!: number | null;
  @Field(() => Number, { nullable: true, description: 'Hours ÷ planned hours.' }) doneVsPlanned!: number | null;
}

@ObjectType() export class ContributionIndicatorList extends PaginatedList(ContributionIndicator) {}

@ObjectType({ description: 'Utilization of a beneficiary, or of a workshop and supervisor, over one ISO week (reporting.fct_utilization_week, fct_utilization_workshop_week).' })
export class UtilizationWeek {
  @Field(() => LocalDate, { description: 'Monday of the ISO week.' }) week!: string;
  @Field(() => UtilizationLevel) level!: UtilizationLevel;
  @Field(() => ID) establishmentId!: string;
  @Field(() => ID, { nullable: true }) workshopId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The referent supervisor.' }) supervisorId!: string | null;
  @Field(() => ID, { nullable: true, description: 'BENEFICIARY rows only.' }) beneficiaryId!: string | null;
  @Field(() => Boolean, { description: 'True when the figures are withheld (see ContributionIndicator.withheld).' }) withheld!: boolean;
  @Field(() => Int, { nullable: true }) beneficiaries!: number | null;
  @Field(() => Number, { nullable: true, description: 'Weekly hours × working days present ÷ 5.' }) contractHours!: number | null;
  @Field(() => Number, { nullable: true }) recordedHours!: number | null;
  @Field(() => Number, { nullable: true }) validatedHours!: number | null;
  @Field(() => Number, { nullable: true }) allocatedHours!: number | null;
  @Field(() => Number, { nullable: true, description: 'Recorded ÷ contract hours.' }) utilization!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'BENEFICIARY rows: recorded below the dated threshold × contract hours.' }) underUtilized!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'BENEFICIARY rows: recorded above the dated threshold × contract hours.' }) overloaded!: boolean | null;
  @Field(() => Int, { nullable: true, description: 'WORKSHOP rows: beneficiaries under-utilized that week.' }) underUtilizedBeneficiaries!: number | null;
  @Field(() => Int, { nullable: true, description: 'WORKSHOP rows: beneficiaries overloaded that week.' }) overloadedBeneficiaries!: number | null;
}

@ObjectType() export class UtilizationWeekList extends PaginatedList(UtilizationWeek) {}

@ObjectType({ description: 'An objective against its actuals (reporting.fct_objective_progress).' })
export class ObjectiveProgress {
  @Field(() => Number, { nullable: true, description: 'Hours or quantity of the period so far, or its quality (null without quantity).' }) actual!: number | null;
  @Field(() => Number, { nullable: true, description: 'Actual ÷ target.' }) progress!: number | null;
  @Field(() => Boolean, { description: 'Actual ≥ target.' }) reached!: boolean;
  @Field(() => Number, { description: 'Share of the period elapsed (0 before it starts, 1 once it has ended).' }) elapsedShare!: number;
}

@ObjectType() export class ObjectiveList extends PaginatedList(Objective) {}
