import crypto from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../api/database/data-source';
import { createApp, type RunningApp, type ServerOptions } from '../../api/server';
import type { ReadPath } from '../../api/read/request-reads';
import { createLogger } from '../../api/logger';
import { signStaffToken } from '../../api/auth/token';
import { Role } from '../../schema/enums';
import { APP_ROLE } from '../../api/security/database-role';
import type { QueryLimits } from '../../api/security/query-limits';

/** One template per test run, so concurrent runs on the same server never meet. */
export const TEMPLATE_DATABASE = `ub_test_template_${process.env.UB_TEST_RUN_ID ?? (process.env.UB_TEST_RUN_ID = String(process.pid))}`;
export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface Fixture {
  organizationId: number;
  esatId: number;
  eaId: number;
  adminUserId: number;
  otherOrganizationId: number;
  otherEstablishmentId: number;
  otherAdminUserId: number;
}

export interface TestApp {
  server: RunningApp;
  /** The owner's connections (seeding, assertions); the API itself runs as the application role. */
  dataSource: DataSource;
  /** The API's connections, as the application role under row-level security. */
  appDataSource: DataSource;
  fixture: Fixture;
  /** A signed token for the fixture organisation (or another one) with the given roles. */
  token(roles?: Role[], organizationId?: number): string;
  /** Runs a typed GraphQL operation over HTTP as the given token (default: admin). */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string | null): Promise<ExecutionResult<R> & { extensions?: { sqlStatements?: number } }>;
  /** Switches how list pages read (GRAPHQL_RENDERING), from the next request on. */
  setReadPath(path: ReadPath): void;
  /** Runs SQL directly (as the test, outside the API) for assertions. */
  sql<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

async function seedFixture(dataSource: DataSource): Promise<Fixture> {
  // An association with the identities its documents print (VAT number: FR + key 44 + SIREN 732829320).
  const [org] = await dataSource.query(
    `insert into organization (name, legal_form, rna_number, vat_number, address_line1, postal_code, city, late_penalty_terms, early_payment_discount_terms)
     values ('Les Ateliers du Test', 'Association déclarée (loi du 1er juillet 1901)', 'W691000001', 'FR44732829320', '3 rue du Test', '69007', 'Lyon',
             'Pénalités de retard : trois fois le taux d''intérêt légal', 'Pas d''escompte pour paiement anticipé') returning id`,
  );
  const [esat] = await dataSource.query(
    `insert into establishment (organization_id, kind, code, name, siret, finess, city, address_line1, postal_code, iban, bic)
     values ($1, 'esat', 'ESAT-T', 'ESAT du Test', '73282932000074', '690000001', 'Lyon', '52 rue de Gerland', '69007', 'FR1420041010050500013M02606', 'BNPAFRPP') returning id`,
    [org.id],
  );
  const [ea] = await dataSource.query(
    `insert into establishment (organization_id, kind, code, name, siret, city, address_line1, postal_code) values ($1, 'ea', 'EA-T', 'EA du Test', '73282932000082', 'Villeurbanne', '31 rue Léon Blum', '69100') returning id`,
    [org.id],
  );
  const [admin] = await dataSource.query(
    // Holds every role: tests pick the role they act in through the token (a token's roles count only
    // if the user holds them).
    `insert into app_user (organization_id, email, display_name, roles) values ($1, 'admin@test.fr', 'Admin Test', '{admin,commercial,supervisor,medico_social,partner,funder,viewer}') returning id`,
    [org.id],
  );
  const [other] = await dataSource.query(`insert into organization (name) values ('Autre Organisme') returning id`);
  const [otherEstablishment] = await dataSource.query(
    `insert into establishment (organization_id, kind, code, name, siret, city) values ($1, 'esat', 'ESAT-O', 'ESAT Autre', '40483304800022', 'Paris') returning id`,
    [other.id],
  );
  const [otherAdmin] = await dataSource.query(
    `insert into app_user (organization_id, email, display_name, roles) values ($1, 'admin@autre.fr', 'Admin Autre', '{admin,commercial,supervisor,medico_social,partner,funder,viewer}') returning id`,
    [other.id],
  );
  return {
    organizationId: Number(org.id),
    esatId: Number(esat.id),
    eaId: Number(ea.id),
    adminUserId: Number(admin.id),
    otherOrganizationId: Number(other.id),
    otherEstablishmentId: Number(otherEstablishment.id),
    otherAdminUserId: Number(otherAdmin.id),
  };
}

/** A fresh database cloned from the migrated template, with the API in front of it. */
export async function startTestApp(options: { queryLimits?: QueryLimits } = {}): Promise<TestApp> {
  if (!process.env.UB_TEST_ADMIN_URL) throw new Error('UB_TEST_ADMIN_URL is not set: run the tests through jest (global setup)');
  const database = await templateCopy('ub_test');
  const url = database.url;
  const dataSource = createDataSource(url, { poolSize: 30 });
  await dataSource.initialize();
  const fixture = await seedFixture(dataSource);
  const appDataSource = createDataSource(url, { poolSize: 30, role: APP_ROLE });
  await appDataSource.initialize();
  const serverOptions: ServerOptions = { dataSource: appDataSource, authSecret: TEST_SECRET, introspection: true, graphiql: true, logger: createLogger((process.env.TEST_LOG_LEVEL as 'error' | undefined) ?? 'silent'), exposeSqlCount: true, queryLimits: options.queryLimits };
  const server = await createApp(serverOptions);

  const token = (roles: Role[] = [Role.ADMIN], organizationId = fixture.organizationId) =>
    signStaffToken(TEST_SECRET, { userId: organizationId === fixture.otherOrganizationId ? fixture.otherAdminUserId : fixture.adminUserId, organizationId, roles });
  const adminToken = token();

  return {
    server,
    dataSource,
    appDataSource,
    fixture,
    token,
    async gql(document, variables, bearer = adminToken) {
      let call = request(server.app).post('/graphql').set('content-type', 'application/json');
      if (bearer) call = call.set('authorization', `Bearer ${bearer}`);
      const response = await call.send({ query: print(document), variables });
      return response.body;
    },
    setReadPath(path) {
      serverOptions.readPath = path;
    },
    sql: (text, values) => dataSource.query(text, values),
    async close() {
      await server.close();
      await appDataSource.destroy();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/**
 * The test app of a test file: started before its tests, closed after them. Call it at the top of the
 * file, before any `beforeAll` that uses it; the handle forwards to the started app.
 */
export function useTestApp(options: { queryLimits?: QueryLimits } = {}): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as TestApp, {
    get(_target, key) {
      if (!started) throw new Error('the test app starts in beforeAll: use it inside hooks and tests');
      return Reflect.get(started, key);
    },
  });
}

/** A fresh database cloned from the migrated template, without the fixture: its URL, and how to drop it. */
export async function templateCopy(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.UB_TEST_ADMIN_URL!;
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
