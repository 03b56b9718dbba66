"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DESTINATION_FR = exports.AGE_FR = exports.STATUS_FR = exports.FUNDER_ROUNDING = void 0;
exports.funderPolicy = funderPolicy;
exports.computeFunderReport = computeFunderReport;
exports.funderReport = funderReport;
const graphql_1 = require("graphql");
const roles_1 = require("../../kernel/roles");
const read_rules_1 = require("../auth/read-rules");
const errors_1 = require("../common/errors");
const dates_1 = require("../../kernel/dates");
const impact_service_1 = require("../impact/impact.service");
const disclosure_1 = require("../privacy/disclosure");
const enums_1 = require("../../schema/enums");
const funder_report_types_1 = require("./funder-report.types");
/**
 * The yearly report of an establishment to its funder (ARS, DREETS), read from the reporting views
 * (reporting/03-funders.sql) so that it says what Power BI says, and published through the
 * disclosure control (api/privacy/disclosure.ts): one table of the people accompanied (status × age
 * band, with its margins and total, audited together so that no withheld cell is a total minus the
 * others), one of exits by destination, one of returns, and lone figures about subsets of the people
 * accompanied (MAD, prestation en entreprise, entries, training, RAE), each withheld when it or its
 * complement is a group smaller than the threshold. FTE are rounded to a tenth and hours to the hour.
 * A FUNDER account reads its own establishments' ended years; the first reading is kept
 * (funder_report_snapshot) and every later funder reading gets it unchanged.
 */
const PEOPLE_TABLE = { dimensions: ['status', 'ageBand'], measures: ['people', 'hours', 'fte', 'workingDaysPresent'], cuts: [['status'], ['ageBand'], []] };
const [BY_STATUS, BY_AGE, ALL] = [0, 1, 2];
const EXITS_TABLE = { dimensions: ['destination'], measures: ['people'], cuts: [['destination'], []] };
const RETURNS_TABLE = { dimensions: ['rightToReturn'], measures: ['people'], cuts: [['rightToReturn'], []] };
exports.FUNDER_ROUNDING = { hours: 1, fte: 0.1 };
const REASONS = {
    too_few_contributors: funder_report_types_1.FunderWithheldReason.TOO_FEW_BENEFICIARIES,
    dominated: funder_report_types_1.FunderWithheldReason.DOMINATED,
    complementary: funder_report_types_1.FunderWithheldReason.COMPLEMENTARY,
};
const REASON_FR = {
    [funder_report_types_1.FunderWithheldReason.TOO_FEW_BENEFICIARIES]: (k) => `moins de ${k} personnes`,
    [funder_report_types_1.FunderWithheldReason.DOMINATED]: () => 'une personne en représente presque tout',
    [funder_report_types_1.FunderWithheldReason.COMPLEMENTARY]: () => 'masqué pour qu\'un autre chiffre masqué ne se déduise pas par différence',
};
exports.STATUS_FR = {
    [enums_1.BeneficiaryStatus.ESAT_WORKER]: 'Travailleurs d\'ESAT',
    [enums_1.BeneficiaryStatus.EA_EMPLOYEE]: 'Salariés d\'EA',
    [enums_1.BeneficiaryStatus.OTHER]: 'Autres',
};
exports.AGE_FR = {
    [funder_report_types_1.FunderAgeBand.UNDER_26]: 'Moins de 26 ans',
    [funder_report_types_1.FunderAgeBand.FROM_26_TO_49]: '26 à 49 ans',
    [funder_report_types_1.FunderAgeBand.FIFTY_AND_OVER]: '50 ans et plus',
    [funder_report_types_1.FunderAgeBand.NOT_RECORDED]: 'Âge non renseigné',
};
exports.DESTINATION_FR = {
    [funder_report_types_1.FunderExitDestination.ORDINARY_EMPLOYMENT]: 'Milieu ordinaire',
    [funder_report_types_1.FunderExitDestination.EA]: 'Entreprise adaptée',
    [funder_report_types_1.FunderExitDestination.OTHER_ESAT]: 'Autre ESAT',
    [funder_report_types_1.FunderExitDestination.TRAINING]: 'Formation',
    [funder_report_types_1.FunderExitDestination.NONE]: 'Sans activité',
    [funder_report_types_1.FunderExitDestination.OTHER]: 'Autre',
    [funder_report_types_1.FunderExitDestination.NOT_RECORDED]: 'Destination non renseignée',
};
function figures(cell) {
    if (cell.withheld)
        return { people: null, hours: null, withheld: true, withheldReason: REASONS[cell.reason] };
    return { people: cell.values.people ?? 0, hours: cell.values.hours ?? null, withheld: false, withheldReason: null };
}
function presence(cell) {
    const base = figures(cell);
    return { ...base, fte: cell.withheld ? null : cell.values.fte, workingDaysPresent: cell.withheld ? null : cell.values.workingDaysPresent };
}
/** The establishment the caller may report on: a funder's own (funder_establishment_ids), any for staff. */
async function establishmentOf(ctx, establishmentId) {
    const id = (0, errors_1.parseId)(establishmentId, 'establishmentId');
    const staff = (0, read_rules_1.holdsOneOf)(ctx, roles_1.CAN.readFunderReport.filter((role) => role !== enums_1.Role.FUNDER));
    if (!staff) {
        const [mine] = await ctx.db.query('select $3::bigint = any(funder_establishment_ids) as allowed from app_user where organization_id = $1 and id = $2', [
            ctx.organizationId,
            ctx.user.userId,
            id,
        ]);
        if (!mine?.allowed)
            throw new graphql_1.GraphQLError('A funder account reads the reports of its own establishments only', { extensions: { code: 'FORBIDDEN' } });
    }
    const [row] = await ctx.db.query('select id, code, name, kind from establishment where organization_id = $1 and id = $2', [
        ctx.organizationId,
        id,
    ]);
    if (!row)
        throw (0, errors_1.badUserInput)('establishmentId', 'no such establishment');
    return { ...row, funder: !staff };
}
function funderPolicy(threshold) {
    return { ...disclosure_1.DEFAULT_POLICY, minContributors: threshold, rounding: exports.FUNDER_ROUNDING };
}
/** The report computed from the reporting views, as of now. */
async function computeFunderReport(ctx, establishment, year, provisional, threshold) {
    const args = [establishment.id, year];
    const [people, movements, [yearRow], revenue] = await Promise.all([
        ctx.db.query(`select beneficiary_id, status, age_band, working_days_present, fte, hours_worked, mad_hours, in_mad, pee_hours, in_pee, in_training, training_hours,
              rae_enrolled, rae_attested, entered
         from reporting.fct_funder_beneficiary_year where establishment_id = $1 and year = $2`, args),
        ctx.db.query(`select beneficiary_id, kind, exit_destination, right_to_return from reporting.fct_funder_movement where establishment_id = $1 and year = $2 and kind <> 'entry'`, args),
        ctx.db.query('select capacity, occupancy_fte, occupancy_days, mad_contracts from reporting.fct_funder_establishment_year where establishment_id = $1 and year = $2', args),
        ctx.db.query('select activity, service_type, net_ht_cents from reporting.fct_funder_revenue_year where establishment_id = $1 and year = $2 order by activity, service_type', args),
    ]);
    const policy = funderPolicy(threshold);
    const notes = [
        `Règles de diffusion : tout chiffre portant sur moins de ${threshold} personnes est masqué, de même qu'un chiffre dont une seule personne représente plus de 85 % des heures, ` +
            'et, dans chaque tableau, les chiffres qui permettraient de retrouver un chiffre masqué par différence avec un total. ' +
            'Un chiffre portant sur une partie des personnes accompagnées (MAD, formation…) est masqué aussi quand le reste des personnes accompagnées compte moins de ' +
            `${threshold} personnes. Les ETP sont arrondis au dixième, les heures à l'unité. Aucun nom ni code de personne n'y figure.`,
    ];
    const note = (label, figure) => {
        if (figure.withheld)
            notes.push(`${label} : masqué (${REASON_FR[figure.withheldReason](threshold)}).`);
        return figure;
    };
    const cells = (0, disclosure_1.discloseTable)(PEOPLE_TABLE, people.map((row) => ({
        contributor: row.beneficiary_id,
        at: { status: row.status, ageBand: row.age_band },
        values: { people: 1, hours: Number(row.hours_worked), fte: Number(row.fte), workingDaysPresent: Number(row.working_days_present) },
    })), policy);
    const ofCut = (list, cut) => list.filter((cell) => cell.cut === cut);
    const total = presence(ofCut(cells, ALL)[0]);
    note('Ensemble des personnes accompagnées', total);
    const byStatus = ofCut(cells, BY_STATUS)
        .sort((a, b) => a.at.status.localeCompare(b.at.status))
        .map((cell) => ({ status: cell.at.status, ...presence(cell) }));
    byStatus.forEach((row) => note(exports.STATUS_FR[row.status], row));
    const ageOrder = Object.values(funder_report_types_1.FunderAgeBand);
    const byAgeBand = ofCut(cells, BY_AGE)
        .sort((a, b) => ageOrder.indexOf(a.at.ageBand) - ageOrder.indexOf(b.at.ageBand))
        .map((cell) => ({ ageBand: cell.at.ageBand, ...presence(cell) }));
    byAgeBand.forEach((row) => note(exports.AGE_FR[row.ageBand], row));
    const fifty = byAgeBand.find((row) => row.ageBand === funder_report_types_1.FunderAgeBand.FIFTY_AND_OVER);
    const aged50Plus = fifty ? { people: fifty.people, hours: fifty.hours, withheld: fifty.withheld, withheldReason: fifty.withheldReason } : figures((0, disclosure_1.discloseSubset)([], [], ['people'], policy));
    const exitCells = (0, disclosure_1.discloseTable)(EXITS_TABLE, movements.filter((row) => row.kind === 'exit').map((row) => ({ contributor: row.beneficiary_id, at: { destination: row.exit_destination ?? funder_report_types_1.FunderExitDestination.NOT_RECORDED }, values: { people: 1 } })), policy);
    const exits = note('Sorties (toutes destinations)', figures(ofCut(exitCells, 1)[0]));
    const destinationOrder = Object.values(funder_report_types_1.FunderExitDestination);
    const exitsByDestination = ofCut(exitCells, 0)
        .sort((a, b) => destinationOrder.indexOf(a.at.destination) - destinationOrder.indexOf(b.at.destination))
        .map((cell) => ({ destination: cell.at.destination, ...note(`Sorties — ${exports.DESTINATION_FR[cell.at.destination]}`, figures(cell)) }));
    const returnCells = (0, disclosure_1.discloseTable)(RETURNS_TABLE, movements.filter((row) => row.kind === 'return').map((row) => ({ contributor: row.beneficiary_id, at: { rightToReturn: row.right_to_return ? 'yes' : 'no' }, values: { people: 1 } })), policy);
    const returns = note('Retours', figures(ofCut(returnCells, 1)[0]));
    const underRight = ofCut(returnCells, 0).find((cell) => cell.at.rightToReturn === 'yes');
    const returnsUnderRightToReturn = note('Retours au titre du droit au retour', underRight ? figures(underRight) : { people: 0, hours: null, withheld: false, withheldReason: null });
    const population = people.map((row) => row.beneficiary_id);
    const subset = (label, keep, hours) => {
        const contributions = people
            .filter(keep)
            .map((row) => ({ contributor: row.beneficiary_id, values: hours ? { people: 1, hours: hours(row) } : { people: 1 } }));
        return note(label, figures((0, disclosure_1.discloseSubset)(contributions, population, hours ? ['people', 'hours'] : ['people'], policy)));
    };
    const capacityKind = establishment.kind === enums_1.EstablishmentKind.ESAT ? enums_1.CapacityKind.AUTHORIZED_PLACES : enums_1.CapacityKind.AIDED_POSTS;
    const capacity = yearRow?.capacity === null || yearRow?.capacity === undefined ? null : Number(yearRow.capacity);
    if (capacity === null)
        notes.push(establishment.kind === enums_1.EstablishmentKind.ESAT ? 'Aucune place autorisée n\'est enregistrée pour cette année : taux d\'occupation non calculé.' : 'Aucun poste aidé (CPOM) n\'est enregistré pour cette année : taux d\'occupation non calculé.');
    const occupancy = (value) => (total.withheld || value === null || value === undefined ? null : Math.round(Number(value) * 1000) / 1000);
    return {
        establishmentId: establishment.id,
        establishmentCode: establishment.code,
        establishmentName: establishment.name,
        establishmentKind: establishment.kind,
        year,
        provisional,
        publishedAt: null,
        privacyThreshold: threshold,
        total,
        byStatus,
        byAgeBand,
        capacityKind,
        capacity,
        occupancyFte: occupancy(yearRow?.occupancy_fte),
        occupancyDays: occupancy(yearRow?.occupancy_days),
        revenue: revenue.map((row) => ({ activity: row.activity, serviceType: row.service_type, netHtCents: Number(row.net_ht_cents) })),
        revenueTotalCents: revenue.reduce((sum, row) => sum + Number(row.net_ht_cents), 0),
        madContracts: Number(yearRow?.mad_contracts ?? 0),
        mad: subset('Mise à disposition', (row) => row.in_mad, (row) => Number(row.mad_hours)),
        prestationEnEntreprise: subset('Prestation en entreprise', (row) => row.in_pee, (row) => Number(row.pee_hours)),
        entries: subset('Entrées', (row) => row.entered),
        exits,
        exitsByDestination,
        returns,
        returnsUnderRightToReturn,
        training: subset('Formation', (row) => row.in_training, (row) => Number(row.training_hours)),
        raeEnrolled: subset('Entrées en démarche RAE', (row) => row.rae_enrolled),
        raeAttested: subset('Attestations de compétences RAE', (row) => row.rae_attested),
        aged50Plus,
        disclosureNotes: notes,
        ...reportUrls(establishment.id, year),
    };
}
/** Where the same report is downloaded (GET with the same Authorization header). */
function reportUrls(establishmentId, year) {
    return { csvUrl: `/reports/funder/${establishmentId}/${year}.csv`, pdfUrl: `/reports/funder/${establishmentId}/${year}.pdf` };
}
/**
 * funderReport(establishmentId, year): staff read it live (the current year as provisional); a
 * FUNDER account reads an ended year of one of its establishments, as it was first shown to a funder.
 */
async function funderReport(ctx, establishmentId, year, today = (0, dates_1.todayInFrance)(), threshold = (0, impact_service_1.configuredThreshold)()) {
    if (!Number.isInteger(year) || year < 2015 || year > 2040)
        throw (0, errors_1.badUserInput)('year', 'a year from 2015 to 2040');
    const establishment = await establishmentOf(ctx, establishmentId);
    const ended = `${year + 1}-01-01` <= (0, disclosure_1.closedBefore)(today, 'year');
    if (!establishment.funder)
        return computeFunderReport(ctx, establishment, year, !ended, threshold);
    if (!ended)
        throw (0, errors_1.badUserInput)('year', 'a funder report covers an ended year');
    const published = async () => {
        const [row] = await ctx.db.query('select report, published_at from funder_report_snapshot where organization_id = $1 and establishment_id = $2 and year = $3', [ctx.organizationId, establishment.id, year]);
        // The URLs are not figures: a report published before the PDF existed gets its pdfUrl too.
        return row && { ...row.report, publishedAt: new Date(row.published_at), ...reportUrls(establishment.id, year) };
    };
    const existing = await published();
    if (existing)
        return existing;
    const report = await computeFunderReport(ctx, establishment, year, false, threshold);
    await ctx.db.query('insert into funder_report_snapshot (organization_id, establishment_id, year, report) values ($1, $2, $3, $4) on conflict do nothing', [ctx.organizationId, establishment.id, year, JSON.stringify(report)]);
    return (await published());
}
//# sourceMappingURL=funder-report.service.js.map