import type { RequestContext } from '../context';
import { requiredLegalParameter } from '../common/legal-parameters';
import { addDays } from '../../kernel/dates';
import { endOfMonth, latestAgreedDueDate, type PaymentTerms } from '../../kernel/payment-terms';
import { ChronologyError, LegalLimitError } from '../../schema/error-results';

/** The terms in force on `issueDate`, read from the dated legal parameters (the rules on them: kernel/payment-terms.ts). */
export async function paymentTermsOn(ctx: RequestContext, issueDate: string): Promise<PaymentTerms> {
  const [defaultDays, maxDays, endOfMonthDays] = await Promise.all(
    (['payment_term_default_days', 'payment_term_max_days', 'payment_term_max_days_end_of_month'] as const).map((code) => requiredLegalParameter(ctx, code, issueDate)),
  );
  return { defaultDays, maxDays, endOfMonthDays };
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
