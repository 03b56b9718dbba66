import crypto from 'node:crypto';
import request from 'supertest';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { graphql } from './gql';
import { asType, deliver, draftInvoice, issue } from './support/sales-builders';
import { createBeneficiary, validatedWork } from './support/production-builders';
import { CreateCreditNote, CreateQuote, RecordPayment } from './support/sales-operations';
import { pdfAttachments, pdfInfo, pdfLayoutText, pdfPages, pdfText } from './support/pdf-tools';
import { schematronErrors, xsdErrors } from './support/facturx-validate';
import { signStaffToken } from '../api/auth/token';
import { Role } from '../schema/enums';

/**
 * Sales documents as a customer receives them: the PDF's text (read back with pdftotext) carries every
 * mention the law asks (docs/documents.md) for an ESAT's and an EA's invoice, with several VAT rates,
 * a 0 % line, a partial payment and a credit note; issued documents are kept as issued; drafts are
 * marked; downloads follow the roles; each issued document is a Factur-X PDF/A-3 whose XML passes the
 * official XSD and the EN 16931 schematron.
 */

const app = useTestApp();

const CreateItem = graphql(`
  mutation DocumentsCreateItem($input: CatalogItemInput!) {
    createCatalogItem(input: $input) { __typename ... on CatalogItem { id } ... on ErrorResult { message } }
  }
`);
const CreateCustomer = graphql(`
  mutation DocumentsCreateCustomer($input: CustomerInput!) {
    createCustomer(input: $input) { __typename ... on Customer { id } ... on ErrorResult { message } }
  }
`);
const CreateOrder = graphql(`
  mutation DocumentsCreateOrder($input: OrderInput!) {
    createOrder(input: $input) { __typename ... on Order { id number lines { id } } ... on ErrorResult { message } }
  }
`);
const Mentions = graphql(`
  mutation DocumentsMentions($input: InvoiceMentionsInput!) { updateInvoiceMentions(input: $input) { id } }
`);
const Identity = graphql(`
  mutation DocumentsIdentity($input: OrganizationIdentityInput!) { updateOrganizationIdentity(input: $input) { id } }
`);
const DocumentUrls = graphql(`
  query DocumentsUrls($id: ID!) { invoice(id: $id) { number documentUrl creditNotes { id number documentUrl } } }
`);

const EXEMPTION = 'Exonération de TVA, article de test (mention de l\'organisation)';
const mentions = {
  operationsNature: 'GOODS_AND_SERVICES' as const,
  latePenaltyTerms: 'Pénalités de retard : trois fois le taux d\'intérêt légal',
  earlyPaymentDiscountTerms: 'Pas d\'escompte pour paiement anticipé',
  vatExemptionMention: EXEMPTION,
  vatOnDebits: false,
  socialValueLine: false,
};

/** Money as a French invoice prints it, written independently of the code under test (amounts below 1 000 €). */
const eur = (cents: number) => `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')} €`;
const frDate = (date: string) => date.split('-').reverse().join('/');

async function item(unit: string, vatRatePercent: number, unitPriceCents: number, label: string, establishmentId?: number) {
  const { data } = await app.gql(CreateItem, {
    input: {
      code: `DOC-${crypto.randomBytes(3).toString('hex')}`, label, unit, unitPriceCents, vatRatePercent, activity: 'conditionnement', serviceType: 'PRODUCTION',
      establishmentId: establishmentId ? String(establishmentId) : undefined,
    },
  });
  return asType(data!.createCatalogItem, 'CatalogItem').id;
}

async function download(path: string, token = app.token()) {
  const response = await request(app.server.app).get(path).set('authorization', `Bearer ${token}`).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { status: response.status, body: response.body as Buffer, type: response.headers['content-type'] as string | undefined };
}

/** An order of these lines, delivered on `deliveryDate`, invoiced and issued on `issueDate`. */
async function invoiceOf(customerId: string, establishmentId: number, lines: { itemId: string; quantity: number }[], deliveryDate: string, issueDate: string) {
  const { data } = await app.gql(CreateOrder, {
    input: {
      establishmentId: String(establishmentId), customerId, orderDate: '2026-03-01', customerReference: 'PO-2026-117',
      lines: lines.map((line) => ({ catalogItemId: line.itemId, quantity: line.quantity })),
    },
  });
  const order = asType(data!.createOrder, 'Order');
  const note = await deliver(app, order.id, undefined, deliveryDate);
  const draft = await draftInvoice(app, [note.id]);
  return { order, note, draft, invoice: await issue(app, draft.id, issueDate) };
}

let customerId: string;
let esat: Awaited<ReturnType<typeof invoiceOf>>;
let items: Record<'packing' | 'hours' | 'meals' | 'exempt', string>;

beforeAll(async () => {
  await app.gql(Mentions, { input: mentions });
  const { data } = await app.gql(CreateCustomer, {
    input: {
      legalName: 'Métallerie Rhodanienne SAS', siren: '303265045', vatNumber: 'FR40303265045',
      billingAddress: { line1: '8 quai Perrache', postalCode: '69002', city: 'Lyon' },
      deliveryAddress: { line1: 'Zone industrielle, quai 4', postalCode: '69200', city: 'Vénissieux' },
    },
  });
  customerId = asType(data!.createCustomer, 'Customer').id;
  items = {
    packing: await item('pièce', 20, 125, 'Mise sous blister'),
    hours: await item('heure', 10, 2450, 'Contrôle qualité'),
    meals: await item('pièce', 5.5, 420, 'Repas en liaison froide'),
    exempt: await item('forfait', 0, 5000, 'Formation des opérateurs'),
  };
  esat = await invoiceOf(customerId, app.fixture.esatId, [
    { itemId: items.packing, quantity: 400 },
    { itemId: items.hours, quantity: 7.5 },
    { itemId: items.meals, quantity: 30 },
    { itemId: items.exempt, quantity: 1 },
  ], '2026-03-02', '2026-03-10');

}, 60_000);

describe('an ESAT invoice', () => {
  let text: string;
  let layout: string;
  beforeAll(async () => {
    const response = await download(`/documents/invoices/${esat.invoice.id}.pdf`);
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/pdf');
    text = pdfText(response.body);
    layout = pdfLayoutText(response.body);
  });

  it('names the seller as the law asks: legal person, establishment, address, SIRET, VAT number, legal form and RNA', () => {
    for (const expected of ['Les Ateliers du Test', 'ESAT du Test', '52 rue de Gerland', '69007 Lyon', 'SIRET 732 829 320 00074', 'N° TVA intracommunautaire : FR44732829320',
      'Association déclarée (loi du 1er juillet 1901)', 'RNA W691000001']) {
      expect(text).toContain(expected);
    }
  });

  it('names the buyer with its SIREN, VAT number and its delivery address apart', () => {
    for (const expected of ['Métallerie Rhodanienne SAS', '8 quai Perrache', '69002 Lyon', 'SIREN 303 265 045', 'FR40303265045',
      'Adresse de livraison : Zone industrielle, quai 4, 69200 Vénissieux']) {
      expect(text).toContain(expected);
    }
  });

  it('carries number, dates, nature of the operations, order reference and delivery notes', async () => {
    const [row] = await app.sql<{ due: string }>(`select due_date::text as due from invoice where id = $1`, [esat.invoice.id]);
    for (const expected of ['FACTURE', `N° ${esat.invoice.number}`, 'Date d\'émission : 10/03/2026', 'Date de la livraison ou de la prestation : 02/03/2026',
      'Nature des opérations : Livraisons de biens et prestations de services', `Date d'échéance du paiement : ${frDate(row.due)}`,
      `Bons de livraison : ${esat.note.number}`, 'Votre référence : PO-2026-117']) {
      expect(text).toContain(expected);
    }
  });

  it('lists each line with quantity, unit, unit price HT, VAT rate and amount HT', () => {
    for (const expected of ['Mise sous blister', '400', 'pièce', '1,25 €', '20 %', '500,00 €', 'Contrôle qualité', '7,5', 'heure', '24,50 €', '10 %', '183,75 €',
      'Repas en liaison froide', '4,20 €', '5,5 %', '126,00 €', 'Formation des opérateurs', 'forfait', '50,00 €', '0 %']) {
      expect(text).toContain(expected);
    }
  });

  it('totals each VAT rate and the invoice, HT, TVA and TTC', () => {
    // 20 %: 500,00 → 100,00; 10 %: 183,75 → 18,38 (18,375 rounded half away from zero); 5,5 %: 126,00 → 6,93; 0 %: 50,00 → 0,00.
    for (const expected of ['20 % 500,00 € 100,00 € 600,00 €', '10 % 183,75 € 18,38 € 202,13 €', '5,5 % 126,00 € 6,93 € 132,93 €']) {
      expect(layout).toContain(expected);
    }
    // pdftotext reads the narrow "0 %" of a right-aligned cell without its space.
    expect(layout).toMatch(/\n 0 ?% 50,00 € 0,00 € 50,00 €/);
    expect(esat.invoice.totalTtcCents).toBe(60000 + 20213 + 13293 + 5000);
    for (const expected of [`Total HT ${eur(85975)}`, `Total TVA ${eur(12531)}`, `Total TTC ${eur(98506)}`, `Paiements reçus ${eur(0)}`, `Net à payer ${eur(98506)}`]) {
      expect(layout).toContain(expected);
    }
  });

  it('states the payment terms, discount, penalties, the 40 € indemnity, the account and the 0 % exemption', () => {
    for (const expected of ['Pas d\'escompte pour paiement anticipé', 'Pénalités de retard : trois fois le taux d\'intérêt légal', 'indemnité forfaitaire pour frais de recouvrement',
      '40,00 €', 'IBAN FR14 2004 1010 0505 0001 3M02 606', 'BIC BNPAFRPP', `TVA à 0 % : ${EXEMPTION}`]) {
      expect(text.replace(/\n/g, ' ')).toContain(expected);
    }
    expect(text).not.toContain('d\'après les débits');
  });
});

describe('an issued invoice is kept as issued', () => {
  it('was drawn after its transaction committed and stored with its SHA-256', async () => {
    const [row] = await app.sql<{ status: string; pdf: Buffer; sha256: Buffer }>(`select status, pdf, sha256 from issued_document where invoice_id = $1`, [esat.invoice.id]);
    expect(row.status).toBe('rendered');
    expect(crypto.createHash('sha256').update(row.pdf).digest().equals(row.sha256)).toBe(true);
    const downloaded = await download(`/documents/invoices/${esat.invoice.id}.pdf`);
    expect(downloaded.body.equals(row.pdf)).toBe(true);
  });

  it('gives the same bytes after the organisation and the establishment moved, and a new invoice shows the new address', async () => {
    const before = (await download(`/documents/invoices/${esat.invoice.id}.pdf`)).body;
    await app.gql(Identity, {
      input: { name: 'Les Ateliers du Test', legalForm: 'Association déclarée (loi du 1er juillet 1901)', rnaNumber: 'W691000001', vatNumber: 'FR44732829320',
        headOffice: { line1: '1 place Nouvelle', postalCode: '69003', city: 'Lyon' } },
    });
    await app.sql(`update establishment set address_line1 = '9 avenue Déménagée' where id = $1`, [app.fixture.esatId]);
    const after = (await download(`/documents/invoices/${esat.invoice.id}.pdf`)).body;
    expect(after.equals(before)).toBe(true);
    expect(pdfText(after)).toContain('52 rue de Gerland');

    const later = await invoiceOf(customerId, app.fixture.esatId, [{ itemId: items.packing, quantity: 10 }], '2026-03-11', '2026-03-12');
    const text = pdfText((await download(`/documents/invoices/${later.invoice.id}.pdf`)).body);
    expect(text).toContain('9 avenue Déménagée');
    expect(text).toContain('Siège social : 1 place Nouvelle, 69003 Lyon');
    await app.sql(`update establishment set address_line1 = '52 rue de Gerland' where id = $1`, [app.fixture.esatId]);
  });

  it('refuses to issue an invoice with a 0 % line while the organisation states no exemption, and numbers nothing', async () => {
    await app.gql(Mentions, { input: { ...mentions, vatExemptionMention: undefined } });
    const { data } = await app.gql(CreateOrder, {
      input: { establishmentId: String(app.fixture.esatId), customerId, orderDate: '2026-03-01', lines: [{ catalogItemId: items.exempt, quantity: 1 }] },
    });
    const note = await deliver(app, asType(data!.createOrder, 'Order').id, undefined, '2026-03-12');
    const draft = await draftInvoice(app, [note.id]);
    const sequenceBefore = await app.sql(`select last_value from document_sequence where establishment_id = $1 and document_type = 'invoice'`, [app.fixture.esatId]);
    const IssueChecked = graphql(`
      mutation DocumentsIssue($id: ID!, $issueDate: LocalDate) { issueInvoice(id: $id, issueDate: $issueDate) { __typename ... on LegalLimitError { parameter message } } }
    `);
    const response = await app.gql(IssueChecked, { id: draft.id, issueDate: '2026-03-12' });
    expect(response.data!.issueInvoice).toMatchObject({ __typename: 'LegalLimitError', parameter: 'vat_exemption_mention' });
    expect(await app.sql(`select last_value from document_sequence where establishment_id = $1 and document_type = 'invoice'`, [app.fixture.esatId])).toEqual(sequenceBefore);
    expect(await app.sql(`select 1 from issued_document where invoice_id = $1`, [draft.id])).toEqual([]);
    await app.gql(Mentions, { input: mentions });
  });
});

describe('payments, credit notes, drafts, an EA', () => {
  it('prints the payments received and the amount still due on the invoice\'s statement', async () => {
    const payment = await app.gql(RecordPayment, { input: { invoiceId: esat.invoice.id, amountCents: 40000, paymentDate: '2026-03-20', method: 'TRANSFER' } });
    expect(payment.data!.recordPayment.__typename).toBe('Payment');
    const text = pdfLayoutText((await download(`/documents/invoices/${esat.invoice.id}/statement.pdf`)).body);
    for (const expected of ['SITUATION AU 20/03/2026', `Paiements reçus ${eur(40000)}`, `Net à payer ${eur(98506 - 40000)}`, 'Règlements reçus', '20/03/2026 virement 400,00 €']) {
      expect(text).toContain(expected);
    }
    // The issued original still says what it said at issue.
    expect(pdfLayoutText((await download(`/documents/invoices/${esat.invoice.id}.pdf`)).body)).toContain(`Paiements reçus ${eur(0)}`);
  });

  it('draws a credit note naming the invoice it credits and why, as a Factur-X 381', async () => {
    const lines = await app.sql<{ id: string }>(`select id from invoice_line where invoice_id = $1 and position = 1`, [esat.invoice.id]);
    const credit = await app.gql(CreateCreditNote, {
      input: { invoiceId: esat.invoice.id, reason: 'Lot de 100 blisters non conformes', issueDate: '2026-03-21', lines: [{ invoiceLineId: String(lines[0].id), quantity: 100 }] },
    });
    const note = asType(credit.data!.createCreditNote, 'CreditNote');
    const pdf = (await download(`/documents/credit-notes/${note.id}.pdf`)).body;
    const text = pdfLayoutText(pdf);
    for (const expected of ['AVOIR', `N° ${note.number}`, `Avoir sur la facture N° ${esat.invoice.number} du 10/03/2026`, 'Motif : Lot de 100 blisters non conformes',
      'Mise sous blister 100 pièce 1,25 € 20 % 125,00 €', `Total TTC ${eur(-15000)}`]) {
      expect(text).toContain(expected);
    }
    const xml = pdfAttachments(pdf).get('factur-x.xml')!.toString('utf8');
    expect(xml).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(xml).toContain(`<ram:IssuerAssignedID>${esat.invoice.number}</ram:IssuerAssignedID>`);
    // Its delivery block names the deliveries of the lines it credits (an empty one breaks PEPPOL-EN16931-R008).
    expect(xml).toMatch(/<ram:ApplicableHeaderTradeDelivery>.*<ram:DespatchAdviceReferencedDocument><ram:IssuerAssignedID>BL-/);
    expect(xsdErrors([xml])).toEqual([null]);
    expect(await schematronErrors(xml)).toEqual([]);
    const urls = await app.gql(DocumentUrls, { id: esat.invoice.id });
    expect(urls.data!.invoice!.documentUrl).toBe(`/documents/invoices/${esat.invoice.id}.pdf`);
    expect(urls.data!.invoice!.creditNotes[0].documentUrl).toBe(`/documents/credit-notes/${note.id}.pdf`);
  }, 120_000);

  it('marks a draft BROUILLON on every page, keeps nothing of it, and draws it anew each time', async () => {
    const { data } = await app.gql(CreateOrder, {
      input: { establishmentId: String(app.fixture.esatId), customerId, orderDate: '2026-03-01', lines: [{ catalogItemId: items.packing, quantity: 5 }] },
    });
    const note = await deliver(app, asType(data!.createOrder, 'Order').id, undefined, '2026-03-22');
    const draft = await draftInvoice(app, [note.id]);
    const pdf = (await download(`/documents/invoices/${draft.id}.pdf`)).body;
    for (const page of pdfPages(pdf)) expect(page).toContain('BROUILLON');
    expect(pdfText(pdf)).toContain('N° attribué à l\'émission');
    expect(pdfAttachments(pdf).size).toBe(0);
    expect(await app.sql(`select 1 from issued_document where invoice_id = $1`, [draft.id])).toEqual([]);
  });

  it('draws an EA\'s invoice with the EA\'s identity, and VAT on debits when the organisation opted for it', async () => {
    await app.gql(Mentions, { input: { ...mentions, vatOnDebits: true } });
    const packing = await item('pièce', 20, 300, 'Nettoyage de locaux', app.fixture.eaId);
    const ea = await invoiceOf(customerId, app.fixture.eaId, [{ itemId: packing, quantity: 12 }], '2026-03-05', '2026-03-06');
    await app.gql(Mentions, { input: mentions });
    const pdf = (await download(`/documents/invoices/${ea.invoice.id}.pdf`)).body;
    const text = pdfText(pdf);
    for (const expected of ['EA du Test', '31 rue Léon Blum', '69100 Villeurbanne', 'SIRET 732 829 320 00082', 'N° TVA intracommunautaire : FR44732829320',
      'Nettoyage de locaux', '36,00 €', '43,20 €', 'Option pour le paiement de la taxe d\'après les débits', 'indemnité forfaitaire pour frais de recouvrement']) {
      expect(text.replace(/\n/g, ' ')).toContain(expected);
    }
    // No account: the EA has no IBAN, and its invoice names none.
    expect(text).not.toContain('IBAN');
    const xml = pdfAttachments(pdf).get('factur-x.xml')!.toString('utf8');
    expect(xml).toContain('<ram:DueDateTypeCode>5</ram:DueDateTypeCode>');
    expect(xsdErrors([xml])).toEqual([null]);
    expect(await schematronErrors(xml)).toEqual([]);
  }, 120_000);

  it('draws a quote and a delivery note', async () => {
    const { data } = await app.gql(CreateQuote, {
      input: { establishmentId: String(app.fixture.esatId), customerId, quoteDate: '2026-03-01', validUntil: '2026-03-31', lines: [{ catalogItemId: items.hours, quantity: 3 }] },
    });
    const quote = asType(data!.createQuote, 'Quote');
    const quoteText = pdfText((await download(`/documents/quotes/${quote.id}.pdf`)).body);
    for (const expected of ['DEVIS', 'BROUILLON', 'Valable jusqu\'au : 31/03/2026', 'Contrôle qualité', '73,50 €', 'Bon pour accord']) expect(quoteText).toContain(expected);
    const noteText = pdfText((await download(`/documents/delivery-notes/${esat.note.id}.pdf`)).body);
    for (const expected of ['BON DE LIVRAISON', `N° ${esat.note.number}`, 'Date de livraison : 02/03/2026', `Commande : ${esat.order.number}`, 'Mise sous blister', '400', 'Quantité livrée']) {
      expect(noteText).toContain(expected);
    }
    expect(noteText).not.toContain('1,25 €');
  });
});

describe('Factur-X', () => {
  it('embeds the CII XML (380, EN 16931) as the PDF/A-3 Alternative file, valid for the XSD and the schematron', async () => {
    const pdf = (await download(`/documents/invoices/${esat.invoice.id}.pdf`)).body;
    const info = pdfInfo(pdf);
    expect(info.metadata).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(info.metadata).toMatch(/<fx:ConformanceLevel>EN 16931<\/fx:ConformanceLevel>/);
    expect(info.metadata).toMatch(/<fx:DocumentFileName>factur-x.xml<\/fx:DocumentFileName>/);
    const xml = pdfAttachments(pdf).get('factur-x.xml')!.toString('utf8');
    const [stored] = await app.sql<{ xml: Buffer }>(`select xml from issued_document where invoice_id = $1`, [esat.invoice.id]);
    expect(xml).toBe(stored.xml.toString('utf8'));
    expect(xml).toContain('<ram:TypeCode>380</ram:TypeCode>');
    expect(xml).toContain('<ram:BilledQuantity unitCode="HUR">7.500</ram:BilledQuantity>');
    expect(xml).toContain('<ram:BilledQuantity unitCode="LS">1.000</ram:BilledQuantity>');
    expect(xml).toMatch(/<ram:CategoryCode>E<\/ram:CategoryCode>/);
    expect(xml).toContain(`<ram:ExemptionReason>${EXEMPTION.replace(/'/g, '\'')}</ram:ExemptionReason>`);
    expect(xml).toContain('<ram:GrandTotalAmount>985.06</ram:GrandTotalAmount>');
    expect(xsdErrors([xml])).toEqual([null]);
    expect(await schematronErrors(xml)).toEqual([]);
  }, 180_000);

  it('is told apart from a broken file by the validators (they can fail)', async () => {
    const [stored] = await app.sql<{ xml: Buffer }>(`select xml from issued_document where invoice_id = $1`, [esat.invoice.id]);
    const broken = stored.xml.toString('utf8').replace('<ram:GrandTotalAmount>985.06</ram:GrandTotalAmount>', '<ram:GrandTotalAmount>985.07</ram:GrandTotalAmount>');
    expect((await schematronErrors(broken)).some((failure) => failure.includes('[BR-CO-15]'))).toBe(true);
    expect(xsdErrors([stored.xml.toString('utf8').replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:Kind>380</ram:Kind>')])[0]).not.toBeNull();
  }, 120_000);
});

describe('who may download', () => {
  it('asks for credentials like /graphql', async () => {
    expect((await request(app.server.app).get(`/documents/invoices/${esat.invoice.id}.pdf`)).status).toBe(401);
    expect((await request(app.server.app).get(`/documents/invoices/${esat.invoice.id}.pdf`).set('authorization', 'Bearer forged')).status).toBe(401);
  });

  it('lets sales roles read, refuses others, and hides other organisations\' documents', async () => {
    expect((await download(`/documents/invoices/${esat.invoice.id}.pdf`, app.token([Role.VIEWER]))).status).toBe(200);
    const refused = await download(`/documents/invoices/${esat.invoice.id}.pdf`, app.token([Role.SUPERVISOR]));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download(`/documents/invoices/${esat.invoice.id}.pdf`, app.token([Role.ADMIN], app.fixture.otherOrganizationId))).status).toBe(404);
    expect((await download('/documents/invoices/999999999.pdf')).status).toBe(404);
    expect((await download(`/documents/orders/${esat.order.id}.pdf`)).status).toBe(404);
    expect((await download(`/documents/invoices/${esat.invoice.id}`)).status).toBe(404);
  });

  it('lets a partner read its own customer\'s issued documents only', async () => {
    const [partner] = await app.sql<{ id: number }>(
      `insert into app_user (organization_id, email, display_name, roles, customer_id) values ($1, 'partner-docs@test.fr', 'Partenaire', '{partner}', $2) returning id`,
      [app.fixture.organizationId, customerId],
    );
    const { data } = await app.gql(CreateCustomer, { input: { legalName: 'Autre client', siren: '732829320', billingAddress: { line1: '2 rue B', postalCode: '69001', city: 'Lyon' } } });
    const [stranger] = await app.sql<{ id: number }>(
      `insert into app_user (organization_id, email, display_name, roles, customer_id) values ($1, 'partner-other@test.fr', 'Autre partenaire', '{partner}', $2) returning id`,
      [app.fixture.organizationId, asType(data!.createCustomer, 'Customer').id],
    );
    const own = signStaffToken(TEST_SECRET, { userId: Number(partner.id), organizationId: app.fixture.organizationId, roles: [Role.PARTNER] });
    expect((await download(`/documents/invoices/${esat.invoice.id}.pdf`, own)).status).toBe(200);
    expect((await download(`/documents/delivery-notes/${esat.note.id}.pdf`, own)).status).toBe(200);
    const drafts = await app.sql<{ id: string }>(`select id from invoice where customer_id = $1 and status = 'draft' limit 1`, [customerId]);
    expect((await download(`/documents/invoices/${drafts[0].id}.pdf`, own)).status).toBe(404);
    const other = signStaffToken(TEST_SECRET, { userId: Number(stranger.id), organizationId: app.fixture.organizationId, roles: [Role.PARTNER] });
    expect((await download(`/documents/invoices/${esat.invoice.id}.pdf`, other)).status).toBe(404);
  });
});

describe('the social-value line', () => {
  /** An invoice of one order line on which these beneficiaries worked these validated hours. */
  async function invoiceWorkedBy(hours: number[]) {
    const { data } = await app.gql(CreateOrder, {
      input: { establishmentId: String(app.fixture.esatId), customerId, orderDate: '2026-04-01', lines: [{ catalogItemId: items.packing, quantity: 100 }] },
    });
    const order = asType(data!.createOrder, 'Order');
    for (const worked of hours) {
      const beneficiary = await createBeneficiary(app);
      await validatedWork(app, { beneficiaryId: beneficiary.id, orderLineId: order.lines[0].id, workDate: '2026-04-02', hours: worked });
    }
    const note = await deliver(app, order.id, undefined, '2026-04-03');
    const invoice = await issue(app, (await draftInvoice(app, [note.id])).id, '2026-04-06');
    const { status, body } = await download(`/documents/invoices/${invoice.id}.pdf`);
    expect(status).toBe(200);
    return { note, text: pdfText(body) };
  }

  beforeAll(async () => {
    await app.gql(Mentions, { input: { ...mentions, socialValueLine: true } });
  });
  afterAll(async () => {
    await app.gql(Mentions, { input: mentions });
  });

  test('prints the number of workers and their hours, rounded to the hour, when enough of them worked', async () => {
    const { note, text } = await invoiceWorkedBy([2.5, 3, 4]);
    expect(text).toContain(`Réalisé par 3 travailleurs de l'ESAT`);
    expect(text).toMatch(/10 heures de travail/);
    const delivery = await download(`/documents/delivery-notes/${note.id}.pdf`);
    expect(pdfText(delivery.body)).toContain('Réalisé par 3 travailleurs');
  });

  test('prints nothing of the work when fewer workers than the disclosure threshold did it', async () => {
    const { text } = await invoiceWorkedBy([3, 4]);
    expect(text).not.toContain('Réalisé par');
    expect(text).not.toMatch(/heures de travail/);
  });
});
