"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResultSet = void 0;
exports.machineInfo = machineInfo;
exports.formatValue = formatValue;
exports.formatTarget = formatTarget;
exports.renderTable = renderTable;
exports.keepUnmeasured = keepUnmeasured;
exports.writeResults = writeResults;
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
function machineInfo(postgres, postgresServer) {
    const cpus = node_os_1.default.cpus();
    return {
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        cores: cpus.length,
        memoryGb: Math.round((node_os_1.default.totalmem() / 1024 ** 3) * 10) / 10,
        os: `${node_os_1.default.type()} ${node_os_1.default.release()}`,
        node: process.version,
        postgres,
        postgresServer,
    };
}
class ResultSet {
    constructor() {
        this.sections = [];
        this.figures = [];
        this.notes = [];
    }
    section(id, title, workload) {
        const existing = this.sections.find((section) => section.id === id);
        if (existing)
            Object.assign(existing, { title, workload });
        else
            this.sections.push({ id, title, workload });
    }
    add(section, key, name, value, unit, target = null, note) {
        const met = target && value !== null ? compare(value, target) : null;
        const figure = { id: `${section}.${key}`, section, name, value, unit, target, met, ...(note ? { note } : {}) };
        const index = this.figures.findIndex((existing) => existing.id === figure.id);
        if (index >= 0)
            this.figures[index] = figure;
        else
            this.figures.push(figure);
        return figure;
    }
    /** A figure whose feature (or code path) does not exist yet. */
    unavailable(section, key, name, unit, note, target = null) {
        return this.add(section, key, name, null, unit, target, note);
    }
    get(id) {
        return this.figures.find((figure) => figure.id === id);
    }
}
exports.ResultSet = ResultSet;
function compare(value, target) {
    switch (target.op) {
        case '>=':
            return value >= target.value;
        case '<=':
            return value <= target.value;
        case '<':
            return value < target.value;
    }
}
function formatValue(value, unit) {
    if (value === null)
        return '';
    if (unit === 'yes/no')
        return value ? 'yes' : 'no';
    if (Number.isInteger(value))
        return value.toLocaleString('en-US');
    const digits = Math.abs(value) >= 100 || unit === 'statements' || unit === 'rows' ? 0 : Math.abs(value) >= 10 ? 1 : 2;
    return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
function formatTarget(target, unit) {
    if (!target)
        return '';
    if (unit === 'yes/no')
        return target.value ? 'yes' : 'no';
    return `${target.op === '>=' ? '≥' : target.op === '<=' ? '≤' : '<'} ${formatValue(target.value, unit)}${unit === '%' ? '%' : ` ${unit}`}`;
}
/** The figures as a plain-text table, one block per section with its workload. */
function renderTable(results) {
    const out = [];
    const width = { name: 40, value: 14, unit: 12, target: 16 };
    for (const section of results.sections) {
        const figures = results.figures.filter((figure) => figure.section === section.id);
        if (!figures.length)
            continue;
        out.push('', `${section.id}. ${section.title}`, ...wrap(section.workload, 100).map((line) => `   ${line}`));
        for (const figure of figures) {
            const value = figure.value === null ? (figure.note ?? 'n/a') : formatValue(figure.value, figure.unit);
            const met = figure.met === null ? '' : figure.met ? 'met' : 'MISSED';
            out.push(`   ${figure.name.padEnd(width.name)} ${value.padStart(figure.value === null ? 0 : width.value)} ${figure.value === null ? '' : figure.unit.padEnd(width.unit)} ${formatTarget(figure.target, figure.unit).padEnd(width.target)} ${met}`.trimEnd());
        }
    }
    return out.join('\n');
}
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(line);
    return lines;
}
/**
 * A run of some parts only (--only) keeps the sections of the results file it replaces that it did
 * not measure, each noted with the date it was measured, so results.json holds every part's latest.
 */
function keepUnmeasured(current, previous) {
    if (!previous || JSON.stringify(previous.scale) !== JSON.stringify(current.scale))
        return current;
    const measured = new Set(current.sections.map((section) => section.id));
    const kept = previous.sections.filter((section) => !measured.has(section.id));
    if (!kept.length)
        return current;
    const date = previous.date.slice(0, 10);
    return {
        ...current,
        sections: [...current.sections, ...kept],
        figures: [...current.figures, ...previous.figures.filter((figure) => kept.some((section) => section.id === figure.section))],
        notes: [
            ...current.notes,
            ...kept.map((section) => previous.notes.find((note) => note.startsWith(`section ${section.id} kept from `)) ?? `section ${section.id} kept from the results file of ${date}`),
        ],
    };
}
function writeResults(file, results) {
    node_fs_1.default.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
//# sourceMappingURL=results.js.map