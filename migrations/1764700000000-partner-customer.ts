import { MigrationInterface, QueryRunner } from 'typeorm';

/** A partner account acts for one customer (donneur d'ordre): the impact data it reads is that customer's. */
export class PartnerCustomer1764700000000 implements MigrationInterface {
  name = 'PartnerCustomer1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user add column customer_id bigint references customer(id);
      create index app_user_customer_id_idx on app_user (customer_id) where customer_id is not null;
      comment on column app_user.customer_id is 'For a PARTNER account: the customer it acts for (partnerImpact reads that customer''s data only).';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table app_user drop column if exists customer_id`);
  }
}
