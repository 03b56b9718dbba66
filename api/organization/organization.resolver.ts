import { Arg, Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { Row } from '../common/read-model';
import { Establishment, Organization } from '../../schema/entities/organization.entity';
import { Role } from '../../schema/enums';
import { CAN } from '../../kernel/roles';
import { parseId } from '../common/errors';
import { establishmentById, establishmentsByOrganizationId, organizationById } from '../sales/sales.loaders';

@ObjectType({ description: 'The caller, as the token presents them.' })
export class Viewer {
  @Field(() => ID) userId!: number;
  @Field(() => ID) organizationId!: number;
  @Field(() => [Role]) roles!: Role[];
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'Who the bearer token says you are.' })
  me(@Ctx() ctx: RequestContext): Viewer {
    return { userId: ctx.user!.userId, organizationId: ctx.user!.organizationId, roles: ctx.user!.roles };
  }

  @Authorized(...CAN.readOrganization)
  @Query(() => Organization, { description: 'Your organisation.' })
  organization(@Ctx() ctx: RequestContext) {
    return organizationById(ctx).load(ctx.organizationId);
  }

  @Authorized(...CAN.readOrganization)
  @Query(() => Establishment, { nullable: true })
  establishment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return establishmentById(ctx).load(parseId(id, 'id'));
  }

  @FieldResolver(() => [Establishment])
  establishments(@Ctx() ctx: RequestContext, @Root() organization: Row<Organization>) {
    return establishmentsByOrganizationId(ctx).load(Number(organization.id));
  }
}
