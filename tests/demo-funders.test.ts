import { useTestApp } from './support/test-server';
import { asMaintenance } from '../api/security/database-role';
import { driverClient, withDriverClient } from '../api/database/data-source';
import { loadDemoData } from '../tools/demo/demo-data';

/**
 * The funder side of the demo organisation tells the stories a funder report shows: leavers with a
 * destination, and one who came back under the droit au retour — present again, with a second stay
 * that the reporting views count (fct_funder_movement, fct_funder_beneficiary_year).
 */
const app = useTestApp();
const today = '2026-11-20';
let organizationId: string;

beforeAll(async () => {
  organizationId = String((await asMaintenance(app.dataSource, (runner) => loadDemoData(driverClient(runner), { check: false, today }))).organizationId);
});

async function asDemoViewer<Row>(sql: string, values: unknown[] = []): Promise<Row[]> {
  return withDriverClient(app.dataSource, async (client) => {
    await client.query('begin');
    try {
      await client.query(`select set_config('app.organization_id', $1, true)`, [organizationId]);
      return (await client.query(sql, values)).rows as Row[];
    } finally {
      await client.query('rollback');
    }
  });
}

describe('the demo organisation for funders', () => {
  it('has one return under the droit au retour, after an exit to ordinary employment', async () => {
    const movements = await asDemoViewer<{ beneficiary_id: string; kind: string; movement_date: string; exit_destination: string | null; right_to_return: boolean | null }>(
      `select beneficiary_id, kind, movement_date::text, exit_destination, right_to_return from reporting.fct_funder_movement where kind <> 'entry' order by beneficiary_id, movement_date`);
    const returns = movements.filter((row) => row.kind === 'return');
    expect(returns).toHaveLength(1);
    expect(returns[0].right_to_return).toBe(true);
    const exit = movements.find((row) => row.kind === 'exit' && row.beneficiary_id === returns[0].beneficiary_id)!;
    expect(exit.exit_destination).toBe('ordinary_employment');
    expect(returns[0].movement_date > exit.movement_date && returns[0].movement_date <= today).toBe(true);
    expect(movements.filter((row) => row.kind === 'exit').length).toBeGreaterThanOrEqual(3);

    // Present again: no exit date, a workshop assignment from the return, and the days of both stays.
    const [person] = await asDemoViewer<{ exit_date: string | null; assigned_from: string; present_days: number; entry_date: string }>(
      `select b.exit_date::text, b.entry_date::text,
              (select max(a.start_date)::text from beneficiary_assignment a where a.beneficiary_id = b.id) as assigned_from,
              (select sum(f.present_days)::int from reporting.fct_funder_beneficiary_year f where f.beneficiary_id = b.id and f.year = 2026) as present_days
         from beneficiary b where b.id = $1`, [returns[0].beneficiary_id]);
    expect(person.exit_date).toBeNull();
    expect(person.assigned_from).toBe(returns[0].movement_date);
    const day = (text: string) => Date.parse(`${text}T00:00:00Z`) / 86_400_000;
    const firstStay = day(exit.movement_date) - Math.max(day(person.entry_date), day('2026-01-01')) + 1;
    const secondStay = day('2026-12-31') - day(returns[0].movement_date) + 1;
    expect(person.present_days).toBe(firstStay + secondStay);
  });
});
