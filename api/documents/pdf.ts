import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';

/**
 * The PDF base every document of the product is drawn on (sales documents, OETH attestations, funder
 * reports), on pdfkit:
 *
 * - PDF/A-3b: fonts embedded (Noto Sans, shipped by an npm package so no machine font is needed), sRGB
 *   output intent, XMP metadata; files may be attached (Factur-X's XML is one).
 * - Deterministic: the creation date is the document's own date and the file id derives from it, so
 *   the same input gives the same bytes. Nothing reads the clock or a random source.
 * - French formatting of money, dates, rates and quantities; a header with the issuer's identity; a
 *   table that paginates and repeats its header; a footer on every page; an optional watermark.
 *
 * It knows nothing of invoices: a document module lays its content out with these pieces.
 */

const FONT_DIRECTORY = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const FONT_FILES = { regular: '400Regular/NotoSans_400Regular.ttf', bold: '700Bold/NotoSans_700Bold.ttf' } as const;
type FontName = keyof typeof FONT_FILES;
/**
 * Parsed once per process: pdfkit takes a fontkit font as is, and parsing Noto Sans was ~90 % of
 * drawing a one-page document (260 ms → a few ms). Each document still makes its own subset.
 */
const fonts = new Map<FontName, fontkit.Font>();
function font(name: FontName): fontkit.Font {
  let parsed = fonts.get(name);
  if (!parsed) {
    fonts.set(name, (parsed = fontkit.create(fs.readFileSync(path.join(FONT_DIRECTORY, FONT_FILES[name]))) as fontkit.Font));
    rememberGlyphCopies(parsed);
  }
  return parsed;
}

/** How many laid-out words each font remembers (a batch of 30 000 attestations uses about as many). */
const LAYOUT_MEMORY = 100_000;

/**
 * The words each font has laid out (OpenType shaping by fontkit, scaled by pdfkit), shared by every
 * document: pdfkit keeps them per document only (its EmbeddedFont's `layoutCache`), and shaping and
 * scaling the same words again was over half of drawing an attestation, which the batch draws ~30 000
 * times. pdfkit reads a remembered run and never changes it (it copies a position before adding word
 * spacing), so one run serves every document; the same words give the same runs, so a document's
 * bytes do not depend on what was drawn before. Hand-written: pdfkit has no cross-document cache.
 */
const layouts = new Map<fontkit.Font, { words: Record<string, unknown>; documents: number }>();
function shareLayouts(doc: PDFKit.PDFDocument, name: FontName): void {
  const parsed = font(name);
  // The font pdfkit draws with after doc.font(name): its EmbeddedFont, whose cache is a plain object.
  const internals = doc.font(name) as unknown as { _font: { font: fontkit.Font; layoutCache?: Record<string, unknown> }; _fontFamilies: Record<string, unknown> };
  const embedded = internals._font;
  if (embedded.font !== parsed || !embedded.layoutCache) throw new Error('pdfkit changed: its embedded font has no layout cache to share');
  // pdfkit finds the regular font under its PostScript name (it is the document's default font) and
  // would open it again, to compare and drop, at every doc.font('regular'): found under its name now.
  internals._fontFamilies[name] = embedded;
  let shared = layouts.get(parsed);
  // Its size looked at every 500 documents (counting the words costs as much as drawing one).
  if (shared && ++shared.documents % 500 === 0 && Object.keys(shared.words).length >= LAYOUT_MEMORY) shared = undefined;
  if (!shared) layouts.set(parsed, (shared = { words: Object.create(null) as Record<string, unknown>, documents: 0 }));
  embedded.layoutCache = shared.words;
}

/**
 * What a font's subset copies of each glyph (its glyf bytes, the components of a composite glyph,
 * its metrics), remembered across documents: fontkit's TrueType subset decodes every glyph's
 * outline again in each document only to learn whether it is composite, which was a seventh of
 * drawing an attestation. The subset's bytes are the same (the same bytes are copied, a composite's
 * component ids rewritten as fontkit does). Noto Sans is a static font; a variable one (its
 * outlines re-encoded by fontkit) keeps fontkit's own path. Hand-written: fontkit has no such cache.
 */
function rememberGlyphCopies(parsed: fontkit.Font): void {
  interface Subset {
    font: fontkit.Font & { _variationProcessor?: unknown; loca: { offsets: number[] }; _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } };
    glyf: Uint8Array[];
    loca: { offsets: number[] };
    hmtx: { metrics: { advance: number; bearing: number }[] };
    offset: number;
    includeGlyph(glyph: number): number;
  }
  type Copy = { bytes: Uint8Array; components: { glyphID: number; pos: number }[] | null; advance: number; bearing: number };
  const prototype = Object.getPrototypeOf(parsed.createSubset()) as { _addGlyph?: (this: Subset, gid: number) => number; rememberedCopies?: true };
  const original = prototype._addGlyph;
  if (!original) throw new Error('fontkit changed: its TrueType subset has no _addGlyph');
  if (prototype.rememberedCopies) return;
  prototype.rememberedCopies = true;
  const copies = new WeakMap<object, Map<number, Copy>>();
  prototype._addGlyph = function (this: Subset, gid: number): number {
    if (this.font._variationProcessor) return original.call(this, gid);
    let ofFont = copies.get(this.font);
    if (!ofFont) copies.set(this.font, (ofFont = new Map()));
    let copy = ofFont.get(gid);
    if (!copy) {
      const glyph = this.font.getGlyph(gid) as fontkit.Glyph & { _decode(): { numberOfContours: number; components: { glyphID: number; pos: number }[] } | null; _getMetrics(): { leftBearing: number } };
      const outline = glyph._decode();
      const stream = this.font._getTableStream('glyf');
      stream.pos += this.font.loca.offsets[gid];
      const bytes = stream.readBuffer(this.font.loca.offsets[gid + 1] - this.font.loca.offsets[gid]);
      const components = outline && outline.numberOfContours < 0 ? outline.components.map(({ glyphID, pos }) => ({ glyphID, pos })) : null;
      ofFont.set(gid, (copy = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }));
    }
    let bytes = copy.bytes;
    if (copy.components) {
      bytes = new Uint8Array(copy.bytes);
      const view = new DataView(bytes.buffer);
      for (const component of copy.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: copy.advance, bearing: copy.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}

/** Heights of wrapped text by font, size, width and text: the same paragraphs and cells come back in every document. */
const heights = new Map<string, number>();

/** U+00A0: French separates thousands and the € sign with a space that never breaks a line. */
const NBSP = '\u00a0';

export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** 123456 → "1 234,56 €" (integer cents, exact: no floating point). */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const magnitude = Math.abs(cents);
  return `${sign}${groupThousands(String(Math.trunc(magnitude / 100)))},${String(magnitude % 100).padStart(2, '0')}${NBSP}€`;
}

/** "2026-12-02" → "02/12/2026". */
export function frenchDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2026-12-01" → "1er décembre 2026". */
export function frenchLongDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** Basis points → "20 %", "5,5 %", "2,1 %". */
export function percent(basisPoints: number): string {
  const text = (basisPoints / 100).toFixed(2).replace(/\.?0+$/, '').replace('.', ',');
  return `${text}${NBSP}%`;
}

/** 1234.5 → "1 234,5" (quantities have at most three decimals). */
export function quantity(value: number): string {
  const [whole, fraction] = (Math.round(value * 1000) / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '').split('.');
  return fraction ? `${groupThousands(whole)},${fraction}` : groupThousands(whole);
}

/** The kind of an establishment as documents name it. */
export const ESTABLISHMENT_KIND_FR: Record<string, string> = { esat: "ESAT (établissement et service d'accompagnement par le travail)", ea: 'Entreprise adaptée' };

/** A block of identity lines (issuer, addressee): a bold first line, then the others. */
export interface IdentityBlock {
  heading?: string;
  name: string;
  lines: readonly string[];
}

export interface TableColumn {
  header: string;
  /** Share of the content width (the shares of a table add up to 1). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: readonly string[];
  bold?: boolean;
}

export interface Attachment {
  name: string;
  bytes: Buffer;
  mediaType: string;
  description: string;
  /** PDF/A-3 AFRelationship: Factur-X's XML is the document's Alternative. */
  relationship: 'Alternative' | 'Data' | 'Source' | 'Supplement' | 'Unspecified';
}

export interface PdfOptions {
  title: string;
  /** The organisation issuing the document (PDF Author). */
  author: string;
  subject?: string;
  keywords?: string;
  /** The document's own date, 'YYYY-MM-DD': its CreationDate, so the bytes do not depend on the clock. */
  documentDate: string;
  /** Printed at the bottom of every page with the page number (e.g. the issuer's legal identity). */
  footer?: string;
  /** Printed large across every page (e.g. "BROUILLON"). */
  watermark?: string;
}

const MARGIN = 42;
const FOOTER_HEIGHT = 34;
const BODY_SIZE = 9;
const GREY = '#555555';
const RULE = '#999999';

export class PdfDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfOptions) {
    const date = new Date(`${options.documentDate.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`document date ${options.documentDate} is not a YYYY-MM-DD date`);
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
      subset: 'PDF/A-3b',
      pdfVersion: '1.7',
      lang: 'fr-FR',
      bufferPages: true,
      autoFirstPage: true,
      // Not pdfkit's default Helvetica, whose metrics it would parse for every document.
      font: font('regular') as unknown as string,
      info: {
        Title: options.title,
        Author: options.author,
        ...(options.subject ? { Subject: options.subject } : {}),
        ...(options.keywords ? { Keywords: options.keywords } : {}),
        Creator: 'ub-platform',
        Producer: 'ub-platform (pdfkit)',
        CreationDate: date,
        ModDate: date,
      },
    });
    this.doc.registerFont('regular', font('regular') as unknown as string);
    this.doc.registerFont('bold', font('bold') as unknown as string);
    shareLayouts(this.doc, 'bold');
    shareLayouts(this.doc, 'regular');
    this.doc.fontSize(BODY_SIZE);
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get left(): number {
    return MARGIN;
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER_HEIGHT;
  }

  /** The height `text` takes wrapped at `width` in the current font and size (pdfkit's heightOfString, remembered). */
  private heightOf(text: string, width: number): number {
    const state = this.doc as unknown as { _font: { name: string }; _fontSize: number };
    const key = `${state._font.name}\u0000${state._fontSize}\u0000${width}\u0000${text}`;
    let height = heights.get(key);
    if (height === undefined) {
      if (heights.size >= LAYOUT_MEMORY) heights.clear();
      heights.set(key, (height = this.doc.heightOfString(text, { width })));
    }
    return height;
  }

  /** Starts a new page when fewer than `height` points remain on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points = 8): this {
    this.doc.y += points;
    return this;
  }

  /** A paragraph across the content width. */
  text(text: string, options: { bold?: boolean; size?: number; color?: string; align?: 'left' | 'right' | 'center' } = {}): this {
    const size = options.size ?? BODY_SIZE;
    this.doc.font(options.bold ? 'bold' : 'regular').fontSize(size);
    this.ensureSpace(this.heightOf(text, this.width));
    this.doc.fillColor(options.color ?? 'black').text(text, this.left, this.doc.y, { width: this.width, align: options.align ?? 'left' });
    this.doc.font('regular').fontSize(BODY_SIZE).fillColor('black');
    return this;
  }

  /**
   * The top of a document: the issuer's identity (and logo) on the left, the addressee on the right,
   * then the title and its reference lines (number, dates).
   */
  header(issuer: IdentityBlock, addressee: IdentityBlock | null, title: string, references: readonly string[], logo?: Buffer | null): this {
    const top = this.doc.y;
    const half = this.width / 2 - 10;
    let issuerTop = top;
    if (logo) {
      this.doc.image(logo, this.left, top, { fit: [120, 48] });
      issuerTop = top + 54;
    }
    const issuerBottom = this.block(issuer, this.left, issuerTop, half);
    const addresseeBottom = addressee ? this.block(addressee, this.left + this.width / 2 + 10, top + 12, half) : top;
    this.doc.y = Math.max(issuerBottom, addresseeBottom) + 16;
    this.doc.font('bold').fontSize(15).fillColor('black').text(title, this.left, this.doc.y, { width: this.width });
    this.doc.font('regular').fontSize(BODY_SIZE);
    for (const line of references) this.doc.text(line, this.left, this.doc.y, { width: this.width });
    this.doc.y += 10;
    return this;
  }

  /** Draws an identity block at (x, y) and returns the y below it. */
  block(identity: IdentityBlock, x: number, y: number, width: number): number {
    this.doc.fillColor(GREY).font('regular').fontSize(7.5);
    if (identity.heading) this.doc.text(identity.heading.toUpperCase(), x, y, { width });
    this.doc.fillColor('black').font('bold').fontSize(10.5).text(identity.name, x, identity.heading ? this.doc.y + 1 : y, { width });
    this.doc.font('regular').fontSize(BODY_SIZE);
    for (const line of identity.lines) this.doc.text(line, x, this.doc.y, { width });
    return this.doc.y;
  }

  /**
   * A table across the content width. A row that does not fit on the page goes to the next one, under
   * a repeated header; a row's height is that of its tallest cell.
   */
  table(columns: readonly TableColumn[], rows: readonly TableRow[]): this {
    const widths = columns.map((column) => column.width * this.width);
    const padding = 3;
    const drawRow = (cells: readonly string[], bold: boolean, header: boolean) => {
      this.doc.font(bold || header ? 'bold' : 'regular').fontSize(header ? 8 : BODY_SIZE);
      const height = Math.max(...cells.map((cell, index) => this.heightOf(cell, widths[index] - 2 * padding))) + 2 * padding;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header) drawHeader();
        this.doc.font(bold ? 'bold' : 'regular').fontSize(BODY_SIZE);
      }
      const y = this.doc.y;
      if (header) this.doc.rect(this.left, y, this.width, height).fill('#eeeeee').fillColor('black');
      let x = this.left;
      cells.forEach((cell, index) => {
        this.doc.text(cell, x + padding, y + padding, { width: widths[index] - 2 * padding, align: columns[index].align ?? 'left' });
        x += widths[index];
      });
      this.doc.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).lineWidth(0.5).strokeColor(RULE).stroke();
      this.doc.y = y + height;
    };
    const drawHeader = () => drawRow(columns.map((column) => column.header), true, true);
    this.ensureSpace(40);
    drawHeader();
    for (const row of rows) drawRow(row.cells, row.bold ?? false, false);
    this.doc.font('regular').fontSize(BODY_SIZE);
    this.doc.y += 6;
    return this;
  }

  /** Label–value lines aligned to the right of the page (totals). */
  amounts(lines: readonly { label: string; value: string; bold?: boolean }[], width = 0.45): this {
    const boxWidth = this.width * width;
    const x = this.left + this.width - boxWidth;
    this.ensureSpace(lines.length * 14 + 4);
    for (const line of lines) {
      const y = this.doc.y;
      this.doc.font(line.bold ? 'bold' : 'regular').fontSize(BODY_SIZE);
      this.doc.text(line.label, x, y, { width: boxWidth * 0.6 });
      this.doc.text(line.value, x + boxWidth * 0.6, y, { width: boxWidth * 0.4, align: 'right' });
      this.doc.y = Math.max(this.doc.y, y + 12);
    }
    this.doc.font('regular');
    this.doc.y += 4;
    return this;
  }

  /** An embedded file, listed in the catalogue's AF array as PDF/A-3 requires. */
  attach(attachment: Attachment): this {
    this.doc.file(attachment.bytes, {
      name: attachment.name,
      type: attachment.mediaType,
      description: attachment.description,
      relationship: attachment.relationship,
      creationDate: this.doc.info.CreationDate as Date,
      modifiedDate: this.doc.info.CreationDate as Date,
      // pdfkit writes AFRelationship from this option; its type definitions (0.17) predate it.
    } as PDFKit.Mixins.PDFAttachmentOptions);
    return this;
  }

  /** Raw XMP (rdf:Description elements) added to the document's metadata, e.g. Factur-X's extension schema. */
  metadata(xml: string): this {
    this.doc.appendXML(xml);
    return this;
  }

  /** Draws the footer and watermark on every page, ends the document and gives its bytes. */
  async end(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      // Writing inside the bottom margin must not open a new page.
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      if (this.options.watermark) this.drawWatermark(this.options.watermark);
      const y = this.doc.page.height - MARGIN - FOOTER_HEIGHT + 10;
      this.doc.fillColor(GREY).font('regular').fontSize(7);
      if (this.options.footer) this.doc.text(this.options.footer, this.left, y, { width: this.width - 60, lineBreak: true });
      this.doc.text(`Page ${index - range.start + 1} / ${range.count}`, this.left + this.width - 60, y, { width: 60, align: 'right' });
      this.doc.page.margins.bottom = bottomMargin;
      this.doc.fillColor('black');
    }
    this.doc.end();
    return this.done;
  }

  /** Across the middle of the page, light enough to read what is under it. */
  private drawWatermark(text: string): void {
    const { width, height } = this.doc.page;
    this.doc.save();
    this.doc.font('bold').fontSize(88).fillColor('#cc0000').fillOpacity(0.12);
    this.doc.text(text, 0, height / 2 - 50, { width, align: 'center', lineBreak: false });
    this.doc.restore();
    this.doc.fillOpacity(1).fillColor('black').font('regular').fontSize(BODY_SIZE);
  }
}
