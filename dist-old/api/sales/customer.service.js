"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatalogService = exports.CustomerService = void 0;
const customer_entity_1 = require("../../schema/entities/customer.entity");
const catalog_item_entity_1 = require("../../schema/entities/catalog-item.entity");
const error_results_1 = require("../../schema/error-results");
const organization_loaders_1 = require("../organization/organization.loaders");
const rows_1 = require("../common/rows");
const list_query_1 = require("../read/list-query");
const totals_1 = require("../../kernel/totals");
const identity_numbers_1 = require("../../kernel/identity-numbers");
const errors_1 = require("../common/errors");
function addressColumns(prefix, address) {
    return {
        [`${prefix}Line1`]: address?.line1 ?? null,
        [`${prefix}Line2`]: address?.line2 ?? null,
        [`${prefix}PostalCode`]: address?.postalCode ?? null,
        [`${prefix}City`]: address?.city ?? null,
        [`${prefix}CountryCode`]: address ? (address.countryCode ?? 'FR') : null,
    };
}
function customerColumns(input) {
    return {
        legalName: input.legalName,
        siren: input.siren,
        siret: input.siret ?? null,
        vatNumber: input.vatNumber ? (0, identity_numbers_1.compactIdentifier)(input.vatNumber) : null,
        isPublicBuyer: input.isPublicBuyer ?? false,
        email: input.email ?? null,
        ...addressColumns('billing', input.billingAddress),
        ...addressColumns('delivery', input.deliveryAddress),
    };
}
function siretMatchesSiren(input) {
    return !input.siret || input.siret.startsWith(input.siren);
}
/** A French VAT number is the SIREN with a key: another company's would put the wrong buyer on invoices. */
function checkVatNumberSiren(input) {
    const siren = input.vatNumber ? (0, identity_numbers_1.sirenOfVatNumber)((0, identity_numbers_1.compactIdentifier)(input.vatNumber)) : null;
    if (siren && siren !== input.siren)
        throw (0, errors_1.badUserInput)('vatNumber', `the VAT number carries SIREN ${siren}, not the customer's (${input.siren})`);
}
class CustomerService {
    static async list(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx).add('t.is_public_buyer = ?', options.isPublicBuyer);
        if (options.search)
            filter.add('(t.legal_name ilike ? or t.siren = ?)', `%${escapeLike(options.search)}%`, options.search);
        return (0, list_query_1.listQuery)(ctx, customer_entity_1.Customer, filter, options, 'legal_name', info);
    }
    static async create(ctx, input) {
        checkVatNumberSiren(input);
        if (!siretMatchesSiren(input))
            return new error_results_1.DuplicateError('siret', 'the SIRET must start with the SIREN');
        const [id] = await (0, rows_1.insertRows)(ctx, customer_entity_1.Customer, [customerColumns(input)]);
        return (await (0, rows_1.findRow)(ctx, customer_entity_1.Customer, id));
    }
    static async update(ctx, id, input) {
        const customer = await (0, rows_1.findRow)(ctx, customer_entity_1.Customer, id, { lock: true });
        if (!customer)
            return new error_results_1.NotFoundError('id', 'Customer');
        checkVatNumberSiren(input);
        if (!siretMatchesSiren(input))
            return new error_results_1.DuplicateError('siret', 'the SIRET must start with the SIREN');
        await (0, rows_1.updateRow)(ctx, customer_entity_1.Customer, customer.id, customerColumns(input));
        return (await (0, rows_1.findRow)(ctx, customer_entity_1.Customer, customer.id));
    }
}
exports.CustomerService = CustomerService;
class CatalogService {
    static async list(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx).add('t.service_type = ?', options.serviceType).add('t.active = ?', options.active);
        if (options.search)
            filter.add('(t.label ilike ? or t.code ilike ?)', `%${escapeLike(options.search)}%`, `${escapeLike(options.search)}%`);
        return (0, list_query_1.listQuery)(ctx, catalog_item_entity_1.CatalogItem, filter, options, 'code', info);
    }
    static async columns(ctx, input) {
        if (input.establishmentId && !(await (0, organization_loaders_1.establishmentById)(ctx).load(Number(input.establishmentId)))) {
            return new error_results_1.NotFoundError('establishmentId', 'Establishment');
        }
        return {
            establishmentId: input.establishmentId ?? null,
            code: input.code,
            label: input.label,
            unit: input.unit,
            unitPriceCents: input.unitPriceCents,
            vatRateBp: (0, totals_1.vatPercentToBp)(input.vatRatePercent),
            activity: input.activity,
            serviceType: input.serviceType,
            materialsCents: input.materialsCents ?? 0,
            subcontractingCents: input.subcontractingCents ?? 0,
            intermediateConsumptionCents: input.intermediateConsumptionCents ?? 0,
            sellingCostsCents: input.sellingCostsCents ?? 0,
            active: input.active ?? true,
        };
    }
    static async codeTaken(ctx, code, exceptId) {
        const rows = await ctx.db.query('select 1 from catalog_item where organization_id = $1 and code = $2 and id is distinct from $3', [
            ctx.organizationId,
            code,
            exceptId ?? null,
        ]);
        return rows.length > 0;
    }
    static async create(ctx, input) {
        const columns = await CatalogService.columns(ctx, input);
        if (columns instanceof error_results_1.NotFoundError)
            return columns;
        if (await CatalogService.codeTaken(ctx, input.code))
            return new error_results_1.DuplicateError('code', `catalog code ${input.code} is already used`);
        const [id] = await (0, rows_1.insertRows)(ctx, catalog_item_entity_1.CatalogItem, [columns]);
        return (await (0, rows_1.findRow)(ctx, catalog_item_entity_1.CatalogItem, id));
    }
    static async update(ctx, id, input) {
        const item = await (0, rows_1.findRow)(ctx, catalog_item_entity_1.CatalogItem, id, { lock: true });
        if (!item)
            return new error_results_1.NotFoundError('id', 'Catalog item');
        const columns = await CatalogService.columns(ctx, input);
        if (columns instanceof error_results_1.NotFoundError)
            return columns;
        if (await CatalogService.codeTaken(ctx, input.code, Number(item.id)))
            return new error_results_1.DuplicateError('code', `catalog code ${input.code} is already used`);
        await (0, rows_1.updateRow)(ctx, catalog_item_entity_1.CatalogItem, item.id, columns);
        return (await (0, rows_1.findRow)(ctx, catalog_item_entity_1.CatalogItem, item.id));
    }
}
exports.CatalogService = CatalogService;
function escapeLike(text) {
    return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
//# sourceMappingURL=customer.service.js.map