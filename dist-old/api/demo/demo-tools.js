"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isWorkingDay = exports.daysBetween = exports.addDays = exports.Random = void 0;
exports.workingDayFrom = workingDayFrom;
exports.latest = latest;
exports.byDate = byDate;
exports.frenchIban = frenchIban;
exports.withLuhnKey = withLuhnKey;
exports.slug = slug;
exports.frenchQuantity = frenchQuantity;
exports.fridayOnOrAfter = fridayOnOrAfter;
exports.lastDayOfPeriod = lastDayOfPeriod;
exports.scaled = scaled;
const identity_numbers_1 = require("../../kernel/identity-numbers");
const siren_1 = require("../../kernel/siren");
const dates_1 = require("../../kernel/dates");
/** Small deterministic helpers of the demo generator: a seeded random source and calendar arithmetic on YYYY-MM-DD days. */
/** mulberry32: a tiny, fast seeded generator; plenty for demo data, never for anything secret. */
class Random {
    constructor(seed) {
        this.state = seed >>> 0;
    }
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    int(min, max) {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    chance(probability) {
        return this.next() < probability;
    }
    pick(items) {
        return items[Math.floor(this.next() * items.length)];
    }
    weighted(items, weights) {
        let rest = this.next() * weights.reduce((sum, weight) => sum + weight, 0);
        for (const [index, item] of items.entries()) {
            rest -= weights[index];
            if (rest < 0)
                return item;
        }
        return items[items.length - 1];
    }
    /** `count` distinct items, in random order. */
    sample(items, count) {
        const pool = [...items];
        for (let i = 0; i < Math.min(count, pool.length); i++) {
            const j = i + Math.floor(this.next() * (pool.length - i));
            [pool[i], pool[j]] = [pool[j], pool[i]];
        }
        return pool.slice(0, count);
    }
    digits(count) {
        let digits = '';
        for (let i = 0; i < count; i++)
            digits += String(this.int(0, 9));
        return digits;
    }
}
exports.Random = Random;
var dates_2 = require("../../kernel/dates");
Object.defineProperty(exports, "addDays", { enumerable: true, get: function () { return dates_2.addDays; } });
Object.defineProperty(exports, "daysBetween", { enumerable: true, get: function () { return dates_2.daysBetween; } });
var french_calendar_1 = require("../../kernel/french-calendar");
Object.defineProperty(exports, "isWorkingDay", { enumerable: true, get: function () { return french_calendar_1.isWorkingDay; } });
/** Offices are closed at weekends: a Saturday or Sunday event happens on the Monday after. */
function workingDayFrom(date) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday === 6 ? (0, dates_1.addDays)(date, 2) : weekday === 0 ? (0, dates_1.addDays)(date, 1) : date;
}
function latest(dates) {
    return dates.reduce((max, date) => (date > max ? date : max));
}
function byDate(dateOf) {
    return (a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0);
}
/** Appends the digit that makes the number pass the Luhn check (SIREN, SIRET and FINESS keys). */
/**
 * A French IBAN from a bank, branch and account number: the RIB key (97 − (89 × bank + 15 × branch +
 * 3 × account) mod 97) completes the BBAN, the ISO 13616 check digits the IBAN.
 */
function frenchIban(bank, branch, account) {
    const ribKey = 97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
    return (0, identity_numbers_1.ibanWithChecksum)('FR', `${bank}${branch}${account}${String(ribKey).padStart(2, '0')}`);
}
function withLuhnKey(payload) {
    for (let key = 0; key <= 9; key++) {
        if ((0, siren_1.luhnValid)(`${payload}${key}`))
            return `${payload}${key}`;
    }
    throw new Error(`no Luhn key completes ${payload}`);
}
function slug(text) {
    return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}
/** A quantity in thousandths written the French way: 1250 → "1,25". */
function frenchQuantity(thousandths) {
    const units = Math.trunc(thousandths / 1000);
    const decimals = String(thousandths % 1000).padStart(3, '0').replace(/0+$/, '');
    return decimals ? `${units},${decimals}` : String(units);
}
/** The Friday of the date's week (the date itself on a Friday; the next one at weekends). */
function fridayOnOrAfter(date) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return (0, dates_1.addDays)(date, (5 - weekday + 7) % 7);
}
/** The last day of a period of `months` months starting on `start` (a 24-month MAD from 2026-03-01 ends 2028-02-29). */
function lastDayOfPeriod(start, months) {
    const date = new Date(`${start}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + months);
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
}
/** An integer count of 1/10^scale units as the exact numeric literal, signs included: (-150, 2) → "-1.50". */
function scaled(value, scale) {
    const sign = value < 0 ? '-' : '';
    const magnitude = Math.abs(value);
    const unit = 10 ** scale;
    return `${sign}${Math.trunc(magnitude / unit)}.${String(magnitude % unit).padStart(scale, '0')}`;
}
//# sourceMappingURL=demo-tools.js.map