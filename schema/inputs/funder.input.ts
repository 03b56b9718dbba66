import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CapacityKind, ExitDestination, ExitReason, PathwayStepKind } from '../enums';
import { LocalDate } from '../scalars';
import { IsEntityId } from './common.input';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STANDARD_CODE = /^[A-Za-z0-9_.-]{1,30}$/;

@InputType({ description: 'A capacity granted by the funder from a date (a later row for the same kind supersedes it from its own date).' })
export class EstablishmentCapacityInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => CapacityKind) @IsIn(Object.values(CapacityKind)) kind!: CapacityKind;
  @Field(() => LocalDate) @Matches(ISO_DATE) validFrom!: string;
  @Field(() => Number, { description: 'Places, or FTE for aided posts (two decimals at most).' }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100_000) value!: number;
  @Field(() => String, { description: 'The decision it comes from: arrêté d\'autorisation, CPOM and its year…' }) @IsString() @Length(1, 200) source!: string;
}

@InputType({ description: 'An exit: sets the beneficiary\'s exit date and keeps its reason and destination for the funder reports.' })
export class BeneficiaryExitInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) exitDate!: string;
  @Field(() => ExitReason) @IsIn(Object.values(ExitReason)) reason!: ExitReason;
  @Field(() => ExitDestination) @IsIn(Object.values(ExitDestination)) destination!: ExitDestination;
}

@InputType({ description: 'A return after an exit: clears the exit date; rightToReturn says whether it is made under the droit au retour.' })
export class BeneficiaryReturnInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) returnDate!: string;
  @Field(() => Boolean) @IsBoolean() rightToReturn!: boolean;
}

@InputType({ description: 'The year of birth, kept on the identity side (admin and médico-social); reports receive an age band only.' })
export class BeneficiaryBirthYearInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => Int) @IsInt() @Min(1900) @Max(2100) birthYear!: number;
}

@InputType({ description: 'A step of the parcours: training, RAE enrolment or attestation, prestation en entreprise.' })
export class PathwayStepInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => PathwayStepKind) @IsIn(Object.values(PathwayStepKind)) kind!: PathwayStepKind;
  @Field(() => LocalDate) @Matches(ISO_DATE) startDate!: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) endDate?: string;
  @Field(() => Number, { nullable: true }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.01) @Max(10_000) hours?: number;
  @Field(() => String, { description: 'What it is (the training, the job aimed at): no personal or health detail.' }) @IsString() @Length(1, 200) title!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() jobStandardId?: string;
  @Field(() => ID, { nullable: true, description: 'The host company of a prestation en entreprise.' }) @IsOptional() @IsEntityId() customerId?: string;
}

@InputType({ description: 'A job standard of the skills referential, with its source.' })
export class JobStandardInput {
  @Field(() => String) @Matches(STANDARD_CODE) code!: string;
  @Field(() => String) @IsString() @Length(1, 200) title!: string;
  @Field(() => String, { description: 'Where it comes from, e.g. "Éducation nationale, CAP Agent d\'accompagnement, arrêté du …".' }) @IsString() @Length(1, 300) source!: string;
}

@InputType()
export class SkillInput {
  @Field(() => ID) @IsEntityId() jobStandardId!: string;
  @Field(() => String) @Matches(STANDARD_CODE) code!: string;
  @Field(() => String) @IsString() @Length(1, 300) label!: string;
}

@InputType({ description: 'The skills an activity practises (replaces the previous set).' })
export class ActivitySkillsInput {
  @Field(() => ID) @IsEntityId() activityId!: string;
  @Field(() => [ID]) @ArrayMaxSize(100) @ArrayUnique() @IsEntityId({ each: true }) skillIds!: string[];
}
