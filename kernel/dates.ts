/** Calendar dates are 'YYYY-MM-DD' strings everywhere: no time zone can shift a document date. */

/** Today in France: document dates follow the French calendar, not UTC. */
export function todayInFrance(): string {
  return dateInFrance(new Date());
}

/** The French calendar date of an instant (a timestamp near midnight UTC belongs to the next or previous day in France). */
export function dateInFrance(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The last day of a period of `months` months starting on `start` (inclusive). Like PostgreSQL's
 * `date + interval 'n months'`, a day missing in the target month (31 → 30, 29 Feb) is clamped to
 * the month's last day before the day before is taken.
 */
export function lastDayOfPeriod(start: string, months: number): string {
  const [year, month, day] = start.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, daysInTarget) - 1);
  return target.toISOString().slice(0, 10);
}
