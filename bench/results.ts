import fs from 'node:fs';
import os from 'node:os';

/** A target a figure is held to: `value op threshold`. */
export interface Target {
  op: '>' | '>=' | '<=' | '<';
  value: number;
}

export interface Figure {
  /** Stable key, e.g. `1a.reqPerSec`. */
  id: string;
  /** Section of the issue's list the figure belongs to, e.g. `1a`. */
  section: string;
  name: string;
  /** null when the figure could not be measured: `note` says why. */
  value: number | null;
  unit: string;
  target: Target | null;
  /** null when there is no target or no value. */
  met: boolean | null;
  note?: string;
}

export interface Section {
  id: string;
  title: string;
  /** What was measured, in words: the query, the data, the load. */
  workload: string;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  /** embedded or DATABASE_URL's server. */
  postgresServer: string;
}

export interface Results {
  date: string;
  machine: Machine;
  scale: Record<string, unknown>;
  options: Record<string, unknown>;
  sections: Section[];
  figures: Figure[];
  notes: string[];
}

export function machineInfo(postgres: string, postgresServer: string): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    postgresServer,
  };
}

/**
 * The share of CPU time the hypervisor gave to other machines (steal) between two readings of the
 * machine's counters (/proc/stat), in percent; null where the counters cannot be read. On a shared
 * virtual machine a steal of a few percent already shows in a p99.
 */
export function stealMeter(): () => number | null {
  const read = (): { steal: number; total: number } | null => {
    try {
      const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      // user nice system idle iowait irq softirq steal (guest time is already in user)
      return { steal: fields[7] ?? 0, total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
    } catch {
      return null;
    }
  };
  const before = read();
  return () => {
    const after = read();
    if (!before || !after || after.total === before.total) return null;
    return (100 * (after.steal - before.steal)) / (after.total - before.total);
  };
}

export class ResultSet {
  readonly sections: Section[] = [];
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];

  section(id: string, title: string, workload: string): void {
    const existing = this.sections.find((section) => section.id === id);
    if (existing) Object.assign(existing, { title, workload });
    else this.sections.push({ id, title, workload });
  }

  add(section: string, key: string, name: string, value: number | null, unit: string, target: Target | null = null, note?: string): Figure {
    const met = target && value !== null ? compare(value, target) : null;
    const figure: Figure = { id: `${section}.${key}`, section, name, value, unit, target, met, ...(note ? { note } : {}) };
    const index = this.figures.findIndex((existing) => existing.id === figure.id);
    if (index >= 0) this.figures[index] = figure;
    else this.figures.push(figure);
    return figure;
  }

  /** A figure whose feature (or code path) does not exist yet. */
  unavailable(section: string, key: string, name: string, unit: string, note: string, target: Target | null = null): Figure {
    return this.add(section, key, name, null, unit, target, note);
  }

  get(id: string): Figure | undefined {
    return this.figures.find((figure) => figure.id === id);
  }
}

function compare(value: number, target: Target): boolean {
  switch (target.op) {
    case '>':
      return value > target.value;
    case '>=':
      return value >= target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
  }
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '';
  if (unit === 'yes/no') return value ? 'yes' : 'no';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 || unit === 'statements' || unit === 'rows' ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatTarget(target: Target | null, unit: string): string {
  if (!target) return '';
  if (unit === 'yes/no') return target.value ? 'yes' : 'no';
  return `${target.op === '>=' ? '≥' : target.op === '<=' ? '≤' : target.op} ${formatValue(target.value, unit)}${unit === '%' ? '%' : ` ${unit}`}`;
}

/** The figures as a plain-text table, one block per section with its workload. */
export function renderTable(results: ResultSet): string {
  const out: string[] = [];
  const width = { name: 40, value: 14, unit: 12, target: 16 };
  for (const section of results.sections) {
    const figures = results.figures.filter((figure) => figure.section === section.id);
    if (!figures.length) continue;
    out.push('', `${section.id}. ${section.title}`, ...wrap(section.workload, 100).map((line) => `   ${line}`));
    for (const figure of figures) {
      const value = figure.value === null ? (figure.note ?? 'n/a') : formatValue(figure.value, figure.unit);
      const met = figure.met === null ? '' : figure.met ? 'met' : 'MISSED';
      out.push(
        `   ${figure.name.padEnd(width.name)} ${value.padStart(figure.value === null ? 0 : width.value)} ${figure.value === null ? '' : figure.unit.padEnd(width.unit)} ${formatTarget(figure.target, figure.unit).padEnd(width.target)} ${met}`.trimEnd(),
      );
    }
  }
  return out.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A run of some parts only (--only) keeps the sections of the results file it replaces that it did
 * not measure, each noted with the date it was measured, so results.json holds every part's latest.
 */
export function keepUnmeasured(current: Results, previous: Results | undefined): Results {
  if (!previous || previous.scale.name !== current.scale.name) return current;
  // A section this run wrote no figure in (a workload left out of --workloads) was not measured either.
  const measured = new Set(current.figures.map((figure) => figure.section));
  const kept = previous.sections.filter((section) => !measured.has(section.id));
  if (!kept.length) return current;
  const date = previous.date.slice(0, 10);
  return {
    ...current,
    sections: [...current.sections.filter((section) => measured.has(section.id)), ...kept],
    figures: [...current.figures, ...previous.figures.filter((figure) => kept.some((section) => section.id === figure.section))],
    notes: [
      ...current.notes,
      ...kept.map((section) => previous.notes.find((note) => note.startsWith(`section ${section.id} kept from `)) ?? `section ${section.id} kept from the results file of ${date}`),
    ],
  };
}

export function writeResults(file: string, results: Results): void {
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
