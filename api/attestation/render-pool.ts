import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderAttestationPdf, type AttestationRenderInput } from './attestation-pdf';

/**
 * Attestation PDFs drawn on worker threads, for the year's batch: pdfkit is pure CPU (≈10–40 ms a
 * page), so the batch's SQL runs on the main thread while `size` workers draw. Each worker parses
 * the fonts once and remembers shaped words (api/documents/pdf.ts); the bytes are the same as drawn
 * in-process (the rendering is deterministic). Where the compiled worker is not there (the sources
 * run by ts-jest), or with size 0, it draws in-process.
 */

export type Render = (input: AttestationRenderInput, options?: { draft?: boolean }) => Promise<Buffer>;

interface Job {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

export interface RenderPool {
  render: Render;
  size: number;
  close(): Promise<void>;
}

const WORKER_FILE = path.join(__dirname, 'render-worker.js');

/** The default number of workers: one per CPU, at most 4. */
export const defaultRenderWorkers = () => Math.min(4, Math.max(1, os.availableParallelism?.() ?? os.cpus().length));

export function createRenderPool(size = defaultRenderWorkers()): RenderPool {
  if (size <= 0 || !fs.existsSync(WORKER_FILE)) return { render: renderAttestationPdf, size: 0, close: async () => undefined };
  const workers: { worker: Worker; busy: number }[] = [];
  const jobs = new Map<number, Job>();
  let next = 0;
  let failed: Error | null = null;
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_FILE);
    const entry = { worker, busy: 0 };
    worker.on('message', (message: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      entry.busy--;
      if (message.error !== undefined) job.reject(new Error(`rendering an attestation failed: ${message.error}`));
      else job.resolve(Buffer.from(message.pdf!.buffer, message.pdf!.byteOffset, message.pdf!.byteLength));
    });
    worker.on('error', (error) => {
      failed = error;
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    });
    workers.push(entry);
  }
  return {
    size,
    render(input, options = {}) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      // The least busy worker (the batch keeps a few renders in flight per worker).
      const entry = workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
      entry.busy++;
      return new Promise<Buffer>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        entry.worker.postMessage({ id, input, draft: !!options.draft });
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
