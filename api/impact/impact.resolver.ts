import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { partnerImpact } from './impact.service';
import { PartnerImpact } from './impact.types';

@Resolver()
export class PartnerImpactResolver {
  @Authorized(...CAN.readPartnerImpact)
  @Query(() => PartnerImpact, {
    description:
      "A customer's impact figures for a year: a PARTNER account reads its own customer's (customerId optional); staff who read sales name the customer.",
  })
  partnerImpact(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('customerId', () => ID, { nullable: true }) customerId?: string | null,
  ): Promise<PartnerImpact> {
    return partnerImpact(ctx, year, customerId);
  }
}
