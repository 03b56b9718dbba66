"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MadContractList = exports.ProductionSheetList = exports.WorkRecordList = exports.BeneficiaryList = exports.WorkshopList = exports.PaymentList = exports.CreditNoteList = exports.InvoiceList = exports.DeliveryNoteList = exports.OrderList = exports.QuoteList = exports.CatalogItemList = exports.CustomerList = void 0;
const type_graphql_1 = require("type-graphql");
const pagination_1 = require("./pagination");
const customer_entity_1 = require("./entities/customer.entity");
const catalog_item_entity_1 = require("./entities/catalog-item.entity");
const sales_entity_1 = require("./entities/sales.entity");
const production_entity_1 = require("./entities/production.entity");
let CustomerList = class CustomerList extends (0, pagination_1.PaginatedList)(customer_entity_1.Customer) {
};
exports.CustomerList = CustomerList;
exports.CustomerList = CustomerList = __decorate([
    (0, type_graphql_1.ObjectType)()
], CustomerList);
let CatalogItemList = class CatalogItemList extends (0, pagination_1.PaginatedList)(catalog_item_entity_1.CatalogItem) {
};
exports.CatalogItemList = CatalogItemList;
exports.CatalogItemList = CatalogItemList = __decorate([
    (0, type_graphql_1.ObjectType)()
], CatalogItemList);
let QuoteList = class QuoteList extends (0, pagination_1.PaginatedList)(sales_entity_1.Quote) {
};
exports.QuoteList = QuoteList;
exports.QuoteList = QuoteList = __decorate([
    (0, type_graphql_1.ObjectType)()
], QuoteList);
let OrderList = class OrderList extends (0, pagination_1.PaginatedList)(sales_entity_1.Order) {
};
exports.OrderList = OrderList;
exports.OrderList = OrderList = __decorate([
    (0, type_graphql_1.ObjectType)()
], OrderList);
let DeliveryNoteList = class DeliveryNoteList extends (0, pagination_1.PaginatedList)(sales_entity_1.DeliveryNote) {
};
exports.DeliveryNoteList = DeliveryNoteList;
exports.DeliveryNoteList = DeliveryNoteList = __decorate([
    (0, type_graphql_1.ObjectType)()
], DeliveryNoteList);
let InvoiceList = class InvoiceList extends (0, pagination_1.PaginatedList)(sales_entity_1.Invoice) {
};
exports.InvoiceList = InvoiceList;
exports.InvoiceList = InvoiceList = __decorate([
    (0, type_graphql_1.ObjectType)()
], InvoiceList);
let CreditNoteList = class CreditNoteList extends (0, pagination_1.PaginatedList)(sales_entity_1.CreditNote) {
};
exports.CreditNoteList = CreditNoteList;
exports.CreditNoteList = CreditNoteList = __decorate([
    (0, type_graphql_1.ObjectType)()
], CreditNoteList);
let PaymentList = class PaymentList extends (0, pagination_1.PaginatedList)(sales_entity_1.Payment) {
};
exports.PaymentList = PaymentList;
exports.PaymentList = PaymentList = __decorate([
    (0, type_graphql_1.ObjectType)()
], PaymentList);
let WorkshopList = class WorkshopList extends (0, pagination_1.PaginatedList)(production_entity_1.Workshop) {
};
exports.WorkshopList = WorkshopList;
exports.WorkshopList = WorkshopList = __decorate([
    (0, type_graphql_1.ObjectType)()
], WorkshopList);
let BeneficiaryList = class BeneficiaryList extends (0, pagination_1.PaginatedList)(production_entity_1.Beneficiary) {
};
exports.BeneficiaryList = BeneficiaryList;
exports.BeneficiaryList = BeneficiaryList = __decorate([
    (0, type_graphql_1.ObjectType)()
], BeneficiaryList);
let WorkRecordList = class WorkRecordList extends (0, pagination_1.PaginatedList)(production_entity_1.WorkRecord) {
};
exports.WorkRecordList = WorkRecordList;
exports.WorkRecordList = WorkRecordList = __decorate([
    (0, type_graphql_1.ObjectType)()
], WorkRecordList);
let ProductionSheetList = class ProductionSheetList extends (0, pagination_1.PaginatedList)(production_entity_1.ProductionSheet) {
};
exports.ProductionSheetList = ProductionSheetList;
exports.ProductionSheetList = ProductionSheetList = __decorate([
    (0, type_graphql_1.ObjectType)()
], ProductionSheetList);
let MadContractList = class MadContractList extends (0, pagination_1.PaginatedList)(production_entity_1.MadContract) {
};
exports.MadContractList = MadContractList;
exports.MadContractList = MadContractList = __decorate([
    (0, type_graphql_1.ObjectType)()
], MadContractList);
//# sourceMappingURL=lists.js.map