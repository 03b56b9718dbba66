"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PartnerCustomer1764700000000 = void 0;
/** A partner account acts for one customer (donneur d'ordre): the impact data it reads is that customer's. */
class PartnerCustomer1764700000000 {
    constructor() {
        this.name = 'PartnerCustomer1764700000000';
    }
    async up(q) {
        await q.query(`
      alter table app_user add column customer_id bigint references customer(id);
      create index app_user_customer_id_idx on app_user (customer_id) where customer_id is not null;
      comment on column app_user.customer_id is 'For a PARTNER account: the customer it acts for (partnerImpact reads that customer''s data only).';
    `);
    }
    async down(q) {
        await q.query(`alter table app_user drop column if exists customer_id`);
    }
}
exports.PartnerCustomer1764700000000 = PartnerCustomer1764700000000;
//# sourceMappingURL=1764700000000-partner-customer.js.map