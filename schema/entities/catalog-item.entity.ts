import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { CAN } from '../../kernel/roles';
import { Column, Entity } from 'typeorm';
import { TenantEntity } from './base.entity';
import { ServiceType } from '../enums';
import { Cents } from '../scalars';

/**
 * The OETH cost split of one unit, in cents: the amounts deducted from the price to get the labour
 * cost (art. D5212-22: matières premières, sous-traitance, consommations intermédiaires, frais de vente).
 */

@ObjectType()
export abstract class CostSplitColumns extends TenantEntity {
  @Authorized(...CAN.readCostSplit)
  @Field(() => Cents, { description: 'Raw materials, products and supplies per unit (matières premières).' })
  @Column({ name: 'materials_cents', type: 'bigint', default: 0 })
  materialsCents!: number;

  @Authorized(...CAN.readCostSplit)
  @Field(() => Cents, { description: 'Subcontracting per unit (sous-traitance).' })
  @Column({ name: 'subcontracting_cents', type: 'bigint', default: 0 })
  subcontractingCents!: number;

  @Authorized(...CAN.readCostSplit)
  @Field(() => Cents, { description: 'Intermediate consumption per unit (consommations intermédiaires).' })
  @Column({ name: 'intermediate_consumption_cents', type: 'bigint', default: 0 })
  intermediateConsumptionCents!: number;

  @Authorized(...CAN.readCostSplit)
  @Field(() => Cents, { description: 'Selling and marketing costs per unit (frais de vente et de commercialisation).' })
  @Column({ name: 'selling_costs_cents', type: 'bigint', default: 0 })
  sellingCostsCents!: number;
}

@ObjectType({ description: 'A product or service the establishments sell.' })
@Entity('catalog_item')
export class CatalogItem extends CostSplitColumns {
  @Field(() => ID, { nullable: true, description: 'The establishment that sells it; null when every establishment does.' })
  @Column({ name: 'establishment_id', type: 'bigint', nullable: true })
  establishmentId!: number | null;

  @Field(() => String)
  @Column({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  label!: string;

  @Field(() => String, { description: 'Unit of sale: piece, hour, kg, m², day…' })
  @Column({ type: 'text' })
  unit!: string;

  @Field(() => Cents)
  @Column({ name: 'unit_price_cents', type: 'bigint' })
  unitPriceCents!: number;

  @Column({ name: 'vat_rate_bp', type: 'integer' })
  vatRateBp!: number;

  @Field(() => Number, { description: 'VAT rate in percent (20, 10, 5.5, 2.1 or 0).' })
  vatRatePercent!: number;

  @Field(() => String, { description: 'Activity (conditionnement, espaces verts, blanchisserie…).' })
  @Column({ type: 'text' })
  activity!: string;

  @Field(() => ServiceType)
  @Column({ name: 'service_type', type: 'text' })
  serviceType!: ServiceType;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
