"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatIban = exports.formatSiret = exports.formatSiren = void 0;
exports.addressLines = addressLines;
exports.registrationLine = registrationLine;
exports.renderSalesDocument = renderSalesDocument;
exports.legalMentions = legalMentions;
const pdf_1 = require("./pdf");
/**
 * Draws a sales document from its snapshot (snapshot.ts) on the PDF base (pdf.ts), with the mentions
 * French law asks of it (Code de commerce L441-9, CGI annexe II art. 242 nonies A; docs/documents.md
 * lists them and where each is printed). Reads nothing but the snapshot: the same snapshot gives the
 * same bytes.
 */
const TITLES = { quote: 'DEVIS', delivery_note: 'BON DE LIVRAISON', invoice: 'FACTURE', credit_note: 'AVOIR' };
const NATURE = {
    goods: 'Livraisons de biens',
    services: 'Prestations de services',
    goods_and_services: 'Livraisons de biens et prestations de services',
};
const PAYMENT_METHODS = {
    transfer: 'virement', check: 'chèque', card: 'carte bancaire', cash: 'espèces', direct_debit: 'prélèvement',
};
function addressLines(address) {
    return [address.line1, ...(address.line2 ? [address.line2] : []), `${address.postalCode} ${address.city}${address.countryCode === 'FR' ? '' : ` (${address.countryCode})`}`];
}
function spaced(digits, groups) {
    let at = 0;
    return groups.map((size) => digits.slice(at, (at += size))).filter(Boolean).join(' ');
}
const formatSiren = (siren) => spaced(siren, [3, 3, 3]);
exports.formatSiren = formatSiren;
const formatSiret = (siret) => spaced(siret, [3, 3, 3, 5]);
exports.formatSiret = formatSiret;
const formatIban = (iban) => iban.replace(/(.{4})/g, '$1 ').trim();
exports.formatIban = formatIban;
/** The legal person's registration, as a line: legal form, RNA or RCS, share capital. */
function registrationLine(seller) {
    const parts = [
        seller.legalForm,
        seller.rnaNumber ? `RNA ${seller.rnaNumber}` : null,
        seller.rcsCity ? `RCS ${seller.rcsCity} ${(0, exports.formatSiren)(seller.siren)}` : null,
        seller.shareCapitalCents !== null ? `capital de ${(0, pdf_1.euros)(seller.shareCapitalCents)}` : null,
    ];
    return parts.filter(Boolean).join(' — ');
}
function issuerBlock(snapshot) {
    const { seller } = snapshot;
    const establishment = seller.establishment;
    const lines = [
        ...(establishment.name !== seller.name ? [establishment.name] : []),
        ...(establishment.address ? addressLines(establishment.address) : []),
        `SIRET ${(0, exports.formatSiret)(establishment.siret)}${establishment.finess ? ` — FINESS ${establishment.finess}` : ''}`,
        ...(seller.vatNumber ? [`N° TVA intracommunautaire : ${seller.vatNumber}`] : []),
        ...(registrationLine(seller) ? [registrationLine(seller)] : []),
    ];
    const headOffice = seller.headOffice && JSON.stringify(seller.headOffice) !== JSON.stringify(establishment.address) ? seller.headOffice : null;
    if (headOffice)
        lines.push(`Siège social : ${addressLines(headOffice).join(', ')}`);
    return { name: seller.name, lines };
}
function addresseeBlock(snapshot) {
    const { buyer } = snapshot;
    return {
        heading: snapshot.kind === 'delivery_note' ? 'Client' : 'Facturé à',
        name: buyer.legalName,
        lines: [
            ...addressLines(buyer.billing),
            `SIREN ${(0, exports.formatSiren)(buyer.siren)}${buyer.siret ? ` — SIRET ${(0, exports.formatSiret)(buyer.siret)}` : ''}`,
            ...(buyer.vatNumber ? [`N° TVA intracommunautaire : ${buyer.vatNumber}`] : []),
        ],
    };
}
function references(snapshot) {
    const refs = [];
    const dateLabel = { quote: 'Date du devis', delivery_note: 'Date de livraison', invoice: 'Date d\'émission', credit_note: 'Date d\'émission' }[snapshot.kind];
    refs.push(snapshot.number ? `N° ${snapshot.number}` : 'N° attribué à l\'émission');
    refs.push(`${dateLabel} : ${(0, pdf_1.frenchDate)(snapshot.date)}`);
    if (snapshot.validUntil)
        refs.push(`Valable jusqu'au : ${(0, pdf_1.frenchDate)(snapshot.validUntil)}`);
    if (snapshot.orderNumber)
        refs.push(`Commande : ${snapshot.orderNumber}`);
    if (snapshot.deliveryPeriod) {
        const { from, to } = snapshot.deliveryPeriod;
        refs.push(from === to ? `Date de la livraison ou de la prestation : ${(0, pdf_1.frenchDate)(from)}` : `Période des livraisons et prestations : du ${(0, pdf_1.frenchDate)(from)} au ${(0, pdf_1.frenchDate)(to)}`);
    }
    if (snapshot.deliveryNoteNumbers?.length)
        refs.push(`Bons de livraison : ${snapshot.deliveryNoteNumbers.join(', ')}`);
    if (snapshot.customerReferences?.length)
        refs.push(`Votre référence : ${snapshot.customerReferences.join(', ')}`);
    if (snapshot.creditedInvoice)
        refs.push(`Avoir sur la facture N° ${snapshot.creditedInvoice.number} du ${(0, pdf_1.frenchDate)(snapshot.creditedInvoice.date)}`);
    if (snapshot.reason)
        refs.push(`Motif : ${snapshot.reason}`);
    if (snapshot.mentions)
        refs.push(`Nature des opérations : ${NATURE[snapshot.mentions.operationsNature]}`);
    if (snapshot.dueDate)
        refs.push(`Date d'échéance du paiement : ${(0, pdf_1.frenchDate)(snapshot.dueDate)}`);
    return refs;
}
function footer(seller) {
    return [seller.name, registrationLine(seller), `SIREN ${(0, exports.formatSiren)(seller.siren)}`, seller.vatNumber ? `TVA ${seller.vatNumber}` : null].filter(Boolean).join(' — ');
}
async function renderSalesDocument(snapshot, options = {}) {
    const title = TITLES[snapshot.kind];
    const pdf = new pdf_1.PdfDocument({
        title: `${title.charAt(0)}${title.slice(1).toLowerCase()} ${snapshot.number ?? '(brouillon)'}`,
        author: snapshot.seller.name,
        subject: `${title} ${snapshot.number ?? ''} — ${snapshot.buyer.legalName}`.trim(),
        documentDate: snapshot.date,
        footer: footer(snapshot.seller),
        watermark: snapshot.draft ? 'BROUILLON' : undefined,
    });
    const logo = snapshot.seller.logo ? Buffer.from(snapshot.seller.logo.base64, 'base64') : null;
    const heading = snapshot.draft ? `${title} — BROUILLON, sans valeur de ${snapshot.kind === 'quote' ? 'devis' : 'facture'}` : options.statement ? `${title} — SITUATION AU ${(0, pdf_1.frenchDate)(options.statement.asOf)}` : title;
    pdf.header(issuerBlock(snapshot), addresseeBlock(snapshot), heading, references(snapshot), logo);
    if (snapshot.buyer.delivery)
        pdf.text(`Adresse de livraison : ${addressLines(snapshot.buyer.delivery).join(', ')}`).gap(4);
    if (snapshot.totals) {
        pdf.table([
            { header: 'Désignation', width: 0.4 },
            { header: 'Quantité', width: 0.1, align: 'right' },
            { header: 'Unité', width: 0.1 },
            { header: 'Prix unitaire HT', width: 0.14, align: 'right' },
            { header: 'TVA', width: 0.08, align: 'right' },
            { header: 'Montant HT', width: 0.18, align: 'right' },
        ], snapshot.lines.map((line) => ({
            cells: [line.description, (0, pdf_1.quantity)(line.quantity), line.unit, (0, pdf_1.euros)(line.unitPriceCents), (0, pdf_1.percent)(line.vatRateBp), (0, pdf_1.euros)(line.totalHtCents)],
        })));
        pdf.table([
            { header: 'Taux de TVA', width: 0.25, align: 'right' },
            { header: 'Base HT', width: 0.25, align: 'right' },
            { header: 'Montant TVA', width: 0.25, align: 'right' },
            { header: 'Total TTC', width: 0.25, align: 'right' },
        ], snapshot.totals.vatBreakdown.map((amount) => ({ cells: [(0, pdf_1.percent)(amount.vatRateBp), (0, pdf_1.euros)(amount.baseHtCents), (0, pdf_1.euros)(amount.vatCents), (0, pdf_1.euros)(amount.totalTtcCents)] })));
        const sign = snapshot.kind === 'credit_note' ? -1 : 1;
        const lines = [
            { label: 'Total HT', value: (0, pdf_1.euros)(sign * snapshot.totals.htCents) },
            { label: 'Total TVA', value: (0, pdf_1.euros)(sign * snapshot.totals.vatCents) },
            { label: 'Total TTC', value: (0, pdf_1.euros)(sign * snapshot.totals.ttcCents), bold: true },
        ];
        if (snapshot.kind === 'invoice' && !snapshot.draft) {
            const paid = options.statement?.payments.reduce((sum, payment) => sum + payment.amountCents, 0) ?? 0;
            const credited = options.statement?.creditedCents ?? 0;
            lines.push({ label: 'Paiements reçus', value: (0, pdf_1.euros)(paid) });
            if (credited)
                lines.push({ label: 'Avoirs', value: (0, pdf_1.euros)(-credited) });
            lines.push({ label: 'Net à payer', value: (0, pdf_1.euros)(Math.max(snapshot.totals.ttcCents - paid - credited, 0)), bold: true });
        }
        pdf.amounts(lines);
    }
    else {
        pdf.table([{ header: 'Désignation', width: 0.7 }, { header: 'Quantité livrée', width: 0.18, align: 'right' }, { header: 'Unité', width: 0.12 }], snapshot.lines.map((line) => ({ cells: [line.description, (0, pdf_1.quantity)(line.quantity), line.unit] })));
    }
    if (options.statement?.payments.length) {
        pdf.text('Règlements reçus', { bold: true });
        pdf.table([{ header: 'Date', width: 0.3 }, { header: 'Mode', width: 0.4 }, { header: 'Montant', width: 0.3, align: 'right' }], options.statement.payments.map((payment) => ({ cells: [(0, pdf_1.frenchDate)(payment.date), PAYMENT_METHODS[payment.method] ?? payment.method, (0, pdf_1.euros)(payment.amountCents)] })));
    }
    if (snapshot.socialValue) {
        const { workers, hours } = snapshot.socialValue;
        const who = snapshot.seller.establishment.kind === 'esat' ? `travailleurs de l'ESAT ${snapshot.seller.establishment.name}` : `salariés de l'entreprise adaptée ${snapshot.seller.establishment.name}`;
        pdf.gap(4).text(`Réalisé par ${workers} ${who}, ${(0, pdf_1.quantity)(hours)} heures de travail.`, { color: '#1d5e3a' });
    }
    if (snapshot.notes)
        pdf.gap(4).text(snapshot.notes);
    pdf.gap(6);
    for (const mention of legalMentions(snapshot))
        pdf.text(mention, { size: 7.5 });
    if (snapshot.kind === 'delivery_note')
        pdf.gap(14).text('Reçu le : ____ / ____ / ________          Nom et signature du client :');
    if (snapshot.kind === 'quote')
        pdf.gap(14).text('Bon pour accord — date, nom et signature du client :');
    for (const attachment of options.attachments ?? [])
        pdf.attach(attachment);
    if (options.metadata)
        pdf.metadata(options.metadata);
    return pdf.end();
}
/** The payment and tax mentions at the bottom of an invoice or credit note (L441-9, L441-10, D441-5, CGI 242 nonies A). */
function legalMentions(snapshot) {
    const { mentions, seller } = snapshot;
    if (!mentions)
        return [];
    const lines = [];
    if (snapshot.kind === 'invoice') {
        const account = seller.establishment.iban ? ` par virement sur le compte IBAN ${(0, exports.formatIban)(seller.establishment.iban)}${seller.establishment.bic ? ` — BIC ${seller.establishment.bic}` : ''}` : '';
        if (snapshot.dueDate)
            lines.push(`Conditions de paiement : à régler au plus tard le ${(0, pdf_1.frenchDate)(snapshot.dueDate)}${account}.`);
        lines.push(mentions.earlyPaymentDiscountTerms ?? 'Escompte pour paiement anticipé : néant.');
        if (mentions.latePenaltyTerms)
            lines.push(mentions.latePenaltyTerms);
        if (mentions.recoveryIndemnityCents !== null) {
            lines.push(`En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement due au créancier : ${(0, pdf_1.euros)(mentions.recoveryIndemnityCents)} (Code de commerce, art. L441-10 et D441-5).`);
        }
    }
    if (snapshot.lines.some((line) => line.vatRateBp === 0) && mentions.vatExemptionMention)
        lines.push(`TVA à 0 % : ${mentions.vatExemptionMention}`);
    if (mentions.vatOnDebits)
        lines.push('Option pour le paiement de la taxe d\'après les débits.');
    return lines;
}
//# sourceMappingURL=sales-pdf.js.map