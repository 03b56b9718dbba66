/**
 * What the read path keeps per request: its DataLoaders (created on first use) and the list items
 * PostgreSQL rendered as JSON, which the executor places into the result (`rendered-read.ts`). It
 * imports nothing, so the request context can hold it without an import circle (context →
 * rendered-read → nested-read → auth → context); `tests/read-path-imports.test.ts` keeps it so.
 */

/**
 * How list pages read (GRAPHQL_RENDERING, docs/read-path.md): `rendered` (on, the default) lets
 * PostgreSQL write the items' JSON when the selection allows it, else embeds the relations;
 * `embedded` (off) never renders, only embeds; `loaders` neither renders nor embeds: every relation
 * resolves through its per-request loader, as for a single row. To debug and to compare: all three
 * give the same answers (tests/read-parity.test.ts).
 */
export type ReadPath = 'rendered' | 'embedded' | 'loaders';

export interface RenderedItems {
  /** Response path of the list field. */
  path: readonly (string | number)[];
  /** Response key of its `items` (the client's alias, if any). */
  key: string;
  /** The JSON text of the items, in order: each string one item, or several joined by commas. */
  items: string[];
}

/**
 * Where the HTTP handler takes an answer holding rendered items as a list of texts (`parts`) to send
 * one after the other, instead of one string: a large page's text is then never copied into one
 * JavaScript string (for the orders page of the bench, three copies of ~70 kB per request).
 */
export interface ResponseSink {
  parts?: string[];
}

export class RequestReads<Context> {
  private readonly loaders = new Map<unknown, unknown>();
  /** List items rendered as JSON by PostgreSQL, placed into the result by the executor. */
  readonly renderedItems: RenderedItems[] = [];

  constructor(readonly path: ReadPath = 'rendered') {}

  /** Forgets every loaded row: after a write, fields must see the new state. */
  resetLoaders(): void {
    this.loaders.clear();
  }

  /** The per-request instance of a loader, created by `factory` on first use. */
  loader<T>(key: object | string, context: Context, factory: (ctx: Context) => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (!loader) {
      loader = factory(context);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
