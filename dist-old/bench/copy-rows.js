"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Progress = void 0;
exports.copyLine = copyLine;
exports.copyRows = copyRows;
const node_stream_1 = require("node:stream");
const promises_1 = require("node:stream/promises");
const pg_copy_streams_1 = require("pg-copy-streams");
/** One row of COPY's text format: tab-separated, \N for null. Generated values never hold tabs, newlines or backslashes. */
function copyLine(values) {
    let line = '';
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (i > 0)
            line += '\t';
        line += value === null ? '\\N' : String(value);
    }
    return line;
}
/** Prints progress on one line (rewritten on a terminal, every 10 s otherwise). */
class Progress {
    constructor(label, total) {
        this.label = label;
        this.total = total;
        this.lastPrint = 0;
        this.tty = process.stdout.isTTY;
        this.started = Date.now();
    }
    update(done, final = false) {
        const now = Date.now();
        if (!final && now - this.lastPrint < (this.tty ? 250 : 10_000))
            return;
        this.lastPrint = now;
        const seconds = (now - this.started) / 1000;
        const rate = seconds > 0 ? Math.round(done / seconds) : 0;
        const percent = this.total ? Math.floor((done * 100) / this.total) : 100;
        const text = `  ${this.label.padEnd(20)} ${done.toLocaleString('en-US').padStart(11)} / ${this.total.toLocaleString('en-US').padEnd(11)} ${String(percent).padStart(3)}%  ${rate.toLocaleString('en-US')} rows/s  ${seconds.toFixed(1)} s`;
        if (this.tty)
            process.stdout.write(`\r${text.padEnd(100)}${final ? '\n' : ''}`);
        else if (final || seconds >= 10)
            process.stdout.write(text + '\n');
    }
}
exports.Progress = Progress;
const ROWS_PER_CHUNK = 2_000;
/**
 * Streams rows into `table` with COPY FROM STDIN (text format), with back-pressure, and returns the
 * number of rows sent. `rows` yields one COPY line per row (see copyLine).
 */
async function copyRows(client, table, columns, rows, onProgress) {
    let sent = 0;
    async function* chunks() {
        let chunk = '';
        let inChunk = 0;
        for (const row of rows) {
            chunk += row + '\n';
            if (++inChunk === ROWS_PER_CHUNK) {
                sent += inChunk;
                yield chunk;
                onProgress?.(sent);
                chunk = '';
                inChunk = 0;
            }
        }
        if (inChunk) {
            sent += inChunk;
            yield chunk;
        }
        onProgress?.(sent);
    }
    await (0, promises_1.pipeline)(node_stream_1.Readable.from(chunks()), client.query((0, pg_copy_streams_1.from)(`copy ${table} (${columns.join(', ')}) from stdin`)));
    return sent;
}
//# sourceMappingURL=copy-rows.js.map