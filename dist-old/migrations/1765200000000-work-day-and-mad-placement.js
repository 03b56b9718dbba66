"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkDayAndMadPlacement1765200000000 = void 0;
/**
 * Dated parameters of two rules of the work records and the MAD contracts:
 * - `contract_working_days_per_week`: the contract's daily hours are its weekly hours over this many
 *   days; a day above them is warned about (not refused). A product convention, not a rule of law.
 * - `mad_individual_break_months`: individual MAD contracts of a beneficiary with the same customer
 *   separated by less than this many months are one placement, whose whole length the 2-year limit
 *   (CASF R344-17, `mad_individual_max_months`) bounds. The text sets the limit, not how renewals count:
 *   the break is the product's choice.
 * And an index on a beneficiary's day within the organisation: the import probes it once per
 * beneficiary and day of the file (what the day holds, the records a row may repeat), recordWork once.
 * With the organisation leading, it matches the row-level-security condition too, so the planner
 * takes it over (organization_id, work_date) even before work_record has statistics (right after a
 * large import, when that index made re-sending 200 000 rows take two minutes).
 */
class WorkDayAndMadPlacement1765200000000 {
    constructor() {
        this.name = 'WorkDayAndMadPlacement1765200000000';
    }
    async up(q) {
        await q.query(`
      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('contract_working_days_per_week', '-infinity', null, 5, 'days',
         'Product convention: a contract''s weekly hours are spread over 5 working days (the usual week; Code du travail L3132-1 allows at most 6). Used to warn above the contract''s daily hours, never to refuse.'),
        ('mad_individual_break_months', '-infinity', null, 6, 'months',
         'Product choice: CASF R344-17 limits an individual mise à disposition to 2 years without saying how renewals count; individual contracts with the same customer less than 6 months apart are one placement, bounded as a whole.');
      create index work_record_beneficiary_day_idx on work_record (organization_id, beneficiary_id, work_date);
    `);
    }
    async down(q) {
        await q.query(`drop index if exists work_record_beneficiary_day_idx`);
        await q.query(`delete from legal_parameter where code in ('contract_working_days_per_week', 'mad_individual_break_months')`);
    }
}
exports.WorkDayAndMadPlacement1765200000000 = WorkDayAndMadPlacement1765200000000;
//# sourceMappingURL=1765200000000-work-day-and-mad-placement.js.map