import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context';
import { RequestDb } from '../database/request-db';
import type { Logger } from '../logger';
import { buildSnapshot, type SnapshotReader } from './snapshot-builder';
import { renderSalesDocument } from './sales-pdf';
import { renderIssued, type RenderedDocument } from './facturx';
import type { DocumentSnapshot, PaymentSnapshot, SalesDocumentKind } from './snapshot';

/**
 * Issued documents (issued_document): the snapshot taken in the issuing transaction, the Factur-X PDF
 * drawn from it after the commit. Drafts, quotes and delivery notes are drawn on demand.
 */

/** Where drawings after commit report a failure: the app's logger (createApp sets it). */
let backgroundLogger: Pick<Logger, 'warn'> | null = null;
export function useDocumentLogger(logger: Pick<Logger, 'warn'>): void {
  backgroundLogger = logger;
}

/**
 * How issued documents are drawn: in this thread unless the app was given a render pool
 * (api/attestation/render-pool.ts, as npm start does), whose workers draw them beside the event loop.
 */
let drawIssued: (snapshot: DocumentSnapshot) => Promise<RenderedDocument> = renderIssued;
export function useDocumentRenderer(render: ((snapshot: DocumentSnapshot) => Promise<RenderedDocument>) | null): void {
  drawIssued = render ?? renderIssued;
}

interface IssuedRow {
  id: number;
  status: 'pending' | 'rendered';
  snapshot: DocumentSnapshot;
  pdf: Buffer | null;
}

/** Stores the drawing of a pending document; a concurrent drawing of the same snapshot is the same bytes, so the first one stays. */
async function store(db: RequestDb, id: number, rendered: RenderedDocument): Promise<void> {
  // write: a query served by a read replica stores on the primary.
  await db.write(
    `update issued_document set status = 'rendered', pdf = $2, xml = $3, sha256 = $4, rendered_at = now(), updated_at = now() where id = $1 and status = 'pending'`,
    [id, rendered.pdf, rendered.xml, rendered.sha256],
  );
}

/** Draws and stores a document still pending, in the caller's request (the feed and downloads meet one before its drawing after commit). */
export async function drawPending(db: RequestDb, id: number, snapshot: DocumentSnapshot): Promise<void> {
  await store(db, id, await drawIssued(snapshot));
}

/** Transaction-level advisory lock space of the issued-documents feed (two-key form: space, organisation). */
const FEED_LOCK_SPACE = 0x49535344;

/**
 * Adds an issued document to the organisation's feed (issuedDocuments), pending its drawing. The
 * per-organisation lock, held to the commit, and the clock never behind the latest `issued_at` make
 * (issued_at, id) grow in commit order, so a connector's cursor never has a document appear behind
 * it (migration 1766200000000). Taken last in the issuing transaction: nothing waits while holding it.
 */
async function addToFeed(ctx: RequestContext, kind: 'invoice' | 'credit_note', id: number, snapshot: DocumentSnapshot): Promise<number | null> {
  await ctx.db.query(`select pg_advisory_xact_lock(${FEED_LOCK_SPACE}, $1::int)`, [ctx.organizationId]);
  const [row] = await ctx.db.query<{ id: number }>(
    `insert into issued_document (organization_id, document_type, invoice_id, credit_note_id, number, issue_date, snapshot, issued_at)
     values ($1, $2, $3, $4, $5, $6, $7,
             greatest(clock_timestamp(), (select max(issued_at) from issued_document where organization_id = $1)))
     on conflict do nothing returning id`,
    [ctx.organizationId, kind, kind === 'invoice' ? id : null, kind === 'credit_note' ? id : null, snapshot.number, snapshot.date, JSON.stringify(snapshot)],
  );
  return row ? row.id : null;
}

/** Draws a pending document from its stored snapshot on its own connection, outside any request transaction. */
async function renderPending(dataSource: DataSource, organizationId: number, id: number, requestId: string): Promise<void> {
  const db = new RequestDb(dataSource, organizationId);
  try {
    const [row] = await db.query<IssuedRow>(`select id, status, snapshot from issued_document where id = $1`, [id]);
    if (!row || row.status !== 'pending') return;
    await db.finish();
    const rendered = await drawIssued(row.snapshot);
    const writer = new RequestDb(dataSource, organizationId);
    try {
      await store(writer, id, rendered);
    } catch (error) {
      writer.markFailed();
      throw error;
    } finally {
      await writer.finish();
    }
  } catch (error) {
    db.markFailed();
    await db.finish().catch(() => undefined);
    // Left pending: the first download draws it (downloadIssued).
    backgroundLogger?.warn('issued document not drawn after commit', { requestId, issuedDocumentId: id, error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Inside the issuing transaction: the snapshot of the document as issued, stored pending, and its
 * drawing scheduled after the commit. Only the snapshot's reads run under the numbering lock.
 */
export async function captureIssuedDocument(ctx: RequestContext, kind: 'invoice' | 'credit_note', id: number): Promise<void> {
  const snapshot = (await buildSnapshot(ctx, kind, id))!;
  const issuedId = (await addToFeed(ctx, kind, id, snapshot))!;
  const organizationId = ctx.organizationId;
  const dataSource = ctx.db.dataSource;
  const requestId = ctx.requestId;
  ctx.db.afterCommit(() => renderPending(dataSource, organizationId, issuedId, requestId));
}

/**
 * An invoice or credit note issued outside a request (the demo loader's, tools/demo/demo-documents.ts):
 * its snapshot taken, then drawn (Factur-X PDF and CII XML) and stored as issuing and its drawing
 * after commit do, in the caller's transaction. `issuedAt` places it in the feed: the demo's
 * documents were issued over its year, before anything the application issues.
 */
export async function keepIssuedDocument(
  reader: SnapshotReader,
  kind: 'invoice' | 'credit_note',
  id: number,
  issuedAt: string,
  render: (snapshot: DocumentSnapshot) => Promise<RenderedDocument> = drawIssued,
): Promise<void> {
  const snapshot = (await buildSnapshot(reader, kind, id))!;
  const rendered = await render(snapshot);
  await reader.db.query(
    `insert into issued_document (organization_id, document_type, invoice_id, credit_note_id, number, issue_date, snapshot, issued_at, status, pdf, xml, sha256, rendered_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'rendered', $9, $10, $11, $8)`,
    [reader.organizationId, kind, kind === 'invoice' ? id : null, kind === 'credit_note' ? id : null, snapshot.number, snapshot.date, JSON.stringify(snapshot), issuedAt,
      rendered.pdf, rendered.xml, rendered.sha256],
  );
}

/**
 * The stored PDF of an issued invoice or credit note. Still pending: drawn now from its snapshot and
 * stored. Issued before documents were kept (no row): its snapshot is taken now, once, and kept.
 */
async function downloadIssued(ctx: RequestContext, kind: 'invoice' | 'credit_note', id: number): Promise<Buffer | null> {
  const column = kind === 'invoice' ? 'invoice_id' : 'credit_note_id';
  const find = () => ctx.db.query<IssuedRow>(`select id, status, snapshot, pdf from issued_document where organization_id = $1 and ${column} = $2`, [ctx.organizationId, id]);
  let [row] = await find();
  if (!row) {
    const snapshot = await buildSnapshot(ctx, kind, id);
    if (!snapshot) return null;
    await addToFeed(ctx, kind, id, snapshot);
    [row] = await find();
  }
  if (row.status === 'rendered') return row.pdf!;
  await drawPending(ctx.db, row.id, row.snapshot);
  const [stored] = await ctx.db.query<{ pdf: Buffer }>(`select pdf from issued_document where id = $1`, [row.id]);
  return stored.pdf;
}

/** An invoice's statement: its issued snapshot with the payments and credit notes recorded since, as of the latest of them. */
async function invoiceStatement(ctx: RequestContext, id: number) {
  const payments = await ctx.db.query<PaymentSnapshot>(
    `select payment_date::text as date, amount_cents as "amountCents", method from payment where organization_id = $1 and invoice_id = $2 order by payment_date, id`,
    [ctx.organizationId, id],
  );
  const [credit] = await ctx.db.query<{ cents: number; latest: string | null }>(
    `select coalesce(sum(total_ttc_cents), 0) as cents, max(issue_date)::text as latest from credit_note where organization_id = $1 and invoice_id = $2`,
    [ctx.organizationId, id],
  );
  return { payments, creditedCents: Number(credit.cents), latest: [...payments.map((p) => p.date), credit.latest].filter((d): d is string => d !== null).sort().at(-1) ?? null };
}

export interface Download {
  pdf: Buffer;
  fileName: string;
}

export type DownloadKind = SalesDocumentKind | 'invoice_statement';

/** The PDF a download answers, or null when the caller's organisation has no such document. */
export async function downloadDocument(ctx: RequestContext, kind: DownloadKind, id: number): Promise<Download | null> {
  if (kind === 'invoice_statement') {
    const [invoice] = await ctx.db.query<{ status: string }>('select status from invoice where organization_id = $1 and id = $2', [ctx.organizationId, id]);
    if (!invoice || invoice.status === 'draft') return null;
    await downloadIssued(ctx, 'invoice', id);
    const [row] = await ctx.db.query<{ snapshot: DocumentSnapshot }>(`select snapshot from issued_document where organization_id = $1 and invoice_id = $2`, [ctx.organizationId, id]);
    const statement = await invoiceStatement(ctx, id);
    const pdf = await renderSalesDocument(row.snapshot, { statement: { payments: statement.payments, creditedCents: statement.creditedCents, asOf: statement.latest ?? row.snapshot.date } });
    return { pdf, fileName: `${row.snapshot.number}-situation.pdf` };
  }
  if (kind === 'invoice' || kind === 'credit_note') {
    const [state] = kind === 'invoice'
      ? await ctx.db.query<{ status: string }>('select status from invoice where organization_id = $1 and id = $2', [ctx.organizationId, id])
      : await ctx.db.query<{ status: string }>(`select 'issued' as status from credit_note where organization_id = $1 and id = $2`, [ctx.organizationId, id]);
    if (!state) return null;
    if (state.status !== 'draft') {
      const pdf = await downloadIssued(ctx, kind, id);
      const [row] = await ctx.db.query<{ number: string }>(`select number from ${kind} where id = $1`, [id]);
      return pdf && { pdf, fileName: `${row.number}.pdf` };
    }
  }
  const snapshot = await buildSnapshot(ctx, kind, id);
  if (!snapshot) return null;
  return { pdf: await renderSalesDocument(snapshot), fileName: `${snapshot.number ?? `brouillon-${kind}-${id}`}.pdf` };
}
