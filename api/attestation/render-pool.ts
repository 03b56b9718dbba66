import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderAttestationPdf, type AttestationRenderInput } from './attestation-pdf';
import { renderIssued, type RenderedDocument } from '../documents/facturx';
import type { DocumentSnapshot } from '../documents/snapshot';

/**
 * PDFs drawn on worker threads: attestations for the year's batch, and the Factur-X documents of
 * issued invoices and credit notes (the API's, api/documents/document.service.ts; the demo's at
 * load). pdfkit is pure CPU (≈10–40 ms a page), so the SQL and the requests run on the main thread
 * while `size` workers draw. Each worker parses the fonts once and remembers shaped words
 * (api/documents/pdf.ts); the bytes are the same as drawn in-process (the rendering is
 * deterministic). Where the compiled worker is not there (the sources run by ts-jest), or with size
 * 0, it draws in-process.
 */

export type Render = (input: AttestationRenderInput, options?: { draft?: boolean }) => Promise<Buffer>;

interface Job {
  resolve: (answer: { pdf: Buffer; xml?: Buffer }) => void;
  reject: (error: Error) => void;
}

type RenderJob = { kind: 'attestation'; input: AttestationRenderInput; draft: boolean } | { kind: 'issued'; snapshot: DocumentSnapshot };
/** What a worker is asked to draw (render-worker.ts). */
export type RenderRequest = RenderJob & { id: number };

export interface RenderPool {
  render: Render;
  /** An issued invoice's or credit note's Factur-X PDF and XML (api/documents/facturx.ts renderIssued). */
  renderIssued: (snapshot: DocumentSnapshot) => Promise<RenderedDocument>;
  size: number;
  close(): Promise<void>;
}

const bytesOf = (array: Uint8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

const WORKER_FILE = path.join(__dirname, 'render-worker.js');

/** The default number of workers: one per CPU, at most 4. */
export const defaultRenderWorkers = () => Math.min(4, Math.max(1, os.availableParallelism?.() ?? os.cpus().length));

export function createRenderPool(size = defaultRenderWorkers()): RenderPool {
  if (size <= 0 || !fs.existsSync(WORKER_FILE)) return { render: renderAttestationPdf, renderIssued, size: 0, close: async () => undefined };
  const workers: { worker: Worker; busy: number }[] = [];
  const jobs = new Map<number, Job>();
  let next = 0;
  let failed: Error | null = null;
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_FILE);
    const entry = { worker, busy: 0 };
    worker.on('message', (message: { id: number; pdf?: Uint8Array; xml?: Uint8Array; error?: string }) => {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      entry.busy--;
      if (message.error !== undefined) job.reject(new Error(`rendering a document failed: ${message.error}`));
      else job.resolve({ pdf: bytesOf(message.pdf!), xml: message.xml && bytesOf(message.xml) });
    });
    worker.on('error', (error) => {
      failed = error;
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    });
    workers.push(entry);
  }
  const draw = (request: RenderJob) => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    // The least busy worker (callers keep a few renders in flight per worker).
    const entry = workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
    entry.busy++;
    return new Promise<{ pdf: Buffer; xml?: Buffer }>((resolve, reject) => {
      jobs.set(id, { resolve, reject });
      entry.worker.postMessage({ ...request, id });
    });
  };
  return {
    size,
    render: async (input, options = {}) => (await draw({ kind: 'attestation', input, draft: !!options.draft })).pdf,
    async renderIssued(snapshot) {
      // A pool whose worker died leaves the API drawing in its own thread, rather than not at all.
      if (failed) return renderIssued(snapshot);
      const { pdf, xml } = await draw({ kind: 'issued', snapshot });
      return { pdf, xml: xml!, sha256: crypto.createHash('sha256').update(pdf).digest() };
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
