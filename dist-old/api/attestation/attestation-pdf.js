"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderAttestationPdf = renderAttestationPdf;
const pdf_1 = require("../documents/pdf");
const decimal = (value, digits) => value.toFixed(digits).replace('.', ',');
/** The attestation's PDF; `draft` marks a computed, not issued, one (PROJET across every page). */
function renderAttestationPdf(input, options = {}) {
    const { establishment, customer } = input;
    const pdf = new pdf_1.PdfDocument({
        title: `Attestation OETH ${input.number}`,
        author: establishment.organization ?? establishment.name,
        subject: `Attestation des sommes versées en ${input.year} (art. D5212-7 du code du travail)`,
        documentDate: input.issueDate,
        footer: `${establishment.name} - SIRET ${establishment.siret} - attestation ${input.number}`,
        watermark: options.draft ? 'PROJET' : undefined,
    });
    pdf.header({
        heading: 'Établissement émetteur',
        name: establishment.name,
        lines: [pdf_1.ESTABLISHMENT_KIND_FR[establishment.kind] ?? establishment.kind, ...(establishment.organization ? [establishment.organization] : []), ...establishment.address, `SIRET : ${establishment.siret}`].filter(Boolean),
    }, { heading: 'Client', name: customer.legalName, lines: [...customer.address, `SIREN : ${customer.siren}`] }, `Attestation annuelle OETH - année ${input.year}`, ["Obligation d'emploi des travailleurs handicapés", `Attestation n° ${input.number} - Année ${input.year} - Date : ${(0, pdf_1.frenchDate)(input.issueDate)}`]);
    if (input.supersedesNumber) {
        pdf.text(`Attestation rectificative : annule et remplace l'attestation n° ${input.supersedesNumber}.`, { bold: true });
        if (input.correctionReason)
            pdf.text(`Motif : ${input.correctionReason}`);
        pdf.gap(6);
    }
    pdf.text(`L'établissement ci-dessus atteste que le client ci-dessus lui a versé au cours de l'année ${input.year} les sommes suivantes au titre de contrats ` +
        "de fourniture, de sous-traitance ou de prestations de services, en application de l'article D5212-7 du code du travail " +
        "(modèle fixé par l'arrêté du 19 novembre 2020). Le montant à déduire est calculé selon l'article D5212-22 du code du travail " +
        '(loi n° 2018-771 du 5 septembre 2018, décret n° 2019-523 du 27 mai 2019) ; le plafonnement est appliqué par le client.', { align: 'left' });
    pdf.gap(8);
    const rate = (0, pdf_1.percent)(Math.round(input.deductionRatePercent * 100));
    pdf.table([
        { header: 'Montants de l\'année ' + input.year, width: 0.75 },
        { header: 'Montant', width: 0.25, align: 'right' },
    ], [
        { cells: [`1. Prix hors taxes acquittés au cours de l'année ${input.year}`, (0, pdf_1.euros)(input.paidHtCents)] },
        {
            cells: [
                '2. Coûts déductibles liés à ces paiements (matières premières, produits, matériaux, sous-traitance, consommations intermédiaires, frais de vente et de commercialisation)',
                (0, pdf_1.euros)(input.deductibleCostsCents),
            ],
        },
        { cells: ["3. Coût de la main-d'oeuvre (1 - 2)", (0, pdf_1.euros)(input.labourCostCents)] },
        { cells: [`4. Montant à déduire avant plafonnement (${rate} x 3)`, (0, pdf_1.euros)(input.deductionCents)], bold: true },
    ]);
    pdf.text(`Factures concernées (${input.invoices.length})`, { bold: true });
    pdf.gap(2);
    pdf.table([
        { header: 'Facture n°', width: 0.34 },
        { header: 'Date', width: 0.18 },
        { header: "Payé TTC dans l'année", width: 0.24, align: 'right' },
        { header: 'Prix HT retenu', width: 0.24, align: 'right' },
    ], input.invoices.map((invoice) => ({ cells: [invoice.number, (0, pdf_1.frenchDate)(invoice.date), (0, pdf_1.euros)(invoice.paidInYearCents), (0, pdf_1.euros)(invoice.htCents)] })));
    // The closing block (the figure that is not legal, the deadline, date, place, signature) stays together.
    pdf.ensureSpace(140);
    if (input.ubEquivalentNonLegal !== null && input.smicHourlyCents !== null) {
        pdf.text(`Pour information, valeur NON LÉGALE : équivalent de ${decimal(input.ubEquivalentNonLegal, 3)} unités bénéficiaires selon l'ancien mode de calcul ` +
            `(coût de la main-d'oeuvre / (2 000 x SMIC horaire brut au 31/12/${input.year}, soit ${(0, pdf_1.euros)(input.smicHourlyCents)}) ; 1 600 heures pour la mise à disposition). ` +
            'Seul le montant en euros ci-dessus vaut pour la déclaration.', { size: 7.5, color: '#555555' });
        pdf.gap(4);
    }
    pdf.text(`Attestation à remettre au client au plus tard le ${(0, pdf_1.frenchDate)(input.deadline)}.`, { size: 7.5, color: '#555555' });
    pdf.gap(14);
    const { doc } = pdf;
    const x = pdf.left + pdf.width / 2;
    doc.font('regular').fontSize(10).text(`Fait à ${input.place ?? '...'}, le ${(0, pdf_1.frenchDate)(input.issueDate)}`, x, doc.y, { width: pdf.width / 2 });
    doc.text("Pour l'établissement, signature et cachet :", x, doc.y + 2, { width: pdf.width / 2 });
    doc.rect(x, doc.y + 4, pdf.width / 2, 60).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.y += 70;
    doc.x = pdf.left;
    if (input.impact)
        impactPage(pdf, input.year, input.impact);
    return pdf.end();
}
const whole = (value) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value).replace(/\u202f/g, '\u00a0');
/** The impact page: aggregates only, or why they are withheld; the disclosure rules stated on it. */
function impactPage(pdf, year, impact) {
    pdf.doc.addPage();
    pdf.text(`Impact social du travail réalisé pour le client en ${year}`, { bold: true, size: 13 });
    pdf.gap(4);
    pdf.text("Travail des personnes accompagnées sur les commandes du client passées à l'établissement émetteur, en heures pointées et validées. " +
        'Document informatif, sans valeur pour la déclaration OETH.', { align: 'left' });
    pdf.gap(8);
    if (impact.status === 'published') {
        pdf.table([
            { header: `Année ${year}`, width: 0.75 },
            { header: 'Valeur', width: 0.25, align: 'right' },
        ], [
            { cells: ['Heures travaillées (arrondies à l\'heure)', `${whole(impact.hours)} h`] },
            { cells: ['Personnes accompagnées distinctes', whole(impact.beneficiaries)] },
            { cells: ['Ateliers', whole(impact.workshops)] },
            { cells: ['Activités de production', whole(impact.activities)] },
        ]);
    }
    else {
        pdf.text(impact.reason === 'open_period'
            ? `Chiffres non communiqués : l'année ${year} n'est pas terminée ; ils ne sont publiés qu'une fois l'année close.`
            : 'Chiffres non communiqués : trop peu de personnes sont derrière eux (ou une seule en représente l\'essentiel) ' +
                'pour qu\'ils puissent être publiés sans renseigner sur une personne.', { bold: true });
    }
    pdf.gap(10);
    pdf.text('Règles de confidentialité appliquées : aucun nom, matricule ni code de personne ou de poste ne figure ici. ' +
        `Un chiffre est retenu (non communiqué) lorsqu'il concerne moins de ${impact.threshold} personnes, lorsqu'une personne représente plus de 85 % des heures, ` +
        "ou lorsqu'il permettrait de déduire un chiffre retenu à partir des chiffres publiés ailleurs (portail client). Les heures sont arrondies à l'heure.", { size: 7.5, color: '#555555' });
}
//# sourceMappingURL=attestation-pdf.js.map