import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { Row } from '../read/read-model';
import { Establishment, InvoiceMentions, Organization } from '../../schema/entities/organization.entity';
import { Address } from '../../schema/entities/customer.entity';
import { EstablishmentIdentityInput, InvoiceMentionsInput, LogoInput, OrganizationIdentityInput } from '../../schema/inputs/organization.input';
import { EstablishmentResult } from '../../schema/results';
import { Role } from '../../schema/enums';
import { CAN } from '../../kernel/roles';
import { parseId } from '../common/errors';
import { Transactional } from '../common/mutation';
import { requiredLegalParameter } from '../common/legal-parameters';
import { todayInFrance } from '../../kernel/dates';
import { address } from '../sales/customer.resolver';
import { establishmentById, establishmentsByOrganizationId, organizationById } from './organization.loaders';
import { OrganizationService } from './organization.service';

@ObjectType({ description: 'The caller, as the token presents them.' })
export class Viewer {
  @Field(() => ID) userId!: number;
  @Field(() => ID) organizationId!: number;
  @Field(() => [Role]) roles!: Role[];
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'Who the bearer token says you are.' })
  me(@Ctx() ctx: RequestContext): Viewer {
    return { userId: ctx.user!.userId, organizationId: ctx.user!.organizationId, roles: ctx.user!.roles };
  }

  @Authorized(...CAN.readOrganization)
  @Query(() => Organization, { description: 'Your organisation.' })
  organization(@Ctx() ctx: RequestContext) {
    return organizationById(ctx).load(ctx.organizationId);
  }

  @Authorized(...CAN.readOrganization)
  @Query(() => Establishment, { nullable: true })
  establishment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return establishmentById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.manageOrganization)
  @Transactional()
  @Mutation(() => Organization, { description: 'Who the organisation is on its documents: name, legal form, RNA or RCS, share capital, VAT number, head office.' })
  updateOrganizationIdentity(@Ctx() ctx: RequestContext, @Arg('input', () => OrganizationIdentityInput) input: OrganizationIdentityInput) {
    return OrganizationService.updateIdentity(ctx, input);
  }

  @Authorized(...CAN.manageOrganization)
  @Transactional()
  @Mutation(() => Organization, { description: 'The default mentions of the organisation\'s invoices.' })
  updateInvoiceMentions(@Ctx() ctx: RequestContext, @Arg('input', () => InvoiceMentionsInput) input: InvoiceMentionsInput) {
    return OrganizationService.updateInvoiceMentions(ctx, input);
  }

  @Authorized(...CAN.manageOrganization)
  @Transactional()
  @Mutation(() => Organization, { description: 'Sets the logo printed on documents; null removes it.' })
  setOrganizationLogo(@Ctx() ctx: RequestContext, @Arg('logo', () => LogoInput, { nullable: true }) logo: LogoInput | null) {
    return OrganizationService.setLogo(ctx, logo);
  }

  @Authorized(...CAN.manageOrganization)
  @Transactional()
  @Mutation(() => EstablishmentResult, { description: 'An establishment\'s address and bank account.' })
  updateEstablishmentIdentity(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => EstablishmentIdentityInput) input: EstablishmentIdentityInput) {
    return OrganizationService.updateEstablishmentIdentity(ctx, id, input);
  }

  @FieldResolver(() => [Establishment])
  establishments(@Ctx() ctx: RequestContext, @Root() organization: Row<Organization>) {
    return establishmentsByOrganizationId(ctx).load(organization.id);
  }

  @FieldResolver(() => Address, { nullable: true, description: 'Head office (siège social).' })
  headOffice(@Root() organization: Row<Organization>) {
    return address(organization.addressLine1, organization.addressLine2, organization.postalCode, organization.city, organization.countryCode);
  }

  @FieldResolver(() => InvoiceMentions)
  async invoiceMentions(@Ctx() ctx: RequestContext, @Root() organization: Row<Organization>): Promise<InvoiceMentions> {
    return {
      operationsNature: organization.operationsNature,
      latePenaltyTerms: organization.latePenaltyTerms,
      earlyPaymentDiscountTerms: organization.earlyPaymentDiscountTerms,
      vatExemptionMention: organization.vatExemptionMention,
      vatOnDebits: organization.vatOnDebits,
      socialValueLine: organization.socialValueLine,
      recoveryIndemnityCents: await requiredLegalParameter(ctx, 'recovery_indemnity_cents', todayInFrance()),
    };
  }

  @FieldResolver(() => Boolean, { description: 'Whether a logo is set (setOrganizationLogo).' })
  hasLogo(@Ctx() ctx: RequestContext) {
    return OrganizationService.hasLogo(ctx);
  }
}

@Resolver(() => Establishment)
export class EstablishmentResolver {
  @FieldResolver(() => Address, { nullable: true, description: 'Street address of the establishment, printed as the seller\'s address of its documents.' })
  address(@Root() establishment: Row<Establishment>) {
    return address(establishment.addressLine1, establishment.addressLine2, establishment.postalCode, establishment.city, 'FR');
  }
}
