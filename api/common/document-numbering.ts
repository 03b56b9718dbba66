import type { RequestContext } from '../context';
import { ChronologyError } from '../../schema/error-results';
import { documentNumber, fiscalYearOf, isNumberedInDateOrder, type NumberedDocument } from '../../kernel/numbering';

export interface AssignedNumber {
  number: string;
  fiscalYear: number;
  sequenceNumber: number;
}

/**
 * Hands out the next number of an establishment's sequence for the document's year, e.g.
 * FAC-ESAT-LYON-2026-00042. The counter row is updated in the caller's transaction, so concurrent
 * issuers queue on its row lock and a rollback returns the number: the sequence has no gap and no
 * duplicate. Invoice and credit-note dates must not go backwards within their sequence, nor behind a
 * later year's sequence of the establishment.
 */
export async function nextDocumentNumber(
  ctx: RequestContext,
  type: NumberedDocument,
  establishment: { id: string | number; code: string },
  date: string,
): Promise<AssignedNumber | ChronologyError> {
  const numbers = await nextDocumentNumbers(ctx, type, establishment, date, 1);
  return numbers instanceof ChronologyError ? numbers : numbers[0];
}

/**
 * The next `count` numbers of the sequence at once (a batch issuing many documents of an
 * establishment in one transaction), consecutive: the same counter row and lock as one number.
 */
export async function nextDocumentNumbers(
  ctx: RequestContext,
  type: NumberedDocument,
  establishment: { id: string | number; code: string },
  date: string,
  count: number,
): Promise<AssignedNumber[] | ChronologyError> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`a count of numbers is a positive integer, not ${count}`);
  const fiscalYear = fiscalYearOf(date);
  const [row] = await ctx.db.query<{ lastValue: number; lastDate: string; laterYearDate: string | null }>(
    `with bumped as (
       insert into document_sequence as s (organization_id, establishment_id, document_type, fiscal_year, last_value, last_date)
       values ($1, $2, $3, $4, $6, $5::date)
       on conflict (establishment_id, document_type, fiscal_year)
         do update set last_value = s.last_value + $6, last_date = greatest(s.last_date, excluded.last_date)
       returning last_value, last_date)
     select last_value as "lastValue", last_date::text as "lastDate",
            (select max(o.last_date)::text from document_sequence o
              where o.establishment_id = $2 and o.document_type = $3 and o.fiscal_year > $4) as "laterYearDate"
       from bumped`,
    [ctx.organizationId, establishment.id, type, fiscalYear, date, count],
  );
  // last_date keeps the latest date numbered so far (read after the row lock was obtained, so
  // concurrent issuers see each other); a later date than ours means we would go back in time —
  // within the year's sequence, or across years when a later year's sequence is already open.
  if (isNumberedInDateOrder(type) && (row.lastDate > date || row.laterYearDate !== null)) {
    const last = row.laterYearDate ?? row.lastDate;
    return new ChronologyError(`${type.replace('_', ' ')} date ${date} is earlier than the last one numbered by this establishment (${last})`);
  }
  return Array.from({ length: count }, (_, index) => {
    const sequenceNumber = row.lastValue - count + 1 + index;
    return { number: documentNumber(type, establishment.code, fiscalYear, sequenceNumber), fiscalYear, sequenceNumber };
  });
}
