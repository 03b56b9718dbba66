import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { holdsOneOf } from '../auth/read-rules';
import { badUserInput, parseId } from '../common/errors';
import { todayInFrance } from '../../kernel/dates';
import { configuredThreshold } from '../impact/impact.service';
import {
  closedBefore, type Contribution, DEFAULT_POLICY, type DisclosedCell, type DisclosedFigure, type DisclosurePolicy, discloseSubset, discloseTable, type TableSpec, type WithheldReason,
} from '../privacy/disclosure';
import { BeneficiaryStatus, CapacityKind, EstablishmentKind, Role, type ServiceType } from '../../schema/enums';
import {
  FunderAgeBand, type FunderAgePresence, FunderExitDestination, type FunderExits, type FunderFigures, type FunderPresence, type FunderReport,
  type FunderStatusPresence, FunderWithheldReason,
} from './funder-report.types';

/**
 * The yearly report of an establishment to its funder (ARS, DREETS), read from the reporting views
 * (reporting/04-funders.sql) so that it says what Power BI says, and published through the
 * disclosure control (api/privacy/disclosure.ts): one table of the people accompanied (status × age
 * band, with its margins and total, audited together so that no withheld cell is a total minus the
 * others), one of exits by destination, one of returns, and lone figures about subsets of the people
 * accompanied (MAD, prestation en entreprise, entries, training, RAE), each withheld when it or its
 * complement is a group smaller than the threshold. FTE are rounded to a tenth and hours to the hour.
 * A FUNDER account reads its own establishments' ended years; the first reading is kept
 * (funder_report_snapshot) and every later funder reading gets it unchanged.
 */

const PEOPLE_TABLE: TableSpec = { dimensions: ['status', 'ageBand'], measures: ['people', 'hours', 'fte', 'workingDaysPresent'], cuts: [['status'], ['ageBand'], []] };
const [BY_STATUS, BY_AGE, ALL] = [0, 1, 2];
const EXITS_TABLE: TableSpec = { dimensions: ['destination'], measures: ['people'], cuts: [['destination'], []] };
const RETURNS_TABLE: TableSpec = { dimensions: ['rightToReturn'], measures: ['people'], cuts: [['rightToReturn'], []] };

export const FUNDER_ROUNDING = { hours: 1, fte: 0.1 } as const;

interface BeneficiaryYearRow {
  beneficiary_id: number;
  status: BeneficiaryStatus;
  age_band: FunderAgeBand;
  working_days_present: number;
  fte: number;
  hours_worked: number;
  mad_hours: number;
  in_mad: boolean;
  pee_hours: number;
  in_pee: boolean;
  in_training: boolean;
  training_hours: number;
  rae_enrolled: boolean;
  rae_attested: boolean;
  entered: boolean;
}

interface EstablishmentYearRow {
  capacity: number | null;
  occupancy_fte: number | null;
  occupancy_days: number | null;
  mad_contracts: number;
}

const REASONS: Record<WithheldReason, FunderWithheldReason> = {
  too_few_contributors: FunderWithheldReason.TOO_FEW_BENEFICIARIES,
  dominated: FunderWithheldReason.DOMINATED,
  complementary: FunderWithheldReason.COMPLEMENTARY,
};

const REASON_FR: Record<FunderWithheldReason, (threshold: number) => string> = {
  [FunderWithheldReason.TOO_FEW_BENEFICIARIES]: (k) => `moins de ${k} personnes`,
  [FunderWithheldReason.DOMINATED]: () => 'une personne en représente presque tout',
  [FunderWithheldReason.COMPLEMENTARY]: () => 'masqué pour qu\'un autre chiffre masqué ne se déduise pas par différence',
};

export const STATUS_FR: Record<BeneficiaryStatus, string> = {
  [BeneficiaryStatus.ESAT_WORKER]: 'Travailleurs d\'ESAT',
  [BeneficiaryStatus.EA_EMPLOYEE]: 'Salariés d\'EA',
  [BeneficiaryStatus.OTHER]: 'Autres',
};
export const AGE_FR: Record<FunderAgeBand, string> = {
  [FunderAgeBand.UNDER_26]: 'Moins de 26 ans',
  [FunderAgeBand.FROM_26_TO_49]: '26 à 49 ans',
  [FunderAgeBand.FIFTY_AND_OVER]: '50 ans et plus',
  [FunderAgeBand.NOT_RECORDED]: 'Âge non renseigné',
};
export const DESTINATION_FR: Record<FunderExitDestination, string> = {
  [FunderExitDestination.ORDINARY_EMPLOYMENT]: 'Milieu ordinaire',
  [FunderExitDestination.EA]: 'Entreprise adaptée',
  [FunderExitDestination.OTHER_ESAT]: 'Autre ESAT',
  [FunderExitDestination.TRAINING]: 'Formation',
  [FunderExitDestination.NONE]: 'Sans activité',
  [FunderExitDestination.OTHER]: 'Autre',
  [FunderExitDestination.NOT_RECORDED]: 'Destination non renseignée',
};

function figures(cell: DisclosedFigure): FunderFigures {
  if (cell.withheld) return { people: null, hours: null, withheld: true, withheldReason: REASONS[cell.reason!] };
  return { people: cell.values!.people ?? 0, hours: cell.values!.hours ?? null, withheld: false, withheldReason: null };
}

function presence(cell: DisclosedFigure): FunderPresence {
  const base = figures(cell);
  return { ...base, fte: cell.withheld ? null : cell.values!.fte, workingDaysPresent: cell.withheld ? null : cell.values!.workingDaysPresent };
}

/** The establishment the caller may report on: a funder's own (funder_establishment_ids), any for staff. */
async function establishmentOf(ctx: RequestContext, establishmentId: string): Promise<{ id: number; code: string; name: string; kind: EstablishmentKind; funder: boolean }> {
  const id = parseId(establishmentId, 'establishmentId');
  const staff = holdsOneOf(ctx, CAN.readFunderReport.filter((role) => role !== Role.FUNDER));
  if (!staff) {
    const [mine] = await ctx.db.query<{ allowed: boolean }>('select $3::bigint = any(funder_establishment_ids) as allowed from app_user where organization_id = $1 and id = $2', [
      ctx.organizationId,
      ctx.user!.userId,
      id,
    ]);
    if (!mine?.allowed) throw new GraphQLError('A funder account reads the reports of its own establishments only', { extensions: { code: 'FORBIDDEN' } });
  }
  const [row] = await ctx.db.query<{ id: number; code: string; name: string; kind: EstablishmentKind }>('select id, code, name, kind from establishment where organization_id = $1 and id = $2', [
    ctx.organizationId,
    id,
  ]);
  if (!row) throw badUserInput('establishmentId', 'no such establishment');
  return { ...row, funder: !staff };
}

export function funderPolicy(threshold: number): DisclosurePolicy {
  return { ...DEFAULT_POLICY, minContributors: threshold, rounding: FUNDER_ROUNDING };
}

/** The report computed from the reporting views, as of now. */
export async function computeFunderReport(
  ctx: RequestContext,
  establishment: { id: number; code: string; name: string; kind: EstablishmentKind },
  year: number,
  provisional: boolean,
  threshold: number,
): Promise<FunderReport> {
  const args = [establishment.id, year];
  const [people, movements, [yearRow], revenue] = await Promise.all([
    ctx.db.query<BeneficiaryYearRow>(
      `select beneficiary_id, status, age_band, working_days_present, fte, hours_worked, mad_hours, in_mad, pee_hours, in_pee, in_training, training_hours,
              rae_enrolled, rae_attested, entered
         from reporting.fct_funder_beneficiary_year where establishment_id = $1 and year = $2`,
      args,
    ),
    ctx.db.query<{ beneficiary_id: number; kind: string; exit_destination: FunderExitDestination | null; right_to_return: boolean | null }>(
      `select beneficiary_id, kind, exit_destination, right_to_return from reporting.fct_funder_movement where establishment_id = $1 and year = $2 and kind <> 'entry'`,
      args,
    ),
    ctx.db.query<EstablishmentYearRow>('select capacity, occupancy_fte, occupancy_days, mad_contracts from reporting.fct_funder_establishment_year where establishment_id = $1 and year = $2', args),
    ctx.db.query<{ activity: string; service_type: ServiceType; net_ht_cents: number }>(
      'select activity, service_type, net_ht_cents from reporting.fct_funder_revenue_year where establishment_id = $1 and year = $2 order by activity, service_type',
      args,
    ),
  ]);
  const policy = funderPolicy(threshold);
  const notes: string[] = [
    `Règles de diffusion : tout chiffre portant sur moins de ${threshold} personnes est masqué, de même qu'un chiffre dont une seule personne représente plus de 85 % des heures, ` +
      'et, dans chaque tableau, les chiffres qui permettraient de retrouver un chiffre masqué par différence avec un total. ' +
      'Un chiffre portant sur une partie des personnes accompagnées (MAD, formation…) est masqué aussi quand le reste des personnes accompagnées compte moins de ' +
      `${threshold} personnes. Les ETP sont arrondis au dixième, les heures à l'unité. Aucun nom ni code de personne n'y figure.`,
  ];
  const note = (label: string, figure: FunderFigures) => {
    if (figure.withheld) notes.push(`${label} : masqué (${REASON_FR[figure.withheldReason!](threshold)}).`);
    return figure;
  };

  const cells = discloseTable(
    PEOPLE_TABLE,
    people.map((row) => ({
      contributor: row.beneficiary_id,
      at: { status: row.status, ageBand: row.age_band },
      values: { people: 1, hours: Number(row.hours_worked), fte: Number(row.fte), workingDaysPresent: Number(row.working_days_present) },
    })),
    policy,
  );
  const ofCut = (list: DisclosedCell[], cut: number) => list.filter((cell) => cell.cut === cut);
  const total = presence(ofCut(cells, ALL)[0]);
  note('Ensemble des personnes accompagnées', total);
  const byStatus: FunderStatusPresence[] = ofCut(cells, BY_STATUS)
    .sort((a, b) => a.at.status.localeCompare(b.at.status))
    .map((cell) => ({ status: cell.at.status as BeneficiaryStatus, ...presence(cell) }));
  byStatus.forEach((row) => note(STATUS_FR[row.status], row));
  const ageOrder = Object.values(FunderAgeBand);
  const byAgeBand: FunderAgePresence[] = ofCut(cells, BY_AGE)
    .sort((a, b) => ageOrder.indexOf(a.at.ageBand as FunderAgeBand) - ageOrder.indexOf(b.at.ageBand as FunderAgeBand))
    .map((cell) => ({ ageBand: cell.at.ageBand as FunderAgeBand, ...presence(cell) }));
  byAgeBand.forEach((row) => note(AGE_FR[row.ageBand], row));
  const fifty = byAgeBand.find((row) => row.ageBand === FunderAgeBand.FIFTY_AND_OVER);
  const aged50Plus: FunderFigures = fifty ? { people: fifty.people, hours: fifty.hours, withheld: fifty.withheld, withheldReason: fifty.withheldReason } : figures(discloseSubset([], [], ['people'], policy));

  const exitCells = discloseTable(
    EXITS_TABLE,
    movements.filter((row) => row.kind === 'exit').map((row) => ({ contributor: row.beneficiary_id, at: { destination: row.exit_destination ?? FunderExitDestination.NOT_RECORDED }, values: { people: 1 } })),
    policy,
  );
  const exits = note('Sorties (toutes destinations)', figures(ofCut(exitCells, 1)[0]));
  const destinationOrder = Object.values(FunderExitDestination);
  const exitsByDestination: FunderExits[] = ofCut(exitCells, 0)
    .sort((a, b) => destinationOrder.indexOf(a.at.destination as FunderExitDestination) - destinationOrder.indexOf(b.at.destination as FunderExitDestination))
    .map((cell) => ({ destination: cell.at.destination as FunderExitDestination, ...note(`Sorties — ${DESTINATION_FR[cell.at.destination as FunderExitDestination]}`, figures(cell)) }));
  const returnCells = discloseTable(
    RETURNS_TABLE,
    movements.filter((row) => row.kind === 'return').map((row) => ({ contributor: row.beneficiary_id, at: { rightToReturn: row.right_to_return ? 'yes' : 'no' }, values: { people: 1 } })),
    policy,
  );
  const returns = note('Retours', figures(ofCut(returnCells, 1)[0]));
  const underRight = ofCut(returnCells, 0).find((cell) => cell.at.rightToReturn === 'yes');
  const returnsUnderRightToReturn = note('Retours au titre du droit au retour', underRight ? figures(underRight) : { people: 0, hours: null, withheld: false, withheldReason: null });

  const population = people.map((row) => row.beneficiary_id);
  const subset = (label: string, keep: (row: BeneficiaryYearRow) => boolean, hours?: (row: BeneficiaryYearRow) => number) => {
    const contributions: Pick<Contribution, 'contributor' | 'values'>[] = people
      .filter(keep)
      .map((row): Pick<Contribution, 'contributor' | 'values'> => ({ contributor: row.beneficiary_id, values: hours ? { people: 1, hours: hours(row) } : { people: 1 } }));
    return note(label, figures(discloseSubset(contributions, population, hours ? ['people', 'hours'] : ['people'], policy)));
  };

  const capacityKind = establishment.kind === EstablishmentKind.ESAT ? CapacityKind.AUTHORIZED_PLACES : CapacityKind.AIDED_POSTS;
  const capacity = yearRow?.capacity === null || yearRow?.capacity === undefined ? null : Number(yearRow.capacity);
  if (capacity === null) notes.push(establishment.kind === EstablishmentKind.ESAT ? 'Aucune place autorisée n\'est enregistrée pour cette année : taux d\'occupation non calculé.' : 'Aucun poste aidé (CPOM) n\'est enregistré pour cette année : taux d\'occupation non calculé.');
  const occupancy = (value: number | null | undefined) => (total.withheld || value === null || value === undefined ? null : Math.round(Number(value) * 1000) / 1000);

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
function reportUrls(establishmentId: number, year: number): Pick<FunderReport, 'csvUrl' | 'pdfUrl'> {
  return { csvUrl: `/reports/funder/${establishmentId}/${year}.csv`, pdfUrl: `/reports/funder/${establishmentId}/${year}.pdf` };
}

/**
 * funderReport(establishmentId, year): staff read it live (the current year as provisional); a
 * FUNDER account reads an ended year of one of its establishments, as it was first shown to a funder.
 */
export async function funderReport(ctx: RequestContext, establishmentId: string, year: number, today = todayInFrance(), threshold = configuredThreshold()): Promise<FunderReport> {
  if (!Number.isInteger(year) || year < 2015 || year > 2040) throw badUserInput('year', 'a year from 2015 to 2040');
  const establishment = await establishmentOf(ctx, establishmentId);
  const ended = `${year + 1}-01-01` <= closedBefore(today, 'year');
  if (!establishment.funder) return computeFunderReport(ctx, establishment, year, !ended, threshold);
  if (!ended) throw badUserInput('year', 'a funder report covers an ended year');
  const published = async () => {
    const [row] = await ctx.db.query<{ report: FunderReport; published_at: Date }>(
      'select report, published_at from funder_report_snapshot where organization_id = $1 and establishment_id = $2 and year = $3',
      [ctx.organizationId, establishment.id, year],
    );
    // The URLs are not figures: a report published before the PDF existed gets its pdfUrl too.
    return row && { ...row.report, publishedAt: new Date(row.published_at), ...reportUrls(establishment.id, year) };
  };
  const existing = await published();
  if (existing) return existing;
  const report = await computeFunderReport(ctx, establishment, year, false, threshold);
  await ctx.db.query(
    'insert into funder_report_snapshot (organization_id, establishment_id, year, report) values ($1, $2, $3, $4) on conflict do nothing',
    [ctx.organizationId, establishment.id, year, JSON.stringify(report)],
  );
  return (await published())!;
}
