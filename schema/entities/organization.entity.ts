import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity, TenantEntity } from './base.entity';
import { EstablishmentKind, OperationsNature, Role } from '../enums';
import { Cents } from '../scalars';

@ObjectType({ description: 'The organisme gestionnaire: the tenant, and the legal person that sells. It runs one or more establishments.' })
@Entity('organization')
export class Organization extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Legal form printed on documents (association loi 1901, SAS, SA…).' })
  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm!: string | null;

  @Field(() => String, { nullable: true, description: 'RNA number of an association (W and nine characters).' })
  @Column({ name: 'rna_number', type: 'text', nullable: true })
  rnaNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'City of the RCS registry a company is registered at (printed "RCS <city> <SIREN>").' })
  @Column({ name: 'rcs_city', type: 'text', nullable: true })
  rcsCity!: string | null;

  @Field(() => Cents, { nullable: true, description: 'Share capital of a company, in cents (none for an association).' })
  @Column({ name: 'share_capital_cents', type: 'bigint', nullable: true })
  shareCapitalCents!: number | null;

  @Field(() => String, { nullable: true, description: 'Intracommunity VAT number (FR + key + SIREN).' })
  @Column({ name: 'vat_number', type: 'text', nullable: true })
  vatNumber!: string | null;

  @Column({ name: 'address_line1', type: 'text', nullable: true }) addressLine1!: string | null;
  @Column({ name: 'address_line2', type: 'text', nullable: true }) addressLine2!: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode!: string | null;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ name: 'country_code', type: 'text', default: 'FR' }) countryCode!: string;

  @Column({ name: 'operations_nature', type: 'text', default: OperationsNature.SERVICES }) operationsNature!: OperationsNature;
  @Column({ name: 'late_penalty_terms', type: 'text', nullable: true }) latePenaltyTerms!: string | null;
  @Column({ name: 'early_payment_discount_terms', type: 'text', nullable: true }) earlyPaymentDiscountTerms!: string | null;
  @Column({ name: 'vat_exemption_mention', type: 'text', nullable: true }) vatExemptionMention!: string | null;
  @Column({ name: 'vat_on_debits', type: 'boolean', default: false }) vatOnDebits!: boolean;
  @Column({ name: 'social_value_line', type: 'boolean', default: false }) socialValueLine!: boolean;
}

@ObjectType({ description: 'The mentions the organisation\'s invoices carry by default (Code de commerce L441-9, e-invoicing reform); its own wordings.' })
export class InvoiceMentions {
  @Field(() => OperationsNature) operationsNature!: OperationsNature;
  @Field(() => String, { nullable: true, description: 'The late-payment penalty rate, as printed.' }) latePenaltyTerms!: string | null;
  @Field(() => String, { nullable: true, description: 'Early-payment discount terms, or that there is none.' }) earlyPaymentDiscountTerms!: string | null;
  @Field(() => String, { nullable: true, description: 'Printed for lines at 0 % VAT: the exemption and its article.' }) vatExemptionMention!: string | null;
  @Field(() => Boolean, { description: 'The option for VAT on debits (TVA sur les débits), printed when chosen.' }) vatOnDebits!: boolean;
  @Field(() => Boolean, { description: 'Delivery notes and invoices carry one line of social value (workers, hours: aggregates only).' }) socialValueLine!: boolean;
  @Field(() => Cents, { description: 'The fixed recovery indemnity a professional buyer owes when paying late (D441-5), from the dated legal parameters.' })
  recoveryIndemnityCents!: number;
}

@ObjectType({ description: 'An ESAT or EA establishment of the organisation; invoices are numbered per establishment.' })
@Entity('establishment')
export class Establishment extends TenantEntity {
  @Field(() => EstablishmentKind)
  @Column({ type: 'text' })
  kind!: EstablishmentKind;

  @Field(() => String, { description: 'Short code used in document numbers (e.g. ESAT-LYON).' })
  @Column({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  siret!: string;

  @Field(() => String, { nullable: true, description: 'FINESS number (ESAT only).' })
  @Column({ type: 'text', nullable: true })
  finess!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ name: 'address_line1', type: 'text', nullable: true }) addressLine1!: string | null;
  @Column({ name: 'address_line2', type: 'text', nullable: true }) addressLine2!: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Account the establishment\'s invoices are paid into.' })
  @Column({ type: 'text', nullable: true })
  iban!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  bic!: string | null;
}

@ObjectType({ description: 'A staff member or partner account.' })
@Entity('app_user')
export class User extends TenantEntity {
  @Field(() => String)
  @Column({ type: 'text' })
  email!: string;

  @Field(() => String)
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => ID, { nullable: true, description: 'For a PARTNER account: the customer it acts for.' })
  @Column({ name: 'customer_id', type: 'bigint', nullable: true })
  customerId!: number | null;

  @Field(() => [ID], { description: 'For a FUNDER account: the establishments whose funder reports it reads.' })
  @Column({ name: 'funder_establishment_ids', type: 'bigint', array: true, default: () => "'{}'" })
  establishmentIds!: string[];
}
