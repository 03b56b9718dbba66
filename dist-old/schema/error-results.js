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
exports.ImportRejectedError = exports.ImportRowError = exports.WorkDayLimitError = exports.InactiveBeneficiaryError = exports.LegalLimitError = exports.MixedDocumentsError = exports.ChronologyError = exports.DuplicateError = exports.OverpaymentError = exports.QuantityExceededError = exports.ImmutableDocumentError = exports.InvalidStateError = exports.NotFoundError = exports.ErrorResult = void 0;
exports.isErrorResult = isErrorResult;
exports.resultUnion = resultUnion;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("./enums");
const scalars_1 = require("./scalars");
/** Expected business failures are returned, not thrown: every mutation result is `Entity | ...ErrorResult`. */
let ErrorResult = class ErrorResult {
};
exports.ErrorResult = ErrorResult;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.ErrorCode),
    __metadata("design:type", String)
], ErrorResult.prototype, "errorCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], ErrorResult.prototype, "message", void 0);
exports.ErrorResult = ErrorResult = __decorate([
    (0, type_graphql_1.InterfaceType)('ErrorResult', { resolveType: (value) => value.constructor.name })
], ErrorResult);
let NotFoundError = class NotFoundError extends ErrorResult {
    constructor(field, entity) {
        super();
        this.errorCode = enums_1.ErrorCode.NOT_FOUND;
        this.field = field;
        this.message = `${entity} not found`;
    }
};
exports.NotFoundError = NotFoundError;
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The input field that named the missing entity.' }),
    __metadata("design:type", String)
], NotFoundError.prototype, "field", void 0);
exports.NotFoundError = NotFoundError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'The referenced entity does not exist in your organisation.' }),
    __metadata("design:paramtypes", [String, String])
], NotFoundError);
let InvalidStateError = class InvalidStateError extends ErrorResult {
    constructor(entity, currentState, attemptedState, message) {
        super();
        this.errorCode = enums_1.ErrorCode.INVALID_STATE;
        // Upper case, as the status enums show them to clients.
        this.currentState = currentState.toUpperCase();
        this.attemptedState = attemptedState.toUpperCase();
        this.message = message ?? `${entity} cannot go from ${currentState} to ${attemptedState}`;
    }
};
exports.InvalidStateError = InvalidStateError;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], InvalidStateError.prototype, "currentState", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], InvalidStateError.prototype, "attemptedState", void 0);
exports.InvalidStateError = InvalidStateError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'The document is not in a state that allows this action.' }),
    __metadata("design:paramtypes", [String, String, String, String])
], InvalidStateError);
let ImmutableDocumentError = class ImmutableDocumentError extends ErrorResult {
    constructor(message) {
        super();
        this.errorCode = enums_1.ErrorCode.IMMUTABLE_DOCUMENT;
        this.message = message;
    }
};
exports.ImmutableDocumentError = ImmutableDocumentError;
exports.ImmutableDocumentError = ImmutableDocumentError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'An issued invoice or credit note never changes; correct it with a credit note.' }),
    __metadata("design:paramtypes", [String])
], ImmutableDocumentError);
let QuantityExceededError = class QuantityExceededError extends ErrorResult {
    constructor(lineId, requested, remaining, what) {
        super();
        this.errorCode = enums_1.ErrorCode.QUANTITY_EXCEEDED;
        this.lineId = lineId;
        this.requested = requested;
        this.remaining = remaining;
        this.message = `cannot ${what} ${requested}: only ${remaining} remain on line ${lineId}`;
    }
};
exports.QuantityExceededError = QuantityExceededError;
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Id of the source line whose remaining quantity is exceeded.' }),
    __metadata("design:type", String)
], QuantityExceededError.prototype, "lineId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], QuantityExceededError.prototype, "requested", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], QuantityExceededError.prototype, "remaining", void 0);
exports.QuantityExceededError = QuantityExceededError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'More would be delivered, invoiced or credited than the source line allows.' }),
    __metadata("design:paramtypes", [String, Number, Number, String])
], QuantityExceededError);
let OverpaymentError = class OverpaymentError extends ErrorResult {
    constructor(amountDueCents) {
        super();
        this.errorCode = enums_1.ErrorCode.OVERPAYMENT;
        this.amountDueCents = amountDueCents;
        this.message = `the payment exceeds the amount due (${amountDueCents} cents)`;
    }
};
exports.OverpaymentError = OverpaymentError;
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], OverpaymentError.prototype, "amountDueCents", void 0);
exports.OverpaymentError = OverpaymentError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'The payment is larger than what remains due on the invoice.' }),
    __metadata("design:paramtypes", [Number])
], OverpaymentError);
let DuplicateError = class DuplicateError extends ErrorResult {
    constructor(field, message) {
        super();
        this.errorCode = enums_1.ErrorCode.DUPLICATE;
        this.field = field;
        this.message = message;
    }
};
exports.DuplicateError = DuplicateError;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], DuplicateError.prototype, "field", void 0);
exports.DuplicateError = DuplicateError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'A unique business key is already taken.' }),
    __metadata("design:paramtypes", [String, String])
], DuplicateError);
let ChronologyError = class ChronologyError extends ErrorResult {
    constructor(message) {
        super();
        this.errorCode = enums_1.ErrorCode.CHRONOLOGY;
        this.message = message;
    }
};
exports.ChronologyError = ChronologyError;
exports.ChronologyError = ChronologyError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'A date would break the chronological order of a numbered sequence.' }),
    __metadata("design:paramtypes", [String])
], ChronologyError);
let MixedDocumentsError = class MixedDocumentsError extends ErrorResult {
    constructor(message) {
        super();
        this.errorCode = enums_1.ErrorCode.MIXED_DOCUMENTS;
        this.message = message;
    }
};
exports.MixedDocumentsError = MixedDocumentsError;
exports.MixedDocumentsError = MixedDocumentsError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'The lines belong to different customers, establishments or documents.' }),
    __metadata("design:paramtypes", [String])
], MixedDocumentsError);
let LegalLimitError = class LegalLimitError extends ErrorResult {
    constructor(parameter, message) {
        super();
        this.errorCode = enums_1.ErrorCode.LEGAL_LIMIT;
        this.parameter = parameter;
        this.message = message;
    }
};
exports.LegalLimitError = LegalLimitError;
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The legal parameter code, e.g. mad_individual_max_months.' }),
    __metadata("design:type", String)
], LegalLimitError.prototype, "parameter", void 0);
exports.LegalLimitError = LegalLimitError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'A dated legal limit (legal_parameter) would be exceeded.' }),
    __metadata("design:paramtypes", [String, String])
], LegalLimitError);
let InactiveBeneficiaryError = class InactiveBeneficiaryError extends ErrorResult {
    constructor(message) {
        super();
        this.errorCode = enums_1.ErrorCode.INACTIVE_BENEFICIARY;
        this.message = message;
    }
};
exports.InactiveBeneficiaryError = InactiveBeneficiaryError;
exports.InactiveBeneficiaryError = InactiveBeneficiaryError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'The beneficiary had not entered, or had left, on that date.' }),
    __metadata("design:paramtypes", [String])
], InactiveBeneficiaryError);
let WorkDayLimitError = class WorkDayLimitError extends ErrorResult {
    constructor(matricule, workDate, recordedHours, dayHours, maxHours) {
        super();
        this.errorCode = enums_1.ErrorCode.WORK_DAY_LIMIT;
        this.workDate = workDate;
        this.recordedHours = recordedHours;
        this.dayHours = dayHours;
        this.maxHours = maxHours;
        this.message = `beneficiary ${matricule} would have ${dayHours} h of work on ${workDate} (${recordedHours} h already recorded): at most ${maxHours} h in a day`;
    }
};
exports.WorkDayLimitError = WorkDayLimitError;
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], WorkDayLimitError.prototype, "workDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Hours the day already holds.' }),
    __metadata("design:type", Number)
], WorkDayLimitError.prototype, "recordedHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number, { description: 'Hours the day would hold with this write.' }),
    __metadata("design:type", Number)
], WorkDayLimitError.prototype, "dayHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Number),
    __metadata("design:type", Number)
], WorkDayLimitError.prototype, "maxHours", void 0);
exports.WorkDayLimitError = WorkDayLimitError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'The day of the beneficiary would total more than 24 hours of work (all their records that day, corrections included).' }),
    __metadata("design:paramtypes", [String, String, Number, Number, Number])
], WorkDayLimitError);
let ImportRowError = class ImportRowError {
};
exports.ImportRowError = ImportRowError;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], ImportRowError.prototype, "line", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], ImportRowError.prototype, "reason", void 0);
exports.ImportRowError = ImportRowError = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'One bad row of an import: its line in the file (1 is the header) and what is wrong with it.' })
], ImportRowError);
let ImportRejectedError = class ImportRejectedError extends ErrorResult {
    constructor(rowErrors, errorCount, rowCount) {
        super();
        this.errorCode = enums_1.ErrorCode.IMPORT_REJECTED;
        this.rowErrors = rowErrors;
        this.errorCount = errorCount;
        this.rowCount = rowCount;
        this.message = `${errorCount} of ${rowCount} rows are bad: nothing was imported`;
    }
};
exports.ImportRejectedError = ImportRejectedError;
__decorate([
    (0, type_graphql_1.Field)(() => [ImportRowError], { description: 'The first bad rows, in line order (at most 1000).' }),
    __metadata("design:type", Array)
], ImportRejectedError.prototype, "rowErrors", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'How many rows are bad in all.' }),
    __metadata("design:type", Number)
], ImportRejectedError.prototype, "errorCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'How many rows the file holds (header and blank lines excluded).' }),
    __metadata("design:type", Number)
], ImportRejectedError.prototype, "rowCount", void 0);
exports.ImportRejectedError = ImportRejectedError = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: ErrorResult, description: 'An import with bad rows: nothing was imported. The first rows in error are listed, all are counted.' }),
    __metadata("design:paramtypes", [Array, Number, Number])
], ImportRejectedError);
function isErrorResult(value) {
    return value instanceof ErrorResult;
}
/**
 * `Entity | ...ErrorResult` for a mutation's result. Error results are class instances; anything
 * else is the success type (rows of the read path are plain objects).
 */
function resultUnion(name, success, errors) {
    return (0, type_graphql_1.createUnionType)({
        name,
        types: () => [success, ...errors],
        resolveType: (value) => (isErrorResult(value) ? value.constructor.name : success.name),
    });
}
//# sourceMappingURL=error-results.js.map