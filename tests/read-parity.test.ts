import {
  getNamedType, isEnumType, isInterfaceType, isNonNullType, isObjectType, isScalarType, isUnionType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { useTestApp } from './support/test-server';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, draftQuote, acceptedQuote, issue, issuedInvoice, orderFor } from './support/sales-builders';
import { createBeneficiary, createMadContract, staffUser } from './support/production-builders';
import { steeringMay } from './support/steering-fixture';
import { rawGql, type RawResponse } from './support/security-client';
import { appSchema } from '../api/schema-build';
import { withDriverClient } from '../api/database/data-source';
import { foldReporting } from '../api/reporting/reporting-layer';
import { Role } from '../schema/enums';
import type { ReadPath } from '../api/read/request-reads';

/**
 * Every list query of the schema answers the same whichever way the read path takes: items rendered
 * as JSON by PostgreSQL (GRAPHQL_RENDERING=on), rows with their relations embedded (off), or rows
 * whose relations resolve through their loaders one level at a time (loaders) — docs/read-path.md.
 * The lists are found in the schema (a Query field returning `items` and `totalItems`), so a new list
 * is compared without anyone writing a case; it must hold rows in the data below, or this test fails.
 */

jest.setTimeout(180_000);

// Wide selections over every field of every list: their worst-case cost is above the default limit.
const app = useTestApp({ queryLimits: { maxDepth: 12, maxCost: Number.MAX_SAFE_INTEGER } });

/** Arguments a list needs to hold rows of the data below (its defaults look elsewhere, e.g. the current month). */
const OPTIONS: Record<string, Record<string, unknown>> = {
  contributionIndicators: { fromMonth: '2026-05-01', toMonth: '2026-05-01' },
  utilization: { fromWeek: '2026-05-04', toWeek: '2026-05-25' },
};

/** How many object levels below each item the wide selection goes (an order's lines → their allocations). */
const DEPTH = 2;

function takesNoRequiredArgument(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
}

/** Every field of `type` a client may select without arguments: leaves, and objects down to `depth` levels. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (!takesNoRequiredArgument(field)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) fields.push(field.name);
    else if (depth > 0 && isObjectType(named)) fields.push(`${field.name} { ${selectionOf(named, depth - 1)} }`);
    else if (depth > 0 && (isUnionType(named) || isInterfaceType(named))) fields.push(`${field.name} { __typename }`);
  }
  return fields.join(' ');
}

/** The list queries of the schema: Query fields whose type holds `items` and `totalItems`. */
function listQueries(schema: GraphQLSchema): { name: string; item: GraphQLObjectType; optionsType?: string }[] {
  return Object.values(schema.getQueryType()!.getFields()).flatMap((field) => {
    const type = getNamedType(field.type);
    const items = isObjectType(type) ? type.getFields().items : undefined;
    const item = items && getNamedType(items.type);
    if (!isObjectType(type) || !type.getFields().totalItems || !isObjectType(item)) return [];
    if (!takesNoRequiredArgument(field)) throw new Error(`${field.name} takes a required argument: give it a value here`);
    const options = field.args.find((arg) => arg.name === 'options');
    return [{ name: field.name, item, optionsType: options && String(options.type) }];
  });
}

let lists: ReturnType<typeof listQueries>;

beforeAll(async () => {
  lists = listQueries(await appSchema());

  // Production and steering: a workshop, a work group, two beneficiaries with May's work records,
  // sheets with allocations (tests/support/steering-fixture.ts), and May folded into the indicators.
  const site = await steeringMay(app);
  await withDriverClient(app.dataSource, foldReporting);
  const objective = await rawGql(app, `mutation($input: ObjectiveInput!) { createObjective(input: $input) { __typename } }`, {
    input: { scope: 'WORKSHOP', workshopId: site.workshop.id, measure: 'HOURS', periodStart: '2026-05-01', periodEnd: '2026-06-30', target: 100, title: 'Volume de mai' },
  });
  expect(objective.body.data).toEqual({ createObjective: { __typename: 'Objective' } });

  // Sales: customers, catalog items, quotes, orders with lines allocated, deliveries, invoices
  // (draft, issued, paid, credited).
  const customer = await createCustomer(app, 'Client des lectures comparées');
  const items = await Promise.all([0, 1, 2].map(() => createCatalogItem(app)));
  // First the year 2025 (invoices are numbered in date order): an invoice paid in 2025, for the OETH attestation.
  const old = await orderFor(app, customer.id, [{ catalogItemId: items[0].id, quantity: 2 }], { orderDate: '2025-10-01' });
  const oldInvoice = await issue(app, (await draftInvoice(app, [(await deliver(app, old.id, undefined, '2025-10-01')).id])).id, '2025-10-01');
  const settled = await rawGql(app, `mutation($input: PaymentInput!) { recordPayment(input: $input) { __typename } }`, { input: { invoiceId: oldInvoice.id, amountCents: oldInvoice.totalTtcCents, method: 'TRANSFER', paymentDate: '2025-11-10' } });
  expect(settled.body.data).toEqual({ recordPayment: { __typename: 'Payment' } });
  await draftQuote(app, [2, 3]);
  await acceptedQuote(app, [5]);
  const order = await orderFor(app, customer.id, [{ catalogItemId: items[0].id, quantity: 4 }, { catalogItemId: items[1].id, quantity: 6 }]);
  for (const [index, line] of order.lines.entries()) {
    const assignee = index === 0 ? { beneficiaryId: site.a.id } : { workGroupId: site.group.id };
    const allocated = await rawGql(app, `mutation($input: AllocationInput!) { allocate(input: $input) { __typename } }`, { input: { orderLineId: line.id, plannedHours: 2.5, ...assignee } });
    expect(allocated.body.data).toEqual({ allocate: { __typename: 'Allocation' } });
  }
  const note = await deliver(app, order.id);
  await draftInvoice(app, [(await deliver(app, (await orderFor(app, customer.id, [{ catalogItemId: items[2].id, quantity: 1 }])).id)).id]);
  const invoice = await issue(app, (await draftInvoice(app, [note.id])).id);
  const paid = await rawGql(app, `mutation($input: PaymentInput!) { recordPayment(input: $input) { __typename } }`, { input: { invoiceId: invoice.id, amountCents: 1_000, method: 'TRANSFER', paymentDate: '2026-02-20' } });
  expect(paid.body.data).toEqual({ recordPayment: { __typename: 'Payment' } });
  const credited = await issuedInvoice(app, [3]);
  const credit = await rawGql(app, `mutation($input: CreditNoteInput!) { createCreditNote(input: $input) { __typename } }`, { input: { invoiceId: credited.invoice.id, reason: 'Commande annulée' } });
  expect(credit.body.data).toEqual({ createCreditNote: { __typename: 'CreditNote' } });

  // A MAD contract, an account, and an OETH attestation (an invoice of 2025 paid in 2025).
  const beneficiary = await createBeneficiary(app);
  await createMadContract(app, {
    establishmentId: String(app.fixture.esatId), customerId: customer.id, kind: 'INDIVIDUAL', activity: 'Entretien des espaces verts',
    place: 'Site client, Lyon', startDate: '2026-01-01', endDate: '2026-12-31', hourlyRateCents: 1_900, beneficiaryIds: [beneficiary.id],
  });
  await staffUser(app, [Role.SUPERVISOR]);
  const attestation = await rawGql(app, `mutation($input: IssueOethAttestationInput!) { issueOethAttestation(input: $input) { __typename } }`, {
    input: { establishmentId: String(app.fixture.esatId), customerId: customer.id, year: 2025, issueDate: '2026-01-20' },
  });
  asType(attestation.body.data!.issueOethAttestation as { __typename: string }, 'OethAttestation');
}, 180_000);

async function answer(path: ReadPath, name: string, optionsType: string | undefined, selection: string): Promise<RawResponse> {
  app.setReadPath(path);
  try {
    const options = optionsType ? `($options: ${optionsType})` : '';
    // An admin who is médico-social staff too: every field of the staff's lists is readable.
    const bearer = `Bearer ${app.token([Role.ADMIN, Role.MEDICO_SOCIAL])}`;
    return await rawGql(app, `query${options} { ${name}${optionsType ? '(options: $options)' : ''} { totalItems items { ${selection} } } }`, { options: { take: 100, ...OPTIONS[name] } }, bearer);
  } finally {
    app.setReadPath('rendered');
  }
}

describe('every list query answers the same rendered, embedded and through the loaders', () => {
  it('finds the list queries in the schema', () => {
    expect(lists.map((list) => list.name)).toEqual(expect.arrayContaining(['orders', 'invoices', 'catalogItems', 'beneficiaries', 'workRecords', 'users']));
  });

  it.each([['columns only', 0], ['relations of relations', DEPTH]] as const)('%s', async (_label, depth) => {
    const renderedLists: string[] = [];
    for (const { name, item, optionsType } of lists) {
      const selection = selectionOf(item, depth);
      // One after the other: the read path is the app's, switched between requests.
      const rendered = await answer('rendered', name, optionsType, selection);
      const embedded = await answer('embedded', name, optionsType, selection);
      const loaders = await answer('loaders', name, optionsType, selection);
      for (const response of [rendered, embedded, loaders]) expect({ name, errors: response.body.errors }).toEqual({ name, errors: undefined });
      const page = (response: RawResponse) => (response.body.data as Record<string, { items: unknown[] }>)[name];
      // Realistic data: every list holds rows (a new list needs its rows in beforeAll).
      expect({ name, rows: page(loaders).items.length > 0 }).toEqual({ name, rows: true });
      expect({ name, answer: page(rendered) }).toEqual({ name, answer: page(loaders) });
      expect({ name, answer: page(embedded) }).toEqual({ name, answer: page(loaders) });
      const count = (response: RawResponse) => (response.body as { extensions?: { renderedLists?: number } }).extensions?.renderedLists ?? 0;
      expect({ name, rendered: [count(embedded), count(loaders)] }).toEqual({ name, rendered: [0, 0] });
      if (count(rendered)) renderedLists.push(name);
    }
    // The comparison is not empty: with columns only, the plain lists are rendered by PostgreSQL.
    if (depth === 0) expect(renderedLists).toEqual(expect.arrayContaining(['orders', 'customers', 'payments', 'workshops']));
  });
});
