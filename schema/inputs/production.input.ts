import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageInput } from '../pagination';
import { BeneficiaryStatus, MadContractKind, ProductionSheetStatus, WorkRecordStatus } from '../enums';
import { Cents, LocalDate } from '../scalars';
import { IsEntityId, IsQuantity, MAX_CENTS } from './common.input';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9._-]{1,40}$/;

@InputType()
export class WorkshopInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => String) @Matches(CODE) code!: string;
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
}

@InputType()
export class ActivityInput {
  @Field(() => ID) @IsEntityId() workshopId!: string;
  @Field(() => String) @Matches(CODE) code!: string;
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
}

@InputType()
export class WorkGroupInput {
  @Field(() => ID) @IsEntityId() workshopId!: string;
  @Field(() => String) @Matches(CODE) code!: string;
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
}

@InputType({ description: 'A beneficiary, pseudonymous: matricule and initials only (a name, if kept, goes through setBeneficiaryIdentity).' })
export class BeneficiaryInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => String) @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'matricule must be 1 to 20 letters, digits, dashes or underscores' }) matricule!: string;
  @Field(() => String) @Matches(/^[A-Z]{1,4}$/, { message: 'initials must be 1 to 4 capital letters' }) initials!: string;
  @Field(() => BeneficiaryStatus) @IsIn(Object.values(BeneficiaryStatus)) status!: BeneficiaryStatus;
  @Field(() => Number) @IsNumber() @Min(0.01) @Max(1) workingTimeRatio!: number;
  @Field(() => Number) @IsNumber() @Min(0.5) @Max(48) weeklyHours!: number;
  @Field(() => LocalDate) @Matches(ISO_DATE) entryDate!: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) exitDate?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() mainWorkshopId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() referentSupervisorId?: string;
}

@InputType({ description: 'A move in the parcours: the new workshop and/or work group from a date.' })
export class BeneficiaryMoveInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) fromDate!: string;
}

@InputType()
export class BeneficiaryIdentityInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => String) @IsString() @Length(1, 100) lastName!: string;
  @Field(() => String) @IsString() @Length(1, 100) firstName!: string;
}

@InputType()
export class MedicoSocialNoteInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) noteDate!: string;
  @Field(() => String) @IsString() @Length(1, 10_000) body!: string;
}

@InputType()
export class ProductionTaskInput {
  @Field(() => ID) @IsEntityId() orderLineId!: string;
  @Field(() => ID) @IsEntityId() activityId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 500) description?: string;
  @Field(() => Number, { nullable: true }) @IsOptional() @IsQuantity() plannedQuantity?: number;
  @Field(() => Number, { nullable: true }) @IsOptional() @IsNumber() @Min(0.01) @Max(100_000) plannedHours?: number;
}

@InputType({ description: 'A production sheet for an order, with its tasks.' })
export class ProductionSheetInput {
  @Field(() => ID) @IsEntityId() orderId!: string;
  @Field(() => ID) @IsEntityId() workshopId!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) plannedStart!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) plannedEnd!: string;
  @Field(() => [ProductionTaskInput]) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) tasks!: ProductionTaskInput[];
}

@InputType({ description: 'Allocates an order line (or one of its tasks) to a beneficiary or a work group.' })
export class AllocationInput {
  @Field(() => ID, { nullable: true, description: 'The order line; implied by productionTaskId when that is given.' }) @IsOptional() @IsEntityId() orderLineId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() productionTaskId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() beneficiaryId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => Number, { nullable: true }) @IsOptional() @IsNumber() @Min(0.01) @Max(100_000) plannedHours?: number;
  @Field(() => Number, { nullable: true }) @IsOptional() @IsQuantity() plannedQuantity?: number;
}

@InputType({ description: 'A pointage: who worked, when, on what, how long, how many, how many rejected.' })
export class WorkRecordInput {
  @Field(() => ID) @IsEntityId() beneficiaryId!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) workDate!: string;
  @Field(() => ID, { nullable: true, description: 'The order line worked on (implied by productionTaskId or madContractId).' }) @IsOptional() @IsEntityId() orderLineId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() productionTaskId?: string;
  @Field(() => ID, { nullable: true, description: 'For hours worked under a mise à disposition contract.' }) @IsOptional() @IsEntityId() madContractId?: string;
  @Field(() => Number) @IsNumber() @Min(0) @Max(24) hours!: number;
  @Field(() => Number, { nullable: true, defaultValue: 0 }) @IsOptional() @IsNumber() @Min(0) @Max(1e9) quantity?: number;
  @Field(() => Number, { nullable: true, defaultValue: 0 }) @IsOptional() @IsNumber() @Min(0) @Max(1e9) rejectedQuantity?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}

@InputType({ description: 'The right values of a validated record; the correction stores the difference.' })
export class WorkRecordCorrectionInput {
  @Field(() => Number) @IsNumber() @Min(0) @Max(24) hours!: number;
  @Field(() => Number) @IsNumber() @Min(0) @Max(1e9) quantity!: number;
  @Field(() => Number) @IsNumber() @Min(0) @Max(1e9) rejectedQuantity!: number;
  @Field(() => String) @IsString() @Length(1, 1000) comment!: string;
}

@InputType()
export class MadContractInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => ID) @IsEntityId() customerId!: string;
  @Field(() => ID, { nullable: true, description: 'The order line (unit: hour) the MAD hours are billed on.' }) @IsOptional() @IsEntityId() orderLineId?: string;
  @Field(() => MadContractKind) @IsIn(Object.values(MadContractKind)) kind!: MadContractKind;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsEntityId({ each: true }) beneficiaryIds?: string[];
  @Field(() => Number, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(500) teamSize?: number;
  @Field(() => String) @IsString() @Length(1, 200) activity!: string;
  @Field(() => String) @IsString() @Length(1, 300) place!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) startDate!: string;
  @Field(() => LocalDate) @Matches(ISO_DATE) endDate!: string;
  @Field(() => Cents) @IsInt() @Min(0) @Max(MAX_CENTS) hourlyRateCents!: number;
}

@InputType()
export class WorkshopListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
}

@InputType()
export class BeneficiaryListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workGroupId?: string;
  @Field(() => BeneficiaryStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(BeneficiaryStatus)) status?: BeneficiaryStatus;
  @Field(() => String, { nullable: true, description: 'Start of a matricule.' }) @IsOptional() @IsString() @MaxLength(20) matricule?: string;
}

@InputType()
export class WorkRecordListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() beneficiaryId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() orderLineId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => WorkRecordStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(WorkRecordStatus)) status?: WorkRecordStatus;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) from?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) to?: string;
}

@InputType()
export class ProductionSheetListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() orderId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() workshopId?: string;
  @Field(() => ProductionSheetStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(ProductionSheetStatus)) status?: ProductionSheetStatus;
}

@InputType()
export class MadContractListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() customerId?: string;
  @Field(() => Number, { nullable: true, description: 'Only contracts ending within this many days from today.' }) @IsOptional() @IsInt() @Min(0) @Max(3650) endingWithinDays?: number;
  @Field(() => MadContractKind, { nullable: true, description: 'Only individual or only collective contracts.' }) @IsOptional() @IsIn(Object.values(MadContractKind)) kind?: MadContractKind;
}
