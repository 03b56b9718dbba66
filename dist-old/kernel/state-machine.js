"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateMachine = void 0;
/**
 * A document lifecycle: the only place where a status may change, as a transition table. The API
 * turns a refused move into its error result (api/common/state-machine.ts, `checkTransition`).
 */
class StateMachine {
    constructor(
    /** The document's name in messages ("quote", "production sheet"). */
    entity, transitions) {
        this.entity = entity;
        this.transitions = transitions;
    }
    canMove(from, to) {
        return this.transitions[from]?.includes(to) ?? false;
    }
}
exports.StateMachine = StateMachine;
//# sourceMappingURL=state-machine.js.map