import type { ExecutionResult } from 'graphql';
import jwt from 'jsonwebtoken';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { createCatalogItem, createOrder, salesSnapshot } from './support/sales-builders';
import {
  CancelOrderChecked, CatalogItemById,
  CatalogItemCostSplit, CreateCatalogItemChecked, CreateCustomerChecked, CreateOrderChecked, OrderById, OrderList, WhoAmI,
} from './support/sales-operations';
import { Role } from '../schema/enums';

/** Who may do what: roles, missing and tampered tokens. */

const app = useTestApp();

function codes(response: ExecutionResult<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => (error.extensions as { code?: string } | undefined)?.code);
}

const customerInput = { legalName: 'Client refusé', siren: '732829320', billingAddress: { line1: '1 rue de la Paix', postalCode: '69001', city: 'Lyon' } };

describe('roles', () => {
  it('lets a viewer read orders, but not change them (FORBIDDEN, nothing written)', async () => {
    const { order } = await createOrder(app, [2]);
    const viewer = app.token([Role.VIEWER]);

    const list = await app.gql(OrderList, { options: { take: 100 } }, viewer);
    expect(list.errors).toBeUndefined();
    expect(list.data!.orders.items.map((item) => item.id)).toContain(order.id);
    const one = await app.gql(OrderById, { id: order.id }, viewer);
    expect(one.errors).toBeUndefined();
    expect(one.data!.order).toMatchObject({ id: order.id, status: 'CONFIRMED' });

    const before = await salesSnapshot(app);
    const cancel = await app.gql(CancelOrderChecked, { id: order.id }, viewer);
    expect(codes(cancel)).toEqual(['FORBIDDEN']);
    expect(cancel.data?.cancelOrder).toBeFalsy();
    const create = await app.gql(CreateCustomerChecked, { input: customerInput }, viewer);
    expect(codes(create)).toEqual(['FORBIDDEN']);
    expect(await salesSnapshot(app)).toEqual(before);
    expect((await app.gql(OrderById, { id: order.id })).data!.order!.status).toBe('CONFIRMED');
  });

  it('lets a commercial change orders', async () => {
    const { order } = await createOrder(app, [2]);
    const cancel = await app.gql(CancelOrderChecked, { id: order.id }, app.token([Role.COMMERCIAL]));
    expect(cancel.errors).toBeUndefined();
    expect(cancel.data!.cancelOrder).toMatchObject({ __typename: 'Order', status: 'CANCELLED' });
  });

  it('keeps sales away from roles without sales access (supervisor, funder, partner, médico-social)', async () => {
    const { order } = await createOrder(app, [2]);
    for (const role of [Role.SUPERVISOR, Role.FUNDER, Role.PARTNER, Role.MEDICO_SOCIAL]) {
      const token = app.token([role]);
      const read = await app.gql(OrderById, { id: order.id }, token);
      expect(codes(read)).toEqual(['FORBIDDEN']);
      expect(read.data?.order ?? null).toBeNull();
      expect(JSON.stringify(read)).not.toContain(order.number!);
      const write = await app.gql(CancelOrderChecked, { id: order.id }, token);
      expect(codes(write)).toEqual(['FORBIDDEN']);
    }
    expect((await app.gql(OrderById, { id: order.id })).data!.order!.status).toBe('CONFIRMED');
  });
});

describe('authentication', () => {
  it('answers UNAUTHENTICATED without a token, for reads and writes', async () => {
    const before = await salesSnapshot(app);
    const read = await app.gql(OrderList, {}, null);
    expect(codes(read)).toEqual(['UNAUTHENTICATED']);
    expect(read.data?.orders).toBeFalsy();
    const write = await app.gql(CreateCustomerChecked, { input: customerInput }, null);
    expect(codes(write)).toEqual(['UNAUTHENTICATED']);
    expect(await salesSnapshot(app)).toEqual(before);
    expect(codes(await app.gql(WhoAmI, {}, null))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers UNAUTHENTICATED to a tampered token, whatever part of it was changed', async () => {
    await createOrder(app, [1]);
    const token = app.token([Role.ADMIN]);
    const [header, payload, signature] = token.split('.');
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const tampered = [
      `${header}.${payload}.${flip(signature, 5)}`,
      `${header}.${flip(payload, 10)}.${signature}`,
      // the payload re-encoded for another organisation, with the original signature
      `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), org: String(app.fixture.otherOrganizationId) })).toString('base64url')}.${signature}`,
      `${header}.${payload}.`,
      'not-a-token',
    ];
    const before = await salesSnapshot(app);
    for (const bad of tampered) {
      const read = await app.gql(OrderList, { options: { take: 100 } }, bad);
      expect(codes(read)).toEqual(['UNAUTHENTICATED']);
      expect(read.data?.orders).toBeFalsy();
      const write = await app.gql(CreateOrderChecked, { input: { establishmentId: '1', customerId: '1', lines: [{ catalogItemId: '1', quantity: 1 }] } }, bad);
      expect(codes(write)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await salesSnapshot(app)).toEqual(before);
  });

  it('answers UNAUTHENTICATED to an expired token and to one signed with another secret', async () => {
    const claims = { org: String(app.fixture.organizationId), roles: ['admin'] };
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_SECRET, { algorithm: 'HS256', issuer: 'ub-platform', subject: '1' });
    const otherSecret = jwt.sign(claims, 'another-secret-that-is-long-enough-for-hs256!!', { algorithm: 'HS256', issuer: 'ub-platform', subject: '1', expiresIn: 600 });
    const unsigned = jwt.sign(claims, '', { algorithm: 'none', issuer: 'ub-platform', subject: '1', expiresIn: 600 });
    for (const token of [expired, otherSecret, unsigned]) {
      expect(codes(await app.gql(OrderList, {}, token))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses a token that was accepted once as soon as it expires', async () => {
    const claims = { org: String(app.fixture.organizationId), roles: ['admin'] };
    const token = jwt.sign(claims, TEST_SECRET, { algorithm: 'HS256', issuer: 'ub-platform', subject: String(app.fixture.adminUserId), expiresIn: 60 });
    expect((await app.gql(OrderList, {}, token)).errors).toBeUndefined();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    try {
      expect(codes(await app.gql(OrderList, {}, token))).toEqual(['UNAUTHENTICATED']);
    } finally {
      clock.mockRestore();
    }
    expect((await app.gql(OrderList, {}, token)).errors).toBeUndefined();
  });

  it('reads the caller from a valid token', async () => {
    const me = await app.gql(WhoAmI, {}, app.token([Role.VIEWER]));
    expect(me.data!.me).toEqual({ userId: String(app.fixture.adminUserId), organizationId: String(app.fixture.organizationId), roles: ['VIEWER'] });
  });
});

describe('catalog', () => {
  it('lets a viewer read the catalog but not write it', async () => {
    const item = await createCatalogItem(app);
    const viewer = app.token([Role.VIEWER]);
    const read = await app.gql(CatalogItemById, { id: item.id }, viewer);
    expect(read.errors).toBeUndefined();
    expect(read.data!.catalogItem).toMatchObject({ id: item.id, code: item.code });
    const write = await app.gql(
      CreateCatalogItemChecked,
      { input: { code: 'VIEWER-1', label: 'x', unit: 'u', unitPriceCents: 1, vatRatePercent: 20, activity: 'a', serviceType: 'PRODUCTION' } },
      viewer,
    );
    expect(codes(write)).toEqual(['FORBIDDEN']);
    const [{ count }] = await app.sql<{ count: number }>(`select count(*)::int as count from catalog_item where code = 'VIEWER-1'`);
    expect(count).toBe(0);
  });

  it('shows the OETH cost split to admin and commercial staff only', async () => {
    const item = await createCatalogItem(app);
    const asViewer = await app.gql(CatalogItemCostSplit, { id: item.id }, app.token([Role.VIEWER]));
    expect(codes(asViewer)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(asViewer.data?.catalogItem).toBeNull();
    const asCommercial = await app.gql(CatalogItemCostSplit, { id: item.id }, app.token([Role.COMMERCIAL]));
    expect(asCommercial.errors).toBeUndefined();
    expect(asCommercial.data!.catalogItem).toEqual({ id: item.id, materialsCents: 300, sellingCostsCents: 50 });
  });
});
