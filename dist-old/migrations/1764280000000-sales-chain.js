"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SalesChain1764280000000 = void 0;
/**
 * The sales chain: organisation, establishments, users, customers, catalog, and the documents
 * quote → order → delivery note → invoice → payment, plus credit notes. Each line keeps the id of
 * the line it came from. States are text with CHECK constraints (Power BI reads text, not enums).
 */
class SalesChain1764280000000 {
    constructor() {
        this.name = 'SalesChain1764280000000';
    }
    async up(q) {
        await q.query(`
      create table organization (
        id bigint generated always as identity primary key,
        name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );

      create table establishment (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        kind text not null check (kind in ('esat', 'ea')),
        code text not null check (code ~ '^[A-Z0-9-]{1,20}$'),
        name text not null,
        siret text not null check (siret ~ '^[0-9]{14}$'),
        finess text check (finess ~ '^[0-9A-B]{9}$'),
        city text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, code)
      );
      create index establishment_organization_id_idx on establishment (organization_id);

      create table app_user (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        email text not null,
        display_name text not null,
        roles text[] not null default '{}',
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create unique index app_user_email_key on app_user (lower(email));
      create index app_user_organization_id_idx on app_user (organization_id);

      create table customer (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        legal_name text not null,
        siren text not null check (siren ~ '^[0-9]{9}$'),
        siret text check (siret ~ '^[0-9]{14}$'),
        is_public_buyer boolean not null default false,
        email text,
        billing_line1 text not null,
        billing_line2 text,
        billing_postal_code text not null,
        billing_city text not null,
        billing_country_code text not null default 'FR',
        delivery_line1 text,
        delivery_line2 text,
        delivery_postal_code text,
        delivery_city text,
        delivery_country_code text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index customer_organization_id_idx on customer (organization_id, legal_name);

      create table catalog_item (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint references establishment(id),
        code text not null,
        label text not null,
        unit text not null,
        unit_price_cents bigint not null check (unit_price_cents >= 0),
        vat_rate_bp integer not null check (vat_rate_bp >= 0 and vat_rate_bp < 10000),
        activity text not null,
        service_type text not null check (service_type in ('production', 'prestation_de_service', 'prestation_en_entreprise', 'mise_a_disposition')),
        materials_cents bigint not null default 0 check (materials_cents >= 0),
        subcontracting_cents bigint not null default 0 check (subcontracting_cents >= 0),
        intermediate_consumption_cents bigint not null default 0 check (intermediate_consumption_cents >= 0),
        selling_costs_cents bigint not null default 0 check (selling_costs_cents >= 0),
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (organization_id, code)
      );
      create index catalog_item_establishment_id_idx on catalog_item (establishment_id);

      -- One row per (establishment, document type, year): the last number handed out. Incremented in
      -- the issuing transaction under its row lock, so a rollback gives the number back: no gaps.
      create table document_sequence (
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        document_type text not null check (document_type in ('quote', 'order', 'delivery_note', 'invoice', 'credit_note')),
        fiscal_year integer not null,
        last_value integer not null,
        last_date date not null,
        primary key (establishment_id, document_type, fiscal_year)
      );
    `);
        const documentColumns = `
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        customer_id bigint not null references customer(id),
        number text,
        notes text,
        total_ht_cents bigint not null default 0,
        total_vat_cents bigint not null default 0,
        total_ttc_cents bigint not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()`;
        const lineColumns = `
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        position integer not null check (position > 0),
        catalog_item_id bigint not null references catalog_item(id),
        description text not null,
        quantity numeric(14,3) not null check (quantity > 0),
        unit_price_cents bigint not null check (unit_price_cents >= 0),
        vat_rate_bp integer not null check (vat_rate_bp >= 0 and vat_rate_bp < 10000),
        total_ht_cents bigint not null,
        materials_cents bigint not null default 0,
        subcontracting_cents bigint not null default 0,
        intermediate_consumption_cents bigint not null default 0,
        selling_costs_cents bigint not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()`;
        await q.query(`
      create table quote (${documentColumns},
        status text not null check (status in ('draft', 'sent', 'accepted', 'refused', 'expired')),
        quote_date date not null,
        valid_until date not null,
        unique (establishment_id, number)
      );
      create index quote_organization_id_idx on quote (organization_id, quote_date);
      create index quote_customer_id_idx on quote (customer_id);

      create table quote_line (${lineColumns},
        quote_id bigint not null references quote(id) on delete cascade
      );
      create index quote_line_quote_id_idx on quote_line (quote_id);

      create table sales_order (${documentColumns},
        status text not null check (status in ('confirmed', 'in_production', 'delivered', 'invoiced', 'closed', 'cancelled')),
        order_date date not null,
        quote_id bigint unique references quote(id),
        customer_reference text,
        unique (establishment_id, number)
      );
      create index sales_order_organization_id_idx on sales_order (organization_id, order_date);
      create index sales_order_customer_id_idx on sales_order (customer_id);

      create table order_line (${lineColumns},
        order_id bigint not null references sales_order(id),
        quote_line_id bigint references quote_line(id)
      );
      create index order_line_order_id_idx on order_line (order_id);
      create index order_line_quote_line_id_idx on order_line (quote_line_id);

      create table delivery_note (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        establishment_id bigint not null references establishment(id),
        customer_id bigint not null references customer(id),
        order_id bigint not null references sales_order(id),
        number text not null,
        delivery_date date not null,
        notes text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (establishment_id, number)
      );
      create index delivery_note_organization_id_idx on delivery_note (organization_id, delivery_date);
      create index delivery_note_order_id_idx on delivery_note (order_id);
      create index delivery_note_customer_id_idx on delivery_note (customer_id);

      create table delivery_note_line (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        delivery_note_id bigint not null references delivery_note(id),
        order_line_id bigint not null references order_line(id),
        quantity numeric(14,3) not null check (quantity > 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index delivery_note_line_delivery_note_id_idx on delivery_note_line (delivery_note_id);
      create index delivery_note_line_order_line_id_idx on delivery_note_line (order_line_id);

      create table invoice (${documentColumns},
        status text not null check (status in ('draft', 'issued', 'partially_paid', 'paid', 'cancelled')),
        issue_date date,
        due_date date,
        fiscal_year integer,
        sequence_number integer,
        unique (establishment_id, number),
        unique (establishment_id, fiscal_year, sequence_number),
        check ((status = 'draft') = (number is null)),
        check ((status = 'draft') = (issue_date is null))
      );
      create index invoice_organization_id_idx on invoice (organization_id, issue_date);
      create index invoice_customer_id_idx on invoice (customer_id);

      create table invoice_line (${lineColumns},
        invoice_id bigint not null references invoice(id) on delete cascade,
        delivery_note_line_id bigint not null references delivery_note_line(id),
        order_line_id bigint not null references order_line(id)
      );
      create index invoice_line_invoice_id_idx on invoice_line (invoice_id);
      create index invoice_line_delivery_note_line_id_idx on invoice_line (delivery_note_line_id);
      create index invoice_line_order_line_id_idx on invoice_line (order_line_id);

      create table credit_note (${documentColumns},
        invoice_id bigint not null references invoice(id),
        issue_date date not null,
        fiscal_year integer not null,
        sequence_number integer not null,
        reason text not null,
        unique (establishment_id, number),
        unique (establishment_id, fiscal_year, sequence_number)
      );
      create index credit_note_organization_id_idx on credit_note (organization_id, issue_date);
      create index credit_note_invoice_id_idx on credit_note (invoice_id);

      create table credit_note_line (${lineColumns},
        credit_note_id bigint not null references credit_note(id),
        invoice_line_id bigint not null references invoice_line(id)
      );
      create index credit_note_line_credit_note_id_idx on credit_note_line (credit_note_id);
      create index credit_note_line_invoice_line_id_idx on credit_note_line (invoice_line_id);

      create table payment (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        invoice_id bigint not null references invoice(id),
        payment_date date not null,
        amount_cents bigint not null check (amount_cents > 0),
        method text not null check (method in ('transfer', 'check', 'card', 'cash', 'direct_debit')),
        reference text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index payment_invoice_id_idx on payment (invoice_id);
      create index payment_organization_id_idx on payment (organization_id, payment_date);
    `);
        // Defence in depth for the invoicing rules: whatever the application does, an issued invoice keeps
        // its number, date, customer and amounts, its lines never change, and credit notes and payments
        // are append-only.
        await q.query(`
      create function forbid_issued_invoice_change() returns trigger language plpgsql as $$
      begin
        if old.status <> 'draft' and (
             new.number is distinct from old.number or new.issue_date is distinct from old.issue_date
          or new.customer_id <> old.customer_id or new.establishment_id <> old.establishment_id
          or new.total_ht_cents <> old.total_ht_cents or new.total_vat_cents <> old.total_vat_cents
          or new.total_ttc_cents <> old.total_ttc_cents or new.due_date is distinct from old.due_date
          or new.fiscal_year is distinct from old.fiscal_year or new.sequence_number is distinct from old.sequence_number
          or new.notes is distinct from old.notes) then
          raise exception 'issued invoice % is immutable', old.number using errcode = 'P0001';
        end if;
        return new;
      end $$;
      create trigger invoice_immutable before update on invoice
        for each row execute function forbid_issued_invoice_change();
      create function forbid_issued_invoice_delete() returns trigger language plpgsql as $$
      begin
        if old.status <> 'draft' then
          raise exception 'issued invoice % cannot be deleted', old.number using errcode = 'P0001';
        end if;
        return old;
      end $$;
      create trigger invoice_not_deletable before delete on invoice
        for each row execute function forbid_issued_invoice_delete();

      create function forbid_issued_invoice_line_change() returns trigger language plpgsql as $$
      declare
        invoice_status text;
      begin
        select status into invoice_status from invoice where id = coalesce(new.invoice_id, old.invoice_id);
        if invoice_status is not null and invoice_status <> 'draft' then
          raise exception 'lines of an issued invoice are immutable' using errcode = 'P0001';
        end if;
        return coalesce(new, old);
      end $$;
      create trigger invoice_line_immutable before insert or update or delete on invoice_line
        for each row execute function forbid_issued_invoice_line_change();

      create function forbid_change() returns trigger language plpgsql as $$
      begin
        raise exception '% rows are append-only', tg_table_name using errcode = 'P0001';
      end $$;
      create trigger credit_note_append_only before update or delete on credit_note
        for each row execute function forbid_change();
      create trigger credit_note_line_append_only before update or delete on credit_note_line
        for each row execute function forbid_change();
      create trigger payment_append_only before update or delete on payment
        for each row execute function forbid_change();
    `);
    }
    async down(q) {
        await q.query(`
      drop table if exists payment, credit_note_line, credit_note, invoice_line, invoice, delivery_note_line,
        delivery_note, order_line, sales_order, quote_line, quote, document_sequence, catalog_item, customer,
        app_user, establishment, organization cascade;
      drop function if exists forbid_issued_invoice_change(), forbid_issued_invoice_delete(),
        forbid_issued_invoice_line_change(), forbid_change();
    `);
    }
}
exports.SalesChain1764280000000 = SalesChain1764280000000;
//# sourceMappingURL=1764280000000-sales-chain.js.map