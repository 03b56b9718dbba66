"use strict";
/**
 * What the read path keeps per request: its DataLoaders (created on first use) and the list items
 * PostgreSQL rendered as JSON, which the executor places into the result (`rendered-read.ts`). It
 * imports nothing, so the request context can hold it without an import circle (context →
 * rendered-read → nested-read → auth → context); `tests/read-path-imports.test.ts` keeps it so.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestReads = void 0;
class RequestReads {
    constructor(path = 'rendered') {
        this.path = path;
        this.loaders = new Map();
        /** List items rendered as JSON by PostgreSQL, placed into the result by the executor. */
        this.renderedItems = [];
    }
    /** Forgets every loaded row: after a write, fields must see the new state. */
    resetLoaders() {
        this.loaders.clear();
    }
    /** The per-request instance of a loader, created by `factory` on first use. */
    loader(key, context, factory) {
        let loader = this.loaders.get(key);
        if (!loader) {
            loader = factory(context);
            this.loaders.set(key, loader);
        }
        return loader;
    }
}
exports.RequestReads = RequestReads;
//# sourceMappingURL=request-reads.js.map