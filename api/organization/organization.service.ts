import type { RequestContext } from '../context';
import type { Establishment, Organization } from '../../schema/entities/organization.entity';
import { NotFoundError } from '../../schema/error-results';
import type { AddressInput } from '../../schema/inputs/sales.input';
import type { EstablishmentIdentityInput, InvoiceMentionsInput, LogoInput, OrganizationIdentityInput } from '../../schema/inputs/organization.input';
import { badUserInput } from '../common/errors';
import { compactIdentifier, sirenOfVatNumber } from '../../kernel/identity-numbers';
import { findRow } from '../common/rows';
import { Establishment as EstablishmentEntity } from '../../schema/entities/organization.entity';
import { establishmentById, organizationById } from './organization.loaders';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);
const MAX_LOGO_BYTES = 262_144;

function addressValues(address: AddressInput) {
  return [address.line1, address.line2 ?? null, address.postalCode.trim().toUpperCase(), address.city, address.countryCode ?? 'FR'];
}

/** Identities the documents print: organisation, establishments, invoice mentions, logo. Admins only (resolver). */
export class OrganizationService {
  private static async reload(ctx: RequestContext): Promise<Organization> {
    ctx.resetLoaders();
    return (await organizationById(ctx).load(ctx.organizationId))!;
  }

  static async updateIdentity(ctx: RequestContext, input: OrganizationIdentityInput): Promise<Organization> {
    const vatNumber = input.vatNumber ? compactIdentifier(input.vatNumber) : null;
    const siren = vatNumber ? sirenOfVatNumber(vatNumber) : null;
    if (siren) {
      // The legal person is one SIREN; its establishments' SIRETs start with it.
      const [row] = await ctx.db.query<{ sirens: string[] }>(
        `select coalesce(array_agg(distinct left(siret, 9)), '{}') as sirens from establishment where organization_id = $1`,
        [ctx.organizationId],
      );
      if (row.sirens.length > 0 && !row.sirens.includes(siren)) {
        throw badUserInput('vatNumber', `the VAT number carries SIREN ${siren}, not the organisation's (its establishments' SIRETs start with ${row.sirens.join(', ')})`);
      }
    }
    await ctx.db.query(
      `update organization set name = $2, legal_form = $3, rna_number = $4, rcs_city = $5, share_capital_cents = $6, vat_number = $7,
              address_line1 = $8, address_line2 = $9, postal_code = $10, city = $11, country_code = $12, updated_at = now()
        where id = $1`,
      [
        ctx.organizationId, input.name, input.legalForm, input.rnaNumber ? compactIdentifier(input.rnaNumber) : null, input.rcsCity ?? null,
        input.shareCapitalCents ?? null, vatNumber, ...addressValues(input.headOffice),
      ],
    );
    return OrganizationService.reload(ctx);
  }

  static async updateInvoiceMentions(ctx: RequestContext, input: InvoiceMentionsInput): Promise<Organization> {
    await ctx.db.query(
      `update organization set operations_nature = $2, late_penalty_terms = $3, early_payment_discount_terms = $4, vat_exemption_mention = $5,
              vat_on_debits = $6, social_value_line = $7, updated_at = now()
        where id = $1`,
      [ctx.organizationId, input.operationsNature, input.latePenaltyTerms, input.earlyPaymentDiscountTerms, input.vatExemptionMention ?? null, input.vatOnDebits, input.socialValueLine],
    );
    return OrganizationService.reload(ctx);
  }

  static async updateEstablishmentIdentity(ctx: RequestContext, id: string, input: EstablishmentIdentityInput): Promise<Establishment | NotFoundError> {
    const establishment = await findRow(ctx, EstablishmentEntity, id, { lock: true });
    if (!establishment) return new NotFoundError('id', 'Establishment');
    const iban = input.iban ? compactIdentifier(input.iban) : null;
    const bic = input.bic ? compactIdentifier(input.bic) : null;
    if (bic && !iban) throw badUserInput('bic', 'a BIC goes with an IBAN');
    // Within SEPA a French IBAN is enough to pay; a foreign account needs its BIC on the invoice.
    if (iban && !iban.startsWith('FR') && !bic) throw badUserInput('bic', 'give the BIC of an account outside France');
    // ESATs and EAs are French establishments (SIRET, FINESS): their address is in France.
    if ((input.address.countryCode ?? 'FR') !== 'FR') throw badUserInput('address.countryCode', 'an establishment is in France (FR)');
    const [line1, line2, postalCode, city] = addressValues(input.address);
    await ctx.db.query(
      `update establishment set address_line1 = $3, address_line2 = $4, postal_code = $5, city = $6, iban = $7, bic = $8, updated_at = now()
        where organization_id = $1 and id = $2`,
      [ctx.organizationId, establishment.id, line1, line2, postalCode, city, iban, bic],
    );
    ctx.resetLoaders();
    return (await establishmentById(ctx).load(establishment.id))!;
  }

  /** Sets (or, with null, removes) the logo; its bytes must be the image type they claim. */
  static async setLogo(ctx: RequestContext, input: LogoInput | null | undefined): Promise<Organization> {
    if (!input) {
      await ctx.db.query('delete from organization_logo where organization_id = $1', [ctx.organizationId]);
      return OrganizationService.reload(ctx);
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.base64) || input.base64.length % 4 !== 0) throw badUserInput('logo.base64', 'is not base64');
    const bytes = Buffer.from(input.base64, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_LOGO_BYTES) throw badUserInput('logo.base64', `the image must be 1 byte to ${MAX_LOGO_BYTES / 1024} KiB`);
    const signature = input.mediaType === 'image/png' ? PNG_SIGNATURE : JPEG_SIGNATURE;
    if (!bytes.subarray(0, signature.length).equals(signature)) throw badUserInput('logo.mediaType', `the bytes are not a ${input.mediaType} image`);
    await ctx.db.query(
      `insert into organization_logo (organization_id, media_type, bytes) values ($1, $2, $3)
       on conflict (organization_id) do update set media_type = excluded.media_type, bytes = excluded.bytes, updated_at = now()`,
      [ctx.organizationId, input.mediaType, bytes],
    );
    return OrganizationService.reload(ctx);
  }

  static async hasLogo(ctx: RequestContext): Promise<boolean> {
    const rows = await ctx.db.query('select 1 from organization_logo where organization_id = $1', [ctx.organizationId]);
    return rows.length > 0;
  }
}
