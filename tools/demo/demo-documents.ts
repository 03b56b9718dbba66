import type { ClientBase } from 'pg';
import { keepIssuedDocument } from '../../api/documents/document.service';
import type { RenderedDocument } from '../../api/documents/facturx';
import type { SnapshotReader } from '../../api/documents/snapshot-builder';
import type { DocumentSnapshot } from '../../api/documents/snapshot';

/**
 * The documents of the demo's issued invoices and credit notes, as issuing them would have kept them
 * (api/documents/document.service.ts): each one's snapshot, Factur-X PDF and CII XML, with the PDF's
 * SHA-256, in issued_document. Written last, once every row a document prints from is in (its social
 * value line reads the work records). In the feed (issuedDocuments) they come in the order they were
 * issued, each at its row's creation instant (its issue day, office hours: demo-data.ts madeOn).
 */

/** Documents in the drawing at once: with a render pool, enough to keep its workers busy while snapshots are read. */
const IN_FLIGHT = 8;

export async function writeDemoDocuments(
  client: ClientBase,
  organizationId: string,
  render?: (snapshot: DocumentSnapshot) => Promise<RenderedDocument>,
): Promise<number> {
  // One statement at a time on the connection (pg would queue them itself, but warns that it will not for long).
  let queue: Promise<unknown> = Promise.resolve();
  const reader: SnapshotReader = {
    organizationId: Number(organizationId),
    db: {
      query: <Row>(text: string, values: unknown[] = []) => {
        const run = queue.then(() => client.query(text, values));
        queue = run.catch(() => undefined);
        return run.then((result) => result.rows as Row[]);
      },
    },
  };
  const { rows } = await client.query<{ kind: 'invoice' | 'credit_note'; id: string; issuedAt: string }>(
    `select kind, id, issued_at as "issuedAt" from (
       select 'invoice' as kind, id, issue_date, created_at as issued_at from invoice where organization_id = $1 and status <> 'draft'
       union all
       select 'credit_note', id, issue_date, created_at from credit_note where organization_id = $1
     ) issued order by issue_date, issued_at, kind desc, id`,
    [organizationId],
  );
  // The drawings overlap (with a render pool, on its workers); the statements queue on the one connection.
  const pending = [...rows];
  const worker = async () => {
    for (let row = pending.shift(); row; row = pending.shift()) await keepIssuedDocument(reader, row.kind, Number(row.id), new Date(row.issuedAt).toISOString(), render);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, rows.length) }, worker));
  return rows.length;
}
