import type { RequestDb } from '../database/request-db';
import { inForceOn, type LegalParameterCode } from '../../kernel/legal-parameters';

/**
 * Rules of law are dated data (legal_parameter, docs/domain.md): the value of a parameter on a date, or
 * null when none is in force then.
 */
export async function legalParameterOn(ctx: { readonly db: Pick<RequestDb, 'query'> }, code: LegalParameterCode, date: string): Promise<number | null> {
  const [row] = await ctx.db.query<{ value: number }>(
    `select value from legal_parameter p where p.code = $1 and ${inForceOn('p', '$2::date')}`,
    [code, date],
  );
  return row ? Number(row.value) : null;
}

/** The same, for a parameter the rule cannot do without: missing is a configuration error. */
export async function requiredLegalParameter(ctx: { readonly db: Pick<RequestDb, 'query'> }, code: LegalParameterCode, date: string): Promise<number> {
  const value = await legalParameterOn(ctx, code, date);
  if (value === null) throw new Error(`legal parameter ${code} has no value on ${date}`);
  return value;
}
