import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dated parameters of two rules of the work records and the MAD contracts:
 * - `contract_working_days_per_week`: the contract's daily hours are its weekly hours over this many
 *   days; a day above them is warned about (not refused). A product convention, not a rule of law.
 * - `mad_individual_break_months`: individual MAD contracts of a beneficiary with the same customer
 *   separated by less than this many months are one placement, whose whole length the 2-year limit
 *   (CASF R344-17, `mad_individual_max_months`) bounds. The text sets the limit, not how renewals count:
 *   the break is the product's choice.
 */
export class WorkDayAndMadPlacement1765200000000 implements MigrationInterface {
  name = 'WorkDayAndMadPlacement1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('contract_working_days_per_week', '-infinity', null, 5, 'days',
         'Product convention: a contract''s weekly hours are spread over 5 working days (the usual week; Code du travail L3132-1 allows at most 6). Used to warn above the contract''s daily hours, never to refuse.'),
        ('mad_individual_break_months', '-infinity', null, 6, 'months',
         'Product choice: CASF R344-17 limits an individual mise à disposition to 2 years without saying how renewals count; individual contracts with the same customer less than 6 months apart are one placement, bounded as a whole.');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from legal_parameter where code in ('contract_working_days_per_week', 'mad_individual_break_months')`);
  }
}
