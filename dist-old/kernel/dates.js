"use strict";
/** Calendar dates are 'YYYY-MM-DD' strings everywhere: no time zone can shift a document date. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.todayInFrance = todayInFrance;
exports.dateInFrance = dateInFrance;
exports.daysBetween = daysBetween;
exports.addDays = addDays;
exports.lastDayOfPeriod = lastDayOfPeriod;
/** Today in France: document dates follow the French calendar, not UTC. */
function todayInFrance() {
    return dateInFrance(new Date());
}
/** The French calendar date of an instant (a timestamp near midnight UTC belongs to the next or previous day in France). */
function dateInFrance(at) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
/** Whole days from one date to another (negative when `to` is earlier). */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function addDays(date, days) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}
/**
 * The last day of a period of `months` months starting on `start` (inclusive). Like PostgreSQL's
 * `date + interval 'n months'`, a day missing in the target month (31 → 30, 29 Feb) is clamped to
 * the month's last day before the day before is taken.
 */
function lastDayOfPeriod(start, months) {
    const [year, month, day] = start.split('-').map(Number);
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, daysInTarget) - 1);
    return target.toISOString().slice(0, 10);
}
//# sourceMappingURL=dates.js.map