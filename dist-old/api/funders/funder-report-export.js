"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frenchNumber = frenchNumber;
exports.reportLines = reportLines;
exports.funderReportCsv = funderReportCsv;
const enums_1 = require("../../schema/enums");
const funder_report_service_1 = require("./funder-report.service");
const funder_report_types_1 = require("./funder-report.types");
const SERVICE_FR = {
    [enums_1.ServiceType.PRODUCTION]: 'Production',
    [enums_1.ServiceType.PRESTATION_DE_SERVICE]: 'Prestation de service',
    [enums_1.ServiceType.PRESTATION_EN_ENTREPRISE]: 'Prestation en entreprise',
    [enums_1.ServiceType.MISE_A_DISPOSITION]: 'Mise à disposition',
};
const WITHHELD_FR = {
    [funder_report_types_1.FunderWithheldReason.TOO_FEW_BENEFICIARIES]: 'masqué (petit effectif)',
    [funder_report_types_1.FunderWithheldReason.DOMINATED]: 'masqué (une personne prépondérante)',
    [funder_report_types_1.FunderWithheldReason.COMPLEMENTARY]: 'masqué (secret par différence)',
};
/** French decimal notation (no thousands separator, so that spreadsheets read the CSV as numbers). */
function frenchNumber(value, decimals = 2) {
    return String(Math.round(value * 10 ** decimals) / 10 ** decimals).replace('.', ',');
}
/**
 * The lines of the report, its numbers written by `format` (the CSV's plain French notation by
 * default), so that the CSV and the PDF print the same figures from the same answer.
 */
function reportLines(report, format = frenchNumber) {
    const euros = (cents) => format(cents / 100, 2);
    const lines = [];
    const add = (section, indicator, detail, value, status = 'publié') => lines.push({ section, indicator, detail, value, status });
    const figure = (section, indicator, detail, cell, measure) => {
        if (cell.withheld)
            add(section, indicator, detail, '', WITHHELD_FR[cell.withheldReason] ?? 'masqué');
        else
            add(section, indicator, detail, format(Number(cell[measure] ?? 0), 0));
    };
    const presence = (detail, cell) => {
        figure('Effectifs', 'Personnes accompagnées', detail, cell, 'people');
        if (cell.withheld)
            add('Effectifs', 'ETP', detail, '', WITHHELD_FR[cell.withheldReason]);
        else
            add('Effectifs', 'ETP', detail, format(cell.fte ?? 0, 1));
        figure('Effectifs', 'Heures travaillées', detail, cell, 'hours');
    };
    presence('Ensemble', report.total);
    for (const row of report.byStatus)
        presence(funder_report_service_1.STATUS_FR[row.status], row);
    for (const row of report.byAgeBand)
        presence(funder_report_service_1.AGE_FR[row.ageBand], row);
    const capacityLabel = report.capacityKind === 'aided_posts' ? 'Postes aidés (CPOM, ETP)' : 'Places autorisées';
    add('Occupation', capacityLabel, 'moyenne de l\'année', report.capacity === null ? '' : format(report.capacity, 2), report.capacity === null ? 'non renseigné' : 'publié');
    add('Occupation', 'Taux d\'occupation', 'ETP ÷ capacité', report.occupancyFte === null ? '' : format(report.occupancyFte * 100, 1) + ' %', report.occupancyFte === null ? 'non calculé' : 'publié');
    add('Occupation', 'Taux d\'occupation', 'jours de présence ÷ (capacité × jours ouvrés)', report.occupancyDays === null ? '' : format(report.occupancyDays * 100, 1) + ' %', report.occupancyDays === null ? 'non calculé' : 'publié');
    for (const row of report.revenue)
        add('Chiffre d\'affaires HT (€)', row.activity, SERVICE_FR[row.serviceType] ?? String(row.serviceType), euros(row.netHtCents));
    add('Chiffre d\'affaires HT (€)', 'Total', '', euros(report.revenueTotalCents));
    add('Mise à disposition', 'Contrats en cours', '', String(report.madContracts));
    figure('Mise à disposition', 'Bénéficiaires', '', report.mad, 'people');
    figure('Mise à disposition', 'Heures', '', report.mad, 'hours');
    figure('Prestation en entreprise', 'Bénéficiaires', '', report.prestationEnEntreprise, 'people');
    figure('Prestation en entreprise', 'Heures', '', report.prestationEnEntreprise, 'hours');
    figure('Parcours', 'Entrées', '', report.entries, 'people');
    figure('Parcours', 'Sorties', 'toutes destinations', report.exits, 'people');
    for (const row of report.exitsByDestination)
        figure('Parcours', 'Sorties', funder_report_service_1.DESTINATION_FR[row.destination], row, 'people');
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
function field(value) {
    return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/**
 * The report as CSV for a French spreadsheet: UTF-8 with BOM, `;` between fields, decimal commas,
 * CRLF; a heading line, the figures, then the disclosure notes. Written by hand: five plain columns
 * need quoting rules only (a CSV library would add a dependency for one function).
 */
function funderReportCsv(report) {
    const rows = [
        ['Rapport financeur', `${report.establishmentCode} — ${report.establishmentName}`, String(report.year), report.provisional ? 'provisoire (année en cours)' : 'définitif', ''],
        ['section', 'indicateur', 'détail', 'valeur', 'statut'],
        ...reportLines(report).map((line) => [line.section, line.indicator, line.detail, line.value, line.status]),
        ...report.disclosureNotes.map((note) => ['Règles de diffusion', note, '', '', '']),
    ];
    return `\ufeff${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
//# sourceMappingURL=funder-report-export.js.map