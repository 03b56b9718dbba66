import { keepUnmeasured, type Figure, type Results } from '../bench/results';

/**
 * bench/results.json holds every part's latest figures: a run of some parts, or of some GraphQL
 * workloads (--workloads), keeps what it did not measure from the file it replaces.
 */

const figure = (section: string, value: number): Figure => ({ id: `${section}.reqPerSec`, section, name: 'throughput', value, unit: 'req/s', target: null, met: null });
const results = (date: string, sections: string[], figures: Figure[]): Results => ({
  date, machine: { cpuModel: 'test', cores: 2, memoryGb: 1, os: 'linux', node: 'v20', postgres: '17', postgresServer: 'embedded' }, scale: { name: 'default' }, options: {},
  sections: sections.map((id) => ({ id, title: `section ${id}`, workload: '' })), figures, notes: [],
});

describe('the results file', () => {
  it('keeps the figures of the workloads a run left out, and replaces those it measured', () => {
    const previous = results('2026-12-01T10:00:00Z', ['1a', '1c', '1f'], [figure('1a', 100), figure('1c', 200), figure('1f', 30)]);
    // A run of --workloads 1f: the GraphQL part writes every section's title, figures for 1f only.
    const current = results('2026-12-07T10:00:00Z', ['1a', '1c', '1f'], [figure('1f', 35)]);
    const merged = keepUnmeasured(current, previous);
    expect(merged.figures.map((f) => [f.id, f.value])).toEqual([['1f.reqPerSec', 35], ['1a.reqPerSec', 100], ['1c.reqPerSec', 200]]);
    expect(merged.sections.map((section) => section.id)).toEqual(['1f', '1a', '1c']);
    expect(merged.notes).toEqual(['section 1a kept from the results file of 2026-12-01', 'section 1c kept from the results file of 2026-12-01']);
  });
});
