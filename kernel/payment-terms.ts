import { addDays } from './dates';

/** The payment terms in force on an invoice date (dated legal parameters, Code de commerce L441-10; docs/domain.md). */
export interface PaymentTerms {
  /** Failing an agreed term: days after the delivery. */
  defaultDays: number;
  /** An agreed term: at most this many days from the invoice date… */
  maxDays: number;
  /** …or, when the contract says so, this many days end of month from the invoice date. */
  endOfMonthDays: number;
}

/** The last day of the month of `date`. */
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
