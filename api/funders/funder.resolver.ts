import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { parseId } from '../common/errors';
import type { Row } from '../read/read-model';
import { TraceHealthRead } from '../../schema/health-data';
import { Beneficiary } from '../../schema/entities/production.entity';
import { BeneficiaryMovement, EstablishmentCapacity, PathwayStep } from '../../schema/entities/funder.entity';
import {
  BeneficiaryBirthYearInput, BeneficiaryExitInput, BeneficiaryReturnInput, EstablishmentCapacityInput, PathwayStepInput,
} from '../../schema/inputs/funder.input';
import { BeneficiaryMovementResult, EstablishmentCapacityResult, PathwayStepResult } from '../../schema/funder-results';
import { FunderDataService } from './funder-data.service';
import { birthYearByBeneficiaryId, movementsByBeneficiaryId, pathwayStepsByBeneficiaryId } from './funder.loaders';
import { funderReport } from './funder-report.service';
import { FunderReport } from './funder-report.types';

@Resolver()
export class FunderDataResolver {
  @Authorized(...CAN.writeCapacity)
  @Transactional()
  @Mutation(() => EstablishmentCapacityResult, { description: 'Records the places authorised (ESAT) or the CPOM aided posts (EA) from a date. Admins only.' })
  setEstablishmentCapacity(@Ctx() ctx: RequestContext, @Arg('input', () => EstablishmentCapacityInput) input: EstablishmentCapacityInput) {
    return FunderDataService.setCapacity(ctx, input);
  }

  @Authorized(...CAN.readOrganization)
  @Query(() => [EstablishmentCapacity], { description: 'The dated capacities of an establishment, by kind and date.' })
  establishmentCapacities(@Ctx() ctx: RequestContext, @Arg('establishmentId', () => ID) establishmentId: string) {
    return FunderDataService.capacities(ctx, parseId(establishmentId, 'establishmentId'));
  }

  @Authorized(...CAN.writeBeneficiaries)
  @Transactional()
  @Mutation(() => BeneficiaryMovementResult, { description: 'Records an exit with its reason and destination (ends the stay and the open step of the parcours).' })
  recordBeneficiaryExit(@Ctx() ctx: RequestContext, @Arg('input', () => BeneficiaryExitInput) input: BeneficiaryExitInput) {
    return FunderDataService.recordExit(ctx, input);
  }

  @Authorized(...CAN.writeBeneficiaries)
  @Transactional()
  @Mutation(() => BeneficiaryMovementResult, { description: 'Records a return after an exit, under the droit au retour or not (a new stay in the workshop left).' })
  recordBeneficiaryReturn(@Ctx() ctx: RequestContext, @Arg('input', () => BeneficiaryReturnInput) input: BeneficiaryReturnInput) {
    return FunderDataService.recordReturn(ctx, input);
  }

  @Authorized(...CAN.readIdentity)
  @Transactional()
  @Mutation(() => BeneficiaryMovementResult, { description: 'Keeps the year of birth on the identity side (admin and médico-social); reports see an age band only.' })
  setBeneficiaryBirthYear(@Ctx() ctx: RequestContext, @Arg('input', () => BeneficiaryBirthYearInput) input: BeneficiaryBirthYearInput) {
    return FunderDataService.setBirthYear(ctx, input);
  }

  @Authorized(...CAN.writeBeneficiaries)
  @Transactional()
  @Mutation(() => PathwayStepResult, { description: 'Records a step of the parcours: training, RAE enrolment or attestation, prestation en entreprise.' })
  recordPathwayStep(@Ctx() ctx: RequestContext, @Arg('input', () => PathwayStepInput) input: PathwayStepInput) {
    return FunderDataService.recordPathwayStep(ctx, input);
  }

  @Authorized(...CAN.readFunderReport)
  @Query(() => FunderReport, {
    description:
      'The yearly report of an establishment to its funder (ARS, DREETS), through the disclosure control. FUNDER accounts: their establishments\' ended years; staff: any year (provisional while it runs).',
  })
  funderReport(@Ctx() ctx: RequestContext, @Arg('establishmentId', () => ID) establishmentId: string, @Arg('year', () => Int) year: number): Promise<FunderReport> {
    return funderReport(ctx, establishmentId, year);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryFunderFieldsResolver {
  @TraceHealthRead('parcours', 'beneficiary')
  @Authorized(...CAN.readBeneficiaryDetails)
  @FieldResolver(() => [BeneficiaryMovement], { description: 'Exits (reason, destination) and returns, by date.' })
  movements(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return movementsByBeneficiaryId(ctx).load(beneficiary.id);
  }

  @TraceHealthRead('parcours', 'beneficiary')
  @Authorized(...CAN.readBeneficiaryDetails)
  @FieldResolver(() => [PathwayStep], { description: 'Training, RAE and prestation en entreprise steps, by start date.' })
  pathwaySteps(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return pathwayStepsByBeneficiaryId(ctx).load(beneficiary.id);
  }

  @TraceHealthRead('identity', 'beneficiary')
  @Authorized(...CAN.readIdentity)
  @FieldResolver(() => Int, { nullable: true, description: 'Year of birth (identity side: admin and médico-social only).' })
  async birthYear(@Ctx() ctx: RequestContext, @Root() beneficiary: Row<Beneficiary>) {
    return (await birthYearByBeneficiaryId(ctx).load(beneficiary.id)).birthYear;
  }
}
