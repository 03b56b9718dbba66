import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import type { Role } from '../../schema/enums';

/**
 * Individual figures (one beneficiary's month or week, an individual objective) are individual work
 * records in another shape: only the roles that read those (CAN.readWorkRecords) get them. The other
 * staff roles get the collective rows, withheld where a team is too small to hide a person.
 */
export function mayReadIndividualFigures(ctx: RequestContext): boolean {
  return ctx.user!.roles.some((role) => (CAN.readWorkRecords as readonly Role[]).includes(role));
}
