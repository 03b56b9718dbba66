import autocannon from 'autocannon';
import type { ServerProcess } from './server-process';

export interface LoadRequest {
  path: string;
  body: string;
  headers: Record<string, string>;
  /** The exact body every answer must have; any other counts as an error. */
  expectBody?: string;
}

export interface LoadOptions {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of load before the measurement (JIT compilation, prepared statements, caches). */
  warmup: number;
  /** The PostgreSQL server's CPU time in ms (bench/postgres-cpu.ts), when it runs on this machine. */
  postgresCpu?: () => number;
}

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and answers that differ from the expected body. */
  errors: number;
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU per answer (every process of the server), null when it is not on this machine. */
  pgCpuMsPerRequest: number | null;
  /** Highest RSS sampled during the measurement (every 250 ms). */
  peakRss: number;
  durationSeconds: number;
}

/**
 * Loads `server` with autocannon from this process (127.0.0.1 only, bounded by `duration`), and reads
 * the server's own CPU time before and after the measured run.
 */
export async function measureLoad(server: ServerProcess, request: LoadRequest, options: LoadOptions): Promise<LoadResult> {
  const base = {
    url: `http://127.0.0.1:${server.port}${request.path}`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
    connections: options.connections,
    expectBody: request.expectBody,
  };
  if (options.warmup > 0) await autocannon({ ...base, duration: options.warmup });

  let peakRss = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakRss = Math.max(peakRss, (await server.usage()).rss);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const before = await server.usage();
  const pgBefore = options.postgresCpu?.();
  const result = await autocannon({ ...base, duration: options.duration });
  const pgAfter = options.postgresCpu?.();
  const after = await server.usage();
  sampling = false;
  await sampler;
  peakRss = Math.max(peakRss, after.rss);

  const requests = result.requests.total;
  return {
    reqPerSec: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
    cpuMsPerRequest: requests ? (after.cpuMicros - before.cpuMicros) / 1000 / requests : 0,
    pgCpuMsPerRequest: requests && pgBefore !== undefined && pgAfter !== undefined ? (pgAfter - pgBefore) / requests : null,
    peakRss,
    durationSeconds: result.duration,
  };
}

/** One request, outside the load: the parsed answer, to check it and read `extensions.sqlStatements`. */
export async function fetchOnce(port: number, request: Omit<LoadRequest, 'expectBody'>): Promise<{ status: number; text: string; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}
