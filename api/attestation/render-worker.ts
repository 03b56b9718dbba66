import { parentPort } from 'node:worker_threads';
import { renderAttestationPdf, type AttestationRenderInput } from './attestation-pdf';

/** A worker of the render pool (render-pool.ts): draws the attestations it is sent, one after the other. */
parentPort!.on('message', (message: { id: number; input: AttestationRenderInput; draft: boolean }) => {
  renderAttestationPdf(message.input, { draft: message.draft }).then(
    (pdf) => parentPort!.postMessage({ id: message.id, pdf }, [pdf.buffer as ArrayBuffer].filter(() => pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength)),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
