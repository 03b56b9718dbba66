import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { GraphQLInterfaceType, GraphQLUnionType, type GraphQLSchema } from 'graphql';
import { RoleAuthChecker } from './auth/auth-checker';
import { installNestedReads } from './common/nested-read';
import { OrganizationResolver } from './organization/organization.resolver';
import { CatalogItemResolver, CustomerResolver } from './sales/customer.resolver';
import { QuoteLineResolver, QuoteResolver } from './sales/quote.resolver';
import { DeliveryNoteLineResolver, DeliveryNoteResolver, OrderLineResolver, OrderResolver } from './sales/order.resolver';
import { CreditNoteLineResolver, CreditNoteResolver, InvoiceLineResolver, InvoiceResolver, PaymentResolver } from './sales/invoice.resolver';
import { ErrorResult, isErrorResult } from '../schema/error-results';
import { UserResolver } from './users/user.resolver';
import { BeneficiaryAssignmentResolver, BeneficiaryResolver, WorkGroupResolver, WorkshopResolver } from './production/registry.resolver';
import {
  AllocationResolver, DeliveryNoteLineContributionResolver, InvoiceLineContributionResolver, MadContractResolver, OrderLineProductionResolver,
  OrderProductionResolver, ProductionSheetResolver, ProductionTaskResolver, WorkRecordResolver,
} from './production/production.resolver';

export const RESOLVERS = [
  OrganizationResolver,
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
    validate: { forbidUnknownValues: false },
    orphanedTypes: [ErrorResult],
    emitSchemaFile: false,
  }).then((built) => installNestedReads(synchronousTypeResolution(built)));
  return schema;
}
