"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sha256Hex = void 0;
exports.storedAttestationPdfs = storedAttestationPdfs;
exports.storeAttestationPdfs = storeAttestationPdfs;
exports.renderStoredAttestation = renderStoredAttestation;
exports.attestationDocumentsRouter = attestationDocumentsRouter;
const node_crypto_1 = __importDefault(require("node:crypto"));
const express_1 = __importDefault(require("express"));
const request_db_1 = require("../database/request-db");
const roles_1 = require("../../kernel/roles");
const attestation_pdf_1 = require("./attestation-pdf");
/**
 * The attestation's PDF as issued: rendered once, after the issuing transaction has committed, from
 * the snapshot recorded at issue (`render_input`) — never under the numbering lock, and without
 * holding a connection while pdfkit works. Whoever comes first stores it (`where pdf is null`): the
 * after-commit task of the issue, or a download that finds it not rendered yet (the process stopped
 * in between). The rendering is deterministic, so both would store the same bytes; the stored bytes,
 * with their SHA-256, are what every later download serves.
 */
async function inOrganization(dataSource, organizationId, readOnly, work) {
    const db = new request_db_1.RequestDb(dataSource, organizationId);
    db.readOnly = readOnly;
    try {
        return await work(db);
    }
    catch (error) {
        db.markFailed();
        throw error;
    }
    finally {
        await db.finish();
    }
}
/** What is stored of attestations: each one's PDF (with `withBytes`) and SHA-256, or, not rendered yet, its snapshot. */
async function storedAttestationPdfs(dataSource, organizationId, ids, options = {}) {
    const rows = await inOrganization(dataSource, organizationId, true, (db) => db.query(`select id, case when $4 then pdf end as pdf, encode(pdf_sha256, 'hex') as sha256, case when pdf is null then render_input end as "renderInput"
         from oeth_attestation where organization_id = $1 and id = any($2::bigint[]) and ($3::bigint is null or customer_id = $3)`, [organizationId, ids, options.customerId ?? null, options.withBytes ?? true]));
    return new Map(rows.map((row) => [Number(row.id), { pdf: row.pdf, sha256: row.sha256, renderInput: row.renderInput }]));
}
/** Stores rendered PDFs, in one statement, where none is stored yet (whoever renders first stores it). */
async function storeAttestationPdfs(dataSource, organizationId, rendered) {
    if (rendered.length === 0)
        return;
    await inOrganization(dataSource, organizationId, false, (db) => db.query(`update oeth_attestation a set pdf = r.pdf, pdf_sha256 = decode(r.sha256, 'hex'), rendered_at = now()
         from unnest($2::bigint[], $3::bytea[], $4::text[]) as r(id, pdf, sha256)
        where a.organization_id = $1 and a.id = r.id and a.pdf is null`, [organizationId, rendered.map((one) => one.id), rendered.map((one) => one.pdf), rendered.map((one) => (0, exports.sha256Hex)(one.pdf))]));
}
const sha256Hex = (bytes) => node_crypto_1.default.createHash('sha256').update(bytes).digest('hex');
exports.sha256Hex = sha256Hex;
/** The stored PDF of an attestation, rendering and storing it first if it is not yet; null when there is no such attestation. */
async function renderStoredAttestation(dataSource, organizationId, id, customerId = null, render = attestation_pdf_1.renderAttestationPdf) {
    const row = (await storedAttestationPdfs(dataSource, organizationId, [id], { customerId })).get(id);
    if (!row)
        return null;
    if (row.pdf)
        return { pdf: row.pdf, sha256: row.sha256 };
    await storeAttestationPdfs(dataSource, organizationId, [{ id, pdf: await render(row.renderInput) }]);
    const stored = (await storedAttestationPdfs(dataSource, organizationId, [id])).get(id);
    return { pdf: stored.pdf, sha256: stored.sha256 };
}
const readsEveryCustomer = (user) => user.roles.some((role) => roles_1.CAN.readSales.includes(role));
const readsAttestations = (user) => user.roles.some((role) => roles_1.CAN.readAttestations.includes(role));
function fail(res, status, code, message) {
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
/**
 * GET /documents/attestations/:id.pdf with the API's credentials: sales staff read any attestation of
 * their organisation, a partner its own customer's only (another's is "not found", as a missing one).
 */
function attestationDocumentsRouter(dataSource, authenticator) {
    const router = express_1.default.Router();
    router.get('/documents/attestations/:file', async (req, res, next) => {
        try {
            const match = /^([1-9][0-9]{0,14})\.pdf$/.exec(req.params.file);
            if (!match)
                return fail(res, 404, 'NOT_FOUND', 'No such document');
            let user;
            try {
                user = await authenticator.authenticate(req.headers.authorization);
            }
            catch {
                return fail(res, 401, 'UNAUTHENTICATED', 'Invalid or expired credentials');
            }
            if (!user)
                return fail(res, 401, 'UNAUTHENTICATED', 'Authentication required');
            if (!readsAttestations(user))
                return fail(res, 403, 'FORBIDDEN', 'Not allowed for your role');
            let customerId = null;
            if (!readsEveryCustomer(user)) {
                const [account] = await inOrganization(dataSource, user.organizationId, true, (db) => db.query('select customer_id as "customerId" from app_user where organization_id = $1 and id = $2', [user.organizationId, user.userId]));
                if (!account?.customerId)
                    return fail(res, 403, 'FORBIDDEN', 'This partner account acts for no customer');
                customerId = Number(account.customerId);
            }
            const stored = await renderStoredAttestation(dataSource, user.organizationId, Number(match[1]), customerId);
            if (!stored)
                return fail(res, 404, 'NOT_FOUND', 'No such document');
            res.setHeader('content-type', 'application/pdf');
            res.setHeader('content-disposition', `inline; filename="attestation-${match[1]}.pdf"`);
            res.setHeader('x-content-sha256', stored.sha256);
            res.setHeader('cache-control', 'private, no-store');
            res.end(stored.pdf);
        }
        catch (error) {
            next(error);
        }
    });
    return router;
}
//# sourceMappingURL=attestation-documents.js.map