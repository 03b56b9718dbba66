"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultRenderWorkers = void 0;
exports.createRenderPool = createRenderPool;
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_worker_threads_1 = require("node:worker_threads");
const attestation_pdf_1 = require("./attestation-pdf");
const WORKER_FILE = node_path_1.default.join(__dirname, 'render-worker.js');
/** The default number of workers: one per CPU, at most 4. */
const defaultRenderWorkers = () => Math.min(4, Math.max(1, node_os_1.default.availableParallelism?.() ?? node_os_1.default.cpus().length));
exports.defaultRenderWorkers = defaultRenderWorkers;
function createRenderPool(size = (0, exports.defaultRenderWorkers)()) {
    if (size <= 0 || !node_fs_1.default.existsSync(WORKER_FILE))
        return { render: attestation_pdf_1.renderAttestationPdf, size: 0, close: async () => undefined };
    const workers = [];
    const jobs = new Map();
    let next = 0;
    let failed = null;
    for (let i = 0; i < size; i++) {
        const worker = new node_worker_threads_1.Worker(WORKER_FILE);
        const entry = { worker, busy: 0 };
        worker.on('message', (message) => {
            const job = jobs.get(message.id);
            if (!job)
                return;
            jobs.delete(message.id);
            entry.busy--;
            if (message.error !== undefined)
                job.reject(new Error(`rendering an attestation failed: ${message.error}`));
            else
                job.resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength));
        });
        worker.on('error', (error) => {
            failed = error;
            for (const job of jobs.values())
                job.reject(error);
            jobs.clear();
        });
        workers.push(entry);
    }
    return {
        size,
        render(input, options = {}) {
            if (failed)
                return Promise.reject(failed);
            const id = next++;
            // The least busy worker (the batch keeps a few renders in flight per worker).
            const entry = workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
            entry.busy++;
            return new Promise((resolve, reject) => {
                jobs.set(id, { resolve, reject });
                entry.worker.postMessage({ id, input, draft: !!options.draft });
            });
        },
        async close() {
            await Promise.all(workers.map(({ worker }) => worker.terminate()));
        },
    };
}
//# sourceMappingURL=render-pool.js.map