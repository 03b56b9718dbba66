import { scaled } from '../tools/common/numeric-literal';
import { documentTotals, lineTotalHtCents, type DocumentTotals } from '../kernel/totals';
import {
  ACTIVITIES_PER_WORKSHOP, ALLOCATIONS_PER_LINE, END_DAY, LINES_PER_ORDER, WORK_GROUPS_PER_WORKSHOP, WORKSHOPS_PER_ESTABLISHMENT, type Scale,
} from './scale';

/**
 * The benchmark organisation as pure functions of row indexes: every value is a hash of its row's
 * index and a field number, so each table can be written on its own, in any order, and two runs give
 * the same rows. Ids are index + 1; children of an order (delivery note, invoice, payment) take the
 * order's id, and their lines the order line's id, so that no table needs another's ids in memory.
 */

/** A 32-bit hash of (index, field): murmur3's finaliser over both. */
export function hash(index: number, field: number): number {
  let h = (Math.imul(index | 0, 0x9e3779b1) ^ Math.imul((field + 1) | 0, 0x85ebca77) ^ Math.imul((index / 4294967296) | 0, 0xc2b2ae3d)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A quantity in thousandths as the numeric literal PostgreSQL stores exactly. */
export const thousandths = (value: number): string => scaled(value, 3);

/** A value in hundredths (hours) as a numeric literal. */
export const hundredths = (value: number): string => scaled(value, 2);

const DAY_MS = 86_400_000;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

export type OrderStatus = 'confirmed' | 'in_production' | 'delivered' | 'invoiced' | 'closed' | 'cancelled';
export type InvoiceStatus = 'issued' | 'partially_paid' | 'paid';

export interface CatalogItemRow {
  index: number;
  establishment: number;
  code: string;
  label: string;
  unit: string;
  unitPriceCents: number;
  vatRateBp: number;
  activity: string;
  serviceType: string;
  materialsCents: number;
  subcontractingCents: number;
  intermediateConsumptionCents: number;
  sellingCostsCents: number;
}

export interface LineRow {
  /** Global index of the line: its id is index + 1. */
  index: number;
  position: number;
  item: CatalogItemRow;
  /** Thousandths. */
  quantity: number;
  totalHtCents: number;
}

export interface OrderRow {
  index: number;
  establishment: number;
  customer: number;
  day: number;
  status: OrderStatus;
  lines: LineRow[];
  totals: DocumentTotals;
  invoiceStatus: InvoiceStatus | null;
}

const ACTIVITIES = [
  ['Conditionnement', 'production', 'pièce'],
  ['Espaces verts', 'prestation_de_service', 'heure'],
  ['Blanchisserie', 'prestation_de_service', 'kg'],
  ['Restauration', 'production', 'repas'],
  ['Menuiserie', 'production', 'pièce'],
  ['Nettoyage de locaux', 'prestation_en_entreprise', 'heure'],
  ['Mise à disposition', 'mise_a_disposition', 'heure'],
  ['Numérisation', 'prestation_de_service', 'lot'],
] as const;
const VAT_RATES = [2000, 2000, 2000, 1000, 550, 2000, 0, 2000];
const PAYMENT_METHODS = ['transfer', 'check', 'card', 'transfer', 'direct_debit'];
const LETTERS = 'ABCDEFGHIJKLMNOPRSTVY';

export class BenchModel {
  readonly lines: number;
  readonly catalogItems: number;
  /** Day 0 is the first day of the period; dates are precomputed from 6 years before it to 2 months after. */
  private readonly dayOffset = 6 * 366;
  private readonly dates: string[] = [];
  private readonly catalog: CatalogItemRow[] = [];

  constructor(readonly scale: Scale) {
    this.lines = scale.orders * LINES_PER_ORDER;
    this.catalogItems = scale.establishments * scale.catalogItemsPerEstablishment;
    if (scale.orders % 2 !== 0) throw new Error('the order count must be even (lines are spread in pairs)');
    const first = Date.parse(`${END_DAY}T00:00:00Z`) - (scale.days - 1) * DAY_MS;
    for (let day = -this.dayOffset; day < scale.days + 60; day++) this.dates.push(new Date(first + day * DAY_MS).toISOString().slice(0, 10));
    for (let index = 0; index < this.catalogItems; index++) this.catalog.push(this.makeCatalogItem(index));
  }

  date(day: number): string {
    return this.dates[day + this.dayOffset];
  }

  year(day: number): number {
    return Number(this.date(day).slice(0, 4));
  }

  // Organisation structure ----------------------------------------------------------------------

  establishmentKind(e: number): 'esat' | 'ea' {
    return e % 4 === 3 ? 'ea' : 'esat';
  }

  establishmentCode(e: number): string {
    return `${this.establishmentKind(e).toUpperCase()}-${pad(e + 1, 2)}`;
  }

  siret(kind: number, index: number): string {
    return pad((hash(index, 900 + kind) % 900_000_000) + 100_000_000, 9) + pad(hash(index, 950 + kind) % 100_000, 5);
  }

  /** User 1 is the organisation's admin; user e + 2 supervises establishment e. */
  supervisorId(e: number): number {
    return e + 2;
  }

  workshopId(e: number, w: number): number {
    return e * WORKSHOPS_PER_ESTABLISHMENT + w + 1;
  }

  workGroupId(workshopId: number, g: number): number {
    return (workshopId - 1) * WORK_GROUPS_PER_WORKSHOP + g + 1;
  }

  activityId(workshopId: number, a: number): number {
    return (workshopId - 1) * ACTIVITIES_PER_WORKSHOP + a + 1;
  }

  /** Beneficiary b belongs to establishment b mod E. */
  beneficiaryEstablishment(b: number): number {
    return b % this.scale.establishments;
  }

  /** The k-th beneficiary (mod the establishment's headcount) of establishment e. */
  beneficiaryOf(e: number, k: number): number {
    const perEstablishment = Math.floor(this.scale.beneficiaries / this.scale.establishments);
    return e + this.scale.establishments * (k % perEstablishment);
  }

  matricule(b: number): string {
    return `M${pad(b + 1, 6)}`;
  }

  initials(b: number): string {
    return LETTERS[hash(b, 30) % LETTERS.length] + LETTERS[hash(b, 31) % LETTERS.length];
  }

  /** Working time 0.5 to 1.0, in thousandths. */
  workingTimeRatio(b: number): number {
    return 500 + (hash(b, 20) % 6) * 100;
  }

  /** Contract hours a week (35 h × working time), a numeric literal. */
  weeklyHours(b: number): string {
    return hundredths((35 * this.workingTimeRatio(b)) / 10);
  }

  /** One in fifty entered during the last year of the period; the others up to 2 000 days before it. */
  entryDay(b: number): number {
    return b % 50 === 3 ? this.scale.days - 1 - (hash(b, 23) % 330) : -1 - (hash(b, 21) % 2000);
  }

  /** One in forty (none of those entered in the last year) left during the last 300 days; null for the others. */
  exitDay(b: number): number | null {
    return b % 40 === 7 && b % 50 !== 3 ? this.scale.days - 1 - (hash(b, 22) % 300) : null;
  }

  /** The four quarters of objectives: those of the last year of the period (first and last day). */
  objectiveQuarters(): [string, string][] {
    const year = this.year(this.scale.days - 1);
    return [[1, 3], [4, 6], [7, 9], [10, 12]].map(([from, to]) => {
      const last = new Date(Date.UTC(year, to, 0)).toISOString().slice(0, 10);
      return [`${year}-${pad(from, 2)}-01`, last];
    });
  }

  /** The workshop of order o's production sheet: one of its establishment's. */
  sheetWorkshop(order: OrderRow): number {
    return this.workshopId(order.establishment, hash(order.index, 16) % WORKSHOPS_PER_ESTABLISHMENT);
  }

  // Catalog ---------------------------------------------------------------------------------------

  private makeCatalogItem(index: number): CatalogItemRow {
    const e = Math.floor(index / this.scale.catalogItemsPerEstablishment);
    const [activity, serviceType, unit] = ACTIVITIES[hash(index, 40) % ACTIVITIES.length];
    const unitPriceCents = unit === 'heure' ? 1800 + (hash(index, 41) % 2500) : 50 + (hash(index, 41) % 20_000);
    const materialsCents = serviceType === 'production' ? Math.floor(unitPriceCents * (hash(index, 43) % 30) / 100) : 0;
    return {
      index,
      establishment: e,
      code: `ART-${pad(e + 1, 2)}-${pad(index % this.scale.catalogItemsPerEstablishment + 1, 4)}`,
      label: `${activity} — article ${index + 1}`,
      unit,
      unitPriceCents,
      vatRateBp: VAT_RATES[hash(index, 42) % VAT_RATES.length],
      activity,
      serviceType,
      materialsCents,
      subcontractingCents: hash(index, 44) % 4 === 0 ? Math.floor(unitPriceCents / 10) : 0,
      intermediateConsumptionCents: Math.floor(unitPriceCents * (hash(index, 45) % 8) / 100),
      sellingCostsCents: Math.floor(unitPriceCents * (hash(index, 46) % 5) / 100),
    };
  }

  catalogItem(index: number): CatalogItemRow {
    return this.catalog[index];
  }

  // Orders and their lines ------------------------------------------------------------------------

  /** Lines of order o: orders go in pairs (5 + d, 5 − d), so the total is exactly 5 per order. */
  lineCount(o: number): number {
    const d = (hash(o >> 1, 1) % 9) - 4;
    return o % 2 === 0 ? LINES_PER_ORDER + d : LINES_PER_ORDER - d;
  }

  lineStart(o: number): number {
    const pairStart = (o >> 1) * 2 * LINES_PER_ORDER;
    return o % 2 === 0 ? pairStart : pairStart + this.lineCount(o - 1);
  }

  /** Allocations of line l, in pairs (2 + d, 2 − d). */
  allocationCount(l: number): number {
    const d = (hash(l >> 1, 2) % 3) - 1;
    return l % 2 === 0 ? ALLOCATIONS_PER_LINE + d : ALLOCATIONS_PER_LINE - d;
  }

  allocationStart(l: number): number {
    const pairStart = (l >> 1) * 2 * ALLOCATIONS_PER_LINE;
    return l % 2 === 0 ? pairStart : pairStart + this.allocationCount(l - 1);
  }

  /** Work records of line l, in pairs (n + d, n − d) with d up to 60% of n. */
  workRecordCount(l: number): number {
    const n = this.scale.workRecordsPerLine;
    const spread = Math.floor(n * 0.6);
    const d = (hash(l >> 1, 3) % (2 * spread + 1)) - spread;
    return l % 2 === 0 ? n + d : n - d;
  }

  workRecordStart(l: number): number {
    const n = this.scale.workRecordsPerLine;
    const pairStart = (l >> 1) * 2 * n;
    return l % 2 === 0 ? pairStart : pairStart + this.workRecordCount(l - 1);
  }

  /** The beneficiary of allocation j of line l (of an order of establishment e). */
  allocatedBeneficiary(e: number, l: number, j: number): number {
    return this.beneficiaryOf(e, hash(l, 10 + j));
  }

  /**
   * Order o, dated so that ids follow dates. Its status follows its age: the last 20 days are still
   * confirmed or in production, then delivered, invoiced (issued or partly paid) and, after 90 days,
   * closed with a paid invoice; 2% of the older ones were cancelled before any delivery.
   */
  order(o: number): OrderRow {
    const { orders, establishments, customers, days } = this.scale;
    const e = hash(o, 4) % establishments;
    const day = Math.floor((o * days) / orders);
    const age = days - 1 - day;
    let status: OrderStatus;
    if (age < 20) status = hash(o, 5) % 2 ? 'confirmed' : 'in_production';
    else if (hash(o, 6) % 100 < 2) status = 'cancelled';
    else if (age < 40) status = 'delivered';
    else if (age < 90) status = 'invoiced';
    else status = 'closed';
    const start = this.lineStart(o);
    const lines: LineRow[] = [];
    for (let p = 0; p < this.lineCount(o); p++) {
      const index = start + p;
      const item = this.catalog[e * this.scale.catalogItemsPerEstablishment + (hash(index, 7) % this.scale.catalogItemsPerEstablishment)];
      const quantity = item.unit === 'heure' ? (1 + (hash(index, 8) % 80)) * 250 : (1 + (hash(index, 8) % 400)) * 500;
      lines.push({ index, position: p + 1, item, quantity, totalHtCents: lineTotalHtCents({ quantity: quantity / 1000, unitPriceCents: item.unitPriceCents }) });
    }
    const totals = documentTotals(lines.map((line) => ({ quantity: line.quantity / 1000, unitPriceCents: line.item.unitPriceCents, vatRateBp: line.item.vatRateBp })));
    const invoiceStatus: InvoiceStatus | null =
      status === 'closed' ? 'paid' : status === 'invoiced' ? (hash(o, 9) % 2 && totals.totalTtcCents >= 2 ? 'partially_paid' : 'issued') : null;
    return { index: o, establishment: e, customer: hash(o, 11) % customers, day, status, lines, totals, invoiceStatus };
  }

  hasDelivery(order: OrderRow): boolean {
    return order.status === 'delivered' || order.status === 'invoiced' || order.status === 'closed';
  }

  static readonly DELIVERY_AFTER_DAYS = 10;
  static readonly INVOICE_AFTER_DAYS = 14;
  static readonly PAYMENT_TERMS_DAYS = 30;

  paymentMethod(o: number): string {
    return PAYMENT_METHODS[hash(o, 12) % PAYMENT_METHODS.length];
  }
}

/** Per (establishment, year) counters of a numbered document, in date order (ids follow dates). */
export class Numbering {
  private readonly counters = new Map<string, { establishment: number; year: number; last: number; lastDate: string }>();

  next(establishment: number, year: number, date: string): number {
    const key = `${establishment}|${year}`;
    let counter = this.counters.get(key);
    if (!counter) this.counters.set(key, (counter = { establishment, year, last: 0, lastDate: date }));
    counter.last++;
    counter.lastDate = date;
    return counter.last;
  }

  entries() {
    return [...this.counters.values()];
  }

  /** Starts again from nothing (the next organisation numbers its documents from 1). */
  reset(): void {
    this.counters.clear();
  }
}
