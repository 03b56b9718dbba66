import { ObjectType } from 'type-graphql';
import { PaginatedList } from './pagination';
import { Customer } from './entities/customer.entity';
import { CatalogItem } from './entities/catalog-item.entity';
import { CreditNote, DeliveryNote, Invoice, Order, Payment, Quote } from './entities/sales.entity';
import { Beneficiary, MadContract, ProductionSheet, WorkRecord, Workshop } from './entities/production.entity';

@ObjectType() export class CustomerList extends PaginatedList(Customer) {}
@ObjectType() export class CatalogItemList extends PaginatedList(CatalogItem) {}
@ObjectType() export class QuoteList extends PaginatedList(Quote) {}
@ObjectType() export class OrderList extends PaginatedList(Order) {}
@ObjectType() export class DeliveryNoteList extends PaginatedList(DeliveryNote) {}
@ObjectType() export class InvoiceList extends PaginatedList(Invoice) {}
@ObjectType() export class CreditNoteList extends PaginatedList(CreditNote) {}
@ObjectType() export class PaymentList extends PaginatedList(Payment) {}

@ObjectType() export class WorkshopList extends PaginatedList(Workshop) {}
@ObjectType() export class BeneficiaryList extends PaginatedList(Beneficiary) {}
@ObjectType() export class WorkRecordList extends PaginatedList(WorkRecord) {}
@ObjectType() export class ProductionSheetList extends PaginatedList(ProductionSheet) {}
@ObjectType() export class MadContractList extends PaginatedList(MadContract) {}
