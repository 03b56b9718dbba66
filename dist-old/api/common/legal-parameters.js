"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.legalParameterOn = legalParameterOn;
exports.requiredLegalParameter = requiredLegalParameter;
const legal_parameters_1 = require("../../kernel/legal-parameters");
/**
 * Rules of law are dated data (legal_parameter, docs/domain.md): the value of a parameter on a date, or
 * null when none is in force then.
 */
async function legalParameterOn(ctx, code, date) {
    const [row] = await ctx.db.query(`select value from legal_parameter p where p.code = $1 and ${(0, legal_parameters_1.inForceOn)('p', '$2::date')}`, [code, date]);
    return row ? Number(row.value) : null;
}
/** The same, for a parameter the rule cannot do without: missing is a configuration error. */
async function requiredLegalParameter(ctx, code, date) {
    const value = await legalParameterOn(ctx, code, date);
    if (value === null)
        throw new Error(`legal parameter ${code} has no value on ${date}`);
    return value;
}
//# sourceMappingURL=legal-parameters.js.map