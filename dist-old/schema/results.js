"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ObjectiveResult = exports.WorkRecordImportResult = exports.MadContractResult = exports.WorkRecordValidationResult = exports.WorkRecordResult = exports.AllocationExpansionResult = exports.AllocationResult = exports.ProductionSheetResult = exports.MedicoSocialNoteResult = exports.BeneficiaryResult = exports.WorkGroupResult = exports.ActivityResult = exports.WorkshopResult = exports.CreditNoteResult = exports.PaymentResult = exports.InvoiceResult = exports.DeliveryNoteResult = exports.OrderResult = exports.QuoteResult = exports.CatalogItemResult = exports.CustomerResult = exports.EstablishmentResult = void 0;
const error_results_1 = require("./error-results");
const customer_entity_1 = require("./entities/customer.entity");
const objective_entity_1 = require("./entities/objective.entity");
const catalog_item_entity_1 = require("./entities/catalog-item.entity");
const organization_entity_1 = require("./entities/organization.entity");
const sales_entity_1 = require("./entities/sales.entity");
const production_entity_1 = require("./entities/production.entity");
const error_results_2 = require("./error-results");
exports.EstablishmentResult = (0, error_results_1.resultUnion)('EstablishmentResult', organization_entity_1.Establishment, [error_results_2.NotFoundError]);
exports.CustomerResult = (0, error_results_1.resultUnion)('CustomerResult', customer_entity_1.Customer, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.CatalogItemResult = (0, error_results_1.resultUnion)('CatalogItemResult', catalog_item_entity_1.CatalogItem, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.QuoteResult = (0, error_results_1.resultUnion)('QuoteResult', sales_entity_1.Quote, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.ChronologyError]);
exports.OrderResult = (0, error_results_1.resultUnion)('OrderResult', sales_entity_1.Order, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.ChronologyError]);
exports.DeliveryNoteResult = (0, error_results_1.resultUnion)('DeliveryNoteResult', sales_entity_1.DeliveryNote, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.QuantityExceededError, error_results_2.ChronologyError]);
exports.InvoiceResult = (0, error_results_1.resultUnion)('InvoiceResult', sales_entity_1.Invoice, [
    error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.ImmutableDocumentError, error_results_2.QuantityExceededError, error_results_2.MixedDocumentsError, error_results_2.ChronologyError, error_results_2.LegalLimitError,
]);
exports.PaymentResult = (0, error_results_1.resultUnion)('PaymentResult', sales_entity_1.Payment, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.OverpaymentError]);
exports.CreditNoteResult = (0, error_results_1.resultUnion)('CreditNoteResult', sales_entity_1.CreditNote, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.QuantityExceededError, error_results_2.ChronologyError]);
exports.WorkshopResult = (0, error_results_1.resultUnion)('WorkshopResult', production_entity_1.Workshop, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.ActivityResult = (0, error_results_1.resultUnion)('ActivityResult', production_entity_1.Activity, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.WorkGroupResult = (0, error_results_1.resultUnion)('WorkGroupResult', production_entity_1.WorkGroup, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.BeneficiaryResult = (0, error_results_1.resultUnion)('BeneficiaryResult', production_entity_1.Beneficiary, [error_results_2.NotFoundError, error_results_2.DuplicateError]);
exports.MedicoSocialNoteResult = (0, error_results_1.resultUnion)('MedicoSocialNoteResult', production_entity_1.MedicoSocialNote, [error_results_2.NotFoundError]);
exports.ProductionSheetResult = (0, error_results_1.resultUnion)('ProductionSheetResult', production_entity_1.ProductionSheet, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.ChronologyError]);
exports.AllocationResult = (0, error_results_1.resultUnion)('AllocationResult', production_entity_1.Allocation, [error_results_2.NotFoundError]);
exports.AllocationExpansionResult = (0, error_results_1.resultUnion)('AllocationExpansionResult', production_entity_1.AllocationExpansion, [error_results_2.NotFoundError, error_results_2.InvalidStateError]);
exports.WorkRecordResult = (0, error_results_1.resultUnion)('WorkRecordResult', production_entity_1.WorkRecord, [error_results_2.NotFoundError, error_results_2.InvalidStateError, error_results_2.InactiveBeneficiaryError, error_results_2.WorkDayLimitError]);
exports.WorkRecordValidationResult = (0, error_results_1.resultUnion)('WorkRecordValidationResult', production_entity_1.WorkRecordValidation, [error_results_2.NotFoundError]);
exports.MadContractResult = (0, error_results_1.resultUnion)('MadContractResult', production_entity_1.MadContract, [error_results_2.NotFoundError, error_results_2.LegalLimitError, error_results_2.ChronologyError]);
exports.WorkRecordImportResult = (0, error_results_1.resultUnion)('WorkRecordImportResult', production_entity_1.WorkRecordImport, [error_results_2.ImportRejectedError]);
exports.ObjectiveResult = (0, error_results_1.resultUnion)('ObjectiveResult', objective_entity_1.Objective, [error_results_2.NotFoundError, error_results_2.InvalidStateError]);
//# sourceMappingURL=results.js.map