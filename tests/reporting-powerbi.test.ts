import fs from 'node:fs';
import path from 'node:path';
import { useTestApp } from './support/test-server';

/**
 * The Power BI project (reporting/powerbi/, PBIP with a TMDL semantic model) against the live
 * `reporting` catalog: every table is bound to a view that exists, every column to a column of that
 * view with a matching type, every relationship joins columns of the model onto a dimension's key,
 * and every column a DAX measure names is in the model. A renamed view or column fails here.
 */

const app = useTestApp();
const MODEL = path.join(__dirname, '..', 'reporting', 'powerbi', 'UB.SemanticModel', 'definition');
const REPORT = path.join(__dirname, '..', 'reporting', 'powerbi', 'UB.Report', 'definition');

/** A measure's name as a visual names it: TMDL quotes names with spaces ('…', '' for a quote). */
const measureName = (tmdl: string) => (tmdl.startsWith("'") ? tmdl.slice(1, -1).replace(/''/g, "'") : tmdl);

/** Every field a visual binds (Column or Measure of an Entity), wherever it sits in the visual's JSON. */
function fieldsOf(node: unknown, found: { kind: 'Column' | 'Measure'; table: string; name: string }[] = []) {
  if (Array.isArray(node)) for (const item of node) fieldsOf(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const ref = value as { Expression?: { SourceRef?: { Entity?: string } }; Property?: string };
      if ((key === 'Column' || key === 'Measure') && ref?.Expression?.SourceRef?.Entity) {
        found.push({ kind: key, table: ref.Expression.SourceRef.Entity, name: String(ref.Property) });
      } else fieldsOf(value, found);
    }
  }
  return found;
}

interface TmdlTable {
  name: string;
  view: string | null;
  /** The `///` lines above `table`: what Power BI shows as the table's description. */
  description: string;
  columns: Map<string, { dataType: string; sourceColumn: string; description: string }>;
  measures: Map<string, string>;
}

/** The tables of the model, read from their TMDL files (indentation: one tab per level). */
function readTables(): TmdlTable[] {
  return fs.readdirSync(path.join(MODEL, 'tables')).filter((file) => file.endsWith('.tmdl')).map((file) => {
    const lines = fs.readFileSync(path.join(MODEL, 'tables', file), 'utf8').split('\n');
    const table: TmdlTable = { name: '', view: null, description: '', columns: new Map(), measures: new Map() };
    let column: string | null = null;
    let description: string[] = [];
    for (const line of lines) {
      const comment = /^\t?\/\/\/ ?(.*)$/.exec(line);
      if (comment) {
        description.push(comment[1]);
        continue;
      }
      const top = /^table (\S+)$/.exec(line);
      if (top) [table.name, table.description] = [top[1], description.join('\n')];
      const col = /^\tcolumn (\S+)$/.exec(line);
      if (col) {
        column = col[1];
        table.columns.set(column, { dataType: '', sourceColumn: '', description: description.join('\n') });
      } else if (/^\t\S/.test(line)) column = null;
      description = [];
      const measure = /^\tmeasure ('(?:[^']|'')+'|\S+) = (.*)$/.exec(line);
      if (measure) table.measures.set(measure[1], measure[2]);
      const property = /^\t\t(dataType|sourceColumn): (\S+)$/.exec(line);
      if (property && column) table.columns.get(column)![property[1] as 'dataType' | 'sourceColumn'] = property[2];
      const item = /Source\{\[Schema="reporting",Item="([^"]+)"\]\}/.exec(line);
      if (item) table.view = item[1];
    }
    return table;
  });
}

const TYPES: Record<string, string> = { bigint: 'int64', integer: 'int64', text: 'string', boolean: 'boolean', date: 'dateTime', 'timestamp with time zone': 'dateTime' };
const modelType = (pgType: string) => (pgType.startsWith('numeric') ? 'decimal' : TYPES[pgType]);

describe('the Power BI project', () => {
  it('binds every table and column to a view and column of the reporting schema, with its type', async () => {
    const catalog = await app.sql<{ view: string; column: string; type: string }>(
      `select c.relname as view, a.attname as column, format_type(a.atttypid, a.atttypmod) as type
         from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = 'reporting' and c.relkind = 'v'`);
    const types = new Map(catalog.map((row) => [`${row.view}.${row.column}`, modelType(row.type)]));
    const tables = readTables();
    expect(tables.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    for (const table of tables) {
      if (!table.view || !catalog.some((row) => row.view === table.view)) problems.push(`${table.name}: no view ${table.view}`);
      if (table.columns.size === 0) problems.push(`${table.name}: no column`);
      for (const [name, column] of table.columns) {
        const type = types.get(`${table.view}.${column.sourceColumn}`);
        if (!type) problems.push(`${table.name}.${name}: no column ${table.view}.${column.sourceColumn}`);
        else if (type !== column.dataType) problems.push(`${table.name}.${name}: ${column.dataType}, the view gives ${type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes each table and column in the words of the COMMENT ON of its view and column (reporting/98-dictionary.sql)', async () => {
    const comments = await app.sql<{ view: string; column: string | null; comment: string | null }>(
      `select c.relname as view, null as column, obj_description(c.oid, 'pg_class') as comment
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'reporting' and c.relkind = 'v'
       union all
       select c.relname, a.attname, col_description(c.oid, a.attnum)
         from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = 'reporting' and c.relkind = 'v'`);
    const comment = new Map(comments.map((row) => [`${row.view}.${row.column ?? ''}`, row.comment ?? '(no comment)']));
    const problems: string[] = [];
    let described = 0;
    for (const table of readTables()) {
      const pairs: [string, string, string][] = [[table.name, table.description, comment.get(`${table.view}.`) ?? '(no view)']];
      for (const [name, column] of table.columns) {
        pairs.push([`${table.name}.${name}`, column.description, comment.get(`${table.view}.${column.sourceColumn}`) ?? '(no column)']);
      }
      for (const [what, tmdl, database] of pairs) {
        if (tmdl !== database) problems.push(`${what}: the model says "${tmdl}", the database "${database}"`);
        else described++;
      }
    }
    expect(problems).toEqual([]);
    expect(described).toBeGreaterThan(200);
  });

  it('relates facts to dimension keys, and its measures name columns of the model', async () => {
    const tables = new Map(readTables().map((table) => [table.name, table]));
    const text = fs.readFileSync(path.join(MODEL, 'relationships.tmdl'), 'utf8');
    const relationships = [...text.matchAll(/fromColumn: (\w+)\.(\w+)\n\ttoColumn: (\w+)\.(\w+)/g)].map((match) => match.slice(1, 5));
    expect(relationships.length).toBeGreaterThanOrEqual(30);
    const problems: string[] = [];
    for (const [fromTable, fromColumn, toTable, toColumn] of relationships) {
      if (!tables.get(fromTable)?.columns.has(fromColumn)) problems.push(`${fromTable}.${fromColumn} is not in the model`);
      if (!tables.get(toTable)?.columns.has(toColumn)) problems.push(`${toTable}.${toColumn} is not in the model`);
      // The "one" side must be a key: unique in its view.
      const view = tables.get(toTable)?.view;
      if (view) {
        const [unique] = await app.sql<{ ok: boolean }>(`select count(*) = count(distinct ${toColumn}) as ok from reporting.${view}`);
        if (!unique.ok) problems.push(`${toTable}.${toColumn} is not unique`);
      }
    }
    for (const table of tables.values()) {
      for (const [name, dax] of table.measures) {
        for (const [, ref, column] of dax.matchAll(/(\w+)\[(\w+)\]/g)) {
          if (!tables.get(ref)?.columns.has(column)) problems.push(`measure ${table.name} ${name}: ${ref}[${column}] is not in the model`);
        }
      }
    }
    expect(problems).toEqual([]);
    const expressions = fs.readFileSync(path.join(MODEL, 'expressions.tmdl'), 'utf8');
    expect(expressions).toMatch(/^expression Server = /m);
    expect(expressions).toMatch(/^expression Database = /m);
  });

  it('has the measures of the issue: hours, FTE, occupancy, utilization, regularity, quality, labour cost, sales', () => {
    const measures = new Set(readTables().flatMap((table) => [...table.measures.keys()].map(measureName)));
    for (const name of ['Heures pointées', 'ETP', 'Taux d’occupation', 'Taux d’utilisation', 'Régularité', 'Qualité', 'Coût de main-d’œuvre (€)', 'CA net HT (€)']) {
      expect({ name, present: measures.has(name) }).toEqual({ name, present: true });
    }
  });

  it('binds every visual of the report pages to a table, column or measure of the model', () => {
    const tables = new Map(readTables().map((table) => [table.name, table]));
    const { pageOrder } = JSON.parse(fs.readFileSync(path.join(REPORT, 'pages', 'pages.json'), 'utf8')) as { pageOrder: string[] };
    const folders = fs.readdirSync(path.join(REPORT, 'pages')).filter((name) => name !== 'pages.json');
    expect([...pageOrder].sort()).toEqual([...folders].sort());
    expect(pageOrder.length).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    let bound = 0;
    for (const page of pageOrder) {
      const { name } = JSON.parse(fs.readFileSync(path.join(REPORT, 'pages', page, 'page.json'), 'utf8')) as { name: string };
      if (name !== page) problems.push(`page ${page} is named ${name}`);
      const visualsDir = path.join(REPORT, 'pages', page, 'visuals');
      const visuals = fs.readdirSync(visualsDir);
      if (visuals.length === 0) problems.push(`page ${page} has no visual`);
      for (const visual of visuals) {
        const json = JSON.parse(fs.readFileSync(path.join(visualsDir, visual, 'visual.json'), 'utf8')) as { name: string; visual: { visualType: string } };
        if (json.name !== visual) problems.push(`${page}/${visual} is named ${json.name}`);
        const fields = fieldsOf(json.visual);
        if (fields.length === 0) problems.push(`${page}/${visual} (${json.visual.visualType}) binds no field`);
        for (const field of fields) {
          bound++;
          const table = tables.get(field.table);
          const known = field.kind === 'Column' ? table?.columns.has(field.name) : [...(table?.measures.keys() ?? [])].some((m) => measureName(m) === field.name);
          if (!known) problems.push(`${page}/${visual}: ${field.kind.toLowerCase()} ${field.table}[${field.name}] is not in the model`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(bound).toBeGreaterThanOrEqual(30);
  });
});
