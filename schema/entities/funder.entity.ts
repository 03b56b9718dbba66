import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantEntity } from './base.entity';
import { CapacityKind, ExitDestination, ExitReason, MovementKind, PathwayStepKind } from '../enums';
import { LocalDate } from '../scalars';

@ObjectType({
  description:
    'Capacity granted by the funder, dated: places authorised by the ARS (ESAT) or aided posts of the CPOM in FTE (EA). ' +
    'The row valid on a day is the latest whose validFrom is on or before it.',
})
@Entity('establishment_capacity')
export class EstablishmentCapacity extends TenantEntity {
  @Field(() => ID) @Column({ name: 'establishment_id', type: 'bigint' }) establishmentId!: number;
  @Field(() => CapacityKind) @Column({ type: 'text' }) kind!: CapacityKind;
  @Field(() => LocalDate) @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Field(() => Number, { description: 'Places, or FTE for aided posts.' }) @Column({ type: 'numeric', precision: 8, scale: 2 }) value!: number;
  @Field(() => String, { description: 'The decision it comes from (arrêté d\'autorisation, CPOM and its year…).' }) @Column({ type: 'text' }) source!: string;
}

@ObjectType({ description: 'An exit (date, reason, destination) or a return (droit au retour) of a beneficiary; the entry is Beneficiary.entryDate.' })
@Entity('beneficiary_movement')
export class BeneficiaryMovement extends TenantEntity {
  @Field(() => ID) @Column({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Field(() => MovementKind) @Column({ type: 'text' }) kind!: MovementKind;
  @Field(() => LocalDate) @Column({ name: 'movement_date', type: 'date' }) movementDate!: string;
  @Field(() => ExitReason, { nullable: true, description: 'Exits only; null on exits recorded before reasons were kept.' })
  @Column({ name: 'exit_reason', type: 'text', nullable: true })
  exitReason!: ExitReason | null;
  @Field(() => ExitDestination, { nullable: true, description: 'Exits only; null on exits recorded before destinations were kept.' })
  @Column({ name: 'exit_destination', type: 'text', nullable: true })
  exitDestination!: ExitDestination | null;
  @Field(() => Boolean, { nullable: true, description: 'Returns only: whether the return is made under the droit au retour.' })
  @Column({ name: 'right_to_return', type: 'boolean', nullable: true })
  rightToReturn!: boolean | null;
}

@ObjectType({ description: 'A job standard (référentiel métier) with its source: the skills a worker is positioned against.' })
@Entity('job_standard')
export class JobStandard extends TenantEntity {
  @Field(() => String) @Column({ type: 'text' }) code!: string;
  @Field(() => String) @Column({ type: 'text' }) title!: string;
  @Field(() => String, { description: 'Where the standard comes from (ministry, diploma, RNCP sheet…).' }) @Column({ type: 'text' }) source!: string;
}

@ObjectType({ description: 'A skill (compétence) of a job standard.' })
@Entity('skill')
export class Skill extends TenantEntity {
  @Field(() => ID) @Column({ name: 'job_standard_id', type: 'bigint' }) jobStandardId!: number;
  @Field(() => String) @Column({ type: 'text' }) code!: string;
  @Field(() => String) @Column({ type: 'text' }) label!: string;
}

@Entity('activity_skill')
export class ActivitySkill {
  @PrimaryColumn({ name: 'activity_id', type: 'bigint' }) activityId!: number;
  @PrimaryColumn({ name: 'skill_id', type: 'bigint' }) skillId!: number;
  @Column({ name: 'organization_id', type: 'bigint' }) organizationId!: number;
}

@ObjectType({ description: 'A dated step of the parcours beyond the workshop: training, RAE enrolment or attestation, prestation en entreprise.' })
@Entity('pathway_step')
export class PathwayStep extends TenantEntity {
  @Field(() => ID) @Column({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Field(() => PathwayStepKind) @Column({ type: 'text' }) kind!: PathwayStepKind;
  @Field(() => LocalDate) @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Field(() => LocalDate, { nullable: true }) @Column({ name: 'end_date', type: 'date', nullable: true }) endDate!: string | null;
  @Field(() => Number, { nullable: true, description: 'Hours of training or of presence in the host company.' })
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  hours!: number | null;
  @Field(() => String) @Column({ type: 'text' }) title!: string;
  @Field(() => ID, { nullable: true, description: 'The job standard of an RAE step or a training.' })
  @Column({ name: 'job_standard_id', type: 'bigint', nullable: true })
  jobStandardId!: number | null;
  @Field(() => ID, { nullable: true, description: 'The host company of a prestation en entreprise.' })
  @Column({ name: 'customer_id', type: 'bigint', nullable: true })
  customerId!: number | null;
}

export const FUNDER_ENTITIES = [EstablishmentCapacity, BeneficiaryMovement, JobStandard, Skill, ActivitySkill, PathwayStep];
