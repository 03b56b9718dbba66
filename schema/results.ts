import { resultUnion } from './error-results';
import { Customer } from './entities/customer.entity';
import { CatalogItem } from './entities/catalog-item.entity';
import { Establishment } from './entities/organization.entity';
import { CreditNote, DeliveryNote, Invoice, Order, Payment, Quote } from './entities/sales.entity';
import {
  Activity, Allocation, AllocationExpansion, Beneficiary, MadContract, MedicoSocialNote, ProductionSheet, WorkGroup, WorkRecord, WorkRecordImport, WorkRecordValidation, Workshop,
} from './entities/production.entity';
import {
  ChronologyError, DuplicateError, ImportRejectedError, InactiveBeneficiaryError, LegalLimitError, ImmutableDocumentError, InvalidStateError, MixedDocumentsError, NotFoundError, OverpaymentError, QuantityExceededError, WorkDayLimitError,
} from './error-results';

export const EstablishmentResult = resultUnion('EstablishmentResult', Establishment, [NotFoundError]);
export const CustomerResult = resultUnion('CustomerResult', Customer, [NotFoundError, DuplicateError]);
export const CatalogItemResult = resultUnion('CatalogItemResult', CatalogItem, [NotFoundError, DuplicateError]);
export const QuoteResult = resultUnion('QuoteResult', Quote, [NotFoundError, InvalidStateError, ChronologyError]);
export const OrderResult = resultUnion('OrderResult', Order, [NotFoundError, InvalidStateError, ChronologyError]);
export const DeliveryNoteResult = resultUnion('DeliveryNoteResult', DeliveryNote, [NotFoundError, InvalidStateError, QuantityExceededError, ChronologyError]);
export const InvoiceResult = resultUnion('InvoiceResult', Invoice, [
  NotFoundError, InvalidStateError, ImmutableDocumentError, QuantityExceededError, MixedDocumentsError, ChronologyError, LegalLimitError,
]);
export const PaymentResult = resultUnion('PaymentResult', Payment, [NotFoundError, InvalidStateError, OverpaymentError]);
export const CreditNoteResult = resultUnion('CreditNoteResult', CreditNote, [NotFoundError, InvalidStateError, QuantityExceededError, ChronologyError]);

export const WorkshopResult = resultUnion('WorkshopResult', Workshop, [NotFoundError, DuplicateError]);
export const ActivityResult = resultUnion('ActivityResult', Activity, [NotFoundError, DuplicateError]);
export const WorkGroupResult = resultUnion('WorkGroupResult', WorkGroup, [NotFoundError, DuplicateError]);
export const BeneficiaryResult = resultUnion('BeneficiaryResult', Beneficiary, [NotFoundError, DuplicateError]);
export const MedicoSocialNoteResult = resultUnion('MedicoSocialNoteResult', MedicoSocialNote, [NotFoundError]);
export const ProductionSheetResult = resultUnion('ProductionSheetResult', ProductionSheet, [NotFoundError, InvalidStateError, ChronologyError]);
export const AllocationResult = resultUnion('AllocationResult', Allocation, [NotFoundError]);
export const AllocationExpansionResult = resultUnion('AllocationExpansionResult', AllocationExpansion, [NotFoundError, InvalidStateError]);
export const WorkRecordResult = resultUnion('WorkRecordResult', WorkRecord, [NotFoundError, InvalidStateError, InactiveBeneficiaryError, WorkDayLimitError]);
export const WorkRecordValidationResult = resultUnion('WorkRecordValidationResult', WorkRecordValidation, [NotFoundError]);
export const MadContractResult = resultUnion('MadContractResult', MadContract, [NotFoundError, LegalLimitError, ChronologyError]);
export const WorkRecordImportResult = resultUnion('WorkRecordImportResult', WorkRecordImport, [ImportRejectedError]);
