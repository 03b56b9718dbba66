"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserService = void 0;
const enums_1 = require("../../schema/enums");
const error_results_1 = require("../../schema/error-results");
const list_query_1 = require("../read/list-query");
const errors_1 = require("../common/errors");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const api_key_1 = require("../auth/api-key");
const USER_COLUMNS = `id, email, display_name as "displayName", roles, active, customer_id as "customerId", funder_establishment_ids::text[] as "establishmentIds", created_at as "createdAt", updated_at as "updatedAt"`;
const API_KEY_COLUMNS = `id, user_id as "userId", label, prefix, created_at as "createdAt", revoked_at as "revokedAt"`;
/** Long-lived keys are for machines acting for partners and funders, never for staff rights. */
const API_KEY_ROLES = [enums_1.Role.PARTNER, enums_1.Role.FUNDER];
/**
 * Accounts and partner keys of the caller's organisation, managed by its admins. A role change or a
 * deactivation ends the user's existing sessions (tokens issued before are refused), and an admin
 * cannot lock themselves out.
 */
class UserService {
    static list(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx).add('t.active = ?', options.active);
        if (options.search) {
            const pattern = `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
            filter.add('(t.email ilike ? or t.display_name ilike ?)', pattern, pattern);
        }
        return (0, list_query_1.listQuery)(ctx, organization_entity_1.User, filter, options, 'display_name', info);
    }
    static async create(ctx, input) {
        const customerId = await UserService.partnerCustomer(ctx, input);
        const establishmentIds = await UserService.funderEstablishments(ctx, input);
        // The e-mail is unique within the organisation (migration 1765000000000): another organisation's
        // accounts are neither visible nor in the way.
        const [user] = await ctx.db.query(`insert into app_user (organization_id, email, display_name, roles, customer_id, funder_establishment_ids) values ($1, $2, $3, $4, $5, $6)
       on conflict do nothing returning ${USER_COLUMNS}`, [ctx.organizationId, input.email.trim(), input.displayName.trim(), input.roles, customerId, establishmentIds]);
        return user ?? new error_results_1.DuplicateError('email', 'this e-mail address is already in use');
    }
    /** A partner account may name the customer it acts for (partnerImpact needs it); no other account does. */
    static async partnerCustomer(ctx, input) {
        if (input.customerId === undefined || input.customerId === null)
            return null;
        if (!input.roles.includes(enums_1.Role.PARTNER))
            throw (0, errors_1.badUserInput)('customerId', 'only a PARTNER account acts for a customer');
        const customerId = (0, errors_1.parseId)(input.customerId, 'customerId');
        const [customer] = await ctx.db.query('select id from customer where organization_id = $1 and id = $2', [ctx.organizationId, customerId]);
        if (!customer)
            throw (0, errors_1.badUserInput)('customerId', 'no such customer in your organisation');
        return customerId;
    }
    /** A funder account may name the establishments whose reports it reads (funderReport needs them); no other account does. */
    static async funderEstablishments(ctx, input) {
        if (input.establishmentIds === undefined || input.establishmentIds === null)
            return [];
        if (!input.roles.includes(enums_1.Role.FUNDER))
            throw (0, errors_1.badUserInput)('establishmentIds', 'only a FUNDER account reads establishments\' reports');
        const ids = (0, errors_1.parseIds)(input.establishmentIds, 'establishmentIds');
        const [{ found }] = await ctx.db.query('select count(*)::int as found from establishment where organization_id = $1 and id = any($2::bigint[])', [ctx.organizationId, ids]);
        if (found !== ids.length)
            throw (0, errors_1.badUserInput)('establishmentIds', 'no such establishment in your organisation');
        return ids;
    }
    static async updateRoles(ctx, id, roles) {
        const user = await UserService.find(ctx, id);
        if (!user)
            return new error_results_1.NotFoundError('id', 'User');
        if (Number(user.id) === ctx.user.userId && !roles.includes(enums_1.Role.ADMIN)) {
            return new error_results_1.InvalidStateError('User', 'admin', 'not admin', 'you cannot remove your own admin role');
        }
        return UserService.change(ctx, user.id, 'roles = $3', [roles]);
    }
    static async deactivate(ctx, id) {
        const user = await UserService.find(ctx, id);
        if (!user)
            return new error_results_1.NotFoundError('id', 'User');
        if (!user.active)
            return new error_results_1.InvalidStateError('User', 'inactive', 'inactive');
        if (Number(user.id) === ctx.user.userId)
            return new error_results_1.InvalidStateError('User', 'active', 'inactive', 'you cannot deactivate your own account');
        return UserService.change(ctx, user.id, 'active = false', []);
    }
    static apiKeys(ctx, userId) {
        const user = userId === undefined ? null : (0, errors_1.parseId)(userId, 'userId');
        return ctx.db.query(`select ${API_KEY_COLUMNS} from api_key where organization_id = $1 and ($2::bigint is null or user_id = $2) order by id`, [ctx.organizationId, user]);
    }
    static async createApiKey(ctx, input) {
        const user = await UserService.find(ctx, input.userId, 'userId');
        if (!user)
            return new error_results_1.NotFoundError('userId', 'User');
        if (!user.active)
            return new error_results_1.InvalidStateError('User', 'inactive', 'active', 'the account is deactivated');
        if (!user.roles.every((role) => API_KEY_ROLES.includes(role))) {
            return new error_results_1.InvalidStateError('User', user.roles.join(','), 'partner', 'API keys are for PARTNER and FUNDER accounts only');
        }
        const generated = (0, api_key_1.generateApiKey)();
        const [apiKey] = await ctx.db.query(
        // The key keeps the roles it is created for: authentication intersects them with the account's
        // roles at each use, so a role the account gains later never reaches the key.
        `insert into api_key (organization_id, user_id, label, prefix, key_hash, created_by, granted_roles) values ($1, $2, $3, $4, $5, $6, $7) returning ${API_KEY_COLUMNS}`, [ctx.organizationId, user.id, input.label.trim(), generated.prefix, generated.hash, ctx.user.userId, user.roles]);
        return { id: apiKey.id, key: generated.key, apiKey };
    }
    static async revokeApiKey(ctx, id) {
        const [current] = await ctx.db.query(`select ${API_KEY_COLUMNS} from api_key where organization_id = $1 and id = $2 for update`, [ctx.organizationId, (0, errors_1.parseId)(id, 'id')]);
        if (!current)
            return new error_results_1.NotFoundError('id', 'ApiKey');
        if (current.revokedAt)
            return new error_results_1.InvalidStateError('ApiKey', 'revoked', 'revoked');
        const [revoked] = await ctx.db.query(`update api_key set revoked_at = now() where organization_id = $1 and id = $2 returning ${API_KEY_COLUMNS}`, [ctx.organizationId, current.id]);
        ctx.authenticator?.forgetApiKeys();
        return revoked;
    }
    static async find(ctx, id, field = 'id') {
        const [user] = await ctx.db.query(`select ${USER_COLUMNS} from app_user where organization_id = $1 and id = $2 for update`, [ctx.organizationId, (0, errors_1.parseId)(id, field)]);
        return user;
    }
    /** Applies `assignment` and ends the user's sessions: their tokens predate the change. */
    static async change(ctx, id, assignment, values) {
        const [user] = await ctx.db.query(`update app_user set ${assignment}, sessions_valid_after = now(), updated_at = now()
        where organization_id = $1 and id = $2 returning ${USER_COLUMNS}`, [ctx.organizationId, id, ...values]);
        ctx.authenticator?.forgetUser(Number(id));
        return user;
    }
}
exports.UserService = UserService;
//# sourceMappingURL=user.service.js.map