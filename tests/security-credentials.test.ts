import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { useTestApp, TEST_SECRET } from './support/test-server';
import { errorCodes, rawGql } from './support/security-client';
import { ConfigError, loadConfig, loadServerConfig } from '../api/config';
import { createApp } from '../api/server';
import { createLogger } from '../api/logger';

/**
 * Credentials: what production refuses to do by default, what an API key can do whatever happens
 * to its account later, and what account management tells about other organisations.
 */

const app = useTestApp();

describe('production defaults', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-credentials-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('refuses to start without AUTH_SECRET in production, and generates no secret', () => {
    const dataDir = path.join(tmp, 'no-secret');
    expect(() => loadServerConfig({ NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(ConfigError);
    expect(() => loadServerConfig({ NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(/AUTH_SECRET must be set when NODE_ENV=production/);
    expect(fs.existsSync(path.join(dataDir, 'dev-auth-secret'))).toBe(false);
    // With a secret, production starts with GraphiQL and introspection off unless asked for.
    const secret = 'a-production-secret-of-at-least-32-characters';
    const config = loadServerConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, AUTH_SECRET: secret });
    expect(config).toMatchObject({ production: true, graphiql: false, introspection: false, authSecretIsDevelopment: false, authSecret: secret });
    expect(loadServerConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, AUTH_SECRET: secret, GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'dev-auth-secret'))).toBe(false);
    // Development keeps its conveniences.
    expect(loadConfig({ DATA_DIR: path.join(tmp, 'dev') })).toMatchObject({ production: false, graphiql: true, authSecretIsDevelopment: true });
  });

  it('serves no GraphiQL when it is off, and a GraphiQL without any token when it is on and none was given', async () => {
    const logger = createLogger('silent');
    const off = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: false, graphiql: false, logger });
    const on = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: false, graphiql: true, logger });
    try {
      const closed = await request(off.app).get('/graphql').set('accept', 'text/html');
      expect(closed.text).not.toMatch(/GraphiQL/i);
      expect((await request(off.app).get('/graphiql/graphiql.js')).status).toBe(404);
      const page = await request(on.app).get('/graphql').set('accept', 'text/html');
      expect(page.text).toMatch(/<title>[^<]*GraphiQL/i);
      expect(page.text).not.toMatch(/Bearer|eyJ/);
    } finally {
      await off.close();
      await on.close();
    }
  });
});

describe('API keys', () => {
  it('act only with the partner rights they were created for, whatever roles their account gains later', async () => {
    const created = await rawGql(app, `mutation { createUser(input: { email: "portail@client.fr", displayName: "Portail", roles: [PARTNER] }) { ... on User { id } } }`);
    const userId = (created.body.data!.createUser as { id: string }).id;
    const keyResult = await rawGql(app, `mutation { createApiKey(input: { userId: "${userId}", label: "Portail" }) { ... on ApiKeyCreated { key } } }`);
    const key = `ApiKey ${(keyResult.body.data!.createApiKey as { key: string }).key}`;
    expect((await rawGql(app, `{ me { roles } }`, {}, key)).body.data!.me).toEqual({ roles: ['PARTNER'] });

    const promoted = await rawGql(app, `mutation { updateUserRoles(id: "${userId}", roles: [PARTNER, ADMIN, MEDICO_SOCIAL]) { __typename } }`);
    expect(promoted.body.data!.updateUserRoles).toEqual({ __typename: 'User' });
    expect((await rawGql(app, `{ me { roles } }`, {}, key)).body.data!.me).toEqual({ roles: ['PARTNER'] });
    expect(errorCodes(await rawGql(app, `{ users { totalItems } }`, {}, key))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await rawGql(app, `{ beneficiaries { totalItems } }`, {}, key))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await rawGql(app, `mutation { createUser(input: { email: "pirate@client.fr", displayName: "X", roles: [ADMIN] }) { __typename } }`, {}, key))).toEqual(['FORBIDDEN']);
    // Checked where it is used: an account that loses PARTNER takes the key's rights away.
    await rawGql(app, `mutation { updateUserRoles(id: "${userId}", roles: [ADMIN]) { __typename } }`);
    expect((await rawGql(app, `{ me { roles } }`, {}, key)).body.data!.me).toEqual({ roles: [] });
    expect(errorCodes(await rawGql(app, `{ users { totalItems } }`, {}, key))).toEqual(['FORBIDDEN']);
  });
});

describe('e-mail addresses', () => {
  it('are unique within an organisation and tell nothing about another organisation\'s accounts', async () => {
    const create = (email: string, organizationId?: number) =>
      rawGql(app, `mutation { createUser(input: { email: "${email}", displayName: "X", roles: [VIEWER] }) { __typename ... on ErrorResult { errorCode } } }`, {},
        `Bearer ${app.token(undefined, organizationId)}`);
    // admin@autre.fr is the other organisation's admin: creating it here is no clash.
    expect((await create('admin@autre.fr')).body.data!.createUser).toEqual({ __typename: 'User' });
    expect((await create('ADMIN@autre.fr')).body.data!.createUser).toEqual({ __typename: 'DuplicateError', errorCode: 'DUPLICATE' });
    expect((await create('admin@test.fr', app.fixture.otherOrganizationId)).body.data!.createUser).toEqual({ __typename: 'User' });
  });
});
