import type { SqlClient } from './reporting-layer';

/**
 * The data dictionary of the reporting layer, read from the catalog: every view of `reporting` and
 * its columns with their `COMMENT ON` (reporting/98-dictionary.sql), each written `Label — meaning`.
 * reporting/README.md carries it between two markers, rewritten by `npm run reporting:dictionary`;
 * tests/reporting-dictionary.test.ts fails when the README differs or a comment is missing, so the
 * documentation an analyst reads is the one Power BI shows.
 */

export interface DictionaryColumn {
  name: string;
  type: string;
  comment: string | null;
}

export interface DictionaryView {
  name: string;
  comment: string | null;
  columns: DictionaryColumn[];
}

export const DICTIONARY_START = '<!-- data-dictionary:start — generated from the COMMENT ON of the reporting views by `npm run reporting:dictionary`; edit reporting/*.sql, not this section -->';
export const DICTIONARY_END = '<!-- data-dictionary:end -->';
const SEPARATOR = ' — ';

export async function readDictionary(client: SqlClient): Promise<DictionaryView[]> {
  const { rows } = await client.query<{ name: string; comment: string | null; columns: DictionaryColumn[] }>(
    `select c.relname as name, obj_description(c.oid, 'pg_class') as comment,
            json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'comment', col_description(c.oid, a.attnum))
                     order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'reporting' and c.relkind in ('v', 'm')
      group by c.oid, c.relname
      order by c.relname`,
  );
  return rows;
}

/** A comment's two parts: the label before the first ` — `, the meaning after it (null when either is missing). */
export function splitComment(comment: string | null): { label: string; meaning: string } | null {
  const at = comment?.indexOf(SEPARATOR) ?? -1;
  if (!comment || at < 0) return null;
  const label = comment.slice(0, at).trim();
  const meaning = comment.slice(at + SEPARATOR.length).trim();
  return label && meaning ? { label, meaning } : null;
}

/** Each view or column whose comment is missing or not `Label — meaning`. */
export function commentProblems(views: DictionaryView[]): string[] {
  const problems: string[] = [];
  for (const view of views) {
    if (!splitComment(view.comment)) problems.push(`reporting.${view.name}`);
    for (const column of view.columns) if (!splitComment(column.comment)) problems.push(`reporting.${view.name}.${column.name}`);
  }
  return problems;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderDictionary(views: DictionaryView[]): string {
  const parts: string[] = [];
  for (const view of views) {
    const described = splitComment(view.comment);
    parts.push(`#### \`${view.name}\` — ${cell(described?.label ?? '(no label)')}`, '', cell(described?.meaning ?? '(no comment)'), '');
    parts.push('| column | type | label | meaning |', '|---|---|---|---|');
    for (const column of view.columns) {
      const columnParts = splitComment(column.comment);
      parts.push(`| \`${column.name}\` | ${column.type} | ${cell(columnParts?.label ?? '')} | ${cell(columnParts?.meaning ?? '')} |`);
    }
    parts.push('');
  }
  return parts.join('\n');
}

/** The README with its dictionary section replaced by `rendered` (the markers must be there, once each). */
export function withDictionary(readme: string, rendered: string): string {
  const start = readme.indexOf(DICTIONARY_START);
  const end = readme.indexOf(DICTIONARY_END);
  if (start < 0 || end < start || readme.indexOf(DICTIONARY_START, start + 1) >= 0) {
    throw new Error('reporting/README.md needs the data-dictionary markers, once each, start before end');
  }
  return `${readme.slice(0, start + DICTIONARY_START.length)}\n\n${rendered}\n${readme.slice(end)}`;
}
