import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

/** The kinds of health data whose every read is traced (CNIL délibération 2021-028). */
export type HealthDataKind = 'identity' | 'medico_social_note' | 'work_record' | 'parcours' | 'contract';

/**
 * What the trace needs of a request's context: where it collects the beneficiaries read (the
 * request context's HealthReads, written to the audit log at the request's end: api/security/audit.ts).
 */
interface HealthReadsHolder {
  readonly healthReads: { add(kind: HealthDataKind, beneficiaryId: unknown): void };
}

const present = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  const items = (result as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : [];
}

/**
 * Traces the read of a field holding health data. `beneficiary`: the field is the beneficiary's own
 * (its contract details, identity, notes, parcours), recorded when it holds something (`always` for
 * contract details, whose absence — no exit date — is itself a fact). `rows`: the field returns rows
 * of that kind (work records), each recorded under its beneficiary.
 */
export function TraceHealthRead(kind: HealthDataKind, from: 'beneficiary' | 'always' | 'rows') {
  const trace: MiddlewareFn<HealthReadsHolder> = async ({ root, context }, next) => {
    const result = await next();
    if (from === 'rows') for (const row of rowsOf(result)) context.healthReads.add(kind, (row as { beneficiaryId?: unknown }).beneficiaryId);
    else if (from === 'always' || present(result)) context.healthReads.add(kind, (root as { id?: unknown }).id);
    return result;
  };
  return UseMiddleware(trace);
}
