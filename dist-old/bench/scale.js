"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCALES = exports.END_DAY = exports.WORK_GROUPS_PER_WORKSHOP = exports.ACTIVITIES_PER_WORKSHOP = exports.WORKSHOPS_PER_ESTABLISHMENT = exports.ALLOCATIONS_PER_LINE = exports.LINES_PER_ORDER = void 0;
exports.rowCounts = rowCounts;
exports.LINES_PER_ORDER = 5;
exports.ALLOCATIONS_PER_LINE = 2;
exports.WORKSHOPS_PER_ESTABLISHMENT = 4;
exports.ACTIVITIES_PER_WORKSHOP = 3;
exports.WORK_GROUPS_PER_WORKSHOP = 2;
/** The last day of the generated period: fixed, so that every run generates the same data. */
exports.END_DAY = '2026-10-31';
exports.SCALES = {
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
function rowCounts(scale) {
    const organizations = scale.organizations ?? 1;
    const lines = scale.orders * exports.LINES_PER_ORDER * organizations;
    return {
        organizations,
        beneficiariesInAll: scale.beneficiaries * organizations,
        orders: scale.orders * organizations,
        orderLines: lines,
        allocations: lines * exports.ALLOCATIONS_PER_LINE,
        workRecords: lines * scale.workRecordsPerLine,
    };
}
//# sourceMappingURL=scale.js.map