import pg from 'pg';
import request from 'supertest';
import { print, type DocumentNode } from 'graphql';
import { useTestApp } from './support/test-server';
import { createCustomer, createCustomerOf, createOrder } from './support/sales-builders';
import { CancelOrderChecked, CreateCustomerChecked } from './support/sales-operations';
import { RequestContext } from '../api/context';
import { createDataSource } from '../api/database/data-source';
import { APP_ROLE } from '../api/security/database-role';
import { Role } from '../schema/enums';

/** Tenant isolation in the database itself, the application role, and the audit log. */

const app = useTestApp();

/** A request context of the API for `organizationId` (or anonymous), as resolvers get it. */
function contextFor(organizationId: number | null): RequestContext {
  const user = organizationId === null ? null : { userId: app.fixture.adminUserId, organizationId, roles: [Role.ADMIN] };
  return new RequestContext('isolation-test', user, app.appDataSource);
}

async function tenantTables(): Promise<string[]> {
  const rows = await app.sql<{ table_name: string }>(
    `select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped)
      order by 1`,
  );
  return rows.map((row) => row.table_name);
}

describe('row-level security', () => {
  it('hides another organisation\'s rows from a query with no organisation filter', async () => {
    await createCustomer(app, 'Client de A');
    await createCustomerOf(app, app.fixture.otherOrganizationId, 'Client secret de B');
    const [{ count: everywhere }] = await app.sql<{ count: number }>(`select count(*)::int as count from customer where organization_id = $1`, [app.fixture.otherOrganizationId]);
    expect(everywhere).toBeGreaterThan(0);

    const ctx = contextFor(app.fixture.organizationId);
    try {
      const customers = await ctx.db.query<{ organization_id: number; legal_name: string }>('select * from customer');
      expect(customers.length).toBeGreaterThan(0);
      expect(customers.every((row) => Number(row.organization_id) === app.fixture.organizationId)).toBe(true);
      expect(customers.map((row) => row.legal_name)).not.toContain('Client secret de B');
      // Every tenant table, unfiltered: not one row of another organisation.
      for (const table of await tenantTables()) {
        const [{ count }] = await ctx.db.query<{ count: number }>(`select count(*)::int as count from ${table} where organization_id <> $1`, [app.fixture.organizationId]);
        expect({ table, count }).toEqual({ table, count: 0 });
      }
      const organizations = await ctx.db.query<{ id: number }>('select id from organization');
      expect(organizations.map((row) => Number(row.id))).toEqual([app.fixture.organizationId]);
    } finally {
      await ctx.db.finish();
    }
  });

  it('shows nothing to a request without an organisation', async () => {
    const ctx = contextFor(null);
    try {
      for (const table of [...(await tenantTables()), 'organization']) {
        const [{ count }] = await ctx.db.query<{ count: number }>(`select count(*)::int as count from ${table}`);
        expect({ table, count }).toEqual({ table, count: 0 });
      }
    } finally {
      await ctx.db.finish();
    }
  });

  it('keeps each read-only request to its organisation on a connection shared one after the other', async () => {
    await createCustomer(app, 'Client de A (connexion partagée)');
    await createCustomerOf(app, app.fixture.otherOrganizationId, 'Client de B (connexion partagée)');
    // One connection: every request below reuses it, its session carrying the last organisation set.
    const single = createDataSource(String((app.appDataSource.options as { url: string }).url), { poolSize: 1, role: APP_ROLE });
    await single.initialize();
    try {
      const sequence: [number | null, boolean][] = [
        [app.fixture.organizationId, true], [app.fixture.otherOrganizationId, true], [null, true], [app.fixture.organizationId, false],
        [app.fixture.otherOrganizationId, true], [app.fixture.otherOrganizationId, false], [app.fixture.organizationId, true],
      ];
      for (const [organizationId, readOnly] of sequence) {
        const user = organizationId === null ? null : { userId: app.fixture.adminUserId, organizationId, roles: [Role.ADMIN] };
        const ctx = new RequestContext('shared-connection-test', user, single);
        ctx.db.readOnly = readOnly;
        try {
          const rows = await ctx.db.query<{ organization_id: number }>('select organization_id from customer');
          if (organizationId === null) expect(rows).toHaveLength(0);
          else {
            expect(rows.length).toBeGreaterThan(0);
            expect(new Set(rows.map((row) => Number(row.organization_id)))).toEqual(new Set([organizationId]));
          }
        } finally {
          await ctx.db.finish();
        }
      }
    } finally {
      await single.destroy();
    }
  });

  it('refuses to write a row into another organisation, and to move one there', async () => {
    const mine = await createCustomer(app, 'Client à déplacer');
    const ctx = contextFor(app.fixture.organizationId);
    try {
      await expect(
        ctx.db.query(`insert into customer (organization_id, legal_name, siren, billing_line1, billing_postal_code, billing_city) values ($1, 'Intrus', '404833048', 'x', '75001', 'Paris')`, [app.fixture.otherOrganizationId]),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      ctx.db.markFailed();
      await ctx.db.finish();
    }
    const again = contextFor(app.fixture.organizationId);
    try {
      await expect(again.db.query(`update customer set organization_id = $1 where id = $2`, [app.fixture.otherOrganizationId, mine.id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      again.db.markFailed();
      await again.db.finish();
    }
    const [row] = await app.sql<{ organization_id: number }>(`select organization_id from customer where id = $1`, [mine.id]);
    expect(Number(row.organization_id)).toBe(app.fixture.organizationId);
  });

  it('covers every tenant table: RLS enabled and forced, with the tenant policy (a new table without it fails here)', async () => {
    const tables = await app.sql<{ name: string; has_org: boolean; rls: boolean; forced: boolean; policy: string | null }>(
      `select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped) as has_org,
              (select p.qual from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname and p.policyname = 'tenant_isolation') as policy
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    // Tables without tenant data (read-only to the API); anything else must carry organization_id.
    const shared = new Set(['migrations', 'legal_parameter']);
    for (const table of tables) {
      if (shared.has(table.name)) {
        const [privileges] = await app.sql<{ read: boolean; write: boolean }>(
          `select has_table_privilege($1, $2, 'select') as read, has_table_privilege($1, $2, 'insert, update, delete, truncate') as write`,
          [APP_ROLE, table.name],
        );
        expect({ table: table.name, ...privileges }).toEqual({ table: table.name, read: true, write: false });
        continue;
      }
      expect({ table: table.name, tenant: table.has_org || table.name === 'organization' }).toEqual({ table: table.name, tenant: true });
      expect({ table: table.name, rls: table.rls, forced: table.forced }).toEqual({ table: table.name, rls: true, forced: true });
      expect(table.policy ?? '').toContain(`current_setting('app.organization_id'::text, true)`);
    }
    expect(tables.filter((table) => table.has_org).length).toBeGreaterThanOrEqual(20);
  });
});

describe('the application role', () => {
  it('is not superuser, cannot bypass RLS and owns nothing', async () => {
    const [me] = await app.appDataSource.query(
      `select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
              (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
         from pg_roles r where r.rolname = current_user`,
    );
    expect(me).toEqual({ name: APP_ROLE, superuser: false, bypass: false, owned: 0 });
  });

  it('may insert and read the audit log, never change or delete it', async () => {
    const client = new pg.Client({ connectionString: (app.appDataSource.options as { url: string }).url, options: `-c role=${APP_ROLE}` });
    await client.connect();
    try {
      const attempt = async (sql: string) => {
        await client.query('begin');
        await client.query(`select set_config('app.organization_id', $1, true)`, [String(app.fixture.organizationId)]);
        try {
          await client.query(sql);
          await client.query('commit');
          return 'ok';
        } catch (error) {
          await client.query('rollback');
          return (error as { code?: string }).code;
        }
      };
      expect(await attempt(`insert into audit_log (organization_id, request_id, operation, outcome) values (${app.fixture.organizationId}, 'r', 'probe', 'ok')`)).toBe('ok');
      expect(await attempt(`select * from audit_log`)).toBe('ok');
      expect(await attempt(`update audit_log set outcome = 'forged'`)).toBe('42501');
      expect(await attempt(`delete from audit_log`)).toBe('42501');
      expect(await attempt(`truncate audit_log`)).toBe('42501');
      expect(await attempt(`insert into organization (name) values ('Nouvelle')`)).toBe('42501');
      expect(await attempt(`create table escape (id int)`)).toBe('42501');
    } finally {
      await client.end();
    }
    // Even the owner goes through the append-only trigger.
    await expect(app.sql(`update audit_log set outcome = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from audit_log`)).rejects.toThrow(/append-only/);
  });
});

describe('audit log', () => {
  async function mutate(document: DocumentNode, variables: unknown, requestId: string) {
    const response = await request(app.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${app.token([Role.COMMERCIAL])}`)
      .set('x-request-id', requestId)
      .send({ query: print(document), variables });
    expect(response.headers['x-request-id']).toBe(requestId);
    return response.body;
  }

  async function auditOf(requestId: string) {
    return app.sql<Record<string, unknown>>(
      `select organization_id::int, user_id::int, api_key_id, operation, entity, entity_id::int, status_before, status_after, outcome, occurred_at
         from audit_log where request_id = $1 order by id`,
      [requestId],
    );
  }

  it('records who created what, when, with the request id', async () => {
    const before = new Date();
    const body = await mutate(CreateCustomerChecked, { input: { legalName: 'Client audité', siren: '732829320', billingAddress: { line1: '1 rue', postalCode: '69001', city: 'Lyon' } } }, 'audit-create-1');
    const id = Number(body.data.createCustomer.id);
    const [entry] = await auditOf('audit-create-1');
    expect(entry).toMatchObject({
      organization_id: app.fixture.organizationId, user_id: app.fixture.adminUserId, api_key_id: null,
      operation: 'createCustomer', entity: 'Customer', entity_id: id, status_before: null, status_after: null, outcome: 'ok',
    });
    expect((entry.occurred_at as Date).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it('records the state before and after a transition, and a refused transition with its error code', async () => {
    const { order } = await createOrder(app, [2]);
    await mutate(CancelOrderChecked, { id: order.id }, 'audit-cancel-1');
    await mutate(CancelOrderChecked, { id: order.id }, 'audit-cancel-2');
    expect(await auditOf('audit-cancel-1')).toMatchObject([{ operation: 'cancelOrder', entity: 'Order', entity_id: Number(order.id), status_before: 'confirmed', status_after: 'cancelled', outcome: 'ok' }]);
    expect(await auditOf('audit-cancel-2')).toMatchObject([{ operation: 'cancelOrder', status_before: 'cancelled', status_after: 'cancelled', outcome: 'INVALID_STATE' }]);
  });

  it('writes nothing for a mutation refused to the role (FORBIDDEN never reaches the data)', async () => {
    const response = await request(app.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${app.token([Role.VIEWER])}`)
      .set('x-request-id', 'audit-forbidden-1')
      .send({ query: print(CancelOrderChecked), variables: { id: '1' } });
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await auditOf('audit-forbidden-1')).toEqual([]);
  });
});
