import type { RequestContext } from '../context';
import { requiredLegalParameter } from '../common/legal-parameters';
import { addDays } from '../../kernel/dates';
import { ChronologyError, LegalLimitError } from '../../schema/error-results';

/** The payment terms in force on an invoice date (dated legal parameters, Code de commerce L441-10). */
export interface PaymentTerms {
  /** Failing an agreed term: days after the delivery. */
  defaultDays: number;
  /** An agreed term: at most this many days from the invoice date… */
  maxDays: number;
  /** …or, when the contract says so, this many days end of month from the invoice date. */
  endOfMonthDays: number;
}

export async function paymentTermsOn(ctx: RequestContext, issueDate: string): Promise<PaymentTerms> {
  const [defaultDays, maxDays, endOfMonthDays] = await Promise.all(
    ['payment_term_default_days', 'payment_term_max_days', 'payment_term_max_days_end_of_month'].map((code) => requiredLegalParameter(ctx, code, issueDate)),
  );
  return { defaultDays, maxDays, endOfMonthDays };
}

export function endOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * The latest due date an agreed term may give: the later of `maxDays` days after the invoice date and
 * the end of the month in which the `endOfMonthDays`-th day after it falls.
 */
export function latestAgreedDueDate(issueDate: string, terms: PaymentTerms): string {
  const days = addDays(issueDate, terms.maxDays);
  const endOfMonthLimit = endOfMonth(addDays(issueDate, terms.endOfMonthDays));
  return days > endOfMonthLimit ? days : endOfMonthLimit;
}

/**
 * The due date an invoice gets when it is issued. A due date set on the draft is the agreed term: it
 * may not be before the invoice date nor after the legal maximum. Without one, the default term runs
 * from the latest delivery the invoice bills (an invoice issued after that term is due on its date).
 */
export async function dueDateOnIssue(
  ctx: RequestContext,
  invoice: { id: string | number; dueDate: string | null },
  issueDate: string,
): Promise<string | ChronologyError | LegalLimitError> {
  const terms = await paymentTermsOn(ctx, issueDate);
  if (invoice.dueDate !== null) {
    if (invoice.dueDate < issueDate) return new ChronologyError(`due date ${invoice.dueDate} is before the issue date ${issueDate}`);
    const latest = latestAgreedDueDate(issueDate, terms);
    if (invoice.dueDate > latest) {
      return new LegalLimitError(
        'payment_term_max_days',
        `due date ${invoice.dueDate} is beyond the legal maximum for an invoice dated ${issueDate}: ${terms.maxDays} days (${addDays(issueDate, terms.maxDays)}) ` +
          `or ${terms.endOfMonthDays} days end of month (${endOfMonth(addDays(issueDate, terms.endOfMonthDays))}), Code de commerce L441-10`,
      );
    }
    return invoice.dueDate;
  }
  const [{ delivered }] = await ctx.db.query<{ delivered: string }>(
    `select max(dn.delivery_date)::text as delivered
       from invoice_line il join delivery_note_line dl on dl.id = il.delivery_note_line_id join delivery_note dn on dn.id = dl.delivery_note_id
      where il.organization_id = $1 and il.invoice_id = $2`,
    [ctx.organizationId, invoice.id],
  );
  const byDefault = addDays(delivered ?? issueDate, terms.defaultDays);
  return byDefault > issueDate ? byDefault : issueDate;
}
