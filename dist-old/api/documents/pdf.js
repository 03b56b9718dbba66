"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PdfDocument = exports.ESTABLISHMENT_KIND_FR = void 0;
exports.groupThousands = groupThousands;
exports.euros = euros;
exports.frenchDate = frenchDate;
exports.frenchLongDate = frenchLongDate;
exports.percent = percent;
exports.quantity = quantity;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const pdfkit_1 = __importDefault(require("pdfkit"));
const fontkit = __importStar(require("fontkit"));
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
const FONT_DIRECTORY = node_path_1.default.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const FONT_FILES = { regular: '400Regular/NotoSans_400Regular.ttf', bold: '700Bold/NotoSans_700Bold.ttf' };
/**
 * Parsed once per process: pdfkit takes a fontkit font as is, and parsing Noto Sans was ~90 % of
 * drawing a one-page document (260 ms → a few ms). Each document still makes its own subset.
 */
const fonts = new Map();
function font(name) {
    let parsed = fonts.get(name);
    if (!parsed)
        fonts.set(name, (parsed = rememberLayouts(fontkit.create(node_fs_1.default.readFileSync(node_path_1.default.join(FONT_DIRECTORY, FONT_FILES[name]))))));
    return parsed;
}
/** How many shaped words each font remembers (a batch of 30 000 attestations uses about as many). */
const LAYOUT_MEMORY = 100_000;
/**
 * The font's `layout` (OpenType shaping of a word: GSUB and GPOS lookups of Noto Sans) remembered
 * across documents: pdfkit remembers it per document only, and shaping the same words again was
 * half of drawing an attestation (the batch draws ~30 000 of them). pdfkit scales the positions of
 * the run it gets in place, so each call gets fresh positions (the glyphs are fontkit's, shared and
 * read-only) and the run's advance width is computed from them, as fontkit's GlyphRun does. The same
 * words give the same runs, so the bytes of a document do not change. Hand-written: pdfkit has no
 * cross-document layout cache (its fontLayoutCache is per document).
 */
function rememberLayouts(parsed) {
    const shaped = new Map();
    const layout = parsed.layout.bind(parsed);
    parsed.layout = (text, features) => {
        const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
        let run = shaped.get(key);
        if (!run) {
            const fresh = layout(text, features);
            run = { glyphs: fresh.glyphs, positions: fresh.positions.map((position) => ({ ...position })) };
            if (shaped.size >= LAYOUT_MEMORY)
                shaped.clear();
            shaped.set(key, run);
        }
        const positions = run.positions.map((position) => ({ ...position }));
        return {
            glyphs: run.glyphs,
            positions,
            get advanceWidth() {
                let width = 0;
                for (const position of positions)
                    width += position.xAdvance;
                return width;
            },
        };
    };
    return parsed;
}
/** U+00A0: French separates thousands and the € sign with a space that never breaks a line. */
const NBSP = '\u00a0';
function groupThousands(digits) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}
/** 123456 → "1 234,56 €" (integer cents, exact: no floating point). */
function euros(cents) {
    const sign = cents < 0 ? '-' : '';
    const magnitude = Math.abs(cents);
    return `${sign}${groupThousands(String(Math.trunc(magnitude / 100)))},${String(magnitude % 100).padStart(2, '0')}${NBSP}€`;
}
/** "2026-12-02" → "02/12/2026". */
function frenchDate(date) {
    const [year, month, day] = date.slice(0, 10).split('-');
    return `${day}/${month}/${year}`;
}
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** "2026-12-01" → "1er décembre 2026". */
function frenchLongDate(date) {
    const [year, month, day] = date.slice(0, 10).split('-').map(Number);
    return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}
/** Basis points → "20 %", "5,5 %", "2,1 %". */
function percent(basisPoints) {
    const text = (basisPoints / 100).toFixed(2).replace(/\.?0+$/, '').replace('.', ',');
    return `${text}${NBSP}%`;
}
/** 1234.5 → "1 234,5" (quantities have at most three decimals). */
function quantity(value) {
    const [whole, fraction] = (Math.round(value * 1000) / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '').split('.');
    return fraction ? `${groupThousands(whole)},${fraction}` : groupThousands(whole);
}
/** The kind of an establishment as documents name it. */
exports.ESTABLISHMENT_KIND_FR = { esat: "ESAT (établissement et service d'accompagnement par le travail)", ea: 'Entreprise adaptée' };
const MARGIN = 42;
const FOOTER_HEIGHT = 34;
const BODY_SIZE = 9;
const GREY = '#555555';
const RULE = '#999999';
class PdfDocument {
    options;
    doc;
    chunks = [];
    done;
    constructor(options) {
        this.options = options;
        const date = new Date(`${options.documentDate.slice(0, 10)}T00:00:00Z`);
        if (Number.isNaN(date.getTime()))
            throw new Error(`document date ${options.documentDate} is not a YYYY-MM-DD date`);
        this.doc = new pdfkit_1.default({
            size: 'A4',
            margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
            subset: 'PDF/A-3b',
            pdfVersion: '1.7',
            lang: 'fr-FR',
            bufferPages: true,
            autoFirstPage: true,
            // Not pdfkit's default Helvetica, whose metrics it would parse for every document.
            font: font('regular'),
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
        this.doc.registerFont('regular', font('regular'));
        this.doc.registerFont('bold', font('bold'));
        this.doc.font('regular').fontSize(BODY_SIZE);
        this.done = new Promise((resolve, reject) => {
            this.doc.on('data', (chunk) => this.chunks.push(chunk));
            this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
            this.doc.on('error', reject);
        });
    }
    get left() {
        return MARGIN;
    }
    get width() {
        return this.doc.page.width - 2 * MARGIN;
    }
    get bottom() {
        return this.doc.page.height - MARGIN - FOOTER_HEIGHT;
    }
    /** Starts a new page when fewer than `height` points remain on this one. */
    ensureSpace(height) {
        if (this.doc.y + height > this.bottom)
            this.doc.addPage();
    }
    gap(points = 8) {
        this.doc.y += points;
        return this;
    }
    /** A paragraph across the content width. */
    text(text, options = {}) {
        const size = options.size ?? BODY_SIZE;
        this.doc.font(options.bold ? 'bold' : 'regular').fontSize(size);
        this.ensureSpace(this.doc.heightOfString(text, { width: this.width }));
        this.doc.fillColor(options.color ?? 'black').text(text, this.left, this.doc.y, { width: this.width, align: options.align ?? 'left' });
        this.doc.font('regular').fontSize(BODY_SIZE).fillColor('black');
        return this;
    }
    /**
     * The top of a document: the issuer's identity (and logo) on the left, the addressee on the right,
     * then the title and its reference lines (number, dates).
     */
    header(issuer, addressee, title, references, logo) {
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
        for (const line of references)
            this.doc.text(line, this.left, this.doc.y, { width: this.width });
        this.doc.y += 10;
        return this;
    }
    /** Draws an identity block at (x, y) and returns the y below it. */
    block(identity, x, y, width) {
        this.doc.fillColor(GREY).font('regular').fontSize(7.5);
        if (identity.heading)
            this.doc.text(identity.heading.toUpperCase(), x, y, { width });
        this.doc.fillColor('black').font('bold').fontSize(10.5).text(identity.name, x, identity.heading ? this.doc.y + 1 : y, { width });
        this.doc.font('regular').fontSize(BODY_SIZE);
        for (const line of identity.lines)
            this.doc.text(line, x, this.doc.y, { width });
        return this.doc.y;
    }
    /**
     * A table across the content width. A row that does not fit on the page goes to the next one, under
     * a repeated header; a row's height is that of its tallest cell.
     */
    table(columns, rows) {
        const widths = columns.map((column) => column.width * this.width);
        const padding = 3;
        const drawRow = (cells, bold, header) => {
            this.doc.font(bold || header ? 'bold' : 'regular').fontSize(header ? 8 : BODY_SIZE);
            const height = Math.max(...cells.map((cell, index) => this.doc.heightOfString(cell, { width: widths[index] - 2 * padding }))) + 2 * padding;
            if (this.doc.y + height > this.bottom) {
                this.doc.addPage();
                if (!header)
                    drawHeader();
                this.doc.font(bold ? 'bold' : 'regular').fontSize(BODY_SIZE);
            }
            const y = this.doc.y;
            if (header)
                this.doc.rect(this.left, y, this.width, height).fill('#eeeeee').fillColor('black');
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
        for (const row of rows)
            drawRow(row.cells, row.bold ?? false, false);
        this.doc.font('regular').fontSize(BODY_SIZE);
        this.doc.y += 6;
        return this;
    }
    /** Label–value lines aligned to the right of the page (totals). */
    amounts(lines, width = 0.45) {
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
    attach(attachment) {
        this.doc.file(attachment.bytes, {
            name: attachment.name,
            type: attachment.mediaType,
            description: attachment.description,
            relationship: attachment.relationship,
            creationDate: this.doc.info.CreationDate,
            modifiedDate: this.doc.info.CreationDate,
            // pdfkit writes AFRelationship from this option; its type definitions (0.17) predate it.
        });
        return this;
    }
    /** Raw XMP (rdf:Description elements) added to the document's metadata, e.g. Factur-X's extension schema. */
    metadata(xml) {
        this.doc.appendXML(xml);
        return this;
    }
    /** Draws the footer and watermark on every page, ends the document and gives its bytes. */
    async end() {
        const range = this.doc.bufferedPageRange();
        for (let index = range.start; index < range.start + range.count; index++) {
            this.doc.switchToPage(index);
            // Writing inside the bottom margin must not open a new page.
            const bottomMargin = this.doc.page.margins.bottom;
            this.doc.page.margins.bottom = 0;
            if (this.options.watermark)
                this.drawWatermark(this.options.watermark);
            const y = this.doc.page.height - MARGIN - FOOTER_HEIGHT + 10;
            this.doc.fillColor(GREY).font('regular').fontSize(7);
            if (this.options.footer)
                this.doc.text(this.options.footer, this.left, y, { width: this.width - 60, lineBreak: true });
            this.doc.text(`Page ${index - range.start + 1} / ${range.count}`, this.left + this.width - 60, y, { width: 60, align: 'right' });
            this.doc.page.margins.bottom = bottomMargin;
            this.doc.fillColor('black');
        }
        this.doc.end();
        return this.done;
    }
    /** Across the middle of the page, light enough to read what is under it. */
    drawWatermark(text) {
        const { width, height } = this.doc.page;
        this.doc.save();
        this.doc.font('bold').fontSize(88).fillColor('#cc0000').fillOpacity(0.12);
        this.doc.text(text, 0, height / 2 - 50, { width, align: 'center', lineBreak: false });
        this.doc.restore();
        this.doc.fillOpacity(1).fillColor('black').font('regular').fontSize(BODY_SIZE);
    }
}
exports.PdfDocument = PdfDocument;
