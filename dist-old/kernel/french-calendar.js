"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.easterSunday = easterSunday;
exports.publicHolidays = publicHolidays;
exports.isWorkingDay = isWorkingDay;
const dates_1 = require("./dates");
/**
 * The French calendar of working days (docs/domain.md): public holidays computed from the year, Easter
 * by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), never typed in. The reporting layer's
 * reporting.dim_date computes the same days in SQL (reporting/02-views.sql).
 */
/** Easter Sunday of a year (anonymous Gregorian computus). */
function easterSunday(year) {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const holidayCache = new Map();
/** French public holidays of a year (jours fériés of the Code du travail, L3133-1). */
function publicHolidays(year) {
    let holidays = holidayCache.get(year);
    if (!holidays) {
        const easter = easterSunday(year);
        holidays = new Set([
            ...['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((day) => `${year}-${day}`),
            (0, dates_1.addDays)(easter, 1),
            (0, dates_1.addDays)(easter, 39),
            (0, dates_1.addDays)(easter, 50),
        ]);
        holidayCache.set(year, holidays);
    }
    return holidays;
}
/** Monday to Friday, public holidays excepted: the days workshops work. */
function isWorkingDay(date) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(date.slice(0, 4))).has(date);
}
//# sourceMappingURL=french-calendar.js.map