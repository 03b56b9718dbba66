import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { TenantEntity } from './base.entity';
import { DocumentLine, SalesDocument } from './document.entity';
import { InvoiceStatus, OrderStatus, PaymentMethod, QuoteStatus } from '../enums';
import { Cents, LocalDate } from '../scalars';

@ObjectType({ description: 'Devis: a priced offer to a customer.' })
@Entity('quote')
export class Quote extends SalesDocument {
  @Field(() => QuoteStatus)
  @Column({ type: 'text' })
  status!: QuoteStatus;

  @Field(() => LocalDate)
  @Column({ name: 'quote_date', type: 'date' })
  quoteDate!: string;

  @Field(() => LocalDate)
  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;
}

@ObjectType({ description: 'A line of a quote.' })
@Entity('quote_line')
export class QuoteLine extends DocumentLine {
  @Field(() => ID)
  @Column({ name: 'quote_id', type: 'bigint' })
  quoteId!: number;
}

@ObjectType({ description: 'Commande: a confirmed order, possibly converted from an accepted quote.' })
@Entity('sales_order')
export class Order extends SalesDocument {
  @Field(() => OrderStatus)
  @Column({ type: 'text' })
  status!: OrderStatus;

  @Field(() => LocalDate)
  @Column({ name: 'order_date', type: 'date' })
  orderDate!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'quote_id', type: 'bigint', nullable: true })
  quoteId!: number | null;

  @Field(() => String, { nullable: true, description: 'The customer\'s purchase order reference.' })
  @Column({ name: 'customer_reference', type: 'text', nullable: true })
  customerReference!: string | null;
}

@ObjectType({ description: 'A line of an order; what is attached to it (deliveries, invoices, later work) follows the line links.' })
@Entity('order_line')
export class OrderLine extends DocumentLine {
  @Field(() => ID)
  @Column({ name: 'order_id', type: 'bigint' })
  orderId!: number;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'quote_line_id', type: 'bigint', nullable: true })
  quoteLineId!: number | null;
}

@ObjectType({ description: 'Bon de livraison: what was delivered (or performed) against an order.' })
@Entity('delivery_note')
export class DeliveryNote extends TenantEntity {
  @Field(() => ID)
  @Column({ name: 'establishment_id', type: 'bigint' })
  establishmentId!: number;

  @Field(() => ID)
  @Column({ name: 'customer_id', type: 'bigint' })
  customerId!: number;

  @Field(() => ID)
  @Column({ name: 'order_id', type: 'bigint' })
  orderId!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  number!: string;

  @Field(() => LocalDate)
  @Column({ name: 'delivery_date', type: 'date' })
  deliveryDate!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

@ObjectType({ description: 'A delivered quantity of one order line.' })
@Entity('delivery_note_line')
export class DeliveryNoteLine extends TenantEntity {
  @Field(() => ID)
  @Column({ name: 'delivery_note_id', type: 'bigint' })
  deliveryNoteId!: number;

  @Field(() => ID)
  @Column({ name: 'order_line_id', type: 'bigint' })
  orderLineId!: number;

  @Field(() => Number)
  @Column({ type: 'numeric', precision: 14, scale: 3 })
  quantity!: number;
}

@ObjectType({ description: 'Facture. Numbered when issued (one gapless sequence per establishment and year), immutable afterwards.' })
@Entity('invoice')
export class Invoice extends SalesDocument {
  @Field(() => InvoiceStatus)
  @Column({ type: 'text' })
  status!: InvoiceStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Set when the invoice is issued.' })
  @Column({ name: 'issue_date', type: 'date', nullable: true })
  issueDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'fiscal_year', type: 'integer', nullable: true })
  fiscalYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Position in the establishment\'s sequence for the year.' })
  @Column({ name: 'sequence_number', type: 'integer', nullable: true })
  sequenceNumber!: number | null;
}

@ObjectType({ description: 'An invoiced quantity of one delivery-note line.' })
@Entity('invoice_line')
export class InvoiceLine extends DocumentLine {
  @Field(() => ID)
  @Column({ name: 'invoice_id', type: 'bigint' })
  invoiceId!: number;

  @Field(() => ID)
  @Column({ name: 'delivery_note_line_id', type: 'bigint' })
  deliveryNoteLineId!: number;

  @Field(() => ID)
  @Column({ name: 'order_line_id', type: 'bigint' })
  orderLineId!: number;
}

@ObjectType({ description: 'Avoir: corrects or cancels an issued invoice. Numbered on creation in its own gapless sequence.' })
@Entity('credit_note')
export class CreditNote extends SalesDocument {
  @Field(() => ID)
  @Column({ name: 'invoice_id', type: 'bigint' })
  invoiceId!: number;

  @Field(() => LocalDate)
  @Column({ name: 'issue_date', type: 'date' })
  issueDate!: string;

  @Field(() => Int)
  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Field(() => Int)
  @Column({ name: 'sequence_number', type: 'integer' })
  sequenceNumber!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  reason!: string;
}

@ObjectType({ description: 'A credited quantity of one invoice line.' })
@Entity('credit_note_line')
export class CreditNoteLine extends DocumentLine {
  @Field(() => ID)
  @Column({ name: 'credit_note_id', type: 'bigint' })
  creditNoteId!: number;

  @Field(() => ID)
  @Column({ name: 'invoice_line_id', type: 'bigint' })
  invoiceLineId!: number;
}

@ObjectType({ description: 'Règlement: a payment received against an invoice.' })
@Entity('payment')
export class Payment extends TenantEntity {
  @Field(() => ID)
  @Column({ name: 'invoice_id', type: 'bigint' })
  invoiceId!: number;

  @Field(() => LocalDate)
  @Column({ name: 'payment_date', type: 'date' })
  paymentDate!: string;

  @Field(() => Cents)
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents!: number;

  @Field(() => PaymentMethod)
  @Column({ type: 'text' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reference!: string | null;
}

export const SALES_ENTITIES = [Quote, QuoteLine, Order, OrderLine, DeliveryNote, DeliveryNoteLine, Invoice, InvoiceLine, CreditNote, CreditNoteLine, Payment];
