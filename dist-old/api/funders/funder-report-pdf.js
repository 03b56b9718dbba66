"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.funderReportIssuer = funderReportIssuer;
exports.renderFunderReportPdf = renderFunderReportPdf;
const pdf_1 = require("../documents/pdf");
const sales_pdf_1 = require("../documents/sales-pdf");
const enums_1 = require("../../schema/enums");
const funder_report_export_1 = require("./funder-report-export");
const FUNDER = {
    [enums_1.EstablishmentKind.ESAT]: { heading: 'Destinataire', name: 'Agence régionale de santé (ARS)', lines: ['Autorité de tarification et de contrôle de l\'ESAT'] },
    [enums_1.EstablishmentKind.EA]: { heading: 'Destinataire', name: 'DREETS', lines: ['Direction régionale de l\'économie, de l\'emploi, du travail et des solidarités', 'Signataire du CPOM'] },
};
/** "1234,5" with its thousands spaced by a non-breaking space: "1 234,5". */
function spaced(value, decimals) {
    const text = (0, funder_report_export_1.frenchNumber)(value, decimals);
    const [whole, fraction] = text.replace(/^-/, '').split(',');
    return `${text.startsWith('-') ? '-' : ''}${(0, pdf_1.groupThousands)(whole)}${fraction === undefined ? '' : `,${fraction}`}`;
}
/** The establishment's identity as the PDF prints it. */
async function funderReportIssuer(ctx, establishmentId) {
    const [row] = await ctx.db.query(`select o.name as organization, e.siret, e.finess, e.address_line1 as line1, e.address_line2 as line2, e.postal_code as "postalCode", e.city
       from establishment e join organization o on o.id = e.organization_id where e.organization_id = $1 and e.id = $2`, [ctx.organizationId, establishmentId]);
    const cityLine = [row.postalCode, row.city].filter(Boolean).join(' ');
    return { organization: row.organization, siret: row.siret, finess: row.finess, address: [row.line1, row.line2, cityLine].filter((line) => Boolean(line)) };
}
function renderFunderReportPdf(report, issuer, documentDate) {
    const kind = report.establishmentKind;
    const pdf = new pdf_1.PdfDocument({
        title: `Rapport annuel au financeur ${report.establishmentCode} ${report.year}`,
        author: issuer.organization,
        subject: `Activité de l'année ${report.year} de ${report.establishmentName} : chiffres agrégés, sans donnée nominative`,
        documentDate,
        footer: `${report.establishmentName} - SIRET ${(0, sales_pdf_1.formatSiret)(issuer.siret)} - rapport ${report.year} - chiffres agrégés, aucune donnée nominative`,
        watermark: report.provisional ? 'PROVISOIRE' : undefined,
    });
    const status = report.provisional
        ? `Provisoire : l'année ${report.year} n'est pas terminée, les chiffres changeront`
        : report.publishedAt
            ? `Définitif : tel que publié au financeur le ${(0, pdf_1.frenchDate)(documentDate)}`
            : 'Définitif (année terminée)';
    pdf.header({
        heading: 'Établissement',
        name: report.establishmentName,
        lines: [
            pdf_1.ESTABLISHMENT_KIND_FR[kind] ?? kind,
            issuer.organization,
            ...issuer.address,
            `SIRET ${(0, sales_pdf_1.formatSiret)(issuer.siret)}${issuer.finess ? ` - FINESS ${issuer.finess}` : ''}`,
        ],
    }, FUNDER[kind], `Rapport annuel d'activité - année ${report.year}`, [`Établissement ${report.establishmentCode} - du 1er janvier au 31 décembre ${report.year}`, status, `Édité le ${(0, pdf_1.frenchLongDate)(documentDate)}`]);
    pdf.text(`Chiffres de l'année, agrégés, soumis aux règles de diffusion ci-dessous : un chiffre portant sur moins de ${report.privacyThreshold} personnes est masqué, ` +
        'avec son motif ; les ETP sont arrondis au dixième, les heures à l\'unité.', { size: 8, color: '#555555' });
    pdf.gap(6);
    const sections = new Map();
    for (const line of (0, funder_report_export_1.reportLines)(report, spaced))
        sections.set(line.section, [...(sections.get(line.section) ?? []), line]);
    for (const [section, lines] of sections) {
        pdf.ensureSpace(60);
        pdf.text(section, { bold: true, size: 10.5 });
        pdf.gap(2);
        pdf.table([
            { header: 'Indicateur', width: 0.28 },
            { header: 'Détail', width: 0.3 },
            { header: 'Valeur', width: 0.12, align: 'right' },
            { header: 'Statut', width: 0.3 },
        ], lines.map((line) => ({ cells: [line.indicator, line.detail, line.value, line.status], bold: line.detail === 'Ensemble' || line.indicator === 'Total' })));
    }
    pdf.ensureSpace(80);
    pdf.text('Règles de diffusion et chiffres masqués', { bold: true, size: 10.5 });
    pdf.gap(2);
    for (const note of report.disclosureNotes) {
        pdf.text(`- ${note}`);
        pdf.gap(2);
    }
    return pdf.end();
}
//# sourceMappingURL=funder-report-pdf.js.map