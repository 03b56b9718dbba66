"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DocumentIdentities1765600000000 = void 0;
/**
 * What printed and electronic sales documents must say about who sells and who buys (Code de
 * commerce L441-9, CGI annexe II art. 242 nonies A, the e-invoicing reform's added mentions):
 *
 * - organisation (the legal person that sells): head-office address, legal form, RNA number (an
 *   association) or RCS registry city (a company), share capital where there is one, intracommunity
 *   VAT number; and the defaults of the invoice mentions it chose (nature of the operations, late-payment
 *   penalty terms, early-payment discount terms, VAT-exemption mention for 0 % lines, VAT on debits,
 *   the optional social-value line). Wordings are the organisation's data, never constants of the code.
 * - establishment (the place of business that issues and numbers documents): street address and
 *   postcode beside its city, and the bank account customers pay into (IBAN, BIC).
 * - organisation logo: its own table, so that the rows every read loads stay small.
 * - customer: its intracommunity VAT number (its delivery address was already there).
 * - legal parameter `recovery_indemnity_cents`: the fixed 40 € recovery indemnity owed by a
 *   professional buyer paying late (Code de commerce D441-5), dated like every rule of law.
 *
 * Formats are checked here as a last line of defence; the keys (VAT key, IBAN mod-97) are checked by
 * the API (api/common/identity-numbers.ts), which answers which field is wrong.
 */
class DocumentIdentities1765600000000 {
    constructor() {
        this.name = 'DocumentIdentities1765600000000';
    }
    async up(q) {
        await q.query(`
      alter table organization
        add column legal_form text check (length(legal_form) between 1 and 100),
        add column rna_number text check (rna_number ~ '^W[0-9A-Z]{9}$'),
        add column rcs_city text check (length(rcs_city) between 1 and 100),
        add column share_capital_cents bigint check (share_capital_cents >= 0),
        add column vat_number text check (vat_number ~ '^[A-Z]{2}[0-9A-Z]{2,13}$'),
        add column address_line1 text check (length(address_line1) between 1 and 200),
        add column address_line2 text check (length(address_line2) <= 200),
        add column postal_code text check (postal_code ~ '^[0-9A-Z -]{3,10}$'),
        add column city text check (length(city) between 1 and 100),
        add column country_code text not null default 'FR' check (country_code ~ '^[A-Z]{2}$'),
        add column operations_nature text not null default 'services' check (operations_nature in ('goods', 'services', 'goods_and_services')),
        add column late_penalty_terms text check (length(late_penalty_terms) between 1 and 500),
        add column early_payment_discount_terms text check (length(early_payment_discount_terms) between 1 and 500),
        add column vat_exemption_mention text check (length(vat_exemption_mention) between 1 and 500),
        add column vat_on_debits boolean not null default false,
        add column social_value_line boolean not null default false;
      comment on column organization.operations_nature is 'Nature of the operations an invoice states by default (e-invoicing reform): goods, services, or both.';
      comment on column organization.late_penalty_terms is 'The late-payment penalty rate as printed on invoices (Code de commerce L441-10): the organisation''s wording.';
      comment on column organization.early_payment_discount_terms is 'Early-payment discount terms as printed, or that there is none (L441-9).';
      comment on column organization.vat_exemption_mention is 'The exemption mention (with its article) printed for lines at 0 % VAT.';
      comment on column organization.vat_on_debits is 'The organisation opted for VAT on debits (TVA sur les débits): printed on invoices when true.';
      comment on column organization.social_value_line is 'Delivery notes and invoices carry one line of social value (workers and hours, aggregates under the disclosure rules).';

      alter table establishment
        add column address_line1 text check (length(address_line1) between 1 and 200),
        add column address_line2 text check (length(address_line2) <= 200),
        add column postal_code text check (postal_code ~ '^[0-9A-Z -]{3,10}$'),
        add column iban text check (iban ~ '^[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}$'),
        add column bic text check (bic ~ '^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$');
      comment on column establishment.iban is 'Account customers pay invoices of this establishment into (printed on invoices, payee account in Factur-X).';

      alter table customer add column vat_number text check (vat_number ~ '^[A-Z]{2}[0-9A-Z]{2,13}$');
      comment on column customer.vat_number is 'Intracommunity VAT number of the buyer, when it has one (L441-9).';

      create table organization_logo (
        organization_id bigint primary key references organization(id),
        media_type text not null check (media_type in ('image/png', 'image/jpeg')),
        bytes bytea not null check (length(bytes) between 1 and 262144),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      comment on table organization_logo is 'The optional logo printed on the organisation''s documents (PNG or JPEG, at most 256 KiB).';
      select secure_tenant_table('organization_logo');

      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('recovery_indemnity_cents', '2013-01-01', null, 4000, 'cents',
         'Code de commerce D441-5 (décret 2012-1115): a professional buyer paying late owes a fixed recovery indemnity of 40 €, to be stated on invoices (L441-9)');
    `);
    }
    async down(q) {
        await q.query(`
      delete from legal_parameter where code = 'recovery_indemnity_cents';
      drop table if exists organization_logo;
      alter table customer drop column if exists vat_number;
      alter table establishment drop column if exists address_line1, drop column if exists address_line2, drop column if exists postal_code,
        drop column if exists iban, drop column if exists bic;
      alter table organization drop column if exists legal_form, drop column if exists rna_number, drop column if exists rcs_city,
        drop column if exists share_capital_cents, drop column if exists vat_number, drop column if exists address_line1,
        drop column if exists address_line2, drop column if exists postal_code, drop column if exists city, drop column if exists country_code,
        drop column if exists operations_nature, drop column if exists late_penalty_terms, drop column if exists early_payment_discount_terms,
        drop column if exists vat_exemption_mention, drop column if exists vat_on_debits, drop column if exists social_value_line;
    `);
    }
}
exports.DocumentIdentities1765600000000 = DocumentIdentities1765600000000;
//# sourceMappingURL=1765600000000-document-identities.js.map