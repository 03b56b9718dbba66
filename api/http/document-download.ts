import crypto from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Authenticator } from '../auth/authenticate';
import type { AuthUser } from '../auth/token';
import { CAN } from '../../kernel/roles';
import { RequestContext } from '../context';
import { requestFieldsOf, requestLogFields } from '../observability/request-tracking';
import { downloadDocument, type DownloadKind } from '../documents/document.service';
import type { Logger } from '../logger';
import { Role } from '../../schema/enums';

/**
 * `GET /documents/{quotes|delivery-notes|invoices|credit-notes}/:id.pdf` and
 * `GET /documents/invoices/:id/statement.pdf`: the PDF of a sales document, authenticated like
 * `/graphql` (a staff bearer token or a partner API key in `Authorization`). Sales roles read every
 * document of their organisation; a partner reads the issued documents of its own customer only.
 * Anything else, and any unknown or foreign id, answers 404 without saying which.
 */

const KINDS: Record<string, { kind: DownloadKind; table: string; draft: string | null }> = {
  quotes: { kind: 'quote', table: 'quote', draft: 'draft' },
  'delivery-notes': { kind: 'delivery_note', table: 'delivery_note', draft: null },
  invoices: { kind: 'invoice', table: 'invoice', draft: 'draft' },
  'credit-notes': { kind: 'credit_note', table: 'credit_note', draft: null },
};

/** The URL path of a document's PDF, as the GraphQL field `documentUrl` gives it. */
export function documentPath(kind: 'quotes' | 'delivery-notes' | 'invoices' | 'credit-notes', id: string | number): string {
  return `/documents/${kind}/${id}.pdf`;
}

function fail(res: express.Response, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.status(status).set({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).send(body);
}

const staffRoles = CAN.readSales as readonly Role[];

/** Whether a partner may read this document: its own customer's, never a draft. */
async function partnerMayRead(ctx: RequestContext, user: AuthUser, spec: (typeof KINDS)[string], id: number): Promise<boolean> {
  const [row] = await ctx.db.query<{ allowed: boolean }>(
    `select d.customer_id = u.customer_id${spec.draft ? ` and d.status <> '${spec.draft}'` : ''} as allowed
       from ${spec.table} d join app_user u on u.id = $3 and u.organization_id = d.organization_id
      where d.organization_id = $1 and d.id = $2`,
    [ctx.organizationId, id, user.userId],
  );
  return row?.allowed === true;
}

export function documentRouter(dataSource: DataSource, authenticator: Authenticator, logger: Logger): express.Router {
  const router = express.Router();
  const serve = (statement: boolean) => async (req: express.Request, res: express.Response) => {
    let user: AuthUser | null;
    try {
      user = await authenticator.authenticate(req.headers.authorization);
    } catch {
      return fail(res, 401, 'UNAUTHENTICATED', 'Invalid or expired credentials');
    }
    if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'Authentication required');
    const spec = KINDS[String(req.params.kind)];
    const match = /^([1-9][0-9]{0,14})(\.pdf)?$/.exec(String(req.params.file));
    if (!spec || !match || (!statement && !match[2]) || (statement && (match[2] || spec.kind !== 'invoice'))) return fail(res, 404, 'NOT_FOUND', 'No such document');
    const staff = user.roles.some((role) => staffRoles.includes(role));
    const partner = !staff && user.roles.includes(Role.PARTNER);
    if (!staff && !partner) return fail(res, 403, 'FORBIDDEN', 'Not allowed for your role');
    const id = Number(match[1]);
    const request = requestFieldsOf(req);
    const ctx = new RequestContext(request?.requestId ?? crypto.randomUUID(), user, dataSource);
    try {
      if (partner && !(await partnerMayRead(ctx, user, spec, id))) {
        await ctx.db.finish();
        return fail(res, 404, 'NOT_FOUND', 'No such document');
      }
      const download = await downloadDocument(ctx, statement ? 'invoice_statement' : spec.kind, id);
      await ctx.db.finish();
      if (!download) return fail(res, 404, 'NOT_FOUND', 'No such document');
      res.status(200).set({
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${download.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      }).send(download.pdf);
    } catch (error) {
      ctx.db.markFailed();
      await ctx.db.finish().catch(() => undefined);
      logger.error('document download failed', { ...requestLogFields(request), error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) });
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
  router.get('/:kind/:file', serve(false));
  router.get('/:kind/:file/statement.pdf', serve(true));
  return router;
}
