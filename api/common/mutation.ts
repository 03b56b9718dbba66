import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context';
import { isErrorResult } from '../../schema/error-results';
import { beginAudit } from '../security/audit';

/**
 * Every mutation runs in its own savepoint of the request's transaction: it happens entirely, or —
 * when it throws or returns an error result — not at all. Loaders are reset afterwards so that the
 * result's fields are read fresh. Each one leaves a row in the audit log (api/security/audit.ts).
 */
const transactional: MiddlewareFn<RequestContext> = async ({ context, info, args }, next) => {
  const audit = await beginAudit(context, info, args);
  const result = await context.db.savepoint(() => next(), isErrorResult);
  context.resetLoaders();
  await audit.record(result);
  return result;
};

export function Transactional(): MethodDecorator {
  return UseMiddleware(transactional);
}
