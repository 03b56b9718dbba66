import type { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestFields } from './request-tracking';

/**
 * Prometheus metrics (prom-client): the API's own series, and prom-client's default process metrics
 * (CPU, resident memory, heap spaces, event-loop lag, GC durations, handles). One registry per app,
 * so that several apps in one process (the tests) never share or collide. Labels take values from
 * closed sets only (route, status class, operation type, error code from our own list), never from
 * client input, so series cannot multiply.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const REFRESH_BUCKETS = [0.1, 0.5, 1, 5, 15, 60, 300];
const KNOWN_ERROR_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'LIST_TOO_LONG', 'RESPONSE_TOO_LARGE', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR',
]);

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'ub_http_requests_total',
    help: 'HTTP requests by route, status class and GraphQL operation type.',
    labelNames: ['route', 'status', 'operation'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'ub_graphql_errors_total',
    help: 'GraphQL errors returned, by code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'ub_http_request_duration_seconds',
    help: 'Time to answer an HTTP request.',
    labelNames: ['route', 'operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly refreshes = new Histogram({
    name: 'ub_reporting_refresh_duration_seconds',
    help: 'Duration of reporting refreshes (fed by the reporting layer).',
    labelNames: ['view'] as const,
    buckets: REFRESH_BUCKETS,
    registers: [this.registry],
  });

  constructor(private readonly dataSource?: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const pool = (name: string, help: string, read: (pool: Pool) => number) => this.poolGauge(name, help, read);
    pool('ub_db_pool_connections', 'Open connections of the API pool.', (p) => p.totalCount);
    pool('ub_db_pool_idle', 'Idle connections of the API pool.', (p) => p.idleCount);
    pool('ub_db_pool_waiting', 'Requests waiting for a connection.', (p) => p.waitingCount);
    pool('ub_db_pool_max', 'Size limit of the API pool.', (p) => (p as Pool & { options: { max: number } }).options.max);
    new Gauge({
      name: 'ub_process_resident_memory_bytes',
      help: 'Resident memory (also process_resident_memory_bytes).',
      registers: [this.registry],
      collect() {
        this.set(process.memoryUsage.rss());
      },
    });
  }

  observeRequest(route: string, status: number, seconds: number, fields: RequestFields): void {
    const operation = route === 'graphql' ? (fields.operationType ?? 'none') : 'none';
    this.requests.inc({ route, status: `${Math.floor(status / 100)}xx`, operation });
    this.durations.observe({ route, operation }, seconds);
    for (const code of fields.errorCodes ?? []) this.errors.inc({ code: KNOWN_ERROR_CODES.has(code) ? code : 'OTHER' });
  }

  /** GraphQL queries answered without Apollo's pipeline (http/known-queries.ts), read from `answered` at each scrape. */
  countKnownQueryAnswers(answered: () => number): void {
    new Counter({
      name: 'ub_graphql_known_query_answers_total',
      help: 'GraphQL queries answered again by their compiled form, without Apollo Server\'s request pipeline.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(answered());
      },
    });
  }

  /**
   * Hook for the reporting layer: call once per materialized-view refresh. The series is declared
   * from the start so that dashboards and alerts can be written before the first refresh exists.
   */
  observeRefresh(view: string, seconds: number): void {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(view)) throw new Error(`invalid view name for a metric label: ${view}`);
    this.refreshes.observe({ view }, seconds);
  }

  /** The text exposition of every series. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** A gauge read from the pool at each scrape; absent (no sample) while the pool is closed. */
  private poolGauge(name: string, help: string, read: (pool: Pool) => number): void {
    const dataSource = this.dataSource;
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        const pool = dataSource?.isInitialized ? (dataSource.driver as unknown as { master?: Pool }).master : undefined;
        if (pool) this.set(read(pool));
      },
    });
  }
}
