import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import type { Row } from '../read/read-model';
import { Address, Customer } from '../../schema/entities/customer.entity';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import { Establishment } from '../../schema/entities/organization.entity';
import { Invoice, Order, Quote } from '../../schema/entities/sales.entity';
import { CatalogItemInput, CatalogItemListOptions, CustomerInput, CustomerListOptions } from '../../schema/inputs/sales.input';
import { CatalogItemList, CustomerList } from '../../schema/lists';
import { CatalogItemResult, CustomerResult } from '../../schema/results';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { parseId } from '../common/errors';
import { CatalogService, CustomerService } from './customer.service';
import { catalogItemById, customerById, invoicesByCustomerId, ordersByCustomerId, quotesByCustomerId } from './sales.loaders';
import { establishmentById } from '../organization/organization.loaders';

export function address(line1: string | null, line2: string | null, postalCode: string | null, city: string | null, countryCode: string | null): Address | null {
  if (!line1 || !postalCode || !city) return null;
  return { line1, line2, postalCode, city, countryCode: countryCode ?? 'FR' };
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...CAN.readSales)
  @Query(() => Customer, { nullable: true })
  customer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return customerById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => CustomerList)
  customers(@Ctx() ctx: RequestContext, @Arg('options', () => CustomerListOptions, { nullable: true }) options: CustomerListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return CustomerService.list(ctx, options, info);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => CustomerResult)
  createCustomer(@Ctx() ctx: RequestContext, @Arg('input', () => CustomerInput) input: CustomerInput) {
    return CustomerService.create(ctx, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => CustomerResult)
  updateCustomer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => CustomerInput) input: CustomerInput) {
    return CustomerService.update(ctx, id, input);
  }

  @FieldResolver(() => Address)
  billingAddress(@Root() customer: Row<Customer>) {
    return address(customer.billingLine1, customer.billingLine2, customer.billingPostalCode, customer.billingCity, customer.billingCountryCode);
  }

  @FieldResolver(() => Address, { nullable: true })
  deliveryAddress(@Root() customer: Row<Customer>) {
    return address(customer.deliveryLine1, customer.deliveryLine2, customer.deliveryPostalCode, customer.deliveryCity, customer.deliveryCountryCode);
  }

  @FieldResolver(() => [Quote])
  quotes(@Ctx() ctx: RequestContext, @Root() customer: Row<Customer>) {
    return quotesByCustomerId(ctx).load(customer.id);
  }

  @FieldResolver(() => [Order])
  orders(@Ctx() ctx: RequestContext, @Root() customer: Row<Customer>) {
    return ordersByCustomerId(ctx).load(customer.id);
  }

  @FieldResolver(() => [Invoice])
  invoices(@Ctx() ctx: RequestContext, @Root() customer: Row<Customer>) {
    return invoicesByCustomerId(ctx).load(customer.id);
  }
}

@Resolver(() => CatalogItem)
export class CatalogItemResolver {
  @Authorized(...CAN.readCatalog)
  @Query(() => CatalogItem, { nullable: true })
  catalogItem(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return catalogItemById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readCatalog)
  @Query(() => CatalogItemList)
  catalogItems(@Ctx() ctx: RequestContext, @Arg('options', () => CatalogItemListOptions, { nullable: true }) options: CatalogItemListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return CatalogService.list(ctx, options, info);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => CatalogItemResult)
  createCatalogItem(@Ctx() ctx: RequestContext, @Arg('input', () => CatalogItemInput) input: CatalogItemInput) {
    return CatalogService.create(ctx, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => CatalogItemResult)
  updateCatalogItem(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => CatalogItemInput) input: CatalogItemInput) {
    return CatalogService.update(ctx, id, input);
  }

  @FieldResolver(() => Establishment, { nullable: true })
  establishment(@Ctx() ctx: RequestContext, @Root() item: Row<CatalogItem>) {
    return item.establishmentId ? establishmentById(ctx).load(item.establishmentId) : null;
  }
}
