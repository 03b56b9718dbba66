import type { GraphQLObjectType } from 'graphql';
import { useTestApp } from './support/test-server';
import { rawGql, type RawResponse } from './support/security-client';
import { badValues, baseValue, leaves, operation, TEXT_INJECTIONS, withLeaf } from './support/security-generate';
import { appSchema } from '../api/schema-build';
import { createOrder, issuedInvoice } from './support/sales-builders';
import { Role } from '../schema/enums';

/**
 * Generative bad input: every mutation of the schema, each leaf of its arguments in turn replaced by
 * wrong types, huge strings, negative, NaN or huge amounts, impossible dates and injection strings.
 * Each must be refused with a coded error (never INTERNAL_SERVER_ERROR, never a success), and the
 * database must be byte-for-byte what it was. List queries get injection strings in their filters
 * and sort keys, and must answer without an internal error.
 */

const app = useTestApp();
/** Every role, so that authorization never answers before validation does. */
let everyRole: string;
beforeAll(async () => {
  everyRole = `Bearer ${app.token(Object.values(Role))}`;
  // Some data, so that a filter that escaped into SQL would have something to leak or destroy.
  await createOrder(app, [3, 2]);
  await issuedInvoice(app, [5]);
});
const REFUSALS = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST']);

/** A digest of every table but the audit log (which records refused business attempts by design). */
async function databaseDigest(): Promise<Record<string, string>> {
  const tables = await app.sql<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'audit_log' order by 1`,
  );
  const rows = await app.sql<{ name: string; digest: string }>(
    tables.map((t) => `select '${t.name}' as name, md5(coalesce(string_agg(x::text, ',' order by x::text), '')) || ':' || count(*) as digest from ${t.name} x`).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

function verdict(response: RawResponse): string {
  if (response.status >= 500) return `HTTP ${response.status}`;
  const codes = (response.body.errors ?? []).map((error) => String(error.extensions?.code));
  if (codes.length) return codes.every((code) => REFUSALS.has(code)) ? 'refused' : `codes ${codes.join(',')}`;
  const result = response.body.data?.result as { errorCode?: string } | null | undefined;
  if (result && typeof result === 'object' && result.errorCode) return 'refused';
  return 'accepted';
}

it('refuses bad input to every mutation with a coded error and leaves the database unchanged', async () => {
  const schema = await appSchema();
  const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
  expect(mutations.length).toBeGreaterThan(20);
  const before = await databaseDigest();
  const failures: string[] = [];
  let sent = 0;
  for (const field of mutations) {
    const document = operation('mutation', field);
    const base = Object.fromEntries(field.args.map((arg) => [arg.name, baseValue(arg.type, arg.name)]));
    for (const arg of field.args) {
      for (const leaf of leaves(arg.type)) {
        for (const bad of badValues(leaf.type)) {
          const variables = { ...base, [arg.name]: withLeaf(base[arg.name], leaf.path, bad.value) };
          const response = await rawGql(app, document, variables, everyRole);
          sent++;
          const outcome = verdict(response);
          if (outcome !== 'refused') failures.push(`${field.name}(${[arg.name, ...leaf.path].join('.')} = ${bad.label}): ${outcome}`);
        }
      }
    }
  }
  expect(sent).toBeGreaterThan(500);
  expect(failures).toEqual([]);
  expect(await databaseDigest()).toEqual(before);
}, 600_000);

it('treats injection strings in filters and sort keys of every list query as data', async () => {
  const schema = await appSchema();
  const lists = Object.values((schema.getQueryType() as GraphQLObjectType).getFields()).filter((field) => field.args.some((arg) => arg.name === 'options'));
  expect(lists.length).toBeGreaterThan(5);
  const before = await databaseDigest();
  const failures: string[] = [];
  for (const field of lists) {
    const document = operation('query', field);
    const options = field.args.find((arg) => arg.name === 'options')!;
    for (const leaf of leaves(options.type)) {
      for (const value of [...TEXT_INJECTIONS, ...badValues(leaf.type).map((bad) => bad.value)]) {
        const variables = { options: withLeaf(baseValue(options.type, 'options'), leaf.path, value as never) };
        const response = await rawGql(app, document, variables, everyRole);
        const codes = (response.body.errors ?? []).map((error) => String(error.extensions?.code));
        if (response.status >= 500 || codes.some((code) => !REFUSALS.has(code))) {
          failures.push(`${field.name}(options.${leaf.path.join('.')} = ${JSON.stringify(value).slice(0, 40)}): ${response.status} ${codes.join(',')}`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
  expect(await databaseDigest()).toEqual(before);
}, 600_000);
