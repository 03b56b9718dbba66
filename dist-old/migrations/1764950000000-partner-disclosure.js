"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PartnerDisclosure1764950000000 = void 0;
/**
 * Two things partner figures need.
 *
 * The periods an outsider figure has been shown for (disclosure_freeze): a month's partner figures
 * count the records validated before the first time they were shown, and never change afterwards; a
 * record validated later counts in the month of its validation. Two answers of different dates then
 * never differ by one record (api/privacy/disclosure.ts, README "Disclosure control").
 *
 * The divisors of the non-legal "UB equivalent" partner figure, as dated legal parameters: the
 * former art. R5212-6 of the code du travail (in force until 31 December 2019) converted a contract's
 * labour cost into "unités bénéficiaires" by dividing it by 2 000 × SMIC horaire, and by 1 600 × SMIC
 * for a mise à disposition. Since 2020 the OETH deduction is an amount in euros; clients still ask for
 * the old figure, which partnerImpact shows labelled as not legal, by the same divisors.
 */
class PartnerDisclosure1764950000000 {
    constructor() {
        this.name = 'PartnerDisclosure1764950000000';
    }
    async up(q) {
        await q.query(`
      insert into legal_parameter (code, valid_from, valid_to, value, unit, source) values
        ('ub_equivalent_hours', '-infinity', null, 2000, 'hours',
         'Former art. R5212-6 code du travail (until 31 Dec 2019): labour cost ÷ (2 000 × SMIC horaire brut at 31 December); kept for the non-legal UB equivalent'),
        ('ub_equivalent_mad_hours', '-infinity', null, 1600, 'hours',
         'Former art. R5212-6 code du travail (until 31 Dec 2019): for a mise à disposition, labour cost ÷ (1 600 × SMIC horaire brut at 31 December); kept for the non-legal UB equivalent');

      create table disclosure_freeze (
        organization_id bigint not null references organization(id),
        audience text not null check (audience in ('partner_impact')),
        subject_id bigint not null,
        period date not null,
        frozen_at timestamptz not null default now(),
        primary key (organization_id, audience, subject_id, period)
      );
      comment on table disclosure_freeze is 'When an outsider figure of a period (audience, subject such as a customer, first day of the month) was first shown: it counts the records validated until then, and never changes.';
      select secure_tenant_table('disclosure_freeze');
      revoke update, delete on disclosure_freeze from ub_app;
    `);
    }
    async down(q) {
        await q.query(`drop table if exists disclosure_freeze`);
        await q.query(`delete from legal_parameter where code in ('ub_equivalent_hours', 'ub_equivalent_mad_hours')`);
    }
}
exports.PartnerDisclosure1764950000000 = PartnerDisclosure1764950000000;
//# sourceMappingURL=1764950000000-partner-disclosure.js.map