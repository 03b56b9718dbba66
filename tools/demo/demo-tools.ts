import { ibanWithChecksum } from '../../kernel/identity-numbers';
import { luhnValid } from '../../kernel/siren';
import { addDays } from '../../kernel/dates';
import { ServiceType } from '../../schema/enums';
import type { DemoOrder } from './demo-model';

/** Small deterministic helpers of the demo generator: a seeded random source and calendar arithmetic on YYYY-MM-DD days. */

/** mulberry32: a tiny, fast seeded generator; plenty for demo data, never for anything secret. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let rest = this.next() * weights.reduce((sum, weight) => sum + weight, 0);
    for (const [index, item] of items.entries()) {
      rest -= weights[index];
      if (rest < 0) return item;
    }
    return items[items.length - 1];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = 0; i < Math.min(count, pool.length); i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, count);
  }

  digits(count: number): string {
    let digits = '';
    for (let i = 0; i < count; i++) digits += String(this.int(0, 9));
    return digits;
  }
}

export { addDays, daysBetween } from '../../kernel/dates';
export { isWorkingDay } from '../../kernel/french-calendar';

/** Offices are closed at weekends: a Saturday or Sunday event happens on the Monday after. */
export function workingDayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

export function latest(dates: readonly string[]): string {
  return dates.reduce((max, date) => (date > max ? date : max));
}

export function byDate<T>(dateOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0);
}

/** Appends the digit that makes the number pass the Luhn check (SIREN, SIRET and FINESS keys). */
/**
 * A French IBAN from a bank, branch and account number: the RIB key (97 − (89 × bank + 15 × branch +
 * 3 × account) mod 97) completes the BBAN, the ISO 13616 check digits the IBAN.
 */
export function frenchIban(bank: string, branch: string, account: string): string {
  const ribKey = 97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return ibanWithChecksum('FR', `${bank}${branch}${account}${String(ribKey).padStart(2, '0')}`);
}

export function withLuhnKey(payload: string): string {
  for (let key = 0; key <= 9; key++) {
    if (luhnValid(`${payload}${key}`)) return `${payload}${key}`;
  }
  throw new Error(`no Luhn key completes ${payload}`);
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A quantity in thousandths written the French way: 1250 → "1,25". */
export function frenchQuantity(thousandths: number): string {
  const units = Math.trunc(thousandths / 1000);
  const decimals = String(thousandths % 1000).padStart(3, '0').replace(/0+$/, '');
  return decimals ? `${units},${decimals}` : String(units);
}

/** The Friday of the date's week (the date itself on a Friday; the next one at weekends). */
export function fridayOnOrAfter(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (5 - weekday + 7) % 7);
}

/** The last day of a period of `months` months starting on `start` (a 24-month MAD from 2026-03-01 ends 2028-02-29). */
export function lastDayOfPeriod(start: string, months: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export { scaled } from '../common/numeric-literal';

/** An order the workshops make goods for: one of its lines is production (the orders that get a production sheet). */
export function makesGoods(order: DemoOrder): boolean {
  return order.lines.some((line) => line.item.serviceType === ServiceType.PRODUCTION);
}
