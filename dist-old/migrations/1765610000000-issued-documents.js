"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuedDocuments1765610000000 = void 0;
/**
 * The issued document of each invoice and credit note, kept as issued (commercial law: 10 years).
 *
 * The issuing transaction only writes the snapshot (the JSON the PDF is drawn from, cheap to take)
 * with status `pending`: drawing the PDF under the numbering lock held every concurrent issuer's
 * connection for the drawing's length. The PDF (a Factur-X PDF/A-3 carrying the CII XML) is drawn
 * from the snapshot after the commit, or on the first download of a still-pending document, and
 * stored with its SHA-256; drawing is deterministic, so whichever happens first stores the same bytes.
 *
 * A trigger keeps the row as issued: the snapshot, number and date never change, the bytes are
 * written once (pending → rendered), and no row is ever deleted.
 */
class IssuedDocuments1765610000000 {
    constructor() {
        this.name = 'IssuedDocuments1765610000000';
    }
    async up(q) {
        await q.query(`
      create table issued_document (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        document_type text not null check (document_type in ('invoice', 'credit_note')),
        invoice_id bigint unique,
        credit_note_id bigint unique,
        number text not null,
        issue_date date not null,
        snapshot jsonb not null,
        status text not null default 'pending' check (status in ('pending', 'rendered')),
        pdf bytea,
        xml bytea,
        sha256 bytea check (length(sha256) = 32),
        rendered_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        foreign key (organization_id, invoice_id) references invoice (organization_id, id),
        foreign key (organization_id, credit_note_id) references credit_note (organization_id, id),
        check ((document_type = 'invoice') = (invoice_id is not null)),
        check ((document_type = 'credit_note') = (credit_note_id is not null)),
        check ((status = 'rendered') = (pdf is not null and xml is not null and sha256 is not null))
      );
      create index issued_document_issue_idx on issued_document (organization_id, issue_date, id);
      comment on table issued_document is 'One row per issued invoice or credit note: the snapshot taken at issue and the Factur-X PDF drawn from it (bytes, SHA-256 of the PDF), kept as issued.';
      comment on column issued_document.snapshot is 'What the document prints, as taken in the issuing transaction (api/documents/snapshot.ts).';
      comment on column issued_document.sha256 is 'SHA-256 of pdf, recorded when the PDF is stored.';
      select secure_tenant_table('issued_document');

      create function keep_issued_document() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'issued documents are kept as issued' using errcode = 'P0001';
        end if;
        if new.snapshot is distinct from old.snapshot or new.number <> old.number or new.issue_date <> old.issue_date
           or new.invoice_id is distinct from old.invoice_id or new.credit_note_id is distinct from old.credit_note_id
           or new.document_type <> old.document_type or new.organization_id <> old.organization_id
           or (old.status = 'rendered' and (new.pdf is distinct from old.pdf or new.xml is distinct from old.xml
                                             or new.sha256 is distinct from old.sha256 or new.status <> old.status)) then
          raise exception 'issued document % is kept as issued', old.number using errcode = 'P0001';
        end if;
        return new;
      end $$;
      create trigger issued_document_kept before update or delete on issued_document
        for each row execute function keep_issued_document();
    `);
    }
    async down(q) {
        await q.query(`
      drop table if exists issued_document;
      drop function if exists keep_issued_document();
    `);
    }
}
exports.IssuedDocuments1765610000000 = IssuedDocuments1765610000000;
//# sourceMappingURL=1765610000000-issued-documents.js.map