import crypto from 'node:crypto';
import request from 'supertest';
import { useTestApp } from './support/test-server';
import { graphql } from './gql';
import { asType, createCatalogItem, createCustomer, deliver, draftInvoice, inBatches, issue, orderFor } from './support/sales-builders';
import { CreateCatalogItem, CreateCreditNote, CreateCustomer, CreateInvoice, CreateOrder, DeliverOrder, IssueInvoice } from './support/sales-operations';
import { Role } from '../schema/enums';

/**
 * The issued-documents feed as an approved platform (PDP) connector reads it: pages after a cursor
 * that never miss nor repeat a document, even when documents are issued while it pages or share an
 * instant; each item's digest is the file its URL downloads; bad cursors are refused with a code; an
 * account reads its own organisation's feed only, and partners none.
 */

const app = useTestApp();

const Feed = graphql(`
  query DocumentsFeed($after: String, $first: Int) {
    issuedDocuments(after: $after, first: $first) {
      items { id kind documentId number issueDate issuedAt sha256 documentUrl cursor }
      endCursor
      hasNextPage
    }
  }
`);

type Item = { id: string; kind: string; documentId: string; number: string; issueDate: string; issuedAt: unknown; sha256: string; documentUrl: string; cursor: string };

/** Pages through the feed from `after`, `first` at a time, running `between` after each page. */
async function readFeed(after: string | null, first: number, token = app.token(), between?: (page: number) => Promise<void>) {
  const items: Item[] = [];
  let cursor = after;
  for (let page = 0; ; page++) {
    const { data, errors } = await app.gql(Feed, { after: cursor, first }, token);
    if (errors) throw new Error(JSON.stringify(errors));
    const result = data!.issuedDocuments;
    expect(result.items.length).toBeLessThanOrEqual(first);
    items.push(...result.items);
    cursor = result.endCursor ?? null;
    await between?.(page);
    if (!result.hasNextPage) return { items, cursor };
  }
}

async function download(path: string, token = app.token()) {
  const response = await request(app.server.app).get(path).set('authorization', `Bearer ${token}`).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { status: response.status, body: response.body as Buffer };
}

let customerId: string;
let itemId: string;

/** `count` invoices issued at once, half from the ESAT and half from the EA (two numbering sequences, so truly concurrent). */
async function issueConcurrently(count: number, date = '2026-03-10') {
  const drafts = await inBatches(Array.from({ length: count }, (_, index) => index), 4, async (index) => {
    const order = await orderFor(app, customerId, [{ catalogItemId: itemId, quantity: 2 + index }], { establishmentId: index % 2 ? app.fixture.eaId : app.fixture.esatId });
    const note = await deliver(app, order.id, undefined, '2026-03-02');
    return draftInvoice(app, [note.id]);
  });
  return Promise.all(drafts.map((draft) => issue(app, draft.id, date)));
}

const allIssued = () =>
  app.sql<{ id: string }>(`select id::text from issued_document where organization_id = $1 order by issued_at, id`, [app.fixture.organizationId]).then((rows) => rows.map((row) => row.id));

beforeAll(async () => {
  customerId = (await createCustomer(app)).id;
  itemId = (await createCatalogItem(app)).id;
  const first = await issueConcurrently(6);
  const credit = await app.gql(CreateCreditNote, { input: { invoiceId: first[0].id, reason: 'Retour de marchandise', issueDate: '2026-03-11' } });
  asType(credit.data!.createCreditNote, 'CreditNote');
}, 60_000);

describe('paging the feed', () => {
  it('gives every issued invoice and credit note once, in issue order, with documents issued between pages coming after', async () => {
    const before = await allIssued();
    expect(before).toHaveLength(7);
    let issuedMeanwhile = 0;
    const { items } = await readFeed(null, 2, undefined, async (page) => {
      if (page === 0 || page === 2) {
        await issueConcurrently(3, '2026-03-12');
        issuedMeanwhile += 3;
      }
    });
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(issuedMeanwhile).toBe(6);
    expect(ids).toEqual(await allIssued());
    expect(ids).toHaveLength(13);
    const issuedAt = items.map((item) => new Date(item.issuedAt as string).getTime());
    expect(issuedAt).toEqual([...issuedAt].sort((a, b) => a - b));
  });

  it('continues from a remembered cursor with only what was issued after it, and an up-to-date cursor gives an empty page', async () => {
    const { cursor } = await readFeed(null, 100);
    const empty = await app.gql(Feed, { after: cursor, first: 10 });
    expect(empty.data!.issuedDocuments).toEqual({ items: [], endCursor: cursor, hasNextPage: false });
    const [fresh] = await issueConcurrently(1, '2026-03-13');
    const next = await readFeed(cursor, 10);
    expect(next.items.map((item) => item.documentId)).toEqual([fresh.id]);
    expect(next.items[0]).toMatchObject({ kind: 'INVOICE', number: fresh.number, issueDate: '2026-03-13', documentUrl: `/documents/invoices/${fresh.id}.pdf` });
  });

  it('breaks ties of the issue instant by id, so documents of the same instant are neither skipped nor repeated', async () => {
    const ids = await allIssued();
    // Several documents of one instant (the clock may not move between two issues): forced here, as the
    // owner, past the trigger that otherwise keeps issued_at as issued.
    await app.dataSource.transaction(async (manager) => {
      await manager.query(`set local session_replication_role = replica`);
      await manager.query(`update issued_document set issued_at = (select issued_at from issued_document where id = $1) where id = any($2::bigint[])`, [ids[2], ids.slice(2, 7)]);
    });
    const instants = await app.sql<{ count: number }>(`select count(distinct issued_at)::int as count from issued_document where id = any($1::bigint[])`, [ids.slice(2, 7)]);
    expect(instants[0].count).toBe(1);
    const { items } = await readFeed(null, 2);
    expect(items.map((item) => item.id)).toEqual(await allIssued());
    expect(new Set(items.map((item) => item.id))).toEqual(new Set(ids));
  });

  it('gives each document its kind, number, date, the SHA-256 of the file its URL downloads, a Factur-X PDF', async () => {
    const { items } = await readFeed(null, 100);
    const documents = await app.sql<{ id: string; kind: string; number: string; date: string }>(
      `select i.id::text, 'INVOICE' as kind, i.number, i.issue_date::text as date from invoice i where i.organization_id = $1 and i.number is not null
       union all select c.id::text, 'CREDIT_NOTE', c.number, c.issue_date::text from credit_note c where c.organization_id = $1`,
      [app.fixture.organizationId],
    );
    expect(items).toHaveLength(documents.length);
    for (const document of documents) {
      const item = items.find((candidate) => candidate.kind === document.kind && candidate.documentId === document.id)!;
      expect(item).toMatchObject({ number: document.number, issueDate: document.date });
    }
    const credit = items.find((item) => item.kind === 'CREDIT_NOTE')!;
    expect(credit.documentUrl).toBe(`/documents/credit-notes/${credit.documentId}.pdf`);
    for (const item of [credit, items[0], items.at(-1)!]) {
      const file = await download(item.documentUrl);
      expect(file.status).toBe(200);
      expect(crypto.createHash('sha256').update(file.body).digest('hex')).toBe(item.sha256);
      expect(file.body.includes('factur-x.xml')).toBe(true);
    }
  });

  it('draws a document still pending (its drawing after commit lost) when listing it, with the bytes it would have had', async () => {
    const [row] = await app.sql<{ id: string; sha256: string }>(
      `select id::text, encode(sha256, 'hex') as sha256 from issued_document where organization_id = $1 order by id desc limit 1`, [app.fixture.organizationId],
    );
    await app.dataSource.transaction(async (manager) => {
      await manager.query(`set local session_replication_role = replica`);
      await manager.query(`update issued_document set status = 'pending', pdf = null, xml = null, sha256 = null, rendered_at = null where id = $1`, [row.id]);
    });
    const { items } = await readFeed(null, 100);
    expect(items.find((item) => item.id === row.id)!.sha256).toBe(row.sha256);
    const [stored] = await app.sql<{ status: string; sha256: string }>(`select status, encode(sha256, 'hex') as sha256 from issued_document where id = $1`, [row.id]);
    expect(stored).toEqual({ status: 'rendered', sha256: row.sha256 });
  });
});

describe('bad input', () => {
  it.each([
    ['not base64', 'not a cursor!'],
    ['base64 of something else', Buffer.from('hello').toString('base64url')],
    ['a negative id', Buffer.from('1000.-3').toString('base64url')],
    ['empty', ''],
  ])('refuses a cursor that is %s with BAD_USER_INPUT on after', async (_, after) => {
    const { data, errors } = await app.gql(Feed, { after, first: 5 });
    expect(data?.issuedDocuments ?? null).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    expect(errors![0].message).not.toMatch(/at |\.ts|select/);
  });

  it.each([0, -1, 101])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const { errors } = await app.gql(Feed, { first });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
  });
});

describe('who reads the feed', () => {
  it('is read by sales staff (admin, commercial, viewer) and refused to the other roles, partners included', async () => {
    const total = (await allIssued()).length;
    for (const role of [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER]) {
      const { items } = await readFeed(null, 100, app.token([role]));
      expect(items).toHaveLength(total);
    }
    for (const role of [Role.PARTNER, Role.SUPERVISOR, Role.MEDICO_SOCIAL, Role.FUNDER]) {
      const { data, errors } = await app.gql(Feed, { first: 5 }, app.token([role]));
      expect(data?.issuedDocuments ?? null).toBeNull();
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('shows another organisation its own documents only, whatever cursor it passes', async () => {
    const other = app.token([Role.ADMIN], app.fixture.otherOrganizationId);
    const customer = asType((await app.gql(CreateCustomer, {
      input: { legalName: 'Client de l\'autre', siren: '404833048', billingAddress: { line1: '2 avenue Foch', postalCode: '75016', city: 'Paris' } },
    }, other)).data!.createCustomer, 'Customer');
    const item = asType((await app.gql(CreateCatalogItem, {
      input: { code: 'AUTRE-1', label: 'Tri de courrier', unit: 'pièce', unitPriceCents: 900, vatRatePercent: 20, activity: 'tri', serviceType: 'PRODUCTION' },
    }, other)).data!.createCatalogItem, 'CatalogItem');
    const order = asType((await app.gql(CreateOrder, {
      input: { establishmentId: String(app.fixture.otherEstablishmentId), customerId: customer.id, orderDate: '2026-03-01', lines: [{ catalogItemId: item.id, quantity: 3 }] },
    }, other)).data!.createOrder, 'Order');
    const note = asType((await app.gql(DeliverOrder, { input: { orderId: order.id, deliveryDate: '2026-03-02' } }, other)).data!.deliverOrder, 'DeliveryNote');
    const draft = asType((await app.gql(CreateInvoice, { input: { deliveryNoteIds: [note.id] } }, other)).data!.createInvoice, 'Invoice');
    const invoice = asType((await app.gql(IssueInvoice, { id: draft.id, issueDate: '2026-03-10' }, other)).data!.issueInvoice, 'Invoice');

    const own = await readFeed(null, 100, other);
    expect(own.items.map((entry) => entry.documentId)).toEqual([invoice.id]);
    // A cursor of the first organisation only places the reader in time: it still reads its own rows.
    const { items: firstOrganisation } = await readFeed(null, 100);
    const fromTheirCursor = await readFeed(firstOrganisation[0].cursor, 100, other);
    expect(fromTheirCursor.items.every((entry) => entry.documentId === invoice.id)).toBe(true);
    const theirs = await download(firstOrganisation[0].documentUrl, other);
    expect(theirs.status).toBe(404);
  });
});
