import { ServiceType } from '../../schema/enums';
import { AGE_FR, DESTINATION_FR, STATUS_FR } from './funder-report.service';
import { type FunderFigures, type FunderPresence, type FunderReport, FunderWithheldReason } from './funder-report.types';

/**
 * The funder report as lines of a table (section, indicator, detail, value, status): the layout the
 * exports print, drawn from the GraphQL answer itself so that they never disagree with it.
 * A withheld figure prints no value and "masqué" with its reason; the disclosure notes follow.
 */

export interface ReportLine {
  section: string;
  indicator: string;
  detail: string;
  value: string;
  status: string;
}

const SERVICE_FR: Record<ServiceType, string> = {
  [ServiceType.PRODUCTION]: 'Production',
  [ServiceType.PRESTATION_DE_SERVICE]: 'Prestation de service',
  [ServiceType.PRESTATION_EN_ENTREPRISE]: 'Prestation en entreprise',
  [ServiceType.MISE_A_DISPOSITION]: 'Mise à disposition',
};

const WITHHELD_FR: Record<FunderWithheldReason, string> = {
  [FunderWithheldReason.TOO_FEW_BENEFICIARIES]: 'masqué (petit effectif)',
  [FunderWithheldReason.DOMINATED]: 'masqué (une personne prépondérante)',
  [FunderWithheldReason.COMPLEMENTARY]: 'masqué (secret par différence)',
};

/** French decimal notation (no thousands separator, so that spreadsheets read the CSV as numbers). */
export function frenchNumber(value: number, decimals = 2): string {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals).replace('.', ',');
}

/** How an export writes a number with at most `decimals` decimals: the CSV plainly, the PDF with its thousands spaced. */
export type NumberFormat = (value: number, decimals: number) => string;

/**
 * The lines of the report, its numbers written by `format` (the CSV's plain French notation by
 * default), so that the CSV and the PDF print the same figures from the same answer.
 */
export function reportLines(report: FunderReport, format: NumberFormat = frenchNumber): ReportLine[] {
  const euros = (cents: number) => format(cents / 100, 2);
  const lines: ReportLine[] = [];
  const add = (section: string, indicator: string, detail: string, value: string, status = 'publié') => lines.push({ section, indicator, detail, value, status });
  const figure = (section: string, indicator: string, detail: string, cell: FunderFigures, measure: 'people' | 'hours') => {
    if (cell.withheld) add(section, indicator, detail, '', WITHHELD_FR[cell.withheldReason!] ?? 'masqué');
    else add(section, indicator, detail, format(Number(cell[measure] ?? 0), 0));
  };
  const presence = (detail: string, cell: FunderPresence) => {
    figure('Effectifs', 'Personnes accompagnées', detail, cell, 'people');
    if (cell.withheld) add('Effectifs', 'ETP', detail, '', WITHHELD_FR[cell.withheldReason!]);
    else add('Effectifs', 'ETP', detail, format(cell.fte ?? 0, 1));
    figure('Effectifs', 'Heures travaillées', detail, cell, 'hours');
  };
  presence('Ensemble', report.total);
  for (const row of report.byStatus) presence(STATUS_FR[row.status as keyof typeof STATUS_FR], row);
  for (const row of report.byAgeBand) presence(AGE_FR[row.ageBand as keyof typeof AGE_FR], row);

  const capacityLabel = report.capacityKind === 'aided_posts' ? 'Postes aidés (CPOM, ETP)' : 'Places autorisées';
  add('Occupation', capacityLabel, 'moyenne de l\'année', report.capacity === null ? '' : format(report.capacity, 2), report.capacity === null ? 'non renseigné' : 'publié');
  add('Occupation', 'Taux d\'occupation', 'ETP ÷ capacité', report.occupancyFte === null ? '' : format(report.occupancyFte * 100, 1) + ' %', report.occupancyFte === null ? 'non calculé' : 'publié');
  add('Occupation', 'Taux d\'occupation', 'jours de présence ÷ (capacité × jours ouvrés)', report.occupancyDays === null ? '' : format(report.occupancyDays * 100, 1) + ' %', report.occupancyDays === null ? 'non calculé' : 'publié');

  for (const row of report.revenue) add('Chiffre d\'affaires HT (€)', row.activity, SERVICE_FR[row.serviceType as ServiceType] ?? String(row.serviceType), euros(row.netHtCents));
  add('Chiffre d\'affaires HT (€)', 'Total', '', euros(report.revenueTotalCents));

  add('Mise à disposition', 'Contrats en cours', '', String(report.madContracts));
  figure('Mise à disposition', 'Bénéficiaires', '', report.mad, 'people');
  figure('Mise à disposition', 'Heures', '', report.mad, 'hours');
  figure('Prestation en entreprise', 'Bénéficiaires', '', report.prestationEnEntreprise, 'people');
  figure('Prestation en entreprise', 'Heures', '', report.prestationEnEntreprise, 'hours');

  figure('Parcours', 'Entrées', '', report.entries, 'people');
  figure('Parcours', 'Sorties', 'toutes destinations', report.exits, 'people');
  for (const row of report.exitsByDestination) figure('Parcours', 'Sorties', DESTINATION_FR[row.destination as keyof typeof DESTINATION_FR], row, 'people');
  figure('Parcours', 'Retours', '', report.returns, 'people');
  figure('Parcours', 'Retours', 'au titre du droit au retour', report.returnsUnderRightToReturn, 'people');
  figure('Formation et RAE', 'Bénéficiaires formés', '', report.training, 'people');
  figure('Formation et RAE', 'Heures de formation', '', report.training, 'hours');
  figure('Formation et RAE', 'Entrées en démarche RAE', '', report.raeEnrolled, 'people');
  figure('Formation et RAE', 'Attestations de compétences RAE', '', report.raeAttested, 'people');
  figure('Âges', '50 ans et plus', '', report.aged50Plus, 'people');
  return lines;
}

/** One CSV field: quoted when it holds the separator, a quote or a line break (RFC 4180). */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The report as CSV for a French spreadsheet: UTF-8 with BOM, `;` between fields, decimal commas,
 * CRLF; a heading line, the figures, then the disclosure notes. Written by hand: five plain columns
 * need quoting rules only (a CSV library would add a dependency for one function).
 */
export function funderReportCsv(report: FunderReport): string {
  const rows: string[][] = [
    ['Rapport financeur', `${report.establishmentCode} — ${report.establishmentName}`, String(report.year), report.provisional ? 'provisoire (année en cours)' : 'définitif', ''],
    ['section', 'indicateur', 'détail', 'valeur', 'statut'],
    ...reportLines(report).map((line) => [line.section, line.indicator, line.detail, line.value, line.status]),
    ...report.disclosureNotes.map((note) => ['Règles de diffusion', note, '', '', '']),
  ];
  return `\ufeff${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
