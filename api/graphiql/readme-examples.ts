import fs from 'node:fs';
import { parse } from 'graphql';
import { projectPath } from '../config';

/**
 * The examples of the project's READMEs, as code can use them: GraphiQL opens with the walkthrough's
 * operations in its tabs, and tests/readme-examples.test.ts runs every one of them on a fresh demo
 * database. The conventions, which the README states for its readers too:
 *
 * - fenced ```graphql blocks hold operations, ```csv blocks work-record imports, ```sql blocks (in
 *   reporting/README.md) queries a Power BI login runs;
 * - `<!-- NAME = rootField.path.0.id -->` in the Markdown says where a placeholder NAME (capitals,
 *   written as is in the examples: "QUOTE_ID") comes from: the latest answer of that root field;
 *   `TODAY` is today's date (YYYY-MM-DD), `TODAY_FR` the same as DD/MM/YYYY;
 * - `# expect: CODE` on the line before an operation announces the error it answers (an `errorCode`
 *   or a GraphQL error code); any other error is a broken example.
 */
export interface ReadmeBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: 'graphql' | 'csv' | 'sql';
  /** The `## ` heading the block is under. */
  section: string;
  text: string;
}

export interface ReadmeExamples {
  blocks: ReadmeBlock[];
  /** Placeholder name → path in the answers (`createQuote.id`). */
  bindings: Map<string, string>;
}

export interface ReadmeOperation {
  text: string;
  /** 1-based line in the README. */
  line: number;
  /** Error codes the text announces for this operation. */
  expect: string[];
}

export function readmeExamples(file: string, markdown = fs.readFileSync(projectPath(file), 'utf8')): ReadmeExamples {
  const blocks: ReadmeBlock[] = [];
  const bindings = new Map<string, string>();
  for (const match of markdown.matchAll(/<!--\s*([A-Z][A-Z0-9_]*)\s*=\s*([A-Za-z_][\w.]*)\s*-->/g)) bindings.set(match[1], match[2]);
  const lines = markdown.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^##\s+(.*)$/.exec(lines[i]);
    if (heading) section = heading[1].trim();
    const fence = /^(\s*)```(graphql|csv|sql)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const indent = fence[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(Math.min(indent, lines[j].length - lines[j].trimStart().length)));
    blocks.push({ file, line: i + 1, lang: fence[2] as ReadmeBlock['lang'], section, text: body.join('\n') + '\n' });
    i = j;
  }
  return { blocks, bindings };
}

/** The operations of a graphql block, each with its own text and the errors announced before it. */
export function blockOperations(block: ReadmeBlock): ReadmeOperation[] {
  const document = parse(block.text);
  let previousEnd = 0;
  return document.definitions.map((definition) => {
    const { start, end } = definition.loc!;
    const before = block.text.slice(previousEnd, start);
    previousEnd = end;
    const expect = [...before.matchAll(/#\s*expect:\s*([A-Z_]+(?:\s*,\s*[A-Z_]+)*)/g)].flatMap((m) => m[1].split(/\s*,\s*/));
    const line = block.line + block.text.slice(0, start).split('\n').length;
    return { text: block.text.slice(start, end), line, expect };
  });
}

/** Replaces each placeholder of `text` with its value; `resolve` answers undefined for an unknown name. */
export function fillPlaceholders(text: string, resolve: (name: string) => string | undefined): string {
  return text.replace(/\b[A-Z][A-Z0-9_]*\b/g, (name) => resolve(name) ?? name);
}

/** The walkthrough's operations, as GraphiQL tabs (empty when the README is not beside the code). */
export function walkthroughTabs(): { query: string }[] {
  try {
    const { blocks } = readmeExamples('README.md');
    return blocks
      .filter((block) => block.lang === 'graphql' && block.section.startsWith('Walkthrough'))
      .flatMap(blockOperations)
      .map((operation) => ({ query: operation.text + '\n' }));
  } catch {
    return [];
  }
}
