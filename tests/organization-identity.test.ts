import type { ExecutionResult } from 'graphql';
import { useTestApp } from './support/test-server';
import { graphql } from './gql';
import { Role } from '../schema/enums';

/**
 * The identities documents print: an admin edits them, bad identifiers are refused naming the field,
 * nothing is half-written, and other roles cannot change them.
 */

const app = useTestApp();

const UpdateIdentity = graphql(`
  mutation UpdateOrganizationIdentity($input: OrganizationIdentityInput!) {
    updateOrganizationIdentity(input: $input) {
      name legalForm rnaNumber rcsCity shareCapitalCents vatNumber
      headOffice { line1 line2 postalCode city countryCode }
    }
  }
`);

const UpdateMentions = graphql(`
  mutation UpdateInvoiceMentions($input: InvoiceMentionsInput!) {
    updateInvoiceMentions(input: $input) {
      invoiceMentions { operationsNature latePenaltyTerms earlyPaymentDiscountTerms vatExemptionMention vatOnDebits socialValueLine recoveryIndemnityCents }
    }
  }
`);

const UpdateEstablishment = graphql(`
  mutation UpdateEstablishmentIdentity($id: ID!, $input: EstablishmentIdentityInput!) {
    updateEstablishmentIdentity(id: $id, input: $input) {
      __typename
      ... on Establishment { id iban bic address { line1 postalCode city } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

const SetLogo = graphql(`
  mutation SetOrganizationLogo($logo: LogoInput) {
    setOrganizationLogo(logo: $logo) { hasLogo }
  }
`);

const CreateCustomerWithVat = graphql(`
  mutation CreateCustomerWithVat($input: CustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on Customer { id vatNumber deliveryAddress { line1 city } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

/** The fixture's establishments have SIRETs of SIREN 732829320, whose VAT key is 44. */
const identity = {
  name: 'Les Ateliers du Test',
  legalForm: 'Association déclarée (loi du 1er juillet 1901)',
  rnaNumber: 'w691 000 001',
  vatNumber: 'FR 44 732829320',
  headOffice: { line1: '3 rue du Test', postalCode: '69007', city: 'Lyon' },
};

function fieldsOf(response: ExecutionResult<unknown>): { code?: string; fields: string[] } {
  const error = response.errors?.[0];
  const extensions = error?.extensions as { code?: string; fields?: { field: string }[] } | undefined;
  return { code: extensions?.code, fields: (extensions?.fields ?? []).map((f) => f.field) };
}

async function organizationRow() {
  const [row] = await app.sql(`select * from organization where id = $1`, [app.fixture.organizationId]);
  return row;
}

describe('organisation identity', () => {
  it('stores the identifiers compact and answers them', async () => {
    const response = await app.gql(UpdateIdentity, { input: identity });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOrganizationIdentity).toMatchObject({
      legalForm: 'Association déclarée (loi du 1er juillet 1901)',
      rnaNumber: 'W691000001',
      vatNumber: 'FR44732829320',
      rcsCity: null,
      headOffice: { line1: '3 rue du Test', postalCode: '69007', city: 'Lyon', countryCode: 'FR' },
    });
  });

  it.each([
    ['a VAT key that does not match', { vatNumber: 'FR45732829320' }, 'vatNumber'],
    ['a VAT number of another SIREN', { vatNumber: 'FR40303265045' }, 'vatNumber'],
    ['a country that is not a member state', { vatNumber: 'US44732829320' }, 'vatNumber'],
    ['an RNA number of the wrong length', { rnaNumber: 'W69100000' }, 'rnaNumber'],
    ['a French postcode that is no département', { headOffice: { ...identity.headOffice, postalCode: '00100' } }, 'headOffice.postalCode'],
    ['a negative share capital', { shareCapitalCents: -1 }, 'shareCapitalCents'],
  ])('refuses %s, naming the field, and changes nothing', async (_label, change, field) => {
    const before = await organizationRow();
    const response = await app.gql(UpdateIdentity, { input: { ...identity, name: 'Changé', ...change } });
    expect(fieldsOf(response)).toEqual({ code: 'BAD_USER_INPUT', fields: [field] });
    expect(await organizationRow()).toEqual(before);
  });

  it('is an admin\'s to change: commercial staff and viewers are refused', async () => {
    for (const role of [Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR]) {
      const response = await app.gql(UpdateIdentity, { input: { ...identity, name: 'Pris' } }, app.token([role]));
      expect(fieldsOf(response).code).toBe('FORBIDDEN');
    }
    expect((await organizationRow()).name).toBe('Les Ateliers du Test');
  });
});

describe('invoice mentions', () => {
  it('keeps the organisation\'s wordings and gives the 40 € indemnity from the dated legal parameters', async () => {
    const input = {
      operationsNature: 'GOODS_AND_SERVICES' as const,
      latePenaltyTerms: 'Pénalités de retard : trois fois le taux d\'intérêt légal',
      earlyPaymentDiscountTerms: 'Pas d\'escompte pour paiement anticipé',
      vatExemptionMention: 'TVA non applicable (mention de test)',
      vatOnDebits: true,
      socialValueLine: true,
    };
    const response = await app.gql(UpdateMentions, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateInvoiceMentions.invoiceMentions).toEqual({ ...input, recoveryIndemnityCents: 4000 });
  });

  it('refuses an empty penalty wording', async () => {
    const response = await app.gql(UpdateMentions, {
      input: { operationsNature: 'SERVICES', latePenaltyTerms: '', earlyPaymentDiscountTerms: 'Aucun', vatOnDebits: false, socialValueLine: false },
    });
    expect(fieldsOf(response)).toEqual({ code: 'BAD_USER_INPUT', fields: ['latePenaltyTerms'] });
  });
});

describe('establishment identity', () => {
  const address = { line1: '52 rue de Gerland', postalCode: '69007', city: 'Lyon' };

  it('stores the address and a checked IBAN', async () => {
    const response = await app.gql(UpdateEstablishment, {
      id: String(app.fixture.esatId),
      input: { address, iban: 'FR14 2004 1010 0505 0001 3M02 606', bic: 'bnpa frpp' },
    });
    expect(response.data!.updateEstablishmentIdentity).toMatchObject({
      __typename: 'Establishment', iban: 'FR1420041010050500013M02606', bic: 'BNPAFRPP', address: { line1: '52 rue de Gerland', postalCode: '69007', city: 'Lyon' },
    });
  });

  it.each([
    ['an IBAN whose check digits fail', { iban: 'FR1520041010050500013M02606' }, 'iban'],
    ['a BIC of the wrong shape', { iban: 'FR1420041010050500013M02606', bic: 'BNPA' }, 'bic'],
    ['a foreign IBAN without its BIC', { iban: 'DE89370400440532013000' }, 'bic'],
    ['an address outside France', { iban: null, address: { ...address, postalCode: '1000', countryCode: 'BE' } }, 'address.countryCode'],
  ])('refuses %s', async (_label, change, field) => {
    const [before] = await app.sql(`select * from establishment where id = $1`, [app.fixture.esatId]);
    const response = await app.gql(UpdateEstablishment, { id: String(app.fixture.esatId), input: { address, ...change } });
    expect(fieldsOf(response)).toEqual({ code: 'BAD_USER_INPUT', fields: [field] });
    const [after] = await app.sql(`select * from establishment where id = $1`, [app.fixture.esatId]);
    expect(after).toEqual(before);
  });

  it('answers another organisation\'s establishment as not found', async () => {
    const response = await app.gql(UpdateEstablishment, { id: String(app.fixture.otherEstablishmentId), input: { address } });
    expect(response.data!.updateEstablishmentIdentity).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
  });
});

describe('logo', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');

  it('takes a PNG and removes it on null', async () => {
    expect((await app.gql(SetLogo, { logo: { mediaType: 'image/png', base64: png } })).data!.setOrganizationLogo.hasLogo).toBe(true);
    expect((await app.gql(SetLogo, { logo: null })).data!.setOrganizationLogo.hasLogo).toBe(false);
  });

  it('refuses bytes that are not the image type they claim, and text that is not base64', async () => {
    expect(fieldsOf(await app.gql(SetLogo, { logo: { mediaType: 'image/jpeg', base64: png } }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['logo.mediaType'] });
    expect(fieldsOf(await app.gql(SetLogo, { logo: { mediaType: 'image/png', base64: 'not base64!' } }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['logo.base64'] });
    expect(await app.sql('select 1 from organization_logo')).toEqual([]);
  });
});

describe('customer VAT number', () => {
  const customer = { legalName: 'Client TVA', siren: '303265045', billingAddress: { line1: '1 rue A', postalCode: '69001', city: 'Lyon' } };

  it('keeps a VAT number that carries the customer\'s SIREN, and its delivery address', async () => {
    const response = await app.gql(CreateCustomerWithVat, {
      input: { ...customer, vatNumber: 'FR40303265045', deliveryAddress: { line1: 'Quai 4', postalCode: '69100', city: 'Villeurbanne' } },
    });
    expect(response.data!.createCustomer).toMatchObject({ __typename: 'Customer', vatNumber: 'FR40303265045', deliveryAddress: { line1: 'Quai 4', city: 'Villeurbanne' } });
  });

  it('refuses a VAT number of another company, or with a wrong key', async () => {
    expect(fieldsOf(await app.gql(CreateCustomerWithVat, { input: { ...customer, vatNumber: 'FR44732829320' } }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['vatNumber'] });
    expect(fieldsOf(await app.gql(CreateCustomerWithVat, { input: { ...customer, vatNumber: 'FR41303265045' } }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['vatNumber'] });
    expect(await app.sql(`select 1 from customer where legal_name = 'Client TVA' and vat_number <> 'FR40303265045'`)).toEqual([]);
  });
});
