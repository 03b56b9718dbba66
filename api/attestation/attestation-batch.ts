import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { RequestContext } from '../context';
import { Role } from '../../schema/enums';
import { isErrorResult } from '../../schema/error-results';
import { todayInFrance } from '../../kernel/dates';
import { ConcurrentIssueError, OethAttestationService, attestationDeadline } from './oeth-attestation.service';
import { sha256Hex, storeAttestationPdfs, storedAttestationPdfs } from './attestation-documents';
import type { AttestationRenderInput } from './attestation-pdf';
import { createRenderPool, type Render } from './render-pool';
import type { OethAttestation } from './attestation.types';

/**
 * Every attestation of a year, for the batch (npm run attestations) and the benchmark, one
 * establishment after the other: its customers computed at once in a few statements (the inputs and
 * calculation of the single attestation, oeth-attestation.service.ts) and, with `issue`, the missing
 * ones issued in one transaction that numbers them in one block of the establishment's gapless
 * sequence; then every PDF drawn on worker threads (render-pool.ts) while the next establishment is
 * computed, the issued ones stored as issued, each written to `outDir`. Resumable: a customer who
 * already has a current attestation of the year keeps it; its stored PDF is written as it is. A
 * failure leaves the establishments before it issued, and perhaps the one computed beside it (their
 * PDFs, if not stored yet, are rendered by the next run or the first download).
 */

export interface BatchCaller {
  organizationId: number;
  userId: number;
}

export interface BatchPair {
  establishmentId: number;
  establishmentCode: string;
  customerId: number;
  customerName: string;
  customerSiren: string;
  /** The current issued attestation of the year, if there is one. */
  attestationId: number | null;
  /** Whether the customer paid an invoice of the establishment during the year (payment date). */
  paidInYear: boolean;
}

export interface BatchRow {
  pair: BatchPair;
  outcome: 'issued' | 'already_issued' | 'draft' | 'nothing_to_attest';
  attestation: OethAttestation | null;
  file: string | null;
}

export interface BatchOptions {
  year: number;
  establishmentCode?: string;
  issue: boolean;
  /** With `issue`: each issued attestation gets the impact page (attestation-impact.ts). */
  impactPage?: boolean;
  outDir?: string;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads drawing the PDFs (default: one per CPU, at most 4; 0: in-process). */
  renderWorkers?: number;
}

function context(dataSource: DataSource, caller: BatchCaller, label: string): RequestContext {
  // As an admin of the organisation, under row-level security, like the API's requests.
  return new RequestContext(`attestations-${label}`, { userId: caller.userId, organizationId: caller.organizationId, roles: [Role.ADMIN] }, dataSource);
}

async function reading<T>(dataSource: DataSource, caller: BatchCaller, label: string, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const ctx = context(dataSource, caller, label);
  ctx.db.readOnly = true;
  try {
    return await work(ctx);
  } finally {
    await ctx.db.finish();
  }
}

async function inTransaction<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  try {
    return await ctx.db.savepoint(work, isErrorResult);
  } catch (error) {
    ctx.db.markFailed();
    throw error;
  } finally {
    await ctx.db.finish();
  }
}

export async function batchPairs(dataSource: DataSource, caller: BatchCaller, year: number, establishmentCode?: string): Promise<BatchPair[]> {
  const ctx = context(dataSource, caller, 'pairs');
  ctx.db.readOnly = true;
  try {
    const rows = await ctx.db.query<{
      establishmentId: number; establishmentCode: string; customerId: number; customerName: string; customerSiren: string; attestationId: number | null; paidInYear: boolean;
    }>(
      `select e.id as "establishmentId", e.code as "establishmentCode", c.id as "customerId", c.legal_name as "customerName", c.siren as "customerSiren",
              (select a.id from oeth_attestation a where a.establishment_id = e.id and a.customer_id = c.id and a.year = $2 and a.superseded_by_id is null) as "attestationId",
              pair.paid_in_year as "paidInYear"
         from (select i.establishment_id, i.customer_id, bool_or(p.payment_date >= make_date($2, 1, 1)) as paid_in_year
                 from invoice i join payment p on p.invoice_id = i.id
                where i.organization_id = $1 and i.number is not null and p.payment_date <= make_date($2, 12, 31)
                group by 1, 2) pair
         join establishment e on e.id = pair.establishment_id
         join customer c on c.id = pair.customer_id
        where ($3::text is null or e.code = $3)
        order by e.code, c.id`,
      [caller.organizationId, year, establishmentCode ?? null],
    );
    return rows;
  } finally {
    await ctx.db.finish();
  }
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_');

async function draftPdf(render: Render, draft: OethAttestation, pair: BatchPair, year: number, deadline: string, today: string): Promise<Buffer> {
  return render({
    number: `PROJET-${pair.establishmentCode}-${year} (non émise)`,
    issueDate: today,
    year,
    place: null,
    establishment: { name: draft.establishmentName, kind: '', siret: draft.establishmentSiret, address: [] },
    customer: { legalName: draft.customerName, siren: draft.customerSiren, address: [] },
    paidHtCents: draft.paidHtCents,
    deductibleCostsCents: draft.deductibleCostsCents,
    labourCostCents: draft.labourCostCents,
    deductionCents: draft.deductionCents,
    deductionRatePercent: draft.deductionRatePercent,
    ubEquivalentNonLegal: null,
    smicHourlyCents: null,
    invoices: draft.invoices.map((invoice) => ({ number: invoice.invoiceNumber, date: invoice.invoiceDate, paidInYearCents: invoice.paidInYearCents, htCents: invoice.htCents })),
    deadline,
    supersedesNumber: null,
    correctionReason: null,
  }, { draft: true });
}

/** What the batch makes of one establishment's pairs, by customer, and the PDFs still to draw. */
interface EstablishmentOutcome {
  outcomes: Map<number, { outcome: BatchRow['outcome']; attestation: OethAttestation }>;
  /** Issued here: their snapshots, to render and store. */
  rendered: Map<number, AttestationRenderInput>;
  /** Issued before: the stored PDF (or the snapshot when not rendered yet). */
  stored: Awaited<ReturnType<typeof storedAttestationPdfs>>;
}

async function issueEstablishment(dataSource: DataSource, caller: BatchCaller, establishmentId: number, options: BatchOptions): Promise<EstablishmentOutcome> {
  let issued: Awaited<ReturnType<typeof OethAttestationService.issueEstablishmentYear>> | undefined;
  for (let attempt = 1; issued === undefined; attempt++) {
    const ctx = context(dataSource, caller, `${establishmentId}-${options.year}`);
    try {
      issued = await inTransaction(ctx, () => OethAttestationService.issueEstablishmentYear(ctx, establishmentId, options.year, { impactPage: options.impactPage }));
    } catch (error) {
      if (!(error instanceof ConcurrentIssueError) || attempt >= 3) throw error;
    }
  }
  if (isErrorResult(issued)) throw new Error(`establishment ${establishmentId}: ${issued.message}`);
  const current = await reading(dataSource, caller, 'current', async (ctx) => {
    const rows = await ctx.db.query<{ id: number; customerId: number }>(
      `select id, customer_id as "customerId" from oeth_attestation where organization_id = $1 and establishment_id = $2 and year = $3 and superseded_by_id is null`,
      [caller.organizationId, establishmentId, options.year],
    );
    const views = await OethAttestationService.issuedByIds(ctx, rows.map((row) => row.id));
    return new Map(rows.map((row) => [row.customerId, views.get(row.id)!]));
  });
  const issuedIds = new Map(issued.map((one) => [one.id, one.renderInput]));
  const outcomes: EstablishmentOutcome['outcomes'] = new Map();
  for (const [customerId, attestation] of current) outcomes.set(customerId, { outcome: issuedIds.has(attestation.id!) ? 'issued' : 'already_issued', attestation });
  const before = [...current.values()].map((attestation) => attestation.id!).filter((id) => !issuedIds.has(id));
  const stored = before.length ? await storedAttestationPdfs(dataSource, caller.organizationId, before, { withBytes: !!options.outDir }) : new Map();
  return { outcomes, rendered: issuedIds, stored };
}

async function draftEstablishment(dataSource: DataSource, caller: BatchCaller, establishmentId: number, year: number): Promise<EstablishmentOutcome> {
  const drafts = await reading(dataSource, caller, `${establishmentId}-${year}`, (ctx) => OethAttestationService.draftEstablishmentYear(ctx, establishmentId, year));
  return { outcomes: new Map(drafts.map((draft) => [draft.customerId, { outcome: 'draft' as const, attestation: draft }])), rendered: new Map(), stored: new Map() };
}

/** PDFs in flight on the render pool (at most `limit`), the issued ones stored by batches. */
class PdfWork {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private idle: (() => void) | null = null;
  private toStore: { id: number; pdf: Buffer; sha256: string }[] = [];
  private storing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly dataSource: DataSource, private readonly organizationId: number, private readonly limit = 64) {}

  async add(task: () => Promise<void>): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.inFlight >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    task()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.inFlight--;
        this.waiting.shift()?.();
        if (this.inFlight === 0) this.idle?.();
      });
  }

  store(id: number, pdf: Buffer, sha256: string): void {
    this.toStore.push({ id, pdf, sha256 });
    if (this.toStore.length >= 100) this.flush();
  }

  private flush(): void {
    const batch = this.toStore;
    this.toStore = [];
    if (batch.length === 0) return;
    this.storing = this.storing.then(() => storeAttestationPdfs(this.dataSource, this.organizationId, batch)).catch((error: unknown) => {
      this.failure ??= error;
    });
  }

  async finish(): Promise<void> {
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.flush();
    await this.storing;
    if (this.failure) throw this.failure;
  }
}

/** A CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'establishment', 'customer', 'customer_siren', 'status', 'number', 'issue_date',
  'paid_ht_cents', 'deductible_costs_cents', 'labour_cost_cents', 'deduction_cents', 'invoice_count', 'pdf_sha256', 'file',
];

export function csvLine(row: BatchRow): string {
  const a = row.attestation;
  return [
    row.pair.establishmentCode, row.pair.customerName, row.pair.customerSiren, row.outcome, a?.number ?? null, a?.issueDate ?? null,
    a?.paidHtCents ?? 0, a?.deductibleCostsCents ?? 0, a?.labourCostCents ?? 0, a?.deductionCents ?? 0, a?.invoices.length ?? 0, a?.pdfSha256 ?? null, row.file,
  ].map(csvField).join(',');
}

/** Runs the batch; the CSV summary (one row per pair) goes to `outDir/attestations-<year>.csv` when outDir is given. */
export async function runAttestationBatch(dataSource: DataSource, caller: BatchCaller, options: BatchOptions): Promise<BatchRow[]> {
  const pairs = await batchPairs(dataSource, caller, options.year, options.establishmentCode);
  const deadline = await reading(dataSource, caller, 'deadline', (ctx) => attestationDeadline(ctx, options.year));
  const today = todayInFrance();
  const rows: BatchRow[] = new Array(pairs.length);
  const establishments = new Map<number, number[]>();
  pairs.forEach((pair, index) => establishments.set(pair.establishmentId, [...(establishments.get(pair.establishmentId) ?? []), index]));
  let done = 0;
  const completed = () => options.onProgress?.(++done, pairs.length);
  options.onProgress?.(0, pairs.length);
  const pool = createRenderPool(options.renderWorkers);
  const work = new PdfWork(dataSource, caller.organizationId);
  // The next establishment is computed (and issued) while the PDFs of this one are drawn: without
  // it the render workers stood idle through each establishment's statements.
  const outcomeOf = (establishmentId: number) => {
    const outcome = options.issue ? issueEstablishment(dataSource, caller, establishmentId, options) : draftEstablishment(dataSource, caller, establishmentId, options.year);
    outcome.catch(() => undefined); // awaited below; a failure is thrown there, in order
    return outcome;
  };
  const order = [...establishments];
  let next = order.length ? outcomeOf(order[0][0]) : null;
  try {
    for (const [position, [, indexes]] of order.entries()) {
      const { outcomes, rendered, stored } = await next!;
      next = position + 1 < order.length ? outcomeOf(order[position + 1][0]) : null;
      for (const index of indexes) {
        const pair = pairs[index];
        const found = outcomes.get(pair.customerId);
        const row: BatchRow = { pair, outcome: found?.outcome ?? 'nothing_to_attest', attestation: found?.attestation ?? null, file: null };
        rows[index] = row;
        const attestation = row.attestation;
        const id = attestation?.id ?? null;
        const renderInput = id === null ? undefined : (rendered.get(id) ?? stored.get(id)?.renderInput ?? undefined);
        if (!attestation || (!options.outDir && !renderInput)) {
          completed();
          continue;
        }
        const directory = options.outDir ? path.join(options.outDir, safeName(pair.establishmentCode)) : null;
        if (directory) fs.mkdirSync(directory, { recursive: true });
        await work.add(async () => {
          let pdf: Buffer;
          if (id === null) pdf = await draftPdf(pool.render, attestation, pair, options.year, deadline, today);
          else if (renderInput) {
            pdf = await pool.render(renderInput);
            attestation.pdfSha256 = sha256Hex(pdf);
            work.store(id, pdf, attestation.pdfSha256);
          } else pdf = stored.get(id)!.pdf!;
          if (directory) {
            row.file = path.join(directory, id === null ? `PROJET-${options.year}-${pair.customerId}.pdf` : `${safeName(attestation.number!)}.pdf`);
            fs.writeFileSync(row.file, pdf);
          }
          completed();
        });
      }
    }
    await work.finish();
  } finally {
    await pool.close();
  }
  if (options.outDir) {
    fs.mkdirSync(options.outDir, { recursive: true });
    fs.writeFileSync(path.join(options.outDir, `attestations-${options.year}.csv`), [CSV_HEADER.join(','), ...rows.map(csvLine)].join('\n') + '\n');
  }
  return rows;
}

export interface BatchStatus {
  year: number;
  deadline: string;
  daysLeft: number;
  /** Pairs whose customer paid in the year: each has an attestation to issue. */
  paidInYear: number;
  issued: number;
  /** Of those, the ones without an attestation of the year yet. */
  missing: number;
}

/** Where the year stands: its legal deadline (a parameter) and how many pairs have their attestation. */
export async function batchStatus(dataSource: DataSource, caller: BatchCaller, year: number, establishmentCode?: string, today = todayInFrance()): Promise<BatchStatus> {
  const pairs = await batchPairs(dataSource, caller, year, establishmentCode);
  const ctx = context(dataSource, caller, 'status');
  ctx.db.readOnly = true;
  let deadline: string;
  try {
    deadline = await attestationDeadline(ctx, year);
  } finally {
    await ctx.db.finish();
  }
  const issued = pairs.filter((pair) => pair.attestationId !== null).length;
  const paidInYear = pairs.filter((pair) => pair.paidInYear);
  const daysLeft = Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return { year, deadline, daysLeft, paidInYear: paidInYear.length, issued, missing: paidInYear.filter((pair) => pair.attestationId === null).length };
}
