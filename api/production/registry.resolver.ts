import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import {
  Activity, Allocation, Beneficiary, BeneficiaryAssignment, BeneficiaryIdentity, Contribution, MedicoSocialNote, WorkGroup, WorkRecord, Workshop,
} from '../../schema/entities/production.entity';
import { Establishment } from '../../schema/entities/organization.entity';
import {
  ActivityInput, BeneficiaryIdentityInput, BeneficiaryInput, BeneficiaryListOptions, BeneficiaryMoveInput, MedicoSocialNoteInput, WorkGroupInput, WorkshopInput,
  WorkshopListOptions,
} from '../../schema/inputs/production.input';
import { DateRangeInput } from '../../schema/inputs/sales.input';
import { BeneficiaryList, WorkshopList } from '../../schema/lists';
import { ActivityResult, BeneficiaryResult, MedicoSocialNoteResult, WorkGroupResult, WorkshopResult } from '../../schema/results';
import { CAN } from '../../kernel/roles';
import { TraceHealthRead } from '../../schema/health-data';
import { Role } from '../../schema/enums';
import { Transactional } from '../common/mutation';
import { parseId } from '../common/errors';
import type { Row } from '../read/read-model';
import { establishmentById } from '../organization/organization.loaders';
import { RegistryService } from './registry.service';
import {
  activitiesByWorkshopId, allocationsByBeneficiaryId, assignmentsByBeneficiaryId, beneficiariesByWorkGroupId, beneficiariesByWorkshopId, beneficiaryById,
  contributionByBeneficiaryId, identitiesByBeneficiaryId, notesByBeneficiaryId, workGroupById, workGroupsByWorkshopId, workRecordsByBeneficiaryId, workshopById,
} from './production.loaders';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Authorized(...CAN.readProduction)
  @Query(() => WorkshopList, { description: 'The workshops (ateliers) of your organisation, by code.' })
  workshops(@Ctx() ctx: RequestContext, @Arg('options', () => WorkshopListOptions, { nullable: true }) options: WorkshopListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return RegistryService.listWorkshops(ctx, options, info);
  }

  @Authorized(...CAN.readProduction)
  @Query(() => Workshop, { nullable: true })
  workshop(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return workshopById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => WorkshopResult)
  createWorkshop(@Ctx() ctx: RequestContext, @Arg('input', () => WorkshopInput) input: WorkshopInput) {
    return RegistryService.createWorkshop(ctx, input);
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => ActivityResult)
  createActivity(@Ctx() ctx: RequestContext, @Arg('input', () => ActivityInput) input: ActivityInput) {
    return RegistryService.createActivity(ctx, input);
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => WorkGroupResult)
  createWorkGroup(@Ctx() ctx: RequestContext, @Arg('input', () => WorkGroupInput) input: WorkGroupInput) {
    return RegistryService.createWorkGroup(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Transactional()
  @Mutation(() => WorkshopResult, { description: 'Links a supervisor (moniteur d\'atelier) to a workshop. Admins only.' })
  assignWorkshopSupervisor(@Ctx() ctx: RequestContext, @Arg('workshopId', () => ID) workshopId: string, @Arg('userId', () => ID) userId: string) {
    return RegistryService.assignSupervisor(ctx, String(parseId(workshopId, 'workshopId')), String(parseId(userId, 'userId')));
  }

  @FieldResolver(() => Establishment)
  establishment(@Ctx() ctx: RequestContext, @Root() workshop: Row<Workshop>) {
    return establishmentById(ctx).load(workshop.establishmentId);
  }

  @FieldResolver(() => [Activity])
  activities(@Ctx() ctx: RequestContext, @Root() workshop: Row<Workshop>) {
    return activitiesByWorkshopId(ctx).load(workshop.id);
  }

  @FieldResolver(() => [WorkGroup])
  workGroups(@Ctx() ctx: RequestContext, @Root() workshop: Row<Workshop>) {
    return workGroupsByWorkshopId(ctx).load(workshop.id);
  }

  @Authorized(...CAN.readBeneficiaries)
  @FieldResolver(() => [Beneficiary], { description: 'Beneficiaries whose main workshop this is.' })
  beneficiaries(@Ctx() ctx: RequestContext, @Root() workshop: Row<Workshop>) {
    return beneficiariesByWorkshopId(ctx).load(workshop.id);
  }
}

@Resolver(() => WorkGroup)
export class WorkGroupResolver {
  @FieldResolver(() => Workshop)
  workshop(@Ctx() ctx: RequestContext, @Root() group: Row<WorkGroup>) {
    return workshopById(ctx).load(group.workshopId);
  }

  @Authorized(...CAN.readBeneficiaries)
  @FieldResolver(() => [Beneficiary])
  members(@Ctx() ctx: RequestContext, @Root() group: Row<WorkGroup>) {
    return beneficiariesByWorkGroupId(ctx).load(group.id);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Authorized(...CAN.readBeneficiaries)
  @Query(() => Beneficiary, { nullable: true })
  beneficiary(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return beneficiaryById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readBeneficiaries)
  @Query(() => BeneficiaryList)
  beneficiaries(@Ctx() ctx: RequestContext, @Arg('options', () => BeneficiaryListOptions, { nullable: true }) options: BeneficiaryListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return RegistryService.listBeneficiaries(ctx, options, info);
  }

  @Authorized(...CAN.writeBeneficiaries)
  @Transactional()
  @Mutation(() => BeneficiaryResult)
  createBeneficiary(@Ctx() ctx: RequestContext, @Arg('input', () => BeneficiaryInput) input: BeneficiaryInput) {
    return RegistryService.createBeneficiary(ctx, input);
  }

  @Authorized(...CAN.writeBeneficiaries)
  @Transactional()
  @Mutation(() => BeneficiaryResult, { description: 'Moves a beneficiary to another workshop and/or work group: a new step of the parcours.' })
  moveBeneficiary(@Ctx() ctx: RequestContext, @Arg('input', () => BeneficiaryMoveInput) input: BeneficiaryMoveInput) {
    return RegistryService.move(ctx, input);
  }

  @Authorized(...CAN.readIdentity)
  @Transactional()
  @Mutation(() => BeneficiaryResult, { description: 'Keeps a civil identity apart from the pseudonymous record (admin and médico-social only).' })
  setBeneficiaryIdentity(@Ctx() ctx: RequestContext, @Arg('input', () => BeneficiaryIdentityInput) input: BeneficiaryIdentityInput) {
    return RegistryService.setIdentity(ctx, input);
  }

  @Authorized(...CAN.medicoSocialNotes)
  @Transactional()
  @Mutation(() => MedicoSocialNoteResult)
  addMedicoSocialNote(@Ctx() ctx: RequestContext, @Arg('input', () => MedicoSocialNoteInput) input: MedicoSocialNoteInput) {
    return RegistryService.addNote(ctx, input);
  }

  @FieldResolver(() => Establishment)
  establishment(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return establishmentById(ctx).load(beneficiary.establishmentId);
  }

  @FieldResolver(() => Workshop, { nullable: true })
  mainWorkshop(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return beneficiary.mainWorkshopId ? workshopById(ctx).load(beneficiary.mainWorkshopId) : null;
  }

  @FieldResolver(() => WorkGroup, { nullable: true })
  workGroup(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return beneficiary.workGroupId ? workGroupById(ctx).load(beneficiary.workGroupId) : null;
  }

  @TraceHealthRead('parcours', 'beneficiary')
  @Authorized(...CAN.readBeneficiaryDetails)
  @FieldResolver(() => [BeneficiaryAssignment], { description: 'The parcours: dated workshop and work-group assignments.' })
  parcours(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return assignmentsByBeneficiaryId(ctx).load(beneficiary.id);
  }

  @TraceHealthRead('identity', 'beneficiary')
  @Authorized(...CAN.readIdentity)
  @FieldResolver(() => BeneficiaryIdentity, { nullable: true, description: 'Civil identity, when the structure keeps one (admin and médico-social only).' })
  async identity(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    const [identity] = await identitiesByBeneficiaryId(ctx).load(beneficiary.id);
    return identity ?? null;
  }

  @TraceHealthRead('medico_social_note', 'beneficiary')
  @Authorized(...CAN.medicoSocialNotes)
  @FieldResolver(() => [MedicoSocialNote], { description: 'Médico-social notes (médico-social role only).' })
  notes(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return notesByBeneficiaryId(ctx).load(beneficiary.id);
  }

  @TraceHealthRead('work_record', 'rows')
  @Authorized(...CAN.readWorkRecords)
  @FieldResolver(() => [WorkRecord])
  workRecords(@Ctx() ctx: RequestContext, @Root() beneficiary: Beneficiary, @Arg('period', () => DateRangeInput, { nullable: true }) period?: DateRangeInput) {
    return workRecordsByBeneficiaryId(ctx, period ?? {}).load(beneficiary.id);
  }

  @FieldResolver(() => Contribution, { description: 'Validated hours, quantities and rejects over the period.' })
  contribution(@Ctx() ctx: RequestContext, @Root() beneficiary: Beneficiary, @Arg('period', () => DateRangeInput, { nullable: true }) period?: DateRangeInput) {
    return contributionByBeneficiaryId(ctx, period ?? {}).load(beneficiary.id);
  }

  @Authorized(...CAN.readProduction)
  @FieldResolver(() => [Allocation])
  allocations(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return allocationsByBeneficiaryId(ctx).load(beneficiary.id);
  }
}

@Resolver(() => BeneficiaryAssignment)
export class BeneficiaryAssignmentResolver {
  @FieldResolver(() => Workshop, { nullable: true })
  workshop(@Ctx() ctx: RequestContext, @Root() step: Row<BeneficiaryAssignment>) {
    return step.workshopId ? workshopById(ctx).load(step.workshopId) : null;
  }

  @FieldResolver(() => WorkGroup, { nullable: true })
  workGroup(@Ctx() ctx: RequestContext, @Root() step: Row<BeneficiaryAssignment>) {
    return step.workGroupId ? workGroupById(ctx).load(step.workGroupId) : null;
  }
}
