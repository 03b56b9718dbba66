import { InvalidStateError } from '../../schema/error-results';

/**
 * A document lifecycle: the only place where a status may change. `to` returns the error result to
 * hand back when the transition is not in the table.
 */
export class StateMachine<S extends string> {
  constructor(
    private readonly entity: string,
    private readonly transitions: Readonly<Record<S, readonly S[]>>,
  ) {}

  canMove(from: S, to: S): boolean {
    return this.transitions[from]?.includes(to) ?? false;
  }

  /** Null when allowed, otherwise the InvalidStateError to return. */
  check(from: S, to: S): InvalidStateError | null {
    return this.canMove(from, to) ? null : new InvalidStateError(this.entity, from, to);
  }
}
