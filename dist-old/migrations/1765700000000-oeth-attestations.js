"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OethAttestations1765700000000 = void 0;
/**
 * OETH attestations (art. D5212-7 code du travail): one per establishment, customer and year, numbered
 * in its own gapless sequence per establishment and year (document_sequence, type oeth_attestation),
 * with its four amounts, the invoices it counts and what it counted for each (what the next year
 * subtracts), and its PDF as issued with the PDF's SHA-256. The PDF is rendered after the issuing
 * transaction commits, from `render_input` (the snapshot of everything printed), so `pdf` is filled
 * once, later; nothing else of an issued attestation changes, except `superseded_by_id`, set once by a
 * corrected re-issue. The deduction rate and the attestation deadline are dated legal parameters.
 */
class OethAttestations1765700000000 {
    constructor() {
        this.name = 'OethAttestations1765700000000';
    }
    async up(q) {
        await q.query(`
      alter table document_sequence drop constraint document_sequence_document_type_check;
      alter table document_sequence add constraint document_sequence_document_type_check check (document_type in
        ('quote', 'order', 'delivery_note', 'invoice', 'credit_note', 'production_sheet', 'mad_contract', 'oeth_attestation'));

      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('oeth_deduction_rate', '2020-01-01', null, 0.30, 'ratio',
         'Art. D5212-22 code du travail (loi 2018-771, décret 2019-523): deduction = 30 % × (prix HT − matières premières, produits, matériaux, sous-traitance, consommations intermédiaires, frais de vente et de commercialisation)'),
        ('oeth_attestation_deadline_month', '-infinity', null, 3, 'month',
         'Art. D5212-7 via DOMAIN.md: the attestation is sent by 15 March of the following year — UNCONFIRMED which version of the text applies, kept configurable'),
        ('oeth_attestation_deadline_day', '-infinity', null, 15, 'day',
         'Art. D5212-7 via DOMAIN.md: the attestation is sent by 15 March of the following year — UNCONFIRMED which version of the text applies, kept configurable');

      create table oeth_attestation (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null,
        customer_id bigint not null,
        year integer not null check (year between 2020 and 2100),
        number text not null,
        sequence_number integer not null check (sequence_number > 0),
        issue_date date not null,
        paid_ht_cents bigint not null,
        deductible_costs_cents bigint not null,
        labour_cost_cents bigint not null,
        deduction_cents bigint not null,
        deduction_rate numeric not null check (deduction_rate > 0 and deduction_rate <= 1),
        smic_hourly_cents bigint,
        ub_equivalent_non_legal numeric,
        supersedes_id bigint,
        superseded_by_id bigint,
        correction_reason text check (correction_reason is null or length(correction_reason) between 1 and 2000),
        render_input jsonb not null,
        pdf bytea,
        pdf_sha256 bytea check (pdf_sha256 is null or length(pdf_sha256) = 32),
        rendered_at timestamptz,
        issued_by bigint,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, id),
        unique (establishment_id, year, sequence_number),
        unique (establishment_id, number),
        check (labour_cost_cents = paid_ht_cents - deductible_costs_cents),
        check ((pdf is null) = (pdf_sha256 is null)),
        check ((supersedes_id is null) = (correction_reason is null)),
        foreign key (organization_id, establishment_id) references establishment (organization_id, id),
        foreign key (organization_id, customer_id) references customer (organization_id, id),
        foreign key (organization_id, supersedes_id) references oeth_attestation (organization_id, id),
        foreign key (organization_id, superseded_by_id) references oeth_attestation (organization_id, id) deferrable initially deferred,
        foreign key (organization_id, issued_by) references app_user (organization_id, id)
      );
      -- One current (not superseded) attestation per establishment, customer and year; a re-issue supersedes once.
      create unique index oeth_attestation_current_key on oeth_attestation (establishment_id, customer_id, year) where superseded_by_id is null;
      create unique index oeth_attestation_supersedes_key on oeth_attestation (supersedes_id) where supersedes_id is not null;
      create index oeth_attestation_customer_id_idx on oeth_attestation (customer_id, year);
      create index oeth_attestation_pending_render_idx on oeth_attestation (id) where pdf is null;
      comment on table oeth_attestation is 'OETH attestation (art. D5212-7), one row per issue: a corrected re-issue is a new row superseding the original, which stays readable. Grain: one issued attestation.';
      comment on column oeth_attestation.render_input is 'Everything the PDF prints, frozen at issue: the PDF is rendered from it, deterministically, after the issuing transaction commits.';
      comment on column oeth_attestation.pdf is 'The PDF as issued; what GET /documents/attestations/:id.pdf serves, byte for byte.';
      comment on column oeth_attestation.ub_equivalent_non_legal is 'NOT a legal figure: labour cost ÷ (2 000 × SMIC horaire brut at 31 December), MAD lines ÷ (1 600 × SMIC).';
      select secure_tenant_table('oeth_attestation');
      revoke delete on oeth_attestation from ub_app;
      -- A re-issue takes its id first, so that the original can point at it before it exists.
      grant usage on sequence oeth_attestation_id_seq to ub_app;

      create table oeth_attestation_invoice (
        organization_id bigint not null references organization(id),
        attestation_id bigint not null,
        invoice_id bigint not null,
        invoice_number text not null,
        invoice_date date not null,
        paid_in_year_cents bigint not null,
        ht_cents bigint not null,
        deductible_costs_cents bigint not null,
        primary key (attestation_id, invoice_id),
        foreign key (organization_id, attestation_id) references oeth_attestation (organization_id, id),
        foreign key (organization_id, invoice_id) references invoice (organization_id, id)
      );
      create index oeth_attestation_invoice_invoice_id_idx on oeth_attestation_invoice (invoice_id);
      comment on table oeth_attestation_invoice is 'An invoice an attestation counts, with the TTC paid on it in the year and the HT and deductible costs the attestation counted for it (what later years subtract). Grain: attestation × invoice.';
      select secure_tenant_table('oeth_attestation_invoice');
      revoke update, delete on oeth_attestation_invoice from ub_app;

      create function forbid_issued_attestation_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'an issued attestation is never deleted' using errcode = 'P0001';
        end if;
        -- The PDF is filled once (rendered after the issue commits); the superseding re-issue is set once.
        if (to_jsonb(new) - 'pdf' - 'pdf_sha256' - 'rendered_at' - 'superseded_by_id' - 'updated_at')
             is distinct from (to_jsonb(old) - 'pdf' - 'pdf_sha256' - 'rendered_at' - 'superseded_by_id' - 'updated_at')
           or (old.pdf is not null and (new.pdf is distinct from old.pdf or new.pdf_sha256 is distinct from old.pdf_sha256 or new.rendered_at is distinct from old.rendered_at))
           or (old.superseded_by_id is not null and new.superseded_by_id is distinct from old.superseded_by_id) then
          raise exception 'an issued attestation is immutable' using errcode = 'P0001';
        end if;
        return new;
      end $$;
      create trigger oeth_attestation_immutable before update or delete on oeth_attestation
        for each row execute function forbid_issued_attestation_change();
      create trigger oeth_attestation_invoice_append_only before update or delete on oeth_attestation_invoice
        for each row execute function forbid_change();
    `);
    }
    async down(q) {
        await q.query(`
      drop table if exists oeth_attestation_invoice, oeth_attestation;
      drop function if exists forbid_issued_attestation_change();
      delete from legal_parameter where code in ('oeth_deduction_rate', 'oeth_attestation_deadline_month', 'oeth_attestation_deadline_day');
      delete from document_sequence where document_type = 'oeth_attestation';
      alter table document_sequence drop constraint document_sequence_document_type_check;
      alter table document_sequence add constraint document_sequence_document_type_check check (document_type in
        ('quote', 'order', 'delivery_note', 'invoice', 'credit_note', 'production_sheet', 'mad_contract'));
    `);
    }
}
exports.OethAttestations1765700000000 = OethAttestations1765700000000;
//# sourceMappingURL=1765700000000-oeth-attestations.js.map