import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storing an attestation's PDF cost more in PostgreSQL than drawing it (bench/README.md, section 7):
 * the immutability trigger compared the whole row as JSON, which turned each ≈ 20 kB PDF into hex
 * text twice per update; it now compares the row with the PDF columns blanked, as a row. The PDF
 * columns of attestations and issued documents are stored without a compression attempt (`external`:
 * a PDF's streams are already compressed). Both are metadata changes: no row is rewritten.
 */
/** The rest of the rule, the same in both versions: the PDF is set once, the superseding re-issue once. */
const ONCE_SET = `
       or (old.pdf is not null and (new.pdf is distinct from old.pdf or new.pdf_sha256 is distinct from old.pdf_sha256 or new.rendered_at is distinct from old.rendered_at))
       or (old.superseded_by_id is not null and new.superseded_by_id is distinct from old.superseded_by_id) then
      raise exception 'an issued attestation is immutable' using errcode = 'P0001';
    end if;
    return new;
  end $$`;

const IMMUTABLE_ROW = `
  create or replace function forbid_issued_attestation_change() returns trigger language plpgsql as $$
  declare
    now_row oeth_attestation := new;
    was_row oeth_attestation := old;
  begin
    if tg_op = 'DELETE' then
      raise exception 'an issued attestation is never deleted' using errcode = 'P0001';
    end if;
    -- The PDF is filled once (rendered after the issue commits); the superseding re-issue is set once.
    now_row.pdf := null; now_row.pdf_sha256 := null; now_row.rendered_at := null; now_row.superseded_by_id := null; now_row.updated_at := null;
    was_row.pdf := null; was_row.pdf_sha256 := null; was_row.rendered_at := null; was_row.superseded_by_id := null; was_row.updated_at := null;
    if now_row is distinct from was_row
${ONCE_SET}`;

const IMMUTABLE_JSON = `
  create or replace function forbid_issued_attestation_change() returns trigger language plpgsql as $$
  begin
    if tg_op = 'DELETE' then
      raise exception 'an issued attestation is never deleted' using errcode = 'P0001';
    end if;
    if (to_jsonb(new) - 'pdf' - 'pdf_sha256' - 'rendered_at' - 'superseded_by_id' - 'updated_at')
         is distinct from (to_jsonb(old) - 'pdf' - 'pdf_sha256' - 'rendered_at' - 'superseded_by_id' - 'updated_at')
${ONCE_SET}`;

export class AttestationPdfStorage1767300000000 implements MigrationInterface {
  name = 'AttestationPdfStorage1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(IMMUTABLE_ROW);
    await q.query(`alter table oeth_attestation alter column pdf set storage external`);
    await q.query(`alter table issued_document alter column pdf set storage external`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table issued_document alter column pdf set storage extended`);
    await q.query(`alter table oeth_attestation alter column pdf set storage extended`);
    await q.query(IMMUTABLE_JSON);
  }
}
