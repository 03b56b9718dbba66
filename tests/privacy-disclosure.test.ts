import { closedBefore, type Contribution, DEFAULT_POLICY, type DisclosedCell, discloseFigure, discloseTable, type DisclosurePolicy, mayPublishFigure, roundToBase, type TableSpec } from '../api/privacy/disclosure';

/**
 * Disclosure control (api/privacy/disclosure.ts): what an outsider reads of a table must not give
 * back any withheld cell. An attacker written here, independently of the module, solves for every
 * withheld cell from the published ones, first as "a total minus its visible parts" along every cut,
 * then by exact linear algebra over all published cells (rows, columns, subtotals, the grand total
 * and any combination of them); over generated tables it finds nothing, while it breaks the former
 * one-cell-at-a-time suppression.
 */

const POLICY: DisclosurePolicy = { minContributors: 3, dominance: null, rounding: {} };
const MONTH_BY_TYPE: TableSpec = { dimensions: ['month', 'type'], measures: ['hours'], cuts: [['month'], ['type'], []] };

const work = (contributor: number, month: string, type: string, hours: number): Contribution => ({ contributor, at: { month, type }, values: { hours } });
const find = (cells: DisclosedCell[], cut: number, at: Record<string, string> = {}) =>
  cells.find((cell) => cell.cut === cut && Object.entries(at).every(([key, value]) => cell.at[key] === value) && Object.keys(cell.at).length === Object.keys(at).length)!;

// ---------------------------------------------------------------------------------------------
// The attacker: knows the table's shape, every published cell, and which finest cells are empty.

/** A seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Exposure {
  cell: DisclosedCell;
  derived: number;
  actual: number;
  how: string;
}

/** The finest cells with work, and which of them each published-or-withheld cell sums. */
function finestCells(spec: TableSpec, contributions: readonly Contribution[]) {
  const keys = [...new Set(contributions.map((c) => JSON.stringify(spec.dimensions.map((d) => c.at[d]))))];
  const value = keys.map((key) => contributions.filter((c) => JSON.stringify(spec.dimensions.map((d) => c.at[d])) === key).reduce((sum, c) => sum + c.values[spec.measures[0]], 0));
  const coordinates = keys.map((key) => JSON.parse(key) as string[]);
  const members = (cell: DisclosedCell) =>
    coordinates.flatMap((coordinate, i) => (spec.dimensions.every((d, j) => cell.at[d] === undefined || cell.at[d] === coordinate[j]) ? [i] : []));
  return { value, members };
}

const tolerance = (policy: DisclosurePolicy, spec: TableSpec) => (policy.rounding[spec.measures[0]] ?? 0) + 1e-6;

/** "A total minus its visible parts": every cell against every cut that splits it. */
function totalsMinusParts(spec: TableSpec, contributions: readonly Contribution[], cells: DisclosedCell[], policy: DisclosurePolicy): Exposure[] {
  const { value, members } = finestCells(spec, contributions);
  const measure = spec.measures[0];
  const truth = (cell: DisclosedCell) => members(cell).reduce((sum, i) => sum + value[i], 0);
  const found: Exposure[] = [];
  for (const parent of cells) {
    const inside = new Set(members(parent));
    spec.cuts.forEach((cut, cutIndex) => {
      if (!Object.keys(parent.at).every((d) => cut.includes(d)) || cut.length === Object.keys(parent.at).length) return;
      const parts = cells.filter((cell) => cell.cut === cutIndex && members(cell).every((i) => inside.has(i)) && members(cell).length > 0);
      const hidden = [parent, ...parts].filter((cell) => cell.withheld);
      if (hidden.length !== 1) return;
      const visibleSum = parts.filter((cell) => !cell.withheld).reduce((sum, cell) => sum + cell.values![measure], 0);
      const derived = parent.withheld ? visibleSum : parent.values![measure] - visibleSum;
      if (Math.abs(derived - truth(hidden[0])) <= tolerance(policy, spec) * (parts.length + 1)) {
        found.push({ cell: hidden[0], derived, actual: truth(hidden[0]), how: `cut ${cutIndex} inside ${JSON.stringify(parent.at)}` });
      }
    });
  }
  return found;
}

/** Exact rational elimination (BigInt, fraction-free): every withheld cell in the span of the published ones. */
function linearCombinations(spec: TableSpec, contributions: readonly Contribution[], cells: DisclosedCell[]): Exposure[] {
  const { value, members } = finestCells(spec, contributions);
  const width = value.length;
  const vectorOf = (cell: DisclosedCell) => {
    const row = Array.from({ length: width }, () => 0n);
    for (const i of members(cell)) row[i] = 1n;
    return row;
  };
  // Rows in echelon form with integer entries: [coefficients over finest cells].
  const basis: { row: bigint[]; pivot: number }[] = [];
  const reduce = (row: bigint[]) => {
    for (const { row: b, pivot } of basis) {
      if (row[pivot] === 0n) continue;
      const [x, y] = [b[pivot], row[pivot]];
      for (let i = 0; i < width; i++) row[i] = row[i] * x - b[i] * y;
    }
    return row;
  };
  for (const cell of cells.filter((c) => !c.withheld)) {
    const row = reduce(vectorOf(cell));
    const pivot = row.findIndex((entry) => entry !== 0n);
    if (pivot >= 0) basis.push({ row, pivot });
  }
  const measure = spec.measures[0];
  const truth = (cell: DisclosedCell) => members(cell).reduce((sum, i) => sum + value[i], 0);
  return cells
    .filter((cell) => cell.withheld && members(cell).length > 0)
    .filter((cell) => reduce(vectorOf(cell)).every((entry) => entry === 0n))
    .map((cell) => ({ cell, derived: NaN, actual: truth(cell), how: `linear combination (${measure})` }));
}

function attack(spec: TableSpec, contributions: readonly Contribution[], cells: DisclosedCell[], policy: DisclosurePolicy): Exposure[] {
  return [...totalsMinusParts(spec, contributions, cells, policy), ...linearCombinations(spec, contributions, cells)];
}

/** The suppression partnerImpact used before: each cell on its own, totals always shown. */
function oneByOne(spec: TableSpec, contributions: readonly Contribution[], policy: DisclosurePolicy): DisclosedCell[] {
  return discloseTable(spec, contributions, { ...policy, minContributors: 1 }).map((cell) => {
    const inCell = contributions.filter((c) => Object.entries(cell.at).every(([d, v]) => c.at[d] === v));
    const figure = discloseFigure(inCell, spec.measures, policy);
    return { ...cell, ...figure };
  });
}

const SHAPES: { name: string; spec: TableSpec }[] = [
  { name: 'months', spec: { dimensions: ['month'], measures: ['hours'], cuts: [['month'], []] } },
  { name: 'months and types as margins (partnerImpact)', spec: MONTH_BY_TYPE },
  { name: 'months fixed beforehand, the year by type and in total (partnerImpact once the year has ended)', spec: { ...MONTH_BY_TYPE, fixedCuts: [0] } },
  { name: 'month × type with both margins', spec: { dimensions: ['month', 'type'], measures: ['hours'], cuts: [['month', 'type'], ['month'], ['type'], []] } },
  { name: 'three dimensions, two-way tables', spec: { dimensions: ['month', 'type', 'site'], measures: ['hours'], cuts: [['month', 'type'], ['type', 'site'], ['month'], ['site'], []] } },
];

function generate(spec: TableSpec, next: () => number): Contribution[] {
  const values: Record<string, string[]> = { month: ['01', '02', '03', '04', '05', '06'], type: ['prod', 'serv', 'mad'], site: ['A', 'B'] };
  const people = 2 + Math.floor(next() * 12);
  const records = 1 + Math.floor(next() * 30);
  const out: Contribution[] = [];
  for (let i = 0; i < records; i++) {
    const at = Object.fromEntries(spec.dimensions.map((d) => [d, values[d][Math.floor(next() * (2 + Math.floor(next() * (values[d].length - 1))))]]));
    out.push({ contributor: Math.floor(next() * people), at, values: { hours: Math.round(next() * 32) / 4 } });
  }
  return out;
}

describe('disclosure control: the attacker', () => {
  it("recovers a withheld month as total − visible months from the former one-by-one suppression", () => {
    // January: three people; February: one person, 4 h.
    const data = [work(1, '01', 'prod', 2), work(2, '01', 'prod', 3), work(3, '01', 'prod', 4), work(1, '02', 'prod', 4)];
    const exposures = attack(MONTH_BY_TYPE, data, oneByOne(MONTH_BY_TYPE, data, POLICY), POLICY);
    expect(exposures.map((e) => [e.cell.at, e.actual])).toContainEqual([{ month: '02' }, 4]);
    expect(exposures.find((e) => e.how.startsWith('cut'))?.derived).toBe(4);
  });

  it('breaks the one-by-one suppression on generated tables of every shape', () => {
    const next = random(20261201);
    const results: { name: string; broken: boolean }[] = [];
    for (const { name, spec } of SHAPES) {
      let broken = 0;
      for (let run = 0; run < 60; run++) {
        const data = generate(spec, next);
        if (attack(spec, data, oneByOne(spec, data, POLICY), POLICY).length > 0) broken++;
      }
      results.push({ name, broken: broken > 0 });
    }
    expect(results).toEqual(SHAPES.map(({ name }) => ({ name, broken: true })));
  });
});

describe('disclosure control: discloseTable', () => {
  it('withholds a second month and keeps the total when one month is too small', () => {
    const data = [work(1, '01', 'prod', 2), work(2, '01', 'prod', 3), work(3, '01', 'prod', 4), work(1, '02', 'prod', 4)];
    const cells = discloseTable(MONTH_BY_TYPE, data, POLICY);
    expect(find(cells, 0, { month: '02' })).toMatchObject({ withheld: true, reason: 'too_few_contributors', values: null, contributors: null });
    expect(find(cells, 0, { month: '01' })).toMatchObject({ withheld: true, reason: 'complementary', values: null, contributors: null });
    expect(find(cells, 2)).toMatchObject({ withheld: false, values: { hours: 13 }, contributors: 3 });
    expect(find(cells, 1, { type: 'prod' })).toMatchObject({ withheld: false, values: { hours: 13 }, contributors: 3 });
    expect(attack(MONTH_BY_TYPE, data, cells, POLICY)).toEqual([]);
  });

  it('withdraws margins, never a fixed month, when the months were published before', () => {
    const data = [work(1, '01', 'prod', 2), work(2, '01', 'prod', 3), work(3, '01', 'prod', 4), work(1, '02', 'prod', 4)];
    const spec = { ...MONTH_BY_TYPE, fixedCuts: [0] };
    const cells = discloseTable(spec, data, POLICY);
    expect(cells.map((c) => [c.at, c.values, c.reason])).toEqual([
      [{ month: '01' }, { hours: 9 }, null],
      [{ month: '02' }, null, 'too_few_contributors'],
      [{ type: 'prod' }, null, 'complementary'],
      [{}, null, 'complementary'],
    ]);
    expect(attack(spec, data, cells, POLICY)).toEqual([]);
  });

  it('counts distinct contributors in margins, publishes an empty total as 0, and withholds through the dominance rule', () => {
    const spec: TableSpec = { dimensions: ['month'], measures: ['hours'], cuts: [['month'], []] };
    expect(discloseTable(spec, [], POLICY)).toEqual([{ cut: 1, at: {}, values: { hours: 0 }, contributors: 0, withheld: false, reason: null }]);
    // The same three people in two months: each month 3, the year 3 (not 6).
    const data = [1, 2, 3].flatMap((p) => [work(p, '01', 'x', 5), work(p, '02', 'x', 5)]);
    const cells = discloseTable(spec, data, POLICY);
    expect(cells.map((c) => c.contributors)).toEqual([3, 3, 3]);
    // One person did 90 h of 100: dominated; the other month must then go too.
    const dominated = [work(1, '01', 'x', 90), work(2, '01', 'x', 5), work(3, '01', 'x', 5), ...[4, 5, 6].map((p) => work(p, '02', 'x', 10))];
    const policy = { ...POLICY, dominance: { measure: 'hours', maxShare: 0.85 } };
    const guarded = discloseTable(spec, dominated, policy);
    // The complement is the smallest cell at least as large as the dominated one: here the total.
    expect(guarded.map((c) => c.reason)).toEqual(['dominated', null, 'complementary']);
    expect(attack(spec, dominated, guarded, policy)).toEqual([]);
    expect(DEFAULT_POLICY).toMatchObject({ minContributors: 3, dominance: { measure: 'hours', maxShare: 0.85 } });
  });

  it('rounds published values to their base, deciding on exact ones', () => {
    expect([roundToBase(12.5, 5), roundToBase(12.49, 5), roundToBase(-7.5, 5), roundToBase(3.25, undefined), roundToBase(0.3, 0.1)]).toEqual([15, 10, -10, 3.25, 0.3]);
    const spec: TableSpec = { dimensions: ['month'], measures: ['hours', 'records'], cuts: [['month'], []] };
    const data = [1, 2, 3].map((p) => ({ contributor: p, at: { month: '01' }, values: { hours: 4.2, records: 1 } }));
    const [month] = discloseTable(spec, data, { ...POLICY, rounding: { hours: 5 } });
    expect(month.values).toEqual({ hours: 15, records: 3 });
  });

  it('refuses a contribution that lacks a dimension', () => {
    expect(() => discloseTable(MONTH_BY_TYPE, [{ contributor: 1, at: { month: '01' }, values: { hours: 1 } }], POLICY)).toThrow(/dimension type/);
  });

  it.each(SHAPES)('leaves no withheld cell derivable from the published ones: $name', ({ spec }) => {
    const next = random(spec.cuts.length * 7919 + spec.dimensions.length);
    const policies: DisclosurePolicy[] = [POLICY, { minContributors: 4, dominance: { measure: 'hours', maxShare: 0.7 }, rounding: { hours: 5 } }];
    let withheld = 0;
    for (let run = 0; run < 150; run++) {
      const data = generate(spec, next);
      const policy = policies[run % policies.length];
      const cells = discloseTable(spec, data, policy);
      withheld += cells.filter((c) => c.withheld).length;
      const exposures = attack(spec, data, cells, policy);
      expect({ run, exposures: exposures.map((e) => ({ at: e.cell.at, cut: e.cell.cut, how: e.how })) }).toEqual({ run, exposures: [] });
      // Cells of a fixed cut keep what the primary rule alone gave them (they were published before).
      for (const cell of cells.filter((c) => spec.fixedCuts?.includes(c.cut))) {
        const inCell = data.filter((c) => Object.entries(cell.at).every(([d, v]) => c.at[d] === v));
        expect(cell.withheld).toBe(discloseFigure(inCell, spec.measures, policy).withheld);
      }
      // Primary suppression holds: no published cell describes fewer contributors than the threshold.
      for (const cell of cells.filter((c) => !c.withheld && c.contributors! > 0)) expect(cell.contributors).toBeGreaterThanOrEqual(policy.minContributors);
    }
    expect(withheld).toBeGreaterThan(50);
  });
});

describe('disclosure control: single figures and periods', () => {
  it('publishes a lone figure only from enough contributors', () => {
    const line = (people: number[]) => people.map((p) => ({ contributor: p, values: { hours: 7 } }));
    expect(discloseFigure(line([1, 2, 3, 3]), ['hours'], POLICY)).toEqual({ values: { hours: 28 }, contributors: 3, withheld: false, reason: null });
    expect(discloseFigure(line([1, 2, 2]), ['hours'], POLICY)).toEqual({ values: null, contributors: null, withheld: true, reason: 'too_few_contributors' });
    expect(mayPublishFigure(line([1, 2]), ['hours'], POLICY)).toBe(false);
    expect(mayPublishFigure(line([1, 2, 3]), ['hours'], POLICY)).toBe(true);
    expect(mayPublishFigure([], ['hours'], POLICY)).toBe(true);
  });

  it('names the first day of the open period', () => {
    expect(closedBefore('2026-12-01', 'month')).toBe('2026-12-01');
    expect(closedBefore('2026-03-31', 'month')).toBe('2026-03-01');
    expect(closedBefore('2026-03-31', 'year')).toBe('2026-01-01');
  });
});
