"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Security1764400000000 = void 0;
/**
 * Tenant isolation in depth, audit and partner keys.
 *
 * - Row-level security on every table with an `organization_id` column (and on `organization` by
 *   id), ENABLEd and FORCEd, keyed on `app.organization_id`, which the API sets per transaction. A
 *   resolver that forgets its organisation filter still sees only the caller's rows.
 * - The API runs as `ub_app`: not superuser, not owner, no BYPASSRLS. Roles are cluster-wide (many
 *   databases of one server share it), so it is created only when missing and never dropped.
 * - The owner (the role running migrations) is subject to the policies too, because of FORCE; it sees
 *   rows only with `app.maintenance = 'on'` in its transaction (demo loading, authentication lookups).
 * - `secure_tenant_table(regclass)` applies all of this to one table: future migrations call it for
 *   each new tenant table (a test fails on any tenant table without it).
 * - `audit_log` is append-only: ub_app may insert and select, never update or delete, and a trigger
 *   refuses updates, deletes and truncation from anyone.
 */
class Security1764400000000 {
    constructor() {
        this.name = 'Security1764400000000';
    }
    async up(q) {
        await q.query(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'ub_app') then
          create role ub_app nologin;
        end if;
      exception when duplicate_object or unique_violation then
        null; -- another database of this server created it at the same moment
      end $$;

      -- The owner switches to ub_app for the API's connections (SET ROLE needs membership).
      do $$
      begin
        if not pg_has_role(current_user, 'ub_app', 'member') then
          execute format('grant ub_app to %I', current_user);
        end if;
      end $$;

      grant usage on schema public to ub_app;
      grant select on migrations to ub_app;

      create function secure_tenant_table(target regclass) returns void language plpgsql as $fn$
      declare
        tenant text := case when target = 'organization'::regclass then 'id' else 'organization_id' end;
      begin
        execute format('alter table %s enable row level security', target);
        execute format('alter table %s force row level security', target);
        execute format('drop policy if exists tenant_isolation on %s', target);
        execute format(
          'create policy tenant_isolation on %s using (%I = nullif(current_setting(''app.organization_id'', true), '''')::bigint) ' ||
          'with check (%I = nullif(current_setting(''app.organization_id'', true), '''')::bigint)', target, tenant, tenant);
        execute format('drop policy if exists owner_maintenance on %s', target);
        execute format(
          'create policy owner_maintenance on %s to %I using (current_setting(''app.maintenance'', true) = ''on'') ' ||
          'with check (current_setting(''app.maintenance'', true) = ''on'')', target, current_user);
        execute format('grant select, insert, update, delete on %s to ub_app', target);
      end $fn$;

      alter table app_user add column sessions_valid_after timestamptz;
      comment on column app_user.sessions_valid_after is 'Tokens issued before this instant are refused (set on role change and deactivation).';

      create table api_key (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        user_id bigint not null references app_user(id),
        label text not null check (length(label) between 1 and 200),
        -- the first characters, to recognise a key in a list; never enough to use it
        prefix text not null,
        key_hash bytea not null unique check (length(key_hash) = 32),
        created_by bigint references app_user(id),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create index api_key_organization_id_idx on api_key (organization_id);
      create index api_key_user_id_idx on api_key (user_id);
      comment on table api_key is 'Partner API keys: only the SHA-256 of each key is stored; the key is shown once.';

      create table audit_log (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        occurred_at timestamptz not null default clock_timestamp(),
        request_id text not null,
        user_id bigint,
        api_key_id bigint,
        operation text not null,
        entity text,
        entity_id bigint,
        status_before text,
        status_after text,
        outcome text not null
      );
      create index audit_log_organization_id_idx on audit_log (organization_id, occurred_at);
      create index audit_log_entity_idx on audit_log (entity, entity_id);
      comment on table audit_log is 'One row per mutation: who, when, what (entity, id, status before and after), outcome (ok or the error code). Append-only.';
      create trigger audit_log_append_only before update or delete on audit_log
        for each row execute function forbid_change();
      create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function forbid_change();
    `);
        // Every tenant table, found in the catalog so that none is forgotten; organisation by its id.
        await q.query(`
      do $$
      declare
        t regclass;
      begin
        for t in
          select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r'
             and (c.relname = 'organization' or exists (
               select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped))
        loop
          perform secure_tenant_table(t);
        end loop;
      end $$;
      -- Tables without an organisation are shared reference data (legal parameters): read-only.
      do $$
      declare
        t regclass;
      begin
        for t in
          select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r' and c.relname not in ('organization', 'migrations')
             and not exists (
               select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped)
        loop
          execute format('grant select on %s to ub_app', t);
        end loop;
      end $$;
      revoke update, delete on audit_log from ub_app;
      revoke insert, delete on organization from ub_app;
    `);
        // Authentication happens before the organisation is known, so these two look-ups bypass the
        // tenant policies through the owner; they return only what authentication needs.
        await q.query(`
      create function auth_staff_session(p_user_id bigint)
        returns table (organization_id bigint, roles text[], active boolean, sessions_valid_after timestamptz)
        language sql stable security definer set search_path = pg_catalog, public set app.maintenance = 'on' as $$
        select u.organization_id, u.roles, u.active, u.sessions_valid_after from public.app_user u where u.id = p_user_id
      $$;
      create function auth_api_key(p_key_hash bytea)
        returns table (api_key_id bigint, user_id bigint, organization_id bigint, roles text[])
        language sql stable security definer set search_path = pg_catalog, public set app.maintenance = 'on' as $$
        select k.id, u.id, u.organization_id, u.roles
          from public.api_key k join public.app_user u on u.id = k.user_id and u.organization_id = k.organization_id
         where k.key_hash = p_key_hash and k.revoked_at is null and u.active
      $$;
      revoke all on function auth_staff_session(bigint), auth_api_key(bytea) from public;
      grant execute on function auth_staff_session(bigint), auth_api_key(bytea) to ub_app;
    `);
    }
    async down(q) {
        await q.query(`
      drop function if exists auth_staff_session(bigint), auth_api_key(bytea);
      drop table if exists audit_log, api_key;
      alter table app_user drop column if exists sessions_valid_after;
      do $$
      declare
        t regclass;
      begin
        for t in
          select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
        loop
          execute format('drop policy if exists tenant_isolation on %s', t);
          execute format('drop policy if exists owner_maintenance on %s', t);
          execute format('alter table %s no force row level security', t);
          execute format('alter table %s disable row level security', t);
          execute format('revoke all on %s from ub_app', t);
        end loop;
        for t in
          select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'
        loop
          execute format('revoke all on %s from ub_app', t);
        end loop;
      end $$;
      drop function if exists secure_tenant_table(regclass);
      revoke select on migrations from ub_app;
      revoke usage on schema public from ub_app;
    `);
    }
}
exports.Security1764400000000 = Security1764400000000;
//# sourceMappingURL=1764400000000-security.js.map