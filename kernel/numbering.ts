/**
 * The numbers of the documents (docs/domain.md, invoice numbers): `PREFIX-ESTABLISHMENT-YEAR-00042`,
 * one sequence per establishment, document type and year. The counters themselves are rows of
 * `document_sequence`, advanced in the issuing transaction (api/common/document-numbering.ts).
 */

export type NumberedDocument = 'quote' | 'order' | 'delivery_note' | 'invoice' | 'credit_note' | 'production_sheet' | 'mad_contract' | 'oeth_attestation';

export const DOCUMENT_PREFIX: Record<NumberedDocument, string> = {
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
export function isNumberedInDateOrder(type: NumberedDocument): boolean {
  return type === 'invoice' || type === 'credit_note';
}

/** The year whose sequence numbers a document dated `date` ('YYYY-MM-DD'). */
export function fiscalYearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The number printed on a document, e.g. FAC-ESAT-LYON-2026-00042. */
export function documentNumber(type: NumberedDocument, establishmentCode: string, fiscalYear: number, sequenceNumber: number): string {
  return `${DOCUMENT_PREFIX[type]}-${establishmentCode}-${fiscalYear}-${String(sequenceNumber).padStart(5, '0')}`;
}
