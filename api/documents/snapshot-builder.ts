import type { RequestDb } from '../database/request-db';
import { documentTotals, type VatAmount } from '../../kernel/totals';
import { legalParameterOn } from '../common/legal-parameters';
import { discloseFigure, DEFAULT_POLICY, type DisclosurePolicy } from '../privacy/disclosure';
import type { EstablishmentKind, OperationsNature, ServiceType } from '../../schema/enums';
import { todayInFrance } from '../../kernel/dates';
import { netLineQuantitySql } from '../sales/billed-quantities';
import {
  SNAPSHOT_VERSION, type AddressSnapshot, type BuyerSnapshot, type DocumentSnapshot, type LineSnapshot, type SalesDocumentKind, type SellerSnapshot,
  type SocialValueSnapshot,
} from './snapshot';

/**
 * Reads what a sales document prints into a snapshot (snapshot.ts), with the caller's organisation
 * and transaction. Every statement is keyed by the document: a handful of statements whatever the
 * document, and no lock taken.
 */

/** What a snapshot is read with: a request's context, or the demo loader's connection (tools/demo/demo-documents.ts). */
export interface SnapshotReader {
  readonly organizationId: number;
  readonly db: Pick<RequestDb, 'query'>;
}

interface Header {
  id: number;
  establishmentId: number;
  customerId: number;
  number: string | null;
  date: string | null;
  notes: string | null;
  totalHtCents: number;
  totalVatCents: number;
  totalTtcCents: number;
  status: string;
}

const HEADERS: Record<SalesDocumentKind, string> = {
  quote: `select id, establishment_id as "establishmentId", customer_id as "customerId", number, quote_date::text as date, notes, total_ht_cents as "totalHtCents",
                 total_vat_cents as "totalVatCents", total_ttc_cents as "totalTtcCents", status, valid_until::text as "validUntil" from quote`,
  delivery_note: `select d.id, d.establishment_id as "establishmentId", d.customer_id as "customerId", d.number, d.delivery_date::text as date, d.notes,
                         0 as "totalHtCents", 0 as "totalVatCents", 0 as "totalTtcCents", 'issued' as status, o.number as "orderNumber", o.customer_reference as "customerReference"
                    from delivery_note d join sales_order o on o.id = d.order_id`,
  invoice: `select id, establishment_id as "establishmentId", customer_id as "customerId", number, issue_date::text as date, notes, total_ht_cents as "totalHtCents",
                   total_vat_cents as "totalVatCents", total_ttc_cents as "totalTtcCents", status, due_date::text as "dueDate" from invoice`,
  credit_note: `select c.id, c.establishment_id as "establishmentId", c.customer_id as "customerId", c.number, c.issue_date::text as date, c.notes,
                       c.total_ht_cents as "totalHtCents", c.total_vat_cents as "totalVatCents", c.total_ttc_cents as "totalTtcCents", 'issued' as status,
                       c.reason, i.number as "invoiceNumber", i.issue_date::text as "invoiceDate"
                  from credit_note c join invoice i on i.id = c.invoice_id`,
};

const LINES: Record<SalesDocumentKind, string> = {
  quote: `select l.position, l.description, l.quantity, c.unit, c.service_type as "serviceType", l.unit_price_cents as "unitPriceCents", l.vat_rate_bp as "vatRateBp",
                 l.total_ht_cents as "totalHtCents"
            from quote_line l join catalog_item c on c.id = l.catalog_item_id where l.organization_id = $1 and l.quote_id = $2 order by l.position`,
  delivery_note: `select row_number() over (order by l.id)::int as position, ol.description, l.quantity, c.unit, c.service_type as "serviceType",
                         null::bigint as "unitPriceCents", null::int as "vatRateBp", null::bigint as "totalHtCents"
                    from delivery_note_line l join order_line ol on ol.id = l.order_line_id join catalog_item c on c.id = ol.catalog_item_id
                   where l.organization_id = $1 and l.delivery_note_id = $2 order by l.id`,
  invoice: `select l.position, l.description, l.quantity, c.unit, c.service_type as "serviceType", l.unit_price_cents as "unitPriceCents", l.vat_rate_bp as "vatRateBp",
                   l.total_ht_cents as "totalHtCents"
              from invoice_line l join catalog_item c on c.id = l.catalog_item_id where l.organization_id = $1 and l.invoice_id = $2 order by l.position`,
  credit_note: `select l.position, l.description, l.quantity, c.unit, c.service_type as "serviceType", l.unit_price_cents as "unitPriceCents", l.vat_rate_bp as "vatRateBp",
                       l.total_ht_cents as "totalHtCents"
                  from credit_note_line l join catalog_item c on c.id = l.catalog_item_id where l.organization_id = $1 and l.credit_note_id = $2 order by l.position`,
};

/** The invoice lines (as `il`) an invoice bills or a credit note credits. */
const BILLED_LINES = {
  invoice: { from: 'invoice_line il', where: 'il.organization_id = $1 and il.invoice_id = $2' },
  credit_note: { from: 'credit_note_line cl join invoice_line il on il.id = cl.invoice_line_id', where: 'cl.organization_id = $1 and cl.credit_note_id = $2' },
};

const TABLES: Record<SalesDocumentKind, string> = { quote: 'quote', delivery_note: 'd', invoice: 'invoice', credit_note: 'c' };

function addressOf(line1: string | null, line2: string | null, postalCode: string | null, city: string | null, countryCode: string | null): AddressSnapshot | null {
  if (!line1 || !postalCode || !city) return null;
  return { line1, line2, postalCode, city, countryCode: countryCode ?? 'FR' };
}

async function seller(ctx: SnapshotReader, establishmentId: number): Promise<SellerSnapshot> {
  const [row] = await ctx.db.query<Record<string, string | number | null> & { shareCapitalCents: number | null }>(
    `select o.name, o.legal_form as "legalForm", o.rna_number as "rnaNumber", o.rcs_city as "rcsCity", o.share_capital_cents as "shareCapitalCents",
            o.vat_number as "vatNumber", o.address_line1 as "oLine1", o.address_line2 as "oLine2", o.postal_code as "oPostalCode", o.city as "oCity",
            o.country_code as "oCountry", e.kind, e.name as "establishmentName", e.siret, e.finess, e.address_line1 as "eLine1", e.address_line2 as "eLine2",
            e.postal_code as "ePostalCode", e.city as "eCity", e.iban, e.bic, l.media_type as "logoType", encode(l.bytes, 'base64') as "logo"
       from establishment e join organization o on o.id = e.organization_id
       left join organization_logo l on l.organization_id = o.id
      where e.organization_id = $1 and e.id = $2`,
    [ctx.organizationId, establishmentId],
  );
  const text = (key: string) => (row[key] === null ? null : String(row[key]));
  return {
    name: String(row.name),
    legalForm: text('legalForm'),
    siren: String(row.siret).slice(0, 9),
    rnaNumber: text('rnaNumber'),
    rcsCity: text('rcsCity'),
    shareCapitalCents: row.shareCapitalCents,
    vatNumber: text('vatNumber'),
    headOffice: addressOf(text('oLine1'), text('oLine2'), text('oPostalCode'), text('oCity'), text('oCountry')),
    establishment: {
      kind: row.kind as EstablishmentKind,
      name: String(row.establishmentName),
      siret: String(row.siret),
      finess: text('finess'),
      address: addressOf(text('eLine1'), text('eLine2'), text('ePostalCode'), text('eCity'), 'FR'),
      iban: text('iban'),
      bic: text('bic'),
    },
    // Base64 of PostgreSQL's encode() wraps lines every 76 characters.
    logo: row.logo ? { mediaType: String(row.logoType), base64: String(row.logo).replace(/\s/g, '') } : null,
  };
}

async function buyer(ctx: SnapshotReader, customerId: number): Promise<BuyerSnapshot> {
  const [row] = await ctx.db.query<Record<string, string | null> & { isPublicBuyer: boolean }>(
    `select legal_name as "legalName", siren, siret, vat_number as "vatNumber", is_public_buyer as "isPublicBuyer",
            billing_line1 as "bLine1", billing_line2 as "bLine2", billing_postal_code as "bPostalCode", billing_city as "bCity", billing_country_code as "bCountry",
            delivery_line1 as "dLine1", delivery_line2 as "dLine2", delivery_postal_code as "dPostalCode", delivery_city as "dCity", delivery_country_code as "dCountry"
       from customer where organization_id = $1 and id = $2`,
    [ctx.organizationId, customerId],
  );
  const billing = addressOf(row.bLine1, row.bLine2, row.bPostalCode, row.bCity, row.bCountry)!;
  const delivery = addressOf(row.dLine1, row.dLine2, row.dPostalCode, row.dCity, row.dCountry);
  const same = delivery && JSON.stringify(delivery) === JSON.stringify(billing);
  return {
    legalName: row.legalName!,
    siren: row.siren!,
    siret: row.siret,
    vatNumber: row.vatNumber,
    isPublicBuyer: row.isPublicBuyer,
    billing,
    delivery: same ? null : delivery,
  };
}

async function mentions(ctx: SnapshotReader, date: string) {
  const [row] = await ctx.db.query<{
    operationsNature: OperationsNature; latePenaltyTerms: string | null; earlyPaymentDiscountTerms: string | null; vatExemptionMention: string | null;
    vatOnDebits: boolean; socialValueLine: boolean;
  }>(
    `select operations_nature as "operationsNature", late_penalty_terms as "latePenaltyTerms", early_payment_discount_terms as "earlyPaymentDiscountTerms",
            vat_exemption_mention as "vatExemptionMention", vat_on_debits as "vatOnDebits", social_value_line as "socialValueLine"
       from organization where id = $1`,
    [ctx.organizationId],
  );
  const { socialValueLine, ...printed } = row;
  return { printed: { ...printed, recoveryIndemnityCents: await legalParameterOn(ctx, 'recovery_indemnity_cents', date) }, socialValueLine };
}

/**
 * The hours each beneficiary gave to a delivery note or an invoice: a delivery-note line carries the
 * validated work of its order line dated after the previous delivery of that line and up to its own
 * (the last delivery of a fully delivered line: everything after too), as contribution.ts cuts it; an
 * invoice line carries its delivery line's share pro rata of the quantity it bills net of credits.
 */
const SOCIAL_VALUE_SQL = `
  , delivered as (
    select dl.id, dl.order_line_id, dl.quantity, dn.delivery_date,
           lag(dn.delivery_date) over w as previous_date,
           row_number() over w = count(*) over (partition by dl.order_line_id) as is_last,
           sum(dl.quantity) over (partition by dl.order_line_id) as delivered
      from delivery_note_line dl join delivery_note dn on dn.id = dl.delivery_note_id
     where dl.organization_id = $1 and dl.order_line_id in (select order_line_id from document_lines)
    window w as (partition by dl.order_line_id order by dn.delivery_date, dl.id)
  ), parts as (
    select d.id, d.order_line_id, d.quantity, coalesce(d.previous_date, '-infinity'::date) as after_date,
           case when d.is_last and d.delivered >= ol.quantity then 'infinity'::date else d.delivery_date end as through_date
      from delivered d join order_line ol on ol.id = d.order_line_id
  )
  select w.beneficiary_id as contributor, sum(w.hours * dl.share)::float8 as hours
    from document_lines dl
    join parts p on p.id = dl.delivery_note_line_id
    join work_record w on w.organization_id = $1 and w.order_line_id = p.order_line_id and w.status = 'validated'
                      and w.work_date > p.after_date and w.work_date <= p.through_date
   group by w.beneficiary_id`;

const SOCIAL_VALUE_LINES = {
  delivery_note: `select id as delivery_note_line_id, order_line_id, 1::numeric as share from delivery_note_line where organization_id = $1 and delivery_note_id = $2`,
  invoice: `select il.delivery_note_line_id, il.order_line_id,
                   greatest(${netLineQuantitySql('il')}, 0) / dl.quantity as share
              from invoice_line il join delivery_note_line dl on dl.id = il.delivery_note_line_id
             where il.organization_id = $1 and il.invoice_id = $2`,
};

/** Rounded to whole hours on the document: a customer reading it is an outsider (disclosure.ts). */
const SOCIAL_VALUE_POLICY: DisclosurePolicy = { ...DEFAULT_POLICY, rounding: { hours: 1 } };

async function socialValue(ctx: SnapshotReader, kind: 'delivery_note' | 'invoice', id: number): Promise<SocialValueSnapshot | null> {
  const rows = await ctx.db.query<{ contributor: number; hours: number }>(
    `with document_lines as (${SOCIAL_VALUE_LINES[kind]}) ${SOCIAL_VALUE_SQL}`,
    [ctx.organizationId, id],
  );
  const figure = discloseFigure(rows.map((row) => ({ contributor: row.contributor, values: { hours: row.hours } })), ['hours'], SOCIAL_VALUE_POLICY);
  if (figure.withheld || !figure.values || !figure.contributors || figure.values.hours <= 0) return null;
  return { workers: figure.contributors, hours: figure.values.hours };
}

/** The VAT breakdown of the lines; a credit note's stored VAT may carry the cent that completes a cancellation. */
function breakdownFor(lines: LineSnapshot[], totalVatCents: number): VatAmount[] {
  const totals = documentTotals(lines.map((line) => ({ quantity: line.quantity, unitPriceCents: line.unitPriceCents!, vatRateBp: line.vatRateBp! })));
  const breakdown = totals.vatBreakdown.map((amount) => ({ ...amount }));
  const difference = totalVatCents - totals.totalVatCents;
  if (difference !== 0 && breakdown.length > 0) {
    breakdown[0].vatCents += difference;
    breakdown[0].totalTtcCents += difference;
  }
  return breakdown;
}

/** The snapshot of one document of the caller's organisation, or null when there is none with that id. */
export async function buildSnapshot(ctx: SnapshotReader, kind: SalesDocumentKind, id: number): Promise<DocumentSnapshot | null> {
  const [header] = await ctx.db.query<Header & Record<string, string | null>>(
    `${HEADERS[kind]} where ${TABLES[kind]}.organization_id = $1 and ${TABLES[kind]}.id = $2`,
    [ctx.organizationId, id],
  );
  if (!header) return null;
  const draft = kind === 'invoice' ? header.status === 'draft' : kind === 'quote' ? header.status === 'draft' : false;
  // A draft invoice has no date yet: it is drawn as if issued today.
  const date = header.date ?? todayInFrance();
  const [sellerSnapshot, buyerSnapshot, lines, organisation] = await Promise.all([
    seller(ctx, header.establishmentId),
    buyer(ctx, header.customerId),
    ctx.db.query<LineSnapshot & { serviceType: ServiceType }>(LINES[kind], [ctx.organizationId, id]),
    mentions(ctx, date),
  ]);
  const priced = kind !== 'delivery_note';
  const snapshot: DocumentSnapshot = {
    version: SNAPSHOT_VERSION,
    kind,
    draft,
    number: header.number,
    date,
    seller: sellerSnapshot,
    buyer: buyerSnapshot,
    lines: lines.map((line) => ({ ...line, quantity: Number(line.quantity) })),
    totals: priced
      ? { htCents: header.totalHtCents, vatCents: header.totalVatCents, ttcCents: header.totalTtcCents, vatBreakdown: breakdownFor(lines, header.totalVatCents) }
      : null,
    notes: header.notes,
  };
  if (kind === 'quote') snapshot.validUntil = header.validUntil!;
  if (kind === 'delivery_note') {
    snapshot.orderNumber = header.orderNumber!;
    snapshot.customerReferences = header.customerReference ? [header.customerReference] : [];
  }
  if (kind === 'invoice' || kind === 'credit_note') snapshot.mentions = organisation.printed;
  if (kind === 'invoice' || kind === 'credit_note') {
    // The deliveries it bills, or those of the lines it credits (its Factur-X delivery block names them).
    const [billed] = await ctx.db.query<{ numbers: string[]; from: string | null; to: string | null; references: string[] }>(
      `select coalesce(array_agg(distinct dn.number order by dn.number), '{}') as numbers, min(dn.delivery_date)::text as "from", max(dn.delivery_date)::text as "to",
              coalesce(array_agg(distinct o.customer_reference order by o.customer_reference) filter (where o.customer_reference is not null), '{}') as "references"
         from ${BILLED_LINES[kind].from} join delivery_note_line dl on dl.id = il.delivery_note_line_id join delivery_note dn on dn.id = dl.delivery_note_id
         join sales_order o on o.id = dn.order_id
        where ${BILLED_LINES[kind].where}`,
      [ctx.organizationId, id],
    );
    if (kind === 'invoice') snapshot.dueDate = header.dueDate;
    snapshot.deliveryNoteNumbers = billed.numbers;
    snapshot.deliveryPeriod = billed.from && billed.to ? { from: billed.from, to: billed.to } : null;
    snapshot.customerReferences = billed.references;
  }
  if (kind === 'credit_note') {
    snapshot.creditedInvoice = { number: header.invoiceNumber!, date: header.invoiceDate! };
    snapshot.reason = header.reason!;
  }
  if ((kind === 'invoice' || kind === 'delivery_note') && organisation.socialValueLine) snapshot.socialValue = await socialValue(ctx, kind, id);
  return snapshot;
}
