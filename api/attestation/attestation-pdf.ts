import PDFDocument from 'pdfkit';

/**
 * The OETH attestation as a PDF (pdfkit), in French, from the snapshot recorded at issue: the same
 * input gives the same bytes (the document's dates and file id derive from the issue date only), so a
 * PDF rendered late, from the snapshot, is the one that would have been rendered at once. One A4 page
 * for a typical customer; a long invoice list continues on further pages, its header repeated, every
 * page numbered. Standard Helvetica (WinAnsi): every character printed here is in that encoding.
 */

export interface AttestationRenderInput {
  number: string;
  issueDate: string;
  year: number;
  place: string | null;
  establishment: { name: string; kind: string; siret: string; address: string[] };
  customer: { legalName: string; siren: string; address: string[] };
  paidHtCents: number;
  deductibleCostsCents: number;
  labourCostCents: number;
  deductionCents: number;
  deductionRatePercent: number;
  ubEquivalentNonLegal: number | null;
  smicHourlyCents: number | null;
  invoices: { number: string; date: string; paidInYearCents: number; htCents: number }[];
  deadline: string;
  supersedesNumber: string | null;
  correctionReason: string | null;
}

/** 123456 → "1 234,56 €" (a plain space between thousands, so extracted text reads back the same). */
export function euros(cents: number): string {
  const negative = cents < 0;
  const magnitude = Math.abs(cents);
  const units = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${units},${String(magnitude % 100).padStart(2, '0')} €`;
}

/** 2026-03-15 → 15/03/2026. */
export function frenchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
const KIND: Record<string, string> = { esat: 'ESAT (établissement et service d\'accompagnement par le travail)', ea: 'Entreprise adaptée' };

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - 60;
const COLUMNS = [
  { title: 'Facture n°', width: 0.34, align: 'left' as const },
  { title: 'Date', width: 0.18, align: 'left' as const },
  { title: 'Payé TTC dans l\'année', width: 0.24, align: 'right' as const },
  { title: 'Prix HT retenu', width: 0.24, align: 'right' as const },
];

export function renderAttestationPdf(input: AttestationRenderInput): Promise<Buffer> {
  const issued = new Date(`${input.issueDate}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Attestation OETH ${input.number}`,
      Author: input.establishment.name,
      Subject: `Attestation des sommes versées en ${input.year} (art. D5212-7 du code du travail)`,
      Creator: 'ub-platform',
      Producer: 'ub-platform (pdfkit)',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(14).text('Attestation annuelle - Obligation d\'emploi des travailleurs handicapés (OETH)', { align: 'center' });
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(`Attestation n° ${input.number} - Année ${input.year}`, { align: 'center' });
  if (input.supersedesNumber) {
    doc.moveDown(0.3).font('Helvetica-Bold').text(`Attestation rectificative : annule et remplace l'attestation n° ${input.supersedesNumber}.`, { align: 'center' });
    if (input.correctionReason) doc.font('Helvetica').text(`Motif : ${input.correctionReason}`, { align: 'center' });
  }

  // The two parties side by side.
  const top = doc.y + 14;
  const half = WIDTH / 2 - 10;
  const party = (x: number, heading: string, lines: string[]) => {
    doc.font('Helvetica-Bold').fontSize(9).text(heading, x, top, { width: half });
    doc.font('Helvetica').fontSize(10);
    for (const line of lines) doc.text(line, x, doc.y, { width: half });
    return doc.y;
  };
  const leftEnd = party(MARGIN, 'ÉTABLISSEMENT ÉMETTEUR', [input.establishment.name, KIND[input.establishment.kind] ?? input.establishment.kind, ...input.establishment.address, `SIRET : ${input.establishment.siret}`]);
  const rightEnd = party(MARGIN + half + 20, 'CLIENT', [input.customer.legalName, ...input.customer.address, `SIREN : ${input.customer.siren}`]);
  doc.x = MARGIN;
  doc.y = Math.max(leftEnd, rightEnd) + 14;

  doc.font('Helvetica').fontSize(9.5).text(
    `L'établissement ci-dessus atteste que le client ci-dessus lui a versé au cours de l'année ${input.year} les sommes suivantes au titre de contrats ` +
      'de fourniture, de sous-traitance ou de prestations de services, en application de l\'article D5212-7 du code du travail ' +
      '(modèle fixé par l\'arrêté du 19 novembre 2020). Le montant déductible est calculé selon l\'article D5212-22 du code du travail ' +
      '(loi n° 2018-771 du 5 septembre 2018, décret n° 2019-523 du 27 mai 2019) ; le plafonnement est appliqué par le client.',
    { width: WIDTH, align: 'justify' },
  );
  doc.moveDown(0.8);

  const amounts: [string, number][] = [
    [`1. Prix hors taxes acquittés au cours de l'année ${input.year}`, input.paidHtCents],
    ['2. Coûts déductibles liés à ces paiements (matières premières, produits, matériaux, sous-traitance, consommations intermédiaires, frais de vente et de commercialisation)', input.deductibleCostsCents],
    ['3. Coût de la main-d\'oeuvre (1 - 2)', input.labourCostCents],
    [`4. Montant à déduire avant plafonnement (${decimal(input.deductionRatePercent, input.deductionRatePercent % 1 ? 1 : 0)} % x 3)`, input.deductionCents],
  ];
  for (const [label, cents] of amounts) {
    const y = doc.y;
    doc.font(label.startsWith('4.') ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(label, MARGIN, y, { width: WIDTH * 0.72 });
    const after = doc.y;
    doc.text(euros(cents), MARGIN + WIDTH * 0.72, y, { width: WIDTH * 0.28, align: 'right' });
    doc.x = MARGIN;
    doc.y = Math.max(after, doc.y) + 4;
  }
  doc.moveDown(0.6);

  doc.font('Helvetica-Bold').fontSize(10).text(`Factures concernées (${input.invoices.length})`, MARGIN, doc.y);
  doc.moveDown(0.3);
  const header = () => {
    let x = MARGIN;
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(9);
    for (const column of COLUMNS) {
      doc.text(column.title, x, y, { width: WIDTH * column.width - 4, align: column.align });
      x += WIDTH * column.width;
    }
    doc.moveTo(MARGIN, doc.y + 1).lineTo(MARGIN + WIDTH, doc.y + 1).lineWidth(0.5).stroke();
    doc.x = MARGIN;
    doc.y += 4;
  };
  header();
  for (const invoice of input.invoices) {
    if (doc.y + 14 > BOTTOM) {
      doc.addPage();
      doc.font('Helvetica').fontSize(9).text(`Attestation n° ${input.number} - factures concernées (suite)`, MARGIN, MARGIN);
      doc.moveDown(0.5);
      header();
    }
    const cells = [invoice.number, frenchDate(invoice.date), euros(invoice.paidInYearCents), euros(invoice.htCents)];
    let x = MARGIN;
    const y = doc.y;
    doc.font('Helvetica').fontSize(9);
    cells.forEach((cell, index) => {
      doc.text(cell, x, y, { width: WIDTH * COLUMNS[index].width - 4, align: COLUMNS[index].align, lineBreak: false });
      x += WIDTH * COLUMNS[index].width;
    });
    doc.x = MARGIN;
    doc.y = y + 13;
  }

  // The closing block (not legal figure, date, place, signature) stays together.
  const closing = 150;
  if (doc.y + closing > BOTTOM) doc.addPage();
  doc.moveDown(0.8);
  if (input.ubEquivalentNonLegal !== null && input.smicHourlyCents !== null) {
    doc.font('Helvetica-Oblique').fontSize(8.5).text(
      `Pour information, valeur NON LÉGALE : équivalent de ${decimal(input.ubEquivalentNonLegal, 3)} unités bénéficiaires selon l'ancien mode de calcul ` +
        `(coût de la main-d'oeuvre / (2 000 x SMIC horaire brut au 31/12/${input.year}, soit ${euros(input.smicHourlyCents)}) ; 1 600 heures pour la mise à disposition). ` +
        'Seul le montant en euros ci-dessus vaut pour la déclaration.',
      MARGIN, doc.y, { width: WIDTH },
    );
    doc.moveDown(0.6);
  }
  doc.font('Helvetica').fontSize(8.5).text(`À remettre au client au plus tard le ${frenchDate(input.deadline)}.`, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(1);
  doc.fontSize(10).text(`Fait à ${input.place ?? '...'}, le ${frenchDate(input.issueDate)}`, MARGIN + WIDTH / 2, doc.y, { width: WIDTH / 2 });
  doc.moveDown(0.3).text('Pour l\'établissement, signature et cachet :', MARGIN + WIDTH / 2, doc.y, { width: WIDTH / 2 });
  const boxTop = doc.y + 4;
  doc.rect(MARGIN + WIDTH / 2, boxTop, WIDTH / 2, 60).lineWidth(0.5).stroke();

  const pages = doc.bufferedPageRange();
  for (let page = 0; page < pages.count; page++) {
    doc.switchToPage(pages.start + page);
    doc.page.margins.bottom = 0; // the footer sits in the bottom margin: no page break for it
    doc.font('Helvetica').fontSize(8).text(`${input.number} - page ${page + 1} / ${pages.count}`, MARGIN, 841.89 - 40, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
