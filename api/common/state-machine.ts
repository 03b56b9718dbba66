import type { StateMachine } from '../../kernel/state-machine';
import { InvalidStateError } from '../../schema/error-results';

/** Null when the lifecycle allows the move, otherwise the InvalidStateError to return. */
export function checkTransition<S extends string>(lifecycle: StateMachine<S>, from: S, to: S): InvalidStateError | null {
  return lifecycle.canMove(from, to) ? null : new InvalidStateError(lifecycle.entity, from, to);
}
