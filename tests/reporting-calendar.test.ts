import { useTestApp } from './support/test-server';

/**
 * The calendar dimension `reporting.dim_date` (reporting/02-views.sql): one row per day, with French
 * public holidays computed, never typed in — Easter by the anonymous Gregorian algorithm and the
 * holidays that follow it.
 */

const app = useTestApp();

describe('reporting.dim_date', () => {
  it('computes Easter Sunday for known years', async () => {
    // Published dates of Easter Sunday (Gregorian calendar).
    const known: Record<number, string> = {
      1961: '1961-04-02', 2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24', 2016: '2016-03-27', 2019: '2019-04-21',
      2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2038: '2038-04-25', 2285: '2285-03-22',
    };
    const rows = await app.sql<{ year: number; easter: string }>(
      `select y as year, reporting_engine.easter_sunday(y)::text as easter from unnest($1::int[]) y order by y`,
      [Object.keys(known).map(Number)],
    );
    expect(Object.fromEntries(rows.map((row) => [row.year, row.easter]))).toEqual(known);
  });

  it('lists the French public holidays of a year, with Alsace-Moselle\'s two extra days flagged apart', async () => {
    const rows = await app.sql<{ date: string; public_holiday: string | null; alsace_moselle_holiday: string | null; is_working_day: boolean; is_working_day_alsace_moselle: boolean }>(
      `select date::text, public_holiday, alsace_moselle_holiday, is_working_day, is_working_day_alsace_moselle
         from reporting.dim_date where year = 2026 and (is_public_holiday or alsace_moselle_holiday is not null) order by date`,
    );
    expect(rows.map((row) => [row.date, row.public_holiday ?? row.alsace_moselle_holiday])).toEqual([
      ['2026-01-01', 'Jour de l\'an'],
      ['2026-04-03', 'Vendredi saint'],
      ['2026-04-06', 'Lundi de Pâques'],
      ['2026-05-01', 'Fête du travail'],
      ['2026-05-08', 'Victoire 1945'],
      ['2026-05-14', 'Ascension'],
      ['2026-05-25', 'Lundi de Pentecôte'],
      ['2026-07-14', 'Fête nationale'],
      ['2026-08-15', 'Assomption'],
      ['2026-11-01', 'Toussaint'],
      ['2026-11-11', 'Armistice 1918'],
      ['2026-12-25', 'Noël'],
      ['2026-12-26', 'Saint-Étienne'],
    ]);
    // Good Friday (a Friday) is a working day in the rest of France, not in Alsace-Moselle.
    expect(rows[1]).toMatchObject({ public_holiday: null, is_working_day: true, is_working_day_alsace_moselle: false });
    expect(rows.filter((row) => row.public_holiday !== null).every((row) => !row.is_working_day && !row.is_working_day_alsace_moselle)).toBe(true);
    // Eleven national holidays every year, whatever the date of Easter.
    const perYear = await app.sql<{ year: number; holidays: number; working_days: number }>(
      `select year, count(*) filter (where is_public_holiday)::int as holidays, count(*) filter (where is_working_day)::int as working_days
         from reporting.dim_date group by year order by year`,
    );
    expect(perYear.map((row) => row.year)).toEqual(Array.from({ length: 26 }, (_, index) => 2015 + index));
    expect(perYear.every((row) => row.holidays === 11)).toBe(true);
    // 2026: 261 weekdays, 9 holidays on a weekday (15 Aug is a Saturday, 1 Nov a Sunday).
    expect(perYear.find((row) => row.year === 2026)!.working_days).toBe(261 - 9);
  });

  it('gives ISO weeks, months, quarters and French labels, one row per day', async () => {
    const [count] = await app.sql<{ days: number; distinct_days: number; nulls: number }>(
      `select count(*)::int as days, count(distinct date)::int as distinct_days, count(*) filter (where date is null)::int as nulls from reporting.dim_date`,
    );
    expect(count).toEqual({ days: 9497, distinct_days: 9497, nulls: 0 });
    const rows = await app.sql(
      `select date::text, iso_year, iso_week, week::text, month::text, year, quarter, month_label_fr, day_label_fr, week_label, is_weekend
         from reporting.dim_date where date in ('2024-12-30', '2027-01-03', '2026-08-15') order by date`,
    );
    expect(rows).toEqual([
      { date: '2024-12-30', iso_year: 2025, iso_week: 1, week: '2024-12-30', month: '2024-12-01', year: 2024, quarter: 4, month_label_fr: 'décembre', day_label_fr: 'lundi', week_label: '2025-W01', is_weekend: false },
      { date: '2026-08-15', iso_year: 2026, iso_week: 33, week: '2026-08-10', month: '2026-08-01', year: 2026, quarter: 3, month_label_fr: 'août', day_label_fr: 'samedi', week_label: '2026-W33', is_weekend: true },
      { date: '2027-01-03', iso_year: 2026, iso_week: 53, week: '2026-12-28', month: '2027-01-01', year: 2027, quarter: 1, month_label_fr: 'janvier', day_label_fr: 'dimanche', week_label: '2026-W53', is_weekend: true },
    ]);
  });
});
