"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CSV_HEADER = void 0;
exports.batchPairs = batchPairs;
exports.csvLine = csvLine;
exports.runAttestationBatch = runAttestationBatch;
exports.batchStatus = batchStatus;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const context_1 = require("../context");
const enums_1 = require("../../schema/enums");
const error_results_1 = require("../../schema/error-results");
const dates_1 = require("../../kernel/dates");
const oeth_attestation_service_1 = require("./oeth-attestation.service");
const attestation_documents_1 = require("./attestation-documents");
const render_pool_1 = require("./render-pool");
function context(dataSource, caller, label) {
    // As an admin of the organisation, under row-level security, like the API's requests.
    return new context_1.RequestContext(`attestations-${label}`, { userId: caller.userId, organizationId: caller.organizationId, roles: [enums_1.Role.ADMIN] }, dataSource);
}
async function reading(dataSource, caller, label, work) {
    const ctx = context(dataSource, caller, label);
    ctx.db.readOnly = true;
    try {
        return await work(ctx);
    }
    finally {
        await ctx.db.finish();
    }
}
async function inTransaction(ctx, work) {
    try {
        return await ctx.db.savepoint(work, error_results_1.isErrorResult);
    }
    catch (error) {
        ctx.db.markFailed();
        throw error;
    }
    finally {
        await ctx.db.finish();
    }
}
async function batchPairs(dataSource, caller, year, establishmentCode) {
    const ctx = context(dataSource, caller, 'pairs');
    ctx.db.readOnly = true;
    try {
        const rows = await ctx.db.query(`select e.id as "establishmentId", e.code as "establishmentCode", c.id as "customerId", c.legal_name as "customerName", c.siren as "customerSiren",
              (select a.id from oeth_attestation a where a.establishment_id = e.id and a.customer_id = c.id and a.year = $2 and a.superseded_by_id is null) as "attestationId",
              pair.paid_in_year as "paidInYear"
         from (select i.establishment_id, i.customer_id, bool_or(p.payment_date >= make_date($2, 1, 1)) as paid_in_year
                 from invoice i join payment p on p.invoice_id = i.id
                where i.organization_id = $1 and i.number is not null and p.payment_date <= make_date($2, 12, 31)
                group by 1, 2) pair
         join establishment e on e.id = pair.establishment_id
         join customer c on c.id = pair.customer_id
        where ($3::text is null or e.code = $3)
        order by e.code, c.id`, [caller.organizationId, year, establishmentCode ?? null]);
        return rows.map((row) => ({
            establishmentId: Number(row.establishmentId),
            establishmentCode: row.establishmentCode,
            customerId: Number(row.customerId),
            customerName: row.customerName,
            customerSiren: row.customerSiren,
            attestationId: row.attestationId === null ? null : Number(row.attestationId),
            paidInYear: row.paidInYear,
        }));
    }
    finally {
        await ctx.db.finish();
    }
}
const safeName = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_');
async function draftPdf(render, draft, pair, year, deadline) {
    return render({
        number: `PROJET-${pair.establishmentCode}-${year} (non émise)`,
        issueDate: (0, dates_1.todayInFrance)(),
        year,
        place: null,
        establishment: { name: draft.establishmentName, kind: '', siret: draft.establishmentSiret, address: [] },
        customer: { legalName: draft.customerName, siren: draft.customerSiren, address: [] },
        paidHtCents: draft.paidHtCents,
        deductibleCostsCents: draft.deductibleCostsCents,
        labourCostCents: draft.labourCostCents,
        deductionCents: draft.deductionCents,
        deductionRatePercent: draft.deductionRatePercent,
        ubEquivalentNonLegal: null,
        smicHourlyCents: null,
        invoices: draft.invoices.map((invoice) => ({ number: invoice.invoiceNumber, date: invoice.invoiceDate, paidInYearCents: invoice.paidInYearCents, htCents: invoice.htCents })),
        deadline,
        supersedesNumber: null,
        correctionReason: null,
    }, { draft: true });
}
async function issueEstablishment(dataSource, caller, establishmentId, options) {
    let issued;
    for (let attempt = 1; issued === undefined; attempt++) {
        const ctx = context(dataSource, caller, `${establishmentId}-${options.year}`);
        try {
            issued = await inTransaction(ctx, () => oeth_attestation_service_1.OethAttestationService.issueEstablishmentYear(ctx, establishmentId, options.year, { impactPage: options.impactPage }));
        }
        catch (error) {
            if (!(error instanceof oeth_attestation_service_1.ConcurrentIssueError) || attempt >= 3)
                throw error;
        }
    }
    if ((0, error_results_1.isErrorResult)(issued))
        throw new Error(`establishment ${establishmentId}: ${issued.message}`);
    const current = await reading(dataSource, caller, 'current', async (ctx) => {
        const rows = await ctx.db.query(`select id, customer_id as "customerId" from oeth_attestation where organization_id = $1 and establishment_id = $2 and year = $3 and superseded_by_id is null`, [caller.organizationId, establishmentId, options.year]);
        const views = await oeth_attestation_service_1.OethAttestationService.issuedByIds(ctx, rows.map((row) => Number(row.id)));
        return new Map(rows.map((row) => [Number(row.customerId), views.get(Number(row.id))]));
    });
    const issuedIds = new Map(issued.map((one) => [one.id, one.renderInput]));
    const outcomes = new Map();
    for (const [customerId, attestation] of current)
        outcomes.set(customerId, { outcome: issuedIds.has(Number(attestation.id)) ? 'issued' : 'already_issued', attestation });
    const before = [...current.values()].filter((attestation) => !issuedIds.has(Number(attestation.id))).map((attestation) => Number(attestation.id));
    const stored = before.length ? await (0, attestation_documents_1.storedAttestationPdfs)(dataSource, caller.organizationId, before, { withBytes: !!options.outDir }) : new Map();
    return { outcomes, rendered: issuedIds, stored };
}
async function draftEstablishment(dataSource, caller, establishmentId, year) {
    const drafts = await reading(dataSource, caller, `${establishmentId}-${year}`, (ctx) => oeth_attestation_service_1.OethAttestationService.draftEstablishmentYear(ctx, establishmentId, year));
    return { outcomes: new Map(drafts.map((draft) => [Number(draft.customerId), { outcome: 'draft', attestation: draft }])), rendered: new Map(), stored: new Map() };
}
/** PDFs in flight on the render pool (at most `limit`), the issued ones stored by batches. */
class PdfWork {
    constructor(dataSource, organizationId, limit = 64) {
        this.dataSource = dataSource;
        this.organizationId = organizationId;
        this.limit = limit;
        this.inFlight = new Set();
        this.toStore = [];
        this.storing = Promise.resolve();
        this.failure = null;
    }
    async add(task) {
        if (this.failure)
            throw this.failure;
        while (this.inFlight.size >= this.limit)
            await Promise.race(this.inFlight);
        const running = task().then(() => void this.inFlight.delete(running), (error) => {
            this.inFlight.delete(running);
            this.failure ??= error;
        });
        this.inFlight.add(running);
    }
    store(id, pdf) {
        this.toStore.push({ id, pdf });
        if (this.toStore.length >= 100)
            this.flush();
    }
    flush() {
        const batch = this.toStore;
        this.toStore = [];
        this.storing = this.storing.then(() => (0, attestation_documents_1.storeAttestationPdfs)(this.dataSource, this.organizationId, batch)).catch((error) => {
            this.failure ??= error;
        });
    }
    async finish() {
        await Promise.all(this.inFlight);
        this.flush();
        await this.storing;
        if (this.failure)
            throw this.failure;
    }
}
/** A CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. */
function csvField(value) {
    const text = value === null ? '' : String(value);
    return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
exports.CSV_HEADER = [
    'establishment', 'customer', 'customer_siren', 'status', 'number', 'issue_date',
    'paid_ht_cents', 'deductible_costs_cents', 'labour_cost_cents', 'deduction_cents', 'invoice_count', 'pdf_sha256', 'file',
];
function csvLine(row) {
    const a = row.attestation;
    return [
        row.pair.establishmentCode, row.pair.customerName, row.pair.customerSiren, row.outcome, a?.number ?? null, a?.issueDate ?? null,
        a?.paidHtCents ?? 0, a?.deductibleCostsCents ?? 0, a?.labourCostCents ?? 0, a?.deductionCents ?? 0, a?.invoices.length ?? 0, a?.pdfSha256 ?? null, row.file,
    ].map(csvField).join(',');
}
/** Runs the batch; the CSV summary (one row per pair) goes to `outDir/attestations-<year>.csv` when outDir is given. */
async function runAttestationBatch(dataSource, caller, options) {
    const pairs = await batchPairs(dataSource, caller, options.year, options.establishmentCode);
    const deadline = await reading(dataSource, caller, 'deadline', (ctx) => (0, oeth_attestation_service_1.attestationDeadline)(ctx, options.year));
    const rows = new Array(pairs.length);
    const establishments = new Map();
    pairs.forEach((pair, index) => establishments.set(pair.establishmentId, [...(establishments.get(pair.establishmentId) ?? []), index]));
    let done = 0;
    const completed = () => options.onProgress?.(++done, pairs.length);
    options.onProgress?.(0, pairs.length);
    const pool = (0, render_pool_1.createRenderPool)(options.renderWorkers);
    const work = new PdfWork(dataSource, caller.organizationId);
    try {
        for (const [establishmentId, indexes] of establishments) {
            const { outcomes, rendered, stored } = options.issue
                ? await issueEstablishment(dataSource, caller, establishmentId, options)
                : await draftEstablishment(dataSource, caller, establishmentId, options.year);
            for (const index of indexes) {
                const pair = pairs[index];
                const found = outcomes.get(pair.customerId);
                const row = { pair, outcome: found?.outcome ?? 'nothing_to_attest', attestation: found?.attestation ?? null, file: null };
                rows[index] = row;
                const attestation = row.attestation;
                const id = attestation?.id ? Number(attestation.id) : null;
                const renderInput = id === null ? undefined : (rendered.get(id) ?? stored.get(id)?.renderInput ?? undefined);
                if (!attestation || (!options.outDir && !renderInput)) {
                    completed();
                    continue;
                }
                const directory = options.outDir ? node_path_1.default.join(options.outDir, safeName(pair.establishmentCode)) : null;
                if (directory)
                    node_fs_1.default.mkdirSync(directory, { recursive: true });
                await work.add(async () => {
                    let pdf;
                    if (id === null)
                        pdf = await draftPdf(pool.render, attestation, pair, options.year, deadline);
                    else if (renderInput) {
                        pdf = await pool.render(renderInput);
                        work.store(id, pdf);
                        attestation.pdfSha256 = (0, attestation_documents_1.sha256Hex)(pdf);
                    }
                    else
                        pdf = stored.get(id).pdf;
                    if (directory) {
                        row.file = node_path_1.default.join(directory, id === null ? `PROJET-${options.year}-${pair.customerId}.pdf` : `${safeName(attestation.number)}.pdf`);
                        node_fs_1.default.writeFileSync(row.file, pdf);
                    }
                    completed();
                });
            }
        }
        await work.finish();
    }
    finally {
        await pool.close();
    }
    if (options.outDir) {
        node_fs_1.default.mkdirSync(options.outDir, { recursive: true });
        node_fs_1.default.writeFileSync(node_path_1.default.join(options.outDir, `attestations-${options.year}.csv`), [exports.CSV_HEADER.join(','), ...rows.map(csvLine)].join('\n') + '\n');
    }
    return rows;
}
/** Where the year stands: its legal deadline (a parameter) and how many pairs have their attestation. */
async function batchStatus(dataSource, caller, year, establishmentCode, today = (0, dates_1.todayInFrance)()) {
    const pairs = await batchPairs(dataSource, caller, year, establishmentCode);
    const ctx = context(dataSource, caller, 'status');
    ctx.db.readOnly = true;
    let deadline;
    try {
        deadline = await (0, oeth_attestation_service_1.attestationDeadline)(ctx, year);
    }
    finally {
        await ctx.db.finish();
    }
    const issued = pairs.filter((pair) => pair.attestationId !== null).length;
    const paidInYear = pairs.filter((pair) => pair.paidInYear);
    const daysLeft = Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    return { year, deadline, daysLeft, paidInYear: paidInYear.length, issued, missing: paidInYear.filter((pair) => pair.attestationId === null).length };
}
//# sourceMappingURL=attestation-batch.js.map