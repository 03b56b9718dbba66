import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../context';
import type { Role } from '../../schema/enums';
import { forbidden, unauthenticated } from '../common/errors';

/**
 * `@Authorized(...roles)`: the caller must be authenticated and hold one of the roles.
 * `@Authorized()` with no role admits any authenticated caller.
 */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    const user = context.user;
    if (!user) throw unauthenticated();
    if (roles.length === 0 || roles.some((role) => user.roles.includes(role))) return true;
    throw forbidden();
  }
}
