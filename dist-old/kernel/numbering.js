"use strict";
/**
 * The numbers of the documents (docs/domain.md, invoice numbers): `PREFIX-ESTABLISHMENT-YEAR-00042`,
 * one sequence per establishment, document type and year. The counters themselves are rows of
 * `document_sequence`, advanced in the issuing transaction (api/common/document-numbering.ts).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DOCUMENT_PREFIX = void 0;
exports.isNumberedInDateOrder = isNumberedInDateOrder;
exports.fiscalYearOf = fiscalYearOf;
exports.documentNumber = documentNumber;
exports.DOCUMENT_PREFIX = {
    quote: 'DEV',
    order: 'CMD',
    delivery_note: 'BL',
    invoice: 'FAC',
    credit_note: 'AV',
    production_sheet: 'FP',
    mad_contract: 'MAD',
    oeth_attestation: 'OETH',
};
/**
 * Invoices and credit notes must be numbered in date order (French invoicing rules), across the
 * years of an establishment too; other documents may be back-dated.
 */
function isNumberedInDateOrder(type) {
    return type === 'invoice' || type === 'credit_note';
}
/** The year whose sequence numbers a document dated `date` ('YYYY-MM-DD'). */
function fiscalYearOf(date) {
    return Number(date.slice(0, 4));
}
/** The number printed on a document, e.g. FAC-ESAT-LYON-2026-00042. */
function documentNumber(type, establishmentCode, fiscalYear, sequenceNumber) {
    return `${exports.DOCUMENT_PREFIX[type]}-${establishmentCode}-${fiscalYear}-${String(sequenceNumber).padStart(5, '0')}`;
}
//# sourceMappingURL=numbering.js.map