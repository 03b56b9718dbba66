import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, driverClient } from '../api/database/data-source';
import { loadDemoData } from '../tools/demo/demo-data';
import { asMaintenance } from '../api/security/database-role';
import { templateCopy } from './support/test-server';
import { pdfAttachmentsOf } from './support/pdf-tools';
import { schematronErrorsOf, xsdErrors } from './support/facturx-validate';

/**
 * The demo organisation as `npm start` loads it: every issued invoice and credit note has its
 * document kept as issuing keeps it (a Factur-X PDF and its CII XML in issued_document, the PDF's
 * SHA-256 recorded), and every one of those XML files passes the official Factur-X XSD and the EN 16931
 * schematron, read back from the PDF a customer receives.
 */

let owner: DataSource;
let database: Awaited<ReturnType<typeof templateCopy>>;

interface Kept {
  kind: 'invoice' | 'credit_note';
  number: string;
  status: string;
  pdf: Buffer | null;
  xml: Buffer | null;
  sha256: Buffer | null;
}
let issued: { kind: string; number: string }[] = [];
let kept: Kept[] = [];

beforeAll(async () => {
  database = await templateCopy('ub_test_demo_docs');
  owner = createDataSource(database.url, { poolSize: 2 });
  await owner.initialize();
  await asMaintenance(owner, (runner) => loadDemoData(driverClient(runner)));
  issued = await owner.query(
    `select 'invoice' as kind, number from invoice where status <> 'draft' union all select 'credit_note', number from credit_note order by 1, 2`,
  );
  kept = await owner.query(`select document_type as kind, number, status, pdf, xml, sha256 from issued_document order by document_type, number`);
}, 300_000);

afterAll(async () => {
  await owner?.destroy();
  await database?.drop();
});

describe('the demo data', () => {
  it('has issued invoices and credit notes, each with its document stored and its digest recorded', () => {
    expect(issued.filter((row) => row.kind === 'invoice').length).toBeGreaterThan(100);
    expect(issued.filter((row) => row.kind === 'credit_note').length).toBeGreaterThan(0);
    expect(kept.map(({ kind, number }) => ({ kind, number }))).toEqual(issued);
    for (const document of kept) {
      expect({ number: document.number, status: document.status }).toEqual({ number: document.number, status: 'rendered' });
      expect({ number: document.number, sha256: document.sha256!.toString('hex') }).toEqual({
        number: document.number, sha256: crypto.createHash('sha256').update(document.pdf!).digest('hex'),
      });
    }
  });

  it('passes the Factur-X XSD and the EN 16931 schematron, every invoice and credit note, as attached to its PDF', async () => {
    const attached = pdfAttachmentsOf(kept.map((document) => document.pdf!));
    const xml = attached.map((files, index) => {
      const file = files.get('factur-x.xml');
      expect({ number: kept[index].number, attached: file?.equals(kept[index].xml!) }).toEqual({ number: kept[index].number, attached: true });
      return file!.toString('utf8');
    });
    // The type code tells an invoice (380) from a credit note (381).
    kept.forEach((document, index) => expect(xml[index]).toContain(`<ram:TypeCode>${document.kind === 'invoice' ? 380 : 381}</ram:TypeCode>`));

    expect(xsdErrors(xml).map((errors, index) => ({ number: kept[index].number, errors }))).toEqual(kept.map(({ number }) => ({ number, errors: null })));
    expect((await schematronErrorsOf(xml)).map((failures, index) => ({ number: kept[index].number, failures }))).toEqual(kept.map(({ number }) => ({ number, failures: [] })));
  }, 300_000);
});
