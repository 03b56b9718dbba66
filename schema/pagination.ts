import { Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { SortDirection } from './enums';

/** The one shape of every list: validated `skip`/`take` with a server-side maximum, and `{ items, totalItems }`. */

export const MAX_TAKE = 100;
export const DEFAULT_TAKE = 25;

@InputType()
export abstract class PageInput {
  @Field(() => Int, { nullable: true, description: 'Rows to skip (default 0).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  skip?: number;

  @Field(() => Int, { nullable: true, description: `Rows to return (default ${DEFAULT_TAKE}, at most ${MAX_TAKE}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TAKE)
  take?: number;

  @Field(() => SortDirection, { nullable: true })
  @IsOptional()
  sortDirection?: SortDirection;
}

/** `{ items, totalItems }`: the one shape of every list. */
export function PaginatedList<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class List {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int, { description: 'Rows matching the filters, all pages together.' })
    totalItems!: number;
  }
  return List;
}
