import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The read path (api/read/) sits below the request context: its files may import the context, the
 * context imports only read/request-reads.ts, which imports nothing. An import circle through the
 * read path (as context → rendered-read → nested-read → auth → context once was) makes the load
 * order decide what is defined when; this test finds every circle, type-only imports included
 * (as `madge --circular` counts them), and fails on one passing through api/read/.
 * It also keeps the data generators of tools/ out of the product (one import, the demo load).
 */

const ROOT = resolve(__dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

/** Each file's relative imports (static, dynamic and type-only), as files. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    graph.set(file, importedFiles.map((imported) => resolveImport(file, imported.fileName)).filter((target): target is string => !!target));
  }
  return graph;
}

/** The strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.map((file) => relative(ROOT, file)).sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

const graph = importGraph(['api', 'schema', 'kernel'].flatMap((folder) => sourceFiles(join(ROOT, folder))));

describe('the read path has no import circle', () => {
  it('finds a circle when there is one (the check itself)', () => {
    const a = join(ROOT, 'a.ts');
    const b = join(ROOT, 'b.ts');
    expect(circles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']]);
  });

  it('no file of api/read/ is part of an import circle', () => {
    const throughRead = circles(graph).filter((circle) => circle.some((file) => file.startsWith('api/read/')));
    expect(throughRead).toEqual([]);
  });

  it('the request context imports nothing of the read path but its per-request state', () => {
    const context = join(ROOT, 'api/context.ts');
    const fromRead = (graph.get(context) ?? []).map((file) => relative(ROOT, file)).filter((file) => file.startsWith('api/read/'));
    expect(fromRead).toEqual(['api/read/request-reads.ts']);
    expect(graph.get(join(ROOT, 'api/read/request-reads.ts'))).toEqual([]);
  });
});

describe('the product imports no tooling', () => {
  it('only api/main.ts imports tools/, once: the demo load of npm start', () => {
    const intoTools = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => relative(ROOT, target).startsWith('tools/')).map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`));
    expect(intoTools).toEqual(['api/main.ts → tools/demo/demo-data.ts']);
  });
});
