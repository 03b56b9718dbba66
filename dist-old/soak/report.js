"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentile = percentile;
exports.kindStats = kindStats;
exports.table = table;
exports.formatErrors = formatErrors;
exports.checksTable = checksTable;
/** Numbers out of the samples: per kind, overall, and around the fault. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function kindStats(kind, samples, seconds) {
    const latencies = samples.map((s) => s.end - s.start).sort((a, b) => a - b);
    const errors = {};
    for (const sample of samples)
        for (const code of sample.codes)
            errors[code] = (errors[code] ?? 0) + 1;
    return {
        kind,
        requests: samples.length,
        ok: samples.filter((s) => s.ok && s.codes.length === 0).length,
        perSecond: Math.round((samples.length / seconds) * 10) / 10,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        maxMs: latencies[latencies.length - 1] ?? 0,
        errors,
    };
}
function table(rows, header) {
    const all = [header, ...rows.map((row) => row.map(String))];
    const widths = header.map((_, column) => Math.max(...all.map((row) => String(row[column]).length)));
    const line = (row) => row.map((cell, column) => (typeof cell === 'number' || /^[\d.,]+( ?[a-z%]+)?$/.test(String(cell)) ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]))).join('  ');
    return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
function formatErrors(errors) {
    const entries = Object.entries(errors).sort((a, b) => b[1] - a[1]);
    return entries.length ? entries.map(([code, n]) => `${code}×${n}`).join(' ') : '-';
}
function checksTable(checks) {
    return checks.map((c) => `  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}\n        ${c.detail}`).join('\n');
}
//# sourceMappingURL=report.js.map