"use strict";
/**
 * Rules of law are dated data: rows of `legal_parameter` (code, valid_from, valid_to, value, unit,
 * source), never constants in the code (docs/domain.md). These are the codes the rules read, and how
 * a row is in force on a date; api/common/legal-parameters.ts reads them from the database.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.inForceOn = inForceOn;
/**
 * The SQL condition that the `legal_parameter` row aliased `p` is in force on the SQL date `date`:
 * its validity runs from `valid_from` to `valid_to` inclusive, open-ended when `valid_to` is null.
 */
function inForceOn(p, date) {
    return `${p}.valid_from <= ${date} and (${p}.valid_to is null or ${p}.valid_to >= ${date})`;
}
//# sourceMappingURL=legal-parameters.js.map