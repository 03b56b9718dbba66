import { PdfDocument, euros, frenchDate, frenchLongDate, percent, quantity } from '../api/documents/pdf';
import { pdfAttachments, pdfFonts, pdfInfo, pdfPages, pdfText } from './support/pdf-tools';

/** The PDF base: French formatting, identity header, a paginating table, same input → same bytes, PDF/A-3. */

describe('French formatting', () => {
  it('writes money as French invoices do, exactly from cents', () => {
    expect(euros(123456).replace(/\u00a0/g, ' ')).toBe('1 234,56 €');
    expect(euros(5).replace(/\u00a0/g, ' ')).toBe('0,05 €');
    expect(euros(-4000).replace(/\u00a0/g, ' ')).toBe('-40,00 €');
    expect(euros(100_000_000_00).replace(/\u00a0/g, ' ')).toBe('100 000 000,00 €');
  });

  it('writes dates, rates and quantities the French way', () => {
    expect(frenchDate('2026-03-09')).toBe('09/03/2026');
    expect(frenchLongDate('2026-12-01')).toBe('1er décembre 2026');
    expect(frenchLongDate('2026-08-15')).toBe('15 août 2026');
    expect([2000, 1000, 550, 210, 0].map((bp) => percent(bp).replace(/\u00a0/g, ' '))).toEqual(['20 %', '10 %', '5,5 %', '2,1 %', '0 %']);
    expect([1234.5, 3, 0.125, 40000].map((q) => quantity(q).replace(/\u00a0/g, ' '))).toEqual(['1 234,5', '3', '0,125', '40 000']);
  });
});

async function sample(options: { rows?: number; watermark?: string; issuerCity?: string } = {}): Promise<Buffer> {
  const pdf = new PdfDocument({ title: 'Document d\'essai', author: 'Les Ateliers', documentDate: '2026-03-09', footer: 'Les Ateliers — SIREN 732 829 320', watermark: options.watermark });
  pdf.header(
    { name: 'Les Ateliers', lines: ['3 rue du Test', `69007 ${options.issuerCity ?? 'Lyon'}`] },
    { heading: 'Destinataire', name: 'Client Éphémère SAS', lines: ['1 place Bellecour', '69002 Lyon'] },
    'DOCUMENT D\'ESSAI',
    ['N° ESSAI-0001', `Date : ${frenchDate('2026-03-09')}`],
  );
  pdf.table(
    [{ header: 'Désignation', width: 0.6 }, { header: 'Quantité', width: 0.2, align: 'right' }, { header: 'Montant', width: 0.2, align: 'right' }],
    Array.from({ length: options.rows ?? 3 }, (_, index) => ({ cells: [`Ligne ${index + 1} — étiquetage`, quantity(index + 1), euros((index + 1) * 1250)] })),
  );
  pdf.amounts([{ label: 'Total', value: euros(7500), bold: true }]);
  pdf.attach({ name: 'data.xml', bytes: Buffer.from('<a/>'), mediaType: 'text/xml', description: 'data', relationship: 'Data' });
  return pdf.end();
}

describe('PdfDocument', () => {
  it('gives the same bytes for the same input, whenever it runs', async () => {
    const first = await sample();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a clock read anywhere would show in the bytes
    const second = await sample();
    expect(second.equals(first)).toBe(true);
    expect((await sample({ issuerCity: 'Bron' })).equals(first)).toBe(false);
  });

  it('prints the identity blocks, title and table a reader sees', async () => {
    const text = pdfText(await sample());
    for (const expected of ['Les Ateliers', '69007 Lyon', 'DESTINATAIRE', 'Client Éphémère SAS', 'DOCUMENT D\'ESSAI', 'N° ESSAI-0001', 'Date : 09/03/2026',
      'Ligne 2 — étiquetage', '25,00 €', 'Total', '75,00 €', 'Page 1 / 1', 'SIREN 732 829 320']) {
      expect(text).toContain(expected);
    }
  });

  it('continues a long table on the next pages under its header, numbering the pages', async () => {
    const pages = pdfPages(await sample({ rows: 120 }));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page).toContain('Désignation');
      expect(page).toContain(`Page ${index + 1} / ${pages.length}`);
    });
    const all = pages.join('\n');
    for (let row = 1; row <= 120; row++) expect(all).toContain(`Ligne ${row} — étiquetage`);
  });

  it('prints a watermark on every page when asked', async () => {
    const pages = pdfPages(await sample({ rows: 80, watermark: 'BROUILLON' }));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('BROUILLON');
    expect(pdfText(await sample())).not.toContain('BROUILLON');
  });

  it('is a PDF/A-3b with its fonts embedded, its metadata and its attachment', async () => {
    const bytes = await sample();
    const info = pdfInfo(bytes);
    expect(info.metadata).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(info.metadata).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(info.Title).toBe('Document d\'essai');
    expect(info.CreationDate).toMatch(/2026/);
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(pdfAttachments(bytes).get('data.xml')?.toString()).toBe('<a/>');
  });
});
