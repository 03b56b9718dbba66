import type { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import type { RequestFields } from './request-tracking';

/**
 * Prometheus metrics in the text exposition format, written by hand: a handful of series do not
 * justify a dependency. Labels take values from closed sets only (route, status class, operation
 * type, error code from our own list), never from client input, so series cannot multiply.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const REFRESH_BUCKETS = [0.1, 0.5, 1, 5, 15, 60, 300];
const KNOWN_ERROR_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'LIST_TOO_LONG', 'RESPONSE_TOO_LARGE', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR',
]);

class Histogram {
  private readonly counts: Map<string, { buckets: number[]; sum: number; count: number }> = new Map();
  constructor(private readonly bounds: number[]) {}

  observe(labels: string, value: number): void {
    let series = this.counts.get(labels);
    if (!series) this.counts.set(labels, (series = { buckets: this.bounds.map(() => 0), sum: 0, count: 0 }));
    this.bounds.forEach((bound, index) => {
      if (value <= bound) series.buckets[index]++;
    });
    series.sum += value;
    series.count++;
  }

  render(name: string): string[] {
    const lines: string[] = [];
    for (const [labels, series] of this.counts) {
      const sep = labels ? ',' : '';
      this.bounds.forEach((bound, index) => lines.push(`${name}_bucket{${labels}${sep}le="${bound}"} ${series.buckets[index]}`));
      lines.push(`${name}_bucket{${labels}${sep}le="+Inf"} ${series.count}`);
      lines.push(`${name}_sum${labels ? `{${labels}}` : ''} ${series.sum}`);
      lines.push(`${name}_count${labels ? `{${labels}}` : ''} ${series.count}`);
    }
    return lines;
  }
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly errors = new Map<string, number>();
  private readonly durations = new Histogram(DURATION_BUCKETS);
  private readonly refreshes = new Histogram(REFRESH_BUCKETS);

  constructor(private readonly dataSource?: DataSource) {}

  observeRequest(route: string, status: number, seconds: number, fields: RequestFields): void {
    const operation = route === 'graphql' ? (fields.operationType ?? 'none') : 'none';
    const key = `route="${route}",status="${Math.floor(status / 100)}xx",operation="${operation}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    this.durations.observe(`route="${route}",operation="${operation}"`, seconds);
    for (const code of fields.errorCodes ?? []) {
      const label = `code="${KNOWN_ERROR_CODES.has(code) ? code : 'OTHER'}"`;
      this.errors.set(label, (this.errors.get(label) ?? 0) + 1);
    }
  }

  /**
   * Hook for the reporting layer: call once per materialized-view refresh. The series is declared
   * from the start so that dashboards and alerts can be written before the first refresh exists.
   */
  observeRefresh(view: string, seconds: number): void {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(view)) throw new Error(`invalid view name for a metric label: ${view}`);
    this.refreshes.observe(`view="${view}"`, seconds);
  }

  render(): string {
    const lines: string[] = [];
    const counter = (name: string, help: string, values: Map<string, number>) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of values) lines.push(`${name}{${labels}} ${value}`);
    };
    counter('ub_http_requests_total', 'HTTP requests by route, status class and GraphQL operation type.', this.requests);
    counter('ub_graphql_errors_total', 'GraphQL errors returned, by code.', this.errors);
    lines.push('# HELP ub_http_request_duration_seconds Time to answer an HTTP request.', '# TYPE ub_http_request_duration_seconds histogram');
    lines.push(...this.durations.render('ub_http_request_duration_seconds'));
    lines.push('# HELP ub_reporting_refresh_duration_seconds Duration of reporting refreshes (fed by the reporting layer).', '# TYPE ub_reporting_refresh_duration_seconds histogram');
    lines.push(...this.refreshes.render('ub_reporting_refresh_duration_seconds'));
    const pool = this.pool();
    if (pool) {
      const gauge = (name: string, help: string, value: number) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
      gauge('ub_db_pool_connections', 'Open connections of the API pool.', pool.totalCount);
      gauge('ub_db_pool_idle', 'Idle connections of the API pool.', pool.idleCount);
      gauge('ub_db_pool_waiting', 'Requests waiting for a connection.', pool.waitingCount);
      gauge('ub_db_pool_max', 'Size limit of the API pool.', (pool as Pool & { options: { max: number } }).options.max);
    }
    const memory = process.memoryUsage();
    lines.push('# HELP ub_process_resident_memory_bytes Resident memory.', '# TYPE ub_process_resident_memory_bytes gauge', `ub_process_resident_memory_bytes ${memory.rss}`);
    return lines.join('\n') + '\n';
  }

  private pool(): Pool | undefined {
    if (!this.dataSource?.isInitialized) return undefined;
    return (this.dataSource.driver as unknown as { master?: Pool }).master;
  }
}
