import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Cents, LocalDate } from '../../schema/scalars';

/**
 * What a partner portal reads of its customer's sales documents: their numbers, dates, statuses,
 * what was sold and the amounts — a view of its own, so that nothing else of the documents (cost
 * split, work done, who did it, internal notes) is reachable from it, whatever the path.
 */

@ObjectType({ description: 'A line as the customer saw it on the document.' })
export class PartnerDocumentLine {
  @Field(() => Int) position!: number;
  @Field(() => String) description!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => Cents) unitPriceCents!: number;
  @Field(() => Float, { description: 'VAT rate in percent.' }) vatRatePercent!: number;
  @Field(() => Cents) totalHtCents!: number;
}

@ObjectType({ description: 'An order (commande) of the customer.' })
export class PartnerOrder {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => LocalDate) orderDate!: string;
  @Field(() => String, { description: 'CONFIRMED, IN_PRODUCTION, DELIVERED, INVOICED, CLOSED or CANCELLED.' }) status!: string;
  @Field(() => String, { nullable: true, description: "The customer's purchase order reference." }) customerReference!: string | null;
  @Field(() => Cents) totalHtCents!: number;
  @Field(() => Cents) totalVatCents!: number;
  @Field(() => Cents) totalTtcCents!: number;
  @Field(() => [PartnerDocumentLine]) lines!: PartnerDocumentLine[];
}

@ObjectType({ description: 'A delivered quantity of an order line.' })
export class PartnerDeliveryLine {
  @Field(() => String) description!: string;
  @Field(() => Float) quantity!: number;
}

@ObjectType({ description: 'A delivery note (bon de livraison) of the customer.' })
export class PartnerDeliveryNote {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => LocalDate) deliveryDate!: string;
  @Field(() => String) orderNumber!: string;
  @Field(() => [PartnerDeliveryLine]) lines!: PartnerDeliveryLine[];
}

@ObjectType({ description: 'An issued invoice (facture) of the customer.' })
export class PartnerInvoice {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => LocalDate) issueDate!: string;
  @Field(() => LocalDate, { nullable: true }) dueDate!: string | null;
  @Field(() => String, { description: 'ISSUED, PARTIALLY_PAID, PAID or CANCELLED.' }) status!: string;
  @Field(() => Cents) totalHtCents!: number;
  @Field(() => Cents) totalVatCents!: number;
  @Field(() => Cents) totalTtcCents!: number;
  @Field(() => Cents) amountPaidCents!: number;
  @Field(() => Cents) amountCreditedCents!: number;
  @Field(() => Cents) amountDueCents!: number;
  @Field(() => [PartnerDocumentLine]) lines!: PartnerDocumentLine[];
}

@ObjectType({ description: 'A credit note (avoir) of the customer.' })
export class PartnerCreditNote {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => LocalDate) issueDate!: string;
  @Field(() => String) invoiceNumber!: string;
  @Field(() => String) reason!: string;
  @Field(() => Cents) totalHtCents!: number;
  @Field(() => Cents) totalTtcCents!: number;
}

@ObjectType({ description: 'A payment received from the customer.' })
export class PartnerPayment {
  @Field(() => ID) id!: string;
  @Field(() => String) invoiceNumber!: string;
  @Field(() => LocalDate) paymentDate!: string;
  @Field(() => Cents) amountCents!: number;
  @Field(() => String, { description: 'TRANSFER, CHECK, CARD, CASH or DIRECT_DEBIT.' }) method!: string;
}

@ObjectType({ description: "A customer's sales documents of a calendar year, as its partner portal reads them (by the date of each document)." })
export class PartnerDocuments {
  @Field(() => ID) customerId!: string;
  @Field(() => String) customerName!: string;
  @Field(() => Int) year!: number;
  @Field(() => [PartnerOrder], { description: 'By order date.' }) orders!: PartnerOrder[];
  @Field(() => [PartnerDeliveryNote], { description: 'By delivery date.' }) deliveryNotes!: PartnerDeliveryNote[];
  @Field(() => [PartnerInvoice], { description: 'Issued invoices, by issue date (drafts are not shown).' }) invoices!: PartnerInvoice[];
  @Field(() => [PartnerCreditNote], { description: 'By issue date.' }) creditNotes!: PartnerCreditNote[];
  @Field(() => [PartnerPayment], { description: 'By payment date.' }) payments!: PartnerPayment[];
  @Field(() => Boolean, { description: 'False when one of the lists held more than 2 000 documents and was cut at 2 000.' }) complete!: boolean;
}
