import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { RoleAuthChecker } from './auth/auth-checker';
import { OrganizationResolver } from './organization/organization.resolver';
import { CatalogItemResolver, CustomerResolver } from './sales/customer.resolver';
import { QuoteLineResolver, QuoteResolver } from './sales/quote.resolver';
import { DeliveryNoteLineResolver, DeliveryNoteResolver, OrderLineResolver, OrderResolver } from './sales/order.resolver';
import { CreditNoteLineResolver, CreditNoteResolver, InvoiceLineResolver, InvoiceResolver, PaymentResolver } from './sales/invoice.resolver';
import { ErrorResult } from '../schema/error-results';

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
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function appSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker: RoleAuthChecker,
    validate: { forbidUnknownValues: false },
    orphanedTypes: [ErrorResult],
    emitSchemaFile: false,
  });
  return schema;
}
