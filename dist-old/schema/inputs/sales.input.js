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
exports.CostSplitInput = exports.PaymentListOptions = exports.CreditNoteListOptions = exports.InvoiceListOptions = exports.DeliveryNoteListOptions = exports.OrderListOptions = exports.QuoteListOptions = exports.DocumentSortField = exports.DocumentListOptions = exports.CatalogItemListOptions = exports.CustomerListOptions = exports.DateRangeInput = exports.CreditNoteInput = exports.CreditNoteLineInput = exports.PaymentInput = exports.InvoiceUpdateInput = exports.InvoiceInput = exports.InvoiceLineInput = exports.DeliveryInput = exports.DeliveryLineInput = exports.ConvertQuoteInput = exports.OrderInput = exports.QuoteUpdateInput = exports.QuoteInput = exports.LineInput = exports.CatalogItemInput = exports.CustomerInput = exports.AddressInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../pagination");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
const common_input_1 = require("./common.input");
const MAX_LINES = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DUE_DATE = 'The due date agreed with the customer, checked at issue: not before the invoice date, at most 60 days after it or 45 days end of month ' +
    '(Code de commerce L441-10). Omitted: 30 days after the latest delivery billed.';
let AddressInput = class AddressInput {
};
exports.AddressInput = AddressInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], AddressInput.prototype, "line1", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], AddressInput.prototype, "line2", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, common_input_1.IsPostcode)(),
    __metadata("design:type", String)
], AddressInput.prototype, "postalCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], AddressInput.prototype, "city", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, defaultValue: 'FR' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[A-Z]{2}$/, { message: 'countryCode must be ISO 3166-1 alpha-2' }),
    __metadata("design:type", String)
], AddressInput.prototype, "countryCode", void 0);
exports.AddressInput = AddressInput = __decorate([
    (0, type_graphql_1.InputType)()
], AddressInput);
let CustomerInput = class CustomerInput {
};
exports.CustomerInput = CustomerInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], CustomerInput.prototype, "legalName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, common_input_1.IsSiren)(),
    __metadata("design:type", String)
], CustomerInput.prototype, "siren", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsSiret)(),
    __metadata("design:type", String)
], CustomerInput.prototype, "siret", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Intracommunity VAT number; a French one must carry the customer\'s SIREN.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsVatNumber)(),
    __metadata("design:type", String)
], CustomerInput.prototype, "vatNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, defaultValue: false }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CustomerInput.prototype, "isPublicBuyer", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEmail)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], CustomerInput.prototype, "email", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AddressInput),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", AddressInput)
], CustomerInput.prototype, "billingAddress", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AddressInput, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", AddressInput)
], CustomerInput.prototype, "deliveryAddress", void 0);
exports.CustomerInput = CustomerInput = __decorate([
    (0, type_graphql_1.InputType)()
], CustomerInput);
let CatalogItemInput = class CatalogItemInput {
};
exports.CatalogItemInput = CatalogItemInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], CatalogItemInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9._-]{1,40}$/, { message: 'code must be 1 to 40 letters, digits, dots, dashes or underscores' }),
    __metadata("design:type", String)
], CatalogItemInput.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], CatalogItemInput.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 20),
    __metadata("design:type", String)
], CatalogItemInput.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CatalogItemInput.prototype, "unitPriceCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, common_input_1.IsVatRate)(),
    __metadata("design:type", Number)
], CatalogItemInput.prototype, "vatRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], CatalogItemInput.prototype, "activity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ServiceType),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ServiceType)),
    __metadata("design:type", String)
], CatalogItemInput.prototype, "serviceType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true, defaultValue: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CatalogItemInput.prototype, "materialsCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true, defaultValue: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CatalogItemInput.prototype, "subcontractingCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true, defaultValue: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CatalogItemInput.prototype, "intermediateConsumptionCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true, defaultValue: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CatalogItemInput.prototype, "sellingCostsCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, defaultValue: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CatalogItemInput.prototype, "active", void 0);
exports.CatalogItemInput = CatalogItemInput = __decorate([
    (0, type_graphql_1.InputType)()
], CatalogItemInput);
let LineInput = class LineInput {
};
exports.LineInput = LineInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], LineInput.prototype, "catalogItemId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, common_input_1.IsQuantity)(),
    __metadata("design:type", Number)
], LineInput.prototype, "quantity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], LineInput.prototype, "unitPriceCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 500),
    __metadata("design:type", String)
], LineInput.prototype, "description", void 0);
exports.LineInput = LineInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A priced line; price, VAT rate, description and cost split default to the catalog item\'s.' })
], LineInput);
let QuoteInput = class QuoteInput {
};
exports.QuoteInput = QuoteInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], QuoteInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], QuoteInput.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], QuoteInput.prototype, "quoteDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to 30 days after the quote date.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], QuoteInput.prototype, "validUntil", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], QuoteInput.prototype, "notes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [LineInput]),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], QuoteInput.prototype, "lines", void 0);
exports.QuoteInput = QuoteInput = __decorate([
    (0, type_graphql_1.InputType)()
], QuoteInput);
let QuoteUpdateInput = class QuoteUpdateInput {
};
exports.QuoteUpdateInput = QuoteUpdateInput;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], QuoteUpdateInput.prototype, "validUntil", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], QuoteUpdateInput.prototype, "notes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [LineInput], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], QuoteUpdateInput.prototype, "lines", void 0);
exports.QuoteUpdateInput = QuoteUpdateInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Changes to a draft quote; lines, when given, replace all lines.' })
], QuoteUpdateInput);
let OrderInput = class OrderInput {
};
exports.OrderInput = OrderInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], OrderInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], OrderInput.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], OrderInput.prototype, "orderDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], OrderInput.prototype, "customerReference", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], OrderInput.prototype, "notes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [LineInput]),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], OrderInput.prototype, "lines", void 0);
exports.OrderInput = OrderInput = __decorate([
    (0, type_graphql_1.InputType)()
], OrderInput);
let ConvertQuoteInput = class ConvertQuoteInput {
};
exports.ConvertQuoteInput = ConvertQuoteInput;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], ConvertQuoteInput.prototype, "orderDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], ConvertQuoteInput.prototype, "customerReference", void 0);
exports.ConvertQuoteInput = ConvertQuoteInput = __decorate([
    (0, type_graphql_1.InputType)()
], ConvertQuoteInput);
let DeliveryLineInput = class DeliveryLineInput {
};
exports.DeliveryLineInput = DeliveryLineInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], DeliveryLineInput.prototype, "orderLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, common_input_1.IsQuantity)(),
    __metadata("design:type", Number)
], DeliveryLineInput.prototype, "quantity", void 0);
exports.DeliveryLineInput = DeliveryLineInput = __decorate([
    (0, type_graphql_1.InputType)()
], DeliveryLineInput);
let DeliveryInput = class DeliveryInput {
};
exports.DeliveryInput = DeliveryInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], DeliveryInput.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], DeliveryInput.prototype, "deliveryDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], DeliveryInput.prototype, "notes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [DeliveryLineInput], { nullable: true, description: 'What to deliver; omitted means everything that remains.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], DeliveryInput.prototype, "lines", void 0);
exports.DeliveryInput = DeliveryInput = __decorate([
    (0, type_graphql_1.InputType)()
], DeliveryInput);
let InvoiceLineInput = class InvoiceLineInput {
};
exports.InvoiceLineInput = InvoiceLineInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], InvoiceLineInput.prototype, "deliveryNoteLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, common_input_1.IsQuantity)(),
    __metadata("design:type", Number)
], InvoiceLineInput.prototype, "quantity", void 0);
exports.InvoiceLineInput = InvoiceLineInput = __decorate([
    (0, type_graphql_1.InputType)()
], InvoiceLineInput);
let InvoiceInput = class InvoiceInput {
};
exports.InvoiceInput = InvoiceInput;
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'Invoice everything not yet invoiced on these delivery notes.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, common_input_1.IsEntityId)({ each: true }),
    __metadata("design:type", Array)
], InvoiceInput.prototype, "deliveryNoteIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [InvoiceLineInput], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], InvoiceInput.prototype, "lines", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: DUE_DATE }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], InvoiceInput.prototype, "dueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], InvoiceInput.prototype, "notes", void 0);
exports.InvoiceInput = InvoiceInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'A draft invoice from delivered quantities: whole delivery notes, or chosen lines.' })
], InvoiceInput);
let InvoiceUpdateInput = class InvoiceUpdateInput {
};
exports.InvoiceUpdateInput = InvoiceUpdateInput;
__decorate([
    (0, type_graphql_1.Field)(() => [InvoiceLineInput], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], InvoiceUpdateInput.prototype, "lines", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: DUE_DATE }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], InvoiceUpdateInput.prototype, "dueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], InvoiceUpdateInput.prototype, "notes", void 0);
exports.InvoiceUpdateInput = InvoiceUpdateInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Changes to a draft invoice; lines, when given, replace all lines.' })
], InvoiceUpdateInput);
let PaymentInput = class PaymentInput {
};
exports.PaymentInput = PaymentInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], PaymentInput.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], PaymentInput.prototype, "amountCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], PaymentInput.prototype, "paymentDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.PaymentMethod),
    (0, class_validator_1.IsIn)(Object.values(enums_1.PaymentMethod)),
    __metadata("design:type", String)
], PaymentInput.prototype, "method", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], PaymentInput.prototype, "reference", void 0);
exports.PaymentInput = PaymentInput = __decorate([
    (0, type_graphql_1.InputType)()
], PaymentInput);
let CreditNoteLineInput = class CreditNoteLineInput {
};
exports.CreditNoteLineInput = CreditNoteLineInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], CreditNoteLineInput.prototype, "invoiceLineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    (0, common_input_1.IsQuantity)(),
    __metadata("design:type", Number)
], CreditNoteLineInput.prototype, "quantity", void 0);
exports.CreditNoteLineInput = CreditNoteLineInput = __decorate([
    (0, type_graphql_1.InputType)()
], CreditNoteLineInput);
let CreditNoteInput = class CreditNoteInput {
};
exports.CreditNoteInput = CreditNoteInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], CreditNoteInput.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 500),
    __metadata("design:type", String)
], CreditNoteInput.prototype, "reason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], CreditNoteInput.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [CreditNoteLineInput], { nullable: true, description: 'What to credit; omitted credits everything not yet credited (cancels the invoice).' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(MAX_LINES),
    (0, class_validator_1.ValidateNested)({ each: true }),
    __metadata("design:type", Array)
], CreditNoteInput.prototype, "lines", void 0);
exports.CreditNoteInput = CreditNoteInput = __decorate([
    (0, type_graphql_1.InputType)()
], CreditNoteInput);
let DateRangeInput = class DateRangeInput {
};
exports.DateRangeInput = DateRangeInput;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], DateRangeInput.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(ISO_DATE),
    __metadata("design:type", String)
], DateRangeInput.prototype, "to", void 0);
exports.DateRangeInput = DateRangeInput = __decorate([
    (0, type_graphql_1.InputType)()
], DateRangeInput);
let CustomerListOptions = class CustomerListOptions extends pagination_1.PageInput {
};
exports.CustomerListOptions = CustomerListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Case-insensitive part of the legal name, or a SIREN.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CustomerListOptions.prototype, "search", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CustomerListOptions.prototype, "isPublicBuyer", void 0);
exports.CustomerListOptions = CustomerListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], CustomerListOptions);
let CatalogItemListOptions = class CatalogItemListOptions extends pagination_1.PageInput {
};
exports.CatalogItemListOptions = CatalogItemListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CatalogItemListOptions.prototype, "search", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ServiceType, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.ServiceType)),
    __metadata("design:type", String)
], CatalogItemListOptions.prototype, "serviceType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CatalogItemListOptions.prototype, "active", void 0);
exports.CatalogItemListOptions = CatalogItemListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], CatalogItemListOptions);
let DocumentListOptions = class DocumentListOptions extends pagination_1.PageInput {
};
exports.DocumentListOptions = DocumentListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], DocumentListOptions.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], DocumentListOptions.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DateRangeInput, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", DateRangeInput)
], DocumentListOptions.prototype, "date", void 0);
exports.DocumentListOptions = DocumentListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], DocumentListOptions);
var DocumentSortField;
(function (DocumentSortField) {
    DocumentSortField["DATE"] = "date";
    DocumentSortField["NUMBER"] = "number";
    DocumentSortField["TOTAL"] = "total";
    DocumentSortField["CREATED_AT"] = "created_at";
})(DocumentSortField || (exports.DocumentSortField = DocumentSortField = {}));
(0, type_graphql_1.registerEnumType)(DocumentSortField, { name: 'DocumentSortField', description: 'DATE is the document\'s own date (quote, order, delivery, issue or payment date).' });
let QuoteListOptions = class QuoteListOptions extends DocumentListOptions {
};
exports.QuoteListOptions = QuoteListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.QuoteStatus], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.QuoteStatus), { each: true }),
    __metadata("design:type", Array)
], QuoteListOptions.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DocumentSortField, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(DocumentSortField)),
    __metadata("design:type", String)
], QuoteListOptions.prototype, "sort", void 0);
exports.QuoteListOptions = QuoteListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], QuoteListOptions);
let OrderListOptions = class OrderListOptions extends DocumentListOptions {
};
exports.OrderListOptions = OrderListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.OrderStatus], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.OrderStatus), { each: true }),
    __metadata("design:type", Array)
], OrderListOptions.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DocumentSortField, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(DocumentSortField)),
    __metadata("design:type", String)
], OrderListOptions.prototype, "sort", void 0);
exports.OrderListOptions = OrderListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], OrderListOptions);
let DeliveryNoteListOptions = class DeliveryNoteListOptions extends DocumentListOptions {
};
exports.DeliveryNoteListOptions = DeliveryNoteListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], DeliveryNoteListOptions.prototype, "orderId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DocumentSortField, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(DocumentSortField)),
    __metadata("design:type", String)
], DeliveryNoteListOptions.prototype, "sort", void 0);
exports.DeliveryNoteListOptions = DeliveryNoteListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], DeliveryNoteListOptions);
let InvoiceListOptions = class InvoiceListOptions extends DocumentListOptions {
};
exports.InvoiceListOptions = InvoiceListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.InvoiceStatus], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(enums_1.InvoiceStatus), { each: true }),
    __metadata("design:type", Array)
], InvoiceListOptions.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Fiscal year of the invoice number.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(2000),
    (0, class_validator_1.Max)(2200),
    __metadata("design:type", Number)
], InvoiceListOptions.prototype, "fiscalYear", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DocumentSortField, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(DocumentSortField)),
    __metadata("design:type", String)
], InvoiceListOptions.prototype, "sort", void 0);
exports.InvoiceListOptions = InvoiceListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], InvoiceListOptions);
let CreditNoteListOptions = class CreditNoteListOptions extends DocumentListOptions {
};
exports.CreditNoteListOptions = CreditNoteListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], CreditNoteListOptions.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DocumentSortField, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(Object.values(DocumentSortField)),
    __metadata("design:type", String)
], CreditNoteListOptions.prototype, "sort", void 0);
exports.CreditNoteListOptions = CreditNoteListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], CreditNoteListOptions);
let PaymentListOptions = class PaymentListOptions extends pagination_1.PageInput {
};
exports.PaymentListOptions = PaymentListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], PaymentListOptions.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], PaymentListOptions.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DateRangeInput, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", DateRangeInput)
], PaymentListOptions.prototype, "date", void 0);
exports.PaymentListOptions = PaymentListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], PaymentListOptions);
let CostSplitInput = class CostSplitInput {
};
exports.CostSplitInput = CostSplitInput;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CostSplitInput.prototype, "materialsCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CostSplitInput.prototype, "subcontractingCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CostSplitInput.prototype, "intermediateConsumptionCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], CostSplitInput.prototype, "sellingCostsCents", void 0);
exports.CostSplitInput = CostSplitInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'The OETH cost split of one unit of a line, in cents (art. D5212-22); their sum × quantity may not exceed the line\'s HT.' })
], CostSplitInput);
//# sourceMappingURL=sales.input.js.map