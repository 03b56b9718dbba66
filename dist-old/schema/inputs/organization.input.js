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
exports.LogoInput = exports.InvoiceMentionsInput = exports.EstablishmentIdentityInput = exports.OrganizationIdentityInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const enums_1 = require("../enums");
const scalars_1 = require("../scalars");
const sales_input_1 = require("./sales.input");
const common_input_1 = require("./common.input");
let OrganizationIdentityInput = class OrganizationIdentityInput {
};
exports.OrganizationIdentityInput = OrganizationIdentityInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], OrganizationIdentityInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Association loi 1901, SAS, SA, SARL…' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], OrganizationIdentityInput.prototype, "legalForm", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'RNA number, for an association that has one.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsRnaNumber)(),
    __metadata("design:type", String)
], OrganizationIdentityInput.prototype, "rnaNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'City of the RCS registry, for a registered company.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100),
    __metadata("design:type", String)
], OrganizationIdentityInput.prototype, "rcsCity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { nullable: true, description: 'Share capital in cents, for a company that has one.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(common_input_1.MAX_CENTS),
    __metadata("design:type", Number)
], OrganizationIdentityInput.prototype, "shareCapitalCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Intracommunity VAT number; a French one carries the SIREN of the establishments.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsVatNumber)(),
    __metadata("design:type", String)
], OrganizationIdentityInput.prototype, "vatNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => sales_input_1.AddressInput, { description: 'Head office (siège social).' }),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", sales_input_1.AddressInput)
], OrganizationIdentityInput.prototype, "headOffice", void 0);
exports.OrganizationIdentityInput = OrganizationIdentityInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Who the organisation is, as its documents print it (Code de commerce L441-9). Replaces every field.' })
], OrganizationIdentityInput);
let EstablishmentIdentityInput = class EstablishmentIdentityInput {
};
exports.EstablishmentIdentityInput = EstablishmentIdentityInput;
__decorate([
    (0, type_graphql_1.Field)(() => sales_input_1.AddressInput),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", sales_input_1.AddressInput)
], EstablishmentIdentityInput.prototype, "address", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsIban)(),
    __metadata("design:type", String)
], EstablishmentIdentityInput.prototype, "iban", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Required with an IBAN outside France.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsBic)(),
    __metadata("design:type", String)
], EstablishmentIdentityInput.prototype, "bic", void 0);
exports.EstablishmentIdentityInput = EstablishmentIdentityInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Where an establishment is and the account its invoices are paid into.' })
], EstablishmentIdentityInput);
let InvoiceMentionsInput = class InvoiceMentionsInput {
};
exports.InvoiceMentionsInput = InvoiceMentionsInput;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OperationsNature),
    (0, class_validator_1.IsIn)(Object.values(enums_1.OperationsNature)),
    __metadata("design:type", String)
], InvoiceMentionsInput.prototype, "operationsNature", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The late-payment penalty rate as printed (Code de commerce L441-10).' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 500),
    __metadata("design:type", String)
], InvoiceMentionsInput.prototype, "latePenaltyTerms", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Early-payment discount terms, or that there is none.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 500),
    __metadata("design:type", String)
], InvoiceMentionsInput.prototype, "earlyPaymentDiscountTerms", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Printed under lines at 0 % VAT: the exemption and its article.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 500),
    __metadata("design:type", String)
], InvoiceMentionsInput.prototype, "vatExemptionMention", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], InvoiceMentionsInput.prototype, "vatOnDebits", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], InvoiceMentionsInput.prototype, "socialValueLine", void 0);
exports.InvoiceMentionsInput = InvoiceMentionsInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'The mentions the organisation\'s invoices carry by default; wordings are the organisation\'s own. Replaces every field.' })
], InvoiceMentionsInput);
let LogoInput = class LogoInput {
};
exports.LogoInput = LogoInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsIn)(['image/png', 'image/jpeg']),
    __metadata("design:type", String)
], LogoInput.prototype, "mediaType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(349_528),
    __metadata("design:type", String)
], LogoInput.prototype, "base64", void 0);
exports.LogoInput = LogoInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'The logo printed on documents: PNG or JPEG, base64, at most 256 KiB.' })
], LogoInput);
//# sourceMappingURL=organization.input.js.map