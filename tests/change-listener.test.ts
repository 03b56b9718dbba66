import pg from 'pg';
import { ChangeListener } from '../api/database/change-listener';
import { createLogger } from '../api/logger';

/**
 * What one API process hears of the others (api/database/change-listener.ts). A notification reaches a
 * listener a little after the commit that sent it: `caughtUp` is how a process makes sure it has
 * heard every write notified before a request arrived (the read-your-writes rule of read replicas).
 */

const CHANNEL = `ub_test_listener_${process.pid}`;
let sender: pg.Client;
let listener: ChangeListener;
const heard: string[] = [];

beforeAll(async () => {
  const connectionString = process.env.UB_TEST_ADMIN_URL!;
  sender = new pg.Client({ connectionString });
  await sender.connect();
  listener = new ChangeListener({ connectionString }, { [CHANNEL]: (payload) => heard.push(payload) }, () => undefined, createLogger('silent'));
  await listener.start();
});

afterAll(async () => {
  await listener.stop();
  await sender.end();
});

it('once caughtUp resolves, every notification committed before the call has been handed to its handler', async () => {
  let missedBeforeWaiting = 0;
  for (let i = 0; i < 200; i++) {
    await sender.query(`select pg_notify($1, $2)`, [CHANNEL, String(i)]);
    if (!heard.includes(String(i))) missedBeforeWaiting++;
    expect(await listener.caughtUp()).toBe(true);
    expect(heard).toContain(String(i));
  }
  // The gap it closes is real: right after the commit, notifications had often not arrived yet (most, on a quiet machine).
  expect(missedBeforeWaiting).toBeGreaterThan(0);
});

it('callers at the same moment share round trips, and each still sees what was sent before its call', async () => {
  await sender.query(`select pg_notify($1, 'shared')`, [CHANNEL]);
  const waits = Array.from({ length: 50 }, () => listener.caughtUp());
  expect(await Promise.all(waits)).toEqual(Array(50).fill(true));
  expect(heard).toContain('shared');
});

it('a listener that is not listening says so: the caller must not trust what it has heard', async () => {
  const stopped = new ChangeListener({ connectionString: process.env.UB_TEST_ADMIN_URL! }, { [CHANNEL]: () => undefined }, () => undefined, createLogger('silent'));
  await stopped.start();
  await stopped.stop();
  expect(await stopped.caughtUp()).toBe(false);
});
