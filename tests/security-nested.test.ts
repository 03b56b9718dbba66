import {
  getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { rawGql, type RawResponse } from './support/security-client';
import { appSchema } from '../api/schema-build';
import { signStaffToken } from '../api/auth/token';
import { declaredRoles } from '../api/auth/read-rules';
import { CAN, PER_PERSON_PERIOD_FIELDS, TYPE_RULES, type Rule } from '../kernel/roles';
import { asMaintenance } from '../api/security/database-role';
import { driverClient, withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { loadDemoData } from '../tools/demo/demo-data';
import { Role } from '../schema/enums';
import { todayInFrance } from '../kernel/dates';

/**
 * A role reaches through any path exactly what it reads at the root. Generated from the role matrix
 * (`kernel/roles.ts`: the rule of each type, and the fields' own roles): for every role, from every
 * root query, every object type the role reaches on the demo organisation is read with every field,
 * and each field must be readable exactly when the matrix gives that role every step of its path.
 */

const app = useTestApp();
const DEMO_TODAY = '2026-11-20';
/** A day (an individual work record for a per-person figure) and a whole ended month. */
const DAY = { from: '2026-10-07', to: '2026-10-07' };
const MONTH = { from: '2026-10-01', to: '2026-10-31' };

const tokens = new Map<Role, string>();
const rootArgs = new Map<string, string>();

const typeRuleOf = (name: string): Rule | undefined => {
  const own = (TYPE_RULES as Record<string, Rule>)[name];
  return own ?? (name.endsWith('List') ? (TYPE_RULES as Record<string, Rule>)[name.slice(0, -4)] : undefined);
};

/** What the matrix says of one step: reading `parent.field` needs the field's own roles and its type's rule. */
function allowedStep(role: Role, parent: string, field: GraphQLField<unknown, unknown>, variant?: string): boolean {
  const declared = declaredRoles(parent, field.name);
  if (declared && !declared.includes(role)) return false;
  const rule = typeRuleOf(getNamedType(field.type).name);
  if (rule && !(CAN[rule] as readonly Role[]).includes(role)) return false;
  if (variant === 'day' && (PER_PERSON_PERIOD_FIELDS as readonly string[]).includes(`${parent}.${field.name}`)) {
    return (CAN.readWorkRecords as readonly Role[]).includes(role);
  }
  return true;
}

interface Step {
  key: string;
  field: string;
  args: string;
}

interface Probe {
  /** Response key, the field and its arguments. */
  key: string;
  field: GraphQLField<unknown, unknown>;
  args: string;
  variant?: string;
}

function probesOf(type: GraphQLObjectType): Probe[] {
  return Object.values(type.getFields()).flatMap((field): Probe[] => {
    const period = field.args.find((arg) => arg.name === 'period');
    if (period) {
      return [
        { key: `${field.name}_day`, field, args: `(period: { from: "${DAY.from}", to: "${DAY.to}" })`, variant: 'day' },
        { key: `${field.name}_month`, field, args: `(period: { from: "${MONTH.from}", to: "${MONTH.to}" })`, variant: 'month' },
      ];
    }
    if (field.args.some((arg) => String(arg.type).endsWith('!'))) throw new Error(`no value for the required arguments of ${type.name}.${field.name}`);
    const take = field.args.some((arg) => arg.name === 'options') ? '(options: { take: 3 })' : '';
    return [{ key: field.name, field, args: take }];
  });
}

const selectionOf = (probe: Probe) => {
  const named = getNamedType(probe.field.type);
  return `${probe.key}: ${probe.field.name}${probe.args}${isScalarType(named) || isEnumType(named) ? '' : ' { __typename }'}`;
};

function queryOf(root: string, steps: readonly Step[], selection: string): string {
  let body = selection;
  for (const step of [...steps].reverse()) body = `${step.key}: ${step.field}${step.args} { ${body} }`;
  return `{ ${root}${rootArgs.get(root) ?? ''} { ${body} } }`;
}

type Outcome = 'readable' | 'denied' | 'unreached';

/** Whether the answer reached `steps` and read, or was refused, the response key `key` there. */
function outcomeOf(response: RawResponse, root: string, steps: readonly Step[], key: string): Outcome {
  const keys = [root, ...steps.map((step) => step.key), key];
  const denied = (response.body.errors ?? []).some((error) => {
    const path = ((error as { path?: (string | number)[] }).path ?? []).filter((part) => typeof part === 'string');
    return error.extensions?.code === 'FORBIDDEN' && path.length === keys.length && path.every((part, i) => part === keys[i]);
  });
  if (denied) return 'denied';
  let nodes: unknown[] = [response.body.data?.[root]].flat();
  for (const step of steps) {
    nodes = nodes.flatMap((node) => (node && typeof node === 'object' ? [(node as Record<string, unknown>)[step.key]] : [])).flat();
  }
  return nodes.some((node) => node && typeof node === 'object' && key in node) ? 'readable' : 'unreached';
}

beforeAll(async () => {
  // The demo organisation alone (its invariants check that no other organisation's rows exist).
  const { organizationId } = await asMaintenance(app.dataSource, async (runner) => {
    await runner.query('delete from app_user; delete from establishment; delete from organization');
    return loadDemoData(driverClient(runner), { today: DEMO_TODAY });
  });
  // The steering views read rows the fold stores (the API's refresher folds every second).
  await withDriverClient(app.dataSource, foldReporting);
  const [customer] = await asMaintenance(app.dataSource, (runner) =>
    runner.query(`select customer_id as id from sales_order where organization_id = $1 group by 1 order by count(*) desc limit 1`, [organizationId]),
  );
  for (const role of Object.values(Role)) {
    const [user] = await asMaintenance(app.dataSource, (runner) =>
      runner.query(
        `insert into app_user (organization_id, email, display_name, roles, customer_id, funder_establishment_ids)
         values ($1, $2, $3, $4, $5, case when $6 then (select array_agg(id) from establishment where organization_id = $1) else '{}' end) returning id`,
        [organizationId, `${role}.nested@test.fr`, `Nested ${role}`, `{${role}}`, role === Role.PARTNER ? customer.id : null, role === Role.FUNDER],
      ),
    );
    tokens.set(role, `Bearer ${signStaffToken(TEST_SECRET, { userId: Number(user.id), organizationId: Number(organizationId), roles: [role] })}`);
  }
  const admin = tokens.get(Role.ADMIN)!;
  // A day above the contract's daily hours on the first work record listed, so that its warnings
  // (WorkRecord.warnings) hold something to read.
  const first = await rawGql(app, `{ workRecords(options: { take: 1 }) { items { workDate hours beneficiary { id } orderLineId productionTaskId madContractId } } }`, {}, admin);
  const record = (first.body.data as { workRecords: { items: { workDate: string; hours: number; beneficiary: { id: string }; orderLineId: string; productionTaskId: string | null; madContractId: string | null }[] } }).workRecords.items[0];
  const extra = await rawGql(app, `mutation ($input: WorkRecordInput!) { recordWork(input: $input) { __typename } }`, {
    input: {
      beneficiaryId: record.beneficiary.id, workDate: record.workDate, hours: Math.min(12, 24 - record.hours),
      ...(record.madContractId ? { madContractId: record.madContractId } : record.productionTaskId ? { productionTaskId: record.productionTaskId } : { orderLineId: record.orderLineId }),
    },
  }, admin);
  expect((extra.body.data as { recordWork: { __typename: string } }).recordWork.__typename).toBe('WorkRecord');
  // A credit note of the partner's customer this year (for partnerDocuments.creditNotes), on one unit of an invoice line.
  const [creditable] = await asMaintenance(app.dataSource, (runner) =>
    runner.query(
      `select l.invoice_id as "invoiceId", l.id as "lineId", least(l.quantity, 1)::float8 as quantity from invoice_line l join invoice i on i.id = l.invoice_id
        where i.customer_id = $1 and i.status in ('issued', 'partially_paid', 'paid') and i.issue_date >= '2026-01-01' order by i.issue_date desc, l.id limit 1`,
      [customer.id],
    ),
  );
  const credit = await rawGql(app, `mutation ($input: CreditNoteInput!) { createCreditNote(input: $input) { __typename } }`, {
    input: { invoiceId: String(creditable.invoiceId), reason: 'Retour', lines: [{ invoiceLineId: String(creditable.lineId), quantity: creditable.quantity }] },
  }, admin);
  expect((credit.body.data as { createCreditNote: { __typename: string } }).createCreditNote.__typename).toBe('CreditNote');
  // An issued OETH attestation (the demo has none) of the partner's customer, for the attestation roots.
  const [paid] = await asMaintenance(app.dataSource, (runner) =>
    runner.query(
      `select i.establishment_id as id from invoice i join payment p on p.invoice_id = i.id where i.customer_id = $1 and p.payment_date >= '2026-01-01' order by i.id limit 1`,
      [customer.id],
    ),
  );
  const attestation = await rawGql(app, `mutation { issueOethAttestation(input: { establishmentId: "${paid.id}", customerId: "${customer.id}", year: 2026 }) { __typename } }`, {}, admin);
  expect(attestation.body.data?.issueOethAttestation).toEqual({ __typename: 'OethAttestation' });
  // One id for each root reading one object, taken from its list as an admin.
  const schema = await appSchema();
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    if (field.args.some((arg) => arg.name === 'options')) rootArgs.set(field.name, '(options: { take: 3 })');
    if (!field.args.some((arg) => arg.name === 'id')) continue;
    const typeName = getNamedType(field.type).name;
    const list = Object.values(query.getFields()).find((candidate) => getNamedType(candidate.type).name === `${typeName}List`);
    const response = list
      ? await rawGql(app, `{ ${list.name}(options: { take: 1 }) { items { id } } }`, {}, admin)
      : await rawGql(app, `{ organization { establishments { id } } }`, {}, admin);
    const id = list
      ? (response.body.data![list.name] as { items: { id: string }[] }).items[0].id
      : (response.body.data!.organization as { establishments: { id: string }[] }).establishments[0].id;
    rootArgs.set(field.name, `(id: "${id}")`);
  }
  // An API key (the demo has none) for the admin's `apiKeys`.
  const partner = await asMaintenance(app.dataSource, (runner) => runner.query(`select id from app_user where email = 'partner.nested@test.fr'`));
  const key = await rawGql(app, `mutation { createApiKey(input: { userId: "${partner[0].id}", label: "portail" }) { __typename } }`, {}, admin);
  expect(key.body.data?.createApiKey).toEqual({ __typename: 'ApiKeyCreated' });
  // The demo's year is the current one: its service types are published only once it has ended
  // (disclosure control), so ImpactServiceType is read for an ended year in tests/partner-impact.test.ts.
  // Likewise the funder report's revenue and exits by destination, which the demo's few weeks of the
  // previous year do not hold: tests/funder-report.test.ts reads them.
  rootArgs.set('partnerImpact', `(customerId: "${customer.id}", year: 2026)`);
  // The funder side: the ESAT's capacities and its report of an ended year (the FUNDER account reads
  // both establishments); the skills evidence of a beneficiary with pathway steps and work in an
  // activity linked to skills, whose workshop the supervisor account supervises.
  const [esat] = await asMaintenance(app.dataSource, (runner) => runner.query(`select id from establishment where organization_id = $1 and kind = 'esat'`, [organizationId]));
  rootArgs.set('establishmentCapacities', `(establishmentId: "${esat.id}")`);
  rootArgs.set('funderReport', `(establishmentId: "${esat.id}", year: 2025)`);
  const [evidenced] = await asMaintenance(app.dataSource, (runner) =>
    runner.query(
      `select r.beneficiary_id as id, b.main_workshop_id as workshop_id from work_record r
         join production_task t on t.id = r.production_task_id join activity_skill x on x.activity_id = t.activity_id
         join beneficiary b on b.id = r.beneficiary_id
        where r.organization_id = $1 and r.status = 'validated' and exists (select 1 from pathway_step p where p.beneficiary_id = r.beneficiary_id)
        order by r.beneficiary_id limit 1`,
      [organizationId],
    ),
  );
  rootArgs.set('skillsEvidence', `(beneficiaryId: "${evidenced.id}", from: "2025-01-01", to: "${DEMO_TODAY}")`);
  await asMaintenance(app.dataSource, (runner) =>
    runner.query(`insert into workshop_supervisor (organization_id, workshop_id, user_id) select $1, $2, id from app_user where email = 'supervisor.nested@test.fr'`, [
      organizationId,
      evidenced.workshop_id,
    ]),
  );
  rootArgs.set('partnerDocuments', `(customerId: "${customer.id}", year: 2026)`);
  rootArgs.set('oethAttestation', `(establishmentId: "${paid.id}", customerId: "${customer.id}", year: 2026)`);
}, 120_000);

interface Mismatch {
  role: Role;
  path: string;
  expected: Outcome;
  got: Outcome;
}

async function walk(schema: GraphQLSchema, role: Role): Promise<{ mismatches: Mismatch[]; seen: Map<string, Set<Outcome>> }> {
  const token = tokens.get(role)!;
  const mismatches: Mismatch[] = [];
  /** `Type.field` → outcomes seen where the matrix allows it. */
  const seen = new Map<string, Set<Outcome>>();
  const query = schema.getQueryType()!;
  const walkRoot = async (root: GraphQLField<unknown, unknown>) => {
    const rootType = getNamedType(root.type) as GraphQLObjectType;
    const rule = typeRuleOf(rootType.name);
    const rootAllowed = !rule || (CAN[rule] as readonly Role[]).includes(role);
    const probe = await rawGql(app, queryOf(root.name, [], '__typename'), {}, token);
    const rootOutcome: Outcome = (probe.body.errors ?? []).some((error) => error.extensions?.code === 'FORBIDDEN') ? 'denied' : 'readable';
    if (rootOutcome !== (rootAllowed ? 'readable' : 'denied')) mismatches.push({ role, path: `Query.${root.name}`, expected: rootAllowed ? 'readable' : 'denied', got: rootOutcome });
    if (!rootAllowed) return;
    // Breadth first: each object type once per root, by its first path the role may read.
    const visited = new Set<string>([rootType.name]);
    const queue: { type: GraphQLObjectType; steps: Step[] }[] = [{ type: rootType, steps: [] }];
    while (queue.length) {
      const { type, steps } = queue.shift()!;
      const probes = probesOf(type);
      const allowed = probes.filter((p) => allowedStep(role, type.name, p.field, p.variant));
      const denied = probes.filter((p) => !allowedStep(role, type.name, p.field, p.variant));
      const outcomes = new Map<Probe, Outcome>();
      // The allowed fields together, the denied ones together (a refused non-null field nulls its parent), then one by one where unreached.
      for (const group of [allowed, denied]) {
        if (!group.length) continue;
        const response = await rawGql(app, queryOf(root.name, steps, group.map(selectionOf).join(' ')), {}, token);
        for (const p of group) outcomes.set(p, outcomeOf(response, root.name, steps, p.key));
      }
      for (const p of probes) {
        if (outcomes.get(p) !== 'unreached' || !denied.includes(p)) continue;
        outcomes.set(p, outcomeOf(await rawGql(app, queryOf(root.name, steps, selectionOf(p)), {}, token), root.name, steps, p.key));
      }
      for (const p of probes) {
        const expected: Outcome = allowed.includes(p) ? 'readable' : 'denied';
        const got = outcomes.get(p)!;
        const path = `${root.name}.${[...steps.map((s) => s.key), p.key].join('.')} (${type.name}.${p.field.name})`;
        if (got !== 'unreached' && got !== expected) mismatches.push({ role, path, expected, got });
        if (expected === 'readable') {
          const key = `${type.name}.${p.key}`;
          if (!seen.has(key)) seen.set(key, new Set());
          seen.get(key)!.add(got);
        }
        const next = getNamedType(p.field.type);
        if (expected === 'readable' && got === 'readable' && isObjectType(next) && !visited.has(next.name) && p.variant !== 'day') {
          visited.add(next.name);
          queue.push({ type: next, steps: [...steps, { key: p.key, field: p.field.name, args: p.args }] });
        }
      }
    }
  };
  // A few roots at a time (each walks its types one after the other).
  const roots = Object.values(query.getFields());
  for (let i = 0; i < roots.length; i += 4) await Promise.all(roots.slice(i, i + 4).map(walkRoot));
  return { mismatches, seen };
}

describe('every field is as protected through a nested path as at the root', () => {
  for (const role of Object.values(Role)) {
    it(`${role}: reads through every path exactly what the matrix gives it`, async () => {
      const schema = await appSchema();
      const { mismatches, seen } = await walk(schema, role);
      expect({ count: mismatches.length, first: mismatches.slice(0, 40) }).toEqual({ count: 0, first: [] });
      // Coverage: every field the role may read was read somewhere, not only refused or never reached.
      const neverRead = [...seen].filter(([key, outcomes]) => !outcomes.has('readable') && !key.startsWith('ImpactServiceType.') && !/^Funder(Revenue|Exits)\./.test(key)).map(([key]) => key);
      expect(neverRead).toEqual([]);
    }, 300_000);
  }

  it('gives per-person figures to roles without individual-record rights over whole ended months only', async () => {
    const [beneficiary] = (
      (await rawGql(app, `{ beneficiaries(options: { take: 1 }) { items { id } } }`, {}, tokens.get(Role.ADMIN)!)).body.data!.beneficiaries as { items: { id: string }[] }
    ).items;
    // The current month has not ended: its figures would change day by day.
    const today = todayInFrance();
    const thisMonth = { from: `${today.slice(0, 8)}01`, to: new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10) };
    const contribution = (period: string, role: Role) =>
      rawGql(app, `{ beneficiary(id: "${beneficiary.id}") { contribution${period} { hours } } }`, {}, tokens.get(role)!);
    for (const role of [Role.COMMERCIAL, Role.VIEWER]) {
      for (const period of ['', '(period: { from: "2026-10-07", to: "2026-10-07" })', '(period: { from: "2026-10-01", to: "2026-10-30" })',
        '(period: { from: "2026-10-02", to: "2026-10-31" })', `(period: { from: "${thisMonth.from}", to: "${thisMonth.to}" })`, '(period: { from: "2026-10-01" })']) {
        const response = await contribution(period, role);
        expect({ role, period, codes: (response.body.errors ?? []).map((error) => error.extensions?.code) }).toEqual({ role, period, codes: ['FORBIDDEN'] });
      }
      const month = await contribution('(period: { from: "2026-09-01", to: "2026-10-31" })', role);
      expect(month.body.errors).toBeUndefined();
    }
    const day = await contribution('(period: { from: "2026-10-07", to: "2026-10-07" })', Role.SUPERVISOR);
    expect(day.body.errors).toBeUndefined();
  });
});
