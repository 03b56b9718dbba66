import type { RequestContext } from '../context';
import { PdfDocument, frenchDate, frenchLongDate } from '../documents/pdf';
import { frenchNumber } from '../funders/funder-report-export';
import { objectiveProgressById } from '../steering/objective.service';
import { organizationById } from '../organization/organization.loaders';
import { todayInFrance } from '../../kernel/dates';
import { SkillsService } from './skills.service';

/**
 * The carnet de parcours et de compétences of one beneficiary as a PDF, for the médico-social team
 * (and the supervisors of the beneficiary's workshops): what skillsEvidence answers over the period —
 * activities practised with their validated hours and quality, month by month, the skills they
 * evidence and their job standards, the parcours and its steps, the individual objectives and whether
 * they were reached — on the product's PDF base (api/documents/pdf.ts). It names the beneficiary by
 * matricule only, like every figure of the API; its access is skillsEvidence's.
 */

const MEASURE_FR: Record<string, string> = { hours: 'heures', quantity: 'quantité', quality: 'qualité' };
const STEP_FR: Record<string, string> = {
  training: 'Formation', rae_enrolment: 'Entrée en démarche RAE', rae_attestation: 'Attestation RAE', prestation_en_entreprise: 'Prestation en entreprise',
};

const number = (value: number, decimals = 2) => frenchNumber(value, decimals);
const quality = (value: number | null) => (value === null ? '-' : `${number(value * 100, 1)} %`);
const measured = (measure: string, value: number | null | undefined) =>
  value === null || value === undefined ? '-' : measure === 'quality' ? quality(value) : number(value);

/** The carnet of `beneficiaryId` over [from, to], or null for an unknown beneficiary (the caller's rule checked by SkillsService.evidence). */
export async function renderCarnetPdf(ctx: RequestContext, beneficiaryId: string, from: string, to: string): Promise<{ matricule: string; pdf: Buffer } | null> {
  const evidence = await SkillsService.evidence(ctx, beneficiaryId, from, to);
  if (!evidence) return null;
  const progress = await Promise.all(evidence.objectives.map((objective) => objectiveProgressById(ctx).load(objective.id)));
  const organization = (await organizationById(ctx).load(ctx.organizationId))!;
  const documentDate = todayInFrance();
  const pdf = new PdfDocument({
    title: `Carnet de parcours et de compétences ${evidence.matricule}`,
    author: organization.name,
    subject: `Activités, heures, qualité, compétences et objectifs du ${frenchDate(from)} au ${frenchDate(to)}`,
    documentDate,
    footer: `${organization.name} - carnet de parcours ${evidence.matricule} - document d'accompagnement médico-social, à ne pas diffuser`,
  });
  pdf.header(
    { heading: 'Établissement', name: organization.name, lines: [] },
    { heading: 'Travailleur', name: `Matricule ${evidence.matricule}`, lines: [] },
    'Carnet de parcours et de compétences',
    [`Du ${frenchDate(from)} au ${frenchDate(to)}`, `Édité le ${frenchLongDate(documentDate)}`],
  );

  pdf.text('Activités pratiquées (travail validé)', { bold: true, size: 10.5 });
  pdf.gap(2);
  if (evidence.activities.length === 0) pdf.text('Aucun travail validé sur la période.');
  for (const activity of evidence.activities) {
    pdf.ensureSpace(60);
    pdf.text(`${activity.activity}${activity.workshop ? ` - ${activity.workshop}` : ''} : ${number(activity.hours)} h, qualité ${quality(activity.quality)}`
      + ` (du ${frenchDate(activity.firstDate)} au ${frenchDate(activity.lastDate)})`, { bold: true });
    pdf.table(
      [
        { header: 'Mois', width: 0.25 },
        { header: 'Heures', width: 0.18, align: 'right' },
        { header: 'Quantité', width: 0.19, align: 'right' },
        { header: 'Rebuts', width: 0.19, align: 'right' },
        { header: 'Qualité', width: 0.19, align: 'right' },
      ],
      activity.months.map((month) => ({
        cells: [month.month.slice(0, 7), number(month.hours), number(month.quantity, 3), number(month.rejectedQuantity, 3), quality(month.quality)],
      })),
    );
    if (activity.skills.length) pdf.text(`Compétences : ${activity.skills.map((skill) => `${skill.label} (${skill.jobStandardCode})`).join(' ; ')}`, { size: 8, color: '#555555' });
    pdf.gap(4);
  }

  pdf.ensureSpace(60);
  pdf.text('Compétences mises en œuvre', { bold: true, size: 10.5 });
  pdf.gap(2);
  if (evidence.skills.length === 0) pdf.text('Aucune compétence reliée aux activités de la période.');
  for (const skill of evidence.skills) pdf.text(`- ${skill.label} : ${skill.jobStandardCode} ${skill.jobStandardTitle} (source : ${skill.source})`);
  pdf.gap(6);

  pdf.ensureSpace(60);
  pdf.text('Parcours', { bold: true, size: 10.5 });
  pdf.gap(2);
  for (const step of evidence.parcours) {
    pdf.text(`- ${[step.workshop, step.workGroup].filter(Boolean).join(', ') || 'Sans atelier'} : depuis le ${frenchDate(step.startDate)}${step.endDate ? ` jusqu'au ${frenchDate(step.endDate)}` : ''}`);
  }
  for (const step of evidence.pathwaySteps) {
    pdf.text(`- ${STEP_FR[step.kind] ?? step.kind} : ${step.title}, le ${frenchDate(step.startDate)}${step.hours === null ? '' : ` (${number(Number(step.hours))} h)`}`);
  }
  pdf.gap(6);

  pdf.ensureSpace(60);
  pdf.text('Objectifs individuels', { bold: true, size: 10.5 });
  pdf.gap(2);
  if (evidence.objectives.length === 0) pdf.text('Aucun objectif individuel sur la période.');
  else {
    pdf.table(
      [
        { header: 'Objectif', width: 0.34 },
        { header: 'Période', width: 0.22 },
        { header: 'Cible', width: 0.14, align: 'right' },
        { header: 'Réalisé', width: 0.14, align: 'right' },
        { header: 'Atteint', width: 0.16 },
      ],
      evidence.objectives.map((objective, index) => ({
        cells: [
          `${objective.title} (${MEASURE_FR[objective.measure] ?? objective.measure})`,
          `${frenchDate(objective.periodStart)} - ${frenchDate(objective.periodEnd)}`,
          measured(objective.measure, Number(objective.target)),
          measured(objective.measure, progress[index]?.actual === null || progress[index]?.actual === undefined ? null : Number(progress[index]!.actual)),
          progress[index]?.reached ? 'atteint' : 'non atteint',
        ],
      })),
    );
  }
  return { matricule: evidence.matricule, pdf: await pdf.end() };
}
