import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { Role, SortDirection } from '../../schema/enums';
import { ChronologyError, DuplicateError, NotFoundError } from '../../schema/error-results';
import { badUserInput, parseId } from '../common/errors';
import { legalParameterOn } from '../common/legal-parameters';
import { todayInFrance } from '../../kernel/dates';
import { nextDocumentNumber, nextDocumentNumbers, type AssignedNumber } from '../common/document-numbering';
import { fiscalYearOf } from '../../kernel/numbering';
import { computeOethAttestation, isAttestable, parseDecimal, type OethComputation, type OethParameters } from './oeth-calculation';
import { loadAttestationInputs } from './attestation-inputs';
import { NothingToAttestError, OethAttestationStatus, type OethAttestation, type OethAttestationListOptions } from './attestation.types';
import type { AttestationRenderInput } from './attestation-pdf';
import { renderStoredAttestation } from './attestation-documents';
import { attestationImpact, type AttestationImpact } from './attestation-impact';

/**
 * Computing, issuing and reading OETH attestations. The amounts come from the pure calculation
 * (oeth-calculation.ts) over the invoices of one establishment and one customer paid up to 31
 * December of the year, and the issued attestations of the earlier years (what they counted). Issuing
 * numbers the attestation in its sequence (the counter row's lock serialises issuers of the
 * establishment and year, so the check that none is current yet holds), records the amounts, the
 * invoices and a snapshot of everything the PDF prints, and leaves the rendering to after the commit:
 * the PDF is made outside any lock and transaction (attestation-documents.ts).
 */

interface Party {
  establishment: { id: number; code: string; name: string; siret: string; city: string | null; kind: string; address: string[]; organization: string };
  customer: { id: number; legalName: string; siren: string; address: string[] };
}

const DOWNLOAD_PATH = (id: string | number) => `/documents/attestations/${id}.pdf`;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2020 || year > 2100) throw badUserInput('year', 'a year from 2020 (the attestation in euros, art. D5212-22) to 2100');
}

/** Staff who read every customer's attestations; anyone else reading them is a partner, limited to its customer. */
function readsEveryCustomer(ctx: RequestContext): boolean {
  return ctx.user!.roles.some((role) => (CAN.readSales as readonly Role[]).includes(role));
}

/** The customer a partner account acts for (FORBIDDEN without one). */
async function partnerCustomerId(ctx: RequestContext): Promise<number> {
  const [row] = await ctx.db.query<{ customerId: number | null }>('select customer_id as "customerId" from app_user where organization_id = $1 and id = $2', [
    ctx.organizationId,
    ctx.user!.userId,
  ]);
  if (!row?.customerId) throw new GraphQLError('This partner account acts for no customer: ask your contact to link it', { extensions: { code: 'FORBIDDEN' } });
  return row.customerId;
}

type EstablishmentRow = Omit<Party['establishment'], 'address'> & { line1: string | null; line2: string | null; postalCode: string | null };
type CustomerRow = { id: number; legalName: string; siren: string; line1: string; line2: string | null; postalCode: string; city: string; country: string };

/** The establishments and customers of a computation, by id (two statements whatever their number). */
async function loadParties(
  ctx: RequestContext,
  establishmentIds: number[],
  customerIds: number[],
): Promise<{ establishments: Map<number, Party['establishment']>; customers: Map<number, Party['customer']> }> {
  const [establishments, customers] = await Promise.all([
    ctx.db.query<EstablishmentRow>(
      `select e.id, e.code, e.name, e.siret, e.city, e.kind, e.address_line1 as line1, e.address_line2 as line2, e.postal_code as "postalCode", o.name as organization
         from establishment e join organization o on o.id = e.organization_id
        where e.organization_id = $1 and e.id = any($2::bigint[])`,
      [ctx.organizationId, establishmentIds],
    ),
    ctx.db.query<CustomerRow>(
      `select id, legal_name as "legalName", siren, billing_line1 as line1, billing_line2 as line2, billing_postal_code as "postalCode", billing_city as city,
              billing_country_code as country
         from customer where organization_id = $1 and id = any($2::bigint[])`,
      [ctx.organizationId, customerIds],
    ),
  ]);
  return {
    establishments: new Map(
      establishments.map((e) => [
        e.id,
        {
          id: e.id, code: e.code, name: e.name, siret: e.siret, city: e.city, kind: e.kind, organization: e.organization,
          address: [e.line1, e.line2, [e.postalCode, e.city].filter(Boolean).join(' ')].filter((part): part is string => !!part),
        },
      ]),
    ),
    customers: new Map(
      customers.map((c) => [
        c.id,
        {
          id: c.id, legalName: c.legalName, siren: c.siren,
          address: [c.line1, c.line2, `${c.postalCode} ${c.city}`, c.country === 'FR' ? null : c.country].filter((part): part is string => !!part),
        },
      ]),
    ),
  };
}

async function loadParty(ctx: RequestContext, establishmentId: string, customerId: string): Promise<Party | NotFoundError> {
  const establishmentKey = parseId(establishmentId, 'establishmentId');
  const customerKey = parseId(customerId, 'customerId');
  const { establishments, customers } = await loadParties(ctx, [establishmentKey], [customerKey]);
  const establishment = establishments.get(establishmentKey);
  if (!establishment) return new NotFoundError('establishmentId', 'Establishment');
  const customer = customers.get(customerKey);
  if (!customer) return new NotFoundError('customerId', 'Customer');
  return { establishment, customer };
}

interface YearParameters {
  rateText: string;
  smicHourlyCents: number | null;
  ubHours: number | null;
  ubMadHours: number | null;
  deadline: string;
}

async function parametersOf(ctx: RequestContext, year: number): Promise<YearParameters> {
  const lastDay = `${year}-12-31`;
  const [[rate], smic, ubHours, ubMadHours, deadline] = await Promise.all([
    ctx.db.query<{ value: string }>(
      `select value::text as value from legal_parameter where code = 'oeth_deduction_rate' and valid_from <= $1::date and (valid_to is null or valid_to >= $1::date)`,
      [lastDay],
    ),
    legalParameterOn(ctx, 'smic_hourly_gross_cents', lastDay),
    legalParameterOn(ctx, 'ub_equivalent_hours', lastDay),
    legalParameterOn(ctx, 'ub_equivalent_mad_hours', lastDay),
    attestationDeadline(ctx, year),
  ]);
  if (!rate) throw new Error(`legal parameter oeth_deduction_rate has no value on ${lastDay}`);
  return { rateText: rate.value, smicHourlyCents: smic, ubHours, ubMadHours, deadline };
}

/** The legal deadline for sending the attestation of `year` (by default 15 March of the next year; UNCONFIRMED, a parameter). */
export async function attestationDeadline(ctx: RequestContext, year: number): Promise<string> {
  const next = `${year + 1}-01-01`;
  const [month, day] = await Promise.all([legalParameterOn(ctx, 'oeth_attestation_deadline_month', next), legalParameterOn(ctx, 'oeth_attestation_deadline_day', next)]);
  if (!month || !day) throw new Error(`legal parameters oeth_attestation_deadline_month/_day have no value on ${next}`);
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Computed {
  party: Party;
  computation: OethComputation;
  parameters: YearParameters;
}

function calculationParameters(parameters: YearParameters): OethParameters {
  return {
    rate: parseDecimal(parameters.rateText),
    smicHourlyCents: parameters.smicHourlyCents === null ? null : BigInt(parameters.smicHourlyCents),
    ubHours: parameters.ubHours === null ? null : BigInt(parameters.ubHours),
    ubMadHours: parameters.ubMadHours === null ? null : BigInt(parameters.ubMadHours),
  };
}

/** One pair's attestation: the inputs of the year (attestation-inputs.ts) filtered to the pair. */
async function compute(ctx: RequestContext, party: Party, year: number): Promise<Computed> {
  const [[inputs], parameters] = await Promise.all([
    loadAttestationInputs(ctx, { year, establishmentId: party.establishment.id, customerId: party.customer.id }),
    parametersOf(ctx, year),
  ]);
  const computation = computeOethAttestation(year, inputs?.invoices ?? [], calculationParameters(parameters), inputs?.attested);
  return { party, computation, parameters };
}

/**
 * Every attestation of an establishment's year that has something to attest (a customer whose
 * invoices count nothing is left out): the same inputs and calculation as `compute`, for all its
 * customers at once, in a few statements.
 */
async function computeEstablishmentYear(ctx: RequestContext, establishmentId: number, year: number): Promise<Computed[]> {
  checkYear(year);
  const [inputs, parameters] = await Promise.all([loadAttestationInputs(ctx, { year, establishmentId }), parametersOf(ctx, year)]);
  const { establishments, customers } = await loadParties(ctx, [establishmentId], inputs.map((pair) => pair.customerId));
  const establishment = establishments.get(establishmentId);
  if (!establishment) throw new Error(`no establishment ${establishmentId} in this organisation`);
  const calculation = calculationParameters(parameters);
  return inputs
    .map((pair) => ({ party: { establishment, customer: customers.get(pair.customerId)! }, computation: computeOethAttestation(year, pair.invoices, calculation, pair.attested), parameters }))
    .filter((pair) => isAttestable(pair.computation));
}

const percent = (rateText: string) => Number(rateText) * 100;

/** The four amounts, the rate and the (non-legal) UB equivalent, as a draft shows them and an issued PDF prints them. */
function amountsOf(computation: OethComputation, parameters: YearParameters) {
  return {
    paidHtCents: computation.paidHtCents,
    deductibleCostsCents: computation.deductibleCostsCents,
    labourCostCents: computation.labourCostCents,
    deductionCents: computation.deductionCents,
    deductionRatePercent: percent(parameters.rateText),
    ubEquivalentNonLegal: computation.ubEquivalentNonLegal,
  };
}

function draftView({ party, computation, parameters }: Computed): OethAttestation {
  return {
    id: null,
    status: OethAttestationStatus.DRAFT,
    number: null,
    issueDate: null,
    year: computation.year,
    establishmentId: party.establishment.id,
    establishmentName: party.establishment.name,
    establishmentSiret: party.establishment.siret,
    customerId: party.customer.id,
    customerName: party.customer.legalName,
    customerSiren: party.customer.siren,
    ...amountsOf(computation, parameters),
    invoices: computation.invoices.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      invoiceNumber: invoice.number,
      invoiceDate: invoice.issueDate,
      paidInYearCents: invoice.paidInYearCents,
      htCents: invoice.htCents,
      deductibleCostsCents: invoice.deductibleCents,
      labourCostCents: invoice.labourCostCents,
    })),
    deadline: parameters.deadline,
    supersedesId: null,
    supersededById: null,
    correctionReason: null,
    pdfSha256: null,
    pdfPath: null,
    impactPage: false,
  };
}

interface AttestationRow {
  id: number;
  number: string;
  issueDate: string;
  year: number;
  establishmentId: number;
  customerId: number;
  paidHtCents: number;
  deductibleCostsCents: number;
  labourCostCents: number;
  deductionCents: number;
  deductionRate: string;
  ubEquivalent: string | null;
  supersedesId: number | null;
  supersededById: number | null;
  correctionReason: string | null;
  pdfSha256: string | null;
  renderInput: AttestationRenderInput;
  invoices: { invoiceId: number; invoiceNumber: string; invoiceDate: string; paidInYearCents: number; htCents: number; deductibleCostsCents: number }[];
  totalItems?: number;
}

const ATTESTATION_COLUMNS = `a.id, a.number, a.issue_date::text as "issueDate", a.year, a.establishment_id as "establishmentId", a.customer_id as "customerId",
  a.paid_ht_cents as "paidHtCents", a.deductible_costs_cents as "deductibleCostsCents", a.labour_cost_cents as "labourCostCents", a.deduction_cents as "deductionCents",
  a.deduction_rate::text as "deductionRate", a.ub_equivalent_non_legal::text as "ubEquivalent", a.supersedes_id as "supersedesId",
  a.superseded_by_id as "supersededById", a.correction_reason as "correctionReason", encode(a.pdf_sha256, 'hex') as "pdfSha256", a.render_input as "renderInput",
  coalesce((select json_agg(json_build_object('invoiceId', i.invoice_id, 'invoiceNumber', i.invoice_number, 'invoiceDate', i.invoice_date, 'paidInYearCents', i.paid_in_year_cents,
                                              'htCents', i.ht_cents, 'deductibleCostsCents', i.deductible_costs_cents) order by i.invoice_number)
              from oeth_attestation_invoice i where i.attestation_id = a.id), '[]') as invoices`;

function issuedView(row: AttestationRow): OethAttestation {
  const snapshot = row.renderInput;
  return {
    id: row.id,
    status: row.supersededById === null ? OethAttestationStatus.ISSUED : OethAttestationStatus.SUPERSEDED,
    number: row.number,
    issueDate: row.issueDate,
    year: row.year,
    establishmentId: row.establishmentId,
    establishmentName: snapshot.establishment.name,
    establishmentSiret: snapshot.establishment.siret,
    customerId: row.customerId,
    customerName: snapshot.customer.legalName,
    customerSiren: snapshot.customer.siren,
    paidHtCents: row.paidHtCents,
    deductibleCostsCents: row.deductibleCostsCents,
    labourCostCents: row.labourCostCents,
    deductionCents: row.deductionCents,
    deductionRatePercent: percent(row.deductionRate),
    ubEquivalentNonLegal: row.ubEquivalent === null ? null : Number(row.ubEquivalent),
    invoices: row.invoices.map((invoice) => ({ ...invoice, labourCostCents: invoice.htCents - invoice.deductibleCostsCents })),
    deadline: snapshot.deadline,
    supersedesId: row.supersedesId,
    supersededById: row.supersededById,
    correctionReason: row.correctionReason,
    pdfSha256: row.pdfSha256,
    pdfPath: DOWNLOAD_PATH(row.id),
    impactPage: !!snapshot.impact,
  };
}

function notInTheFuture(date: string): ChronologyError | null {
  const today = todayInFrance();
  return date > today ? new ChronologyError(`attestation date ${date} is after today (${today}, Europe/Paris)`) : null;
}

/** Thrown when a concurrent issuer opened the year's sequence first: the batch retries the establishment. */
export class ConcurrentIssueError extends Error {
  constructor() {
    super('another issuer numbered an attestation of this establishment and year meanwhile: try again');
  }
}

interface IssueRecord {
  id: number;
  computed: Computed;
  numbered: AssignedNumber;
  issueDate: string;
  supersedesId: number | null;
  supersedesNumber?: string;
  correctionReason: string | null;
  impact?: AttestationImpact;
}

/** Ids of attestations about to be issued (a re-issue's, taken first so that the original can point at it). */
async function reserveIds(ctx: RequestContext, count: number): Promise<number[]> {
  const rows = await ctx.db.query<{ id: number }>(`select nextval(pg_get_serial_sequence('oeth_attestation', 'id')) as id from generate_series(1, $1)`, [count]);
  return rows.map((row) => row.id);
}

/** Everything the PDF prints, frozen at issue. */
function renderInputOf(record: IssueRecord): AttestationRenderInput {
  const { party, computation, parameters } = record.computed;
  return {
    number: record.numbered.number,
    issueDate: record.issueDate,
    year: computation.year,
    place: party.establishment.city,
    establishment: {
      name: party.establishment.name,
      kind: party.establishment.kind,
      siret: party.establishment.siret,
      address: party.establishment.address,
      organization: party.establishment.organization,
    },
    customer: { legalName: party.customer.legalName, siren: party.customer.siren, address: party.customer.address },
    ...amountsOf(computation, parameters),
    smicHourlyCents: parameters.smicHourlyCents,
    invoices: computation.invoices.map((invoice) => ({ number: invoice.number, date: invoice.issueDate, paidInYearCents: invoice.paidInYearCents, htCents: invoice.htCents })),
    deadline: parameters.deadline,
    supersedesNumber: record.supersedesNumber ?? null,
    correctionReason: record.correctionReason,
    // Opt-in: the page's figures are recorded here, so the kept PDF is rendered again from them alone.
    ...(record.impact ? { impact: record.impact } : {}),
  };
}

/** Records issued attestations and their invoices, two statements for any number of them; gives each one's render input. */
async function recordAttestations(ctx: RequestContext, records: IssueRecord[]): Promise<AttestationRenderInput[]> {
  const renderInputs = records.map(renderInputOf);
  const issuedBy = ctx.user!.userId > 0 ? ctx.user!.userId : null;
  await ctx.db.query(
    `insert into oeth_attestation (id, organization_id, establishment_id, customer_id, year, number, sequence_number, issue_date,
                                   paid_ht_cents, deductible_costs_cents, labour_cost_cents, deduction_cents, deduction_rate, smic_hourly_cents, ub_equivalent_non_legal,
                                   supersedes_id, correction_reason, render_input, issued_by)
     overriding system value
     select r.id, $1, r.establishment_id, r.customer_id, r.year, r.number, r.sequence_number, r.issue_date, r.paid_ht_cents, r.deductible_costs_cents,
            r.labour_cost_cents, r.deduction_cents, r.deduction_rate, r.smic_hourly_cents, r.ub_equivalent_non_legal, r.supersedes_id, r.correction_reason,
            r.render_input, $3
       from json_to_recordset($2::json) as r(id bigint, establishment_id bigint, customer_id bigint, year integer, number text, sequence_number integer,
            issue_date date, paid_ht_cents bigint, deductible_costs_cents bigint, labour_cost_cents bigint, deduction_cents bigint, deduction_rate numeric,
            smic_hourly_cents bigint, ub_equivalent_non_legal numeric, supersedes_id bigint, correction_reason text, render_input jsonb)`,
    [
      ctx.organizationId,
      JSON.stringify(
        records.map(({ id, computed: { party, computation, parameters }, numbered, issueDate, supersedesId, correctionReason }, index) => ({
          id, establishment_id: party.establishment.id, customer_id: party.customer.id, year: computation.year, number: numbered.number,
          sequence_number: numbered.sequenceNumber, issue_date: issueDate, paid_ht_cents: computation.paidHtCents, deductible_costs_cents: computation.deductibleCostsCents,
          labour_cost_cents: computation.labourCostCents, deduction_cents: computation.deductionCents, deduction_rate: parameters.rateText,
          smic_hourly_cents: parameters.smicHourlyCents, ub_equivalent_non_legal: computation.ubEquivalentNonLegal, supersedes_id: supersedesId,
          correction_reason: correctionReason, render_input: renderInputs[index],
        })),
      ),
      issuedBy,
    ],
  );
  const invoices = records.flatMap(({ id, computed }) =>
    computed.computation.invoices.map((invoice) => ({
      attestation_id: id, invoice_id: invoice.invoiceId, invoice_number: invoice.number, invoice_date: invoice.issueDate,
      paid_in_year_cents: invoice.paidInYearCents, ht_cents: invoice.htCents, deductible_costs_cents: invoice.deductibleCents,
    })),
  );
  if (invoices.length > 0) {
    await ctx.db.query(
      `insert into oeth_attestation_invoice (organization_id, attestation_id, invoice_id, invoice_number, invoice_date, paid_in_year_cents, ht_cents, deductible_costs_cents)
       select $1, r.* from json_to_recordset($2::json) as r(attestation_id bigint, invoice_id bigint, invoice_number text, invoice_date date,
                                                            paid_in_year_cents bigint, ht_cents bigint, deductible_costs_cents bigint)`,
      [ctx.organizationId, JSON.stringify(invoices)],
    );
  }
  return renderInputs;
}

export type IssueFailure = NotFoundError | NothingToAttestError | DuplicateError | ChronologyError;

export class OethAttestationService {
  /** The attestation as it would be issued now (nothing recorded). */
  static async draft(ctx: RequestContext, establishmentId: string, customerId: string, year: number): Promise<OethAttestation> {
    checkYear(year);
    const party = await loadParty(ctx, establishmentId, customerId);
    if (party instanceof NotFoundError) throw badUserInput(party.field, `no such ${party.field === 'customerId' ? 'customer' : 'establishment'}`);
    return draftView(await compute(ctx, party, year));
  }

  /**
   * Issues the attestation of the year (a current one must not exist: re-issue it instead). The PDF is
   * rendered after the transaction commits (`afterCommit`), from the snapshot recorded here.
   */
  static async issue(
    ctx: RequestContext,
    input: { establishmentId: string; customerId: string; year: number; issueDate?: string; impactPage?: boolean | null },
    supersedes?: { id: number; reason: string },
  ): Promise<OethAttestation | IssueFailure> {
    checkYear(input.year);
    const issueDate = input.issueDate ?? todayInFrance();
    const future = notInTheFuture(issueDate);
    if (future) return future;
    if (issueDate < `${input.year}-01-01`) throw badUserInput('issueDate', `an attestation of ${input.year} is not dated before the year`);
    const party = await loadParty(ctx, input.establishmentId, input.customerId);
    if (party instanceof NotFoundError) return party;
    // The counter row of the establishment's sequence for the year is locked until commit: issuers of
    // the same establishment and year queue here, so what follows sees the attestations they issued.
    const numbered = await nextDocumentNumber(ctx, 'oeth_attestation', party.establishment, `${input.year}-12-31`);
    if (numbered instanceof ChronologyError) return numbered;
    const [current] = await ctx.db.query<{ id: number; number: string }>(
      `select id, number from oeth_attestation where organization_id = $1 and establishment_id = $2 and customer_id = $3 and year = $4 and superseded_by_id is null`,
      [ctx.organizationId, party.establishment.id, party.customer.id, input.year],
    );
    if (current && current.id !== supersedes?.id) {
      return new DuplicateError('year', `attestation ${current.number} is already issued for ${input.year}: re-issue it (reissueOethAttestation) to correct it`);
    }
    const computed = await compute(ctx, party, input.year);
    if (!isAttestable(computed.computation)) {
      return new NothingToAttestError(`${party.customer.legalName} paid ${party.establishment.name} nothing in ${input.year}: there is no attestation to issue`);
    }
    const [id] = await reserveIds(ctx, 1);
    const record: IssueRecord = {
      id, computed, numbered, issueDate, supersedesId: supersedes?.id ?? null, correctionReason: supersedes?.reason ?? null,
      impact: input.impactPage ? await attestationImpact(ctx, party.establishment.id, party.customer.id, input.year) : undefined,
    };
    if (supersedes) {
      // The original points at its re-issue before the re-issue exists (a deferred key): so at no
      // moment are two attestations of the year current.
      const [original] = await ctx.db.query<{ number: string }>(
        `update oeth_attestation set superseded_by_id = $2, updated_at = now() where organization_id = $1 and id = $3 returning number`,
        [ctx.organizationId, id, supersedes.id],
      );
      record.supersedesNumber = original.number;
    }
    await recordAttestations(ctx, [record]);
    const organizationId = ctx.organizationId;
    const dataSource = ctx.db.dataSource;
    ctx.db.afterCommit(() => renderStoredAttestation(dataSource, organizationId, id).then(() => undefined));
    return (await OethAttestationService.byKey(ctx, id))!;
  }

  /**
   * Issues, in the caller's transaction, every attestation of an establishment's year still missing
   * (the year's batch, attestation-batch.ts): the establishment's customers computed at once, under the
   * lock of the year's counter row, and numbered in one block of its gapless sequence, in customer
   * order. A customer who already has a current attestation of the year keeps it. The PDFs are the
   * caller's to render once this commits (`render_input` of each, or `renderInput` here).
   */
  static async issueEstablishmentYear(
    ctx: RequestContext,
    establishmentId: number,
    year: number,
    options: { impactPage?: boolean } = {},
  ): Promise<{ id: number; customerId: number; renderInput: AttestationRenderInput }[] | ChronologyError> {
    checkYear(year);
    const lastDay = `${year}-12-31`;
    // Issuers of this establishment and year queue on the counter row's lock (nextDocumentNumber):
    // taken first when the row exists, so the computation sees every attestation they issued.
    const locked = await ctx.db.query(`select 1 from document_sequence where establishment_id = $1 and document_type = 'oeth_attestation' and fiscal_year = $2 for update`, [
      establishmentId, fiscalYearOf(lastDay),
    ]);
    const current = async () =>
      new Set(
        (await ctx.db.query<{ customerId: number }>(
          `select customer_id as "customerId" from oeth_attestation where organization_id = $1 and establishment_id = $2 and year = $3 and superseded_by_id is null`,
          [ctx.organizationId, establishmentId, year],
        )).map((row) => row.customerId),
      );
    const issued = await current();
    const missing = (await computeEstablishmentYear(ctx, establishmentId, year)).filter((computed) => !issued.has(computed.party.customer.id));
    if (missing.length === 0) return [];
    const numbers = await nextDocumentNumbers(ctx, 'oeth_attestation', missing[0].party.establishment, lastDay, missing.length);
    if (numbers instanceof ChronologyError) return numbers;
    if (locked.length === 0) {
      // The sequence's first numbers: another issuer may have created the row meanwhile.
      const now = await current();
      if (missing.some((computed) => now.has(computed.party.customer.id))) throw new ConcurrentIssueError();
    }
    const issueDate = todayInFrance();
    const ids = await reserveIds(ctx, missing.length);
    const records: IssueRecord[] = [];
    for (const [index, computed] of missing.entries()) {
      records.push({
        id: ids[index], computed, numbered: numbers[index], issueDate, supersedesId: null, correctionReason: null,
        impact: options.impactPage ? await attestationImpact(ctx, establishmentId, computed.party.customer.id, year) : undefined,
      });
    }
    return (await recordAttestations(ctx, records)).map((renderInput, index) => ({ id: ids[index], customerId: missing[index].party.customer.id, renderInput }));
  }

  /** A corrected re-issue: a new attestation of the same establishment, customer and year, superseding the current one. */
  static async reissue(ctx: RequestContext, input: { id: string; reason: string; issueDate?: string; impactPage?: boolean | null }): Promise<OethAttestation | IssueFailure> {
    const [original] = await ctx.db.query<{ id: number; establishmentId: number; customerId: number; year: number; supersededById: number | null; number: string; impactPage: boolean }>(
      `select id, establishment_id as "establishmentId", customer_id as "customerId", year, superseded_by_id as "supersededById", number,
              render_input ? 'impact' as "impactPage"
         from oeth_attestation where organization_id = $1 and id = $2 for update`,
      [ctx.organizationId, parseId(input.id, 'id')],
    );
    if (!original) return new NotFoundError('id', 'Attestation');
    if (original.supersededById !== null) return new DuplicateError('id', `attestation ${original.number} is already superseded: re-issue its current version`);
    return OethAttestationService.issue(
      ctx,
      {
        establishmentId: String(original.establishmentId), customerId: String(original.customerId), year: original.year, issueDate: input.issueDate,
        impactPage: input.impactPage ?? original.impactPage,
      },
      { id: original.id, reason: input.reason },
    );
  }

  /** The drafts of every attestation of an establishment's year with something to attest (the batch without --issue). */
  static async draftEstablishmentYear(ctx: RequestContext, establishmentId: number, year: number): Promise<OethAttestation[]> {
    return (await computeEstablishmentYear(ctx, establishmentId, year)).map(draftView);
  }

  /** Issued attestations by id, for staff (the batch): those of the caller's organisation, by id. */
  static async issuedByIds(ctx: RequestContext, ids: number[]): Promise<Map<number, OethAttestation>> {
    if (!readsEveryCustomer(ctx)) throw new GraphQLError('Not allowed for your role', { extensions: { code: 'FORBIDDEN' } });
    const rows = await ctx.db.query<AttestationRow>(`select ${ATTESTATION_COLUMNS} from oeth_attestation a where a.organization_id = $1 and a.id = any($2::bigint[])`, [
      ctx.organizationId, ids,
    ]);
    return new Map(rows.map((row) => [row.id, issuedView(row)]));
  }

  /** An issued attestation the caller may read (a partner: its own customer's), or null. */
  static async byId(ctx: RequestContext, id: string): Promise<OethAttestation | null> {
    return OethAttestationService.byKey(ctx, parseId(id, 'id'));
  }

  private static async byKey(ctx: RequestContext, id: number): Promise<OethAttestation | null> {
    const own = readsEveryCustomer(ctx) ? null : await partnerCustomerId(ctx);
    const [row] = await ctx.db.query<AttestationRow>(
      `select ${ATTESTATION_COLUMNS} from oeth_attestation a where a.organization_id = $1 and a.id = $2 and ($3::bigint is null or a.customer_id = $3)`,
      [ctx.organizationId, id, own],
    );
    return row ? issuedView(row) : null;
  }

  static async list(ctx: RequestContext, options: OethAttestationListOptions = {}): Promise<{ items: OethAttestation[]; totalItems: number }> {
    let customerId = options.customerId === undefined || options.customerId === null ? null : parseId(options.customerId, 'customerId');
    if (!readsEveryCustomer(ctx)) {
      const own = await partnerCustomerId(ctx);
      if (customerId !== null && customerId !== own) throw new GraphQLError('A partner account reads its own customer only', { extensions: { code: 'FORBIDDEN' } });
      customerId = own;
    }
    const rows = await ctx.db.query<AttestationRow>(
      `select ${ATTESTATION_COLUMNS}, count(*) over () as "totalItems" from oeth_attestation a
        where a.organization_id = $1 and ($2::int is null or a.year = $2) and ($3::bigint is null or a.establishment_id = $3)
          and ($4::bigint is null or a.customer_id = $4) and ($5 or a.superseded_by_id is null)
        order by a.year ${options.sortDirection === SortDirection.ASC ? 'asc' : 'desc'}, a.number ${options.sortDirection === SortDirection.ASC ? 'asc' : 'desc'}
        offset $6 limit $7`,
      [
        ctx.organizationId, options.year ?? null,
        options.establishmentId ? parseId(options.establishmentId, 'establishmentId') : null,
        customerId, options.includeSuperseded ?? false, options.skip ?? 0, options.take ?? 20,
      ],
    );
    return { items: rows.map(issuedView), totalItems: rows[0]?.totalItems ?? 0 };
  }
}

