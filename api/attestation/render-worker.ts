import { parentPort } from 'node:worker_threads';
import { renderAttestationPdf } from './attestation-pdf';
import { renderIssued } from '../documents/facturx';
import type { RenderRequest } from './render-pool';

/** A worker of the render pool (render-pool.ts): draws the documents it is sent, one after the other. */
const transferable = (bytes: Buffer) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);

parentPort!.on('message', (message: RenderRequest) => {
  const drawn = message.kind === 'issued'
    ? renderIssued(message.snapshot).then(({ pdf, xml }) => ({ pdf, xml }))
    : renderAttestationPdf(message.input, { draft: message.draft }).then((pdf) => ({ pdf, xml: undefined }));
  drawn.then(
    ({ pdf, xml }) => parentPort!.postMessage({ id: message.id, pdf, xml }, [...transferable(pdf), ...(xml ? transferable(xml) : [])]),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
