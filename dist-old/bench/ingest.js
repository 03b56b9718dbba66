"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ingestRecords = ingestRecords;
exports.measureCopy = measureCopy;
exports.importCsv = importCsv;
exports.importService = importService;
exports.measureImport = measureImport;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_stream_1 = require("node:stream");
const pg_1 = __importDefault(require("pg"));
const data_source_1 = require("../api/database/data-source");
const context_1 = require("../api/context");
const enums_1 = require("../schema/enums");
const copy_rows_1 = require("./copy-rows");
const data_model_1 = require("./data-model");
const data_generator_1 = require("./data-generator");
/** `rows` records on the most recent order lines, each by a beneficiary allocated to the line, dated between the order and the end of the period. */
async function ingestRecords(url, rows) {
    const client = new pg_1.default.Client({ connectionString: url });
    await client.connect();
    try {
        const { rows: targets } = await client.query(`select o.number as "orderNumber", l.position, l.id as "orderLineId", b.id as "beneficiaryId", b.matricule, o.order_date::text as "orderDate",
              (select max(order_date) from sales_order)::text as "lastDate"
         from (select id, number, order_date from sales_order where organization_id = $1 order by order_date desc, id desc limit $2) o
         join order_line l on l.order_id = o.id
         join lateral (select beneficiary_id from allocation a where a.order_line_id = l.id and a.beneficiary_id is not null order by a.id limit 1) a on true
         join beneficiary b on b.id = a.beneficiary_id
        order by l.id`, [data_generator_1.ORGANIZATION_ID, Math.max(50, Math.ceil(rows / 50))]);
        if (!targets.length)
            throw new Error('no order line to record work on');
        const day = 86_400_000;
        const records = [];
        for (let i = 0; i < rows; i++) {
            const target = targets[i % targets.length];
            const date = Math.min(Date.parse(`${target.orderDate}T00:00:00Z`) + ((0, data_model_1.hash)(i, 60) % 10) * day, Date.parse(`${target.lastDate}T00:00:00Z`));
            records.push({
                matricule: target.matricule,
                beneficiaryId: Number(target.beneficiaryId),
                orderNumber: target.orderNumber,
                position: target.position,
                orderLineId: Number(target.orderLineId),
                workDate: new Date(date).toISOString().slice(0, 10),
                hours: (0, data_model_1.hundredths)((2 + ((0, data_model_1.hash)(i, 61) % 28)) * 25),
                quantity: (0, data_model_1.thousandths)(((0, data_model_1.hash)(i, 62) % 200) * 500),
                rejects: (0, data_model_1.thousandths)((0, data_model_1.hash)(i, 63) % 20 === 0 ? 1000 : 0),
            });
        }
        return records;
    }
    finally {
        await client.end();
    }
}
/** Plain COPY of the records into work_record, as the database owner, triggers and indexes in place. */
async function measureCopy(url, records) {
    const client = new pg_1.default.Client({ connectionString: url });
    await client.connect();
    try {
        await client.query('begin');
        const started = process.hrtime.bigint();
        function* lines() {
            for (const r of records)
                yield (0, copy_rows_1.copyLine)([data_generator_1.ORGANIZATION_ID, r.beneficiaryId, r.workDate, r.orderLineId, r.hours, r.quantity, r.rejects, 'recorded', data_generator_1.ADMIN_USER_ID]);
        }
        const sent = await (0, copy_rows_1.copyRows)(client, 'work_record', ['organization_id', 'beneficiary_id', 'work_date', 'order_line_id', 'hours', 'quantity', 'rejected_quantity', 'status', 'recorded_by'], lines());
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        return { rows: sent, seconds, rowsPerSecond: sent / seconds };
    }
    finally {
        await client.query('rollback').catch(() => undefined);
        await client.end();
    }
}
/** The CSV a supervisor's spreadsheet would export: `;`, decimal comma, order references NUMBER/POSITION. */
function importCsv(records) {
    const comma = (value) => value.replace('.', ',');
    let csv = 'matricule;date;reference;hours;quantity;rejects\n';
    for (const r of records)
        csv += `${r.matricule};${r.workDate};${r.orderNumber}/${r.position};${comma(r.hours)};${comma(r.quantity)};${comma(r.rejects)}\n`;
    return csv;
}
/** The import service, when it exists in this build (null while it is being written). */
function importService() {
    const file = node_path_1.default.join(__dirname, '..', 'api', 'production', 'work-import.service.js');
    if (!node_fs_1.default.existsSync(file))
        return null;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const service = require(file).WorkImportService;
    return service && typeof service.importCsv === 'function' ? service : null;
}
/**
 * The import path as the CLI runs it: a request context of the organisation's admin on a connection
 * of DATABASE_URL's user, the CSV streamed in. Rolled back afterwards.
 */
async function measureImport(url, service, records) {
    const dataSource = (0, data_source_1.createDataSource)(url, { poolSize: 2, applicationName: 'ub-bench-import' });
    await dataSource.initialize();
    try {
        const csv = importCsv(records);
        const ctx = new context_1.RequestContext('bench-import', { userId: data_generator_1.ADMIN_USER_ID, organizationId: data_generator_1.ORGANIZATION_ID, roles: [enums_1.Role.ADMIN] }, dataSource);
        const started = process.hrtime.bigint();
        let result;
        try {
            result = await service.importCsv(ctx, node_stream_1.Readable.from([Buffer.from(csv)]));
        }
        finally {
            ctx.db.markFailed();
        }
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        await ctx.db.finish();
        if (result.imported === undefined) {
            const first = result.rowErrors?.[0];
            throw new Error(`the import rejected the file: ${result.message ?? ''}${first ? ` (line ${first.line}: ${first.reason})` : ''}`);
        }
        return { rows: result.imported, seconds, rowsPerSecond: result.imported / seconds };
    }
    finally {
        await dataSource.destroy();
    }
}
//# sourceMappingURL=ingest.js.map