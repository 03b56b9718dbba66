"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compactIdentifier = compactIdentifier;
exports.frenchVatKey = frenchVatKey;
exports.frenchVatNumber = frenchVatNumber;
exports.vatNumberProblem = vatNumberProblem;
exports.isValidVatNumber = isValidVatNumber;
exports.sirenOfVatNumber = sirenOfVatNumber;
exports.ibanChecksumValid = ibanChecksumValid;
exports.isValidIban = isValidIban;
exports.ibanWithChecksum = ibanWithChecksum;
exports.isValidBic = isValidBic;
exports.isValidPostcode = isValidPostcode;
exports.isValidRnaNumber = isValidRnaNumber;
const siren_1 = require("./siren");
/**
 * Checks of the identifiers a sales document prints: intracommunity VAT numbers, IBAN and BIC, French
 * postcodes and RNA numbers. Pure functions: the inputs' validators and the demo data both use them.
 * Values are compared in their compact form (no spaces, upper case), the form they are stored in.
 */
function compactIdentifier(value) {
    return value.replace(/[\s.-]/g, '').toUpperCase();
}
/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
function frenchVatKey(siren) {
    const key = (12 + 3 * (Number(siren) % 97)) % 97;
    return String(key).padStart(2, '0');
}
/** FR + key + SIREN: the intracommunity VAT number the tax office gives a French business. */
function frenchVatNumber(siren) {
    return `FR${frenchVatKey(siren)}${siren}`;
}
/** The EU member states' VAT prefixes (Greece uses EL) and Northern Ireland's XI. */
const VAT_PREFIXES = new Set([
    'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO',
    'SE', 'SI', 'SK', 'XI',
]);
/**
 * Why a VAT number is wrong, or null when it is right. A French one must be FR, a two-digit key and a
 * valid SIREN, the key matching the SIREN; other member states' are checked for their shape only
 * (their keys follow national rules this product has no source for).
 */
function vatNumberProblem(value) {
    if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(value))
        return 'format';
    const country = value.slice(0, 2);
    if (!VAT_PREFIXES.has(country))
        return 'country';
    if (country !== 'FR')
        return null;
    const match = /^FR([0-9]{2})([0-9]{9})$/.exec(value);
    if (!match)
        return 'format';
    if (!(0, siren_1.isValidSiren)(match[2]))
        return 'siren';
    return frenchVatKey(match[2]) === match[1] ? null : 'key';
}
function isValidVatNumber(value) {
    return vatNumberProblem(value) === null;
}
/** The SIREN inside a French VAT number, or null. */
function sirenOfVatNumber(value) {
    return /^FR[0-9]{2}([0-9]{9})$/.exec(value)?.[1] ?? null;
}
/** IBAN lengths of the SEPA countries most likely on a French ESAT's or EA's invoice; others: 15 to 34. */
const IBAN_LENGTHS = { FR: 27, MC: 27, BE: 16, DE: 22, ES: 24, IT: 27, LU: 20, NL: 18, CH: 21, PT: 25 };
/** ISO 13616: letters become 10–35, the first four characters move to the end, the number mod 97 is 1. */
function ibanChecksumValid(iban) {
    const rearranged = iban.slice(4) + iban.slice(0, 4);
    let remainder = 0;
    for (const char of rearranged) {
        const digits = /[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55);
        for (const digit of digits)
            remainder = (remainder * 10 + Number(digit)) % 97;
    }
    return remainder === 1;
}
function isValidIban(value) {
    if (!/^[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}$/.test(value))
        return false;
    const expected = IBAN_LENGTHS[value.slice(0, 2)];
    if (expected !== undefined && value.length !== expected)
        return false;
    return ibanChecksumValid(value);
}
/** Computes the two check digits of an IBAN from its country and account part (BBAN). */
function ibanWithChecksum(country, bban) {
    for (let check = 2; check <= 98; check++) {
        const candidate = `${country}${String(check).padStart(2, '0')}${bban}`;
        if (ibanChecksumValid(candidate))
            return candidate;
    }
    throw new Error(`no IBAN check digits for ${country} ${bban}`);
}
/** ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3). */
function isValidBic(value) {
    return /^[A-Z]{4}[A-Z]{2}[0-9A-Z]{2}([0-9A-Z]{3})?$/.test(value);
}
/**
 * A French postcode: five digits, starting with a département number (01–95, Corsica's 20) or an
 * overseas one (97x, 98x); other countries' codes are checked for their general shape only.
 */
function isValidPostcode(value, countryCode = 'FR') {
    if (countryCode === 'FR')
        return /^(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$/.test(value);
    return /^[0-9A-Z][0-9A-Z -]{1,8}[0-9A-Z]$/.test(value);
}
/** Répertoire national des associations: W followed by nine digits or letters (the département's code first). */
function isValidRnaNumber(value) {
    return /^W[0-9A-Z]{9}$/.test(value);
}
//# sourceMappingURL=identity-numbers.js.map