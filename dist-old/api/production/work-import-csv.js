"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkCsvToCopy = exports.RecordNormalizer = exports.MAX_QUANTITY = exports.MAX_HOURS = exports.STAGING_COLUMNS = exports.OPTIONAL_COLUMNS = exports.REQUIRED_COLUMNS = void 0;
exports.parseWorkDate = parseWorkDate;
exports.parseDecimal = parseDecimal;
exports.parseReference = parseReference;
const node_string_decoder_1 = require("node:string_decoder");
const node_stream_1 = require("node:stream");
/**
 * The CSV of a work-record import, as a supervisor's spreadsheet or a time clock exports it:
 * a header row naming the columns (any order; quantity and rejects optional), `;` or `,` between
 * fields, decimal comma or point, dates YYYY-MM-DD or DD/MM/YYYY, UTF-8 with or without BOM, CRLF
 * or LF, RFC 4180 quotes. Each record becomes one line of PostgreSQL COPY text for the staging
 * table (see STAGING_COLUMNS), carrying its line number and what is wrong with its format; the
 * references are checked against the database afterwards, set-based (work-import.service.ts).
 */
exports.REQUIRED_COLUMNS = ['matricule', 'date', 'reference', 'hours'];
exports.OPTIONAL_COLUMNS = ['quantity', 'rejects'];
/** Column order of the COPY lines this parser writes (the staging table declares the same). */
exports.STAGING_COLUMNS = `line integer, matricule text, work_date date, order_number text, line_position integer, task_id bigint,
  mad_number text, hours numeric, quantity numeric, rejects numeric, problem text`;
exports.MAX_HOURS = 24;
/** As the single-record mutation allows (WorkRecordInput). */
exports.MAX_QUANTITY = 1e9;
/** Longer values cannot be a matricule or a reference; they are reported, not staged. */
const MAX_TEXT = 100;
const SPACES = /[\s\u00a0\u202f]+/g;
const printableAscii = (code) => code > 32 && code < 127;
function trim(value) {
    if (value.length === 0 || (printableAscii(value.charCodeAt(0)) && printableAscii(value.charCodeAt(value.length - 1))))
        return value;
    return value.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
}
function copyText(value) {
    if (value === null)
        return '\\N';
    return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}
function quoted(value) {
    return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}
/** YYYY-MM-DD of a real calendar day, or null. */
function parseWorkDate(value) {
    let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    let year, month, day;
    if (match) {
        [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    }
    else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) {
        [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    }
    else {
        return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return null;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
        return null;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
/**
 * A decimal written with a comma or a point (spaces, including French thousands separators, are
 * ignored): its canonical text with a point, its value and its number of decimals; null when it is
 * not a number.
 */
function parseDecimal(value) {
    const compact = value.replace(SPACES, '');
    const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(compact);
    if (!match || (match[2] === '' && !match[3]))
        return null;
    const text = `${match[1] === '-' ? '-' : ''}${match[2] || '0'}${match[3] ? `.${match[3]}` : ''}`;
    return { text, value: Number(text), decimals: match[3]?.length ?? 0 };
}
function parseReference(value) {
    const prefixed = /^(task|mad)\s*:\s*(.+)$/i.exec(value);
    if (prefixed) {
        if (prefixed[1].toLowerCase() === 'task')
            return /^[1-9]\d{0,14}$/.test(prefixed[2]) ? { kind: 'task', taskId: prefixed[2] } : null;
        return { kind: 'mad', madNumber: prefixed[2] };
    }
    const slash = value.lastIndexOf('/');
    if (slash <= 0)
        return null;
    const orderNumber = trim(value.slice(0, slash));
    const position = trim(value.slice(slash + 1));
    if (!orderNumber || !/^[1-9]\d{0,8}$/.test(position))
        return null;
    return { kind: 'order_line', orderNumber, position: Number(position) };
}
const OK_ZERO = { value: '0', problem: null };
function checkNumber(raw, label, required, max, decimals) {
    if (!raw)
        return required ? { value: null, problem: `${label} is missing` } : OK_ZERO;
    const parsed = parseDecimal(raw);
    let problem;
    if (!parsed)
        problem = `${label} ${quoted(raw)} is not a number`;
    else if (parsed.value < 0)
        problem = `${label} ${raw} is negative`;
    else if (parsed.value > max)
        problem = `${label} ${raw} is more than ${max}`;
    else if (parsed.decimals > decimals)
        problem = `${label} ${raw} has more than ${decimals} decimals`;
    else
        return { value: parsed.text, problem: null };
    return { value: null, problem };
}
function checkDate(raw, today) {
    if (!raw)
        return { value: null, problem: 'date is missing' };
    const date = parseWorkDate(raw);
    if (!date)
        return { value: null, problem: `date ${quoted(raw)} is not a date (YYYY-MM-DD or DD/MM/YYYY)` };
    if (date > today)
        return { value: null, problem: `date ${date} is in the future` };
    return { value: date, problem: null };
}
function checkReference(raw) {
    if (!raw)
        return { value: null, problem: 'reference is missing' };
    if (raw.length > MAX_TEXT)
        return { value: null, problem: `reference ${quoted(raw)} is too long` };
    const reference = parseReference(raw);
    return reference ? { value: reference, problem: null } : { value: null, problem: `reference ${quoted(raw)} is not ORDER-NUMBER/LINE, task:ID or mad:CONTRACT-NUMBER` };
}
/**
 * Checks memoised by raw text: a file repeats the same dates, references and hours on many rows,
 * and a million rows are read in a few seconds only when each is not parsed again.
 */
class Memo {
    constructor(check) {
        this.check = check;
        this.map = new Map();
    }
    get(raw) {
        let checked = this.map.get(raw);
        if (!checked) {
            if (this.map.size >= 100_000)
                this.map.clear();
            checked = this.check(raw);
            this.map.set(raw, checked);
        }
        return checked;
    }
}
/** The values of one record, normalised, and what is wrong with them (null when nothing is). */
class RecordNormalizer {
    constructor(today) {
        this.references = new Memo(checkReference);
        this.hours = new Memo((raw) => checkNumber(raw, 'hours', true, exports.MAX_HOURS, 2));
        this.quantities = new Memo((raw) => checkNumber(raw, 'quantity', false, exports.MAX_QUANTITY, 3));
        this.rejects = new Memo((raw) => checkNumber(raw, 'rejects', false, exports.MAX_QUANTITY, 3));
        this.dates = new Memo((raw) => checkDate(raw, today));
    }
    normalize(matriculeRaw, dateRaw, referenceRaw, hoursRaw, quantityRaw, rejectsRaw) {
        const matricule = trim(matriculeRaw);
        const date = this.dates.get(trim(dateRaw));
        const reference = this.references.get(trim(referenceRaw));
        const hours = this.hours.get(trim(hoursRaw));
        const quantity = this.quantities.get(trim(quantityRaw));
        const rejects = this.rejects.get(trim(rejectsRaw));
        let problem = null;
        const add = (text) => {
            if (text)
                problem = problem ? `${problem}; ${text}` : text;
        };
        if (!matricule)
            add('matricule is missing');
        else if (matricule.length > MAX_TEXT)
            add(`matricule ${quoted(matricule)} is too long`);
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
            problem: problem,
        };
    }
}
exports.RecordNormalizer = RecordNormalizer;
/**
 * Splits decoded text into records. A record ends at a line break outside quotes; `line` is the
 * physical line it starts on (1 = the header), as a spreadsheet shows it.
 */
class RecordSplitter {
    constructor(onRecord) {
        this.onRecord = onRecord;
        this.buffer = '';
        this.line = 0;
        this.separator = null;
    }
    push(text, final) {
        this.buffer += text;
        const buffer = this.buffer;
        let position = 0;
        while (position < buffer.length) {
            let end = buffer.indexOf('\n', position);
            if (end < 0) {
                if (!final)
                    break;
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
                if (raw.endsWith('\r'))
                    raw = raw.slice(0, -1);
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
    quotedRecord(buffer, start, final) {
        const fields = [];
        const separator = this.separator;
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
                    }
                    else if (i + 1 === buffer.length && !final) {
                        return null; // `""` may straddle two chunks
                    }
                    else {
                        inQuotes = false;
                    }
                }
                else {
                    if (char === '\n')
                        extraLines++;
                    field += char;
                }
            }
            else if (char === '"' && trim(field) === '') {
                field = '';
                inQuotes = true;
            }
            else if (char === separator) {
                fields.push(field);
                field = '';
            }
            else if (char === '\n') {
                fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
                return { fields, next: i + 1, extraLines };
            }
            else {
                field += char;
            }
        }
        if (!final)
            return null;
        fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
        return { fields, next: buffer.length, extraLines };
    }
}
/**
 * A stream from CSV bytes to COPY text for the staging table. A file it cannot read at all sets
 * `fileProblem` and yields nothing (the COPY then completes empty: no aborted transaction to undo).
 */
class WorkCsvToCopy extends node_stream_1.Transform {
    constructor(today, onRows) {
        super();
        this.onRows = onRows;
        this.stats = { rows: 0 };
        this.fileProblem = null;
        this.decoder = new node_string_decoder_1.StringDecoder('utf8');
        /** Where each column is in a record (-1: absent), once the header is read. */
        this.columns = null;
        this.fieldCount = 0;
        this.started = false;
        this.out = [];
        this.normalizer = new RecordNormalizer(today);
        this.splitter = new RecordSplitter((line, fields) => this.record(line, fields));
    }
    _transform(chunk, _encoding, callback) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        this.feed(this.decode(buffer), false);
        callback();
    }
    _flush(callback) {
        this.feed(this.decoder.end(), true);
        if (!this.fileProblem && !this.columns)
            this.fileProblem = { line: 1, reason: `the file is empty: expected a header row (${exports.REQUIRED_COLUMNS.join(',')},…)` };
        callback();
    }
    decode(buffer) {
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
    feed(text, final) {
        if (this.fileProblem)
            return;
        this.splitter.push(text, final);
        if (this.out.length) {
            this.push(this.out.join(''));
            this.out = [];
            this.onRows?.(this.stats.rows);
        }
    }
    header(line, fields) {
        const names = fields.map((field) => trim(field).toLowerCase());
        while (names.length && names[names.length - 1] === '')
            names.pop();
        const known = [...exports.REQUIRED_COLUMNS, ...exports.OPTIONAL_COLUMNS];
        const unknown = names.filter((name) => !known.includes(name));
        const missing = exports.REQUIRED_COLUMNS.filter((name) => !names.includes(name));
        const repeated = names.filter((name, index) => names.indexOf(name) !== index);
        if (unknown.length || missing.length || repeated.length) {
            const expected = `expected the header ${[...exports.REQUIRED_COLUMNS, ...exports.OPTIONAL_COLUMNS].join(this.splitter.separator)}`;
            const details = [
                missing.length ? `missing ${missing.join(', ')}` : '',
                unknown.length ? `unknown ${unknown.map((name) => quoted(name)).join(', ')}` : '',
                repeated.length ? `repeated ${repeated.join(', ')}` : '',
            ].filter(Boolean);
            this.fileProblem = { line, reason: `${expected} (${details.join('; ')})` };
            return;
        }
        this.fieldCount = names.length;
        this.columns = Object.fromEntries([...exports.REQUIRED_COLUMNS, ...exports.OPTIONAL_COLUMNS].map((name) => [name, names.indexOf(name)]));
    }
    record(line, fields) {
        if (this.fileProblem)
            return;
        if (!this.columns) {
            this.header(line, fields);
            return;
        }
        if (fields.every((field) => trim(field) === ''))
            return; // blank line, or a spreadsheet's empty row (;;;;;)
        this.stats.rows++;
        if (fields.length < this.fieldCount || (fields.length > this.fieldCount && fields.slice(this.fieldCount).some((field) => trim(field) !== ''))) {
            const problem = `malformed line: expected ${this.fieldCount} fields separated by "${this.splitter.separator}", found ${fields.length}`;
            this.out.push(`${line}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(problem)}\n`);
            return;
        }
        const c = this.columns;
        const field = (index) => (index < 0 ? '' : fields[index]);
        const v = this.normalizer.normalize(fields[c.matricule], fields[c.date], fields[c.reference], fields[c.hours], field(c.quantity), field(c.rejects));
        const r = v.reference;
        this.out.push(`${line}\t${copyText(v.matricule)}\t${v.workDate ?? '\\N'}\t` +
            (r?.kind === 'order_line' ? `${copyText(r.orderNumber)}\t${r.position}\t\\N\t\\N\t` : r?.kind === 'task' ? `\\N\t\\N\t${r.taskId}\t\\N\t` : r?.kind === 'mad' ? `\\N\t\\N\t\\N\t${copyText(r.madNumber)}\t` : '\\N\t\\N\t\\N\t\\N\t') +
            `${v.hours ?? '\\N'}\t${v.quantity ?? '\\N'}\t${v.rejects ?? '\\N'}\t${copyText(v.problem)}\n`);
    }
}
exports.WorkCsvToCopy = WorkCsvToCopy;
//# sourceMappingURL=work-import-csv.js.map