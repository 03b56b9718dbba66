"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DICTIONARY_END = exports.DICTIONARY_START = void 0;
exports.readDictionary = readDictionary;
exports.splitComment = splitComment;
exports.commentProblems = commentProblems;
exports.renderDictionary = renderDictionary;
exports.withDictionary = withDictionary;
exports.DICTIONARY_START = '<!-- data-dictionary:start — generated from the COMMENT ON of the reporting views by `npm run reporting:dictionary`; edit reporting/*.sql, not this section -->';
exports.DICTIONARY_END = '<!-- data-dictionary:end -->';
const SEPARATOR = ' — ';
async function readDictionary(client) {
    const { rows } = await client.query(`select c.relname as name, obj_description(c.oid, 'pg_class') as comment,
            json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'comment', col_description(c.oid, a.attnum))
                     order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'reporting' and c.relkind in ('v', 'm')
      group by c.oid, c.relname
      order by c.relname`);
    return rows;
}
/** A comment's two parts: the label before the first ` — `, the meaning after it (null when either is missing). */
function splitComment(comment) {
    const at = comment?.indexOf(SEPARATOR) ?? -1;
    if (!comment || at < 0)
        return null;
    const label = comment.slice(0, at).trim();
    const meaning = comment.slice(at + SEPARATOR.length).trim();
    return label && meaning ? { label, meaning } : null;
}
/** Each view or column whose comment is missing or not `Label — meaning`. */
function commentProblems(views) {
    const problems = [];
    for (const view of views) {
        if (!splitComment(view.comment))
            problems.push(`reporting.${view.name}`);
        for (const column of view.columns)
            if (!splitComment(column.comment))
                problems.push(`reporting.${view.name}.${column.name}`);
    }
    return problems;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderDictionary(views) {
    const parts = [];
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
function withDictionary(readme, rendered) {
    const start = readme.indexOf(exports.DICTIONARY_START);
    const end = readme.indexOf(exports.DICTIONARY_END);
    if (start < 0 || end < start || readme.indexOf(exports.DICTIONARY_START, start + 1) >= 0) {
        throw new Error('reporting/README.md needs the data-dictionary markers, once each, start before end');
    }
    return `${readme.slice(0, start + exports.DICTIONARY_START.length)}\n\n${rendered}\n${readme.slice(end)}`;
}
//# sourceMappingURL=dictionary.js.map