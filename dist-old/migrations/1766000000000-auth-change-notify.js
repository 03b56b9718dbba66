"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthChangeNotify1766000000000 = void 0;
/**
 * Every API process caches account and API-key look-ups for a few seconds (api/auth/authenticate.ts).
 * A change to an account or a key, by the API or by anyone with SQL access, notifies channel
 * `ub_auth_change` at commit, with the user concerned as payload; each process listens
 * (api/database/change-listener.ts) and forgets that user at once, so a revoked key or a deactivated account is
 * refused by every process, not only by the one that made the change.
 */
class AuthChangeNotify1766000000000 {
    constructor() {
        this.name = 'AuthChangeNotify1766000000000';
    }
    async up(q) {
        await q.query(`
      create function notify_auth_change() returns trigger language plpgsql as $$
      begin
        -- tg_argv[0]: the column naming the user (a delete has only old, an update both, same user)
        perform pg_notify('ub_auth_change', (case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end) ->> tg_argv[0]);
        return null;
      end $$;
      create trigger app_user_auth_change after update or delete on app_user
        for each row execute function notify_auth_change('id');
      create trigger api_key_auth_change after update or delete on api_key
        for each row execute function notify_auth_change('user_id');
      comment on function notify_auth_change() is 'Tells every API process (LISTEN ub_auth_change) which user to forget from its authentication caches.';
    `);
    }
    async down(q) {
        await q.query(`
      drop trigger if exists api_key_auth_change on api_key;
      drop trigger if exists app_user_auth_change on app_user;
      drop function if exists notify_auth_change();
    `);
    }
}
exports.AuthChangeNotify1766000000000 = AuthChangeNotify1766000000000;
//# sourceMappingURL=1766000000000-auth-change-notify.js.map