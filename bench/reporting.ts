import fs from 'node:fs';
import { projectPath } from '../api/config';
import type { ResultSet } from './results';

/**
 * Figure 4, the reporting layer (issue 4): full rebuild time of each aggregate, time until 1 000 new
 * work records are visible in the aggregates, and ten typical Power BI questions, p50 and p99, on the
 * aggregates and on the base tables. The layer does not exist yet (reporting/ holds no SQL): until it
 * does, each figure is listed as not built. When it lands, `measureReporting` fills them in from
 * reporting/*.sql and the refresh job, on the same bench database.
 */

const NOT_BUILT = 'n/a (reporting layer not built)';

/** The ten questions, in words; their SQL comes with the reporting layer. */
export const POWER_BI_QUESTIONS = [
  'monthly hours by workshop over 3 years',
  'top 20 customers by labour cost',
  "a quarter's utilization heatmap (beneficiary × week)",
  'revenue by establishment and month',
  'hours per activity and service type, year to date',
  'rejected quantity rate by workshop and month',
  'beneficiaries active per month and establishment',
  'invoiced vs paid by customer and quarter',
  'average hourly value added by catalog item',
  'MAD hours by customer and month',
];

export function reportingLayerExists(): boolean {
  const dir = projectPath('reporting');
  return fs.existsSync(dir) && fs.readdirSync(dir).some((file) => file.endsWith('.sql'));
}

export function measureReporting(results: ResultSet): void {
  results.section(
    '4',
    'Reporting (Power BI layer)',
    'Aggregates of the reporting schema on the bench data set: full rebuild of each; 1 000 new work records inserted then polled until the aggregates show them; ' +
      `ten Power BI questions (${POWER_BI_QUESTIONS.slice(0, 3).join('; ')}; …) run 50 times each on the aggregates and on the base tables.`,
  );
  const note = reportingLayerExists() ? 'n/a (reporting SQL present but not wired into the bench yet)' : NOT_BUILT;
  results.unavailable('4', 'rebuild', 'full rebuild of the aggregates', 's', note);
  results.unavailable('4', 'freshness', '1 000 new work records visible after', 's', note, { op: '<=', value: 5 });
  results.unavailable('4', 'questionsAggregatesP99', 'ten questions on aggregates, worst p99', 'ms', note, { op: '<', value: 50 });
  results.unavailable('4', 'questionsBaseP99', 'ten questions on base tables, worst p99', 'ms', note);
}
