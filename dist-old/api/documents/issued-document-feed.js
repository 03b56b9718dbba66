"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuedDocumentFeed = void 0;
const errors_1 = require("../common/errors");
const document_download_1 = require("../http/document-download");
const pagination_1 = require("../../schema/pagination");
const document_service_1 = require("./document.service");
const issued_document_types_1 = require("./issued-document.types");
/** base64url of `<issued_at in µs since the epoch>.<id>`: opaque to the connector, exact to the microsecond. */
function encodeCursor(position) {
    return Buffer.from(`${position.micros}.${position.id}`, 'utf8').toString('base64url');
}
function decodeCursor(cursor) {
    const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
    const match = /^(0|[1-9][0-9]{0,16})\.([1-9][0-9]{0,17})$/.exec(text);
    if (!match)
        throw (0, errors_1.badUserInput)('after', 'is not a cursor of issuedDocuments (pass back an endCursor or cursor it gave)');
    return { micros: match[1], id: match[2] };
}
const COLUMNS = `id::text, document_type as kind, invoice_id::text as "invoiceId", credit_note_id::text as "creditNoteId", number, issue_date::text as "issueDate",
  issued_at as "issuedAt", (extract(epoch from issued_at) * 1000000)::bigint::text as micros, encode(sha256, 'hex') as sha256,
  case when status = 'pending' then snapshot end as snapshot`;
const FIRST_PAGE = `select ${COLUMNS} from issued_document where organization_id = $1 order by issued_at, id limit $2`;
const NEXT_PAGE = `select ${COLUMNS} from issued_document
  where organization_id = $1 and (issued_at, id) > (timestamptz 'epoch' + $3::bigint * interval '1 microsecond', $4::bigint)
  order by issued_at, id limit $2`;
class IssuedDocumentFeed {
    static async page(ctx, after, first) {
        const take = first ?? pagination_1.DEFAULT_TAKE;
        if (!Number.isInteger(take) || take < 1 || take > pagination_1.MAX_TAKE)
            throw (0, errors_1.badUserInput)('first', `must be between 1 and ${pagination_1.MAX_TAKE}`);
        const position = after == null ? null : decodeCursor(after);
        const rows = position
            ? await ctx.db.query(NEXT_PAGE, [ctx.organizationId, take + 1, position.micros, position.id])
            : await ctx.db.query(FIRST_PAGE, [ctx.organizationId, take + 1]);
        const page = rows.slice(0, take);
        // Normally drawn right after its issue commits; one still pending (just issued, or its drawing
        // failed) is drawn here, so every item has its file and digest.
        const pending = page.filter((row) => row.sha256 === null);
        for (const row of pending)
            await (0, document_service_1.drawPending)(ctx.db, Number(row.id), row.snapshot);
        const digests = pending.length
            ? new Map((await ctx.db.query(`select id::text, encode(sha256, 'hex') as sha256 from issued_document where organization_id = $1 and id = any($2::bigint[])`, [ctx.organizationId, pending.map((row) => row.id)])).map((row) => [row.id, row.sha256]))
            : new Map();
        const items = page.map((row) => ({
            id: row.id,
            kind: row.kind === 'invoice' ? issued_document_types_1.IssuedDocumentKind.INVOICE : issued_document_types_1.IssuedDocumentKind.CREDIT_NOTE,
            documentId: (row.invoiceId ?? row.creditNoteId),
            number: row.number,
            issueDate: row.issueDate,
            issuedAt: row.issuedAt,
            sha256: row.sha256 ?? digests.get(row.id),
            documentUrl: row.invoiceId ? (0, document_download_1.documentPath)('invoices', row.invoiceId) : (0, document_download_1.documentPath)('credit-notes', row.creditNoteId),
            cursor: encodeCursor(row),
        }));
        return { items, endCursor: items.at(-1)?.cursor ?? after ?? null, hasNextPage: rows.length > take };
    }
}
exports.IssuedDocumentFeed = IssuedDocumentFeed;
//# sourceMappingURL=issued-document-feed.js.map