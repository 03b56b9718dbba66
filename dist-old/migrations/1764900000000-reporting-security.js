"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReportingSecurity1764900000000 = void 0;
/**
 * Power BI logins see their organisation only, whatever SQL they send (reporting/README.md, *Security*).
 *
 * - `ub_reporting_owner`: the owner of everything in the schemas `reporting` and `reporting_engine`
 *   (api/reporting/reporting-layer.ts installs them as this role). Not a superuser, no BYPASSRLS, no
 *   login: the row-level security of the tables under the views applies to it, whoever migrates.
 * - Its rows, on every tenant table: a permissive and a restrictive policy with the same condition,
 *   `reporting_owner_rows`: the rows of the viewer's organisation (`reporting_viewer_organization_id()`:
 *   a login's `reporting_login` mapping, or the API's app.organization_id), or every row inside the
 *   engine's own functions (`reporting_engine_mode()`: current_user is the owner, which only its
 *   security-definer functions are, and the migrating owner while it installs the layer; no setting
 *   counts). Restrictive, so the tenant policy (keyed on app.organization_id, which anyone may set)
 *   never widens it. A view runs as its reader (current_user), its table accesses as its owner.
 * - `reporting_login` is read by the owner's function for the session's own row only.
 * - `reporting_viewer_organization_id()` belongs to the owner too, without the maintenance setting.
 * - `reporting_restrict_database()`: no TEMP on the database for anyone but ub_app (and the owner),
 *   no CREATE on the database or any schema for PUBLIC or ub_reporting. Database rights are not copied
 *   from a template, so `npm run reporting -- login` runs it again in the login's database.
 * - An index for the dated parcours: the reporting engine places each work record in the workshop
 *   of the assignment valid on its date.
 */
class ReportingSecurity1764900000000 {
    constructor() {
        this.name = 'ReportingSecurity1764900000000';
    }
    async up(q) {
        await q.query(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'ub_reporting_owner') then
          create role ub_reporting_owner nologin nosuperuser nobypassrls nocreatedb nocreaterole;
        end if;
      exception when duplicate_object or unique_violation then
        null; -- another database of this server created it at the same moment
      end $$;
      -- The migrating owner installs the reporting layer as this role (SET ROLE needs membership).
      do $$
      begin
        if not pg_has_role(current_user, 'ub_reporting_owner', 'member') then
          execute format('grant ub_reporting_owner to %I', current_user);
        end if;
      end $$;

      grant usage on schema public to ub_reporting_owner;
      -- What the views and the engine read, and the tables its change capture watches.
      grant select on establishment, workshop, activity, customer, catalog_item, beneficiary, beneficiary_assignment,
        work_record, order_line, sales_order, production_task, production_sheet,
        invoice, invoice_line, credit_note, credit_note_line, payment, reporting_login to ub_reporting_owner;
      grant trigger on work_record, invoice, credit_note_line, payment to ub_reporting_owner;

      create function reporting_engine_mode() returns boolean language sql stable as $$
        select current_user = 'ub_reporting_owner'
      $$;
      comment on function reporting_engine_mode() is 'True inside the reporting engine''s own functions (security definer, owned by ub_reporting_owner): they read and write every organisation''s rows. No setting makes it true.';

      create or replace function reporting_viewer_organization_id() returns bigint
        language sql stable security definer set search_path = pg_catalog, public as $$
        select case
          when exists (select 1 from pg_auth_members m where m.roleid = 'ub_reporting'::regrole and m.member = session_user::regrole)
          then (select l.organization_id from public.reporting_login l where l.role_name = session_user)
          else nullif(current_setting('app.organization_id', true), '')::bigint
        end
      $$;
      -- A new owner needs CREATE on the function's schema (unless a superuser migrates): for this moment only.
      grant create on schema public to ub_reporting_owner;
      alter function reporting_viewer_organization_id() owner to ub_reporting_owner;
      revoke create on schema public from ub_reporting_owner;

      drop policy if exists reporting_owner_rows on reporting_login;
      create policy reporting_owner_rows on reporting_login for select to ub_reporting_owner using (role_name = session_user);
      drop policy if exists reporting_owner_only on reporting_login;
      create policy reporting_owner_only on reporting_login as restrictive for select to ub_reporting_owner using (role_name = session_user);

      create function reporting_owner_policy(target regclass) returns void language plpgsql as $fn$
      declare
        tenant text := case when target = 'organization'::regclass then 'id' else 'organization_id' end;
        rows text;
      begin
        if target = 'reporting_login'::regclass then return; end if;
        rows := format('(select reporting_engine_mode()) or %I = (select reporting_viewer_organization_id())', tenant);
        execute format('drop policy if exists reporting_owner_rows on %s', target);
        execute format('create policy reporting_owner_rows on %s for select to ub_reporting_owner using (%s)', target, rows);
        execute format('drop policy if exists reporting_owner_only on %s', target);
        execute format('create policy reporting_owner_only on %s as restrictive for all to ub_reporting_owner using (%s) with check (false)', target, rows);
      end $fn$;

      -- From now on secure_tenant_table adds them too (the earlier versions run first, unchanged).
      alter function secure_tenant_table(regclass) rename to secure_tenant_table_without_reporting_owner;
      create function secure_tenant_table(target regclass) returns void language plpgsql as $fn$
      begin
        perform secure_tenant_table_without_reporting_owner(target);
        perform reporting_owner_policy(target);
      end $fn$;
      select reporting_owner_policy(c.oid::regclass)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity;

      create function reporting_restrict_database() returns void language plpgsql as $fn$
      declare
        s name;
      begin
        execute format('revoke temporary, create on database %I from public, ub_reporting', current_database());
        execute format('grant temporary on database %I to ub_app', current_database());
        for s in select nspname from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema' loop
          execute format('revoke create on schema %I from public, ub_reporting', s);
        end loop;
      end $fn$;
      revoke all on function reporting_restrict_database() from public;
      select reporting_restrict_database();

      create index beneficiary_assignment_dated_idx on beneficiary_assignment (beneficiary_id, start_date) include (end_date, workshop_id);
      drop index beneficiary_assignment_beneficiary_id_idx;
    `);
    }
    async down(q) {
        await q.query(`
      drop schema if exists reporting, reporting_engine cascade;
      create index beneficiary_assignment_beneficiary_id_idx on beneficiary_assignment (beneficiary_id, start_date);
      drop index if exists beneficiary_assignment_dated_idx;
      do $$
      declare
        p record;
      begin
        for p in select policyname, tablename from pg_policies
                  where schemaname = 'public' and policyname in ('reporting_owner_rows', 'reporting_owner_only') loop
          execute format('drop policy %I on public.%I', p.policyname, p.tablename);
        end loop;
      end $$;
      drop function if exists secure_tenant_table(regclass);
      alter function secure_tenant_table_without_reporting_owner(regclass) rename to secure_tenant_table;
      drop function if exists reporting_owner_policy(regclass);
      alter function reporting_viewer_organization_id() owner to current_user;
      alter function reporting_viewer_organization_id() set app.maintenance = 'on';
      drop function if exists reporting_engine_mode();
      drop function if exists reporting_restrict_database();
      do $$
      begin
        execute format('grant temporary on database %I to public', current_database());
      end $$;
      revoke trigger on work_record, invoice, credit_note_line, payment from ub_reporting_owner;
      revoke select on establishment, workshop, activity, customer, catalog_item, beneficiary, beneficiary_assignment,
        work_record, order_line, sales_order, production_task, production_sheet,
        invoice, invoice_line, credit_note, credit_note_line, payment, reporting_login from ub_reporting_owner;
      revoke usage on schema public from ub_reporting_owner;
    `);
    }
}
exports.ReportingSecurity1764900000000 = ReportingSecurity1764900000000;
//# sourceMappingURL=1764900000000-reporting-security.js.map