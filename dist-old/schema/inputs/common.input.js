"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CENTS = exports.IsQuantity = exports.IsVatRate = exports.IsSiret = exports.IsSiren = exports.IsPostcode = exports.IsRnaNumber = exports.IsBic = exports.IsIban = exports.IsVatNumber = void 0;
exports.IsEntityId = IsEntityId;
const class_validator_1 = require("class-validator");
const siren_1 = require("../../kernel/siren");
const identity_numbers_1 = require("../../kernel/identity-numbers");
const totals_1 = require("../../kernel/totals");
/** A GraphQL ID naming a row: a positive integer that fits in 53 bits. */
function IsEntityId(options) {
    return (0, class_validator_1.Matches)(/^[1-9][0-9]{0,14}$/, { message: '$property must be a valid id', ...options });
}
function custom(name, test, message, options) {
    return (object, propertyName) => (0, class_validator_1.registerDecorator)({
        name,
        target: object.constructor,
        propertyName,
        options: { message, ...options },
        validator: { validate: (value, args) => test(value, args.object) },
    });
}
/** Identifiers are accepted with spaces, dots or dashes and lower case, and stored compact (compactIdentifier). */
const compact = (value) => (typeof value === 'string' && value.length <= 64 ? (0, identity_numbers_1.compactIdentifier)(value) : null);
const VAT_PROBLEMS = {
    format: 'two letters of a member state then 2 to 13 letters or digits; a French one is FR, a two-digit key and the SIREN',
    country: 'it must start with the prefix of an EU member state (FR, DE, BE, EL for Greece…)',
    siren: 'its SIREN part is not a valid SIREN (Luhn key)',
    key: 'its key does not match its SIREN (the key is (12 + 3 × (SIREN mod 97)) mod 97)',
};
const IsVatNumber = (options) => custom('isVatNumber', (v) => compact(v) !== null && (0, identity_numbers_1.vatNumberProblem)(compact(v)) === null, (args) => {
    const value = compact(args.value);
    return `$property must be an intracommunity VAT number: ${VAT_PROBLEMS[value === null ? 'format' : ((0, identity_numbers_1.vatNumberProblem)(value) ?? 'format')]}`;
}, options);
exports.IsVatNumber = IsVatNumber;
const IsIban = (options) => custom('isIban', (v) => compact(v) !== null && (0, identity_numbers_1.isValidIban)(compact(v)), '$property must be an IBAN with valid check digits (ISO 13616 mod 97; 27 characters for FR)', options);
exports.IsIban = IsIban;
const IsBic = (options) => custom('isBic', (v) => compact(v) !== null && (0, identity_numbers_1.isValidBic)(compact(v)), '$property must be a BIC (ISO 9362: 8 or 11 letters and digits)', options);
exports.IsBic = IsBic;
const IsRnaNumber = (options) => custom('isRnaNumber', (v) => compact(v) !== null && (0, identity_numbers_1.isValidRnaNumber)(compact(v)), '$property must be an RNA number (W and nine digits or letters)', options);
exports.IsRnaNumber = IsRnaNumber;
/** A postcode valid for the address's `countryCode` (default FR: five digits starting with a département). */
const IsPostcode = (options) => custom('isPostcode', (v, object) => typeof v === 'string' && (0, identity_numbers_1.isValidPostcode)(v.trim().toUpperCase(), object.countryCode ?? 'FR'), '$property must be a postcode of the address\'s country (FR: five digits starting with a département number)', options);
exports.IsPostcode = IsPostcode;
const IsSiren = (options) => custom('isSiren', (v) => typeof v === 'string' && (0, siren_1.isValidSiren)(v), '$property must be a valid SIREN (9 digits, Luhn key)', options);
exports.IsSiren = IsSiren;
const IsSiret = (options) => custom('isSiret', (v) => typeof v === 'string' && (0, siren_1.isValidSiret)(v), '$property must be a valid SIRET (14 digits, Luhn key)', options);
exports.IsSiret = IsSiret;
const IsVatRate = (options) => custom('isVatRate', (v) => typeof v === 'number' && totals_1.VAT_RATES_BP.some((bp) => Math.abs(bp / 100 - v) < 1e-9), `$property must be one of ${totals_1.VAT_RATES_BP.map((bp) => bp / 100).join(', ')}`, options);
exports.IsVatRate = IsVatRate;
/** A positive quantity with at most three decimals and a sane magnitude. */
const IsQuantity = (options) => custom('isQuantity', (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1e9 && Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6, '$property must be a positive number with at most 3 decimals (up to 1 000 000 000)', options);
exports.IsQuantity = IsQuantity;
/** Integer cents, at most 10 billion euros: anything larger is a typo or an attack. */
exports.MAX_CENTS = 1_000_000_000_000;
//# sourceMappingURL=common.input.js.map