"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReportingAccess1764500000000 = void 0;
/**
 * Who may read the reporting layer (reporting/*.sql), and which organisation each reader sees.
 *
 * - `ub_reporting`: the group role of database logins made for Power BI. Its members get SELECT on
 *   the views of the `reporting` schema and nothing else (no base table, no function of the API).
 * - `reporting_login`: which organisation each such login belongs to (one login, one organisation),
 *   written by `npm run reporting -- login`. A login cannot change its row, nor its role membership.
 * - `reporting_viewer_organization_id()`: the organisation of the session. For a mapped member of
 *   ub_reporting, its mapping (a setting it could change itself is never read); for everyone else, the
 *   API's `app.organization_id`, exactly like the tenant policy.
 * - Reporting views are owned by the owner, which is under row-level security (FORCE): a policy
 *   `reporting_viewer` for the owner on every tenant table lets the owner's views see the rows of the
 *   viewer's organisation. For sessions that are not reporting logins it matches `tenant_isolation`, so
 *   it widens nothing. The function is called in a sub-select, so it runs once per query, not per row.
 */
class ReportingAccess1764500000000 {
    constructor() {
        this.name = 'ReportingAccess1764500000000';
    }
    async up(q) {
        await q.query(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'ub_reporting') then
          create role ub_reporting nologin;
        end if;
      exception when duplicate_object or unique_violation then
        null; -- another database of this server created it at the same moment
      end $$;

      create table reporting_login (
        role_name text primary key,
        organization_id bigint not null references organization(id),
        created_at timestamptz not null default now()
      );
      create index reporting_login_organization_id_idx on reporting_login (organization_id);
      comment on table reporting_login is 'Database logins for Power BI (members of ub_reporting) and the organisation each one sees in the reporting views.';

      create function reporting_viewer_organization_id() returns bigint
        language sql stable security definer set search_path = pg_catalog, public set app.maintenance = 'on' as $$
        -- regrole casts and the (roleid, member) index: a few cache look-ups, no catalog scan (it runs
        -- once per query of every reporting view).
        select case
          when exists (select 1 from pg_auth_members m where m.roleid = 'ub_reporting'::regrole and m.member = session_user::regrole)
          then (select l.organization_id from public.reporting_login l where l.role_name = session_user)
          else nullif(current_setting('app.organization_id', true), '')::bigint
        end
      $$;
      grant execute on function reporting_viewer_organization_id() to ub_app, ub_reporting;

      -- The owner's reporting views see the viewer's rows (not on reporting_login itself: the function reads it).
      create function reporting_viewer_policy(target regclass) returns void language plpgsql as $fn$
      declare
        tenant text := case when target = 'organization'::regclass then 'id' else 'organization_id' end;
      begin
        if target = 'reporting_login'::regclass then return; end if;
        execute format('drop policy if exists reporting_viewer on %s', target);
        execute format('create policy reporting_viewer on %s for select to %I using (%I = (select reporting_viewer_organization_id()))',
          target, current_user, tenant);
      end $fn$;

      -- From now on secure_tenant_table adds it too: the security migration's version runs first, unchanged.
      alter function secure_tenant_table(regclass) rename to secure_tenant_table_without_reporting;
      create function secure_tenant_table(target regclass) returns void language plpgsql as $fn$
      begin
        perform secure_tenant_table_without_reporting(target);
        perform reporting_viewer_policy(target);
      end $fn$;

      select secure_tenant_table('reporting_login');
      select reporting_viewer_policy(c.oid::regclass)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity;
      -- Logins are managed by the owner's command line, never by the API.
      revoke insert, update, delete on reporting_login from ub_app;
    `);
    }
    async down(q) {
        await q.query(`
      drop schema if exists reporting, reporting_engine cascade;
      do $$
      declare
        t regclass;
      begin
        for t in
          select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
        loop
          execute format('drop policy if exists reporting_viewer on %s', t);
        end loop;
      end $$;
      drop function if exists secure_tenant_table(regclass);
      alter function secure_tenant_table_without_reporting(regclass) rename to secure_tenant_table;
      drop table if exists reporting_login;
      drop function if exists reporting_viewer_policy(regclass);
      drop function if exists reporting_viewer_organization_id();
    `);
    }
}
exports.ReportingAccess1764500000000 = ReportingAccess1764500000000;
//# sourceMappingURL=1764500000000-reporting-access.js.map