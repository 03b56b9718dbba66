import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';

/**
 * Reads PDFs back with poppler-utils (Debian's package, installed by .ci/run), independently of the
 * code that wrote them: the text a reader sees, page count and metadata, fonts, attached files.
 */

function withFile<T>(bytes: Buffer, work: (file: string) => T): T {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-pdf-'));
  const file = path.join(directory, 'document.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return work(file);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** The text of every page, with non-breaking spaces as plain ones and runs of blanks collapsed. */
export function pdfText(bytes: Buffer): string {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** The text as laid out on the page (pdftotext -layout): a table row stays on one line, its cells apart by blanks collapsed to one. */
export function pdfLayoutText(bytes: Buffer): string {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** The text of each page separately. */
export function pdfPages(bytes: Buffer): string[] {
  return pdfText(bytes).split('\f').filter((page, index, pages) => page.trim() !== '' || index < pages.length - 1);
}

export function pdfInfo(bytes: Buffer): Record<string, string> {
  const output = withFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const info: Record<string, string> = { metadata: withFile(bytes, (file) => execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })) };
  for (const line of output.split('\n')) {
    const match = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
    if (match) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

/** pdffonts' table rows: name, type, and whether each font is embedded. */
export function pdfFonts(bytes: Buffer): { name: string; embedded: boolean }[] {
  const output = withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return output.split('\n').slice(2).filter(Boolean).map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0], embedded: columns.at(-5) === 'yes' };
  });
}

/** The files attached to a PDF, by name, with their bytes. */
export function pdfAttachments(bytes: Buffer): Map<string, Buffer> {
  return withFile(bytes, (file) => {
    const list = execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' });
    const names = list.split('\n').slice(1).map((line) => line.replace(/^\d+:\s*/, '').trim()).filter(Boolean);
    const attachments = new Map<string, Buffer>();
    names.forEach((name, index) => {
      const out = path.join(path.dirname(file), `attachment-${index}`);
      execFileSync('pdfdetach', ['-save', String(index + 1), '-o', out, file]);
      attachments.set(name, fs.readFileSync(out));
    });
    return attachments;
  });
}

/** GET a document (a bearer token, or none), its body as bytes: supertest parses only text by default. */
export async function downloadWith(app: Parameters<typeof request>[0], path: string, token?: string) {
  let call = request(app).get(path);
  if (token) call = call.set('authorization', `Bearer ${token}`);
  const response = await call.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { status: response.status, body: response.body as Buffer, type: response.headers['content-type'] as string | undefined };
}

/** The attached files of each PDF (pdfdetach -saveall, one process a PDF), by name, with their bytes. */
export function pdfAttachmentsOf(documents: readonly Buffer[]): Map<string, Buffer>[] {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-pdf-'));
  try {
    return documents.map((bytes, index) => {
      const file = path.join(directory, `d${index}.pdf`);
      const out = path.join(directory, `d${index}`);
      fs.writeFileSync(file, bytes);
      fs.mkdirSync(out);
      execFileSync('pdfdetach', ['-saveall', '-o', out, file]);
      return new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name))]));
    });
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
