import type { ClientBase } from 'pg';
import { todayInFrance } from '../../kernel/dates';
import { assertDemoInvariants } from './demo-checks';
import { generateDemoData } from './demo-generator';
import { writeDemoObjectives } from './demo-objectives';
import type {
  DemoAssignment, DemoBeneficiary, DemoCreditNote, DemoDataSet, DemoDeliveryNote, DemoInvoice, DemoLine, DemoOrder, DemoProductionSheet, DemoQuote, DemoTask,
  DemoUser, DemoWorkRecord, DemoWorkshop, Totals,
} from './demo-model';
import { scaled } from './demo-tools';
import { writeFunderDemoData } from './demo-funders';
import { ORGANIZATION_IDENTITY } from './demo-fixtures';
import { frenchVatNumber } from '../../kernel/identity-numbers';
import { writeDemoDocuments } from './demo-documents';
import type { RenderedDocument } from '../../api/documents/facturx';
import type { DocumentSnapshot } from '../../api/documents/snapshot';

/** The seed used when none is given: every fresh demo database holds the same data. */
const DEFAULT_SEED = 20240611;

export type DemoTable =
  | 'organization' | 'establishment' | 'app_user' | 'customer' | 'catalog_item' | 'document_sequence'
  | 'quote' | 'quote_line' | 'sales_order' | 'order_line' | 'delivery_note' | 'delivery_note_line'
  | 'invoice' | 'invoice_line' | 'credit_note' | 'credit_note_line' | 'payment'
  | 'workshop' | 'workshop_supervisor' | 'activity' | 'work_group' | 'beneficiary' | 'beneficiary_assignment' | 'beneficiary_identity'
  | 'medico_social_note' | 'production_sheet' | 'production_task' | 'allocation' | 'mad_contract' | 'mad_contract_beneficiary' | 'work_record'
  | 'objective' | 'issued_document';

/** What was loaded, for the start-up log: the inputs that reproduce it and a row count per table. */
export type DemoSummary = { seed: number; today: string; organizationId: string } & Record<DemoTable, number>;

/**
 * Fills an empty, migrated database with one demo organisation and a year of its sales, ending on
 * `today` (default: today in France). The caller runs it in one transaction and only when there is no
 * organisation yet. The data set is built in memory (see `demo-generator.ts`), written with one
 * statement per table, then checked against the invariants the application relies on: a violation
 * throws, so the caller's transaction rolls back rather than leave a demo that contradicts the rules.
 */
export async function loadDemoData(
  client: ClientBase,
  options: {
    seed?: number;
    today?: string;
    /** false: beside other organisations (tests), whose rows the checks would count */
    check?: boolean;
    /** How the issued documents are drawn (default: in this thread; npm start passes a render pool's) */
    render?: (snapshot: DocumentSnapshot) => Promise<RenderedDocument>;
  } = {},
): Promise<DemoSummary> {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? todayInFrance();
  if (!Number.isInteger(seed)) throw new Error(`demo seed must be an integer, got ${seed}`);
  if (!isCalendarDay(today)) throw new Error(`demo day must be a date written YYYY-MM-DD, got ${today}`);

  const data = generateDemoData(seed, today);
  const organizationId = await writeDemoData(client, data, latestStamp(today));
  const objectives = await writeDemoObjectives(client, organizationId, today);
  await writeFunderDemoData(client, organizationId, today);
  const documents = await writeDemoDocuments(client, organizationId, options.render);
  if (options.check !== false) await assertDemoInvariants(client, organizationId, today);

  return {
    seed,
    today,
    organizationId,
    organization: 1,
    establishment: data.establishments.length,
    app_user: data.users.length,
    customer: data.customers.length,
    catalog_item: data.catalog.length,
    document_sequence: data.sequences.length,
    quote: data.quotes.length,
    quote_line: data.quotes.reduce((sum, quote) => sum + quote.lines.length, 0),
    sales_order: data.orders.length,
    order_line: data.orders.reduce((sum, order) => sum + order.lines.length, 0),
    delivery_note: data.deliveryNotes.length,
    delivery_note_line: data.deliveryNotes.reduce((sum, note) => sum + note.lines.length, 0),
    invoice: data.invoices.length,
    invoice_line: data.invoices.reduce((sum, invoice) => sum + invoice.lines.length, 0),
    credit_note: data.creditNotes.length,
    credit_note_line: data.creditNotes.reduce((sum, note) => sum + note.lines.length, 0),
    payment: data.payments.length,
    workshop: data.workshops.length,
    workshop_supervisor: data.workshops.reduce((sum, workshop) => sum + workshop.supervisors.length, 0),
    activity: data.workshops.reduce((sum, workshop) => sum + workshop.activities.length, 0),
    work_group: data.workshops.reduce((sum, workshop) => sum + workshop.groups.length, 0),
    beneficiary: data.beneficiaries.length,
    beneficiary_assignment: data.beneficiaries.reduce((sum, beneficiary) => sum + beneficiary.parcours.length, 0),
    beneficiary_identity: data.beneficiaries.filter((beneficiary) => beneficiary.identity).length,
    medico_social_note: data.notes.length,
    production_sheet: data.sheets.length,
    production_task: data.sheets.reduce((sum, sheet) => sum + sheet.tasks.length, 0),
    allocation: data.allocations.length,
    mad_contract: data.madContracts.length,
    mad_contract_beneficiary: data.madContracts.reduce((sum, contract) => sum + contract.beneficiaries.length, 0),
    work_record: data.workRecords.length,
    objective: objectives,
    issued_document: documents,
  };
}

/** YYYY-MM-DD of a day that exists (not 2025-02-30). */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Tables with an identity column whose ids are reserved (the others are keyed by the rows they link, or derived from them: objective). */
type IdentityTable = Exclude<DemoTable, 'document_sequence' | 'workshop_supervisor' | 'beneficiary_identity' | 'mad_contract_beneficiary' | 'objective' | 'issued_document'>;

/** [column, element type of the unnest() array, value of a row, optional cast applied after unnest]. */
type Column<T> = readonly [name: string, type: string, value: (row: T) => unknown, cast?: string];

/**
 * Ids are taken from each table's own identity sequence up front, so that rows can reference each
 * other before they are written and every table goes in with a single statement (a few dozen
 * statements in all instead of thousands). Taking them with nextval keeps the sequences ahead of the
 * ids used, so the application's own inserts continue after them.
 */
async function reserveIds(client: ClientBase, counts: Record<IdentityTable, number>): Promise<Record<IdentityTable, string[]>> {
  const tables = Object.keys(counts) as IdentityTable[];
  const arrays = tables.map(
    (table, index) => `array(select nextval(pg_get_serial_sequence('${table}', 'id'))::text from generate_series(1, $${index + 1}::int)) as "${table}"`,
  );
  const { rows } = await client.query(`select ${arrays.join(', ')}`, tables.map((table) => counts[table]));
  return rows[0] as Record<IdentityTable, string[]>;
}

/** One multi-row insert: each column travels as one array parameter and unnest() zips them into rows. */
async function insertRows<T>(client: ClientBase, table: string, rows: readonly T[], columns: readonly Column<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name);
  const selected = columns.map(([, , , cast], index) => (cast ? `u.c${index}::${cast}` : `u.c${index}`));
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`);
  await client.query(
    `insert into ${table} (${names.join(', ')}) overriding system value
     select ${selected.join(', ')} from unnest(${arrays.join(', ')}) as u(${columns.map((_, index) => `c${index}`).join(', ')})`,
    columns.map(([, , value]) => rows.map(value)),
  );
}

/** A quantity in thousandths as the numeric(14,3) literal PostgreSQL stores exactly. */
function decimal(thousandths: number): string {
  return `${Math.trunc(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
}

/**
 * The latest instant a row may be stamped with: now when the demo ends today, so that nothing made
 * today is stamped in the future; no bound for a demo that ends on another day (a past one holds
 * nothing later than its day, a later one keeps its own clock rather than crushing its last rows
 * onto the real now, which put corrections before the validation they correct).
 */
function latestStamp(today: string): number {
  return today === todayInFrance() ? Date.now() : Number.POSITIVE_INFINITY;
}

/**
 * created_at of a row made on `date`: during office hours (07:00–16:00 UTC, 08:00–18:00 in Paris),
 * spread by the row's rank so that a day's documents do not share one instant, never after `latest`.
 */
function madeOn(date: string, rank: number, latest: number): string {
  const instant = Date.parse(`${date}T07:00:00Z`) + ((rank * 47) % 540) * 60_000;
  return new Date(Math.min(instant, latest)).toISOString();
}

/** A document line with what its row needs from the document. */
interface OwnedLine {
  owner: object;
  line: DemoLine;
  createdAt: string;
}

/** A table's created_at/updated_at: rows are stamped on their document's day, spread by rank. */
function stampedOn<T>(rows: readonly T[], dateOf: (row: T) => string, latest: number): Column<T>[] {
  const createdAt = new Map(rows.map((row, rank) => [row, madeOn(dateOf(row), rank, latest)]));
  return [
    ['created_at', 'timestamptz', (row) => createdAt.get(row)],
    ['updated_at', 'timestamptz', (row) => createdAt.get(row)],
  ];
}

/** The lines of documents, in document order, stamped like their document. */
function linesOf<D extends { lines: readonly unknown[] }>(documents: readonly D[], dateOf: (document: D) => string, latest: number): { owner: D; line: D['lines'][number]; createdAt: string }[] {
  return documents.flatMap((document, rank) => document.lines.map((line) => ({ owner: document, line, createdAt: madeOn(dateOf(document), rank, latest) })));
}

async function writeDemoData(client: ClientBase, data: DemoDataSet, latest: number): Promise<string> {
  const quoteDate = (quote: DemoQuote) => quote.date;
  const orderDate = (order: DemoOrder) => order.date;
  const noteDate = (note: DemoDeliveryNote) => note.date;
  const invoiceDate = (invoice: DemoInvoice) => invoice.issueDate ?? invoice.createdOn;
  const creditDate = (note: DemoCreditNote) => note.date;
  const quoteLines = linesOf(data.quotes, quoteDate, latest);
  const orderLines = linesOf(data.orders, orderDate, latest);
  const deliveryLines = linesOf(data.deliveryNotes, noteDate, latest);
  const invoiceLines = linesOf(data.invoices, invoiceDate, latest);
  const creditLines = linesOf(data.creditNotes, creditDate, latest);
  const activities = data.workshops.flatMap((workshop) => workshop.activities);
  const workGroups = data.workshops.flatMap((workshop) => workshop.groups);
  const assignments = data.beneficiaries.flatMap((beneficiary) => beneficiary.parcours);
  const tasks = data.sheets.flatMap((sheet) => sheet.tasks.map((task) => ({ sheet, task })));

  const organization = { name: data.organizationName };
  const tables: Record<IdentityTable, readonly object[]> = {
    organization: [organization],
    establishment: data.establishments,
    app_user: data.users,
    customer: data.customers,
    catalog_item: data.catalog,
    quote: data.quotes,
    quote_line: quoteLines.map(({ line }) => line),
    sales_order: data.orders,
    order_line: orderLines.map(({ line }) => line),
    delivery_note: data.deliveryNotes,
    delivery_note_line: deliveryLines.map(({ line }) => line),
    invoice: data.invoices,
    invoice_line: invoiceLines.map(({ line }) => line),
    credit_note: data.creditNotes,
    credit_note_line: creditLines.map(({ line }) => line),
    payment: data.payments,
    workshop: data.workshops,
    activity: activities,
    work_group: workGroups,
    beneficiary: data.beneficiaries,
    beneficiary_assignment: assignments,
    medico_social_note: data.notes,
    production_sheet: data.sheets,
    production_task: tasks.map(({ task }) => task),
    allocation: data.allocations,
    mad_contract: data.madContracts,
    work_record: data.workRecords,
  };
  const reserved = await reserveIds(client, Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length])) as Record<IdentityTable, number>);
  const ids = new Map<object, string>();
  for (const [table, rows] of Object.entries(tables) as [IdentityTable, readonly object[]][]) {
    rows.forEach((row, index) => ids.set(row, reserved[table][index]));
  }
  const id = (row: object) => ids.get(row)!;
  const optionalId = (row: object | null) => (row ? id(row) : null);
  const organizationId = id(organization);

  const owned = <T>(): Column<T>[] => [['organization_id', 'bigint', () => organizationId]];
  const identified = <T extends object>(): Column<T>[] => [['id', 'bigint', (row) => id(row)], ...owned<T>()];
  const setUpAt = madeOn(data.setUpOn, 0, latest);
  const setUp = <T>(): Column<T>[] => [
    ['created_at', 'timestamptz', () => setUpAt],
    ['updated_at', 'timestamptz', () => setUpAt],
  ];
  const documentColumns = <D extends { totals: Totals }>(
    documents: readonly D[],
    dateOf: (document: D) => string,
    header: (document: D) => { establishment: object; customer: object; notes: string | null },
  ): Column<D>[] => [
    ...identified<D>(),
    ['establishment_id', 'bigint', (document) => id(header(document).establishment)],
    ['customer_id', 'bigint', (document) => id(header(document).customer)],
    ['notes', 'text', (document) => header(document).notes],
    ['total_ht_cents', 'bigint', (document) => document.totals.totalHtCents],
    ['total_vat_cents', 'bigint', (document) => document.totals.totalVatCents],
    ['total_ttc_cents', 'bigint', (document) => document.totals.totalTtcCents],
    ...stampedOn(documents, dateOf, latest),
  ];
  const lineColumns: Column<OwnedLine>[] = [
    ['id', 'bigint', ({ line }) => id(line)],
    ...owned<OwnedLine>(),
    ['position', 'int', ({ line }) => line.position],
    ['catalog_item_id', 'bigint', ({ line }) => id(line.item)],
    ['description', 'text', ({ line }) => line.description],
    ['quantity', 'numeric', ({ line }) => decimal(line.quantity)],
    ['unit_price_cents', 'bigint', ({ line }) => line.unitPriceCents],
    ['vat_rate_bp', 'int', ({ line }) => line.vatRateBp],
    ['total_ht_cents', 'bigint', ({ line }) => line.totalHtCents],
    ['materials_cents', 'bigint', ({ line }) => line.costs.materialsCents],
    ['subcontracting_cents', 'bigint', ({ line }) => line.costs.subcontractingCents],
    ['intermediate_consumption_cents', 'bigint', ({ line }) => line.costs.intermediateConsumptionCents],
    ['selling_costs_cents', 'bigint', ({ line }) => line.costs.sellingCostsCents],
    ['created_at', 'timestamptz', ({ createdAt }) => createdAt],
    ['updated_at', 'timestamptz', ({ createdAt }) => createdAt],
  ];

  // The association is the legal person behind both establishments: its SIREN leads their SIRETs.
  const { headOffice, mentions } = ORGANIZATION_IDENTITY;
  await insertRows(client, 'organization', [organization], [
    ['id', 'bigint', (row) => id(row)],
    ['name', 'text', (row) => row.name],
    ['legal_form', 'text', () => ORGANIZATION_IDENTITY.legalForm],
    ['rna_number', 'text', () => ORGANIZATION_IDENTITY.rnaNumber],
    ['vat_number', 'text', () => frenchVatNumber(data.establishments[0].siret.slice(0, 9))],
    ['address_line1', 'text', () => headOffice.line1],
    ['address_line2', 'text', () => headOffice.line2],
    ['postal_code', 'text', () => headOffice.postalCode],
    ['city', 'text', () => headOffice.city],
    ['operations_nature', 'text', () => mentions.operationsNature],
    ['late_penalty_terms', 'text', () => mentions.latePenaltyTerms],
    ['early_payment_discount_terms', 'text', () => mentions.earlyPaymentDiscountTerms],
    ['vat_on_debits', 'boolean', () => mentions.vatOnDebits],
    ['social_value_line', 'boolean', () => mentions.socialValueLine],
    ...setUp(),
  ]);
  await insertRows(client, 'establishment', data.establishments, [
    ...identified(),
    ['kind', 'text', (row) => row.kind],
    ['code', 'text', (row) => row.code],
    ['name', 'text', (row) => row.name],
    ['siret', 'text', (row) => row.siret],
    ['finess', 'text', (row) => row.finess],
    ['city', 'text', (row) => row.city],
    ['address_line1', 'text', (row) => row.street],
    ['postal_code', 'text', (row) => row.postalCode],
    ['iban', 'text', (row) => row.iban],
    ['bic', 'text', (row) => row.bic],
    ...setUp(),
  ]);
  await insertRows(client, 'app_user', data.users, [
    ...identified(),
    ['email', 'text', (row) => row.email],
    ['display_name', 'text', (row) => row.displayName],
    // A text[] per row cannot travel inside a one-dimensional array parameter: it goes as its literal.
    ['roles', 'text', (row) => `{${row.roles.join(',')}}`, 'text[]'],
    ...setUp(),
  ]);
  await writeRegistry(client, data, { id, optionalId, owned, identified, setUpAt, latest });
  await insertRows(client, 'customer', data.customers, [
    ...identified(),
    ['legal_name', 'text', (row) => row.legalName],
    ['siren', 'text', (row) => row.siren],
    ['siret', 'text', (row) => row.siret],
    // Companies have a VAT number; the demo's public buyers (non-taxable for their public missions) have none.
    ['vat_number', 'text', (row) => (row.isPublicBuyer ? null : frenchVatNumber(row.siren))],
    ['is_public_buyer', 'boolean', (row) => row.isPublicBuyer],
    ['email', 'text', (row) => row.email],
    ['billing_line1', 'text', (row) => row.billing.line1],
    ['billing_line2', 'text', (row) => row.billing.line2],
    ['billing_postal_code', 'text', (row) => row.billing.postalCode],
    ['billing_city', 'text', (row) => row.billing.city],
    ['billing_country_code', 'text', () => 'FR'],
    ['delivery_line1', 'text', (row) => row.delivery?.line1 ?? null],
    ['delivery_line2', 'text', (row) => row.delivery?.line2 ?? null],
    ['delivery_postal_code', 'text', (row) => row.delivery?.postalCode ?? null],
    ['delivery_city', 'text', (row) => row.delivery?.city ?? null],
    ['delivery_country_code', 'text', (row) => (row.delivery ? 'FR' : null)],
    ...setUp(),
  ]);
  await insertRows(client, 'catalog_item', data.catalog, [
    ...identified(),
    ['establishment_id', 'bigint', (row) => id(row.establishment)],
    ['code', 'text', (row) => row.code],
    ['label', 'text', (row) => row.label],
    ['unit', 'text', (row) => row.unit],
    ['unit_price_cents', 'bigint', (row) => row.unitPriceCents],
    ['vat_rate_bp', 'int', (row) => row.vatRateBp],
    ['activity', 'text', (row) => row.activity],
    ['service_type', 'text', (row) => row.serviceType],
    ['materials_cents', 'bigint', (row) => row.costs.materialsCents],
    ['subcontracting_cents', 'bigint', (row) => row.costs.subcontractingCents],
    ['intermediate_consumption_cents', 'bigint', (row) => row.costs.intermediateConsumptionCents],
    ['selling_costs_cents', 'bigint', (row) => row.costs.sellingCostsCents],
    ...setUp(),
  ]);
  await insertRows(client, 'document_sequence', data.sequences, [
    ...owned(),
    ['establishment_id', 'bigint', (row) => id(row.establishment)],
    ['document_type', 'text', (row) => row.documentType],
    ['fiscal_year', 'int', (row) => row.fiscalYear],
    ['last_value', 'int', (row) => row.lastValue],
    ['last_date', 'date', (row) => row.lastDate],
  ]);

  await insertRows(client, 'quote', data.quotes, [
    ...documentColumns(data.quotes, quoteDate, (quote) => quote),
    ['number', 'text', (quote) => quote.number],
    ['status', 'text', (quote) => quote.status],
    ['quote_date', 'date', (quote) => quote.date],
    ['valid_until', 'date', (quote) => quote.validUntil],
  ]);
  await insertRows(client, 'quote_line', quoteLines, [...lineColumns, ['quote_id', 'bigint', ({ owner }) => id(owner)]]);

  await insertRows(client, 'sales_order', data.orders, [
    ...documentColumns(data.orders, orderDate, (order) => order),
    ['number', 'text', (order) => order.number],
    ['status', 'text', (order) => order.status],
    ['order_date', 'date', (order) => order.date],
    ['quote_id', 'bigint', (order) => optionalId(order.quote)],
    ['customer_reference', 'text', (order) => order.customerReference],
  ]);
  await insertRows(client, 'order_line', orderLines, [
    ...lineColumns,
    ['order_id', 'bigint', ({ owner }) => id(owner)],
    ['quote_line_id', 'bigint', ({ line }) => optionalId(line.quoteLine)],
  ]);

  await insertRows(client, 'delivery_note', data.deliveryNotes, [
    ...identified(),
    ['establishment_id', 'bigint', (note) => id(note.order.establishment)],
    ['customer_id', 'bigint', (note) => id(note.order.customer)],
    ['order_id', 'bigint', (note) => id(note.order)],
    ['number', 'text', (note) => note.number],
    ['delivery_date', 'date', (note) => note.date],
    ['notes', 'text', (note) => note.notes],
    ...stampedOn(data.deliveryNotes, noteDate, latest),
  ]);
  await insertRows(client, 'delivery_note_line', deliveryLines, [
    ['id', 'bigint', ({ line }) => id(line)],
    ...owned(),
    ['delivery_note_id', 'bigint', ({ owner }) => id(owner)],
    ['order_line_id', 'bigint', ({ line }) => id(line.orderLine)],
    ['quantity', 'numeric', ({ line }) => decimal(line.quantity)],
    ['created_at', 'timestamptz', ({ createdAt }) => createdAt],
    ['updated_at', 'timestamptz', ({ createdAt }) => createdAt],
  ]);

  // Invoice lines may only be written while their invoice is a draft (trigger invoice_line_immutable):
  // every invoice goes in as a draft with its lines, then the issued ones are numbered, dated and
  // given their settled status in one update, as InvoiceService.issue and settle do one by one.
  await insertRows(client, 'invoice', data.invoices, [
    ...documentColumns(data.invoices, invoiceDate, (invoice) => invoice),
    ['status', 'text', () => 'draft'],
  ]);
  await insertRows(client, 'invoice_line', invoiceLines, [
    ...lineColumns,
    ['invoice_id', 'bigint', ({ owner }) => id(owner)],
    ['delivery_note_line_id', 'bigint', ({ line }) => id(line.deliveryLine)],
    ['order_line_id', 'bigint', ({ line }) => id(line.orderLine)],
  ]);
  const issued = data.invoices.filter((invoice) => invoice.issueDate !== null);
  await client.query(
    `update invoice i
        set status = u.status, number = u.number, issue_date = u.issue_date, due_date = u.due_date,
            fiscal_year = u.fiscal_year, sequence_number = u.sequence_number
       from unnest($1::bigint[], $2::text[], $3::text[], $4::date[], $5::date[], $6::int[], $7::int[])
            as u(id, status, number, issue_date, due_date, fiscal_year, sequence_number)
      where i.id = u.id`,
    [
      issued.map((invoice) => id(invoice)),
      issued.map((invoice) => invoice.status),
      issued.map((invoice) => invoice.number),
      issued.map((invoice) => invoice.issueDate),
      issued.map((invoice) => invoice.dueDate),
      issued.map((invoice) => invoice.fiscalYear),
      issued.map((invoice) => invoice.sequenceNumber),
    ],
  );

  await insertRows(client, 'credit_note', data.creditNotes, [
    ...documentColumns(data.creditNotes, creditDate, (note) => ({ establishment: note.invoice.establishment, customer: note.invoice.customer, notes: null })),
    ['invoice_id', 'bigint', (note) => id(note.invoice)],
    ['number', 'text', (note) => note.number],
    ['issue_date', 'date', (note) => note.date],
    ['fiscal_year', 'int', (note) => note.fiscalYear],
    ['sequence_number', 'int', (note) => note.sequenceNumber],
    ['reason', 'text', (note) => note.reason],
  ]);
  await insertRows(client, 'credit_note_line', creditLines, [
    ...lineColumns,
    ['credit_note_id', 'bigint', ({ owner }) => id(owner)],
    ['invoice_line_id', 'bigint', ({ line }) => id(line.invoiceLine)],
  ]);

  await insertRows(client, 'payment', data.payments, [
    ...identified(),
    ['invoice_id', 'bigint', (payment) => id(payment.invoice)],
    ['payment_date', 'date', (payment) => payment.date],
    ['amount_cents', 'bigint', (payment) => payment.amountCents],
    ['method', 'text', (payment) => payment.method],
    ['reference', 'text', (payment) => payment.reference],
    ...stampedOn(data.payments, (payment) => payment.date, latest),
  ]);

  await writeProduction(client, data, tasks, { id, optionalId, owned, identified, setUpAt, latest });
  return organizationId;
}

/** What the writers of each side share: ids of rows already known and the common columns. */
interface Writing {
  id: (row: object) => string;
  optionalId: (row: object | null) => string | null;
  owned: <T>() => Column<T>[];
  identified: <T extends object>() => Column<T>[];
  setUpAt: string;
  /** The latest instant a row may be stamped with (latestStamp). */
  latest: number;
}

/** Hours in hundredths as the numeric(…,2) literal; quantities (possibly negative on corrections) in thousandths. */
const hours = (hundredths: number) => scaled(hundredths, 2);
const quantity = (thousandths: number) => scaled(thousandths, 3);

/**
 * Workshops, their supervisors, activities and groups, then the beneficiaries (rows made when the
 * platform was set up, or on entry for those who came later), their parcours and identities.
 */
async function writeRegistry(client: ClientBase, data: DemoDataSet, { id, optionalId, owned, identified, setUpAt, latest }: Writing): Promise<void> {
  const setUp = <T>(): Column<T>[] => [
    ['created_at', 'timestamptz', () => setUpAt],
    ['updated_at', 'timestamptz', () => setUpAt],
  ];
  const sinceSetUp = (date: string) => (date > data.setUpOn ? date : data.setUpOn);
  await insertRows(client, 'workshop', data.workshops, [
    ...identified(),
    ['establishment_id', 'bigint', (row) => id(row.establishment)],
    ['code', 'text', (row) => row.code],
    ['name', 'text', (row) => row.name],
    ...setUp(),
  ]);
  const supervisors = data.workshops.flatMap((workshop) => workshop.supervisors.map((user) => ({ workshop, user })));
  await insertRows<{ workshop: DemoWorkshop; user: DemoUser }>(client, 'workshop_supervisor', supervisors, [
    ...owned(),
    ['workshop_id', 'bigint', (row) => id(row.workshop)],
    ['user_id', 'bigint', (row) => id(row.user)],
  ]);
  for (const [table, rows] of [
    ['activity', data.workshops.flatMap((workshop) => workshop.activities)],
    ['work_group', data.workshops.flatMap((workshop) => workshop.groups)],
  ] as const) {
    await insertRows<{ workshop: DemoWorkshop; code: string; name: string }>(client, table, rows, [
      ...identified(),
      ['workshop_id', 'bigint', (row) => id(row.workshop)],
      ['code', 'text', (row) => row.code],
      ['name', 'text', (row) => row.name],
      ...setUp(),
    ]);
  }
  await insertRows<DemoBeneficiary>(client, 'beneficiary', data.beneficiaries, [
    ...identified(),
    ['establishment_id', 'bigint', (row) => id(row.establishment)],
    ['matricule', 'text', (row) => row.matricule],
    ['initials', 'text', (row) => row.initials],
    ['status', 'text', (row) => row.status],
    ['working_time_ratio', 'numeric', (row) => scaled(row.workingTimeRatioThousandths, 3)],
    ['weekly_hours', 'numeric', (row) => hours(row.weeklyHundredths)],
    ['entry_date', 'date', (row) => row.entryDate],
    ['exit_date', 'date', (row) => row.exitDate],
    ['main_workshop_id', 'bigint', (row) => id(row.mainWorkshop)],
    ['work_group_id', 'bigint', (row) => optionalId(row.workGroup)],
    ['referent_supervisor_id', 'bigint', (row) => id(row.referent)],
    ...stampedOn(data.beneficiaries, (row) => sinceSetUp(row.entryDate), latest),
  ]);
  const assignments = data.beneficiaries.flatMap((beneficiary) => beneficiary.parcours);
  await insertRows<DemoAssignment>(client, 'beneficiary_assignment', assignments, [
    ...identified(),
    ['beneficiary_id', 'bigint', (row) => id(row.beneficiary)],
    ['workshop_id', 'bigint', (row) => id(row.workshop)],
    ['work_group_id', 'bigint', (row) => optionalId(row.workGroup)],
    ['start_date', 'date', (row) => row.startDate],
    ['end_date', 'date', (row) => row.endDate],
    ...stampedOn(assignments, (row) => sinceSetUp(row.startDate), latest),
  ]);
  await insertRows<DemoBeneficiary>(client, 'beneficiary_identity', data.beneficiaries.filter((beneficiary) => beneficiary.identity), [
    ['beneficiary_id', 'bigint', (row) => id(row)],
    ...owned(),
    ['last_name', 'text', (row) => row.identity!.lastName],
    ['first_name', 'text', (row) => row.identity!.firstName],
    ...setUp(),
  ]);
  await insertRows(client, 'medico_social_note', data.notes, [
    ...identified(),
    ['beneficiary_id', 'bigint', (row) => id(row.beneficiary)],
    ['note_date', 'date', (row) => row.date],
    ['body', 'text', (row) => row.body],
    ['author_id', 'bigint', (row) => id(row.author)],
    ...stampedOn(data.notes, (row) => sinceSetUp(row.date), latest),
  ]);
}

/**
 * Production sheets and tasks, allocations, MAD contracts and the work records: a record is stamped
 * on its day (corrections when they were entered) and, once validated, at the end of its validation
 * day, after it was made.
 */
async function writeProduction(
  client: ClientBase,
  data: DemoDataSet,
  tasks: { sheet: DemoProductionSheet; task: DemoTask }[],
  { id, optionalId, owned, identified, latest }: Writing,
): Promise<void> {
  await insertRows(client, 'production_sheet', data.sheets, [
    ...identified(),
    ['establishment_id', 'bigint', (row) => id(row.order.establishment)],
    ['order_id', 'bigint', (row) => id(row.order)],
    ['workshop_id', 'bigint', (row) => id(row.workshop)],
    ['number', 'text', (row) => row.number],
    ['status', 'text', (row) => row.status],
    ['planned_start', 'date', (row) => row.plannedStart],
    ['planned_end', 'date', (row) => row.plannedEnd],
    ...stampedOn(data.sheets, (row) => row.createdOn, latest),
  ]);
  await insertRows(client, 'production_task', tasks, [
    ['id', 'bigint', ({ task }) => id(task)],
    ...owned(),
    ['production_sheet_id', 'bigint', ({ sheet }) => id(sheet)],
    ['order_line_id', 'bigint', ({ task }) => id(task.orderLine)],
    ['activity_id', 'bigint', ({ task }) => id(task.activity)],
    ['description', 'text', ({ task }) => task.description],
    ['planned_quantity', 'numeric', ({ task }) => (task.plannedQuantity === null ? null : quantity(task.plannedQuantity))],
    ['planned_hours', 'numeric', ({ task }) => (task.plannedHundredths === null ? null : hours(task.plannedHundredths))],
    ...stampedOn(tasks, ({ sheet }) => sheet.createdOn, latest),
  ]);
  await insertRows(client, 'allocation', data.allocations, [
    ...identified(),
    ['order_line_id', 'bigint', (row) => id(row.orderLine)],
    ['production_task_id', 'bigint', (row) => optionalId(row.task)],
    ['beneficiary_id', 'bigint', (row) => optionalId(row.beneficiary)],
    ['work_group_id', 'bigint', (row) => optionalId(row.workGroup)],
    ['planned_hours', 'numeric', (row) => (row.plannedHundredths === null ? null : hours(row.plannedHundredths))],
    ['planned_quantity', 'numeric', (row) => (row.plannedQuantity === null ? null : quantity(row.plannedQuantity))],
    ...stampedOn(data.allocations, (row) => row.createdOn, latest),
  ]);
  await insertRows(client, 'mad_contract', data.madContracts, [
    ...identified(),
    ['establishment_id', 'bigint', (row) => id(row.establishment)],
    ['customer_id', 'bigint', (row) => id(row.customer)],
    ['order_line_id', 'bigint', (row) => optionalId(row.orderLine)],
    ['number', 'text', (row) => row.number],
    ['kind', 'text', (row) => row.kind],
    ['activity', 'text', (row) => row.activity],
    ['place', 'text', (row) => row.place],
    ['team_size', 'int', (row) => row.teamSize],
    ['start_date', 'date', (row) => row.startDate],
    ['end_date', 'date', (row) => row.endDate],
    ['hourly_rate_cents', 'bigint', (row) => row.hourlyRateCents],
    ...stampedOn(data.madContracts, (row) => row.startDate, latest),
  ]);
  const placed = data.madContracts.flatMap((contract) => contract.beneficiaries.map((beneficiary) => ({ contract, beneficiary })));
  await insertRows(client, 'mad_contract_beneficiary', placed, [
    ...owned(),
    ['mad_contract_id', 'bigint', (row) => id(row.contract)],
    ['beneficiary_id', 'bigint', (row) => id(row.beneficiary)],
  ]);

  const createdAt = new Map(data.workRecords.map((record, rank) => [record, madeOn(record.createdOn, rank, latest)]));
  const validatedAt = new Map(
    data.workRecords.map((record, rank) => [record, record.validatedOn && validatedOn(record.validatedOn, rank, latest)]),
  );
  await insertRows<DemoWorkRecord>(client, 'work_record', data.workRecords, [
    ...identified(),
    ['beneficiary_id', 'bigint', (row) => id(row.beneficiary)],
    ['work_date', 'date', (row) => row.date],
    ['order_line_id', 'bigint', (row) => id(row.orderLine)],
    ['production_task_id', 'bigint', (row) => optionalId(row.task)],
    ['mad_contract_id', 'bigint', (row) => optionalId(row.madContract)],
    ['hours', 'numeric', (row) => hours(row.hundredths)],
    ['quantity', 'numeric', (row) => quantity(row.quantity)],
    ['rejected_quantity', 'numeric', (row) => quantity(row.rejectedQuantity)],
    ['comment', 'text', (row) => row.comment],
    ['status', 'text', (row) => row.status],
    ['corrects_id', 'bigint', (row) => optionalId(row.corrects)],
    ['recorded_by', 'bigint', (row) => id(row.recordedBy)],
    ['validated_by', 'bigint', (row) => optionalId(row.validatedBy)],
    ['validated_at', 'timestamptz', (row) => validatedAt.get(row)],
    ['created_at', 'timestamptz', (row) => createdAt.get(row)],
    ['updated_at', 'timestamptz', (row) => validatedAt.get(row) ?? createdAt.get(row)],
  ]);
}

/** validated_at of a record validated on `date`: at the end of the day (16:00–17:00 UTC), after every row made that day, never after `latest`. */
function validatedOn(date: string, rank: number, latest: number): string {
  const instant = Date.parse(`${date}T16:00:00Z`) + (rank % 60) * 60_000;
  return new Date(Math.min(instant, latest)).toISOString();
}
