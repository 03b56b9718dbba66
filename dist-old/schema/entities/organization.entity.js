"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.User = exports.Establishment = exports.InvoiceMentions = exports.Organization = void 0;
const type_graphql_1 = require("type-graphql");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
let Organization = class Organization extends base_entity_1.BaseEntity {
};
exports.Organization = Organization;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Organization.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Legal form printed on documents (association loi 1901, SAS, SA…).' }),
    (0, typeorm_1.Column)({ name: 'legal_form', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "legalForm", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'RNA number of an association (W and nine characters).' }),
    (0, typeorm_1.Column)({ name: 'rna_number', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "rnaNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'City of the RCS registry a company is registered at (printed "RCS <city> <SIREN>").' }),
    (0, typeorm_1.Column)({ name: 'rcs_city', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "rcsCity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true, description: 'Share capital of a company, in cents (none for an association).' }),
    (0, typeorm_1.Column)({ name: 'share_capital_cents', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "shareCapitalCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Intracommunity VAT number (FR + key + SIREN).' }),
    (0, typeorm_1.Column)({ name: 'vat_number', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "vatNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'address_line1', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "addressLine1", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'address_line2', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "addressLine2", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'postal_code', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "postalCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "city", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'country_code', type: 'text', default: 'FR' }),
    __metadata("design:type", String)
], Organization.prototype, "countryCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'operations_nature', type: 'text', default: enums_1.OperationsNature.SERVICES }),
    __metadata("design:type", String)
], Organization.prototype, "operationsNature", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'late_penalty_terms', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "latePenaltyTerms", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'early_payment_discount_terms', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "earlyPaymentDiscountTerms", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vat_exemption_mention', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "vatExemptionMention", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vat_on_debits', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Organization.prototype, "vatOnDebits", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'social_value_line', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Organization.prototype, "socialValueLine", void 0);
exports.Organization = Organization = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The organisme gestionnaire: the tenant, and the legal person that sells. It runs one or more establishments.' }),
    (0, typeorm_1.Entity)('organization')
], Organization);
let InvoiceMentions = class InvoiceMentions {
};
exports.InvoiceMentions = InvoiceMentions;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OperationsNature),
    __metadata("design:type", String)
], InvoiceMentions.prototype, "operationsNature", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The late-payment penalty rate, as printed.' }),
    __metadata("design:type", Object)
], InvoiceMentions.prototype, "latePenaltyTerms", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Early-payment discount terms, or that there is none.' }),
    __metadata("design:type", Object)
], InvoiceMentions.prototype, "earlyPaymentDiscountTerms", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Printed for lines at 0 % VAT: the exemption and its article.' }),
    __metadata("design:type", Object)
], InvoiceMentions.prototype, "vatExemptionMention", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'The option for VAT on debits (TVA sur les débits), printed when chosen.' }),
    __metadata("design:type", Boolean)
], InvoiceMentions.prototype, "vatOnDebits", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'Delivery notes and invoices carry one line of social value (workers, hours: aggregates only).' }),
    __metadata("design:type", Boolean)
], InvoiceMentions.prototype, "socialValueLine", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'The fixed recovery indemnity a professional buyer owes when paying late (D441-5), from the dated legal parameters.' }),
    __metadata("design:type", Number)
], InvoiceMentions.prototype, "recoveryIndemnityCents", void 0);
exports.InvoiceMentions = InvoiceMentions = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The mentions the organisation\'s invoices carry by default (Code de commerce L441-9, e-invoicing reform); its own wordings.' })
], InvoiceMentions);
let Establishment = class Establishment extends base_entity_1.TenantEntity {
};
exports.Establishment = Establishment;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.EstablishmentKind),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Establishment.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Short code used in document numbers (e.g. ESAT-LYON).' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Establishment.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Establishment.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Establishment.prototype, "siret", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'FINESS number (ESAT only).' }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "finess", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "city", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'address_line1', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "addressLine1", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'address_line2', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "addressLine2", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'postal_code', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "postalCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Account the establishment\'s invoices are paid into.' }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "iban", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Establishment.prototype, "bic", void 0);
exports.Establishment = Establishment = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An ESAT or EA establishment of the organisation; invoices are numbered per establishment.' }),
    (0, typeorm_1.Entity)('establishment')
], Establishment);
let User = class User extends base_entity_1.TenantEntity {
};
exports.User = User;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], User.prototype, "email", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ name: 'display_name', type: 'text' }),
    __metadata("design:type", String)
], User.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.Role]),
    (0, typeorm_1.Column)({ type: 'text', array: true }),
    __metadata("design:type", Array)
], User.prototype, "roles", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    (0, typeorm_1.Column)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], User.prototype, "active", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'For a PARTNER account: the customer it acts for.' }),
    (0, typeorm_1.Column)({ name: 'customer_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { description: 'For a FUNDER account: the establishments whose funder reports it reads.' }),
    (0, typeorm_1.Column)({ name: 'funder_establishment_ids', type: 'bigint', array: true, default: () => "'{}'" }),
    __metadata("design:type", Array)
], User.prototype, "establishmentIds", void 0);
exports.User = User = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A staff member or partner account.' }),
    (0, typeorm_1.Entity)('app_user')
], User);
//# sourceMappingURL=organization.entity.js.map