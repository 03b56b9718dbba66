import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { GraphQLInterfaceType, GraphQLUnionType, isObjectType, type GraphQLSchema } from 'graphql';
import { RoleAuthChecker } from './auth/auth-checker';
import { applyReadRules } from './auth/read-rules';
import { enforceListBounds } from './security/query-limits';
import { fieldFacts, installNestedReads } from './common/nested-read';
import { validateArgument } from './common/argument-validation';
import { ENTITIES } from './database/data-source';
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

/**
 * type-graphql gives every field a resolver, even a plain property without roles or middlewares, where
 * it only reads `root[name]`. graphql-jit inlines the property read of a field without resolver but
 * calls (and awaits, if needed) a resolver for each one: on a 50-order page that is ~3 000 calls. Such
 * trivial resolvers are removed from the entity types, whose values are rows of plain data (an inlined
 * read does not await: other types, such as lists with their lazy `totalItems`, keep theirs). Fields
 * with their own resolver, roles, middlewares or another property name keep theirs as well.
 * (type-graphql's `simpleResolvers` would also drop `@Authorized` checks.)
 */
function withoutTrivialResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    if (!ENTITIES.includes(objectType.target as (typeof ENTITIES)[number])) continue;
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const decided = new Set<string>(fieldFacts(objectType.target as (typeof ENTITIES)[number]).resolved);
    // The class's own declaration of a field wins over its ancestors' (as type-graphql merges them).
    for (let target = objectType.target; target?.prototype; target = Object.getPrototypeOf(target)) {
      for (const field of storage.fields) {
        if (field.target !== target || decided.has(field.schemaName)) continue;
        decided.add(field.schemaName);
        const graphqlField = fields[field.schemaName];
        if (!graphqlField?.resolve || field.roles || field.middlewares?.length || field.name !== field.schemaName || field.params?.length) continue;
        graphqlField.resolve = undefined;
      }
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
