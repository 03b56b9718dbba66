import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { Role } from '../../schema/enums';
import type { User } from '../../schema/entities/organization.entity';
import { DuplicateError, InvalidStateError, NotFoundError } from '../../schema/error-results';
import { Filter, listQuery } from '../read/list-query';
import { badUserInput, parseId, parseIds } from '../common/errors';
import { User as UserEntity } from '../../schema/entities/organization.entity';
import { generateApiKey } from '../auth/api-key';
import type { ApiKey, ApiKeyCreated, ApiKeyInput, UserInput, UserListOptions } from './user.types';

const USER_COLUMNS = `id, email, display_name as "displayName", roles, active, customer_id as "customerId", funder_establishment_ids::text[] as "establishmentIds", created_at as "createdAt", updated_at as "updatedAt"`;
const API_KEY_COLUMNS = `id, user_id as "userId", label, prefix, created_at as "createdAt", revoked_at as "revokedAt"`;
/** Long-lived keys are for machines acting for partners and funders, never for staff rights. */
const API_KEY_ROLES: readonly Role[] = [Role.PARTNER, Role.FUNDER];

/**
 * Accounts and partner keys of the caller's organisation, managed by its admins. A role change or a
 * deactivation ends the user's existing sessions (tokens issued before are refused), and an admin
 * cannot lock themselves out.
 */
export class UserService {
  static list(ctx: RequestContext, options: UserListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx).add('t.active = ?', options.active);
    if (options.search) {
      const pattern = `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filter.add('(t.email ilike ? or t.display_name ilike ?)', pattern, pattern);
    }
    return listQuery<User>(ctx, UserEntity, filter, options, 'display_name', info);
  }

  static async create(ctx: RequestContext, input: UserInput): Promise<User | DuplicateError> {
    const customerId = await UserService.partnerCustomer(ctx, input);
    const establishmentIds = await UserService.funderEstablishments(ctx, input);
    // The e-mail is unique within the organisation (migration 1765000000000): another organisation's
    // accounts are neither visible nor in the way.
    const [user] = await ctx.db.query<User>(
      `insert into app_user (organization_id, email, display_name, roles, customer_id, funder_establishment_ids) values ($1, $2, $3, $4, $5, $6)
       on conflict do nothing returning ${USER_COLUMNS}`,
      [ctx.organizationId, input.email.trim(), input.displayName.trim(), input.roles, customerId, establishmentIds],
    );
    return user ?? new DuplicateError('email', 'this e-mail address is already in use');
  }

  /** A partner account may name the customer it acts for (partnerImpact needs it); no other account does. */
  private static async partnerCustomer(ctx: RequestContext, input: UserInput): Promise<number | null> {
    if (input.customerId === undefined || input.customerId === null) return null;
    if (!input.roles.includes(Role.PARTNER)) throw badUserInput('customerId', 'only a PARTNER account acts for a customer');
    const customerId = parseId(input.customerId, 'customerId');
    const [customer] = await ctx.db.query('select id from customer where organization_id = $1 and id = $2', [ctx.organizationId, customerId]);
    if (!customer) throw badUserInput('customerId', 'no such customer in your organisation');
    return customerId;
  }

  /** A funder account may name the establishments whose reports it reads (funderReport needs them); no other account does. */
  private static async funderEstablishments(ctx: RequestContext, input: UserInput): Promise<number[]> {
    if (input.establishmentIds === undefined || input.establishmentIds === null) return [];
    if (!input.roles.includes(Role.FUNDER)) throw badUserInput('establishmentIds', 'only a FUNDER account reads establishments\' reports');
    const ids = parseIds(input.establishmentIds, 'establishmentIds');
    const [{ found }] = await ctx.db.query<{ found: number }>('select count(*)::int as found from establishment where organization_id = $1 and id = any($2::bigint[])', [ctx.organizationId, ids]);
    if (found !== ids.length) throw badUserInput('establishmentIds', 'no such establishment in your organisation');
    return ids;
  }

  static async updateRoles(ctx: RequestContext, id: string, roles: Role[]): Promise<User | NotFoundError | InvalidStateError> {
    const user = await UserService.find(ctx, id);
    if (!user) return new NotFoundError('id', 'User');
    if (user.id === ctx.user!.userId && !roles.includes(Role.ADMIN)) {
      return new InvalidStateError('User', 'admin', 'not admin', 'you cannot remove your own admin role');
    }
    return UserService.change(ctx, user.id, 'roles = $3', [roles]);
  }

  static async deactivate(ctx: RequestContext, id: string): Promise<User | NotFoundError | InvalidStateError> {
    const user = await UserService.find(ctx, id);
    if (!user) return new NotFoundError('id', 'User');
    if (!user.active) return new InvalidStateError('User', 'inactive', 'inactive');
    if (user.id === ctx.user!.userId) return new InvalidStateError('User', 'active', 'inactive', 'you cannot deactivate your own account');
    return UserService.change(ctx, user.id, 'active = false', []);
  }

  static apiKeys(ctx: RequestContext, userId?: string): Promise<ApiKey[]> {
    const user = userId === undefined ? null : parseId(userId, 'userId');
    return ctx.db.query<ApiKey>(
      `select ${API_KEY_COLUMNS} from api_key where organization_id = $1 and ($2::bigint is null or user_id = $2) order by id`,
      [ctx.organizationId, user],
    );
  }

  static async createApiKey(ctx: RequestContext, input: ApiKeyInput): Promise<ApiKeyCreated | NotFoundError | InvalidStateError> {
    const user = await UserService.find(ctx, input.userId, 'userId');
    if (!user) return new NotFoundError('userId', 'User');
    if (!user.active) return new InvalidStateError('User', 'inactive', 'active', 'the account is deactivated');
    if (!user.roles.every((role) => API_KEY_ROLES.includes(role))) {
      return new InvalidStateError('User', user.roles.join(','), 'partner', 'API keys are for PARTNER and FUNDER accounts only');
    }
    const generated = generateApiKey();
    const [apiKey] = await ctx.db.query<ApiKey>(
      // The key keeps the roles it is created for: authentication intersects them with the account's
      // roles at each use, so a role the account gains later never reaches the key.
      `insert into api_key (organization_id, user_id, label, prefix, key_hash, created_by, granted_roles) values ($1, $2, $3, $4, $5, $6, $7) returning ${API_KEY_COLUMNS}`,
      [ctx.organizationId, user.id, input.label.trim(), generated.prefix, generated.hash, ctx.user!.userId, user.roles],
    );
    return { id: apiKey.id, key: generated.key, apiKey };
  }

  static async revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey | NotFoundError | InvalidStateError> {
    const [current] = await ctx.db.query<ApiKey>(
      `select ${API_KEY_COLUMNS} from api_key where organization_id = $1 and id = $2 for update`,
      [ctx.organizationId, parseId(id, 'id')],
    );
    if (!current) return new NotFoundError('id', 'ApiKey');
    if (current.revokedAt) return new InvalidStateError('ApiKey', 'revoked', 'revoked');
    const [revoked] = await ctx.db.query<ApiKey>(
      `update api_key set revoked_at = now() where organization_id = $1 and id = $2 returning ${API_KEY_COLUMNS}`,
      [ctx.organizationId, current.id],
    );
    ctx.authenticator?.forgetApiKeys();
    return revoked;
  }

  private static async find(ctx: RequestContext, id: string, field = 'id'): Promise<User | undefined> {
    const [user] = await ctx.db.query<User>(
      `select ${USER_COLUMNS} from app_user where organization_id = $1 and id = $2 for update`,
      [ctx.organizationId, parseId(id, field)],
    );
    return user;
  }

  /** Applies `assignment` and ends the user's sessions: their tokens predate the change. */
  private static async change(ctx: RequestContext, id: string | number, assignment: string, values: unknown[]): Promise<User> {
    const [user] = await ctx.db.query<User>(
      `update app_user set ${assignment}, sessions_valid_after = now(), updated_at = now()
        where organization_id = $1 and id = $2 returning ${USER_COLUMNS}`,
      [ctx.organizationId, id, ...values],
    );
    ctx.authenticator?.forgetUser(Number(id));
    return user;
  }
}
