import fs from 'node:fs';
import path from 'node:path';
import { useTestApp } from './support/test-server';
import { withDriverClient } from '../api/database/data-source';
import { commentProblems, DICTIONARY_END, DICTIONARY_START, readDictionary, renderDictionary, splitComment, withDictionary } from '../api/reporting/dictionary';

/**
 * Every view and column of `reporting` carries a French `Label — meaning` comment (what Power BI shows
 * as its description), and reporting/README.md's data dictionary is exactly what those comments say
 * (`npm run reporting:dictionary` rewrites it). A view added without comments, or a README edited by
 * hand, fails here.
 */

const app = useTestApp();
const readmePath = path.join(__dirname, '..', 'reporting', 'README.md');

describe('the data dictionary', () => {
  it('has a label and a meaning on every view and column of the reporting schema', async () => {
    const views = await withDriverClient(app.dataSource, readDictionary);
    expect(views.length).toBeGreaterThanOrEqual(26);
    expect(commentProblems(views)).toEqual([]);
  });

  it('is what reporting/README.md shows, as generated', async () => {
    const views = await withDriverClient(app.dataSource, readDictionary);
    const readme = fs.readFileSync(readmePath, 'utf8');
    // Compared line by line so that a failure names the first line that differs.
    expect(readme.split('\n')).toEqual(withDictionary(readme, renderDictionary(views)).split('\n'));
    expect(readme).toContain('#### `fct_utilization_week` — Utilisation hebdomadaire par travailleur');
  });

  it('names a view or a column that has no comment, or one without its meaning', async () => {
    await app.sql(`create view reporting.zz_undocumented as select 1 as one, 2 as two`);
    await app.sql(`comment on column reporting.zz_undocumented.one is 'Un seul libellé'`);
    try {
      const views = await withDriverClient(app.dataSource, readDictionary);
      expect(commentProblems(views)).toEqual(['reporting.zz_undocumented', 'reporting.zz_undocumented.one', 'reporting.zz_undocumented.two']);
    } finally {
      await app.sql(`drop view reporting.zz_undocumented`);
    }
    expect(splitComment('Régularité — jours pointés ÷ jours ouvrés')).toEqual({ label: 'Régularité', meaning: 'jours pointés ÷ jours ouvrés' });
    expect(splitComment('Régularité — ')).toBeNull();
    expect(() => withDictionary(`${DICTIONARY_END}\n${DICTIONARY_START}`, '')).toThrow(/markers/);
  });
});
