"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkTransition = checkTransition;
const error_results_1 = require("../../schema/error-results");
/** Null when the lifecycle allows the move, otherwise the InvalidStateError to return. */
function checkTransition(lifecycle, from, to) {
    return lifecycle.canMove(from, to) ? null : new error_results_1.InvalidStateError(lifecycle.entity, from, to);
}
//# sourceMappingURL=state-machine.js.map