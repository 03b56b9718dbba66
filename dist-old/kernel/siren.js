"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.luhnValid = luhnValid;
exports.isValidSiren = isValidSiren;
exports.isValidSiret = isValidSiret;
/** The Luhn check used by SIREN (9 digits) and SIRET (14 digits) numbers. */
function luhnValid(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return sum % 10 === 0;
}
/** La Poste's SIRETs do not follow Luhn: their digit sum is a multiple of 5 (INSEE's published exception). */
const LA_POSTE_SIREN = '356000000';
function isValidSiren(value) {
    return /^[0-9]{9}$/.test(value) && luhnValid(value);
}
function isValidSiret(value) {
    if (!/^[0-9]{14}$/.test(value))
        return false;
    if (value.startsWith(LA_POSTE_SIREN) && value !== '35600000000048') {
        return [...value].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
    }
    return luhnValid(value);
}
//# sourceMappingURL=siren.js.map