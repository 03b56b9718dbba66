"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuedDocumentFeed1766200000000 = void 0;
/** The trigger function of 1765610000000 with `extra` among the changes it refuses (this migration adds issued_at). */
function keepIssuedDocument(extra) {
    return `
    create or replace function keep_issued_document() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'issued documents are kept as issued' using errcode = 'P0001';
      end if;
      if new.snapshot is distinct from old.snapshot or new.number <> old.number or new.issue_date <> old.issue_date
         or new.invoice_id is distinct from old.invoice_id or new.credit_note_id is distinct from old.credit_note_id
         or new.document_type <> old.document_type or new.organization_id <> old.organization_id ${extra}
         or (old.status = 'rendered' and (new.pdf is distinct from old.pdf or new.xml is distinct from old.xml
                                           or new.sha256 is distinct from old.sha256 or new.status <> old.status)) then
        raise exception 'issued document % is kept as issued', old.number using errcode = 'P0001';
      end if;
      return new;
    end $$;`;
}
/**
 * The feed an approved platform (PDP) connector pages through (`issuedDocuments(after:)`):
 * `issued_at`, the instant a document joined the feed, with its id as the tie-break.
 *
 * A connector that remembers the last (issued_at, id) it read must never see a document appear
 * behind that point later. `created_at` cannot give that (it is the issuing transaction's start, and
 * two establishments of one organisation issue concurrently, so commits and ids come in any order).
 * The issuer therefore takes a per-organisation transaction lock right before its insert
 * (api/documents/document.service.ts) and stamps `issued_at` with the clock, never behind the latest
 * one: the lock is held to the commit, so (issued_at, id) grows in commit order.
 */
class IssuedDocumentFeed1766200000000 {
    constructor() {
        this.name = 'IssuedDocumentFeed1766200000000';
    }
    async up(q) {
        await q.query(`
      alter table issued_document add column issued_at timestamptz;
      update issued_document set issued_at = created_at;
      alter table issued_document alter column issued_at set not null, alter column issued_at set default clock_timestamp();
      create index issued_document_feed_idx on issued_document (organization_id, issued_at, id);
      comment on column issued_document.issued_at is 'When the document joined the issued-documents feed (the PDP connector''s cursor, with id): grows in commit order within an organisation.';

      ${keepIssuedDocument(`or new.issued_at <> old.issued_at`)}
    `);
    }
    async down(q) {
        await q.query(`
      ${keepIssuedDocument('')}
      drop index if exists issued_document_feed_idx;
      alter table issued_document drop column if exists issued_at;
    `);
    }
}
exports.IssuedDocumentFeed1766200000000 = IssuedDocumentFeed1766200000000;
//# sourceMappingURL=1766200000000-issued-document-feed.js.map