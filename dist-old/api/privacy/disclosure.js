"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_POLICY = void 0;
exports.roundToBase = roundToBase;
exports.discloseFigure = discloseFigure;
exports.mayPublishFigure = mayPublishFigure;
exports.discloseSubset = discloseSubset;
exports.discloseTable = discloseTable;
exports.closedBefore = closedBefore;
/** The privacy threshold's default (DOMAIN: k-anonymity, 3) and the dominance share used by outsider figures. */
exports.DEFAULT_POLICY = { minContributors: 3, dominance: { measure: 'hours', maxShare: 0.85 }, rounding: {} };
const keyOf = (dimensions, at) => JSON.stringify(dimensions.map((dimension) => at[dimension]));
function addTo(target, measures, values) {
    for (const measure of measures)
        target[measure] = (target[measure] ?? 0) + (values[measure] ?? 0);
}
function zeros(measures) {
    return Object.fromEntries(measures.map((measure) => [measure, 0]));
}
/** The primary rule for one group of contributions: null when it may be published. */
function primaryReason(byContributor, totals, policy) {
    if (byContributor.size === 0)
        return null;
    if (byContributor.size < policy.minContributors)
        return 'too_few_contributors';
    if (policy.dominance) {
        const { measure, maxShare } = policy.dominance;
        const total = totals[measure] ?? 0;
        if (total > 0) {
            let largest = 0;
            for (const values of byContributor.values())
                largest = Math.max(largest, values[measure] ?? 0);
            if (largest > maxShare * total)
                return 'dominated';
        }
    }
    return null;
}
/** Rounds to the nearest multiple of `base`, half away from zero; exact when base is absent or 0. */
function roundToBase(value, base) {
    if (!base)
        return value;
    const multiple = Math.sign(value) * Math.round(Math.abs(value) / base) * base;
    return Number(multiple.toFixed(6)) + 0;
}
function published(totals, contributors, reason, policy) {
    if (reason)
        return { values: null, contributors: null, withheld: true, reason };
    const values = Object.fromEntries(Object.entries(totals).map(([measure, value]) => [measure, roundToBase(value, policy.rounding[measure])]));
    return { values, contributors, withheld: false, reason: null };
}
function groupByContributor(contributions, measures) {
    const byContributor = new Map();
    const totals = zeros(measures);
    for (const contribution of contributions) {
        const key = String(contribution.contributor);
        let values = byContributor.get(key);
        if (!values)
            byContributor.set(key, (values = zeros(measures)));
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
function discloseFigure(contributions, measures, policy) {
    const { byContributor, totals } = groupByContributor(contributions, measures);
    return published(totals, byContributor.size, primaryReason(byContributor, totals, policy), policy);
}
/** Whether a single figure drawn from these contributions may be shown to an outsider. */
function mayPublishFigure(contributions, measures, policy) {
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
function discloseSubset(subset, population, measures, policy) {
    const figure = discloseFigure(subset, measures, policy);
    if (figure.withheld)
        return figure;
    const inSubset = new Set(subset.map((contribution) => String(contribution.contributor)));
    const rest = new Set(population.map(String).filter((contributor) => !inSubset.has(contributor))).size;
    if (rest > 0 && rest < policy.minContributors)
        return { values: null, contributors: null, withheld: true, reason: 'complementary' };
    return figure;
}
/**
 * Linear span of the published cells, over the finest cells, with each basis row's expression as a
 * combination of published cells: `derivation` tells which published cells a withheld one is
 * computed from, or null when it cannot be.
 */
class Span {
    constructor(size) {
        this.size = size;
        this.rows = [];
    }
    reduce(vector, combo) {
        for (const row of this.rows) {
            const factor = vector[row.pivot];
            if (Math.abs(factor) < 1e-9)
                continue;
            for (let i = 0; i < this.size; i++)
                vector[i] -= factor * row.vector[i];
            for (const [cell, coefficient] of row.combo)
                combo.set(cell, (combo.get(cell) ?? 0) - factor * coefficient);
        }
    }
    add(members, cell) {
        const vector = new Float64Array(this.size);
        for (const member of members)
            vector[member] = 1;
        const combo = new Map([[cell, 1]]);
        this.reduce(vector, combo);
        let pivot = -1;
        for (let i = 0; i < this.size; i++)
            if (Math.abs(vector[i]) > 1e-9 && (pivot < 0 || Math.abs(vector[i]) > Math.abs(vector[pivot])))
                pivot = i;
        if (pivot < 0)
            return;
        const scale = vector[pivot];
        for (let i = 0; i < this.size; i++)
            vector[i] /= scale;
        for (const [key, coefficient] of combo)
            combo.set(key, coefficient / scale);
        for (const row of this.rows) {
            const factor = row.vector[pivot];
            if (Math.abs(factor) < 1e-9)
                continue;
            for (let i = 0; i < this.size; i++)
                row.vector[i] -= factor * vector[i];
            for (const [key, coefficient] of combo)
                row.combo.set(key, (row.combo.get(key) ?? 0) - factor * coefficient);
        }
        this.rows.push({ vector, combo, pivot });
    }
    /** The published cells (with a non-zero coefficient) a vector is a combination of, or null. */
    derivation(members) {
        const vector = new Float64Array(this.size);
        for (const member of members)
            vector[member] = 1;
        const combo = new Map();
        this.reduce(vector, combo);
        if (vector.some((value) => Math.abs(value) > 1e-9))
            return null;
        return [...combo].filter(([, coefficient]) => Math.abs(coefficient) > 1e-9).map(([cell]) => cell);
    }
}
function buildCells(spec, contributions) {
    const finest = new Map();
    const cells = [];
    const index = new Map();
    // The grand total is always published, even over no contributions (then 0).
    spec.cuts.forEach((cut, cutIndex) => {
        if (cut.length > 0)
            return;
        const total = { cut: cutIndex, at: {}, totals: zeros(spec.measures), byContributor: new Map(), members: [], reason: null };
        cells.push(total);
        index.set(`${cutIndex}:[]`, total);
    });
    for (const contribution of contributions) {
        for (const dimension of spec.dimensions) {
            if (contribution.at[dimension] === undefined)
                throw new Error(`a contribution has no value for the dimension ${dimension}`);
        }
        const finestKey = keyOf(spec.dimensions, contribution.at);
        let member = finest.get(finestKey);
        if (member === undefined)
            finest.set(finestKey, (member = finest.size));
        spec.cuts.forEach((cut, cutIndex) => {
            const key = `${cutIndex}:${keyOf(cut, contribution.at)}`;
            let cell = index.get(key);
            if (!cell) {
                cell = { cut: cutIndex, at: Object.fromEntries(cut.map((dimension) => [dimension, contribution.at[dimension]])), totals: zeros(spec.measures), byContributor: new Map(), members: [], reason: null };
                cells.push(cell);
                index.set(key, cell);
            }
            if (!cell.members.includes(member))
                cell.members.push(member);
            addTo(cell.totals, spec.measures, contribution.values);
            const contributor = String(contribution.contributor);
            let values = cell.byContributor.get(contributor);
            if (!values)
                cell.byContributor.set(contributor, (values = zeros(spec.measures)));
            addTo(values, spec.measures, contribution.values);
        });
    }
    return cells;
}
/**
 * Primary and complementary suppression over the cells of every cut (each cut's cells for the
 * coordinates that have contributions; the grand total always). See the rules above.
 */
function discloseTable(spec, contributions, policy) {
    const cells = buildCells(spec, contributions);
    const finestCount = new Set(cells.flatMap((cell) => cell.members)).size;
    const elsewhere = spec.publishedElsewhere;
    const settled = (cell) => !!elsewhere?.cuts.includes(cell.cut);
    for (const cell of cells) {
        cell.reason = settled(cell) ? (elsewhere.withheld(cell.cut, cell.at) ? 'complementary' : null) : primaryReason(cell.byContributor, cell.totals, policy);
    }
    const weigh = (cell) => Math.abs(cell.totals[spec.measures[0]] ?? 0);
    for (;;) {
        const span = new Span(finestCount);
        cells.forEach((cell, i) => {
            if (!cell.reason)
                span.add(cell.members, i);
        });
        let exposed;
        for (const cell of cells) {
            if (!cell.reason)
                continue;
            const from = span.derivation(cell.members);
            if (from) {
                exposed = { cell, from };
                break;
            }
        }
        if (!exposed)
            break;
        const target = weigh(exposed.cell);
        const candidates = exposed.from.map((i) => cells[i]).filter((cell) => cell.byContributor.size > 0 && !spec.fixedCuts?.includes(cell.cut) && !settled(cell));
        const covering = candidates.filter((cell) => weigh(cell) >= target).sort((a, b) => weigh(a) - weigh(b));
        const chosen = covering[0] ?? candidates.sort((a, b) => weigh(b) - weigh(a))[0];
        // Only fixed cells and known zeros derive it: nothing may be withdrawn. A table whose fixed cuts
        // determine each other's cells is a caller's error (fixed cuts must be disjoint groupings).
        if (!chosen)
            throw new Error('disclosure: a withheld cell is determined by fixed cuts alone');
        chosen.reason = 'complementary';
    }
    cells.sort((a, b) => a.cut - b.cut);
    return cells.map((cell) => ({ cut: cell.cut, at: cell.at, ...published(cell.totals, cell.byContributor.size, cell.reason, policy) }));
}
/**
 * The first day of the open period on `today` ('YYYY-MM-DD'): outsiders see only what lies before it
 * (work dated before the first day of the current month, or of the current year for annual figures).
 */
function closedBefore(today, grain) {
    return grain === 'month' ? `${today.slice(0, 7)}-01` : `${today.slice(0, 4)}-01-01`;
}
//# sourceMappingURL=disclosure.js.map