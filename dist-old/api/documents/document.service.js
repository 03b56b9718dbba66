"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.useDocumentLogger = useDocumentLogger;
exports.renderIssued = renderIssued;
exports.drawPending = drawPending;
exports.captureIssuedDocument = captureIssuedDocument;
exports.downloadDocument = downloadDocument;
const node_crypto_1 = __importDefault(require("node:crypto"));
const request_db_1 = require("../database/request-db");
const snapshot_builder_1 = require("./snapshot-builder");
const sales_pdf_1 = require("./sales-pdf");
const facturx_1 = require("./facturx");
/**
 * Issued documents (issued_document): the snapshot taken in the issuing transaction, the Factur-X PDF
 * drawn from it after the commit. Drafts, quotes and delivery notes are drawn on demand.
 */
/** Where drawings after commit report a failure: the app's logger (createApp sets it). */
let backgroundLogger = null;
function useDocumentLogger(logger) {
    backgroundLogger = logger;
}
/** The Factur-X PDF/A-3 of an issued invoice or credit note: its PDF with the CII XML as the Alternative file. */
async function renderIssued(snapshot) {
    const xml = Buffer.from((0, facturx_1.facturXml)(snapshot), 'utf8');
    const pdf = await (0, sales_pdf_1.renderSalesDocument)(snapshot, {
        attachments: [{ name: facturx_1.FACTURX_FILE_NAME, bytes: xml, mediaType: 'text/xml', description: 'Factur-X (EN 16931) invoice data', relationship: 'Alternative' }],
        metadata: (0, facturx_1.facturXmp)(),
    });
    return { pdf, xml, sha256: node_crypto_1.default.createHash('sha256').update(pdf).digest() };
}
/** Stores the drawing of a pending document; a concurrent drawing of the same snapshot is the same bytes, so the first one stays. */
async function store(db, id, rendered) {
    // write: a query served by a read replica stores on the primary.
    await db.write(`update issued_document set status = 'rendered', pdf = $2, xml = $3, sha256 = $4, rendered_at = now(), updated_at = now() where id = $1 and status = 'pending'`, [id, rendered.pdf, rendered.xml, rendered.sha256]);
}
/** Draws and stores a document still pending, in the caller's request (the feed and downloads meet one before its drawing after commit). */
async function drawPending(db, id, snapshot) {
    await store(db, id, await renderIssued(snapshot));
}
/** Transaction-level advisory lock space of the issued-documents feed (two-key form: space, organisation). */
const FEED_LOCK_SPACE = 0x49535344;
/**
 * Adds an issued document to the organisation's feed (issuedDocuments), pending its drawing. The
 * per-organisation lock, held to the commit, and the clock never behind the latest `issued_at` make
 * (issued_at, id) grow in commit order, so a connector's cursor never has a document appear behind
 * it (migration 1766200000000). Taken last in the issuing transaction: nothing waits while holding it.
 */
async function addToFeed(ctx, kind, id, snapshot) {
    await ctx.db.query(`select pg_advisory_xact_lock(${FEED_LOCK_SPACE}, $1::int)`, [ctx.organizationId]);
    const [row] = await ctx.db.query(`insert into issued_document (organization_id, document_type, invoice_id, credit_note_id, number, issue_date, snapshot, issued_at)
     values ($1, $2, $3, $4, $5, $6, $7,
             greatest(clock_timestamp(), (select max(issued_at) from issued_document where organization_id = $1)))
     on conflict do nothing returning id`, [ctx.organizationId, kind, kind === 'invoice' ? id : null, kind === 'credit_note' ? id : null, snapshot.number, snapshot.date, JSON.stringify(snapshot)]);
    return row ? Number(row.id) : null;
}
/** Draws a pending document from its stored snapshot on its own connection, outside any request transaction. */
async function renderPending(dataSource, organizationId, id) {
    const db = new request_db_1.RequestDb(dataSource, organizationId);
    try {
        const [row] = await db.query(`select id, status, snapshot from issued_document where id = $1`, [id]);
        if (!row || row.status !== 'pending')
            return;
        await db.finish();
        const rendered = await renderIssued(row.snapshot);
        const writer = new request_db_1.RequestDb(dataSource, organizationId);
        try {
            await store(writer, id, rendered);
        }
        catch (error) {
            writer.markFailed();
            throw error;
        }
        finally {
            await writer.finish();
        }
    }
    catch (error) {
        db.markFailed();
        await db.finish().catch(() => undefined);
        // Left pending: the first download draws it (downloadIssued).
        backgroundLogger?.warn('issued document not drawn after commit', { issuedDocumentId: id, error: error instanceof Error ? error.message : String(error) });
    }
}
/**
 * Inside the issuing transaction: the snapshot of the document as issued, stored pending, and its
 * drawing scheduled after the commit. Only the snapshot's reads run under the numbering lock.
 */
async function captureIssuedDocument(ctx, kind, id) {
    const snapshot = (await (0, snapshot_builder_1.buildSnapshot)(ctx, kind, id));
    const issuedId = (await addToFeed(ctx, kind, id, snapshot));
    const organizationId = ctx.organizationId;
    const dataSource = ctx.db.dataSource;
    ctx.db.afterCommit(() => renderPending(dataSource, organizationId, issuedId));
}
/**
 * The stored PDF of an issued invoice or credit note. Still pending: drawn now from its snapshot and
 * stored. Issued before documents were kept (no row): its snapshot is taken now, once, and kept.
 */
async function downloadIssued(ctx, kind, id) {
    const column = kind === 'invoice' ? 'invoice_id' : 'credit_note_id';
    const find = () => ctx.db.query(`select id, status, snapshot, pdf from issued_document where organization_id = $1 and ${column} = $2`, [ctx.organizationId, id]);
    let [row] = await find();
    if (!row) {
        const snapshot = await (0, snapshot_builder_1.buildSnapshot)(ctx, kind, id);
        if (!snapshot)
            return null;
        await addToFeed(ctx, kind, id, snapshot);
        [row] = await find();
    }
    if (row.status === 'rendered')
        return row.pdf;
    await drawPending(ctx.db, Number(row.id), row.snapshot);
    const [stored] = await ctx.db.query(`select pdf from issued_document where id = $1`, [row.id]);
    return stored.pdf;
}
/** An invoice's statement: its issued snapshot with the payments and credit notes recorded since, as of the latest of them. */
async function invoiceStatement(ctx, id) {
    const payments = await ctx.db.query(`select payment_date::text as date, amount_cents as "amountCents", method from payment where organization_id = $1 and invoice_id = $2 order by payment_date, id`, [ctx.organizationId, id]);
    const [credit] = await ctx.db.query(`select coalesce(sum(total_ttc_cents), 0) as cents, max(issue_date)::text as latest from credit_note where organization_id = $1 and invoice_id = $2`, [ctx.organizationId, id]);
    return { payments, creditedCents: Number(credit.cents), latest: [...payments.map((p) => p.date), credit.latest].filter((d) => d !== null).sort().at(-1) ?? null };
}
/** The PDF a download answers, or null when the caller's organisation has no such document. */
async function downloadDocument(ctx, kind, id) {
    if (kind === 'invoice_statement') {
        const [invoice] = await ctx.db.query('select status from invoice where organization_id = $1 and id = $2', [ctx.organizationId, id]);
        if (!invoice || invoice.status === 'draft')
            return null;
        await downloadIssued(ctx, 'invoice', id);
        const [row] = await ctx.db.query(`select snapshot from issued_document where organization_id = $1 and invoice_id = $2`, [ctx.organizationId, id]);
        const statement = await invoiceStatement(ctx, id);
        const pdf = await (0, sales_pdf_1.renderSalesDocument)(row.snapshot, { statement: { payments: statement.payments, creditedCents: statement.creditedCents, asOf: statement.latest ?? row.snapshot.date } });
        return { pdf, fileName: `${row.snapshot.number}-situation.pdf` };
    }
    if (kind === 'invoice' || kind === 'credit_note') {
        const [state] = kind === 'invoice'
            ? await ctx.db.query('select status from invoice where organization_id = $1 and id = $2', [ctx.organizationId, id])
            : await ctx.db.query(`select 'issued' as status from credit_note where organization_id = $1 and id = $2`, [ctx.organizationId, id]);
        if (!state)
            return null;
        if (state.status !== 'draft') {
            const pdf = await downloadIssued(ctx, kind, id);
            const [row] = await ctx.db.query(`select number from ${kind} where id = $1`, [id]);
            return pdf && { pdf, fileName: `${row.number}.pdf` };
        }
    }
    const snapshot = await (0, snapshot_builder_1.buildSnapshot)(ctx, kind, id);
    if (!snapshot)
        return null;
    return { pdf: await (0, sales_pdf_1.renderSalesDocument)(snapshot), fileName: `${snapshot.number ?? `brouillon-${kind}-${id}`}.pdf` };
}
//# sourceMappingURL=document.service.js.map