/**
 * Rules of law are dated data: rows of `legal_parameter` (code, valid_from, valid_to, value, unit,
 * source), never constants in the code (docs/domain.md). These are the codes the rules read, and how
 * a row is in force on a date; api/common/legal-parameters.ts reads them from the database.
 */

export type LegalParameterCode =
  /** SMIC horaire brut, in cents (the UB equivalent's divisor). */
  | 'smic_hourly_gross_cents'
  /** Former art. R5212-6: hours of SMIC per beneficiary unit, and for a mise à disposition. */
  | 'ub_equivalent_hours'
  | 'ub_equivalent_mad_hours'
  /** Code de commerce L441-10: default term after delivery, and the two maxima of an agreed term. */
  | 'payment_term_default_days'
  | 'payment_term_max_days'
  | 'payment_term_max_days_end_of_month'
  /** Code de commerce D441-5: the fixed recovery indemnity owed by a professional buyer paying late. */
  | 'recovery_indemnity_cents'
  /** CASF R344-17: the length of an individual mise à disposition; the break that ends a placement (a product choice). */
  | 'mad_individual_max_months'
  | 'mad_individual_break_months'
  /** Art. D5212-7: the yearly OETH attestation's deadline, day and month of the following year. */
  | 'oeth_attestation_deadline_month'
  | 'oeth_attestation_deadline_day'
  /** A product convention: the working days a contract's weekly hours are spread over. */
  | 'contract_working_days_per_week';

/**
 * The SQL condition that the `legal_parameter` row aliased `p` is in force on the SQL date `date`:
 * its validity runs from `valid_from` to `valid_to` inclusive, open-ended when `valid_to` is null.
 */
export function inForceOn(p: string, date: string): string {
  return `${p}.valid_from <= ${date} and (${p}.valid_to is null or ${p}.valid_to >= ${date})`;
}
