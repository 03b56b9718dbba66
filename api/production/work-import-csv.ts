import { StringDecoder } from 'node:string_decoder';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * The CSV of a work-record import, as a supervisor's spreadsheet or a time clock exports it:
 * a header row naming the columns (any order; quantity and rejects optional), `;` or `,` between
 * fields, decimal comma or point, dates YYYY-MM-DD or DD/MM/YYYY, UTF-8 with or without BOM, CRLF
 * or LF, RFC 4180 quotes. Each record becomes one line of PostgreSQL COPY text for the staging
 * table (see STAGING_COLUMNS), carrying its line number and what is wrong with its format; the
 * references are checked against the database afterwards, set-based (work-import.service.ts).
 */

export const REQUIRED_COLUMNS = ['matricule', 'date', 'reference', 'hours'] as const;
export const OPTIONAL_COLUMNS = ['quantity', 'rejects'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Column order of the COPY lines this parser writes (the staging table declares the same). */
export const STAGING_COLUMNS = `line integer, matricule text, work_date date, order_number text, line_position integer, task_id bigint,
  mad_number text, hours numeric, quantity numeric, rejects numeric, problem text`;

export const MAX_HOURS = 24;
/** As the single-record mutation allows (WorkRecordInput). */
export const MAX_QUANTITY = 1e9;
/** Longer values cannot be a matricule or a reference; they are reported, not staged. */
const MAX_TEXT = 100;

/** A problem that prevents reading the file at all (no header, wrong columns, UTF-16). */
export interface FileProblem {
  line: number;
  reason: string;
}

const SPACES = /[\s\u00a0\u202f]+/g;

const printableAscii = (code: number) => code > 32 && code < 127;

function trim(value: string): string {
  if (value.length === 0 || (printableAscii(value.charCodeAt(0)) && printableAscii(value.charCodeAt(value.length - 1)))) return value;
  return value.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
}

function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

function quoted(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

/** YYYY-MM-DD of a real calendar day, or null. */
export function parseWorkDate(value: string): string | null {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let year: number, month: number, day: number;
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A decimal written with a comma or a point (spaces, including French thousands separators, are
 * ignored): its canonical text with a point, its value and its number of decimals; null when it is
 * not a number.
 */
export function parseDecimal(value: string): { text: string; value: number; decimals: number } | null {
  const compact = value.replace(SPACES, '');
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(compact);
  if (!match || (match[2] === '' && !match[3])) return null;
  const text = `${match[1] === '-' ? '-' : ''}${match[2] || '0'}${match[3] ? `.${match[3]}` : ''}`;
  return { text, value: Number(text), decimals: match[3]?.length ?? 0 };
}

/** What a reference names: an order line (order number / position), a production task or a MAD contract. */
export type WorkReference =
  | { kind: 'order_line'; orderNumber: string; position: number }
  | { kind: 'task'; taskId: string }
  | { kind: 'mad'; madNumber: string };

export function parseReference(value: string): WorkReference | null {
  const prefixed = /^(task|mad)\s*:\s*(.+)$/i.exec(value);
  if (prefixed) {
    if (prefixed[1].toLowerCase() === 'task') return /^[1-9]\d{0,14}$/.test(prefixed[2]) ? { kind: 'task', taskId: prefixed[2] } : null;
    return { kind: 'mad', madNumber: prefixed[2] };
  }
  const slash = value.lastIndexOf('/');
  if (slash <= 0) return null;
  const orderNumber = trim(value.slice(0, slash));
  const position = trim(value.slice(slash + 1));
  if (!orderNumber || !/^[1-9]\d{0,8}$/.test(position)) return null;
  return { kind: 'order_line', orderNumber, position: Number(position) };
}

/** A value as staged (null: NULL) and what is wrong with it (null: nothing). */
interface Checked<T = string> {
  value: T | null;
  problem: string | null;
}

const OK_ZERO: Checked = { value: '0', problem: null };

function checkNumber(raw: string, label: string, required: boolean, max: number, decimals: number): Checked {
  if (!raw) return required ? { value: null, problem: `${label} is missing` } : OK_ZERO;
  const parsed = parseDecimal(raw);
  let problem: string;
  if (!parsed) problem = `${label} ${quoted(raw)} is not a number`;
  else if (parsed.value < 0) problem = `${label} ${raw} is negative`;
  else if (parsed.value > max) problem = `${label} ${raw} is more than ${max}`;
  else if (parsed.decimals > decimals) problem = `${label} ${raw} has more than ${decimals} decimals`;
  else return { value: parsed.text, problem: null };
  return { value: null, problem };
}

function checkDate(raw: string, today: string): Checked {
  if (!raw) return { value: null, problem: 'date is missing' };
  const date = parseWorkDate(raw);
  if (!date) return { value: null, problem: `date ${quoted(raw)} is not a date (YYYY-MM-DD or DD/MM/YYYY)` };
  if (date > today) return { value: null, problem: `date ${date} is in the future` };
  return { value: date, problem: null };
}

function checkReference(raw: string): Checked<WorkReference> {
  if (!raw) return { value: null, problem: 'reference is missing' };
  if (raw.length > MAX_TEXT) return { value: null, problem: `reference ${quoted(raw)} is too long` };
  const reference = parseReference(raw);
  return reference ? { value: reference, problem: null } : { value: null, problem: `reference ${quoted(raw)} is not ORDER-NUMBER/LINE, task:ID or mad:CONTRACT-NUMBER` };
}

/**
 * Checks memoised by raw text: a file repeats the same dates, references and hours on many rows,
 * and a million rows are read in a few seconds only when each is not parsed again.
 */
class Memo<T> {
  private readonly map = new Map<string, Checked<T>>();
  constructor(private readonly check: (raw: string) => Checked<T>) {}
  get(raw: string): Checked<T> {
    let checked = this.map.get(raw);
    if (!checked) {
      if (this.map.size >= 100_000) this.map.clear();
      checked = this.check(raw);
      this.map.set(raw, checked);
    }
    return checked;
  }
}

/** The values of one record, normalised, and what is wrong with them (null when nothing is). */
export class RecordNormalizer {
  private readonly dates: Memo<string>;
  private readonly references = new Memo(checkReference);
  private readonly hours = new Memo((raw) => checkNumber(raw, 'hours', true, MAX_HOURS, 2));
  private readonly quantities = new Memo((raw) => checkNumber(raw, 'quantity', false, MAX_QUANTITY, 3));
  private readonly rejects = new Memo((raw) => checkNumber(raw, 'rejects', false, MAX_QUANTITY, 3));

  constructor(today: string) {
    this.dates = new Memo((raw) => checkDate(raw, today));
  }

  normalize(matriculeRaw: string, dateRaw: string, referenceRaw: string, hoursRaw: string, quantityRaw: string, rejectsRaw: string) {
    const matricule = trim(matriculeRaw);
    const date = this.dates.get(trim(dateRaw));
    const reference = this.references.get(trim(referenceRaw));
    const hours = this.hours.get(trim(hoursRaw));
    const quantity = this.quantities.get(trim(quantityRaw));
    const rejects = this.rejects.get(trim(rejectsRaw));
    let problem: string | null = null;
    const add = (text: string | null) => {
      if (text) problem = problem ? `${problem}; ${text}` : text;
    };
    if (!matricule) add('matricule is missing');
    else if (matricule.length > MAX_TEXT) add(`matricule ${quoted(matricule)} is too long`);
    if (date.problem || reference.problem || hours.problem || quantity.problem || rejects.problem) {
      add(date.problem);
      add(reference.problem);
      add(hours.problem);
      add(quantity.problem);
      add(rejects.problem);
    }
    return {
      matricule: matricule && matricule.length <= MAX_TEXT ? matricule : null,
      workDate: date.value,
      reference: reference.value,
      hours: hours.value,
      quantity: quantity.value,
      rejects: rejects.value,
      problem: problem as string | null,
    };
  }
}

/**
 * Splits decoded text into records. A record ends at a line break outside quotes; `line` is the
 * physical line it starts on (1 = the header), as a spreadsheet shows it.
 */
class RecordSplitter {
  private buffer = '';
  private line = 0;
  separator: string | null = null;

  constructor(private readonly onRecord: (line: number, fields: string[]) => void) {}

  push(text: string, final: boolean): void {
    this.buffer += text;
    const buffer = this.buffer;
    let position = 0;
    while (position < buffer.length) {
      let end = buffer.indexOf('\n', position);
      if (end < 0) {
        if (!final) break;
        end = buffer.length;
      }
      this.line++;
      const start = this.line;
      let raw = buffer.slice(position, end);
      if (this.separator === null) {
        if (trim(raw) === '') {
          position = end + 1; // blank lines before the header
          continue;
        }
        this.separator = raw.includes(';') ? ';' : ',';
      }
      if (!raw.includes('"')) {
        if (raw.endsWith('\r')) raw = raw.slice(0, -1);
        this.onRecord(start, raw.split(this.separator));
        position = end + 1;
        continue;
      }
      const parsed = this.quotedRecord(buffer, position, final);
      if (!parsed) {
        this.line--;
        break;
      }
      this.line += parsed.extraLines;
      this.onRecord(start, parsed.fields);
      position = parsed.next;
    }
    this.buffer = buffer.slice(position);
  }

  /** A record with quotes, possibly over several lines; null when its end is not in the buffer yet. */
  private quotedRecord(buffer: string, start: number, final: boolean): { fields: string[]; next: number; extraLines: number } | null {
    const fields: string[] = [];
    const separator = this.separator!;
    let field = '';
    let inQuotes = false;
    let extraLines = 0;
    for (let i = start; i < buffer.length; i++) {
      const char = buffer[i];
      if (inQuotes) {
        if (char === '"') {
          if (buffer[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === buffer.length && !final) {
            return null; // `""` may straddle two chunks
          } else {
            inQuotes = false;
          }
        } else {
          if (char === '\n') extraLines++;
          field += char;
        }
      } else if (char === '"' && trim(field) === '') {
        field = '';
        inQuotes = true;
      } else if (char === separator) {
        fields.push(field);
        field = '';
      } else if (char === '\n') {
        fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
        return { fields, next: i + 1, extraLines };
      } else {
        field += char;
      }
    }
    if (!final) return null;
    fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
    return { fields, next: buffer.length, extraLines };
  }
}

export interface CsvStats {
  /** Records read after the header (blank lines are not records). */
  rows: number;
}

/**
 * A stream from CSV bytes to COPY text for the staging table. A file it cannot read at all sets
 * `fileProblem` and yields nothing (the COPY then completes empty: no aborted transaction to undo).
 */
export class WorkCsvToCopy extends Transform {
  readonly stats: CsvStats = { rows: 0 };
  fileProblem: FileProblem | null = null;
  private readonly decoder = new StringDecoder('utf8');
  private readonly splitter: RecordSplitter;
  /** Where each column is in a record (-1: absent), once the header is read. */
  private columns: Record<Column, number> | null = null;
  private readonly normalizer: RecordNormalizer;
  private fieldCount = 0;
  private started = false;
  private out: string[] = [];

  constructor(
    today: string,
    private readonly onRows?: (rows: number) => void,
  ) {
    super();
    this.normalizer = new RecordNormalizer(today);
    this.splitter = new RecordSplitter((line, fields) => this.record(line, fields));
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.feed(this.decode(buffer), false);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.feed(this.decoder.end(), true);
    if (!this.fileProblem && !this.columns) this.fileProblem = { line: 1, reason: `the file is empty: expected a header row (${REQUIRED_COLUMNS.join(',')},…)` };
    callback();
  }

  private decode(buffer: Buffer): string {
    if (!this.started && buffer.length > 0) {
      this.started = true;
      if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
        this.fileProblem = { line: 1, reason: 'the file is UTF-16: save it as CSV UTF-8' };
      }
      const text = this.decoder.write(buffer);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    return this.decoder.write(buffer);
  }

  private feed(text: string, final: boolean): void {
    if (this.fileProblem) return;
    this.splitter.push(text, final);
    if (this.out.length) {
      this.push(this.out.join(''));
      this.out = [];
      this.onRows?.(this.stats.rows);
    }
  }

  private header(line: number, fields: string[]): void {
    const names = fields.map((field) => trim(field).toLowerCase());
    while (names.length && names[names.length - 1] === '') names.pop();
    const known: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
    const unknown = names.filter((name) => !known.includes(name));
    const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    if (unknown.length || missing.length || repeated.length) {
      const expected = `expected the header ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(this.splitter.separator!)}`;
      const details = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        unknown.length ? `unknown ${unknown.map((name) => quoted(name)).join(', ')}` : '',
        repeated.length ? `repeated ${repeated.join(', ')}` : '',
      ].filter(Boolean);
      this.fileProblem = { line, reason: `${expected} (${details.join('; ')})` };
      return;
    }
    this.fieldCount = names.length;
    this.columns = Object.fromEntries([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((name) => [name, names.indexOf(name)])) as Record<Column, number>;
  }

  private record(line: number, fields: string[]): void {
    if (this.fileProblem) return;
    if (!this.columns) {
      this.header(line, fields);
      return;
    }
    if (fields.every((field) => trim(field) === '')) return; // blank line, or a spreadsheet's empty row (;;;;;)
    this.stats.rows++;
    if (fields.length < this.fieldCount || (fields.length > this.fieldCount && fields.slice(this.fieldCount).some((field) => trim(field) !== ''))) {
      const problem = `malformed line: expected ${this.fieldCount} fields separated by "${this.splitter.separator}", found ${fields.length}`;
      this.out.push(`${line}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(problem)}\n`);
      return;
    }
    const c = this.columns;
    const field = (index: number) => (index < 0 ? '' : fields[index]);
    const v = this.normalizer.normalize(
      fields[c.matricule], fields[c.date], fields[c.reference], fields[c.hours], field(c.quantity), field(c.rejects),
    );
    const r = v.reference;
    this.out.push(
      `${line}\t${copyText(v.matricule)}\t${v.workDate ?? '\\N'}\t` +
        (r?.kind === 'order_line' ? `${copyText(r.orderNumber)}\t${r.position}\t\\N\t\\N\t` : r?.kind === 'task' ? `\\N\t\\N\t${r.taskId}\t\\N\t` : r?.kind === 'mad' ? `\\N\t\\N\t\\N\t${copyText(r.madNumber)}\t` : '\\N\t\\N\t\\N\t\\N\t') +
        `${v.hours ?? '\\N'}\t${v.quantity ?? '\\N'}\t${v.rejects ?? '\\N'}\t${copyText(v.problem)}\n`,
    );
  }
}
