import crypto from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import { RequestDb } from '../database/request-db';
import type { Authenticator } from '../auth/authenticate';
import type { AuthUser } from '../auth/token';
import { CAN } from '../../kernel/roles';
import type { Role } from '../../schema/enums';
import { renderAttestationPdf, type AttestationRenderInput } from './attestation-pdf';

/**
 * The attestation's PDF as issued: rendered once, after the issuing transaction has committed, from
 * the snapshot recorded at issue (`render_input`) — never under the numbering lock, and without
 * holding a connection while pdfkit works. Whoever comes first stores it (`where pdf is null`): the
 * after-commit task of the issue, or a download that finds it not rendered yet (the process stopped
 * in between). The rendering is deterministic, so both would store the same bytes; the stored bytes,
 * with their SHA-256, are what every later download serves.
 */

async function inOrganization<T>(dataSource: DataSource, organizationId: number, readOnly: boolean, work: (db: RequestDb) => Promise<T>): Promise<T> {
  const db = new RequestDb(dataSource, organizationId);
  db.readOnly = readOnly;
  try {
    return await work(db);
  } catch (error) {
    db.markFailed();
    throw error;
  } finally {
    await db.finish();
  }
}

export interface StoredPdf {
  pdf: Buffer;
  sha256: string;
}

/** What is stored of attestations: each one's PDF (with `withBytes`) and SHA-256, or, not rendered yet, its snapshot. */
export async function storedAttestationPdfs(
  dataSource: DataSource,
  organizationId: number,
  ids: number[],
  options: { customerId?: number | null; withBytes?: boolean } = {},
): Promise<Map<number, { pdf: Buffer | null; sha256: string | null; renderInput: AttestationRenderInput | null }>> {
  const rows = await inOrganization(dataSource, organizationId, true, (db) =>
    db.query<{ id: number; pdf: Buffer | null; sha256: string | null; renderInput: AttestationRenderInput | null }>(
      `select id, case when $4 then pdf end as pdf, encode(pdf_sha256, 'hex') as sha256, case when pdf is null then render_input end as "renderInput"
         from oeth_attestation where organization_id = $1 and id = any($2::bigint[]) and ($3::bigint is null or customer_id = $3)`,
      [organizationId, ids, options.customerId ?? null, options.withBytes ?? true],
    ),
  );
  return new Map(rows.map((row) => [row.id, { pdf: row.pdf, sha256: row.sha256, renderInput: row.renderInput }]));
}

/** Stores rendered PDFs with their SHA-256 (hex), in one statement, where none is stored yet (whoever renders first stores it). */
export async function storeAttestationPdfs(dataSource: DataSource, organizationId: number, rendered: { id: number; pdf: Buffer; sha256: string }[]): Promise<void> {
  if (rendered.length === 0) return;
  // One parameter per PDF, which the driver sends as binary: a bytea[] parameter went as hex text
  // (twice the bytes, encoded here and decoded by PostgreSQL).
  const rows = rendered.map((_, index) => `($${3 * index + 2}::bigint, $${3 * index + 3}::bytea, $${3 * index + 4}::bytea)`).join(', ');
  await inOrganization(dataSource, organizationId, false, (db) =>
    db.query(
      `update oeth_attestation a set pdf = r.pdf, pdf_sha256 = r.sha256, rendered_at = now()
         from (values ${rows}) as r(id, pdf, sha256)
        where a.organization_id = $1 and a.id = r.id and a.pdf is null`,
      [organizationId, ...rendered.flatMap((one) => [one.id, one.pdf, Buffer.from(one.sha256, 'hex')])],
    ),
  );
}

export const sha256Hex = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** The stored PDF of an attestation, rendering and storing it first if it is not yet; null when there is no such attestation. */
export async function renderStoredAttestation(
  dataSource: DataSource,
  organizationId: number,
  id: number,
  customerId: number | null = null,
  render: (input: AttestationRenderInput) => Promise<Buffer> = renderAttestationPdf,
): Promise<StoredPdf | null> {
  const row = (await storedAttestationPdfs(dataSource, organizationId, [id], { customerId })).get(id);
  if (!row) return null;
  if (row.pdf) return { pdf: row.pdf, sha256: row.sha256! };
  const pdf = await render(row.renderInput!);
  await storeAttestationPdfs(dataSource, organizationId, [{ id, pdf, sha256: sha256Hex(pdf) }]);
  const stored = (await storedAttestationPdfs(dataSource, organizationId, [id])).get(id)!;
  return { pdf: stored.pdf!, sha256: stored.sha256! };
}

const readsEveryCustomer = (user: AuthUser) => user.roles.some((role) => (CAN.readSales as readonly Role[]).includes(role));
const readsAttestations = (user: AuthUser) => user.roles.some((role) => (CAN.readAttestations as readonly Role[]).includes(role));

function fail(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /documents/attestations/:id.pdf with the API's credentials: sales staff read any attestation of
 * their organisation, a partner its own customer's only (another's is "not found", as a missing one).
 */
export function attestationDocumentsRouter(dataSource: DataSource, authenticator: Authenticator): express.Router {
  const router = express.Router();
  router.get('/documents/attestations/:file', async (req, res, next) => {
    try {
      const match = /^([1-9][0-9]{0,14})\.pdf$/.exec(req.params.file);
      if (!match) return fail(res, 404, 'NOT_FOUND', 'No such document');
      let user: AuthUser | null;
      try {
        user = await authenticator.authenticate(req.headers.authorization);
      } catch {
        return fail(res, 401, 'UNAUTHENTICATED', 'Invalid or expired credentials');
      }
      if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'Authentication required');
      if (!readsAttestations(user)) return fail(res, 403, 'FORBIDDEN', 'Not allowed for your role');
      let customerId: number | null = null;
      if (!readsEveryCustomer(user)) {
        const [account] = await inOrganization(dataSource, user.organizationId, true, (db) =>
          db.query<{ customerId: number | null }>('select customer_id as "customerId" from app_user where organization_id = $1 and id = $2', [user.organizationId, user.userId]),
        );
        if (!account?.customerId) return fail(res, 403, 'FORBIDDEN', 'This partner account acts for no customer');
        customerId = account.customerId;
      }
      const stored = await renderStoredAttestation(dataSource, user.organizationId, Number(match[1]), customerId);
      if (!stored) return fail(res, 404, 'NOT_FOUND', 'No such document');
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="attestation-${match[1]}.pdf"`);
      res.setHeader('x-content-sha256', stored.sha256);
      res.setHeader('cache-control', 'private, no-store');
      res.end(stored.pdf);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
