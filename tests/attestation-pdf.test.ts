import { renderAttestationPdf, type AttestationRenderInput } from '../api/attestation/attestation-pdf';
import { pdfFonts, pdfPages, pdfText } from './support/pdf-tools';

/** The attestation PDF itself: what its text holds, one page when short, paginated when long, the same bytes for the same input. */

function extract(pdf: Buffer): { text: string; pages: number } {
  return { text: pdfText(pdf), pages: pdfPages(pdf).length };
}

const input = (invoiceCount: number): AttestationRenderInput => ({
  number: 'OETH-ESAT-LYON-2026-00007',
  issueDate: '2027-01-15',
  year: 2026,
  place: 'Lyon',
  establishment: { name: 'ESAT des Monts du Lyonnais', kind: 'esat', siret: '73282932000074', address: ['12 rue des Ateliers', '69001 Lyon'] },
  customer: { legalName: 'Électro-Câblage Rhône', siren: '732829320', address: ['1 rue de la Paix', '69002 Lyon'] },
  paidHtCents: 1_234_567,
  deductibleCostsCents: 234_567,
  labourCostCents: 1_000_000,
  deductionCents: 300_000,
  deductionRatePercent: 30,
  ubEquivalentNonLegal: 0.416,
  smicHourlyCents: 1202,
  invoices: Array.from({ length: invoiceCount }, (_, index) => ({
    number: `FAC-ESAT-LYON-2026-${String(index + 1).padStart(5, '0')}`,
    date: '2026-03-02',
    paidInYearCents: 12_000 + index,
    htCents: 10_000 + index,
  })),
  deadline: '2027-03-15',
  supersedesNumber: null,
  correctionReason: null,
});

describe('renderAttestationPdf', () => {
  test('a typical attestation is one page holding the parties, the four amounts, the invoices and the legal mention', async () => {
    const pdf = await renderAttestationPdf(input(10));
    const { text, pages } = extract(pdf);
    expect(pages).toBe(1);
    expect(pdfFonts(pdf).every((font) => font.embedded)).toBe(true);
    for (const expected of [
      'ESAT des Monts du Lyonnais', 'SIRET : 73282932000074', '12 rue des Ateliers', 'Électro-Câblage Rhône', 'SIREN : 732829320',
      '12 345,67 €', '2 345,67 €', '10 000,00 €', '3 000,00 €', 'Année 2026', 'D5212-7', 'D5212-22', '19 novembre 2020',
      'Fait à Lyon, le 15/01/2027', 'signature et cachet', 'NON LÉGALE', '0,416', '15/03/2027', '30 % x 3',
    ]) {
      expect(text).toContain(expected);
    }
    for (let index = 1; index <= 10; index++) expect(text).toContain(`FAC-ESAT-LYON-2026-${String(index).padStart(5, '0')}`);
  });

  test('a long invoice list continues on numbered pages, every invoice on one of them', async () => {
    const { text, pages } = extract(await renderAttestationPdf(input(150)));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Page ${pages} / ${pages}`);
    for (let index = 1; index <= 150; index++) expect(text).toContain(`FAC-ESAT-LYON-2026-${String(index).padStart(5, '0')}`);
    expect(text).toContain('Fait à Lyon');
  });

  test('the same input gives the same bytes', async () => {
    const [a, b] = await Promise.all([renderAttestationPdf(input(3)), renderAttestationPdf(input(3))]);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  test('the bytes do not depend on what the process drew before (words, heights and glyphs are remembered across documents)', async () => {
    // A fresh copy of the modules (pdfkit, fontkit and the PDF base's memories included) draws it first.
    let fresh: typeof renderAttestationPdf | undefined;
    jest.isolateModules(() => {
      fresh = (jest.requireActual('../api/attestation/attestation-pdf') as { renderAttestationPdf: typeof renderAttestationPdf }).renderAttestationPdf;
    });
    const first = await fresh!({ ...input(40), customer: { legalName: 'Œuvres Ébénistes Ærodynamiques', siren: '552100554', address: ['1 rue', '69000 Lyon'] } });
    for (let index = 1; index <= 5; index++) await renderAttestationPdf(input(index * 7), { draft: index % 2 === 0 });
    const later = await renderAttestationPdf({ ...input(40), customer: { legalName: 'Œuvres Ébénistes Ærodynamiques', siren: '552100554', address: ['1 rue', '69000 Lyon'] } });
    expect(Buffer.compare(first, later)).toBe(0);
  });

  test('a draft is marked PROJET', async () => {
    expect(pdfText(await renderAttestationPdf(input(1), { draft: true }))).toContain('PROJET');
    expect(pdfText(await renderAttestationPdf(input(1)))).not.toContain('PROJET');
  });

  test('a corrected re-issue says what it replaces and why', async () => {
    const { text } = extract(await renderAttestationPdf({ ...input(1), supersedesNumber: 'OETH-ESAT-LYON-2026-00003', correctionReason: 'Avoir omis' }));
    expect(text).toContain("annule et remplace l'attestation n° OETH-ESAT-LYON-2026-00003");
    expect(text).toContain('Motif : Avoir omis');
  });
});
