import crypto from 'node:crypto';
import { getNamedType, isUnionType, type GraphQLArgument, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { rawGql, type RawResponse } from './support/security-client';
import { badValues, baseValue, leaves, operation, TEXT_INJECTIONS, withLeaf, type Json } from './support/security-generate';
import { asMaintenance } from '../api/security/database-role';
import { driverClient } from '../api/database/data-source';
import { loadDemoData } from '../tools/demo/demo-data';
import { signStaffToken } from '../api/auth/token';
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

/**
 * Foreign ids: every id argument of every mutation, given another organisation's row of the right
 * kind, gets exactly the answer an unknown id gets — a coded refusal, nothing stored, nothing told.
 * Two demo organisations hold rows of every kind; the caller acts in the first with every role,
 * the other ids of each call are the caller's own rows, so that the swapped id is the one checked.
 */
describe('ids of another organisation', () => {
  const UNKNOWN = '999999999';
  /** Leaf names that do not spell their table. */
  const TABLE_OF: Record<string, string> = { order: 'sales_order', mainWorkshop: 'workshop', referentSupervisor: 'app_user', user: 'app_user' };
  let own: number;
  let foreign: number;
  let caller: string;
  const rowIds = new Map<string, { own: string; foreign: string }>();

  beforeAll(async () => {
    const load = () => asMaintenance(app.dataSource, (runner) => loadDemoData(driverClient(runner), { check: false }));
    own = Number((await load()).organizationId);
    foreign = Number((await load()).organizationId);
    for (const organizationId of [own, foreign]) {
      const [partner] = await app.sql<{ id: string }>(
        `insert into app_user (organization_id, email, display_name, roles) values ($1, 'cle@partenaire.fr', 'Partenaire', '{partner}') returning id`, [organizationId]);
      await app.sql(`insert into api_key (organization_id, user_id, label, prefix, key_hash, granted_roles) values ($1, $2, 'k', 'ubk_x', $3, '{partner}')`,
        [organizationId, partner.id, crypto.randomBytes(32)]);
      // An issued OETH attestation (the demo has none), for the attestation mutations' ids.
      await app.sql(
        `insert into oeth_attestation (organization_id, establishment_id, customer_id, year, number, sequence_number, issue_date, paid_ht_cents, deductible_costs_cents,
                                       labour_cost_cents, deduction_cents, deduction_rate, render_input)
         select $1, e.id, c.id, 2025, 'OETH-' || e.code || '-2025-00001', 1, '2026-01-10', 0, 0, 0, 0, 0.30, '{}'
           from establishment e, customer c where e.organization_id = $1 and c.organization_id = $1 order by e.id, c.id limit 1`,
        [organizationId],
      );
    }
    const [admin] = await app.sql<{ id: string }>(`select min(id) as id from app_user where organization_id = $1 and 'admin' = any(roles)`, [own]);
    await app.sql(`update app_user set roles = $2 where id = $1`, [admin.id, Object.values(Role)]);
    caller = `Bearer ${signStaffToken(TEST_SECRET, { userId: Number(admin.id), organizationId: own, roles: Object.values(Role) })}`;
  });

  async function idsOf(table: string): Promise<{ own: string; foreign: string }> {
    let ids = rowIds.get(table);
    if (!ids) {
      const [row] = await app.sql<{ own: string | null; foreign: string | null }>(
        `select (select max(id) from ${table} where organization_id = $1)::text as own, (select max(id) from ${table} where organization_id = $2)::text as foreign`, [own, foreign]);
      if (!row.own || !row.foreign) throw new Error(`no ${table} row in both organisations`);
      rowIds.set(table, (ids = { own: row.own, foreign: row.foreign }));
    }
    return ids;
  }

  /** The table an id leaf points into: `id`/`ids` the mutation's own entity, else the leaf's name. */
  function tableOf(field: GraphQLField<unknown, unknown>, leafName: string): string {
    const base = leafName.replace(/Ids?$/, '');
    if (base === 'id' || base === 'ids' || base === '') {
      const type = getNamedType(field.type);
      const success = isUnionType(type) ? type.getTypes().find((member) => !member.getInterfaces().some((i) => i.name === 'ErrorResult'))! : type;
      const name = success.name.replace(/(Validation|Expansion|Created)$/, '');
      const metadata = app.dataSource.entityMetadatas.find((m) => m.targetName === name);
      return metadata?.tableName ?? name.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    }
    return TABLE_OF[base] ?? base.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  }

  /** The base value of an argument with each id leaf set to one of the caller's own rows of its kind. */
  async function ownBase(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): Promise<Json> {
    let value = baseValue(arg.type, arg.name);
    for (const leaf of leaves(arg.type)) {
      if (getNamedType(leaf.type).name !== 'ID') continue;
      const name = String([arg.name, ...leaf.path].filter((p) => typeof p === 'string').pop());
      value = withLeaf(value, leaf.path, (await idsOf(tableOf(field, name))).own);
    }
    return value;
  }

  function answer(response: RawResponse): string {
    const errors = (response.body.errors ?? []).map((error) => `${String(error.extensions?.code)}:${JSON.stringify(error.extensions?.fields ?? error.extensions?.field ?? '')}`);
    const result = response.body.data?.result as { errorCode?: string } | null | undefined;
    return `${response.status} ${verdict(response)} ${errors.join(',')} ${result?.errorCode ?? ''}`;
  }

  it('answers every id argument of every mutation holding another organisation\'s id exactly as it answers an unknown id', async () => {
    const schema = await appSchema();
    const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
    const before = await databaseDigest();

    const failures: string[] = [];
    let checked = 0;
    for (const field of mutations) {
      const document = operation('mutation', field);
      const base: Record<string, Json> = {};
      for (const arg of field.args) base[arg.name] = await ownBase(field, arg);
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type)) {
          if (getNamedType(leaf.type).name !== 'ID') continue;
          const name = String([arg.name, ...leaf.path].filter((p) => typeof p === 'string').pop());
          const { foreign: foreignId } = await idsOf(tableOf(field, name));
          const send = (id: string) => rawGql(app, document, { ...base, [arg.name]: withLeaf(base[arg.name], leaf.path, id) }, caller);
          const withForeign = answer(await send(foreignId));
          const withUnknown = answer(await send(UNKNOWN));
          checked++;
          const label = `${field.name}(${[arg.name, ...leaf.path].join('.')})`;
          if (!/ refused /.test(withForeign)) failures.push(`${label}: foreign id ${withForeign}`);
          else if (withForeign !== withUnknown) failures.push(`${label}: foreign id ${withForeign} but unknown id ${withUnknown}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    expect(await databaseDigest()).toEqual(before);
  }, 600_000);

  it('has every reference between tenant tables include the organisation, so that no write can point across', async () => {
    const single = await app.sql<{ name: string }>(
      `select c.conrelid::regclass || '.' || c.conname as name
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.contype = 'f'
          and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'organization_id' and not a.attisdropped)
          and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'organization_id' and not a.attisdropped)
          and not (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) = 'organization_id'`,
    );
    expect(single.map((row) => row.name)).toEqual([]);
  });
});
