import type { RequestContext } from '../context';
import { badUserInput } from '../common/errors';
import { selectList } from '../read/read-model';
import { CapacityKind, EstablishmentKind } from '../../schema/enums';
import { EstablishmentCapacity, PathwayStep } from '../../schema/entities/funder.entity';
import type { Beneficiary } from '../../schema/entities/production.entity';
import { Beneficiary as BeneficiaryEntity } from '../../schema/entities/production.entity';
import { InvalidStateError, NotFoundError } from '../../schema/error-results';
import type {
  BeneficiaryBirthYearInput, BeneficiaryExitInput, BeneficiaryReturnInput, EstablishmentCapacityInput, PathwayStepInput,
} from '../../schema/inputs/funder.input';

/**
 * The data funder reports need that the registry did not hold (migration 1766100000000): capacity
 * granted to an establishment, exits with their destination, returns, the year of birth, and the
 * steps of the parcours beyond the workshop (training, RAE, prestation en entreprise).
 */
export class FunderDataService {
  /** A capacity from a date; the same kind and date again replaces the figure (a corrected decision). */
  static async setCapacity(ctx: RequestContext, input: EstablishmentCapacityInput): Promise<EstablishmentCapacity | NotFoundError> {
    const [establishment] = await ctx.db.query<{ kind: EstablishmentKind }>('select kind from establishment where organization_id = $1 and id = $2', [
      ctx.organizationId,
      input.establishmentId,
    ]);
    if (!establishment) return new NotFoundError('establishmentId', 'Establishment');
    const expected = establishment.kind === EstablishmentKind.ESAT ? CapacityKind.AUTHORIZED_PLACES : CapacityKind.AIDED_POSTS;
    if (input.kind !== expected) {
      throw badUserInput('kind', establishment.kind === EstablishmentKind.ESAT ? 'an ESAT has places authorised by the ARS (AUTHORIZED_PLACES)' : 'an EA has aided posts of its CPOM (AIDED_POSTS)');
    }
    const [row] = await ctx.db.query<EstablishmentCapacity>(
      `insert into establishment_capacity as t (organization_id, establishment_id, kind, valid_from, value, source) values ($1, $2, $3, $4, $5, $6)
       on conflict (organization_id, establishment_id, kind, valid_from) do update set value = excluded.value, source = excluded.source, updated_at = now()
       returning ${selectList(ctx, EstablishmentCapacity)}`,
      [ctx.organizationId, input.establishmentId, input.kind, input.validFrom, input.value, input.source.trim()],
    );
    return row;
  }

  static capacities(ctx: RequestContext, establishmentId: number): Promise<EstablishmentCapacity[]> {
    return ctx.db.query<EstablishmentCapacity>(
      `select ${selectList(ctx, EstablishmentCapacity)} from establishment_capacity t where t.organization_id = $1 and t.establishment_id = $2 order by t.kind, t.valid_from`,
      [ctx.organizationId, establishmentId],
    );
  }

  private static async lockBeneficiary(ctx: RequestContext, id: string) {
    const [row] = await ctx.db.query<Beneficiary & { stayStart: string }>(
      `select ${selectList(ctx, BeneficiaryEntity)},
              greatest(t.entry_date, (select max(m.movement_date) from beneficiary_movement m where m.beneficiary_id = t.id and m.kind = 'return'))::text as "stayStart"
         from beneficiary t where t.organization_id = $1 and t.id = $2 for update`,
      [ctx.organizationId, id],
    );
    return row;
  }

  private static async reread(ctx: RequestContext, id: string | number): Promise<Beneficiary> {
    const [row] = await ctx.db.query<Beneficiary>(`select ${selectList(ctx, BeneficiaryEntity)} from beneficiary t where t.organization_id = $1 and t.id = $2`, [ctx.organizationId, id]);
    return row;
  }

  /** An exit: the end of the current stay, with why and where to; the open step of the parcours ends that day. */
  static async recordExit(ctx: RequestContext, input: BeneficiaryExitInput): Promise<Beneficiary | NotFoundError | InvalidStateError> {
    const beneficiary = await FunderDataService.lockBeneficiary(ctx, input.beneficiaryId);
    if (!beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    if (beneficiary.exitDate) return new InvalidStateError('Beneficiary', 'exited', 'exited', `the beneficiary left on ${beneficiary.exitDate}: record a return first`);
    if (input.exitDate < beneficiary.stayStart) throw badUserInput('exitDate', `must not be before the start of the current stay (${beneficiary.stayStart})`);
    await ctx.db.query(
      `insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date, exit_reason, exit_destination) values ($1, $2, 'exit', $3, $4, $5)`,
      [ctx.organizationId, beneficiary.id, input.exitDate, input.reason, input.destination],
    );
    await ctx.db.query('update beneficiary set exit_date = $3, updated_at = now() where organization_id = $1 and id = $2', [ctx.organizationId, beneficiary.id, input.exitDate]);
    await ctx.db.query(
      `update beneficiary_assignment set end_date = $3, updated_at = now() where organization_id = $1 and beneficiary_id = $2 and end_date is null and start_date <= $3`,
      [ctx.organizationId, beneficiary.id, input.exitDate],
    );
    return FunderDataService.reread(ctx, beneficiary.id);
  }

  /** A return after an exit: a new stay from the return date, in the workshop and group the beneficiary left. */
  static async recordReturn(ctx: RequestContext, input: BeneficiaryReturnInput): Promise<Beneficiary | NotFoundError | InvalidStateError> {
    const beneficiary = await FunderDataService.lockBeneficiary(ctx, input.beneficiaryId);
    if (!beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    if (!beneficiary.exitDate) return new InvalidStateError('Beneficiary', 'present', 'returned', 'the beneficiary has not left: nothing to return from');
    if (input.returnDate <= beneficiary.exitDate) throw badUserInput('returnDate', `must be after the exit (${beneficiary.exitDate})`);
    await ctx.db.query(
      `insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date, right_to_return) values ($1, $2, 'return', $3, $4)`,
      [ctx.organizationId, beneficiary.id, input.returnDate, input.rightToReturn],
    );
    await ctx.db.query('update beneficiary set exit_date = null, updated_at = now() where organization_id = $1 and id = $2', [ctx.organizationId, beneficiary.id]);
    if (beneficiary.mainWorkshopId || beneficiary.workGroupId) {
      await ctx.db.query(
        `insert into beneficiary_assignment (organization_id, beneficiary_id, workshop_id, work_group_id, start_date) values ($1, $2, $3, $4, $5)`,
        [ctx.organizationId, beneficiary.id, beneficiary.mainWorkshopId, beneficiary.workGroupId, input.returnDate],
      );
    }
    return FunderDataService.reread(ctx, beneficiary.id);
  }


  static async setBirthYear(ctx: RequestContext, input: BeneficiaryBirthYearInput): Promise<Beneficiary | NotFoundError> {
    const beneficiary = await FunderDataService.reread(ctx, input.beneficiaryId);
    if (!beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    const year = Number(beneficiary.entryDate.slice(0, 4));
    if (input.birthYear > year - 14) throw badUserInput('birthYear', `a beneficiary who entered in ${year} was born in ${year - 14} or before`);
    await ctx.db.query(
      `insert into beneficiary_birth_year (organization_id, beneficiary_id, birth_year) values ($1, $2, $3)
       on conflict (beneficiary_id) do update set birth_year = excluded.birth_year, updated_at = now()`,
      [ctx.organizationId, beneficiary.id, input.birthYear],
    );
    return beneficiary;
  }

  static async recordPathwayStep(ctx: RequestContext, input: PathwayStepInput): Promise<PathwayStep | NotFoundError> {
    const [found] = await ctx.db.query<{ beneficiary: boolean; standard: boolean; customer: boolean }>(
      `select exists (select 1 from beneficiary where organization_id = $1 and id = $2) as beneficiary,
              $3::bigint is null or exists (select 1 from job_standard where organization_id = $1 and id = $3) as standard,
              $4::bigint is null or exists (select 1 from customer where organization_id = $1 and id = $4) as customer`,
      [ctx.organizationId, input.beneficiaryId, input.jobStandardId ?? null, input.customerId ?? null],
    );
    if (!found.beneficiary) return new NotFoundError('beneficiaryId', 'Beneficiary');
    if (!found.standard) return new NotFoundError('jobStandardId', 'JobStandard');
    if (!found.customer) return new NotFoundError('customerId', 'Customer');
    if (input.endDate && input.endDate < input.startDate) throw badUserInput('endDate', 'must not be before the start date');
    const [row] = await ctx.db.query<PathwayStep>(
      `insert into pathway_step as t (organization_id, beneficiary_id, kind, start_date, end_date, hours, title, job_standard_id, customer_id, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${selectList(ctx, PathwayStep)}`,
      [ctx.organizationId, input.beneficiaryId, input.kind, input.startDate, input.endDate ?? null, input.hours ?? null, input.title.trim(),
        input.jobStandardId ?? null, input.customerId ?? null, ctx.user!.userId],
    );
    return row;
  }
}
