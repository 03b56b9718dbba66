import express from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { Authenticator } from '../auth/authenticate';
import { badUserInput } from '../common/errors';
import { documentRoute } from '../funders/report.routes';
import { renderCarnetPdf } from './carnet-pdf';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * GET /documents/beneficiaries/:beneficiaryId/carnet.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD: the carnet de
 * parcours (api/skills/carnet-pdf.ts), under skillsEvidence's rule (médico-social team, admins, and
 * supervisors for the beneficiaries of their workshops; never sales, partners or funders).
 */
export function carnetRouter(options: { dataSource: DataSource; authenticator: Authenticator; logger: Logger }): express.Router {
  const router = express.Router();
  router.get(
    '/documents/beneficiaries/:beneficiaryId/carnet.pdf',
    documentRoute(options, 'readSkillsEvidence', async (ctx, params, query) => {
      const [from, to] = [query.from, query.to];
      if (typeof from !== 'string' || !DAY.test(from)) throw badUserInput('from', 'give the first day of the period, YYYY-MM-DD');
      if (typeof to !== 'string' || !DAY.test(to)) throw badUserInput('to', 'give the last day of the period, YYYY-MM-DD');
      const carnet = await renderCarnetPdf(ctx, params.beneficiaryId, from, to);
      if (!carnet) throw new GraphQLError('No such beneficiary', { extensions: { code: 'NOT_FOUND' } });
      return { type: 'application/pdf', filename: `carnet-${carnet.matricule}-${from}-${to}.pdf`, body: carnet.pdf };
    }),
  );
  return router;
}
