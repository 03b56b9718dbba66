import type { RequestContext } from '../context';
import { badUserInput } from '../common/errors';
import { documentPath } from '../http/document-download';
import { DEFAULT_TAKE, MAX_TAKE } from '../../schema/pagination';
import { drawPending } from './document.service';
import type { DocumentSnapshot } from './snapshot';
import { IssuedDocumentKind, type IssuedDocument, type IssuedDocumentList } from './issued-document.types';

/**
 * The issued-documents feed of an organisation, for an approved platform (PDP) connector: its issued
 * invoices and credit notes by (issued_at, id), after an opaque cursor. The issuer stamps issued_at
 * under a per-organisation lock (document.service.ts addToFeed), so a document committed after a page
 * was read always comes after that page's cursor: paging never misses nor repeats one.
 */

interface Position {
  micros: string;
  id: string;
}

/** base64url of `<issued_at in µs since the epoch>.<id>`: opaque to the connector, exact to the microsecond. */
function encodeCursor(position: Position): string {
  return Buffer.from(`${position.micros}.${position.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Position {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^(0|[1-9][0-9]{0,16})\.([1-9][0-9]{0,17})$/.exec(text);
  if (!match) throw badUserInput('after', 'is not a cursor of issuedDocuments (pass back an endCursor or cursor it gave)');
  return { micros: match[1], id: match[2] };
}

interface FeedRow {
  id: string;
  kind: 'invoice' | 'credit_note';
  invoiceId: string | null;
  creditNoteId: string | null;
  number: string;
  issueDate: string;
  issuedAt: Date;
  micros: string;
  sha256: string | null;
  snapshot: DocumentSnapshot | null;
}

const COLUMNS = `id::text, document_type as kind, invoice_id::text as "invoiceId", credit_note_id::text as "creditNoteId", number, issue_date::text as "issueDate",
  issued_at as "issuedAt", (extract(epoch from issued_at) * 1000000)::bigint::text as micros, encode(sha256, 'hex') as sha256,
  case when status = 'pending' then snapshot end as snapshot`;

const FIRST_PAGE = `select ${COLUMNS} from issued_document where organization_id = $1 order by issued_at, id limit $2`;
const NEXT_PAGE = `select ${COLUMNS} from issued_document
  where organization_id = $1 and (issued_at, id) > (timestamptz 'epoch' + $3::bigint * interval '1 microsecond', $4::bigint)
  order by issued_at, id limit $2`;

export class IssuedDocumentFeed {
  static async page(ctx: RequestContext, after: string | null | undefined, first: number | null | undefined): Promise<IssuedDocumentList> {
    const take = first ?? DEFAULT_TAKE;
    if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE) throw badUserInput('first', `must be between 1 and ${MAX_TAKE}`);
    const position = after == null ? null : decodeCursor(after);
    const rows = position
      ? await ctx.db.query<FeedRow>(NEXT_PAGE, [ctx.organizationId, take + 1, position.micros, position.id])
      : await ctx.db.query<FeedRow>(FIRST_PAGE, [ctx.organizationId, take + 1]);
    const page = rows.slice(0, take);
    // Normally drawn right after its issue commits; one still pending (just issued, or its drawing
    // failed) is drawn here, so every item has its file and digest.
    const pending = page.filter((row) => row.sha256 === null);
    for (const row of pending) await drawPending(ctx.db, Number(row.id), row.snapshot!);
    const digests = pending.length
      ? new Map((await ctx.db.query<{ id: string; sha256: string }>(
        `select id::text, encode(sha256, 'hex') as sha256 from issued_document where organization_id = $1 and id = any($2::bigint[])`,
        [ctx.organizationId, pending.map((row) => row.id)],
      )).map((row) => [row.id, row.sha256]))
      : new Map<string, string>();
    const items = page.map((row): IssuedDocument => ({
      id: row.id,
      kind: row.kind === 'invoice' ? IssuedDocumentKind.INVOICE : IssuedDocumentKind.CREDIT_NOTE,
      documentId: (row.invoiceId ?? row.creditNoteId)!,
      number: row.number,
      issueDate: row.issueDate,
      issuedAt: row.issuedAt,
      sha256: row.sha256 ?? digests.get(row.id)!,
      documentUrl: row.invoiceId ? documentPath('invoices', row.invoiceId) : documentPath('credit-notes', row.creditNoteId!),
      cursor: encodeCursor(row),
    }));
    return { items, endCursor: items.at(-1)?.cursor ?? after ?? null, hasNextPage: rows.length > take };
  }
}
