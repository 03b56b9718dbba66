import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { documentPath } from '../http/document-download';
import type { Row } from '../read/read-model';
import { DeliveryNote, DeliveryNoteLine, Invoice, InvoiceLine, Order, OrderLine, Quote, QuoteLine } from '../../schema/entities/sales.entity';
import { DeliveryInput, DeliveryNoteListOptions, OrderInput, OrderListOptions } from '../../schema/inputs/sales.input';
import { DeliveryNoteList, OrderList } from '../../schema/lists';
import { DeliveryNoteResult, OrderResult } from '../../schema/results';
import { OrderStatus } from '../../schema/enums';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { parseId } from '../common/errors';
import { OrderService } from './order.service';
import { DocumentLists } from './document-lists';
import { DocumentFieldsResolver, LineFieldsResolver, PartyFieldsResolver } from './document-fields.resolver';
import {
  deliveredQuantityByOrderLineId, deliveryNoteById, deliveryNoteLinesByNoteId, deliveryNoteLinesByOrderLineId, deliveryNotesByOrderId,
  invoiceLinesByDeliveryNoteLineId, invoiceLinesByOrderLineId, reservedQuantityByDeliveryNoteLineId, reservedQuantityByOrderLineId,
  invoicesByOrderId, orderById, orderLineById, orderLinesByOrderId, quoteById, quoteLineById,
} from './sales.loaders';

@Resolver(() => Order)
export class OrderResolver extends DocumentFieldsResolver(Order, orderLinesByOrderId.relation) {
  @Authorized(...CAN.readSales)
  @Query(() => Order, { nullable: true })
  order(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return orderById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => OrderList)
  orders(@Ctx() ctx: RequestContext, @Arg('options', () => OrderListOptions, { nullable: true }) options: OrderListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return DocumentLists.orders(ctx, options, info);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => OrderResult, { description: 'Records a confirmed order placed without a quote.' })
  createOrder(@Ctx() ctx: RequestContext, @Arg('input', () => OrderInput) input: OrderInput) {
    return OrderService.create(ctx, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => OrderResult, { description: 'CONFIRMED → IN_PRODUCTION.' })
  startOrderProduction(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return OrderService.transition(ctx, id, OrderStatus.IN_PRODUCTION);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => OrderResult, { description: 'CONFIRMED or IN_PRODUCTION → CANCELLED, while nothing was delivered.' })
  cancelOrder(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return OrderService.transition(ctx, id, OrderStatus.CANCELLED);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => OrderResult, { description: 'INVOICED → CLOSED.' })
  closeOrder(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return OrderService.transition(ctx, id, OrderStatus.CLOSED);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => DeliveryNoteResult, { description: 'Delivers order lines (partially or fully) under a new delivery note (bon de livraison).' })
  deliverOrder(@Ctx() ctx: RequestContext, @Arg('input', () => DeliveryInput) input: DeliveryInput) {
    return OrderService.deliver(ctx, input);
  }


  @FieldResolver(() => Quote, { nullable: true })
  quote(@Ctx() ctx: RequestContext, @Root() order: Row<Order>) {
    return order.quoteId ? quoteById(ctx).load(order.quoteId) : null;
  }

  @FieldResolver(() => [DeliveryNote])
  deliveryNotes(@Ctx() ctx: RequestContext, @Root() order: Row<Order>) {
    return deliveryNotesByOrderId(ctx).load(order.id);
  }

  @FieldResolver(() => [Invoice], { description: 'Invoices (drafts included) that bill lines of this order.' })
  invoices(@Ctx() ctx: RequestContext, @Root() order: Row<Order>) {
    return invoicesByOrderId(ctx).load(order.id);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver extends LineFieldsResolver(OrderLine) {
  @FieldResolver(() => Order)
  order(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return orderById(ctx).load(line.orderId);
  }

  @FieldResolver(() => QuoteLine, { nullable: true })
  quoteLine(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return line.quoteLineId ? quoteLineById(ctx).load(line.quoteLineId) : null;
  }

  @FieldResolver(() => [DeliveryNoteLine])
  deliveryLines(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return deliveryNoteLinesByOrderLineId(ctx).load(line.id);
  }

  @FieldResolver(() => [InvoiceLine])
  invoiceLines(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return invoiceLinesByOrderLineId(ctx).load(line.id);
  }

  @FieldResolver(() => Number)
  async deliveredQuantity(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return (await deliveredQuantityByOrderLineId(ctx).load(line.id)).quantity;
  }

  @FieldResolver(() => Number, { description: 'Quantity on invoices (drafts included), net of credit notes.' })
  async invoicedQuantity(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return (await reservedQuantityByOrderLineId(ctx).load(line.id)).quantity;
  }
}

@Resolver(() => DeliveryNote)
export class DeliveryNoteResolver extends PartyFieldsResolver(DeliveryNote, deliveryNoteLinesByNoteId.relation) {

  @FieldResolver(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' })
  documentUrl(@Root() note: Row<DeliveryNote>) {
    return documentPath('delivery-notes', note.id);
  }
  @Authorized(...CAN.readSales)
  @Query(() => DeliveryNote, { nullable: true })
  deliveryNote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deliveryNoteById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => DeliveryNoteList)
  deliveryNotes(@Ctx() ctx: RequestContext, @Arg('options', () => DeliveryNoteListOptions, { nullable: true }) options: DeliveryNoteListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return DocumentLists.deliveryNotes(ctx, options, info);
  }

  @FieldResolver(() => Order)
  order(@Ctx() ctx: RequestContext, @Root() note: Row<DeliveryNote>) {
    return orderById(ctx).load(note.orderId);
  }



}

@Resolver(() => DeliveryNoteLine)
export class DeliveryNoteLineResolver {
  @FieldResolver(() => DeliveryNote)
  deliveryNote(@Ctx() ctx: RequestContext, @Root() line: Row<DeliveryNoteLine>) {
    return deliveryNoteById(ctx).load(line.deliveryNoteId);
  }

  @FieldResolver(() => OrderLine)
  orderLine(@Ctx() ctx: RequestContext, @Root() line: Row<DeliveryNoteLine>) {
    return orderLineById(ctx).load(line.orderLineId);
  }

  @FieldResolver(() => [InvoiceLine])
  invoiceLines(@Ctx() ctx: RequestContext, @Root() line: Row<DeliveryNoteLine>) {
    return invoiceLinesByDeliveryNoteLineId(ctx).load(line.id);
  }

  @FieldResolver(() => Number, { description: 'Quantity on invoices (drafts included), net of credit notes.' })
  async invoicedQuantity(@Ctx() ctx: RequestContext, @Root() line: Row<DeliveryNoteLine>) {
    return (await reservedQuantityByDeliveryNoteLineId(ctx).load(line.id)).quantity;
  }
}
