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
exports.VatBreakdown = exports.SalesDocument = exports.DocumentLine = void 0;
const type_graphql_1 = require("type-graphql");
const typeorm_1 = require("typeorm");
const catalog_item_entity_1 = require("./catalog-item.entity");
const base_entity_1 = require("./base.entity");
const scalars_1 = require("../scalars");
/** Columns shared by quote, order, invoice and credit-note lines: what was sold, how many, at what price. */
let DocumentLine = class DocumentLine extends catalog_item_entity_1.CostSplitColumns {
};
exports.DocumentLine = DocumentLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Position of the line in its document, from 1.' }),
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], DocumentLine.prototype, "position", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'catalog_item_id', type: 'bigint' }),
    __metadata("design:type", String)
], DocumentLine.prototype, "catalogItemId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], DocumentLine.prototype, "description", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, typeorm_1.Column)({ type: 'numeric', precision: 14, scale: 3 }),
    __metadata("design:type", Number)
], DocumentLine.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, typeorm_1.Column)({ name: 'unit_price_cents', type: 'bigint' }),
    __metadata("design:type", Number)
], DocumentLine.prototype, "unitPriceCents", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vat_rate_bp', type: 'integer' }),
    __metadata("design:type", Number)
], DocumentLine.prototype, "vatRateBp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'VAT rate in percent.' }),
    __metadata("design:type", Number)
], DocumentLine.prototype, "vatRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'quantity × unit price, rounded half away from zero to the cent.' }),
    (0, typeorm_1.Column)({ name: 'total_ht_cents', type: 'bigint' }),
    __metadata("design:type", Number)
], DocumentLine.prototype, "totalHtCents", void 0);
exports.DocumentLine = DocumentLine = __decorate([
    (0, type_graphql_1.ObjectType)()
], DocumentLine);
/** What every numbered sales document has: its establishment, its customer, its number and its totals. */
let SalesDocument = class SalesDocument extends base_entity_1.TenantEntity {
};
exports.SalesDocument = SalesDocument;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint' }),
    __metadata("design:type", String)
], SalesDocument.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, typeorm_1.Column)({ name: 'customer_id', type: 'bigint' }),
    __metadata("design:type", String)
], SalesDocument.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Document number, unique per establishment.' }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], SalesDocument.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], SalesDocument.prototype, "notes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Total excluding VAT (HT).' }),
    (0, typeorm_1.Column)({ name: 'total_ht_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], SalesDocument.prototype, "totalHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'VAT (TVA), computed per rate on the HT subtotal of that rate.' }),
    (0, typeorm_1.Column)({ name: 'total_vat_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], SalesDocument.prototype, "totalVatCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Total including VAT (TTC).' }),
    (0, typeorm_1.Column)({ name: 'total_ttc_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], SalesDocument.prototype, "totalTtcCents", void 0);
exports.SalesDocument = SalesDocument = __decorate([
    (0, type_graphql_1.ObjectType)()
], SalesDocument);
let VatBreakdown = class VatBreakdown {
};
exports.VatBreakdown = VatBreakdown;
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], VatBreakdown.prototype, "vatRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], VatBreakdown.prototype, "baseHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], VatBreakdown.prototype, "vatCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    __metadata("design:type", Number)
], VatBreakdown.prototype, "totalTtcCents", void 0);
exports.VatBreakdown = VatBreakdown = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'HT, VAT and TTC for one VAT rate of a document.' })
], VatBreakdown);
//# sourceMappingURL=document.entity.js.map