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
exports.CatalogItem = exports.CostSplitColumns = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const typeorm_1 = require("typeorm");
const base_entity_1 = require("./base.entity");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
/**
 * The OETH cost split of one unit, in cents: the amounts deducted from the price to get the labour
 * cost (art. D5212-22: matières premières, sous-traitance, consommations intermédiaires, frais de vente).
 */
let CostSplitColumns = class CostSplitColumns extends base_entity_1.TenantEntity {
};
exports.CostSplitColumns = CostSplitColumns;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readCostSplit),
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Raw materials, products and supplies per unit (matières premières).' }),
    (0, typeorm_1.Column)({ name: 'materials_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], CostSplitColumns.prototype, "materialsCents", void 0);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readCostSplit),
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Subcontracting per unit (sous-traitance).' }),
    (0, typeorm_1.Column)({ name: 'subcontracting_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], CostSplitColumns.prototype, "subcontractingCents", void 0);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readCostSplit),
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Intermediate consumption per unit (consommations intermédiaires).' }),
    (0, typeorm_1.Column)({ name: 'intermediate_consumption_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], CostSplitColumns.prototype, "intermediateConsumptionCents", void 0);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readCostSplit),
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'Selling and marketing costs per unit (frais de vente et de commercialisation).' }),
    (0, typeorm_1.Column)({ name: 'selling_costs_cents', type: 'bigint', default: 0 }),
    __metadata("design:type", Number)
], CostSplitColumns.prototype, "sellingCostsCents", void 0);
exports.CostSplitColumns = CostSplitColumns = __decorate([
    (0, type_graphql_1.ObjectType)()
], CostSplitColumns);
let CatalogItem = class CatalogItem extends CostSplitColumns {
};
exports.CatalogItem = CatalogItem;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The establishment that sells it; null when every establishment does.' }),
    (0, typeorm_1.Column)({ name: 'establishment_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], CatalogItem.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], CatalogItem.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], CatalogItem.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Unit of sale: piece, hour, kg, m², day…' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], CatalogItem.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, typeorm_1.Column)({ name: 'unit_price_cents', type: 'bigint' }),
    __metadata("design:type", Number)
], CatalogItem.prototype, "unitPriceCents", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vat_rate_bp', type: 'integer' }),
    __metadata("design:type", Number)
], CatalogItem.prototype, "vatRateBp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'VAT rate in percent (20, 10, 5.5, 2.1 or 0).' }),
    __metadata("design:type", Number)
], CatalogItem.prototype, "vatRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Activity (conditionnement, espaces verts, blanchisserie…).' }),
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], CatalogItem.prototype, "activity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ServiceType),
    (0, typeorm_1.Column)({ name: 'service_type', type: 'text' }),
    __metadata("design:type", String)
], CatalogItem.prototype, "serviceType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    (0, typeorm_1.Column)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], CatalogItem.prototype, "active", void 0);
exports.CatalogItem = CatalogItem = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A product or service the establishments sell.' }),
    (0, typeorm_1.Entity)('catalog_item')
], CatalogItem);
//# sourceMappingURL=catalog-item.entity.js.map