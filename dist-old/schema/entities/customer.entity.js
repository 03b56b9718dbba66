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
exports.Customer = exports.Address = void 0;
const type_graphql_1 = require("type-graphql");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
let Address = class Address {
};
exports.Address = Address;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], Address.prototype, "line1", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Address.prototype, "line2", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], Address.prototype, "postalCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], Address.prototype, "city", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'ISO 3166-1 alpha-2 country code.' }),
    __metadata("design:type", String)
], Address.prototype, "countryCode", void 0);
exports.Address = Address = __decorate([
    (0, type_graphql_1.ObjectType)()
], Address);
let Customer = class Customer extends base_entity_1.TenantEntity {
};
exports.Customer = Customer;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ name: 'legal_name', type: 'text' }),
    __metadata("design:type", String)
], Customer.prototype, "legalName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'SIREN (9 digits, Luhn key checked).' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Customer.prototype, "siren", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'SIRET of the ordering site (14 digits, Luhn key checked).' }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "siret", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Intracommunity VAT number, when the customer has one (printed on invoices).' }),
    (0, typeorm_1.Column)({ name: 'vat_number', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "vatNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'A public buyer (may reserve contracts for EA/ESAT, CCP L2113-12).' }),
    (0, typeorm_1.Column)({ name: 'is_public_buyer', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Customer.prototype, "isPublicBuyer", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "email", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'billing_line1', type: 'text' }),
    __metadata("design:type", String)
], Customer.prototype, "billingLine1", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'billing_line2', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "billingLine2", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'billing_postal_code', type: 'text' }),
    __metadata("design:type", String)
], Customer.prototype, "billingPostalCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'billing_city', type: 'text' }),
    __metadata("design:type", String)
], Customer.prototype, "billingCity", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'billing_country_code', type: 'text', default: 'FR' }),
    __metadata("design:type", String)
], Customer.prototype, "billingCountryCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'delivery_line1', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "deliveryLine1", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'delivery_line2', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "deliveryLine2", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'delivery_postal_code', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "deliveryPostalCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'delivery_city', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "deliveryCity", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'delivery_country_code', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Customer.prototype, "deliveryCountryCode", void 0);
exports.Customer = Customer = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A donneur d\'ordre: the company or public buyer that orders from the establishments.' }),
    (0, typeorm_1.Entity)('customer')
], Customer);
//# sourceMappingURL=customer.entity.js.map