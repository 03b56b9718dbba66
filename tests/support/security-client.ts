import request from 'supertest';
import type { TestApp } from './test-server';

/**
 * Raw GraphQL over HTTP for the security tests: they send operations built at run time from the
 * schema, forged headers and malformed bodies, which typed documents cannot express.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function rawGql(app: TestApp, query: string, variables: Record<string, unknown> = {}, authorization?: string | null, headers: Record<string, string> = {}): Promise<RawResponse> {
  let call = request(app.server.app).post('/graphql').set('content-type', 'application/json');
  if (authorization === undefined) call = call.set('authorization', `Bearer ${app.token()}`);
  else if (authorization !== null) call = call.set('authorization', authorization);
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  const response = await call.send({ query, variables });
  return { status: response.status, headers: response.headers as Record<string, string>, body: response.body };
}

export function errorCodes(response: RawResponse): string[] {
  return (response.body.errors ?? []).map((error) => String(error.extensions?.code));
}
