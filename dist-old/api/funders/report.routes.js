"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentRoute = documentRoute;
exports.reportRouter = reportRouter;
const express_1 = __importDefault(require("express"));
const graphql_1 = require("graphql");
const read_rules_1 = require("../auth/read-rules");
const roles_1 = require("../../kernel/roles");
const context_1 = require("../context");
const request_tracking_1 = require("../observability/request-tracking");
const audit_1 = require("../security/audit");
const funder_report_service_1 = require("./funder-report.service");
const funder_report_export_1 = require("./funder-report-export");
const funder_report_pdf_1 = require("./funder-report-pdf");
const dates_1 = require("../../kernel/dates");
/**
 * Documents served over plain GET with the caller's usual credential (`Authorization: Bearer …` or
 * `ApiKey …`), under the same rules as the GraphQL fields they print: the funder report as CSV and PDF.
 * Errors answer in the GraphQL error shape with the HTTP status of their code.
 */
const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };
/** Runs one document request as a read of the API: authenticated, its rule checked, its health-data reads traced. */
function documentRoute(options, rule, produce) {
    return async (req, res) => {
        const request = (0, request_tracking_1.currentRequest)();
        const user = await options.authenticator.authenticate(req.headers.authorization).catch(() => null);
        const ctx = new context_1.RequestContext(request?.requestId ?? 'document', user, options.dataSource, options.authenticator);
        ctx.db.readOnly = true;
        const fail = (code, message) => {
            res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
        };
        try {
            if (!user)
                return fail('UNAUTHENTICATED', 'Authentication required');
            if (request)
                Object.assign(request, { userId: user.userId, organizationId: user.organizationId });
            if (!(0, read_rules_1.holdsOneOf)(ctx, roles_1.CAN[rule]))
                return fail('FORBIDDEN', 'Forbidden');
            const document = await produce(ctx, req.params);
            await (0, audit_1.writeHealthReads)(ctx);
            res.setHeader('content-type', document.type);
            res.setHeader('content-disposition', `attachment; filename="${document.filename}"`);
            res.setHeader('cache-control', 'no-store');
            res.send(document.body);
        }
        catch (error) {
            const code = error instanceof graphql_1.GraphQLError ? String(error.extensions?.code ?? '') : '';
            if (STATUS[code])
                return fail(code, error.message);
            options.logger.error('document failed', { error: error instanceof Error ? error.message : String(error) });
            fail('INTERNAL_SERVER_ERROR', 'Internal server error');
        }
        finally {
            await ctx.db.finish().catch(() => undefined);
        }
    };
}
function reportRouter(options) {
    const router = express_1.default.Router();
    router.get('/reports/funder/:establishmentId/:year.csv', documentRoute(options, 'readFunderReport', async (ctx, params) => {
        const report = await (0, funder_report_service_1.funderReport)(ctx, params.establishmentId, Number(params.year));
        return { type: 'text/csv; charset=utf-8', filename: `rapport-financeur-${report.establishmentCode}-${report.year}.csv`, body: (0, funder_report_export_1.funderReportCsv)(report) };
    }));
    router.get('/reports/funder/:establishmentId/:year.pdf', documentRoute(options, 'readFunderReport', async (ctx, params) => {
        const report = await (0, funder_report_service_1.funderReport)(ctx, params.establishmentId, Number(params.year));
        const issuer = await (0, funder_report_pdf_1.funderReportIssuer)(ctx, report.establishmentId);
        const documentDate = report.publishedAt ? (0, dates_1.dateInFrance)(new Date(report.publishedAt)) : (0, dates_1.todayInFrance)();
        return { type: 'application/pdf', filename: `rapport-financeur-${report.establishmentCode}-${report.year}.pdf`, body: await (0, funder_report_pdf_1.renderFunderReportPdf)(report, issuer, documentDate) };
    }));
    return router;
}
//# sourceMappingURL=report.routes.js.map