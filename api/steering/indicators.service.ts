import type { RequestContext } from '../context';
import { IndicatorLevel, SortDirection, UtilizationLevel } from '../../schema/enums';
import type { ContributionIndicatorOptions, UtilizationOptions } from '../../schema/inputs/steering.input';
import { badUserInput, forbidden, parseId } from '../common/errors';
import { addDays, todayInFrance } from '../../kernel/dates';
import { pageClause } from '../read/list-query';
import { DEFAULT_POLICY, discloseTable, mayPublishFigure, type Contribution, type DisclosurePolicy, type TableSpec } from '../privacy/disclosure';
import { privacyMinGroupSize } from '../impact/impact.service';
import type { ContributionIndicator, UtilizationWeek } from './steering.types';
import { mayReadIndividualFigures } from './steering-access';

/**
 * The steering indicators for internal front ends, read from the reporting views (reporting/
 * 03-steering.sql and 02-views.sql) with the filters of the request: a dashboard, Power BI and a
 * funding file read the same rows. Individual rows only for the roles that read individual work
 * records; for the others, team rows whose members are too few (PRIVACY_MIN_GROUP_SIZE) or dominated
 * by one person are withheld, through the disclosure-control module (the contribution levels, which
 * nest, with its complementary rule too: publishableContributionTeams).
 */

const MAX_MONTHS = 24;
const MAX_WEEKS = 53;

interface Page<Row> {
  items: Row[];
  readonly totalItems: Promise<number>;
}

/** A view read with its filter: the page in the requested order, the count only when asked for. */
async function pageOf<Row>(ctx: RequestContext, from: string, where: string, params: unknown[], order: string, options: { skip?: number; take?: number; sortDirection?: SortDirection }, select: string): Promise<Page<Row>> {
  const direction = options.sortDirection === SortDirection.ASC ? 'asc' : 'desc';
  const orderBy = order.split(', ').map((column, index) => (index === 0 ? `${column} ${direction}` : `${column} nulls first`)).join(', ');
  const page = pageClause(params, options.skip, options.take);
  const items = await ctx.db.query<Row>(`select ${select} from ${from} where ${where} order by ${orderBy} ${page.sql}`, page.values);
  let total: Promise<number> | undefined;
  return {
    items,
    get totalItems() {
      return (total ??= ctx.db.query<{ count: number }>(`select count(*) as count from ${from} where ${where}`, params).then(([row]) => Number(row.count)));
    },
  };
}

/** `condition` with `?` numbered after the parameters already there; skipped for an absent value. */
class Where {
  readonly conditions: string[] = [];
  constructor(readonly params: unknown[]) {}
  add(condition: string, value: unknown): this {
    if (value === undefined || value === null) return this;
    this.params.push(value);
    this.conditions.push(condition.replace('?', `$${this.params.length}`));
    return this;
  }
  toSql(): string {
    return this.conditions.join(' and ');
  }
}

function disclosurePolicy(): DisclosurePolicy {
  return { ...DEFAULT_POLICY, minContributors: privacyMinGroupSize() };
}

/** Whether each team row may be shown to a role without individual rights: its members' hours through the disclosure module. */
async function publishableTeams(ctx: RequestContext, memberSql: string, params: unknown[]): Promise<Set<string>> {
  const members = await ctx.db.query<{ key: string; beneficiary_id: number; hours: number }>(memberSql, params);
  const byTeam = new Map<string, { contributor: number; values: { hours: number } }[]>();
  for (const member of members) {
    if (!byTeam.has(member.key)) byTeam.set(member.key, []);
    byTeam.get(member.key)!.push({ contributor: member.beneficiary_id, values: { hours: member.hours } });
  }
  const policy = disclosurePolicy();
  return new Set([...byTeam].filter(([, contributions]) => mayPublishFigure(contributions, ['hours'], policy)).map(([key]) => key));
}

/** The contribution views' team levels, finest first: the column their rows group on, and the row's field naming the team. */
const CONTRIBUTION_TEAMS = { work_group_id: 'workGroupId', workshop_id: 'workshopId', establishment_id: 'establishmentId' } as const;
type ContributionTeam = keyof typeof CONTRIBUTION_TEAMS;
const TEAM_COLUMNS = Object.keys(CONTRIBUTION_TEAMS) as ContributionTeam[];
/** The table publishableContributionTeams audits: a month's workers, the three levels its cuts. */
const CONTRIBUTION_TEAM_TABLE: TableSpec = { dimensions: TEAM_COLUMNS, measures: ['hours'], cuts: TEAM_COLUMNS.map((column) => [column]) };

/**
 * The team rows of `months` a role without individual rights may see, as `month/team` keys of the
 * level `team`. A team row is the sum of its members' rows and the levels nest (a work group's
 * members are in a workshop, a workshop's in an establishment), so one level shown beside another
 * would give a withheld team as a difference: a workshop less its shown work groups is the
 * workshop's other members. Each month's workers therefore make one table for the disclosure-control
 * module, the three levels its cuts, and a team is shown only where that table publishes it (primary
 * and complementary suppression together): whichever levels are asked, no withheld team is computed.
 */
async function publishableContributionTeams(ctx: RequestContext, months: string[], team: ContributionTeam): Promise<Set<string>> {
  // One row per month and finest cell, its workers and their hours as two arrays, rather than one
  // per worker: parsing ≈3 000 rows a month cost the API about as much as the audit (bench 1f).
  const cells = await ctx.db.query<{ month: string; establishment_id: string; workshop_id: string | null; work_group_id: string | null; workers: string[]; hours: number[] }>(
    `select month::text, establishment_id, workshop_id, work_group_id, array_agg(beneficiary_id) as workers, array_agg(hours::float8) as hours
       from reporting.fct_contribution_beneficiary_month where month = any($1::date[])
      group by month, establishment_id, workshop_id, work_group_id`,
    [months],
  );
  const byMonth = new Map<string, Contribution[]>();
  for (const row of cells) {
    if (!byMonth.has(row.month)) byMonth.set(row.month, []);
    // A worker of no workshop or no work group is in a cell of their own under the level above.
    const workshop = row.workshop_id === null ? `none in ${row.establishment_id}` : String(row.workshop_id);
    const at = { work_group_id: row.work_group_id === null ? `none in ${workshop}` : String(row.work_group_id), workshop_id: workshop, establishment_id: String(row.establishment_id) };
    const contributions = byMonth.get(row.month)!;
    row.workers.forEach((worker, i) => contributions.push({ contributor: worker, at, values: { hours: Number(row.hours[i]) } }));
  }
  const cut = TEAM_COLUMNS.indexOf(team);
  const policy = disclosurePolicy();
  const open = new Set<string>();
  for (const [month, contributions] of byMonth) {
    for (const cell of discloseTable(CONTRIBUTION_TEAM_TABLE, contributions, policy)) {
      if (cell.cut === cut && !cell.withheld) open.add(`${month}/${cell.at[team]}`);
    }
  }
  return open;
}

/** The first day of the month `months` after the month of `firstDay`. */
function addMonths(firstDay: string, months: number): string {
  return new Date(Date.UTC(Number(firstDay.slice(0, 4)), Number(firstDay.slice(5, 7)) - 1 + months, 1)).toISOString().slice(0, 10);
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

const CONTRIBUTION_MEASURES = `false as withheld, contract_days as "contractDays", days_with_record as "daysWithRecord", regularity, hours, validated_hours as "validatedHours",
  quantity, rejected_quantity as "rejectedQuantity", quality, planned_hours as "plannedHours", done_vs_planned as "doneVsPlanned"`;

const CONTRIBUTION_VIEWS = {
  [IndicatorLevel.BENEFICIARY]: {
    view: 'reporting.fct_contribution_beneficiary_month',
    select: `month::text, 'beneficiary' as level, establishment_id as "establishmentId", workshop_id as "workshopId", work_group_id as "workGroupId",
             beneficiary_id as "beneficiaryId", 1 as beneficiaries, weekly_hours_cv as "weeklyHoursCv", ${CONTRIBUTION_MEASURES}`,
    order: 'month, beneficiary_id',
    team: null,
  },
  [IndicatorLevel.WORKSHOP]: {
    view: 'reporting.fct_contribution_workshop_month',
    select: `month::text, 'workshop' as level, establishment_id as "establishmentId", workshop_id as "workshopId", null::bigint as "workGroupId",
             null::bigint as "beneficiaryId", beneficiaries::int, avg_weekly_hours_cv as "weeklyHoursCv", ${CONTRIBUTION_MEASURES}`,
    order: 'month, workshop_id',
    team: 'workshop_id',
  },
  [IndicatorLevel.WORK_GROUP]: {
    view: 'reporting.fct_contribution_work_group_month',
    select: `month::text, 'work_group' as level, establishment_id as "establishmentId", workshop_id as "workshopId", work_group_id as "workGroupId",
             null::bigint as "beneficiaryId", beneficiaries::int, avg_weekly_hours_cv as "weeklyHoursCv", ${CONTRIBUTION_MEASURES}`,
    order: 'month, work_group_id',
    team: 'work_group_id',
  },
  [IndicatorLevel.ESTABLISHMENT]: {
    view: 'reporting.fct_contribution_establishment_month',
    select: `month::text, 'establishment' as level, establishment_id as "establishmentId", null::bigint as "workshopId", null::bigint as "workGroupId",
             null::bigint as "beneficiaryId", beneficiaries::int, avg_weekly_hours_cv as "weeklyHoursCv", ${CONTRIBUTION_MEASURES}`,
    order: 'month, establishment_id',
    team: 'establishment_id',
  },
} as const;

const WITHHELD_CONTRIBUTION = {
  beneficiaries: null, contractDays: null, daysWithRecord: null, regularity: null, weeklyHoursCv: null, hours: null, validatedHours: null,
  quantity: null, rejectedQuantity: null, quality: null, plannedHours: null, doneVsPlanned: null,
} as const;

const WITHHELD_UTILIZATION = {
  beneficiaries: null, contractHours: null, recordedHours: null, validatedHours: null, allocatedHours: null, utilization: null,
  underUtilized: null, overloaded: null, underUtilizedBeneficiaries: null, overloadedBeneficiaries: null,
} as const;

export class IndicatorsService {
  static async contribution(ctx: RequestContext, options: ContributionIndicatorOptions = {}): Promise<Page<ContributionIndicator>> {
    const level = options.level ?? IndicatorLevel.WORKSHOP;
    const individual = mayReadIndividualFigures(ctx);
    if (level === IndicatorLevel.BENEFICIARY && !individual) throw forbidden();
    if (options.beneficiaryId && level !== IndicatorLevel.BENEFICIARY) throw badUserInput('options.beneficiaryId', 'is a filter of the BENEFICIARY level');
    if (options.workGroupId && (level === IndicatorLevel.WORKSHOP || level === IndicatorLevel.ESTABLISHMENT)) {
      throw badUserInput('options.workGroupId', 'is a filter of the WORK_GROUP and BENEFICIARY levels');
    }
    if (options.workshopId && level === IndicatorLevel.ESTABLISHMENT) throw badUserInput('options.workshopId', 'is not a filter of the ESTABLISHMENT level');
    const today = todayInFrance();
    const toMonth = options.toMonth ?? `${today.slice(0, 7)}-01`;
    const fromMonth = options.fromMonth ?? addMonths(toMonth, -11);
    if (fromMonth > toMonth) throw badUserInput('options.fromMonth', 'must not be after toMonth');
    if (monthsBetween(fromMonth, toMonth) > MAX_MONTHS) throw badUserInput('options.toMonth', `at most ${MAX_MONTHS} months at once`);

    const spec = CONTRIBUTION_VIEWS[level];
    const where = new Where([fromMonth, toMonth]);
    where.conditions.push('month between $1 and $2');
    where
      .add('establishment_id = ?', options.establishmentId && parseId(options.establishmentId, 'options.establishmentId'))
      .add('workshop_id = ?', options.workshopId && parseId(options.workshopId, 'options.workshopId'))
      .add('work_group_id = ?', options.workGroupId && parseId(options.workGroupId, 'options.workGroupId'))
      .add('beneficiary_id = ?', options.beneficiaryId && parseId(options.beneficiaryId, 'options.beneficiaryId'));
    const page = await pageOf<ContributionIndicator>(ctx, spec.view, where.toSql(), where.params, spec.order, options, spec.select);
    if (individual || !spec.team || page.items.length === 0) return page;

    const open = await publishableContributionTeams(ctx, [...new Set(page.items.map((row) => row.month))], spec.team);
    const items = page.items.map((row) => {
      const key = `${row.month}/${row[CONTRIBUTION_TEAMS[spec.team]]}`;
      return open.has(key) || row.beneficiaries === 0 ? { ...row, withheld: false } : { ...row, ...WITHHELD_CONTRIBUTION, withheld: true };
    });
    return { items, get totalItems() { return page.totalItems; } };
  }

  static async utilization(ctx: RequestContext, options: UtilizationOptions = {}): Promise<Page<UtilizationWeek>> {
    const level = options.level ?? UtilizationLevel.WORKSHOP;
    const individual = mayReadIndividualFigures(ctx);
    if (level === UtilizationLevel.BENEFICIARY && !individual) throw forbidden();
    if (options.beneficiaryId && level !== UtilizationLevel.BENEFICIARY) throw badUserInput('options.beneficiaryId', 'is a filter of the BENEFICIARY level');
    const today = todayInFrance();
    const monday = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
    const toWeek = options.toWeek ?? monday(today);
    const fromWeek = options.fromWeek ?? addDays(toWeek, -7 * 11);
    for (const [field, value] of [['options.fromWeek', fromWeek], ['options.toWeek', toWeek]] as const) {
      if (monday(value) !== value) throw badUserInput(field, 'must be a Monday (the first day of an ISO week)');
    }
    if (fromWeek > toWeek) throw badUserInput('options.fromWeek', 'must not be after toWeek');
    if ((Date.parse(toWeek) - Date.parse(fromWeek)) / (7 * 86_400_000) + 1 > MAX_WEEKS) throw badUserInput('options.toWeek', `at most ${MAX_WEEKS} weeks at once`);

    const where = new Where([fromWeek, toWeek]);
    where.conditions.push('week between $1 and $2');
    where
      .add('establishment_id = ?', options.establishmentId && parseId(options.establishmentId, 'options.establishmentId'))
      .add('workshop_id = ?', options.workshopId && parseId(options.workshopId, 'options.workshopId'))
      .add('supervisor_id = ?', options.supervisorId && parseId(options.supervisorId, 'options.supervisorId'))
      .add('beneficiary_id = ?', options.beneficiaryId && parseId(options.beneficiaryId, 'options.beneficiaryId'));
    const common = `week::text, establishment_id as "establishmentId", workshop_id as "workshopId", supervisor_id as "supervisorId",
                    contract_hours as "contractHours", recorded_hours as "recordedHours", validated_hours as "validatedHours",
                    allocated_hours as "allocatedHours", utilization`;
    if (level === UtilizationLevel.BENEFICIARY) {
      return pageOf<UtilizationWeek>(ctx, 'reporting.fct_utilization_week', where.toSql(), where.params, 'week, beneficiary_id', options,
        `${common}, 'beneficiary' as level, beneficiary_id as "beneficiaryId", 1 as beneficiaries, under_utilized as "underUtilized", overloaded,
         null::int as "underUtilizedBeneficiaries", null::int as "overloadedBeneficiaries", false as withheld`);
    }
    const page = await pageOf<UtilizationWeek>(ctx, 'reporting.fct_utilization_workshop_week', where.toSql(), where.params, 'week, workshop_id, supervisor_id', options,
      `${common}, 'workshop' as level, null::bigint as "beneficiaryId", beneficiaries::int, null::boolean as "underUtilized", null::boolean as overloaded,
       under_utilized_beneficiaries::int as "underUtilizedBeneficiaries", overloaded_beneficiaries::int as "overloadedBeneficiaries", false as withheld`);
    if (individual || page.items.length === 0) return page;
    const teamKey = `week::text || '/' || coalesce(workshop_id::text, '') || '/' || coalesce(supervisor_id::text, '')`;
    const weeks = [...new Set(page.items.map((row) => row.week))];
    const open = await publishableTeams(
      ctx,
      `select ${teamKey} as key, beneficiary_id, recorded_hours as hours from reporting.fct_utilization_week where week = any($1::date[])`,
      [weeks],
    );
    const items = page.items.map((row) =>
      open.has(`${row.week}/${row.workshopId ?? ''}/${row.supervisorId ?? ''}`) ? row : { ...row, ...WITHHELD_UTILIZATION, withheld: true },
    );
    return { items, get totalItems() { return page.totalItems; } };
  }
}
