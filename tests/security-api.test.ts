import request from 'supertest';
import { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { errorCodes, rawGql } from './support/security-client';
import { appSchema } from '../api/schema-build';
import { Role } from '../schema/enums';
import { signStaffToken } from '../api/auth/token';
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { createApp } from '../api/server';
import type { Logger } from '../api/logger';

/** Authorization rules on the whole schema, accounts and API keys, query limits, request ids, metrics. */

const app = useTestApp();

describe('schema walk', () => {
  it('finds an explicit @Authorized rule on every query and mutation', async () => {
    const schema = await appSchema();
    const storage = getMetadataStorage();
    const handlers = [...storage.queries, ...storage.mutations];
    const missing: string[] = [];
    const openToAnyone: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const name of Object.keys(root.getFields())) {
        const handler = handlers.find((h) => h.schemaName === name);
        const rule = handler && storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
        if (!rule) missing.push(`${root.name}.${name}`);
        else if (rule.roles.length === 0) openToAnyone.push(`${root.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
    // Only "who am I" is open to any authenticated caller; everything else names its roles.
    expect(openToAnyone).toEqual(['Query.me']);
  });

  it('answers UNAUTHENTICATED to every query and mutation without credentials', async () => {
    const schema = await appSchema();
    for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const field of Object.values(root.getFields())) {
        // Without arguments: validation may answer first for required ones, which is also a refusal.
        const required = field.args.filter((arg) => String(arg.type).endsWith('!'));
        const args = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
        const vars = required.length ? `(${required.map((arg) => `$${arg.name}: ${arg.type}`).join(', ')})` : '';
        const response = await rawGql(app, `${root.name === 'Query' ? 'query' : 'mutation'} Probe${vars} { ${field.name}${args} { __typename } }`, {}, null);
        expect({ field: field.name, codes: errorCodes(response).filter((code) => code !== 'UNAUTHENTICATED' && code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_VALIDATION_FAILED') })
          .toEqual({ field: field.name, codes: [] });
        expect(response.body.data?.[field.name] ?? null).toBeNull();
      }
    }
  });
});

const USER_FIELDS = `__typename ... on User { id email displayName roles active } ... on ErrorResult { errorCode message }`;

describe('accounts', () => {
  it('lets an admin create, list, change and deactivate accounts; a role change ends the old tokens', async () => {
    const created = await rawGql(app, `mutation { createUser(input: { email: "moniteur@test.fr", displayName: "Moniteur", roles: [SUPERVISOR] }) { ${USER_FIELDS} } }`);
    expect(created.body.data!.createUser).toMatchObject({ __typename: 'User', email: 'moniteur@test.fr', roles: ['SUPERVISOR'], active: true });
    const id = Number((created.body.data!.createUser as { id: string }).id);
    const duplicate = await rawGql(app, `mutation { createUser(input: { email: "MONITEUR@test.fr", displayName: "Bis", roles: [VIEWER] }) { ${USER_FIELDS} } }`);
    expect(duplicate.body.data!.createUser).toMatchObject({ errorCode: 'DUPLICATE' });

    const list = await rawGql(app, `{ users(options: { search: "moniteur" }) { totalItems items { id email } } }`);
    expect(list.body.data!.users).toEqual({ totalItems: 1, items: [{ id: String(id), email: 'moniteur@test.fr' }] });

    const oldToken = signStaffToken(TEST_SECRET, { userId: id, organizationId: app.fixture.organizationId, roles: [Role.SUPERVISOR] });
    expect(errorCodes(await rawGql(app, `{ catalogItems { totalItems } }`, {}, `Bearer ${oldToken}`))).toEqual([]);
    // A token may not carry a role the account does not hold: it is dropped.
    const inflated = signStaffToken(TEST_SECRET, { userId: id, organizationId: app.fixture.organizationId, roles: [Role.ADMIN] });
    expect(errorCodes(await rawGql(app, `{ users { totalItems } }`, {}, `Bearer ${inflated}`))).toEqual(['FORBIDDEN']);

    const changed = await rawGql(app, `mutation { updateUserRoles(id: "${id}", roles: [VIEWER]) { ${USER_FIELDS} } }`);
    expect(changed.body.data!.updateUserRoles).toMatchObject({ roles: ['VIEWER'] });
    expect(errorCodes(await rawGql(app, `{ catalogItems { totalItems } }`, {}, `Bearer ${oldToken}`))).toEqual(['UNAUTHENTICATED']);

    await new Promise((resolve) => setTimeout(resolve, 1100)); // tokens issued within the second of a change are refused too
    const newToken = signStaffToken(TEST_SECRET, { userId: id, organizationId: app.fixture.organizationId, roles: [Role.VIEWER] });
    expect(errorCodes(await rawGql(app, `{ orders { totalItems } }`, {}, `Bearer ${newToken}`))).toEqual([]);

    const deactivated = await rawGql(app, `mutation { deactivateUser(id: "${id}") { ${USER_FIELDS} } }`);
    expect(deactivated.body.data!.deactivateUser).toMatchObject({ active: false });
    expect(errorCodes(await rawGql(app, `{ orders { totalItems } }`, {}, `Bearer ${newToken}`))).toEqual(['UNAUTHENTICATED']);
    const [audit] = await app.sql(`select status_before, status_after, outcome from audit_log where operation = 'deactivateUser' and entity_id = $1`, [id]);
    expect(audit).toEqual({ status_before: 'active', status_after: 'inactive', outcome: 'ok' });
  });

  it('keeps an admin from locking themselves out, and other organisations\' accounts out of reach', async () => {
    const self = await rawGql(app, `mutation { deactivateUser(id: "${app.fixture.adminUserId}") { ${USER_FIELDS} } }`);
    expect(self.body.data!.deactivateUser).toMatchObject({ errorCode: 'INVALID_STATE' });
    const demote = await rawGql(app, `mutation { updateUserRoles(id: "${app.fixture.adminUserId}", roles: [VIEWER]) { ${USER_FIELDS} } }`);
    expect(demote.body.data!.updateUserRoles).toMatchObject({ errorCode: 'INVALID_STATE' });
    const foreign = await rawGql(app, `mutation { deactivateUser(id: "${app.fixture.otherAdminUserId}") { ${USER_FIELDS} } }`);
    expect(foreign.body.data!.deactivateUser).toMatchObject({ errorCode: 'NOT_FOUND' });
    const [other] = await app.sql<{ active: boolean }>(`select active from app_user where id = $1`, [app.fixture.otherAdminUserId]);
    expect(other.active).toBe(true);
  });

  it('refuses account management to every role but admin', async () => {
    for (const role of [Role.COMMERCIAL, Role.SUPERVISOR, Role.MEDICO_SOCIAL, Role.PARTNER, Role.FUNDER, Role.VIEWER]) {
      const token = `Bearer ${app.token([role])}`;
      expect(errorCodes(await rawGql(app, `{ users { totalItems } }`, {}, token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await rawGql(app, `mutation { createUser(input: { email: "x${role}@test.fr", displayName: "X", roles: [ADMIN] }) { __typename } }`, {}, token))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('partner API keys', () => {
  it('authenticates a partner by key, stores only its hash, and stops at revocation', async () => {
    const partner = await rawGql(app, `mutation { createUser(input: { email: "partenaire@client.fr", displayName: "Portail client", roles: [PARTNER] }) { ${USER_FIELDS} } }`);
    const partnerId = (partner.body.data!.createUser as { id: string }).id;
    const created = await rawGql(app, `mutation { createApiKey(input: { userId: "${partnerId}", label: "Portail" }) {
      __typename ... on ApiKeyCreated { key apiKey { id prefix revokedAt } } ... on ErrorResult { errorCode } } }`);
    const { key, apiKey } = created.body.data!.createApiKey as { key: string; apiKey: { id: string; prefix: string } };
    expect(key).toMatch(/^ubk_/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const stored = JSON.stringify(await app.sql(`select * from api_key`));
    expect(stored).not.toContain(key.slice(12));

    const me = await rawGql(app, `{ me { userId roles } }`, {}, `ApiKey ${key}`);
    expect(me.body.data!.me).toEqual({ userId: partnerId, roles: ['PARTNER'] });
    // A partner never reads sales documents nor beneficiaries.
    expect(errorCodes(await rawGql(app, `{ orders { totalItems } }`, {}, `ApiKey ${key}`))).toEqual(['FORBIDDEN']);
    const listed = await rawGql(app, `{ apiKeys(userId: "${partnerId}") { id prefix revokedAt } }`);
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const revoked = await rawGql(app, `mutation { revokeApiKey(id: "${apiKey.id}") { __typename ... on ApiKey { revokedAt } } }`);
    expect((revoked.body.data!.revokeApiKey as { revokedAt: string }).revokedAt).toBeTruthy();
    expect(errorCodes(await rawGql(app, `{ me { userId } }`, {}, `ApiKey ${key}`))).toEqual(['UNAUTHENTICATED']);
    for (const forged of [`ApiKey ${key.slice(0, -1)}A`, 'ApiKey ubk_short', `Basic ${Buffer.from('a:b').toString('base64')}`, 'Bearer']) {
      expect(errorCodes(await rawGql(app, `{ me { userId } }`, {}, forged))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('gives keys to partner and funder accounts only', async () => {
    const created = await rawGql(app, `mutation { createApiKey(input: { userId: "${app.fixture.adminUserId}", label: "admin" }) { __typename ... on ErrorResult { errorCode } } }`);
    expect(created.body.data!.createApiKey).toMatchObject({ errorCode: 'INVALID_STATE' });
    const [{ count }] = await app.sql<{ count: number }>(`select count(*)::int as count from api_key where user_id = $1`, [app.fixture.adminUserId]);
    expect(count).toBe(0);
  });
});

describe('query limits and request handling', () => {
  it('refuses a query nested too deep, or too costly, before running it', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'id' : `quote { order { ${nest(levels - 1)} } }`);
    expect(errorCodes(await rawGql(app, `{ orders { items { ${nest(4)} } } }`))).toEqual([]); // depth 11
    const tooDeep = await rawGql(app, `{ orders { items { ${nest(6)} } } }`); // depth 15
    expect(errorCodes(tooDeep)).toEqual(['QUERY_TOO_DEEP']);
    expect(tooDeep.status).toBe(400);
    // Aliases repeat a costly field: each copy counts.
    const page = `invoices(options: { take: 100 }) { items { lines { id quantity orderLine { id quantity description } } } }`;
    expect(errorCodes(await rawGql(app, `{ a: ${page} }`))).toEqual([]);
    const costly = await rawGql(app, `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${page}`).join(' ')} }`);
    expect(errorCodes(costly)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('answers a body over 1 MB with PAYLOAD_TOO_LARGE and malformed JSON with BAD_REQUEST, without internals', async () => {
    const big = await request(app.server.app).post('/graphql').set('content-type', 'application/json').send(JSON.stringify({ query: `{ me { userId } }`, variables: { x: 'a'.repeat(1_100_000) } }));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await request(app.server.app).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(broken.body) + big.text).not.toMatch(/node_modules|at \w+ \(|SyntaxError/);
  });

  it('reads compressed bodies (gzip, deflate, br), their 1 MB counted inflated; refuses other encodings and broken streams', async () => {
    const server = http.createServer(app.server.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const post = async (body: Buffer, encoding: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding, authorization: `Bearer ${app.token()}` },
        body,
      });
      return { status: response.status, body: (await response.json()) as { data?: { me: { userId: string } }; errors?: { message: string; extensions: { code: string } }[] } };
    };
    try {
      const query = Buffer.from(JSON.stringify({ query: '{ me { userId } }' }));
      for (const [encoding, compress] of [['gzip', zlib.gzipSync], ['deflate', zlib.deflateSync], ['br', zlib.brotliCompressSync]] as const) {
        const answer = await post(compress(query), encoding);
        expect(answer.status).toBe(200);
        expect(answer.body.data!.me.userId).toBe(String(app.fixture.adminUserId));
      }
      // 1.1 MB of variables compress to a few kilobytes: still too large.
      const bomb = zlib.gzipSync(Buffer.from(JSON.stringify({ query: '{ me { userId } }', variables: { x: 'a'.repeat(1_100_000) } })));
      expect(bomb.length).toBeLessThan(20_000);
      const tooLarge = await post(bomb, 'gzip');
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.errors![0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      const broken = await post(Buffer.from('not gzip at all'), 'gzip');
      expect(broken.status).toBe(400);
      expect(broken.body.errors![0].extensions.code).toBe('BAD_REQUEST');
      const unknown = await post(query, 'compress');
      expect(unknown.status).toBe(415);
      expect(unknown.body.errors![0].message).toMatch(/Content-Encoding/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves queries over GET with a preflight header, never mutations, and GraphiQL to a browser', async () => {
    const auth = `Bearer ${app.token()}`;
    const get = (query: string) => request(app.server.app).get('/graphql').query({ query }).set('authorization', auth);
    const query = await get('{ me { userId } }').set('apollo-require-preflight', 'true');
    expect(query.status).toBe(200);
    expect(query.body.data.me.userId).toBe(String(app.fixture.adminUserId));
    // Without a header a browser cannot send cross-site, Apollo's CSRF prevention refuses it.
    const simple = await get('{ me { userId } }');
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF/);
    const mutation = await get('mutation { __typename }').set('apollo-require-preflight', 'true');
    expect(mutation.status).toBe(405);
    const page = await request(app.server.app).get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<title>[^<]*GraphiQL/i);
    // A form post (text/plain) is refused the same way, and runs nothing.
    const form = await request(app.server.app).post('/graphql').set('content-type', 'text/plain').set('authorization', auth).send('{"query":"{ me { userId } }"}');
    expect(form.status).toBe(400);
    expect(form.text).not.toMatch(/userId"/);
  });

  it('takes a client that hangs up in the middle of its body in its stride: nothing logged as an error, the next call served', async () => {
    const errors: string[] = [];
    const logger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (message) => void errors.push(message) };
    const own = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: false, logger });
    const server = http.createServer(own.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      await new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write('POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
          setTimeout(() => socket.destroy(), 100);
        });
        socket.on('close', () => resolve());
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = await request(server).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${app.token()}`).send({ query: '{ me { userId } }' });
      expect(next.body.data.me.userId).toBe(String(app.fixture.adminUserId));
      expect(errors).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await own.close();
    }
  });

  it('logs a masked error with the id of the request it happened in and the caller, even when requests overlap', async () => {
    const lines: { message: string; fields?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (message, fields) => void lines.push({ message, fields }),
      error: (message, fields) => void lines.push({ message, fields }),
    };
    const own = await createApp({ dataSource: app.appDataSource, authSecret: TEST_SECRET, introspection: false, logger });
    // The API's role loses a privilege: the catalog query fails in the database, unexpectedly.
    await app.sql(`revoke select on catalog_item from ub_app`);
    try {
      const { adminUserId, organizationId, otherAdminUserId, otherOrganizationId } = app.fixture;
      const callers = [[adminUserId, organizationId], [otherAdminUserId, otherOrganizationId], [adminUserId, organizationId]];
      const answers = await Promise.all(callers.map(([userId, organization], index) => request(own.app).post('/graphql').set('content-type', 'application/json')
        .set('x-request-id', `overlap-${index + 1}`)
        .set('authorization', `Bearer ${signStaffToken(TEST_SECRET, { userId, organizationId: organization, roles: [Role.ADMIN] })}`)
        .send({ query: '{ catalogItems { totalItems } }' })));
      for (const [index, answer] of answers.entries()) {
        const error = answer.body.errors[0];
        expect(error).toEqual(expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) } }));
        expect(JSON.stringify(answer.body)).not.toMatch(/permission|catalog_item/);
        const logged = lines.filter((line) => line.fields?.errorId === error.extensions.errorId);
        expect(logged).toEqual([{ message: 'unexpected error', fields: expect.objectContaining({ requestId: `overlap-${index + 1}`, userId: callers[index][0] }) }]);
      }
    } finally {
      await app.sql(`grant select on catalog_item to ub_app`);
      await own.close();
    }
  });

  it('echoes a request id, generating one when the client sends none or an unsafe one', async () => {
    const given = await rawGql(app, `{ me { userId } }`, {}, undefined, { 'x-request-id': 'client-42' });
    expect(given.headers['x-request-id']).toBe('client-42');
    const generated = await rawGql(app, `{ me { userId } }`);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await rawGql(app, `{ me { userId } }`, {}, undefined, { 'x-request-id': 'evil\tline {"level":"error"}' });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes Prometheus metrics: request counts, latency histogram, errors, pool usage', async () => {
    await rawGql(app, `{ orders { totalItems } }`);
    await rawGql(app, `{ orders { totalItems } }`, {}, null);
    const metrics = await request(app.server.app).get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/ub_http_requests_total\{route="graphql",status="2xx",operation="query"\} \d+/);
    // Label order carries no meaning in Prometheus (prom-client writes `le` first).
    expect(metrics.text).toMatch(/ub_http_request_duration_seconds_bucket\{(?=[^}]*route="graphql")(?=[^}]*operation="query")(?=[^}]*le="0.05")[^}]*\} \d+/);
    // prom-client's default process metrics: event-loop lag, heap, GC.
    expect(metrics.text).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(metrics.text).toMatch(/nodejs_heap_size_used_bytes \d+/);
    expect(metrics.text).toContain('# TYPE nodejs_gc_duration_seconds histogram');
    expect(metrics.text).toMatch(/ub_graphql_errors_total\{code="UNAUTHENTICATED"\} \d+/);
    expect(metrics.text).toMatch(/ub_http_requests_total\{route="graphql",status="4xx",operation="none"\} \d+/);
    expect(metrics.text).toMatch(/ub_db_pool_connections \d+/);
    expect(metrics.text).toMatch(/ub_db_pool_max 30/);
    expect(metrics.text).toContain('# TYPE ub_reporting_refresh_duration_seconds histogram');
  });
});
