import { resultUnion } from '../api/common/mutation';
import { Customer } from './entities/customer.entity';
import { CatalogItem } from './entities/catalog-item.entity';
import { CreditNote, DeliveryNote, Invoice, Order, Payment, Quote } from './entities/sales.entity';
import {
  ChronologyError, DuplicateError, ImmutableDocumentError, InvalidStateError, MixedDocumentsError, NotFoundError, OverpaymentError, QuantityExceededError,
} from './error-results';

export const CustomerResult = resultUnion('CustomerResult', Customer, [NotFoundError, DuplicateError]);
export const CatalogItemResult = resultUnion('CatalogItemResult', CatalogItem, [NotFoundError, DuplicateError]);
export const QuoteResult = resultUnion('QuoteResult', Quote, [NotFoundError, InvalidStateError, ChronologyError]);
export const OrderResult = resultUnion('OrderResult', Order, [NotFoundError, InvalidStateError, ChronologyError]);
export const DeliveryNoteResult = resultUnion('DeliveryNoteResult', DeliveryNote, [NotFoundError, InvalidStateError, QuantityExceededError, ChronologyError]);
export const InvoiceResult = resultUnion('InvoiceResult', Invoice, [
  NotFoundError, InvalidStateError, ImmutableDocumentError, QuantityExceededError, MixedDocumentsError, ChronologyError,
]);
export const PaymentResult = resultUnion('PaymentResult', Payment, [NotFoundError, InvalidStateError, OverpaymentError]);
export const CreditNoteResult = resultUnion('CreditNoteResult', CreditNote, [NotFoundError, InvalidStateError, QuantityExceededError, ChronologyError]);
