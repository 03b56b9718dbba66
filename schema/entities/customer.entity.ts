import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { TenantEntity } from './base.entity';

@ObjectType()
export class Address {
  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  countryCode!: string;
}

@ObjectType({ description: 'A donneur d\'ordre: the company or public buyer that orders from the establishments.' })
@Entity('customer')
export class Customer extends TenantEntity {
  @Field(() => String)
  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Field(() => String, { description: 'SIREN (9 digits, Luhn key checked).' })
  @Column({ type: 'text' })
  siren!: string;

  @Field(() => String, { nullable: true, description: 'SIRET of the ordering site (14 digits, Luhn key checked).' })
  @Column({ type: 'text', nullable: true })
  siret!: string | null;

  @Field(() => String, { nullable: true, description: 'Intracommunity VAT number, when the customer has one (printed on invoices).' })
  @Column({ name: 'vat_number', type: 'text', nullable: true })
  vatNumber!: string | null;

  @Field(() => Boolean, { description: 'A public buyer (may reserve contracts for EA/ESAT, CCP L2113-12).' })
  @Column({ name: 'is_public_buyer', type: 'boolean', default: false })
  isPublicBuyer!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'billing_line1', type: 'text' }) billingLine1!: string;
  @Column({ name: 'billing_line2', type: 'text', nullable: true }) billingLine2!: string | null;
  @Column({ name: 'billing_postal_code', type: 'text' }) billingPostalCode!: string;
  @Column({ name: 'billing_city', type: 'text' }) billingCity!: string;
  @Column({ name: 'billing_country_code', type: 'text', default: 'FR' }) billingCountryCode!: string;
  @Column({ name: 'delivery_line1', type: 'text', nullable: true }) deliveryLine1!: string | null;
  @Column({ name: 'delivery_line2', type: 'text', nullable: true }) deliveryLine2!: string | null;
  @Column({ name: 'delivery_postal_code', type: 'text', nullable: true }) deliveryPostalCode!: string | null;
  @Column({ name: 'delivery_city', type: 'text', nullable: true }) deliveryCity!: string | null;
  @Column({ name: 'delivery_country_code', type: 'text', nullable: true }) deliveryCountryCode!: string | null;
}
