import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { TraceHealthRead } from '../health-data';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantEntity } from './base.entity';
import { BeneficiaryStatus, MadContractKind, ProductionSheetStatus, WorkRecordStatus, WorkWarningCode } from '../enums';
import { Cents, LocalDate } from '../scalars';
import { CAN } from '../../kernel/roles';

@ObjectType({ description: 'Atelier: a production unit of an establishment (conditionnement, espaces verts…).' })
@Entity('workshop')
export class Workshop extends TenantEntity {
  @Field(() => ID) @Column({ name: 'establishment_id', type: 'bigint' }) establishmentId!: number;
  @Field(() => String) @Column({ type: 'text' }) code!: string;
  @Field(() => String) @Column({ type: 'text' }) name!: string;
}

@ObjectType({ description: 'An activity carried out in a workshop.' })
@Entity('activity')
export class Activity extends TenantEntity {
  @Field(() => ID) @Column({ name: 'workshop_id', type: 'bigint' }) workshopId!: number;
  @Field(() => String) @Column({ type: 'text' }) code!: string;
  @Field(() => String) @Column({ type: 'text' }) name!: string;
}

@ObjectType({ description: 'Groupe de travail: a team of beneficiaries in a workshop.' })
@Entity('work_group')
export class WorkGroup extends TenantEntity {
  @Field(() => ID) @Column({ name: 'workshop_id', type: 'bigint' }) workshopId!: number;
  @Field(() => String) @Column({ type: 'text' }) code!: string;
  @Field(() => String) @Column({ type: 'text' }) name!: string;
}

@Entity('workshop_supervisor')
export class WorkshopSupervisor {
  @PrimaryColumn({ name: 'workshop_id', type: 'bigint' }) workshopId!: number;
  @PrimaryColumn({ name: 'user_id', type: 'bigint' }) userId!: number;
  @Column({ name: 'organization_id', type: 'bigint' }) organizationId!: number;
}

@ObjectType({
  description:
    'A beneficiary (travailleur d\'ESAT, salarié d\'EA): pseudonymous by design — a matricule and initials, never a name. ' +
    'Health data under RGPD art. 9: partners and funders never see individuals.',
})
@Entity('beneficiary')
export class Beneficiary extends TenantEntity {
  @Field(() => ID) @Column({ name: 'establishment_id', type: 'bigint' }) establishmentId!: number;
  @Field(() => String, { description: 'Unique in the organisation.' }) @Column({ type: 'text' }) matricule!: string;
  @Field(() => String) @Column({ type: 'text' }) initials!: string;
  @Field(() => BeneficiaryStatus) @Column({ type: 'text' }) status!: BeneficiaryStatus;

  @TraceHealthRead('contract', 'always')
  @Authorized(...CAN.readBeneficiaryDetails)
  @Field(() => Number, { description: 'Contract working-time ratio (1 = full time).' })
  @Column({ name: 'working_time_ratio', type: 'numeric', precision: 4, scale: 3 })
  workingTimeRatio!: number;

  @TraceHealthRead('contract', 'always')
  @Authorized(...CAN.readBeneficiaryDetails)
  @Field(() => Number, { description: 'Weekly contracted hours.' })
  @Column({ name: 'weekly_hours', type: 'numeric', precision: 5, scale: 2 })
  weeklyHours!: number;

  @TraceHealthRead('contract', 'always')
  @Authorized(...CAN.readBeneficiaryDetails)
  @Field(() => LocalDate) @Column({ name: 'entry_date', type: 'date' }) entryDate!: string;

  @TraceHealthRead('contract', 'always')
  @Authorized(...CAN.readBeneficiaryDetails)
  @Field(() => LocalDate, { nullable: true }) @Column({ name: 'exit_date', type: 'date', nullable: true }) exitDate!: string | null;

  @Field(() => ID, { nullable: true }) @Column({ name: 'main_workshop_id', type: 'bigint', nullable: true }) mainWorkshopId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'work_group_id', type: 'bigint', nullable: true }) workGroupId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'referent_supervisor_id', type: 'bigint', nullable: true }) referentSupervisorId!: number | null;
}

@ObjectType({ description: 'One step of a beneficiary\'s parcours: a workshop and/or work group over a period.' })
@Entity('beneficiary_assignment')
export class BeneficiaryAssignment extends TenantEntity {
  @Field(() => ID) @Column({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'workshop_id', type: 'bigint', nullable: true }) workshopId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'work_group_id', type: 'bigint', nullable: true }) workGroupId!: number | null;
  @Field(() => LocalDate) @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Field(() => LocalDate, { nullable: true }) @Column({ name: 'end_date', type: 'date', nullable: true }) endDate!: string | null;
}

@ObjectType({ description: 'The civil identity a structure chose to keep: admin and médico-social roles only.' })
@Entity('beneficiary_identity')
export class BeneficiaryIdentity {
  @PrimaryColumn({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Column({ name: 'organization_id', type: 'bigint' }) organizationId!: number;
  @Field(() => String) @Column({ name: 'last_name', type: 'text' }) lastName!: string;
  @Field(() => String) @Column({ name: 'first_name', type: 'text' }) firstName!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: string;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: string;
}

@ObjectType({ description: 'A dated médico-social note: médico-social role only.' })
@Entity('medico_social_note')
export class MedicoSocialNote extends TenantEntity {
  @Field(() => ID) @Column({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Field(() => LocalDate) @Column({ name: 'note_date', type: 'date' }) noteDate!: string;
  @Field(() => String) @Column({ type: 'text' }) body!: string;
  @Field(() => ID) @Column({ name: 'author_id', type: 'bigint' }) authorId!: number;
}

@ObjectType({ description: 'Fiche de production: the work planned in a workshop to fulfil an order.' })
@Entity('production_sheet')
export class ProductionSheet extends TenantEntity {
  @Field(() => ID) @Column({ name: 'establishment_id', type: 'bigint' }) establishmentId!: number;
  @Field(() => ID) @Column({ name: 'order_id', type: 'bigint' }) orderId!: number;
  @Field(() => ID) @Column({ name: 'workshop_id', type: 'bigint' }) workshopId!: number;
  @Field(() => String) @Column({ type: 'text' }) number!: string;
  @Field(() => ProductionSheetStatus) @Column({ type: 'text' }) status!: ProductionSheetStatus;
  @Field(() => LocalDate) @Column({ name: 'planned_start', type: 'date' }) plannedStart!: string;
  @Field(() => LocalDate) @Column({ name: 'planned_end', type: 'date' }) plannedEnd!: string;
}

@ObjectType({ description: 'A task of a production sheet, producing (part of) one order line.' })
@Entity('production_task')
export class ProductionTask extends TenantEntity {
  @Field(() => ID) @Column({ name: 'production_sheet_id', type: 'bigint' }) productionSheetId!: number;
  @Field(() => ID) @Column({ name: 'order_line_id', type: 'bigint' }) orderLineId!: number;
  @Field(() => ID) @Column({ name: 'activity_id', type: 'bigint' }) activityId!: number;
  @Field(() => String) @Column({ type: 'text' }) description!: string;
  @Field(() => Number, { nullable: true }) @Column({ name: 'planned_quantity', type: 'numeric', precision: 14, scale: 3, nullable: true }) plannedQuantity!: number | null;
  @Field(() => Number, { nullable: true }) @Column({ name: 'planned_hours', type: 'numeric', precision: 10, scale: 2, nullable: true }) plannedHours!: number | null;
}

@ObjectType({ description: 'Affectation: a beneficiary or a work group planned on an order line (or one of its tasks).' })
@Entity('allocation')
export class Allocation extends TenantEntity {
  @Field(() => ID) @Column({ name: 'order_line_id', type: 'bigint' }) orderLineId!: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'production_task_id', type: 'bigint', nullable: true }) productionTaskId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'beneficiary_id', type: 'bigint', nullable: true }) beneficiaryId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'work_group_id', type: 'bigint', nullable: true }) workGroupId!: number | null;
  @Field(() => Number, { nullable: true }) @Column({ name: 'planned_hours', type: 'numeric', precision: 10, scale: 2, nullable: true }) plannedHours!: number | null;
  @Field(() => Number, { nullable: true }) @Column({ name: 'planned_quantity', type: 'numeric', precision: 14, scale: 3, nullable: true }) plannedQuantity!: number | null;
}

@ObjectType({ description: 'Mise à disposition contract (CASF R344-17): workers placed at a client\'s site, billed by the hour.' })
@Entity('mad_contract')
export class MadContract extends TenantEntity {
  @Field(() => ID) @Column({ name: 'establishment_id', type: 'bigint' }) establishmentId!: number;
  @Field(() => ID) @Column({ name: 'customer_id', type: 'bigint' }) customerId!: number;
  @Field(() => ID, { nullable: true, description: 'The order line the MAD hours are billed on.' }) @Column({ name: 'order_line_id', type: 'bigint', nullable: true }) orderLineId!: number | null;
  @Field(() => String) @Column({ type: 'text' }) number!: string;
  @Field(() => MadContractKind) @Column({ type: 'text' }) kind!: MadContractKind;
  @Field(() => String) @Column({ type: 'text' }) activity!: string;
  @Field(() => String) @Column({ type: 'text' }) place!: string;
  @Field(() => Int, { nullable: true }) @Column({ name: 'team_size', type: 'integer', nullable: true }) teamSize!: number | null;
  @Field(() => LocalDate) @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Field(() => LocalDate) @Column({ name: 'end_date', type: 'date' }) endDate!: string;
  @Field(() => Cents) @Column({ name: 'hourly_rate_cents', type: 'bigint' }) hourlyRateCents!: number;
}

@Entity('mad_contract_beneficiary')
export class MadContractBeneficiary {
  @PrimaryColumn({ name: 'mad_contract_id', type: 'bigint' }) madContractId!: number;
  @PrimaryColumn({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Column({ name: 'organization_id', type: 'bigint' }) organizationId!: number;
}

@ObjectType({ description: 'Pointage: hours, quantity and rejects of one beneficiary on one day for one order line.' })
@Entity('work_record')
export class WorkRecord extends TenantEntity {
  @Field(() => ID) @Column({ name: 'beneficiary_id', type: 'bigint' }) beneficiaryId!: number;
  @Field(() => LocalDate) @Column({ name: 'work_date', type: 'date' }) workDate!: string;
  @Field(() => ID) @Column({ name: 'order_line_id', type: 'bigint' }) orderLineId!: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'production_task_id', type: 'bigint', nullable: true }) productionTaskId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'mad_contract_id', type: 'bigint', nullable: true }) madContractId!: number | null;
  @Field(() => Number, { description: 'Hours worked (an adjustment, possibly negative, on a correction).' }) @Column({ type: 'numeric', precision: 6, scale: 2 }) hours!: number;
  @Field(() => Number) @Column({ type: 'numeric', precision: 14, scale: 3 }) quantity!: number;
  @Field(() => Number, { description: 'Quantity rejected by quality control.' }) @Column({ name: 'rejected_quantity', type: 'numeric', precision: 14, scale: 3 }) rejectedQuantity!: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Field(() => WorkRecordStatus) @Column({ type: 'text' }) status!: WorkRecordStatus;
  @Field(() => ID, { nullable: true, description: 'The validated record this one corrects.' }) @Column({ name: 'corrects_id', type: 'bigint', nullable: true }) correctsId!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'recorded_by', type: 'bigint', nullable: true }) recordedBy!: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'validated_by', type: 'bigint', nullable: true }) validatedBy!: number | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'validated_at', type: 'timestamptz', nullable: true }) validatedAt!: string | null;
}

export const PRODUCTION_ENTITIES = [
  Workshop, Activity, WorkGroup, WorkshopSupervisor, Beneficiary, BeneficiaryAssignment, BeneficiaryIdentity, MedicoSocialNote,
  ProductionSheet, ProductionTask, Allocation, MadContract, MadContractBeneficiary, WorkRecord,
];

@ObjectType({
  description:
    'What the beneficiaries did behind a line: validated work records (corrections included). A delivery-note line carries the work ' +
    'dated up to its delivery date that no earlier delivery of the order line carries (the last delivery of a fully delivered line ' +
    'carries the rest); an invoice line carries its delivery line\'s work pro rata of the quantity it bills net of credit notes.',
})
export class Contribution {
  @Field(() => Number) hours!: number;
  @Field(() => Number) quantity!: number;
  @Field(() => Number) rejectedQuantity!: number;
  @Field(() => Int, { description: 'Distinct beneficiaries who worked on it.' }) beneficiaryCount!: number;
  @Authorized(...CAN.readBeneficiaries)
  @Field(() => [String], { description: 'Their matricules (internal roles only).' })
  beneficiaryCodes!: string[];
}

@ObjectType({ description: 'The allocations that replaced a work-group allocation.' })
export class AllocationExpansion {
  @Field(() => [Allocation]) allocations!: Allocation[];
}

@ObjectType({ description: 'The work records after validation.' })
export class WorkRecordValidation {
  @Field(() => [WorkRecord]) records!: WorkRecord[];
}

@ObjectType({ description: 'A non-blocking finding about recorded work: the write went through.' })
export class WorkWarning {
  @Field(() => WorkWarningCode) code!: WorkWarningCode;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'A non-blocking finding of an import, with the file lines it concerns (1 is the header; at most 50 listed).' })
export class ImportWarning {
  @Field(() => WorkWarningCode) code!: WorkWarningCode;
  @Field(() => String) message!: string;
  @Field(() => [Int]) lines!: number[];
}

@ObjectType({
  description:
    'What an import of work records wrote: every row of the file as RECORDED pointages awaiting validation, except the rows already ' +
    'present as work records (skipped, so that a re-sent export never counts twice).',
})
export class WorkRecordImport {
  @Field(() => Int, { description: 'Work records written.' }) imported!: number;
  @Field(() => Int, { description: 'Rows skipped because the same work record is already present (see the README).' }) skipped!: number;
  @Field(() => [ImportWarning], { description: 'The first 1000 warnings, in line order.' }) warnings!: ImportWarning[];
  @Field(() => Int, { description: 'How many warnings in all.' }) warningCount!: number;
  @Field(() => Number) hours!: number;
  @Field(() => Number) quantity!: number;
  @Field(() => Number) rejectedQuantity!: number;
  @Field(() => Int, { description: 'Distinct beneficiaries in the file.' }) beneficiaryCount!: number;
  @Field(() => LocalDate, { nullable: true, description: 'The earliest work date imported.' }) firstWorkDate!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The latest work date imported.' }) lastWorkDate!: string | null;
}
