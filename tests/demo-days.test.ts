import type { DataSource } from 'typeorm';
import { createDataSource, driverClient } from '../api/database/data-source';
import { loadDemoData } from '../tools/demo/demo-data';
import { templateCopy } from './support/test-server';

/**
 * `npm start` builds the demo year ending on the day it runs, and loading it checks the rules the
 * application relies on (tools/demo/demo-checks.ts) and refuses to start when one is broken. Other
 * tests load it for today only, so a day on which the generator breaks a rule surfaces as a CI run
 * that fails on that day. These days are loaded with the checks on, each in a transaction rolled
 * back: the days on which a rule was once broken, and one day in each season of a year. Each holds
 * what the README's examples pick from the demo (a production sheet in progress).
 */
const DAYS_ONCE_BROKEN = [
  // An EA week so overbooked that a delivered line of 29 000 pieces got no hours at all.
  '2026-12-03', // also: no production order in production
  // A day after today: its rows were stamped no later than the real now, which put corrections
  // before the validation of what they correct.
  '2027-07-30',
  // No production order open (the last one ordered long delivered): the README's walkthrough found
  // no production sheet in progress to import work on.
  '2027-03-02',
];
const SEASONS = ['2026-05-29', '2027-01-04', '2027-04-15', '2027-10-01'];

let owner: DataSource;
let database: Awaited<ReturnType<typeof templateCopy>>;

beforeAll(async () => {
  database = await templateCopy('ub_test_demo_days');
  owner = createDataSource(database.url, { poolSize: 1 });
  await owner.initialize();
});

afterAll(async () => {
  await owner?.destroy();
  await database?.drop();
});

describe('the demo data, built for a given day', () => {
  it.each([...DAYS_ONCE_BROKEN, ...SEASONS])('keeps every rule the loader checks when it ends on %s', async (today) => {
    const runner = owner.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`select set_config('app.maintenance', 'on', true)`);
      const summary = await loadDemoData(driverClient(runner), { today });
      expect(summary.today).toBe(today);
      expect(summary.work_record).toBeGreaterThan(1000);
      // What the README's walkthrough picks: a production sheet in progress, with a task.
      const [open] = await runner.query(
        `select count(distinct s.id)::int as sheets from production_sheet s join production_task t on t.production_sheet_id = s.id where s.status = 'in_progress'`,
      );
      expect({ today, sheetsInProgress: open.sheets > 0 }).toEqual({ today, sheetsInProgress: true });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }, 120_000);
});
