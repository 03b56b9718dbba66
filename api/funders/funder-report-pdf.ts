import type { RequestContext } from '../context';
import { ESTABLISHMENT_KIND_FR, PdfDocument, frenchDate, frenchLongDate, groupThousands, type IdentityBlock } from '../documents/pdf';
import { formatSiret } from '../documents/sales-pdf';
import { EstablishmentKind } from '../../schema/enums';
import { frenchNumber, reportLines } from './funder-report-export';
import type { FunderReport } from './funder-report.types';

/**
 * The funder report as a PDF on the product's PDF base (api/documents/pdf.ts: PDF/A-3b, Noto Sans
 * embedded, deterministic bytes): the lines the CSV prints (reportLines, drawn from the GraphQL
 * answer), one table per section, then the rules of disclosure and every figure withheld with its
 * reason. Its date is the day the report was first shown to a funder, else the day it is drawn (a
 * live report, marked PROVISOIRE while its year runs). It names the establishment, never a person.
 */

export interface FunderReportIssuer {
  organization: string;
  siret: string;
  finess: string | null;
  address: string[];
}

const FUNDER: Record<EstablishmentKind, IdentityBlock> = {
  [EstablishmentKind.ESAT]: { heading: 'Destinataire', name: 'Agence régionale de santé (ARS)', lines: ['Autorité de tarification et de contrôle de l\'ESAT'] },
  [EstablishmentKind.EA]: { heading: 'Destinataire', name: 'DREETS', lines: ['Direction régionale de l\'économie, de l\'emploi, du travail et des solidarités', 'Signataire du CPOM'] },
};

/** "1234,5" with its thousands spaced by a non-breaking space: "1 234,5". */
function spaced(value: number, decimals: number): string {
  const text = frenchNumber(value, decimals);
  const [whole, fraction] = text.replace(/^-/, '').split(',');
  return `${text.startsWith('-') ? '-' : ''}${groupThousands(whole)}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** The establishment's identity as the PDF prints it. */
export async function funderReportIssuer(ctx: RequestContext, establishmentId: number): Promise<FunderReportIssuer> {
  const [row] = await ctx.db.query<{ organization: string; siret: string; finess: string | null; line1: string | null; line2: string | null; postalCode: string | null; city: string | null }>(
    `select o.name as organization, e.siret, e.finess, e.address_line1 as line1, e.address_line2 as line2, e.postal_code as "postalCode", e.city
       from establishment e join organization o on o.id = e.organization_id where e.organization_id = $1 and e.id = $2`,
    [ctx.organizationId, establishmentId],
  );
  const cityLine = [row.postalCode, row.city].filter(Boolean).join(' ');
  return { organization: row.organization, siret: row.siret, finess: row.finess, address: [row.line1, row.line2, cityLine].filter((line): line is string => Boolean(line)) };
}

export function renderFunderReportPdf(report: FunderReport, issuer: FunderReportIssuer, documentDate: string): Promise<Buffer> {
  const kind = report.establishmentKind as EstablishmentKind;
  const pdf = new PdfDocument({
    title: `Rapport annuel au financeur ${report.establishmentCode} ${report.year}`,
    author: issuer.organization,
    subject: `Activité de l'année ${report.year} de ${report.establishmentName} : chiffres agrégés, sans donnée nominative`,
    documentDate,
    footer: `${report.establishmentName} - SIRET ${formatSiret(issuer.siret)} - rapport ${report.year} - chiffres agrégés, aucune donnée nominative`,
    watermark: report.provisional ? 'PROVISOIRE' : undefined,
  });
  const status = report.provisional
    ? `Provisoire : l'année ${report.year} n'est pas terminée, les chiffres changeront`
    : report.publishedAt
      ? `Définitif : tel que publié au financeur le ${frenchDate(documentDate)}`
      : 'Définitif (année terminée)';
  pdf.header(
    {
      heading: 'Établissement',
      name: report.establishmentName,
      lines: [
        ESTABLISHMENT_KIND_FR[kind] ?? kind,
        issuer.organization,
        ...issuer.address,
        `SIRET ${formatSiret(issuer.siret)}${issuer.finess ? ` - FINESS ${issuer.finess}` : ''}`,
      ],
    },
    FUNDER[kind],
    `Rapport annuel d'activité - année ${report.year}`,
    [`Établissement ${report.establishmentCode} - du 1er janvier au 31 décembre ${report.year}`, status, `Édité le ${frenchLongDate(documentDate)}`],
  );
  pdf.text(
    `Chiffres de l'année, agrégés, soumis aux règles de diffusion ci-dessous : un chiffre portant sur moins de ${report.privacyThreshold} personnes est masqué, ` +
      'avec son motif ; les ETP sont arrondis au dixième, les heures à l\'unité.',
    { size: 8, color: '#555555' },
  );
  pdf.gap(6);

  const sections = new Map<string, ReturnType<typeof reportLines>>();
  for (const line of reportLines(report, spaced)) sections.set(line.section, [...(sections.get(line.section) ?? []), line]);
  for (const [section, lines] of sections) {
    pdf.ensureSpace(60);
    pdf.text(section, { bold: true, size: 10.5 });
    pdf.gap(2);
    pdf.table(
      [
        { header: 'Indicateur', width: 0.28 },
        { header: 'Détail', width: 0.3 },
        { header: 'Valeur', width: 0.12, align: 'right' },
        { header: 'Statut', width: 0.3 },
      ],
      lines.map((line) => ({ cells: [line.indicator, line.detail, line.value, line.status], bold: line.detail === 'Ensemble' || line.indicator === 'Total' })),
    );
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
