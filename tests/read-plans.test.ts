import { useTestApp } from './support/test-server';
import { createCustomer } from './support/sales-builders';
import { OrderList } from './support/sales-operations';

/**
 * A list's first page is planned once per connection: its statement holds no parameter PostgreSQL cannot
 * estimate (the row count is written in it, no offset), so the cached generic plan is kept. With the
 * page size and offset as parameters, PostgreSQL costs the generic plan at a tenth of the table and
 * plans every request again, which only shows on a table of some size: 4 000 orders here.
 */

const app = useTestApp();

beforeAll(async () => {
  const customer = await createCustomer(app, 'Client des plans');
  await app.dataSource.transaction(async (manager) => {
    await manager.query('set local session_replication_role = replica');
    await manager.query(
      `insert into sales_order (organization_id, establishment_id, customer_id, number, status, order_date)
       select $1, $2, $3, 'CMD-PLAN-' || g, 'confirmed', date '2025-01-01' + (g % 700) from generate_series(1, 4000) g`,
      [app.fixture.organizationId, app.fixture.esatId, customer.id],
    );
  });
  await app.sql('analyze sales_order');
});

/** The plans PostgreSQL made for the orders page's statement on the app's most recently used connection. */
async function ordersPagePlans(): Promise<{ generic: number; custom: number }[]> {
  // Sequential requests take the pool's most recently used connection, which this look-up then takes too.
  const rows = await app.appDataSource.query<{ generic_plans: string; custom_plans: string }[]>(
    `select generic_plans, custom_plans from pg_prepared_statements where statement like '%from sales_order t where t.organization_id = $1 order by t.order_date desc%'`,
  );
  return rows.map((row) => ({ generic: Number(row.generic_plans), custom: Number(row.custom_plans) }));
}

it('plans the first page of a list once per connection, not at each request', async () => {
  let first: string[] | undefined;
  for (let i = 0; i < 10; i++) {
    const response = await app.gql(OrderList, { options: { take: 3 } });
    expect(response.errors).toBeUndefined();
    const numbers = response.data!.orders.items.map((order) => order.number!);
    expect(numbers).toHaveLength(3);
    expect(numbers).toEqual((first ??= numbers));
  }
  const plans = await ordersPagePlans();
  expect(plans).toHaveLength(1);
  // The first five runs are planned for their values; from then on the generic plan is kept.
  expect(plans[0]).toEqual({ custom: 5, generic: 5 });
  // Later pages still answer in order (their offset is a parameter, planned for its value).
  const second = await app.gql(OrderList, { options: { take: 3, skip: 3 } });
  const sixth = await app.gql(OrderList, { options: { take: 1, skip: 5 } });
  expect(second.data!.orders.items).toHaveLength(3);
  expect(sixth.data!.orders.items.map((order) => order.number)).toEqual([second.data!.orders.items[2].number]);
});
