"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_worker_threads_1 = require("node:worker_threads");
const attestation_pdf_1 = require("./attestation-pdf");
/** A worker of the render pool (render-pool.ts): draws the attestations it is sent, one after the other. */
node_worker_threads_1.parentPort.on('message', (message) => {
    (0, attestation_pdf_1.renderAttestationPdf)(message.input, { draft: message.draft }).then((pdf) => node_worker_threads_1.parentPort.postMessage({ id: message.id, pdf }, [pdf.buffer].filter(() => pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength)), (error) => node_worker_threads_1.parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }));
});
//# sourceMappingURL=render-worker.js.map