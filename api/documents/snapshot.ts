import type { VatAmount } from '../../kernel/totals';
import type { EstablishmentKind, OperationsNature, ServiceType } from '../../schema/enums';

/**
 * Everything a sales document prints, as plain JSON: the render input. An issued invoice or credit
 * note keeps the snapshot taken at issue (issued_document.snapshot), so its PDF and Factur-X file are
 * drawn from the data as it was then, whatever changes later; drafts and other documents are drawn
 * from a snapshot taken when they are downloaded. Rendering a snapshot reads nothing else.
 */

export const SNAPSHOT_VERSION = 1;

export type SalesDocumentKind = 'quote' | 'delivery_note' | 'invoice' | 'credit_note';

export interface AddressSnapshot {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  countryCode: string;
}

export interface SellerSnapshot {
  /** The legal person (the organisation) and how it is registered. */
  name: string;
  legalForm: string | null;
  siren: string;
  rnaNumber: string | null;
  rcsCity: string | null;
  shareCapitalCents: number | null;
  vatNumber: string | null;
  headOffice: AddressSnapshot | null;
  /** The establishment that issues and numbers the document. */
  establishment: {
    kind: EstablishmentKind;
    name: string;
    siret: string;
    finess: string | null;
    address: AddressSnapshot | null;
    iban: string | null;
    bic: string | null;
  };
  logo: { mediaType: string; base64: string } | null;
}

export interface BuyerSnapshot {
  legalName: string;
  siren: string;
  siret: string | null;
  vatNumber: string | null;
  isPublicBuyer: boolean;
  billing: AddressSnapshot;
  /** Only when it differs from the billing address (e-invoicing reform mention). */
  delivery: AddressSnapshot | null;
}

export interface LineSnapshot {
  position: number;
  description: string;
  quantity: number;
  unit: string;
  serviceType: ServiceType;
  /** Delivery notes print no prices: these are then null. */
  unitPriceCents: number | null;
  vatRateBp: number | null;
  totalHtCents: number | null;
}

export interface MentionsSnapshot {
  operationsNature: OperationsNature;
  latePenaltyTerms: string | null;
  earlyPaymentDiscountTerms: string | null;
  vatExemptionMention: string | null;
  vatOnDebits: boolean;
  recoveryIndemnityCents: number | null;
}

/** "Réalisé par N travailleurs …, X heures": published through the disclosure control, or absent. */
export interface SocialValueSnapshot {
  workers: number;
  hours: number;
}

export interface PaymentSnapshot {
  date: string;
  amountCents: number;
  method: string;
}

export interface DocumentSnapshot {
  version: typeof SNAPSHOT_VERSION;
  kind: SalesDocumentKind;
  draft: boolean;
  /** Null for a draft invoice, which has no number until it is issued. */
  number: string | null;
  /** Issue date (invoice, credit note), quote date or delivery date. */
  date: string;
  seller: SellerSnapshot;
  buyer: BuyerSnapshot;
  lines: LineSnapshot[];
  totals: { htCents: number; vatCents: number; ttcCents: number; vatBreakdown: VatAmount[] } | null;
  notes: string | null;
  /** Quote: valid until. */
  validUntil?: string;
  /** Delivery note: its order's number and the customer's reference. */
  orderNumber?: string;
  customerReferences?: string[];
  /** Invoice: due date, the mentions; invoice and credit note: the deliveries it bills or whose lines it credits (numbers and date span). */
  dueDate?: string | null;
  deliveryNoteNumbers?: string[];
  deliveryPeriod?: { from: string; to: string } | null;
  mentions?: MentionsSnapshot;
  /** Credit note: the invoice it credits and why. */
  creditedInvoice?: { number: string; date: string };
  reason?: string;
  socialValue?: SocialValueSnapshot | null;
}
