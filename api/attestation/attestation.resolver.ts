import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { resultUnion } from '../../schema/error-results';
import { ChronologyError, DuplicateError, NotFoundError } from '../../schema/error-results';
import { OethAttestationService } from './oeth-attestation.service';
import { IssueOethAttestationInput, NothingToAttestError, OethAttestation, OethAttestationDraft, OethAttestationList, OethAttestationListOptions, ReissueOethAttestationInput } from './attestation.types';

export const OethAttestationResult = resultUnion('OethAttestationResult', OethAttestation, [NotFoundError, NothingToAttestError, DuplicateError, ChronologyError]);

@Resolver()
export class OethAttestationResolver {
  @Authorized(...CAN.issueAttestations)
  @Query(() => OethAttestationDraft, {
    description: 'The OETH attestation of a year as it would be issued now (status DRAFT, nothing recorded): the amounts paid in the year, by payment date.',
  })
  oethAttestation(
    @Ctx() ctx: RequestContext,
    @Arg('establishmentId', () => ID) establishmentId: string,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('year', () => Int) year: number,
  ): Promise<OethAttestationDraft> {
    return OethAttestationService.draft(ctx, establishmentId, customerId, year);
  }

  @Authorized(...CAN.readAttestations)
  @Query(() => OethAttestation, { nullable: true, description: 'An issued (or superseded) attestation; a partner reads its own customer\'s only (null otherwise).' })
  issuedOethAttestation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<OethAttestation | null> {
    return OethAttestationService.byId(ctx, id);
  }

  @Authorized(...CAN.readAttestations)
  @Query(() => OethAttestationList, { description: 'Issued attestations, latest year first; a partner lists its own customer\'s.' })
  oethAttestations(
    @Ctx() ctx: RequestContext,
    @Arg('options', () => OethAttestationListOptions, { nullable: true }) options?: OethAttestationListOptions,
  ) {
    return OethAttestationService.list(ctx, options);
  }

  @Authorized(...CAN.issueAttestations)
  @Transactional()
  @Mutation(() => OethAttestationResult, {
    description:
      'Issues the attestation of the year: its number (OETH-<establishment>-<year>-00001, gapless per establishment and year), amounts, invoices and PDF (rendered right after the commit). ' +
      'NOTHING_TO_ATTEST when nothing was paid in the year; DUPLICATE when one is already issued (re-issue it).',
  })
  issueOethAttestation(@Ctx() ctx: RequestContext, @Arg('input', () => IssueOethAttestationInput) input: IssueOethAttestationInput) {
    return OethAttestationService.issue(ctx, input);
  }

  @Authorized(...CAN.issueAttestations)
  @Transactional()
  @Mutation(() => OethAttestationResult, {
    description: 'A corrected re-issue: a new attestation of the same establishment, customer and year, computed now, that references and supersedes the current one (which stays readable).',
  })
  reissueOethAttestation(@Ctx() ctx: RequestContext, @Arg('input', () => ReissueOethAttestationInput) input: ReissueOethAttestationInput) {
    return OethAttestationService.reissue(ctx, input);
  }
}
