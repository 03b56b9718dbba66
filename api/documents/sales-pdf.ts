import { PdfDocument, euros, frenchDate, percent, quantity, type Attachment, type IdentityBlock } from './pdf';
import type { AddressSnapshot, DocumentSnapshot, PaymentSnapshot, SellerSnapshot } from './snapshot';

/**
 * Draws a sales document from its snapshot (snapshot.ts) on the PDF base (pdf.ts), with the mentions
 * French law asks of it (Code de commerce L441-9, CGI annexe II art. 242 nonies A; docs/documents.md
 * lists them and where each is printed). Reads nothing but the snapshot: the same snapshot gives the
 * same bytes.
 */

const TITLES = { quote: 'DEVIS', delivery_note: 'BON DE LIVRAISON', invoice: 'FACTURE', credit_note: 'AVOIR' } as const;

const NATURE = {
  goods: 'Livraisons de biens',
  services: 'Prestations de services',
  goods_and_services: 'Livraisons de biens et prestations de services',
} as const;

const PAYMENT_METHODS: Record<string, string> = {
  transfer: 'virement', check: 'chèque', card: 'carte bancaire', cash: 'espèces', direct_debit: 'prélèvement',
};

export function addressLines(address: AddressSnapshot): string[] {
  return [address.line1, ...(address.line2 ? [address.line2] : []), `${address.postalCode} ${address.city}${address.countryCode === 'FR' ? '' : ` (${address.countryCode})`}`];
}

function spaced(digits: string, groups: number[]): string {
  let at = 0;
  return groups.map((size) => digits.slice(at, (at += size))).filter(Boolean).join(' ');
}

export const formatSiren = (siren: string) => spaced(siren, [3, 3, 3]);
export const formatSiret = (siret: string) => spaced(siret, [3, 3, 3, 5]);
export const formatIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

/** The legal person's registration, as a line: legal form, RNA or RCS, share capital. */
export function registrationLine(seller: SellerSnapshot): string {
  const parts = [
    seller.legalForm,
    seller.rnaNumber ? `RNA ${seller.rnaNumber}` : null,
    seller.rcsCity ? `RCS ${seller.rcsCity} ${formatSiren(seller.siren)}` : null,
    seller.shareCapitalCents !== null ? `capital de ${euros(seller.shareCapitalCents)}` : null,
  ];
  return parts.filter(Boolean).join(' — ');
}

function issuerBlock(snapshot: DocumentSnapshot): IdentityBlock {
  const { seller } = snapshot;
  const establishment = seller.establishment;
  const lines = [
    ...(establishment.name !== seller.name ? [establishment.name] : []),
    ...(establishment.address ? addressLines(establishment.address) : []),
    `SIRET ${formatSiret(establishment.siret)}${establishment.finess ? ` — FINESS ${establishment.finess}` : ''}`,
    ...(seller.vatNumber ? [`N° TVA intracommunautaire : ${seller.vatNumber}`] : []),
    ...(registrationLine(seller) ? [registrationLine(seller)] : []),
  ];
  const headOffice = seller.headOffice && JSON.stringify(seller.headOffice) !== JSON.stringify(establishment.address) ? seller.headOffice : null;
  if (headOffice) lines.push(`Siège social : ${addressLines(headOffice).join(', ')}`);
  return { name: seller.name, lines };
}

function addresseeBlock(snapshot: DocumentSnapshot): IdentityBlock {
  const { buyer } = snapshot;
  return {
    heading: snapshot.kind === 'delivery_note' ? 'Client' : 'Facturé à',
    name: buyer.legalName,
    lines: [
      ...addressLines(buyer.billing),
      `SIREN ${formatSiren(buyer.siren)}${buyer.siret ? ` — SIRET ${formatSiret(buyer.siret)}` : ''}`,
      ...(buyer.vatNumber ? [`N° TVA intracommunautaire : ${buyer.vatNumber}`] : []),
    ],
  };
}

function references(snapshot: DocumentSnapshot): string[] {
  const refs: string[] = [];
  const dateLabel = { quote: 'Date du devis', delivery_note: 'Date de livraison', invoice: 'Date d\'émission', credit_note: 'Date d\'émission' }[snapshot.kind];
  refs.push(snapshot.number ? `N° ${snapshot.number}` : 'N° attribué à l\'émission');
  refs.push(`${dateLabel} : ${frenchDate(snapshot.date)}`);
  if (snapshot.validUntil) refs.push(`Valable jusqu'au : ${frenchDate(snapshot.validUntil)}`);
  if (snapshot.orderNumber) refs.push(`Commande : ${snapshot.orderNumber}`);
  if (snapshot.deliveryPeriod) {
    const { from, to } = snapshot.deliveryPeriod;
    refs.push(from === to ? `Date de la livraison ou de la prestation : ${frenchDate(from)}` : `Période des livraisons et prestations : du ${frenchDate(from)} au ${frenchDate(to)}`);
  }
  if (snapshot.deliveryNoteNumbers?.length) refs.push(`Bons de livraison : ${snapshot.deliveryNoteNumbers.join(', ')}`);
  if (snapshot.customerReferences?.length) refs.push(`Votre référence : ${snapshot.customerReferences.join(', ')}`);
  if (snapshot.creditedInvoice) refs.push(`Avoir sur la facture N° ${snapshot.creditedInvoice.number} du ${frenchDate(snapshot.creditedInvoice.date)}`);
  if (snapshot.reason) refs.push(`Motif : ${snapshot.reason}`);
  if (snapshot.mentions) refs.push(`Nature des opérations : ${NATURE[snapshot.mentions.operationsNature]}`);
  if (snapshot.dueDate) refs.push(`Date d'échéance du paiement : ${frenchDate(snapshot.dueDate)}`);
  return refs;
}

function footer(seller: SellerSnapshot): string {
  return [seller.name, registrationLine(seller), `SIREN ${formatSiren(seller.siren)}`, seller.vatNumber ? `TVA ${seller.vatNumber}` : null].filter(Boolean).join(' — ');
}

export interface RenderOptions {
  /** An invoice's payments to date: prints them and the amount due, as a statement of the invoice ("situation"). */
  statement?: { payments: PaymentSnapshot[]; creditedCents: number; asOf: string };
  /** Files to embed (Factur-X's XML) and XMP to add to the metadata. */
  attachments?: Attachment[];
  metadata?: string;
}

export async function renderSalesDocument(snapshot: DocumentSnapshot, options: RenderOptions = {}): Promise<Buffer> {
  const title = TITLES[snapshot.kind];
  const pdf = new PdfDocument({
    title: `${title.charAt(0)}${title.slice(1).toLowerCase()} ${snapshot.number ?? '(brouillon)'}`,
    author: snapshot.seller.name,
    subject: `${title} ${snapshot.number ?? ''} — ${snapshot.buyer.legalName}`.trim(),
    documentDate: snapshot.date,
    footer: footer(snapshot.seller),
    watermark: snapshot.draft ? 'BROUILLON' : undefined,
  });
  const logo = snapshot.seller.logo ? Buffer.from(snapshot.seller.logo.base64, 'base64') : null;
  const heading = snapshot.draft ? `${title} — BROUILLON, sans valeur de ${snapshot.kind === 'quote' ? 'devis' : 'facture'}` : options.statement ? `${title} — SITUATION AU ${frenchDate(options.statement.asOf)}` : title;
  pdf.header(issuerBlock(snapshot), addresseeBlock(snapshot), heading, references(snapshot), logo);
  if (snapshot.buyer.delivery) pdf.text(`Adresse de livraison : ${addressLines(snapshot.buyer.delivery).join(', ')}`).gap(4);

  if (snapshot.totals) {
    pdf.table(
      [
        { header: 'Désignation', width: 0.4 },
        { header: 'Quantité', width: 0.1, align: 'right' },
        { header: 'Unité', width: 0.1 },
        { header: 'Prix unitaire HT', width: 0.14, align: 'right' },
        { header: 'TVA', width: 0.08, align: 'right' },
        { header: 'Montant HT', width: 0.18, align: 'right' },
      ],
      snapshot.lines.map((line) => ({
        cells: [line.description, quantity(line.quantity), line.unit, euros(line.unitPriceCents!), percent(line.vatRateBp!), euros(line.totalHtCents!)],
      })),
    );
    pdf.table(
      [
        { header: 'Taux de TVA', width: 0.25, align: 'right' },
        { header: 'Base HT', width: 0.25, align: 'right' },
        { header: 'Montant TVA', width: 0.25, align: 'right' },
        { header: 'Total TTC', width: 0.25, align: 'right' },
      ],
      snapshot.totals.vatBreakdown.map((amount) => ({ cells: [percent(amount.vatRateBp), euros(amount.baseHtCents), euros(amount.vatCents), euros(amount.totalTtcCents)] })),
    );
    const sign = snapshot.kind === 'credit_note' ? -1 : 1;
    const lines = [
      { label: 'Total HT', value: euros(sign * snapshot.totals.htCents) },
      { label: 'Total TVA', value: euros(sign * snapshot.totals.vatCents) },
      { label: 'Total TTC', value: euros(sign * snapshot.totals.ttcCents), bold: true },
    ];
    if (snapshot.kind === 'invoice' && !snapshot.draft) {
      const paid = options.statement?.payments.reduce((sum, payment) => sum + payment.amountCents, 0) ?? 0;
      const credited = options.statement?.creditedCents ?? 0;
      lines.push({ label: 'Paiements reçus', value: euros(paid) });
      if (credited) lines.push({ label: 'Avoirs', value: euros(-credited) });
      lines.push({ label: 'Net à payer', value: euros(Math.max(snapshot.totals.ttcCents - paid - credited, 0)), bold: true });
    }
    pdf.amounts(lines);
  } else {
    pdf.table(
      [{ header: 'Désignation', width: 0.7 }, { header: 'Quantité livrée', width: 0.18, align: 'right' }, { header: 'Unité', width: 0.12 }],
      snapshot.lines.map((line) => ({ cells: [line.description, quantity(line.quantity), line.unit] })),
    );
  }

  if (options.statement?.payments.length) {
    pdf.text('Règlements reçus', { bold: true });
    pdf.table(
      [{ header: 'Date', width: 0.3 }, { header: 'Mode', width: 0.4 }, { header: 'Montant', width: 0.3, align: 'right' }],
      options.statement.payments.map((payment) => ({ cells: [frenchDate(payment.date), PAYMENT_METHODS[payment.method] ?? payment.method, euros(payment.amountCents)] })),
    );
  }

  if (snapshot.socialValue) {
    const { workers, hours } = snapshot.socialValue;
    const who = snapshot.seller.establishment.kind === 'esat' ? `travailleurs de l'ESAT ${snapshot.seller.establishment.name}` : `salariés de l'entreprise adaptée ${snapshot.seller.establishment.name}`;
    pdf.gap(4).text(`Réalisé par ${workers} ${who}, ${quantity(hours)} heures de travail.`, { color: '#1d5e3a' });
  }
  if (snapshot.notes) pdf.gap(4).text(snapshot.notes);

  pdf.gap(6);
  for (const mention of legalMentions(snapshot)) pdf.text(mention, { size: 7.5 });
  if (snapshot.kind === 'delivery_note') pdf.gap(14).text('Reçu le : ____ / ____ / ________          Nom et signature du client :');
  if (snapshot.kind === 'quote') pdf.gap(14).text('Bon pour accord — date, nom et signature du client :');

  for (const attachment of options.attachments ?? []) pdf.attach(attachment);
  if (options.metadata) pdf.metadata(options.metadata);
  return pdf.end();
}

/** The payment and tax mentions at the bottom of an invoice or credit note (L441-9, L441-10, D441-5, CGI 242 nonies A). */
export function legalMentions(snapshot: DocumentSnapshot): string[] {
  const { mentions, seller } = snapshot;
  if (!mentions) return [];
  const lines: string[] = [];
  if (snapshot.kind === 'invoice') {
    const account = seller.establishment.iban ? ` par virement sur le compte IBAN ${formatIban(seller.establishment.iban)}${seller.establishment.bic ? ` — BIC ${seller.establishment.bic}` : ''}` : '';
    if (snapshot.dueDate) lines.push(`Conditions de paiement : à régler au plus tard le ${frenchDate(snapshot.dueDate)}${account}.`);
    lines.push(mentions.earlyPaymentDiscountTerms ?? 'Escompte pour paiement anticipé : néant.');
    if (mentions.latePenaltyTerms) lines.push(mentions.latePenaltyTerms);
    if (mentions.recoveryIndemnityCents !== null) {
      lines.push(`En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement due au créancier : ${euros(mentions.recoveryIndemnityCents)} (Code de commerce, art. L441-10 et D441-5).`);
    }
  }
  if (snapshot.lines.some((line) => line.vatRateBp === 0) && mentions.vatExemptionMention) lines.push(`TVA à 0 % : ${mentions.vatExemptionMention}`);
  if (mentions.vatOnDebits) lines.push('Option pour le paiement de la taxe d\'après les débits.');
  return lines;
}
