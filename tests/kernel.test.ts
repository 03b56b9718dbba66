import { documentTotals, lineTotalHtCents, vatPercentToBp, divideRounded } from '../kernel/totals';
import { isValidSiren, isValidSiret } from '../kernel/siren';
import { addDays, daysBetween, lastDayOfPeriod } from '../kernel/dates';
import { endOfMonth, latestAgreedDueDate } from '../kernel/payment-terms';
import { easterSunday, isWorkingDay, publicHolidays } from '../kernel/french-calendar';
import { amountDueCents, invoiceLifecycle, InvoiceStatus, orderLifecycle, OrderStatus, settledInvoiceStatus } from '../kernel/lifecycles';
import { documentNumber, fiscalYearOf, isNumberedInDateOrder } from '../kernel/numbering';
import { inForceOn } from '../kernel/legal-parameters';
import { ubEquivalent } from '../kernel/oeth';

/** The pure rules of kernel/, without a database: each as a user of an invoice or a report would check it by hand. */

describe('money (kernel/totals.ts)', () => {
  it('rounds a line half away from zero to the cent, exactly in thousandths', () => {
    expect(lineTotalHtCents({ quantity: 0.005, unitPriceCents: 100 })).toBe(1); // 0.5 cent → 1
    expect(lineTotalHtCents({ quantity: 0.004, unitPriceCents: 100 })).toBe(0);
    expect(lineTotalHtCents({ quantity: -0.005, unitPriceCents: 100 })).toBe(-1);
    expect(lineTotalHtCents({ quantity: 3.333, unitPriceCents: 1999 })).toBe(6663); // 6662.667
    expect(divideRounded(-15n, 10n)).toBe(-2n);
  });

  it('computes one VAT amount per rate on the rate subtotal, highest rate first', () => {
    const totals = documentTotals([
      { quantity: 1, unitPriceCents: 1005, vatRateBp: 550 },
      { quantity: 1, unitPriceCents: 1005, vatRateBp: 550 },
      { quantity: 2, unitPriceCents: 1250, vatRateBp: 2000 },
    ]);
    // 5.5 % of 20.10 € = 1.1055 € → 1.11 € on the subtotal (two lines rounded apart would give 1.10 €).
    expect(totals.vatBreakdown).toEqual([
      { vatRateBp: 2000, vatRatePercent: 20, baseHtCents: 2500, vatCents: 500, totalTtcCents: 3000 },
      { vatRateBp: 550, vatRatePercent: 5.5, baseHtCents: 2010, vatCents: 111, totalTtcCents: 2121 },
    ]);
    expect(totals).toMatchObject({ totalHtCents: 4510, totalVatCents: 611, totalTtcCents: 5121 });
  });

  it('accepts the French VAT rates only', () => {
    expect([20, 10, 5.5, 2.1, 0].map(vatPercentToBp)).toEqual([2000, 1000, 550, 210, 0]);
    expect([19.6, 7, 5.55, -20].map(vatPercentToBp)).toEqual([null, null, null, null]);
  });
});

describe('SIREN and SIRET keys (kernel/siren.ts)', () => {
  it('checks the Luhn key', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
  });

  it("checks La Poste's SIRETs by their digit sum (a multiple of 5), its head office by Luhn", () => {
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000049837')).toBe(true); // digit sum 45, not a Luhn number
    expect(isValidSiret('35600000049838')).toBe(false);
  });
});

describe('calendar dates (kernel/dates.ts, kernel/payment-terms.ts)', () => {
  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('ends a period of months the day before its anniversary, clamped to the month', () => {
    expect(lastDayOfPeriod('2026-03-01', 24)).toBe('2028-02-29');
    expect(lastDayOfPeriod('2026-01-31', 1)).toBe('2026-02-27'); // 31 Jan + 1 month = 28 Feb, the day before
    expect(lastDayOfPeriod('2026-05-15', 6)).toBe('2026-11-14');
  });

  it('takes the later of 60 days and 45 days end of month as the latest agreed due date', () => {
    const terms = { defaultDays: 30, maxDays: 60, endOfMonthDays: 45 };
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(latestAgreedDueDate('2026-03-17', terms)).toBe('2026-05-31'); // 45 days → 1 May, end of May; 60 days → 16 May
    expect(latestAgreedDueDate('2026-01-31', terms)).toBe('2026-04-01'); // 60 days → 1 Apr; 45 days → 17 Mar, end of March
  });
});

describe('the French calendar (kernel/french-calendar.ts)', () => {
  it('computes Easter', () => {
    expect([2008, 2024, 2025, 2026, 2038].map(easterSunday)).toEqual(['2008-03-23', '2024-03-31', '2025-04-20', '2026-04-05', '2038-04-25']);
  });

  it('has the eleven public holidays, those after Easter computed', () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
    expect(publicHolidays(2008).size).toBe(10); // Ascension fell on 1 May
  });

  it('works Monday to Friday, public holidays excepted', () => {
    expect(['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-07'].map(isWorkingDay)).toEqual([true, false, false, false, true]);
  });
});

describe('lifecycles (kernel/lifecycles.ts)', () => {
  it('allows only the moves of the transition tables', () => {
    expect(invoiceLifecycle.canMove(InvoiceStatus.DRAFT, InvoiceStatus.ISSUED)).toBe(true);
    expect(invoiceLifecycle.canMove(InvoiceStatus.DRAFT, InvoiceStatus.PAID)).toBe(false);
    expect(invoiceLifecycle.canMove(InvoiceStatus.CANCELLED, InvoiceStatus.ISSUED)).toBe(false);
    expect(orderLifecycle.canMove(OrderStatus.DELIVERED, OrderStatus.CANCELLED)).toBe(false);
  });

  it('settles an issued invoice by what was paid and credited on it', () => {
    expect(settledInvoiceStatus(12000, 0, 0)).toBe(InvoiceStatus.ISSUED);
    expect(settledInvoiceStatus(12000, 5000, 0)).toBe(InvoiceStatus.PARTIALLY_PAID);
    expect(settledInvoiceStatus(12000, 7000, 5000)).toBe(InvoiceStatus.PAID);
    expect(settledInvoiceStatus(12000, 0, 12000)).toBe(InvoiceStatus.CANCELLED);
    expect(amountDueCents({ status: InvoiceStatus.ISSUED, totalTtcCents: 12000 }, { paidCents: 5000, creditedCents: 2000 })).toBe(5000);
    expect(amountDueCents({ status: InvoiceStatus.DRAFT, totalTtcCents: 12000 }, { paidCents: 0, creditedCents: 0 })).toBe(0);
    expect(amountDueCents({ status: InvoiceStatus.PAID, totalTtcCents: 12000 }, { paidCents: 12000, creditedCents: 2000 })).toBe(0);
  });
});

describe('document numbers (kernel/numbering.ts)', () => {
  it('prints prefix, establishment, year and a five-digit sequence', () => {
    expect(documentNumber('invoice', 'ESAT-LYON', fiscalYearOf('2026-03-17'), 42)).toBe('FAC-ESAT-LYON-2026-00042');
    expect(documentNumber('mad_contract', 'EA', 2027, 123456)).toBe('MAD-EA-2027-123456');
  });

  it('numbers invoices and credit notes in date order, other documents as they come', () => {
    expect((['invoice', 'credit_note', 'quote', 'order', 'delivery_note', 'production_sheet', 'mad_contract'] as const).filter(isNumberedInDateOrder)).toEqual([
      'invoice',
      'credit_note',
    ]);
  });
});

describe('legal parameters and OETH figures (kernel/legal-parameters.ts, kernel/oeth.ts)', () => {
  it('reads a row in force from its first to its last day, open-ended without one', () => {
    expect(inForceOn('p', '$2::date')).toBe('p.valid_from <= $2::date and (p.valid_to is null or p.valid_to >= $2::date)');
  });

  it('divides the MAD labour cost by 1 600 × SMIC and the rest by 2 000 × SMIC', () => {
    const divisors = { smicHourlyCents: 1202, hours: 2000, madHours: 1600 };
    expect(ubEquivalent({ madCents: 1600 * 1202, otherCents: 1000 * 1202 }, divisors)).toBe(1.5);
    expect(ubEquivalent({ madCents: 0, otherCents: 1_000_000 }, divisors)).toBe(0.416); // 0.41597…
    expect(ubEquivalent({ madCents: 1, otherCents: 1 }, { ...divisors, smicHourlyCents: null })).toBeNull();
  });
});
