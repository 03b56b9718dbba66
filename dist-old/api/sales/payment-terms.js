"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.paymentTermsOn = paymentTermsOn;
exports.dueDateOnIssue = dueDateOnIssue;
const legal_parameters_1 = require("../common/legal-parameters");
const dates_1 = require("../../kernel/dates");
const payment_terms_1 = require("../../kernel/payment-terms");
const error_results_1 = require("../../schema/error-results");
/** The terms in force on `issueDate`, read from the dated legal parameters (the rules on them: kernel/payment-terms.ts). */
async function paymentTermsOn(ctx, issueDate) {
    const [defaultDays, maxDays, endOfMonthDays] = await Promise.all(['payment_term_default_days', 'payment_term_max_days', 'payment_term_max_days_end_of_month'].map((code) => (0, legal_parameters_1.requiredLegalParameter)(ctx, code, issueDate)));
    return { defaultDays, maxDays, endOfMonthDays };
}
/**
 * The due date an invoice gets when it is issued. A due date set on the draft is the agreed term: it
 * may not be before the invoice date nor after the legal maximum. Without one, the default term runs
 * from the latest delivery the invoice bills (an invoice issued after that term is due on its date).
 */
async function dueDateOnIssue(ctx, invoice, issueDate) {
    const terms = await paymentTermsOn(ctx, issueDate);
    if (invoice.dueDate !== null) {
        if (invoice.dueDate < issueDate)
            return new error_results_1.ChronologyError(`due date ${invoice.dueDate} is before the issue date ${issueDate}`);
        const latest = (0, payment_terms_1.latestAgreedDueDate)(issueDate, terms);
        if (invoice.dueDate > latest) {
            return new error_results_1.LegalLimitError('payment_term_max_days', `due date ${invoice.dueDate} is beyond the legal maximum for an invoice dated ${issueDate}: ${terms.maxDays} days (${(0, dates_1.addDays)(issueDate, terms.maxDays)}) ` +
                `or ${terms.endOfMonthDays} days end of month (${(0, payment_terms_1.endOfMonth)((0, dates_1.addDays)(issueDate, terms.endOfMonthDays))}), Code de commerce L441-10`);
        }
        return invoice.dueDate;
    }
    const [{ delivered }] = await ctx.db.query(`select max(dn.delivery_date)::text as delivered
       from invoice_line il join delivery_note_line dl on dl.id = il.delivery_note_line_id join delivery_note dn on dn.id = dl.delivery_note_id
      where il.organization_id = $1 and il.invoice_id = $2`, [ctx.organizationId, invoice.id]);
    const byDefault = (0, dates_1.addDays)(delivered ?? issueDate, terms.defaultDays);
    return byDefault > issueDate ? byDefault : issueDate;
}
//# sourceMappingURL=payment-terms.js.map