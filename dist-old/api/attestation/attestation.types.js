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
exports.OethAttestationListOptions = exports.ReissueOethAttestationInput = exports.IssueOethAttestationInput = exports.NothingToAttestError = exports.OethAttestationList = exports.OethAttestationDraft = exports.OethAttestation = exports.OethAttestationFields = exports.OethAttestationInvoice = exports.OethAttestationStatus = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const enums_1 = require("../../schema/enums");
const error_results_1 = require("../../schema/error-results");
const common_input_1 = require("../../schema/inputs/common.input");
const pagination_1 = require("../../schema/pagination");
const scalars_1 = require("../../schema/scalars");
var OethAttestationStatus;
(function (OethAttestationStatus) {
    OethAttestationStatus["DRAFT"] = "draft";
    OethAttestationStatus["ISSUED"] = "issued";
    OethAttestationStatus["SUPERSEDED"] = "superseded";
})(OethAttestationStatus || (exports.OethAttestationStatus = OethAttestationStatus = {}));
(0, type_graphql_1.registerEnumType)(OethAttestationStatus, {
    name: 'OethAttestationStatus',
    description: 'DRAFT: computed now, not recorded. ISSUED: numbered and kept as issued. SUPERSEDED: replaced by a corrected re-issue, still readable.',
});
let OethAttestationInvoice = class OethAttestationInvoice {
};
exports.OethAttestationInvoice = OethAttestationInvoice;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], OethAttestationInvoice.prototype, "invoiceId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], OethAttestationInvoice.prototype, "invoiceNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], OethAttestationInvoice.prototype, "invoiceDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'TTC paid on the invoice during the year (by payment date).' }),
    __metadata("design:type", Number)
], OethAttestationInvoice.prototype, "paidInYearCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'The prix HT the attestation counts for it: its net HT pro rata of what was paid; negative for a correction carried from an attested year.' }),
    __metadata("design:type", Number)
], OethAttestationInvoice.prototype, "htCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'The deductible costs counted with it.' }),
    __metadata("design:type", Number)
], OethAttestationInvoice.prototype, "deductibleCostsCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: 'htCents − deductibleCostsCents.' }),
    __metadata("design:type", Number)
], OethAttestationInvoice.prototype, "labourCostCents", void 0);
exports.OethAttestationInvoice = OethAttestationInvoice = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An invoice an OETH attestation counts, with the amounts it counts for it in the year.' })
], OethAttestationInvoice);
/** The fields of an attestation, issued or draft (two types: who may read each differs, roles.ts TYPE_RULES). */
let OethAttestationFields = class OethAttestationFields {
};
exports.OethAttestationFields = OethAttestationFields;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Null for a draft.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => OethAttestationStatus),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'OETH-<establishment>-<year>-00001: its own gapless sequence per establishment and year; null for a draft.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Null for a draft.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], OethAttestationFields.prototype, "year", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "establishmentName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "establishmentSiret", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "customerName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "customerSiren", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: '(1) Prix HT paid in the year.' }),
    __metadata("design:type", Number)
], OethAttestationFields.prototype, "paidHtCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: '(2) Deductible costs linked to those payments (materials and products, subcontracting, intermediate consumption, selling and marketing costs).' }),
    __metadata("design:type", Number)
], OethAttestationFields.prototype, "deductibleCostsCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: '(3) Labour cost: (1) − (2).' }),
    __metadata("design:type", Number)
], OethAttestationFields.prototype, "labourCostCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.Cents, { description: "(4) Amount to deduct before the client's cap: rate × (3)." }),
    __metadata("design:type", Number)
], OethAttestationFields.prototype, "deductionCents", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { description: 'The deduction rate in force on 31 December of the year, in percent (legal parameter oeth_deduction_rate).' }),
    __metadata("design:type", Number)
], OethAttestationFields.prototype, "deductionRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, {
        nullable: true,
        description: 'NOT a legal figure: labour cost ÷ (2 000 × SMIC horaire brut at 31 December of the year), mise à disposition lines ÷ (1 600 × SMIC): the former "unités bénéficiaires", for clients who still ask. Null when the SMIC of that date is not known.',
    }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "ubEquivalentNonLegal", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [OethAttestationInvoice], { description: 'The invoices counted, by number.' }),
    __metadata("design:type", Array)
], OethAttestationFields.prototype, "invoices", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'The legal deadline for sending it (parameters oeth_attestation_deadline_month/_day; UNCONFIRMED, configurable).' }),
    __metadata("design:type", String)
], OethAttestationFields.prototype, "deadline", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The attestation this corrected re-issue supersedes.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "supersedesId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The corrected re-issue that supersedes this one.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "supersededById", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "correctionReason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'SHA-256 (hex) of the PDF as issued; null until it is rendered (right after the issue commits) and for a draft.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "pdfSha256", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Where the PDF is downloaded (GET, same credentials); null for a draft.' }),
    __metadata("design:type", Object)
], OethAttestationFields.prototype, "pdfPath", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'Whether its PDF carries the impact page (chosen at issue, its figures recorded with it); false for a draft.' }),
    __metadata("design:type", Boolean)
], OethAttestationFields.prototype, "impactPage", void 0);
exports.OethAttestationFields = OethAttestationFields = __decorate([
    (0, type_graphql_1.ObjectType)()
], OethAttestationFields);
let OethAttestation = class OethAttestation extends OethAttestationFields {
};
exports.OethAttestation = OethAttestation;
exports.OethAttestation = OethAttestation = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: "OETH attestation (art. D5212-7 code du travail; model of the arrêté du 19 novembre 2020), as issued: what a customer paid an establishment in a calendar year, for its contribution's deduction (art. D5212-22). See the README, \"OETH attestations\", for the rules.",
    })
], OethAttestation);
let OethAttestationDraft = class OethAttestationDraft extends OethAttestationFields {
};
exports.OethAttestationDraft = OethAttestationDraft;
exports.OethAttestationDraft = OethAttestationDraft = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An OETH attestation computed now and not recorded (status DRAFT, no id, number or PDF): what issuing it would record.' })
], OethAttestationDraft);
let OethAttestationList = class OethAttestationList extends (0, pagination_1.PaginatedList)(OethAttestation) {
};
exports.OethAttestationList = OethAttestationList;
exports.OethAttestationList = OethAttestationList = __decorate([
    (0, type_graphql_1.ObjectType)()
], OethAttestationList);
let NothingToAttestError = class NothingToAttestError extends error_results_1.ErrorResult {
    constructor(message) {
        super();
        this.errorCode = enums_1.ErrorCode.NOTHING_TO_ATTEST;
        this.message = message;
    }
};
exports.NothingToAttestError = NothingToAttestError;
exports.NothingToAttestError = NothingToAttestError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: error_results_1.ErrorResult, description: 'The customer paid nothing to the establishment in the year: there is no attestation to issue.' }),
    __metadata("design:paramtypes", [String])
], NothingToAttestError);
let IssueOethAttestationInput = class IssueOethAttestationInput {
};
exports.IssueOethAttestationInput = IssueOethAttestationInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], IssueOethAttestationInput.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], IssueOethAttestationInput.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(2020),
    (0, class_validator_1.Max)(2100),
    __metadata("design:type", Number)
], IssueOethAttestationInput.prototype, "year", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true, description: 'Defaults to today (Europe/Paris); never after today.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^\d{4}-\d{2}-\d{2}$/),
    __metadata("design:type", String)
], IssueOethAttestationInput.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, {
        nullable: true,
        defaultValue: false,
        description: 'Add the impact page (hours, distinct beneficiaries, workshops and activities of the year, through the disclosure control; figures recorded with the attestation).',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)([true, false]),
    __metadata("design:type", Boolean)
], IssueOethAttestationInput.prototype, "impactPage", void 0);
exports.IssueOethAttestationInput = IssueOethAttestationInput = __decorate([
    (0, type_graphql_1.InputType)()
], IssueOethAttestationInput);
let ReissueOethAttestationInput = class ReissueOethAttestationInput {
};
exports.ReissueOethAttestationInput = ReissueOethAttestationInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'The current attestation to correct.' }),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], ReissueOethAttestationInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 2000),
    __metadata("design:type", String)
], ReissueOethAttestationInput.prototype, "reason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^\d{4}-\d{2}-\d{2}$/),
    __metadata("design:type", String)
], ReissueOethAttestationInput.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'The impact page; by default as on the attestation it corrects.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)([true, false]),
    __metadata("design:type", Boolean)
], ReissueOethAttestationInput.prototype, "impactPage", void 0);
exports.ReissueOethAttestationInput = ReissueOethAttestationInput = __decorate([
    (0, type_graphql_1.InputType)()
], ReissueOethAttestationInput);
let OethAttestationListOptions = class OethAttestationListOptions extends pagination_1.PageInput {
};
exports.OethAttestationListOptions = OethAttestationListOptions;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(2020),
    (0, class_validator_1.Max)(2100),
    __metadata("design:type", Number)
], OethAttestationListOptions.prototype, "year", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], OethAttestationListOptions.prototype, "establishmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Staff only: a partner reads its own customer.' }),
    (0, class_validator_1.IsOptional)(),
    (0, common_input_1.IsEntityId)(),
    __metadata("design:type", String)
], OethAttestationListOptions.prototype, "customerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, defaultValue: false, description: 'Include superseded attestations.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)([true, false]),
    __metadata("design:type", Boolean)
], OethAttestationListOptions.prototype, "includeSuperseded", void 0);
exports.OethAttestationListOptions = OethAttestationListOptions = __decorate([
    (0, type_graphql_1.InputType)()
], OethAttestationListOptions);
//# sourceMappingURL=attestation.types.js.map