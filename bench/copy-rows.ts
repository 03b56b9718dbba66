import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One row of COPY's text format: tab-separated, \N for null. Generated values never hold tabs, newlines or backslashes. */
export function copyLine(values: readonly (string | number | boolean | null)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += '\t';
    line += value === null ? '\\N' : String(value);
  }
  return line;
}

/** Prints progress on one line (rewritten on a terminal, every 10 s otherwise). */
export class Progress {
  private lastPrint = 0;
  private readonly tty = process.stdout.isTTY;

  constructor(private readonly label: string, private readonly total: number) {}

  private readonly started = Date.now();

  update(done: number, final = false): void {
    const now = Date.now();
    if (!final && now - this.lastPrint < (this.tty ? 250 : 10_000)) return;
    this.lastPrint = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const percent = this.total ? Math.floor((done * 100) / this.total) : 100;
    const text = `  ${this.label.padEnd(20)} ${done.toLocaleString('en-US').padStart(11)} / ${this.total.toLocaleString('en-US').padEnd(11)} ${String(percent).padStart(3)}%  ${rate.toLocaleString('en-US')} rows/s  ${seconds.toFixed(1)} s`;
    if (this.tty) process.stdout.write(`\r${text.padEnd(100)}${final ? '\n' : ''}`);
    else if (final || seconds >= 10) process.stdout.write(text + '\n');
  }
}

const ROWS_PER_CHUNK = 2_000;

/**
 * Streams rows into `table` with COPY FROM STDIN (text format), with back-pressure, and returns the
 * number of rows sent. `rows` yields one COPY line per row (see copyLine).
 */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<string>,
  onProgress?: (rowsSent: number) => void,
): Promise<number> {
  let sent = 0;
  async function* chunks(): AsyncGenerator<string> {
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
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)));
  return sent;
}
