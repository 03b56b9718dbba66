"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaymentTerms1765100000000 = void 0;
/**
 * Payment terms of invoices as dated legal parameters (Code de commerce L441-10): the default term
 * when none is agreed, and the two maxima an agreed term may reach. The rules that read them are in
 * api/sales/payment-terms.ts.
 */
class PaymentTerms1765100000000 {
    constructor() {
        this.name = 'PaymentTerms1765100000000';
    }
    async up(q) {
        await q.query(`
      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('payment_term_default_days', '2009-01-01', null, 30, 'days',
         'Code de commerce L441-10 I (formerly L441-6, loi 2008-776 LME): failing an agreed term, payment is due on the 30th day after receipt of the goods or performance of the service'),
        ('payment_term_max_days', '2009-01-01', null, 60, 'days',
         'Code de commerce L441-10 I (formerly L441-6, loi 2008-776 LME): an agreed payment term may not exceed 60 days from the invoice date'),
        ('payment_term_max_days_end_of_month', '2009-01-01', null, 45, 'days',
         'Code de commerce L441-10 I (formerly L441-6, loi 2008-776 LME): by way of exception, 45 days end of month from the invoice date may be agreed if expressly stipulated in the contract')
    `);
    }
    async down(q) {
        await q.query(`delete from legal_parameter where code in ('payment_term_default_days', 'payment_term_max_days', 'payment_term_max_days_end_of_month')`);
    }
}
exports.PaymentTerms1765100000000 = PaymentTerms1765100000000;
//# sourceMappingURL=1765100000000-payment-terms.js.map