/**
 * Disclosure control: the one gate every figure shown to an outsider (a partner, a funder, the holder
 * of a document) goes through. Pure functions, no database: callers hand in the contributions behind
 * a figure (who contributed, where in the table, how much) and publish only what comes back.
 *
 * The rules, in order (README, "Disclosure control"):
 *
 * 1. Primary suppression. A cell is withheld when fewer than `minContributors` distinct contributors
 *    (beneficiaries) are behind it (k-anonymity, PRIVACY_MIN_GROUP_SIZE, default 3), or when one
 *    contributor accounts for more than `dominance.maxShare` of its `dominance.measure` (the
 *    (1, p) dominance rule: with p = 0.85, a cell 90 % of whose hours one person worked would show
 *    that person's hours to within 10 %). A cell nobody contributed to is published as 0: there is
 *    nothing to protect and its absence would tell the same.
 * 2. Complementary suppression. Every published cell of one answer is a sum of the finest cells
 *    (the crossing of all the table's dimensions). A withheld cell must not be a linear combination
 *    of published cells: not a total minus its visible parts along any dimension, nor any
 *    combination of rows, columns, subtotals and the grand total. The check is exact (Gaussian
 *    elimination over the published cells, the finest cells nobody contributed to counted as known
 *    zeros, as an attacker who knows his own orders may know them). While a withheld cell is
 *    derivable, one more published cell of the derivation is withheld: the smallest whose value is at
 *    least the protected cell's (so the protected cell's share of the pair stays uncertain by at
 *    least its own size), else the largest; margins and the grand total are candidates like any cell,
 *    except the cells of `fixedCuts` (published before, they cannot be taken back).
 *    A cell withheld this way has reason `complementary`; withheld cells show no value and no count.
 * 3. Rounding. Each measure may carry a base: published values are rounded to the nearest multiple
 *    (half away from zero). Suppression is decided on exact values; rounding only blurs the rest.
 * 4. Time. Outsiders see closed periods only: a month once it has ended, a year's figures (totals,
 *    breakdowns over the year) once the year has ended (`closedBefore`); the open period is withheld
 *    and outside every total, so a record added during it changes nothing an outsider can read until
 *    the period closes with everybody's records in it. A published period never changes afterwards
 *    (the caller freezes it: partnerImpact counts a record validated after its month was first shown
 *    in the month of its validation), and the year's margins are audited with the months fixed
 *    (`fixedCuts`), so no two answers, of any dates, differ by one record or give back a month.
 *
 * Not covered here: answers to different questions (another grouping of the same records) are not
 * audited against each other; each outsider-facing output publishes one fixed table shape per
 * period, and rounding is the defence against combining them.
 */

/** A coordinate: the value of each dimension, e.g. { month: '2026-01-01', serviceType: 'production' }. */
export type Coordinates = Readonly<Record<string, string>>;

/** What one contributor brought to one finest cell (several rows for the same pair are summed). */
export interface Contribution {
  /** Who contributed (a beneficiary id): counted and weighed, never published. */
  readonly contributor: string | number;
  /** The finest cell: one value for each dimension of the table. */
  readonly at: Coordinates;
  /** Additive measures, e.g. { hours: 3.5 }. */
  readonly values: Readonly<Record<string, number>>;
}

export interface DisclosurePolicy {
  /** Fewer distinct contributors than this: withheld (PRIVACY_MIN_GROUP_SIZE). */
  readonly minContributors: number;
  /** One contributor above `maxShare` (0–1) of `measure`: withheld. Null: no dominance rule. */
  readonly dominance: { readonly measure: string; readonly maxShare: number } | null;
  /** Rounding base of each measure's published value; a measure not named is published exactly. */
  readonly rounding: Readonly<Record<string, number>>;
}

export interface TableSpec {
  /** Every dimension of the finest cells. */
  readonly dimensions: readonly string[];
  /** The additive measures; the first is the one complementary suppression weighs cells by. */
  readonly measures: readonly string[];
  /** The cuts published, as SQL grouping sets: each a list of dimensions; [] is the grand total. */
  readonly cuts: readonly (readonly string[])[];
  /**
   * Indices of cuts already published on their own, in earlier answers (the months of a year, shown
   * as each month ended): their cells keep what the primary rule gave them and are never withdrawn
   * as complements, since an outsider may hold them already; only the other cuts' cells are.
   */
  readonly fixedCuts?: readonly number[];
  /**
   * Cuts another output published already, with what it withheld: their cells are settled (published
   * or withheld as `withheld` says), never re-decided nor withdrawn, and their withheld cells are
   * protected like this answer's own. A new output that subdivides figures an outsider reads
   * elsewhere (an attestation's establishment beside the partner portal's year) audits itself
   * against them this way; only its own cuts' cells may be withheld as complements.
   */
  readonly publishedElsewhere?: { readonly cuts: readonly number[]; readonly withheld: (cut: number, at: Coordinates) => boolean };
}

export type WithheldReason = 'too_few_contributors' | 'dominated' | 'complementary';

/** One published figure: values and contributor count, or nothing with the reason. */
export interface DisclosedFigure {
  /** Rounded values, or null when withheld. */
  readonly values: Readonly<Record<string, number>> | null;
  /** Distinct contributors, or null when withheld. */
  readonly contributors: number | null;
  readonly withheld: boolean;
  readonly reason: WithheldReason | null;
}

export interface DisclosedCell extends DisclosedFigure {
  /** Index of the cut in `TableSpec.cuts`. */
  readonly cut: number;
  /** The coordinates of the cut's dimensions (empty for the grand total). */
  readonly at: Coordinates;
}

/** The privacy threshold's default (DOMAIN: k-anonymity, 3) and the dominance share used by outsider figures. */
export const DEFAULT_POLICY: DisclosurePolicy = { minContributors: 3, dominance: { measure: 'hours', maxShare: 0.85 }, rounding: {} };

interface WorkingCell {
  cut: number;
  at: Record<string, string>;
  totals: Record<string, number>;
  byContributor: Map<string, Record<string, number>>;
  /** Indices of the finest non-empty cells this cell sums. */
  members: number[];
  reason: WithheldReason | null;
}

/** A cell's key: its coordinates on `dimensions`, each length-prefixed (no separator can be forged by a value). */
function keyOf(dimensions: readonly string[], at: Coordinates): string {
  let key = '';
  for (const dimension of dimensions) {
    const value = at[dimension];
    key += `${value.length}:${value}`;
  }
  return key;
}

function addTo(target: Record<string, number>, measures: readonly string[], values: Readonly<Record<string, number>>): void {
  for (const measure of measures) target[measure] = (target[measure] ?? 0) + (values[measure] ?? 0);
}

function zeros(measures: readonly string[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const measure of measures) values[measure] = 0;
  return values;
}

/** The primary rule for one group of contributions: null when it may be published. */
function primaryReason(byContributor: ReadonlyMap<string, Readonly<Record<string, number>>>, totals: Readonly<Record<string, number>>, policy: DisclosurePolicy): WithheldReason | null {
  if (byContributor.size === 0) return null;
  if (byContributor.size < policy.minContributors) return 'too_few_contributors';
  if (policy.dominance) {
    const { measure, maxShare } = policy.dominance;
    const total = totals[measure] ?? 0;
    if (total > 0) {
      let largest = 0;
      for (const values of byContributor.values()) largest = Math.max(largest, values[measure] ?? 0);
      if (largest > maxShare * total) return 'dominated';
    }
  }
  return null;
}

/** Rounds to the nearest multiple of `base`, half away from zero; exact when base is absent or 0. */
export function roundToBase(value: number, base: number | undefined): number {
  if (!base) return value;
  const multiple = Math.sign(value) * Math.round(Math.abs(value) / base) * base;
  return Number(multiple.toFixed(6)) + 0;
}

function published(totals: Readonly<Record<string, number>>, contributors: number, reason: WithheldReason | null, policy: DisclosurePolicy): DisclosedFigure {
  if (reason) return { values: null, contributors: null, withheld: true, reason };
  const values = Object.fromEntries(Object.entries(totals).map(([measure, value]) => [measure, roundToBase(value, policy.rounding[measure])]));
  return { values, contributors, withheld: false, reason: null };
}

function groupByContributor(contributions: readonly Pick<Contribution, 'contributor' | 'values'>[], measures: readonly string[]) {
  const byContributor = new Map<string, Record<string, number>>();
  const totals = zeros(measures);
  for (const contribution of contributions) {
    const key = String(contribution.contributor);
    let values = byContributor.get(key);
    if (!values) byContributor.set(key, (values = zeros(measures)));
    addTo(values, measures, contribution.values);
    addTo(totals, measures, contribution.values);
  }
  return { byContributor, totals };
}

/**
 * One figure on its own (a document's "N workers, X hours" line): published or withheld by the
 * primary rule. Only for a figure that appears with no parts or total beside it; a figure shown with
 * its breakdown goes through `discloseTable`.
 */
export function discloseFigure(contributions: readonly Pick<Contribution, 'contributor' | 'values'>[], measures: readonly string[], policy: DisclosurePolicy): DisclosedFigure {
  const { byContributor, totals } = groupByContributor(contributions, measures);
  return published(totals, byContributor.size, primaryReason(byContributor, totals, policy), policy);
}

/** Whether a single figure drawn from these contributions may be shown to an outsider. */
export function mayPublishFigure(contributions: readonly Pick<Contribution, 'contributor' | 'values'>[], measures: readonly string[], policy: DisclosurePolicy): boolean {
  return !discloseFigure(contributions, measures, policy).withheld;
}

/**
 * A figure about a subset of a population whose size is published beside it (the beneficiaries in
 * MAD among the people accompanied in the year): published only when the subset passes the primary
 * rule and so does its complement — the population less the subset, which anyone reading both
 * figures computes — unless that complement is empty (then there is nobody to single out). So "40
 * accompanied, 38 in training" never tells that two people were not trained. The complement is
 * checked on contributor counts only (its measures are not published beside it).
 */
export function discloseSubset(
  subset: readonly Pick<Contribution, 'contributor' | 'values'>[],
  population: readonly (string | number)[],
  measures: readonly string[],
  policy: DisclosurePolicy,
): DisclosedFigure {
  const figure = discloseFigure(subset, measures, policy);
  if (figure.withheld) return figure;
  const inSubset = new Set(subset.map((contribution) => String(contribution.contributor)));
  const rest = new Set(population.map(String).filter((contributor) => !inSubset.has(contributor))).size;
  if (rest > 0 && rest < policy.minContributors) return { values: null, contributors: null, withheld: true, reason: 'complementary' };
  return figure;
}

/**
 * Linear span of the published cells, over the finest cells, with each basis row's expression as a
 * combination of published cells: `derivation` tells which published cells a withheld one is
 * computed from, or null when it cannot be.
 */
class Span {
  private readonly rows: { vector: Float64Array; combo: Map<number, number>; pivot: number }[] = [];
  constructor(private readonly size: number) {}

  private reduce(vector: Float64Array, combo: Map<number, number>): void {
    for (const row of this.rows) {
      const factor = vector[row.pivot];
      if (Math.abs(factor) < 1e-9) continue;
      for (let i = 0; i < this.size; i++) vector[i] -= factor * row.vector[i];
      for (const [cell, coefficient] of row.combo) combo.set(cell, (combo.get(cell) ?? 0) - factor * coefficient);
    }
  }

  add(members: readonly number[], cell: number): void {
    const vector = new Float64Array(this.size);
    for (const member of members) vector[member] = 1;
    const combo = new Map([[cell, 1]]);
    this.reduce(vector, combo);
    let pivot = -1;
    for (let i = 0; i < this.size; i++) if (Math.abs(vector[i]) > 1e-9 && (pivot < 0 || Math.abs(vector[i]) > Math.abs(vector[pivot]))) pivot = i;
    if (pivot < 0) return;
    const scale = vector[pivot];
    for (let i = 0; i < this.size; i++) vector[i] /= scale;
    for (const [key, coefficient] of combo) combo.set(key, coefficient / scale);
    for (const row of this.rows) {
      const factor = row.vector[pivot];
      if (Math.abs(factor) < 1e-9) continue;
      for (let i = 0; i < this.size; i++) row.vector[i] -= factor * vector[i];
      for (const [key, coefficient] of combo) row.combo.set(key, (row.combo.get(key) ?? 0) - factor * coefficient);
    }
    this.rows.push({ vector, combo, pivot });
  }

  /** The published cells (with a non-zero coefficient) a vector is a combination of, or null. */
  derivation(members: readonly number[]): number[] | null {
    const vector = new Float64Array(this.size);
    for (const member of members) vector[member] = 1;
    const combo = new Map<number, number>();
    this.reduce(vector, combo);
    if (vector.some((value) => Math.abs(value) > 1e-9)) return null;
    return [...combo].filter(([, coefficient]) => Math.abs(coefficient) > 1e-9).map(([cell]) => cell);
  }
}

function buildCells(spec: TableSpec, contributions: readonly Contribution[]): WorkingCell[] {
  const finest = new Map<string, number>();
  const cells: WorkingCell[] = [];
  // Per cut, its cells by key, and the finest cells each holds already (a Set while building).
  const index = spec.cuts.map(() => new Map<string, { cell: WorkingCell; members: Set<number> }>());
  // The grand total is always published, even over no contributions (then 0).
  spec.cuts.forEach((cut, cutIndex) => {
    if (cut.length > 0) return;
    const total: WorkingCell = { cut: cutIndex, at: {}, totals: zeros(spec.measures), byContributor: new Map(), members: [], reason: null };
    cells.push(total);
    index[cutIndex].set(keyOf(cut, {}), { cell: total, members: new Set() });
  });
  for (const contribution of contributions) {
    for (const dimension of spec.dimensions) {
      if (contribution.at[dimension] === undefined) throw new Error(`a contribution has no value for the dimension ${dimension}`);
    }
    const finestKey = keyOf(spec.dimensions, contribution.at);
    let member = finest.get(finestKey);
    if (member === undefined) finest.set(finestKey, (member = finest.size));
    const contributor = String(contribution.contributor);
    for (let cutIndex = 0; cutIndex < spec.cuts.length; cutIndex++) {
      const cut = spec.cuts[cutIndex];
      const key = keyOf(cut, contribution.at);
      let entry = index[cutIndex].get(key);
      if (!entry) {
        const at: Record<string, string> = {};
        for (const dimension of cut) at[dimension] = contribution.at[dimension];
        entry = { cell: { cut: cutIndex, at, totals: zeros(spec.measures), byContributor: new Map(), members: [], reason: null }, members: new Set() };
        cells.push(entry.cell);
        index[cutIndex].set(key, entry);
      }
      const { cell, members } = entry;
      if (!members.has(member)) {
        members.add(member);
        cell.members.push(member);
      }
      addTo(cell.totals, spec.measures, contribution.values);
      let values = cell.byContributor.get(contributor);
      if (!values) cell.byContributor.set(contributor, (values = zeros(spec.measures)));
      addTo(values, spec.measures, contribution.values);
    }
  }
  return cells;
}

/**
 * Primary and complementary suppression over the cells of every cut (each cut's cells for the
 * coordinates that have contributions; the grand total always). See the rules above.
 */
export function discloseTable(spec: TableSpec, contributions: readonly Contribution[], policy: DisclosurePolicy): DisclosedCell[] {
  const cells = buildCells(spec, contributions);
  const finestCount = new Set(cells.flatMap((cell) => cell.members)).size;
  const elsewhere = spec.publishedElsewhere;
  const settled = (cell: WorkingCell) => !!elsewhere?.cuts.includes(cell.cut);
  for (const cell of cells) {
    cell.reason = settled(cell) ? (elsewhere!.withheld(cell.cut, cell.at) ? 'complementary' : null) : primaryReason(cell.byContributor, cell.totals, policy);
  }
  const weigh = (cell: WorkingCell) => Math.abs(cell.totals[spec.measures[0]] ?? 0);

  for (;;) {
    const span = new Span(finestCount);
    cells.forEach((cell, i) => {
      if (!cell.reason) span.add(cell.members, i);
    });
    let exposed: { cell: WorkingCell; from: number[] } | undefined;
    for (const cell of cells) {
      if (!cell.reason) continue;
      const from = span.derivation(cell.members);
      if (from) {
        exposed = { cell, from };
        break;
      }
    }
    if (!exposed) break;
    const target = weigh(exposed.cell);
    const candidates = exposed.from.map((i) => cells[i]).filter((cell) => cell.byContributor.size > 0 && !spec.fixedCuts?.includes(cell.cut) && !settled(cell));
    const covering = candidates.filter((cell) => weigh(cell) >= target).sort((a, b) => weigh(a) - weigh(b));
    const chosen = covering[0] ?? candidates.sort((a, b) => weigh(b) - weigh(a))[0];
    // Only fixed cells and known zeros derive it: nothing may be withdrawn. A table whose fixed cuts
    // determine each other's cells is a caller's error (fixed cuts must be disjoint groupings).
    if (!chosen) throw new Error('disclosure: a withheld cell is determined by fixed cuts alone');
    chosen.reason = 'complementary';
  }

  cells.sort((a, b) => a.cut - b.cut);
  return cells.map((cell) => ({ cut: cell.cut, at: cell.at, ...published(cell.totals, cell.byContributor.size, cell.reason, policy) }));
}

/**
 * The first day of the open period on `today` ('YYYY-MM-DD'): outsiders see only what lies before it
 * (work dated before the first day of the current month, or of the current year for annual figures).
 */
export function closedBefore(today: string, grain: 'month' | 'year'): string {
  return grain === 'month' ? `${today.slice(0, 7)}-01` : `${today.slice(0, 4)}-01-01`;
}
