import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { documentPath } from '../http/document-download';
import type { Row } from '../read/read-model';
import { Cents, LocalDate } from '../../schema/scalars';
import { CreditNote, CreditNoteLine, DeliveryNoteLine, Invoice, InvoiceLine, OrderLine, Payment } from '../../schema/entities/sales.entity';
import { CreditNoteInput, CreditNoteListOptions, InvoiceInput, InvoiceListOptions, InvoiceUpdateInput, PaymentInput, PaymentListOptions } from '../../schema/inputs/sales.input';
import { CreditNoteList, InvoiceList, PaymentList } from '../../schema/lists';
import { CreditNoteResult, InvoiceResult, PaymentResult } from '../../schema/results';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { parseId } from '../common/errors';
import { InvoiceService } from './invoice.service';
import { amountDueCents } from '../../kernel/lifecycles';
import { DocumentLists } from './document-lists';
import { DocumentFieldsResolver, LineFieldsResolver } from './document-fields.resolver';
import {
  creditedQuantityByInvoiceLineId, creditNoteById, creditNoteLinesByCreditNoteId, creditNoteLinesByInvoiceLineId, creditNotesByInvoiceId,
  deliveryNoteLineById, invoiceById, invoiceLineById, invoiceLinesByInvoiceId, orderLineById, paymentById, paymentsByInvoiceId, settlementByInvoiceId,
} from './sales.loaders';

@Resolver(() => Invoice)
export class InvoiceResolver extends DocumentFieldsResolver(Invoice, invoiceLinesByInvoiceId.relation) {

  @FieldResolver(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' })
  documentUrl(@Root() invoice: Row<Invoice>) {
    return documentPath('invoices', invoice.id);
  }
  @Authorized(...CAN.readSales)
  @Query(() => Invoice, { nullable: true })
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return invoiceById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => InvoiceList)
  invoices(@Ctx() ctx: RequestContext, @Arg('options', () => InvoiceListOptions, { nullable: true }) options: InvoiceListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return DocumentLists.invoices(ctx, options, info);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => InvoiceResult, { description: 'Creates a draft invoice from delivered quantities. Drafts have no number.' })
  createInvoice(@Ctx() ctx: RequestContext, @Arg('input', () => InvoiceInput) input: InvoiceInput) {
    return InvoiceService.createDraft(ctx, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => InvoiceResult, { description: 'Edits a draft invoice; an issued invoice answers IMMUTABLE_DOCUMENT.' })
  updateInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => InvoiceUpdateInput) input: InvoiceUpdateInput) {
    return InvoiceService.updateDraft(ctx, id, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => InvoiceResult, { description: 'Deletes a draft invoice (returned as it was); issued invoices are never deleted.' })
  deleteInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return InvoiceService.deleteDraft(ctx, id);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => InvoiceResult, { description: 'DRAFT → ISSUED: assigns the next number of the establishment\'s sequence for the year.' })
  issueInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('issueDate', () => LocalDate, { nullable: true, description: 'Defaults to today (Europe/Paris); never after today, nor before the last invoice the establishment numbered.' }) issueDate?: string,
  ) {
    return InvoiceService.issue(ctx, id, issueDate);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => PaymentResult, { description: 'Records a payment; the invoice becomes PARTIALLY_PAID or PAID. Overpayment is refused.' })
  recordPayment(@Ctx() ctx: RequestContext, @Arg('input', () => PaymentInput) input: PaymentInput) {
    return InvoiceService.recordPayment(ctx, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => CreditNoteResult, { description: 'Issues a credit note (avoir) for some lines, or for everything (cancelling the invoice).' })
  createCreditNote(@Ctx() ctx: RequestContext, @Arg('input', () => CreditNoteInput) input: CreditNoteInput) {
    return InvoiceService.createCreditNote(ctx, input);
  }


  @FieldResolver(() => [Payment])
  payments(@Ctx() ctx: RequestContext, @Root() invoice: Row<Invoice>) {
    return paymentsByInvoiceId(ctx).load(invoice.id);
  }

  @FieldResolver(() => [CreditNote])
  creditNotes(@Ctx() ctx: RequestContext, @Root() invoice: Row<Invoice>) {
    return creditNotesByInvoiceId(ctx).load(invoice.id);
  }

  @FieldResolver(() => Cents)
  async amountPaidCents(@Ctx() ctx: RequestContext, @Root() invoice: Row<Invoice>) {
    return (await settlementByInvoiceId(ctx).load(invoice.id)).paidCents;
  }

  @FieldResolver(() => Cents)
  async amountCreditedCents(@Ctx() ctx: RequestContext, @Root() invoice: Row<Invoice>) {
    return (await settlementByInvoiceId(ctx).load(invoice.id)).creditedCents;
  }

  @FieldResolver(() => Cents, { description: 'TTC − credited − paid.' })
  async amountDueCents(@Ctx() ctx: RequestContext, @Root() invoice: Row<Invoice>) {
    return amountDueCents(invoice, await settlementByInvoiceId(ctx).load(invoice.id));
  }
}

@Resolver(() => InvoiceLine)
export class InvoiceLineResolver extends LineFieldsResolver(InvoiceLine) {
  @FieldResolver(() => Invoice)
  invoice(@Ctx() ctx: RequestContext, @Root() line: Row<InvoiceLine>) {
    return invoiceById(ctx).load(line.invoiceId);
  }

  @FieldResolver(() => DeliveryNoteLine)
  deliveryNoteLine(@Ctx() ctx: RequestContext, @Root() line: Row<InvoiceLine>) {
    return deliveryNoteLineById(ctx).load(line.deliveryNoteLineId);
  }

  @FieldResolver(() => OrderLine)
  orderLine(@Ctx() ctx: RequestContext, @Root() line: Row<InvoiceLine>) {
    return orderLineById(ctx).load(line.orderLineId);
  }

  @FieldResolver(() => [CreditNoteLine])
  creditNoteLines(@Ctx() ctx: RequestContext, @Root() line: Row<InvoiceLine>) {
    return creditNoteLinesByInvoiceLineId(ctx).load(line.id);
  }

  @FieldResolver(() => Number)
  async creditedQuantity(@Ctx() ctx: RequestContext, @Root() line: Row<InvoiceLine>) {
    return (await creditedQuantityByInvoiceLineId(ctx).load(line.id)).quantity;
  }
}

@Resolver(() => CreditNote)
export class CreditNoteResolver extends DocumentFieldsResolver(CreditNote, creditNoteLinesByCreditNoteId.relation) {

  @FieldResolver(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' })
  documentUrl(@Root() note: Row<CreditNote>) {
    return documentPath('credit-notes', note.id);
  }
  @Authorized(...CAN.readSales)
  @Query(() => CreditNote, { nullable: true })
  creditNote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return creditNoteById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => CreditNoteList)
  creditNotes(@Ctx() ctx: RequestContext, @Arg('options', () => CreditNoteListOptions, { nullable: true }) options: CreditNoteListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return DocumentLists.creditNotes(ctx, options, info);
  }

  @FieldResolver(() => Invoice)
  invoice(@Ctx() ctx: RequestContext, @Root() note: Row<CreditNote>) {
    return invoiceById(ctx).load(note.invoiceId);
  }

}

@Resolver(() => CreditNoteLine)
export class CreditNoteLineResolver extends LineFieldsResolver(CreditNoteLine) {
  @FieldResolver(() => InvoiceLine)
  invoiceLine(@Ctx() ctx: RequestContext, @Root() line: Row<CreditNoteLine>) {
    return invoiceLineById(ctx).load(line.invoiceLineId);
  }
}

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized(...CAN.readSales)
  @Query(() => Payment, { nullable: true })
  payment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return paymentById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => PaymentList)
  payments(@Ctx() ctx: RequestContext, @Arg('options', () => PaymentListOptions, { nullable: true }) options: PaymentListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return DocumentLists.payments(ctx, options, info);
  }

  @FieldResolver(() => Invoice)
  invoice(@Ctx() ctx: RequestContext, @Root() payment: Row<Payment>) {
    return invoiceById(ctx).load(payment.invoiceId);
  }
}
