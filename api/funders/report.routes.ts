import express from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { Authenticator } from '../auth/authenticate';
import { holdsOneOf } from '../auth/read-rules';
import { CAN, type Rule } from '../../kernel/roles';
import { RequestContext } from '../context';
import { requestFieldsOf, requestLogFields } from '../observability/request-tracking';
import { writeHealthReads } from '../security/audit';
import { funderReport } from './funder-report.service';
import { funderReportCsv } from './funder-report-export';
import { funderReportIssuer, renderFunderReportPdf } from './funder-report-pdf';
import { dateInFrance, todayInFrance } from '../../kernel/dates';

/**
 * Documents served over plain GET with the caller's usual credential (`Authorization: Bearer …` or
 * `ApiKey …`), under the same rules as the GraphQL fields they print: the funder report as CSV and PDF
 * (and the carnet de parcours, api/skills/carnet.routes.ts).
 * Errors answer in the GraphQL error shape with the HTTP status of their code.
 */

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

export interface DocumentResponse {
  type: string;
  filename: string;
  body: string | Buffer;
}

/** Runs one document request as a read of the API: authenticated, its rule checked, its health-data reads traced. */
export function documentRoute(
  options: { dataSource: DataSource; authenticator: Authenticator; logger: Logger },
  rule: Rule,
  produce: (ctx: RequestContext, params: Record<string, string>, query: Record<string, unknown>) => Promise<DocumentResponse>,
): express.RequestHandler {
  return async (req, res) => {
    const request = requestFieldsOf(req);
    const user = await options.authenticator.authenticate(req.headers.authorization).catch(() => null);
    const ctx = new RequestContext(request?.requestId ?? 'document', user, options.dataSource, options.authenticator);
    ctx.db.readOnly = true;
    const fail = (code: string, message: string) => {
      res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
    };
    try {
      if (!user) return fail('UNAUTHENTICATED', 'Authentication required');
      if (request) Object.assign(request, { userId: user.userId, organizationId: user.organizationId });
      if (!holdsOneOf(ctx, CAN[rule])) return fail('FORBIDDEN', 'Forbidden');
      const document = await produce(ctx, req.params as Record<string, string>, req.query as Record<string, unknown>);
      await writeHealthReads(ctx);
      res.setHeader('content-type', document.type);
      res.setHeader('content-disposition', `attachment; filename="${document.filename}"`);
      res.setHeader('cache-control', 'no-store');
      res.send(document.body);
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
      if (STATUS[code]) return fail(code, (error as Error).message);
      options.logger.error('document failed', { ...requestLogFields(request), error: error instanceof Error ? error.message : String(error) });
      fail('INTERNAL_SERVER_ERROR', 'Internal server error');
    } finally {
      await ctx.db.finish().catch(() => undefined);
    }
  };
}

export function reportRouter(options: { dataSource: DataSource; authenticator: Authenticator; logger: Logger }): express.Router {
  const router = express.Router();
  router.get(
    '/reports/funder/:establishmentId/:year.csv',
    documentRoute(options, 'readFunderReport', async (ctx, params) => {
      const report = await funderReport(ctx, params.establishmentId, Number(params.year));
      return { type: 'text/csv; charset=utf-8', filename: `rapport-financeur-${report.establishmentCode}-${report.year}.csv`, body: funderReportCsv(report) };
    }),
  );
  router.get(
    '/reports/funder/:establishmentId/:year.pdf',
    documentRoute(options, 'readFunderReport', async (ctx, params) => {
      const report = await funderReport(ctx, params.establishmentId, Number(params.year));
      const issuer = await funderReportIssuer(ctx, report.establishmentId);
      const documentDate = report.publishedAt ? dateInFrance(new Date(report.publishedAt)) : todayInFrance();
      return { type: 'application/pdf', filename: `rapport-financeur-${report.establishmentCode}-${report.year}.pdf`, body: await renderFunderReportPdf(report, issuer, documentDate) };
    }),
  );
  return router;
}
