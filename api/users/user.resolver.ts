import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { User } from '../../schema/entities/organization.entity';
import { Role } from '../../schema/enums';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { UserService } from './user.service';
import { ApiKey, ApiKeyCreatedResult, ApiKeyInput, ApiKeyResult, UserInput, UserList, UserListOptions, UserResult } from './user.types';

@Resolver(() => User)
export class UserResolver {
  @Authorized(...CAN.manageUsers)
  @Query(() => UserList, { description: 'Accounts of your organisation.' })
  users(@Ctx() ctx: RequestContext, @Arg('options', () => UserListOptions, { nullable: true }) options: UserListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return UserService.list(ctx, options, info);
  }

  @Authorized(...CAN.manageUsers)
  @Transactional()
  @Mutation(() => UserResult, { description: 'Creates an account; the identity provider issues its tokens.' })
  createUser(@Ctx() ctx: RequestContext, @Arg('input', () => UserInput) input: UserInput) {
    return UserService.create(ctx, input);
  }

  @Authorized(...CAN.manageUsers)
  @Transactional()
  @Mutation(() => UserResult, { description: 'Replaces the roles of an account; its current tokens stop working.' })
  updateUserRoles(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('roles', () => [Role]) roles: Role[]) {
    return UserService.updateRoles(ctx, id, [...new Set(roles)]);
  }

  @Authorized(...CAN.manageUsers)
  @Transactional()
  @Mutation(() => UserResult, { description: 'Deactivates an account: its tokens and API keys stop working at once.' })
  deactivateUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return UserService.deactivate(ctx, id);
  }

  @Authorized(...CAN.manageUsers)
  @Query(() => [ApiKey], { description: 'API keys of your organisation (never the keys themselves).' })
  apiKeys(@Ctx() ctx: RequestContext, @Arg('userId', () => ID, { nullable: true }) userId?: string) {
    return UserService.apiKeys(ctx, userId);
  }

  @Authorized(...CAN.manageUsers)
  @Transactional()
  @Mutation(() => ApiKeyCreatedResult, { description: 'Creates an API key for a partner or funder account and returns it once.' })
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => ApiKeyInput) input: ApiKeyInput) {
    return UserService.createApiKey(ctx, input);
  }

  @Authorized(...CAN.manageUsers)
  @Transactional()
  @Mutation(() => ApiKeyResult, { description: 'Revokes an API key; it stops working at once.' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return UserService.revokeApiKey(ctx, id);
  }
}
