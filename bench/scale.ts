/**
 * The sizes of the benchmark data set. `default` stands for a large organisation (issue 4); `small`
 * keeps `npm run bench -- --scale small` under two minutes end to end. Orders carry 5 lines on
 * average (1 to 9), lines 2 allocations (1 to 3) and `workRecordsPerLine` work records, so the line,
 * allocation and work-record counts follow from the order count exactly.
 */
export interface Scale {
  name: string;
  /** Organisations, each with the sizes below (default 1); `national`: 200. */
  organizations?: number;
  establishments: number;
  beneficiaries: number;
  customers: number;
  /** Catalog items sold by each establishment. */
  catalogItemsPerEstablishment: number;
  orders: number;
  /** Average work records per order line (an even spread of ±60% around it). */
  workRecordsPerLine: number;
  /** Days covered, ending on END_DAY. */
  days: number;
  /** Autocannon duration per workload, seconds, unless --duration says otherwise. */
  loadSeconds: number;
  /** Rows of the ingest comparison (import path and plain COPY each). */
  ingestRows: number;
}

export const LINES_PER_ORDER = 5;
export const ALLOCATIONS_PER_LINE = 2;
export const WORKSHOPS_PER_ESTABLISHMENT = 4;
export const ACTIVITIES_PER_WORKSHOP = 3;
export const WORK_GROUPS_PER_WORKSHOP = 2;

/** The last day of the generated period: fixed, so that every run generates the same data. */
export const END_DAY = '2026-10-31';

export const SCALES: Record<string, Scale> = {
  default: {
    name: 'default',
    establishments: 20,
    beneficiaries: 3_000,
    customers: 2_000,
    catalogItemsPerEstablishment: 50,
    orders: 200_000,
    workRecordsPerLine: 10,
    days: 3 * 365 + 1,
    loadSeconds: 20,
    ingestRows: 200_000,
  },
  // A national network hosted by one operator (issue 17): 200 organisations of 5 establishments,
  // 600 beneficiaries and 2 500 orders each: 120 000 beneficiaries, 500 000 orders, 2.5 M order
  // lines, 5 M allocations, 25 M work records over 3 years (the 100 M would take ~35 min to
  // generate and ~45 GB here: bench/README.md).
  national: {
    name: 'national',
    organizations: 200,
    establishments: 5,
    beneficiaries: 600,
    customers: 150,
    catalogItemsPerEstablishment: 20,
    orders: 2_500,
    workRecordsPerLine: 10,
    days: 3 * 365 + 1,
    loadSeconds: 15,
    ingestRows: 1_000_000,
  },
  small: {
    name: 'small',
    establishments: 4,
    beneficiaries: 300,
    customers: 200,
    catalogItemsPerEstablishment: 25,
    orders: 5_000,
    workRecordsPerLine: 10,
    days: 3 * 365 + 1,
    loadSeconds: 5,
    ingestRows: 20_000,
  },
};

export function rowCounts(scale: Scale) {
  const organizations = scale.organizations ?? 1;
  const lines = scale.orders * LINES_PER_ORDER * organizations;
  return {
    organizations,
    beneficiariesInAll: scale.beneficiaries * organizations,
    orders: scale.orders * organizations,
    orderLines: lines,
    allocations: lines * ALLOCATIONS_PER_LINE,
    workRecords: lines * scale.workRecordsPerLine,
  };
}
