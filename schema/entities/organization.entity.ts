import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity, TenantEntity } from './base.entity';
import { EstablishmentKind, Role } from '../enums';

@ObjectType({ description: 'The organisme gestionnaire: the tenant. It runs one or more establishments.' })
@Entity('organization')
export class Organization extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;
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
