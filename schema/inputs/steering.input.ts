import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageInput } from '../pagination';
import { IndicatorLevel, ObjectiveMeasure, ObjectiveScope, ObjectiveStatus, UtilizationLevel } from '../enums';
import { LocalDate } from '../scalars';
import { IsEntityId } from './common.input';

const FIRST_OF_MONTH = /^\d{4}-\d{2}-01$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A new objective: for a beneficiary (INDIVIDUAL: médico-social staff), or a work group or workshop (collective: its supervisors).' })
export class ObjectiveInput {
  @Field(() => ObjectiveScope) @IsIn(Object.values(ObjectiveScope)) scope!: ObjectiveScope;
  @Field(() => ID, { nullable: true, description: 'Required for INDIVIDUAL, absent otherwise.' }) @IsOptional() @IsEntityId() beneficiaryId?: string;
  @Field(() => ID, { nullable: true, description: 'Required for WORK_GROUP, absent otherwise.' }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => ID, { nullable: true, description: 'Required for WORKSHOP, absent otherwise.' }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => ObjectiveMeasure) @IsIn(Object.values(ObjectiveMeasure)) measure!: ObjectiveMeasure;
  @Field(() => LocalDate, { description: 'The first day of a month.' }) @Matches(FIRST_OF_MONTH, { message: 'periodStart must be the first day of a month' }) periodStart!: string;
  @Field(() => LocalDate, { description: 'The last day of a month, at most 36 months after periodStart.' }) @Matches(ISO_DATE) periodEnd!: string;
  @Field(() => Number, { description: 'Hours or quantity over the period; a QUALITY target is a share above 0 and at most 1.' })
  @IsNumber() @Min(0.0001) @Max(10_000_000) target!: number;
  @Field(() => String) @IsString() @Length(1, 200) title!: string;
}

@InputType({ description: 'What an open objective may change; its subject and measure stay (create another objective for another).' })
export class ObjectiveUpdateInput {
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(FIRST_OF_MONTH, { message: 'periodStart must be the first day of a month' }) periodStart?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) periodEnd?: string;
  @Field(() => Number, { nullable: true }) @IsOptional() @IsNumber() @Min(0.0001) @Max(10_000_000) target?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
}

@InputType()
export class ObjectiveListOptions extends PageInput {
  @Field(() => ObjectiveScope, { nullable: true }) @IsOptional() @IsIn(Object.values(ObjectiveScope)) scope?: ObjectiveScope;
  @Field(() => ObjectiveStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(ObjectiveStatus)) status?: ObjectiveStatus;
  @Field(() => ID, { nullable: true, description: 'Individual objectives of this beneficiary.' }) @IsOptional() @IsEntityId() beneficiaryId?: string;
  @Field(() => ID, { nullable: true, description: 'Objectives of this work group.' }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => ID, { nullable: true, description: 'Objectives of this workshop.' }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Objectives whose period includes this day.' }) @IsOptional() @Matches(ISO_DATE) activeOn?: string;
}

@InputType({ description: 'Months from fromMonth to toMonth (first days, at most 24 months; default the last 12 months), at one level, optionally narrowed.' })
export class ContributionIndicatorOptions extends PageInput {
  @Field(() => IndicatorLevel, { nullable: true, description: 'Default WORKSHOP. BENEFICIARY needs the right to read individual work records.' })
  @IsOptional() @IsIn(Object.values(IndicatorLevel)) level?: IndicatorLevel;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(FIRST_OF_MONTH, { message: 'fromMonth must be the first day of a month' }) fromMonth?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(FIRST_OF_MONTH, { message: 'toMonth must be the first day of a month' }) toMonth?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => ID, { nullable: true, description: 'BENEFICIARY level only.' }) @IsOptional() @IsEntityId() beneficiaryId?: string;
}

@InputType({ description: 'ISO weeks from fromWeek to toWeek (Mondays, at most 53 weeks; default the last 12 weeks), at one level, optionally narrowed.' })
export class UtilizationOptions extends PageInput {
  @Field(() => UtilizationLevel, { nullable: true, description: 'Default WORKSHOP. BENEFICIARY needs the right to read individual work records.' })
  @IsOptional() @IsIn(Object.values(UtilizationLevel)) level?: UtilizationLevel;
  @Field(() => LocalDate, { nullable: true, description: 'A Monday.' }) @IsOptional() @Matches(ISO_DATE) fromWeek?: string;
  @Field(() => LocalDate, { nullable: true, description: 'A Monday.' }) @IsOptional() @Matches(ISO_DATE) toWeek?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() supervisorId?: string;
  @Field(() => ID, { nullable: true, description: 'BENEFICIARY level only.' }) @IsOptional() @IsEntityId() beneficiaryId?: string;
}
