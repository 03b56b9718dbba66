"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORK_DAY_SQL = exports.contractDailyHoursSql = exports.workingDaysJoin = exports.lockSql = exports.lockKeySql = exports.WORK_DAY_LOCK_SPACE = exports.MAX_HOURS_PER_DAY = void 0;
exports.lockBeneficiary = lockBeneficiary;
exports.checkWorkDay = checkWorkDay;
exports.workDayWarnings = workDayWarnings;
const legal_parameters_1 = require("../../kernel/legal-parameters");
const error_results_1 = require("../../schema/error-results");
const production_entity_1 = require("../../schema/entities/production.entity");
const enums_1 = require("../../schema/enums");
/**
 * The rules of a beneficiary's work day, shared by recordWork, correctWorkRecord and the CSV import.
 * The day is every work record of the person on that date, recorded or validated, corrections
 * included (they hold differences, so the day is a plain sum).
 */
/** A day has 24 hours: more recorded work for one person on one date is a mistake, refused. */
exports.MAX_HOURS_PER_DAY = 24;
/**
 * Writers of a beneficiary's work serialise on this transaction-level advisory lock (one per
 * beneficiary, all dates: an import may hold hundreds, never one per day), so that two concurrent
 * writes cannot both pass the 24-hour check on the same day. The id is folded into the lock's
 * 32-bit key; two beneficiaries sharing a key merely wait for each other.
 */
exports.WORK_DAY_LOCK_SPACE = 0x574b4459;
const lockKeySql = (beneficiaryId) => `(${beneficiaryId} % 2147483647)::int`;
exports.lockKeySql = lockKeySql;
const lockSql = (key, space = exports.WORK_DAY_LOCK_SPACE) => `pg_advisory_xact_lock(${space}, ${key})`;
exports.lockSql = lockSql;
/** Takes the beneficiary's lock in `space` (the work-day one unless told) until the transaction ends. */
async function lockBeneficiary(ctx, beneficiaryId, space = exports.WORK_DAY_LOCK_SPACE) {
    await ctx.db.query(`select ${(0, exports.lockSql)((0, exports.lockKeySql)('$1::bigint'), space)}`, [beneficiaryId]);
}
/**
 * The dated number of working days a contract's weekly hours are spread over, joined as `p` for the
 * date `date` (a left join: without a parameter in force there is no daily figure, hence no warning).
 */
const workingDaysJoin = (date) => `left join legal_parameter p on p.code = 'contract_working_days_per_week' and ${(0, legal_parameters_1.inForceOn)('p', date)}`;
exports.workingDaysJoin = workingDaysJoin;
/** The contract's daily hours of beneficiary `b` (with workingDaysJoin): weekly hours / working days, to the hundredth. */
const contractDailyHoursSql = (b) => `round(${b}.weekly_hours / p.value, 2)`;
exports.contractDailyHoursSql = contractDailyHoursSql;
/**
 * Refuses `addedHours` more on the beneficiary's day when it would pass 24 hours. Takes the
 * beneficiary's lock first (held until the transaction ends). A write that lowers the day always goes.
 */
async function checkWorkDay(ctx, beneficiary, workDate, addedHours) {
    await lockBeneficiary(ctx, beneficiary.id);
    const [day] = await ctx.db.query(`select coalesce(sum(hours), 0)::float8 as recorded, (coalesce(sum(hours), 0) + $4::numeric)::float8 as total
       from work_record where organization_id = $1 and beneficiary_id = $2 and work_date = $3::date`, [ctx.organizationId, beneficiary.id, workDate, addedHours]);
    if (addedHours <= 0 || day.total <= exports.MAX_HOURS_PER_DAY)
        return null;
    return new error_results_1.WorkDayLimitError(beneficiary.matricule, workDate, day.recorded, day.total, exports.MAX_HOURS_PER_DAY);
}
exports.WORK_DAY_SQL = `
  select d.beneficiary_id::text || '|' || d.work_date::text as key, b.matricule, coalesce(sum(w.hours), 0)::float8 as hours,
         ${(0, exports.contractDailyHoursSql)('b')}::float8 as "dailyHours", b.weekly_hours::float8 as "weeklyHours", p.value::float8 as "workingDays"
    from (select distinct * from unnest($2::bigint[], $3::date[]) as u (beneficiary_id, work_date)) d
    join beneficiary b on b.organization_id = $1 and b.id = d.beneficiary_id
    ${(0, exports.workingDaysJoin)('d.work_date')}
    left join work_record w on w.organization_id = $1 and w.beneficiary_id = d.beneficiary_id and w.work_date = d.work_date
   group by d.beneficiary_id, d.work_date, b.id, p.value`;
/** Above the contract's daily hours: a warning, never a refusal (overtime happens; the supervisor checks). */
function workDayWarnings(day, workDate) {
    if (!day || day.dailyHours === null || day.hours <= day.dailyHours)
        return [];
    return [
        Object.assign(new production_entity_1.WorkWarning(), {
            code: enums_1.WorkWarningCode.ABOVE_CONTRACT_DAILY_HOURS,
            message: `beneficiary ${day.matricule} has ${day.hours} h of work recorded on ${workDate}, above the contract's ${day.dailyHours} h a day ` +
                `(${day.weeklyHours} h a week over ${day.workingDays} days)`,
        }),
    ];
}
//# sourceMappingURL=work-day.js.map