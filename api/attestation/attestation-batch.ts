import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { RequestContext } from '../context';
import { Role } from '../../schema/enums';
import { isErrorResult } from '../../schema/error-results';
import { todayInFrance } from '../../kernel/dates';
import { OethAttestationService, attestationDeadline } from './oeth-attestation.service';
import { renderStoredAttestation } from './attestation-documents';
import { createRenderPool, type Render } from './render-pool';
import type { OethAttestation } from './attestation.types';

/**
 * Every attestation of a year, for the batch (npm run attestations) and the benchmark: the
 * establishment × customer pairs with a payment dated up to 31 December of the year (the only ones
 * that may have something to attest), each computed — and with `issue`, issued — in its own
 * transaction, as a mutation would, its PDF written to `outDir`; a few pairs at once, the PDFs drawn
 * on worker threads (render-pool.ts). Resumable: a pair that already has a
 * current attestation of the year is not issued again; its stored PDF is written as it is.
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
  /** Pairs in flight at once, each in its own transaction (default 4; keep it within the pool's connections). */
  concurrency?: number;
}

function context(dataSource: DataSource, caller: BatchCaller, label: string): RequestContext {
  // As an admin of the organisation, under row-level security, like the API's requests.
  return new RequestContext(`attestations-${label}`, { userId: caller.userId, organizationId: caller.organizationId, roles: [Role.ADMIN] }, dataSource);
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
      establishmentId: string; establishmentCode: string; customerId: string; customerName: string; customerSiren: string; attestationId: string | null; paidInYear: boolean;
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
    return rows.map((row) => ({
      establishmentId: Number(row.establishmentId),
      establishmentCode: row.establishmentCode,
      customerId: Number(row.customerId),
      customerName: row.customerName,
      customerSiren: row.customerSiren,
      attestationId: row.attestationId === null ? null : Number(row.attestationId),
      paidInYear: row.paidInYear,
    }));
  } finally {
    await ctx.db.finish();
  }
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_');

async function draftPdf(render: Render, draft: OethAttestation, pair: BatchPair, year: number, deadline: string): Promise<Buffer> {
  return render({
    number: `PROJET-${pair.establishmentCode}-${year} (non émise)`,
    issueDate: todayInFrance(),
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

/** One pair: issue (or compute) it, then write its PDF. */
async function runPair(dataSource: DataSource, caller: BatchCaller, pair: BatchPair, options: BatchOptions, deadline: string, render: Render): Promise<BatchRow> {
  const label = `${pair.establishmentId}-${pair.customerId}-${options.year}`;
  let attestation: OethAttestation | null = null;
  let outcome: BatchRow['outcome'];
  if (pair.attestationId !== null) {
    const ctx = context(dataSource, caller, label);
    ctx.db.readOnly = true;
    try {
      attestation = await OethAttestationService.byId(ctx, String(pair.attestationId));
    } finally {
      await ctx.db.finish();
    }
    outcome = 'already_issued';
  } else if (options.issue) {
    const ctx = context(dataSource, caller, label);
    const result = await inTransaction(ctx, () =>
      OethAttestationService.issue(
        ctx,
        { establishmentId: String(pair.establishmentId), customerId: String(pair.customerId), year: options.year, impactPage: options.impactPage },
        undefined,
        { renderAfterCommit: false },
      ),
    );
    if (isErrorResult(result)) {
      if (result.errorCode !== 'NOTHING_TO_ATTEST') throw new Error(`${pair.establishmentCode} / ${pair.customerName}: ${result.message}`);
      outcome = 'nothing_to_attest';
    } else {
      attestation = result;
      outcome = 'issued';
    }
  } else {
    const ctx = context(dataSource, caller, label);
    ctx.db.readOnly = true;
    try {
      attestation = await OethAttestationService.draft(ctx, String(pair.establishmentId), String(pair.customerId), options.year);
    } finally {
      await ctx.db.finish();
    }
    outcome = attestation.invoices.length ? 'draft' : 'nothing_to_attest';
    if (outcome === 'nothing_to_attest') attestation = null;
  }
  let file: string | null = null;
  if (options.outDir && attestation) {
    const directory = path.join(options.outDir, safeName(pair.establishmentCode));
    fs.mkdirSync(directory, { recursive: true });
    if (attestation.id) {
      const stored = (await renderStoredAttestation(dataSource, caller.organizationId, Number(attestation.id), null, render))!;
      file = path.join(directory, `${safeName(attestation.number!)}.pdf`);
      fs.writeFileSync(file, stored.pdf);
      attestation.pdfSha256 = stored.sha256;
    } else {
      file = path.join(directory, `PROJET-${options.year}-${pair.customerId}.pdf`);
      fs.writeFileSync(file, await draftPdf(render, attestation, pair, options.year, deadline));
    }
  }
  return { pair, outcome, attestation, file };
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
  const deadlineCtx = context(dataSource, caller, 'deadline');
  deadlineCtx.db.readOnly = true;
  let deadline: string;
  try {
    deadline = await attestationDeadline(deadlineCtx, options.year);
  } finally {
    await deadlineCtx.db.finish();
  }
  const rows: BatchRow[] = new Array(pairs.length);
  options.onProgress?.(0, pairs.length);
  // A few pairs in flight: their SQL on the pool's connections, their PDFs on the render workers.
  const pool = createRenderPool(options.renderWorkers);
  let done = 0;
  let nextPair = 0;
  try {
    const lane = async () => {
      while (nextPair < pairs.length) {
        const index = nextPair++;
        try {
          rows[index] = await runPair(dataSource, caller, pairs[index], options, deadline, pool.render);
        } catch (error) {
          nextPair = pairs.length; // the other lanes stop after their current pair
          throw error;
        }
        options.onProgress?.(++done, pairs.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, lane));
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
