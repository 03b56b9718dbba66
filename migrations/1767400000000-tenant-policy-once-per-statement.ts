import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenant policy of every table compares the row's organisation with the session's
 * (`app.organization_id`) read by a scalar subquery, which PostgreSQL computes once per statement
 * (an InitPlan), instead of an expression it evaluates again wherever the policy applies: in a page
 * that embeds its relations, each correlated subquery re-ran it at each of its ≈ 1 100 executions
 * (a GUC look-up and a cast each time). Same rows visible and writable; (a)'s PostgreSQL CPU per
 * answer 1.20–1.25× the ceiling's → 1.11–1.12× (bench/README.md, *Issue 17, 2026-12-06*). A
 * metadata change: ALTER POLICY rewrites no row. Tables secured later get the same form.
 */
const ORGANIZATION = `(select nullif(current_setting('app.organization_id', true), '')::bigint)`;
const BEFORE = `nullif(current_setting('app.organization_id', true), '')::bigint`;

function policies(organization: string): string {
  return `
    create or replace function secure_tenant_table(target regclass) returns void language plpgsql as $fn$
    declare
      tenant text := case when target = 'organization'::regclass then 'id' else 'organization_id' end;
    begin
      execute format('alter table %s enable row level security', target);
      execute format('alter table %s force row level security', target);
      execute format('drop policy if exists tenant_isolation on %s', target);
      execute format('create policy tenant_isolation on %s using (%I = ${organization.replace(/'/g, "''")}) with check (%I = ${organization.replace(/'/g, "''")})', target, tenant, tenant);
      execute format('drop policy if exists owner_maintenance on %s', target);
      execute format(
        'create policy owner_maintenance on %s to %I using (current_setting(''app.maintenance'', true) = ''on'') ' ||
        'with check (current_setting(''app.maintenance'', true) = ''on'')', target, current_user);
      execute format('grant select, insert, update, delete on %s to ub_app', target);
    end $fn$;

    do $$
    declare
      p record;
      tenant text;
    begin
      for p in select schemaname, tablename, qual from pg_policies where policyname = 'tenant_isolation' loop
        tenant := case when p.qual like '(id =%' then 'id' else 'organization_id' end;
        execute format('alter policy tenant_isolation on %I.%I using (%I = ${organization.replace(/'/g, "''")}) with check (%I = ${organization.replace(/'/g, "''")})',
                       p.schemaname, p.tablename, tenant, tenant);
      end loop;
    end $$;`;
}

export class TenantPolicyOncePerStatement1767400000000 implements MigrationInterface {
  name = 'TenantPolicyOncePerStatement1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(policies(ORGANIZATION));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(policies(BEFORE));
  }
}
