"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.endOfMonth = endOfMonth;
exports.latestAgreedDueDate = latestAgreedDueDate;
const dates_1 = require("./dates");
/** The last day of the month of `date`. */
function endOfMonth(date) {
    const [year, month] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
/**
 * The latest due date an agreed term may give: the later of `maxDays` days after the invoice date and
 * the end of the month in which the `endOfMonthDays`-th day after it falls.
 */
function latestAgreedDueDate(issueDate, terms) {
    const days = (0, dates_1.addDays)(issueDate, terms.maxDays);
    const endOfMonthLimit = endOfMonth((0, dates_1.addDays)(issueDate, terms.endOfMonthDays));
    return days > endOfMonthLimit ? days : endOfMonthLimit;
}
//# sourceMappingURL=payment-terms.js.map