/**
 * A document lifecycle: the only place where a status may change, as a transition table. The API
 * turns a refused move into its error result (api/common/state-machine.ts, `checkTransition`).
 */
export class StateMachine<S extends string> {
  constructor(
    /** The document's name in messages ("quote", "production sheet"). */
    readonly entity: string,
    private readonly transitions: Readonly<Record<S, readonly S[]>>,
  ) {}

  canMove(from: S, to: S): boolean {
    return this.transitions[from]?.includes(to) ?? false;
  }
}
