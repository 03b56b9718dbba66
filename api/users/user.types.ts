import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { PageInput, PaginatedList } from '../../schema/pagination';
import { resultUnion } from '../../schema/error-results';
import { IsEntityId } from '../../schema/inputs/common.input';
import { Role } from '../../schema/enums';
import { User } from '../../schema/entities/organization.entity';
import { DuplicateError, InvalidStateError, NotFoundError } from '../../schema/error-results';

@InputType({ description: 'A new staff or partner account of your organisation.' })
export class UserInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, 200)
  displayName!: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'For a PARTNER account: the customer it acts for, whose partnerImpact it reads (refused for other accounts).' })
  @IsOptional()
  customerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'For a FUNDER account: the establishments whose funder reports it reads (refused for other accounts).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsEntityId({ each: true })
  establishmentIds?: string[] | null;
}

@InputType()
export class UserListOptions extends PageInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the e-mail or the display name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'A key for a partner or funder account (roles PARTNER and FUNDER only).' })
export class ApiKeyInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { description: 'What the key is for, e.g. the partner system that holds it.' })
  @Length(1, 200)
  label!: string;
}

@ObjectType({ description: 'A partner API key. The key itself is shown once, when created; only its hash is kept.' })
export class ApiKey {
  @Field(() => ID) id!: number;
  @Field(() => ID) userId!: number;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'The first characters of the key, to recognise it.' }) prefix!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType({ description: 'A new API key: `key` is shown this once and cannot be retrieved again.' })
export class ApiKeyCreated {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: 'Send as `Authorization: ApiKey <key>`.' }) key!: string;
  @Field(() => ApiKey) apiKey!: ApiKey;
}

@ObjectType() export class UserList extends PaginatedList(User) {}

export const UserResult = resultUnion('UserResult', User, [NotFoundError, DuplicateError, InvalidStateError]);
export const ApiKeyCreatedResult = resultUnion('ApiKeyCreatedResult', ApiKeyCreated, [NotFoundError, InvalidStateError]);
export const ApiKeyResult = resultUnion('ApiKeyResult', ApiKey, [NotFoundError, InvalidStateError]);
