import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { PageInput } from '../pagination';
import { InvoiceStatus, OrderStatus, PaymentMethod, QuoteStatus, ServiceType } from '../enums';
import { Cents, LocalDate } from '../scalars';
import { IsEntityId, IsPostcode, IsQuantity, IsSiren, IsSiret, IsVatNumber, IsVatRate, MAX_CENTS } from './common.input';

const MAX_LINES = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DUE_DATE =
  'The due date agreed with the customer, checked at issue: not before the invoice date, at most 60 days after it or 45 days end of month ' +
  '(Code de commerce L441-10). Omitted: 30 days after the latest delivery billed.';

@InputType()
export class AddressInput {
  @Field(() => String) @IsString() @Length(1, 200) line1!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) line2?: string;
  @Field(() => String) @IsPostcode() postalCode!: string;
  @Field(() => String) @IsString() @Length(1, 100) city!: string;
  @Field(() => String, { nullable: true, defaultValue: 'FR' }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be ISO 3166-1 alpha-2' }) countryCode?: string;
}

@InputType()
export class CustomerInput {
  @Field(() => String) @IsString() @Length(1, 200) legalName!: string;
  @Field(() => String) @IsSiren() siren!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsSiret() siret?: string;
  @Field(() => String, { nullable: true, description: 'Intracommunity VAT number; a French one must carry the customer\'s SIREN.' }) @IsOptional() @IsVatNumber() vatNumber?: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() isPublicBuyer?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @Field(() => AddressInput) @ValidateNested() billingAddress!: AddressInput;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() deliveryAddress?: AddressInput;
}

@InputType()
export class CatalogItemInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
  @Field(() => String) @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'code must be 1 to 40 letters, digits, dots, dashes or underscores' }) code!: string;
  @Field(() => String) @IsString() @Length(1, 200) label!: string;
  @Field(() => String) @IsString() @Length(1, 20) unit!: string;
  @Field(() => Cents) @IsInt() @Min(0) @Max(MAX_CENTS) unitPriceCents!: number;
  @Field(() => Number) @IsVatRate() vatRatePercent!: number;
  @Field(() => String) @IsString() @Length(1, 100) activity!: string;
  @Field(() => ServiceType) @IsIn(Object.values(ServiceType)) serviceType!: ServiceType;
  @Field(() => Cents, { nullable: true, defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) materialsCents?: number;
  @Field(() => Cents, { nullable: true, defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) subcontractingCents?: number;
  @Field(() => Cents, { nullable: true, defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) intermediateConsumptionCents?: number;
  @Field(() => Cents, { nullable: true, defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) sellingCostsCents?: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType({ description: 'A priced line; price, VAT rate, description and cost split default to the catalog item\'s.' })
export class LineInput {
  @Field(() => ID) @IsEntityId() catalogItemId!: string;
  @Field(() => Number) @IsQuantity() quantity!: number;
  @Field(() => Cents, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) unitPriceCents?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 500) description?: string;
}

@InputType()
export class QuoteInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => ID) @IsEntityId() customerId!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(ISO_DATE) quoteDate?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to 30 days after the quote date.' }) @IsOptional() @Matches(ISO_DATE) validUntil?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @Field(() => [LineInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines!: LineInput[];
}

@InputType({ description: 'Changes to a draft quote; lines, when given, replace all lines.' })
export class QuoteUpdateInput {
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) validUntil?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @Field(() => [LineInput], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines?: LineInput[];
}

@InputType()
export class OrderInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => ID) @IsEntityId() customerId!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(ISO_DATE) orderDate?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) customerReference?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @Field(() => [LineInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines!: LineInput[];
}

@InputType()
export class ConvertQuoteInput {
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(ISO_DATE) orderDate?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) customerReference?: string;
}

@InputType()
export class DeliveryLineInput {
  @Field(() => ID) @IsEntityId() orderLineId!: string;
  @Field(() => Number) @IsQuantity() quantity!: number;
}

@InputType()
export class DeliveryInput {
  @Field(() => ID) @IsEntityId() orderId!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(ISO_DATE) deliveryDate?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @Field(() => [DeliveryLineInput], { nullable: true, description: 'What to deliver; omitted means everything that remains.' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true })
  lines?: DeliveryLineInput[];
}

@InputType()
export class InvoiceLineInput {
  @Field(() => ID) @IsEntityId() deliveryNoteLineId!: string;
  @Field(() => Number) @IsQuantity() quantity!: number;
}

@InputType({ description: 'A draft invoice from delivered quantities: whole delivery notes, or chosen lines.' })
export class InvoiceInput {
  @Field(() => [ID], { nullable: true, description: 'Invoice everything not yet invoiced on these delivery notes.' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @IsEntityId({ each: true })
  deliveryNoteIds?: string[];

  @Field(() => [InvoiceLineInput], { nullable: true })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true })
  lines?: InvoiceLineInput[];

  @Field(() => LocalDate, { nullable: true, description: DUE_DATE }) @IsOptional() @Matches(ISO_DATE) dueDate?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

@InputType({ description: 'Changes to a draft invoice; lines, when given, replace all lines.' })
export class InvoiceUpdateInput {
  @Field(() => [InvoiceLineInput], { nullable: true })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true })
  lines?: InvoiceLineInput[];

  @Field(() => LocalDate, { nullable: true, description: DUE_DATE }) @IsOptional() @Matches(ISO_DATE) dueDate?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

@InputType()
export class PaymentInput {
  @Field(() => ID) @IsEntityId() invoiceId!: string;
  @Field(() => Cents) @IsInt() @Min(1) @Max(MAX_CENTS) amountCents!: number;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(ISO_DATE) paymentDate?: string;
  @Field(() => PaymentMethod) @IsIn(Object.values(PaymentMethod)) method!: PaymentMethod;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType()
export class CreditNoteLineInput {
  @Field(() => ID) @IsEntityId() invoiceLineId!: string;
  @Field(() => Number) @IsQuantity() quantity!: number;
}

@InputType()
export class CreditNoteInput {
  @Field(() => ID) @IsEntityId() invoiceId!: string;
  @Field(() => String) @IsString() @Length(1, 500) reason!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(ISO_DATE) issueDate?: string;
  @Field(() => [CreditNoteLineInput], { nullable: true, description: 'What to credit; omitted credits everything not yet credited (cancels the invoice).' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true })
  lines?: CreditNoteLineInput[];
}

@InputType()
export class DateRangeInput {
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) from?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(ISO_DATE) to?: string;
}

@InputType()
export class CustomerListOptions extends PageInput {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the legal name, or a SIREN.' })
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPublicBuyer?: boolean;
}

@InputType()
export class CatalogItemListOptions extends PageInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => ServiceType, { nullable: true }) @IsOptional() @IsIn(Object.values(ServiceType)) serviceType?: ServiceType;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}


@InputType()
export abstract class DocumentListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() customerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
  @Field(() => DateRangeInput, { nullable: true }) @IsOptional() @ValidateNested() date?: DateRangeInput;
}

export enum DocumentSortField {
  DATE = 'date',
  NUMBER = 'number',
  TOTAL = 'total',
  CREATED_AT = 'created_at',
}
registerEnumType(DocumentSortField, { name: 'DocumentSortField', description: 'DATE is the document\'s own date (quote, order, delivery, issue or payment date).' });

@InputType()
export class QuoteListOptions extends DocumentListOptions {
  @Field(() => [QuoteStatus], { nullable: true }) @IsOptional() @IsIn(Object.values(QuoteStatus), { each: true }) status?: QuoteStatus[];
  @Field(() => DocumentSortField, { nullable: true }) @IsOptional() @IsIn(Object.values(DocumentSortField)) sort?: DocumentSortField;
}

@InputType()
export class OrderListOptions extends DocumentListOptions {
  @Field(() => [OrderStatus], { nullable: true }) @IsOptional() @IsIn(Object.values(OrderStatus), { each: true }) status?: OrderStatus[];
  @Field(() => DocumentSortField, { nullable: true }) @IsOptional() @IsIn(Object.values(DocumentSortField)) sort?: DocumentSortField;
}

@InputType()
export class DeliveryNoteListOptions extends DocumentListOptions {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() orderId?: string;
  @Field(() => DocumentSortField, { nullable: true }) @IsOptional() @IsIn(Object.values(DocumentSortField)) sort?: DocumentSortField;
}

@InputType()
export class InvoiceListOptions extends DocumentListOptions {
  @Field(() => [InvoiceStatus], { nullable: true }) @IsOptional() @IsIn(Object.values(InvoiceStatus), { each: true }) status?: InvoiceStatus[];
  @Field(() => Int, { nullable: true, description: 'Fiscal year of the invoice number.' }) @IsOptional() @IsInt() @Min(2000) @Max(2200) fiscalYear?: number;
  @Field(() => DocumentSortField, { nullable: true }) @IsOptional() @IsIn(Object.values(DocumentSortField)) sort?: DocumentSortField;
}

@InputType()
export class CreditNoteListOptions extends DocumentListOptions {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() invoiceId?: string;
  @Field(() => DocumentSortField, { nullable: true }) @IsOptional() @IsIn(Object.values(DocumentSortField)) sort?: DocumentSortField;
}

@InputType()
export class PaymentListOptions extends PageInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() invoiceId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() customerId?: string;
  @Field(() => DateRangeInput, { nullable: true }) @IsOptional() @ValidateNested() date?: DateRangeInput;
}

@InputType({ description: 'The OETH cost split of one unit of a line, in cents (art. D5212-22); their sum × quantity may not exceed the line\'s HT.' })
export class CostSplitInput {
  @Field(() => Cents) @IsInt() @Min(0) @Max(MAX_CENTS) materialsCents!: number;
  @Field(() => Cents) @IsInt() @Min(0) @Max(MAX_CENTS) subcontractingCents!: number;
  @Field(() => Cents) @IsInt() @Min(0) @Max(MAX_CENTS) intermediateConsumptionCents!: number;
  @Field(() => Cents) @IsInt() @Min(0) @Max(MAX_CENTS) sellingCostsCents!: number;
}
