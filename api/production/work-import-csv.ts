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

function trim(value: string): string {
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

/** The values of one record, normalised, and what is wrong with them. */
export function normalizeRecord(fields: Record<Column, string | undefined>, today: string) {
  const problems: string[] = [];
  const matricule = trim(fields.matricule ?? '');
  if (!matricule) problems.push('matricule is missing');
  else if (matricule.length > MAX_TEXT) problems.push(`matricule ${quoted(matricule)} is too long`);

  const rawDate = trim(fields.date ?? '');
  let workDate: string | null = null;
  if (!rawDate) problems.push('date is missing');
  else if (!(workDate = parseWorkDate(rawDate))) problems.push(`date ${quoted(rawDate)} is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
  else if (workDate > today) {
    problems.push(`date ${workDate} is in the future`);
    workDate = null;
  }

  const rawReference = trim(fields.reference ?? '');
  let reference: WorkReference | null = null;
  if (!rawReference) problems.push('reference is missing');
  else if (rawReference.length > MAX_TEXT) problems.push(`reference ${quoted(rawReference)} is too long`);
  else if (!(reference = parseReference(rawReference))) {
    problems.push(`reference ${quoted(rawReference)} is not ORDER-NUMBER/LINE, task:ID or mad:CONTRACT-NUMBER`);
  }

  const number = (column: Column, label: string, required: boolean, max: number, decimals: number): string | null => {
    const raw = trim(fields[column] ?? '');
    if (!raw) {
      if (required) problems.push(`${label} is missing`);
      return required ? null : '0';
    }
    const parsed = parseDecimal(raw);
    if (!parsed) problems.push(`${label} ${quoted(raw)} is not a number`);
    else if (parsed.value < 0) problems.push(`${label} ${raw} is negative`);
    else if (parsed.value > max) problems.push(`${label} ${raw} is more than ${max}`);
    else if (parsed.decimals > decimals) problems.push(`${label} ${raw} has more than ${decimals} decimals`);
    else return parsed.text;
    return null;
  };
  const hours = number('hours', 'hours', true, MAX_HOURS, 2);
  const quantity = number('quantity', 'quantity', false, MAX_QUANTITY, 3);
  const rejects = number('rejects', 'rejects', false, MAX_QUANTITY, 3);

  return {
    matricule: matricule && matricule.length <= MAX_TEXT ? matricule : null,
    workDate,
    reference,
    hours,
    quantity,
    rejects,
    problems,
  };
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
      let text = buffer.slice(position, end);
      if (this.separator === null) this.separator = text.includes(';') ? ';' : ',';
      if (!text.includes('"')) {
        if (text.endsWith('\r')) text = text.slice(0, -1);
        this.onRecord(start, text.split(this.separator));
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
  private columns: { name: Column; index: number }[] | null = null;
  private fieldCount = 0;
  private started = false;
  private out: string[] = [];

  constructor(
    private readonly today: string,
    private readonly onRows?: (rows: number) => void,
  ) {
    super();
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

  private header(fields: string[]): void {
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
      this.fileProblem = { line: 1, reason: `${expected} (${details.join('; ')})` };
      return;
    }
    this.fieldCount = names.length;
    this.columns = names.map((name, index) => ({ name: name as Column, index }));
  }

  private record(line: number, fields: string[]): void {
    if (this.fileProblem) return;
    if (!this.columns) {
      this.header(fields);
      return;
    }
    if (fields.every((field) => trim(field) === '')) return; // blank line, or a spreadsheet's empty row (;;;;;)
    this.stats.rows++;
    let problem: string | null = null;
    let values: ReturnType<typeof normalizeRecord> | null = null;
    const extra = fields.slice(this.fieldCount);
    if (fields.length < this.fieldCount || extra.some((field) => trim(field) !== '')) {
      problem = `malformed line: expected ${this.fieldCount} fields separated by "${this.splitter.separator}", found ${fields.length}`;
    } else {
      const named = {} as Record<Column, string | undefined>;
      for (const column of this.columns) named[column.name] = fields[column.index];
      values = normalizeRecord(named, this.today);
      if (values.problems.length) problem = values.problems.join('; ');
    }
    const reference = values?.reference;
    this.out.push(
      [
        String(line),
        copyText(values?.matricule ?? null),
        values?.workDate ?? '\\N',
        copyText(reference?.kind === 'order_line' ? reference.orderNumber : null),
        reference?.kind === 'order_line' ? String(reference.position) : '\\N',
        reference?.kind === 'task' ? reference.taskId : '\\N',
        copyText(reference?.kind === 'mad' ? reference.madNumber : null),
        values?.hours ?? '\\N',
        values?.quantity ?? '\\N',
        values?.rejects ?? '\\N',
        copyText(problem),
      ].join('\t') + '\n',
    );
  }
}
