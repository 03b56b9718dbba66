import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { CostSplitColumns } from './catalog-item.entity';
import { TenantEntity } from './base.entity';
import { Cents } from '../scalars';

/** Columns shared by quote, order, invoice and credit-note lines: what was sold, how many, at what price. */

@ObjectType()
export abstract class DocumentLine extends CostSplitColumns {
  @Field(() => Int, { description: 'Position of the line in its document, from 1.' })
  @Column({ type: 'integer' })
  position!: number;

  @Field(() => ID)
  @Column({ name: 'catalog_item_id', type: 'bigint' })
  catalogItemId!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Number)
  @Column({ type: 'numeric', precision: 14, scale: 3 })
  quantity!: number;

  @Field(() => Cents)
  @Column({ name: 'unit_price_cents', type: 'bigint' })
  unitPriceCents!: number;

  @Column({ name: 'vat_rate_bp', type: 'integer' })
  vatRateBp!: number;

  @Field(() => Number, { description: 'VAT rate in percent.' })
  vatRatePercent!: number;

  @Field(() => Cents, { description: 'quantity × unit price, rounded half away from zero to the cent.' })
  @Column({ name: 'total_ht_cents', type: 'bigint' })
  totalHtCents!: number;
}

/** What every numbered sales document has: its establishment, its customer, its number and its totals. */

@ObjectType()
export abstract class SalesDocument extends TenantEntity {
  @Field(() => ID)
  @Column({ name: 'establishment_id', type: 'bigint' })
  establishmentId!: number;

  @Field(() => ID)
  @Column({ name: 'customer_id', type: 'bigint' })
  customerId!: number;

  @Field(() => String, { nullable: true, description: 'Document number, unique per establishment.' })
  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => Cents, { description: 'Total excluding VAT (HT).' })
  @Column({ name: 'total_ht_cents', type: 'bigint', default: 0 })
  totalHtCents!: number;

  @Field(() => Cents, { description: 'VAT (TVA), computed per rate on the HT subtotal of that rate.' })
  @Column({ name: 'total_vat_cents', type: 'bigint', default: 0 })
  totalVatCents!: number;

  @Field(() => Cents, { description: 'Total including VAT (TTC).' })
  @Column({ name: 'total_ttc_cents', type: 'bigint', default: 0 })
  totalTtcCents!: number;
}

@ObjectType({ description: 'HT, VAT and TTC for one VAT rate of a document.' })
export class VatBreakdown {
  @Field(() => Number)
  vatRatePercent!: number;

  @Field(() => Cents)
  baseHtCents!: number;

  @Field(() => Cents)
  vatCents!: number;

  @Field(() => Cents)
  totalTtcCents!: number;
}
