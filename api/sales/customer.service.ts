import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { Customer } from '../../schema/entities/customer.entity';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import { DuplicateError, NotFoundError } from '../../schema/error-results';
import type { AddressInput, CatalogItemInput, CatalogItemListOptions, CustomerInput, CustomerListOptions } from '../../schema/inputs/sales.input';
import { establishmentById } from '../organization/organization.loaders';
import { findRow, insertRows, updateRow } from '../common/rows';
import { Filter, listQuery } from '../read/list-query';
import { vatPercentToBp } from '../../kernel/totals';
import { compactIdentifier, sirenOfVatNumber } from '../../kernel/identity-numbers';
import { badUserInput, parseId, parseOptionalId } from '../common/errors';

function addressColumns(prefix: 'billing' | 'delivery', address: AddressInput | undefined | null) {
  return {
    [`${prefix}Line1`]: address?.line1 ?? null,
    [`${prefix}Line2`]: address?.line2 ?? null,
    [`${prefix}PostalCode`]: address?.postalCode ?? null,
    [`${prefix}City`]: address?.city ?? null,
    [`${prefix}CountryCode`]: address ? (address.countryCode ?? 'FR') : null,
  } as Partial<Customer>;
}

function customerColumns(input: CustomerInput): Partial<Customer> {
  return {
    legalName: input.legalName,
    siren: input.siren,
    siret: input.siret ?? null,
    vatNumber: input.vatNumber ? compactIdentifier(input.vatNumber) : null,
    isPublicBuyer: input.isPublicBuyer ?? false,
    email: input.email ?? null,
    ...addressColumns('billing', input.billingAddress),
    ...addressColumns('delivery', input.deliveryAddress),
  };
}

function siretMatchesSiren(input: CustomerInput): boolean {
  return !input.siret || input.siret.startsWith(input.siren);
}

/** A French VAT number is the SIREN with a key: another company's would put the wrong buyer on invoices. */
function checkVatNumberSiren(input: CustomerInput): void {
  const siren = input.vatNumber ? sirenOfVatNumber(compactIdentifier(input.vatNumber)) : null;
  if (siren && siren !== input.siren) throw badUserInput('vatNumber', `the VAT number carries SIREN ${siren}, not the customer's (${input.siren})`);
}

export class CustomerService {
  static async list(ctx: RequestContext, options: CustomerListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx).add('t.is_public_buyer = ?', options.isPublicBuyer);
    if (options.search) filter.add('(t.legal_name ilike ? or t.siren = ?)', `%${escapeLike(options.search)}%`, options.search);
    return listQuery<Customer>(ctx, Customer, filter, options, 'legal_name', info);
  }

  static async create(ctx: RequestContext, input: CustomerInput): Promise<Customer | DuplicateError> {
    checkVatNumberSiren(input);
    if (!siretMatchesSiren(input)) return new DuplicateError('siret', 'the SIRET must start with the SIREN');
    const [id] = await insertRows(ctx, Customer, [customerColumns(input)]);
    return (await findRow(ctx, Customer, id))!;
  }

  static async update(ctx: RequestContext, id: string, input: CustomerInput): Promise<Customer | NotFoundError | DuplicateError> {
    const customer = await findRow(ctx, Customer, id, { lock: true });
    if (!customer) return new NotFoundError('id', 'Customer');
    checkVatNumberSiren(input);
    if (!siretMatchesSiren(input)) return new DuplicateError('siret', 'the SIRET must start with the SIREN');
    await updateRow(ctx, Customer, customer.id, customerColumns(input));
    return (await findRow(ctx, Customer, customer.id))!;
  }
}

export class CatalogService {
  static async list(ctx: RequestContext, options: CatalogItemListOptions = {}, info: GraphQLResolveInfo) {
    const filter = new Filter(ctx).add('t.service_type = ?', options.serviceType).add('t.active = ?', options.active);
    if (options.search) filter.add('(t.label ilike ? or t.code ilike ?)', `%${escapeLike(options.search)}%`, `${escapeLike(options.search)}%`);
    return listQuery<CatalogItem>(ctx, CatalogItem, filter, options, 'code', info);
  }

  private static async columns(ctx: RequestContext, input: CatalogItemInput): Promise<Partial<CatalogItem> | NotFoundError> {
    if (input.establishmentId && !(await establishmentById(ctx).load(parseId(input.establishmentId, 'establishmentId')))) {
      return new NotFoundError('establishmentId', 'Establishment');
    }
    return {
      establishmentId: parseOptionalId(input.establishmentId, 'establishmentId'),
      code: input.code,
      label: input.label,
      unit: input.unit,
      unitPriceCents: input.unitPriceCents,
      vatRateBp: vatPercentToBp(input.vatRatePercent)!,
      activity: input.activity,
      serviceType: input.serviceType,
      materialsCents: input.materialsCents ?? 0,
      subcontractingCents: input.subcontractingCents ?? 0,
      intermediateConsumptionCents: input.intermediateConsumptionCents ?? 0,
      sellingCostsCents: input.sellingCostsCents ?? 0,
      active: input.active ?? true,
    };
  }

  private static async codeTaken(ctx: RequestContext, code: string, exceptId?: number): Promise<boolean> {
    const rows = await ctx.db.query('select 1 from catalog_item where organization_id = $1 and code = $2 and id is distinct from $3', [
      ctx.organizationId,
      code,
      exceptId ?? null,
    ]);
    return rows.length > 0;
  }

  static async create(ctx: RequestContext, input: CatalogItemInput): Promise<CatalogItem | NotFoundError | DuplicateError> {
    const columns = await CatalogService.columns(ctx, input);
    if (columns instanceof NotFoundError) return columns;
    if (await CatalogService.codeTaken(ctx, input.code)) return new DuplicateError('code', `catalog code ${input.code} is already used`);
    const [id] = await insertRows(ctx, CatalogItem, [columns]);
    return (await findRow(ctx, CatalogItem, id))!;
  }

  static async update(ctx: RequestContext, id: string, input: CatalogItemInput): Promise<CatalogItem | NotFoundError | DuplicateError> {
    const item = await findRow(ctx, CatalogItem, id, { lock: true });
    if (!item) return new NotFoundError('id', 'Catalog item');
    const columns = await CatalogService.columns(ctx, input);
    if (columns instanceof NotFoundError) return columns;
    if (await CatalogService.codeTaken(ctx, input.code, item.id)) return new DuplicateError('code', `catalog code ${input.code} is already used`);
    await updateRow(ctx, CatalogItem, item.id, columns);
    return (await findRow(ctx, CatalogItem, item.id))!;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
