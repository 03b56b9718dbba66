import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';


@ObjectType()
export abstract class BaseEntity {
  /** A bigint identity: a number at run time (api/database/data-source.ts parses int8 into safe integers). */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: number;

  /** ISO 8601 text, as the read path selects timestamps (api/read/read-model.ts); the DateTime scalar serializes it. */
  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: string;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: string;
}

/** Every tenant row carries its organisation; row-level security keys on it. */

@ObjectType()
export abstract class TenantEntity extends BaseEntity {
  @Column({ name: 'organization_id', type: 'bigint' })
  organizationId!: number;
}
