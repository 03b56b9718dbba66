import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenant policy of every table compares the row's organisation with the session's
 * (`app.organization_id`) read by a scalar subquery, which PostgreSQL computes once per statement
 * (an InitPlan), instead of an expression it evaluates again wherever the policy applies: in a page
 * that embeds its relations, each correlated subquery re-ran it at each of its ≈ 1 100 executions
 * (a GUC look-up and a cast each time). Same rows visible and writable; (a)'s PostgreSQL CPU per
 * answer 1.20–1.25× the ceiling's → 1.11–1.12× (bench/README.md, *Issue 17, 2026-12-06*). A
 * metadata change: ALTER POLICY rewrites no row.
 *
 * `set_tenant_policy` writes the policy's expression; what `secure_tenant_table` did so far stays, as
 * `secure_tenant_table_rules` (the way 1764500000000 wraps it), followed by the policy in this form,
 * for the tables secured later.
 */
const ONCE_PER_STATEMENT = `(select nullif(current_setting('app.organization_id', true), '')::bigint)`;
const PER_EVALUATION = `nullif(current_setting('app.organization_id', true), '')::bigint`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Every tenant table's policy set to `organization`, the expression of the session's organisation. */
const setEveryPolicy = (organization: string) => `
  select set_tenant_policy(format('%I.%I', schemaname, tablename)::regclass, ${literal(organization)})
    from pg_policies where policyname = 'tenant_isolation'`;

export class TenantPolicyOncePerStatement1767400000000 implements MigrationInterface {
  name = 'TenantPolicyOncePerStatement1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function set_tenant_policy(target regclass, organization text) returns void language plpgsql as $fn$
      declare
        tenant text := case when target = 'organization'::regclass then 'id' else 'organization_id' end;
      begin
        execute format('alter policy tenant_isolation on %s using (%I = %s) with check (%I = %s)', target, tenant, organization, tenant, organization);
      end $fn$;
      revoke all on function set_tenant_policy(regclass, text) from public;
      alter function secure_tenant_table(regclass) rename to secure_tenant_table_rules;
      create function secure_tenant_table(target regclass) returns void language plpgsql as $fn$
      begin
        perform secure_tenant_table_rules(target);
        perform set_tenant_policy(target, ${literal(ONCE_PER_STATEMENT)});
      end $fn$;`);
    await q.query(setEveryPolicy(ONCE_PER_STATEMENT));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(setEveryPolicy(PER_EVALUATION));
    await q.query(`
      drop function secure_tenant_table(regclass);
      alter function secure_tenant_table_rules(regclass) rename to secure_tenant_table;
      drop function set_tenant_policy(regclass, text);`);
  }
}
