import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { partnerDocuments } from './partner-portal.service';
import { PartnerDocuments } from './partner-portal.types';

@Resolver()
export class PartnerPortalResolver {
  @Authorized(...CAN.readPartnerDocuments)
  @Query(() => PartnerDocuments, {
    description:
      "A customer's orders, delivery notes, issued invoices, credit notes and payments of a year, for partner portals: a PARTNER account reads its own customer's (customerId optional); staff who read sales name the customer.",
  })
  partnerDocuments(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('customerId', () => ID, { nullable: true }) customerId?: string | null,
  ): Promise<PartnerDocuments> {
    return partnerDocuments(ctx, year, customerId);
  }
}
