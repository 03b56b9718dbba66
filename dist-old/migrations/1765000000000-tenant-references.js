"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TenantReferences1765000000000 = void 0;
/**
 * Closes three ways one organisation could reach another's data:
 * - References between tenant tables include the organisation: `(organization_id, x_id)` references
 *   `(organization_id, id)`. Row-level security hides other organisations' rows from reads, but a
 *   foreign-key check does not go through it, so a single-column key accepted another organisation's
 *   id (a beneficiary's referent supervisor, for instance). Found in the catalog, so none is missed.
 * - E-mail addresses are unique per organisation: a global index told an admin that an address was
 *   in use in some other organisation.
 * - API keys keep the roles they were created for (`granted_roles`); authentication intersects them
 *   with the account's current roles, so an account promoted later does not promote its keys.
 * And `audit_log` gains `beneficiary_ids`, for the trace of reads of health data (one row per request
 * and kind of data).
 */
class TenantReferences1765000000000 {
    constructor() {
        this.name = 'TenantReferences1765000000000';
    }
    async up(q) {
        await q.query(`
      do $$
      declare
        fk record;
      begin
        for fk in
          select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
                 (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) as col,
                 c.confdeltype
            from pg_constraint c
            join pg_namespace n on n.oid = c.connamespace
           where n.nspname = 'public' and c.contype = 'f' and array_length(c.conkey, 1) = 1
             and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'organization_id' and not a.attisdropped)
             and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'organization_id' and not a.attisdropped)
             and (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) <> 'organization_id'
        loop
          if not exists (
            select 1 from pg_constraint u where u.conrelid = fk.parent and u.contype = 'u'
               and u.conkey = array[(select attnum from pg_attribute where attrelid = fk.parent and attname = 'organization_id'),
                                    (select attnum from pg_attribute where attrelid = fk.parent and attname = 'id')]::int2[]) then
            execute format('alter table %s add constraint %I unique (organization_id, id)', fk.parent, fk.parent::text || '_organization_id_id_key');
          end if;
          execute format('alter table %s drop constraint %I', fk.child, fk.conname);
          execute format('alter table %s add constraint %I foreign key (organization_id, %I) references %s (organization_id, id)%s',
            fk.child, fk.conname, fk.col, fk.parent, case fk.confdeltype when 'c' then ' on delete cascade' else '' end);
        end loop;
      end $$;

      drop index app_user_email_key;
      create unique index app_user_email_key on app_user (organization_id, lower(email));

      alter table api_key add column granted_roles text[];
      update api_key k set granted_roles = array(
        select r from unnest(u.roles) r where r in ('partner', 'funder')) from app_user u where u.id = k.user_id;
      alter table api_key alter column granted_roles set not null;
      comment on column api_key.granted_roles is 'The roles the key was created for; it acts with these, and only while its account still holds them.';

      create or replace function auth_api_key(p_key_hash bytea)
        returns table (api_key_id bigint, user_id bigint, organization_id bigint, roles text[])
        language sql stable security definer set search_path = pg_catalog, public set app.maintenance = 'on' as $fn$
        select k.id, u.id, u.organization_id, array(select r from unnest(u.roles) r where r = any(k.granted_roles))
          from public.api_key k join public.app_user u on u.id = k.user_id and u.organization_id = k.organization_id
         where k.key_hash = p_key_hash and k.revoked_at is null and u.active
      $fn$;

      alter table audit_log add column beneficiary_ids bigint[];
      comment on column audit_log.beneficiary_ids is 'For reads of health data (operation read): the beneficiaries whose data of kind entity the request returned.';
      comment on table audit_log is 'One row per mutation: who, when, what (entity, id, status before and after), outcome (ok or the error code); and one row per request and kind of health data read (operation read, entity = the kind, beneficiary_ids). Append-only.';
    `);
    }
    async down(q) {
        await q.query(`
      alter table audit_log drop column beneficiary_ids;
      comment on table audit_log is 'One row per mutation: who, when, what (entity, id, status before and after), outcome (ok or the error code). Append-only.';
      create or replace function auth_api_key(p_key_hash bytea)
        returns table (api_key_id bigint, user_id bigint, organization_id bigint, roles text[])
        language sql stable security definer set search_path = pg_catalog, public set app.maintenance = 'on' as $fn$
        select k.id, u.id, u.organization_id, u.roles
          from public.api_key k join public.app_user u on u.id = k.user_id and u.organization_id = k.organization_id
         where k.key_hash = p_key_hash and k.revoked_at is null and u.active
      $fn$;
      alter table api_key drop column granted_roles;
      drop index app_user_email_key;
      create unique index app_user_email_key on app_user (lower(email));

      do $$
      declare
        fk record;
      begin
        for fk in
          select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
                 (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[2]) as col, c.confdeltype
            from pg_constraint c join pg_namespace n on n.oid = c.connamespace
           where n.nspname = 'public' and c.contype = 'f' and array_length(c.conkey, 1) = 2
             and (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) = 'organization_id'
        loop
          execute format('alter table %s drop constraint %I', fk.child, fk.conname);
          execute format('alter table %s add constraint %I foreign key (%I) references %s (id)%s',
            fk.child, fk.conname, fk.col, fk.parent, case fk.confdeltype when 'c' then ' on delete cascade' else '' end);
        end loop;
        for fk in
          select c.conname, c.conrelid::regclass as tbl from pg_constraint c join pg_namespace n on n.oid = c.connamespace
           where n.nspname = 'public' and c.contype = 'u' and c.conname like '%\\_organization\\_id\\_id\\_key'
        loop
          execute format('alter table %s drop constraint %I', fk.tbl, fk.conname);
        end loop;
      end $$;
    `);
    }
}
exports.TenantReferences1765000000000 = TenantReferences1765000000000;
//# sourceMappingURL=1765000000000-tenant-references.js.map