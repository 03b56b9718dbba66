import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/**
 * Every file of the repository that prose names must exist: paths in comments of the TypeScript and
 * SQL sources (`api/sales/payment-terms.ts`, `reporting/02-views.sql`, `docs/domain.md`…), in the
 * markdown files (README.md, docs/, bench/, soak/, reporting/) and their relative links. Prose must
 * not point outside the repository either: the shared reference notes the project was built from are
 * not in it, docs/ is. Landed migrations are not edited, so their text is not checked (their comments
 * and legal_parameter sources were written before docs/).
 */

const root = join(__dirname, '..');
const TOP = ['api', 'schema', 'kernel', 'reporting', 'migrations', 'tests', 'bench', 'soak', 'docs', 'tools', '.ci'];
/** A path under one of the repository's folders, possibly with {a,b} alternatives: `kernel/{dates,totals}.ts`. */
const PATH = new RegExp(`(?<![\\w./@-])((?:${TOP.map((t) => t.replace('.', '\\.')).join('|')})/(?:[\\w.-]+/|\\{[\\w.,-]+\\}/)*(?:[\\w.-]*\\{[\\w.,-]+\\}[\\w.-]*|[\\w.-]*[\\w]))`, 'g');
/** Notes that live outside the repository (shared reference files of the people who built it). */
const OUTSIDE = /(?<![\w/.-])(?:DOMAIN|PERFORMANCE|STYLE|POWERBI)\.md\b/g;
/** A markdown link's relative target: [text](../api/x.ts) or [text](docs/domain.md#privacy). */
const LINK = /\]\((?!https?:|mailto:|#)([^)\s#]+)(?:#[^)]*)?\)/g;

const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.startsWith('tests/gql/') && !file.startsWith('migrations/') && existsSync(join(root, file)));

/** The comments of a TypeScript file, as the compiler sees them (strings and templates are not prose). */
function typescriptComments(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const seen = new Set<number>();
  const comments: string[] = [];
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      comments.push(text.slice(range.pos, range.end));
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return comments;
}

/** `--` comments of a SQL file (COMMENT ON texts are data, read by Power BI users; they are checked as prose too). */
function sqlProse(text: string): string[] {
  return text.split('\n').filter((line) => line.includes('--') || /comment on/i.test(line));
}

function prose(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.ts')) return typescriptComments(file, text);
  if (file.endsWith('.sql')) return sqlProse(text);
  if (file.endsWith('.md')) return [text];
  return [];
}

function expand(path: string): string[] {
  const braces = /\{([^}]+)\}/.exec(path);
  if (!braces) return [path];
  return braces[1].split(',').flatMap((alternative) => expand(path.slice(0, braces.index) + alternative + path.slice(braces.index + braces[0].length)));
}

/** What a piece of prose names: [the path as resolved from the root, as written]. */
function pointers(file: string, text: string): [string, string][] {
  // A path wrapped across two lines of a comment (`api/security/\n * query-limits.ts`) is one path.
  const joined = text.replace(/\/\s*\n[\s*/#-]*(?=[\w{])/g, '/');
  const found: [string, string][] = [];
  for (const match of joined.matchAll(PATH)) {
    if (match[1].includes('*') || /^[\w.-]*\*/.test(joined.slice(match.index + match[0].length))) continue; // a pattern, not a file
    for (const path of expand(match[1])) found.push([path.replace(/\.$/, ''), match[1]]);
  }
  if (file.endsWith('.md')) {
    for (const match of joined.matchAll(LINK)) found.push([normalize(join(dirname(file), match[1])), match[1]]);
  }
  return found;
}

/** Paths git ignores are outputs of the tools (`bench/profiles/`, `soak/results-*.json`): named, not committed. */
function ignoredByGit(paths: string[]): Set<string> {
  if (paths.length === 0) return new Set();
  // Each path is asked as a file and as a folder (a `profiles/` pattern matches folders only).
  const asked = paths.flatMap((path) => [path, `${path}/`]);
  let ignored: string[];
  try {
    ignored = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: root, encoding: 'utf8', input: asked.join('\n') }).split('\n');
  } catch {
    ignored = []; // exit status 1: none is ignored
  }
  return new Set(ignored.map((path) => path.replace(/\/$/, '')));
}

describe('pointers in comments and documentation', () => {
  it('name only files that exist in the repository', () => {
    const absent = new Map<string, string[]>();
    for (const file of files) {
      for (const text of prose(file)) {
        for (const [path, written] of pointers(file, text)) {
          if (existsSync(join(root, path))) continue;
          absent.set(path, [...(absent.get(path) ?? []), `${file}: ${written}${written === path ? '' : ` (${path})`}`]);
        }
      }
    }
    const generated = ignoredByGit([...absent.keys()]);
    const missing = new Set([...absent].filter(([path]) => !generated.has(path)).flatMap(([, where]) => where));
    expect({ missing: [...missing].sort() }).toEqual({ missing: [] });
  });

  it('point to docs/ rather than to notes outside the repository', () => {
    const outside = new Set<string>();
    for (const file of files) {
      for (const text of prose(file)) for (const match of text.matchAll(OUTSIDE)) outside.add(`${file}: ${match[0]}`);
    }
    expect({ outside: [...outside].sort() }).toEqual({ outside: [] });
  });
});
