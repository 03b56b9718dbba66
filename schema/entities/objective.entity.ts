import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { TenantEntity } from './base.entity';
import { ObjectiveMeasure, ObjectiveScope, ObjectiveStatus } from '../enums';
import { LocalDate } from '../scalars';

@ObjectType({
  description:
    'Objectif: an individual objective (a beneficiary) or a collective one (a work group or a workshop) on hours, quantity or quality over whole months. ' +
    'Its progress is read from the reporting layer (reporting.fct_objective_progress), from the same monthly indicators as every dashboard.',
})
@Entity('objective')
export class Objective extends TenantEntity {
  @Field(() => ObjectiveScope) @Column({ type: 'text' }) scope!: ObjectiveScope;
  @Field(() => ID, { nullable: true, description: 'The beneficiary of an INDIVIDUAL objective.' }) @Column({ name: 'beneficiary_id', type: 'bigint', nullable: true }) beneficiaryId!: number | null;
  @Field(() => ID, { nullable: true, description: 'The work group of a WORK_GROUP objective.' }) @Column({ name: 'work_group_id', type: 'bigint', nullable: true }) workGroupId!: number | null;
  @Field(() => ID, { nullable: true, description: 'The workshop of a WORKSHOP objective.' }) @Column({ name: 'workshop_id', type: 'bigint', nullable: true }) workshopId!: number | null;
  @Field(() => ObjectiveMeasure) @Column({ type: 'text' }) measure!: ObjectiveMeasure;
  @Field(() => LocalDate, { description: 'First day of the first month.' }) @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Field(() => LocalDate, { description: 'Last day of the last month.' }) @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Field(() => Number, { description: 'Hours or quantity over the period, or a quality share from 0 to 1.' }) @Column({ type: 'numeric', precision: 14, scale: 4 }) target!: number;
  @Field(() => String) @Column({ type: 'text' }) title!: string;
  @Field(() => ObjectiveStatus) @Column({ type: 'text' }) status!: ObjectiveStatus;
  @Field(() => String, { nullable: true, description: 'What was reached, written when closing.' }) @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: string | null;
  @Column({ name: 'closed_by', type: 'bigint', nullable: true }) closedBy!: number | null;
  @Column({ name: 'created_by', type: 'bigint', nullable: true }) createdBy!: number | null;
}
