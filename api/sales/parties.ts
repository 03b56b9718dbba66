import type { RequestContext } from '../context';
import { NotFoundError } from '../../schema/error-results';
import { parseId } from '../common/errors';
import type { Establishment } from '../../schema/entities/organization.entity';
import type { Customer } from '../../schema/entities/customer.entity';
import { customerById } from './sales.loaders';
import { establishmentById } from '../organization/organization.loaders';

/** The establishment and customer a new document names, or the NotFoundError for the one missing. */
export async function loadParties(
  ctx: RequestContext,
  input: { establishmentId: string; customerId: string },
): Promise<{ establishment: Establishment; customer: Customer } | NotFoundError> {
  const [establishment, customer] = await Promise.all([
    establishmentById(ctx).load(parseId(input.establishmentId, 'establishmentId')),
    customerById(ctx).load(parseId(input.customerId, 'customerId')),
  ]);
  if (!establishment) return new NotFoundError('establishmentId', 'Establishment');
  if (!customer) return new NotFoundError('customerId', 'Customer');
  return { establishment, customer };
}
