import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An independent Factur-X validator for the tests: the official Factur-X 1.09 EN 16931 XSD through
 * xmllint (Debian's libxml2-utils), and the EN 16931 + Factur-X schematron (compiled to XSLT 2.0)
 * through Saxon-JS. The official files are data outside the project, in `../shared/facturx` beside
 * the project root (never copied into the repository); the stylesheet is compiled to SEF once into a
 * temporary directory, reused while its source is unchanged.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SaxonJS = require('saxon-js') as {
  transform(options: Record<string, unknown>): { principalResult: string };
};

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const FACTURX_DIRECTORY = path.resolve(PROJECT_ROOT, '..', 'shared', 'facturx', 'xsd-en16931');
const XSD = path.join(FACTURX_DIRECTORY, 'Factur-X_EN16931.xsd');
const SCHEMATRON = path.join(FACTURX_DIRECTORY, 'Factur-X_1.09_EN16931.xsl');
const CODE_LISTS = 'FACTUR-X_EN16931_codedb.xml';

function withTempFiles<T>(files: Record<string, string | Buffer>, work: (directory: string) => T): T {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ub-facturx-'));
  try {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(directory, name), content);
    return work(directory);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** xmllint's verdict on each document: null when valid, else its messages. */
export function xsdErrors(documents: readonly string[]): (string | null)[] {
  if (documents.length === 0) return [];
  return withTempFiles(Object.fromEntries(documents.map((xml, index) => [`d${index}.xml`, xml])), (directory) => {
    const files = documents.map((_, index) => path.join(directory, `d${index}.xml`));
    let output = '';
    try {
      execFileSync('xmllint', ['--noout', '--schema', XSD, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    return files.map((file) => {
      const lines = output.split('\n').filter((line) => line.startsWith(file) && !line.endsWith(' validates'));
      return lines.length ? lines.join('\n').replaceAll(directory, '') : null;
    });
  });
}

let compiled: { sef: unknown; baseUri: string } | null = null;

/** The schematron stylesheet as SEF, compiled by xslt3 into a temporary directory keyed by the source's digest. */
function schematron(): { sef: unknown; baseUri: string } {
  if (compiled) return compiled;
  const source = fs.readFileSync(SCHEMATRON);
  const digest = crypto.createHash('sha256').update(source).digest('hex').slice(0, 16);
  const directory = path.join(os.tmpdir(), `ub-facturx-sef-${digest}`);
  const sefFile = path.join(directory, 'schematron.sef.json');
  if (!fs.existsSync(sefFile)) {
    fs.mkdirSync(directory, { recursive: true });
    const partial = `${sefFile}.${process.pid}.tmp`;
    execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'xslt3'), [`-xsl:${SCHEMATRON}`, `-export:${partial}`, '-nogo', '-relocate:on'], { stdio: 'ignore' });
    fs.renameSync(partial, sefFile);
  }
  // The rules look their code lists up beside the stylesheet.
  const codeLists = path.join(directory, CODE_LISTS);
  if (!fs.existsSync(codeLists)) fs.copyFileSync(path.join(FACTURX_DIRECTORY, CODE_LISTS), codeLists);
  compiled = { sef: JSON.parse(fs.readFileSync(sefFile, 'utf8')), baseUri: `file://${sefFile}` };
  return compiled;
}

/** The failed assertions (rule id and text) of the EN 16931 schematron on one document; empty when it passes. */
export function schematronErrors(xml: string): string[] {
  const { sef, baseUri } = schematron();
  const svrl = SaxonJS.transform({ stylesheetInternal: sef, stylesheetBaseURI: baseUri, sourceText: xml, destination: 'serialized' }).principalResult;
  const failures: string[] = [];
  for (const match of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)) {
    const id = /\bid="([^"]*)"/.exec(match[1])?.[1] ?? '?';
    const text = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(match[2])?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    failures.push(`${id}: ${text}`);
  }
  return failures;
}
