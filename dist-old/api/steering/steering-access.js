"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mayReadIndividualFigures = mayReadIndividualFigures;
const roles_1 = require("../../kernel/roles");
/**
 * Individual figures (one beneficiary's month or week, an individual objective) are individual work
 * records in another shape: only the roles that read those (CAN.readWorkRecords) get them. The other
 * staff roles get the collective rows, withheld where a team is too small to hide a person.
 */
function mayReadIndividualFigures(ctx) {
    return ctx.user.roles.some((role) => roles_1.CAN.readWorkRecords.includes(role));
}
//# sourceMappingURL=steering-access.js.map