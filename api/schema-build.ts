import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { GraphQLInterfaceType, GraphQLUnionType, type GraphQLSchema } from 'graphql';
import { RoleAuthChecker } from './auth/auth-checker';
import { applyReadRules } from './auth/read-rules';
import { enforceListBounds } from './security/query-limits';
import { installNestedReads } from './read/nested-read';
import { withoutTrivialResolvers } from './read/trivial-resolvers';
import { validateArgument } from './common/argument-validation';
import { EstablishmentResolver, OrganizationResolver } from './organization/organization.resolver';
import { CatalogItemResolver, CustomerResolver } from './sales/customer.resolver';
import { QuoteLineResolver, QuoteResolver } from './sales/quote.resolver';
import { DeliveryNoteLineResolver, DeliveryNoteResolver, OrderLineResolver, OrderResolver } from './sales/order.resolver';
import { CreditNoteLineResolver, CreditNoteResolver, InvoiceLineResolver, InvoiceResolver, PaymentResolver } from './sales/invoice.resolver';
import { ErrorResult, isErrorResult } from '../schema/error-results';
import { UserResolver } from './users/user.resolver';
import { PartnerImpactResolver } from './impact/impact.resolver';
import { BeneficiaryFunderFieldsResolver, FunderDataResolver } from './funders/funder.resolver';
import { ActivitySkillsResolver, JobStandardResolver, SkillResolver } from './skills/skills.resolver';
import { CostSplitResolver } from './sales/cost-split.resolver';
import { OethAttestationResolver } from './attestation/attestation.resolver';
import { PartnerPortalResolver } from './partner/partner-portal.resolver';
import { IssuedDocumentsResolver } from './documents/issued-documents.resolver';
import { BeneficiaryAssignmentResolver, BeneficiaryResolver, WorkGroupResolver, WorkshopResolver } from './production/registry.resolver';
import {
  AllocationResolver, DeliveryNoteLineContributionResolver, InvoiceLineContributionResolver, MadContractResolver, OrderLineProductionResolver,
  OrderProductionResolver, ProductionSheetResolver, ProductionTaskResolver, WorkRecordResolver,
} from './production/production.resolver';
import { ObjectiveResolver, SteeringResolver } from './steering/steering.resolver';

export const RESOLVERS = [
  SteeringResolver,
  ObjectiveResolver,
  OrganizationResolver,
  EstablishmentResolver,
  CustomerResolver,
  CatalogItemResolver,
  QuoteResolver,
  QuoteLineResolver,
  OrderResolver,
  OrderLineResolver,
  DeliveryNoteResolver,
  DeliveryNoteLineResolver,
  InvoiceResolver,
  InvoiceLineResolver,
  CreditNoteResolver,
  CreditNoteLineResolver,
  PaymentResolver,
  WorkshopResolver,
  WorkGroupResolver,
  BeneficiaryResolver,
  BeneficiaryAssignmentResolver,
  ProductionSheetResolver,
  ProductionTaskResolver,
  AllocationResolver,
  WorkRecordResolver,
  MadContractResolver,
  OrderLineProductionResolver,
  OrderProductionResolver,
  DeliveryNoteLineContributionResolver,
  InvoiceLineContributionResolver,
  UserResolver,
  PartnerImpactResolver,
  FunderDataResolver,
  BeneficiaryFunderFieldsResolver,
  JobStandardResolver,
  SkillResolver,
  ActivitySkillsResolver,
  CostSplitResolver,
  OethAttestationResolver,
  PartnerPortalResolver,
  IssuedDocumentsResolver,
] as const;

/**
 * type-graphql wraps every resolveType in an async function; graphql-jit (our executor) needs a
 * synchronous answer. Our abstract types are simple: a result union is its one success type or an
 * error-result class, and ErrorResult's implementations are those classes.
 */
function synchronousTypeResolution(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLUnionType) {
      const success = type.getTypes().find((member) => !member.getInterfaces().some((i) => i.name === 'ErrorResult'));
      if (!success) throw new Error(`union ${type.name} has no success member`);
      type.resolveType = (value) => (isErrorResult(value) ? value.constructor.name : success.name);
    } else if (type instanceof GraphQLInterfaceType && type.name === 'ErrorResult') {
      type.resolveType = (value) => (value as object).constructor.name;
    }
  }
  return schema;
}

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function appSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker: RoleAuthChecker,
    validateFn: validateArgument,
    orphanedTypes: [ErrorResult],
    emitSchemaFile: false,
  }).then((built) => enforceListBounds(installNestedReads(applyReadRules(withoutTrivialResolvers(synchronousTypeResolution(built))))));
  return schema;
}
