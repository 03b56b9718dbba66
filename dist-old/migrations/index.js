"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1764280000000_sales_chain_1 = require("./1764280000000-sales-chain");
const _1764300000000_production_1 = require("./1764300000000-production");
const _1764400000000_security_1 = require("./1764400000000-security");
const _1764500000000_reporting_access_1 = require("./1764500000000-reporting-access");
const _1764600000000_work_record_corrections_1 = require("./1764600000000-work-record-corrections");
const _1764700000000_partner_customer_1 = require("./1764700000000-partner-customer");
const _1764800000000_work_import_files_1 = require("./1764800000000-work-import-files");
const _1764900000000_reporting_security_1 = require("./1764900000000-reporting-security");
const _1764950000000_partner_disclosure_1 = require("./1764950000000-partner-disclosure");
const _1765000000000_tenant_references_1 = require("./1765000000000-tenant-references");
const _1765100000000_payment_terms_1 = require("./1765100000000-payment-terms");
const _1765200000000_work_day_and_mad_placement_1 = require("./1765200000000-work-day-and-mad-placement");
const _1765500000000_utilization_thresholds_1 = require("./1765500000000-utilization-thresholds");
const _1765600000000_document_identities_1 = require("./1765600000000-document-identities");
const _1765610000000_issued_documents_1 = require("./1765610000000-issued-documents");
const _1765700000000_oeth_attestations_1 = require("./1765700000000-oeth-attestations");
const _1765900000000_steering_reads_1 = require("./1765900000000-steering-reads");
const _1765910000000_objectives_1 = require("./1765910000000-objectives");
const _1766000000000_auth_change_notify_1 = require("./1766000000000-auth-change-notify");
const _1766100000000_funder_data_1 = require("./1766100000000-funder-data");
const _1766200000000_issued_document_feed_1 = require("./1766200000000-issued-document-feed");
/** Every migration, in order. Listed explicitly so that compiled and ts-jest runs load the same set. */
exports.MIGRATIONS = [
    _1764280000000_sales_chain_1.SalesChain1764280000000,
    _1764300000000_production_1.Production1764300000000,
    _1764400000000_security_1.Security1764400000000,
    _1764500000000_reporting_access_1.ReportingAccess1764500000000,
    _1764600000000_work_record_corrections_1.WorkRecordCorrections1764600000000,
    _1764700000000_partner_customer_1.PartnerCustomer1764700000000,
    _1764800000000_work_import_files_1.WorkImportFiles1764800000000,
    _1764900000000_reporting_security_1.ReportingSecurity1764900000000,
    _1764950000000_partner_disclosure_1.PartnerDisclosure1764950000000,
    _1765000000000_tenant_references_1.TenantReferences1765000000000,
    _1765100000000_payment_terms_1.PaymentTerms1765100000000,
    _1765200000000_work_day_and_mad_placement_1.WorkDayAndMadPlacement1765200000000,
    _1765500000000_utilization_thresholds_1.UtilizationThresholds1765500000000,
    _1765600000000_document_identities_1.DocumentIdentities1765600000000,
    _1765610000000_issued_documents_1.IssuedDocuments1765610000000,
    _1765700000000_oeth_attestations_1.OethAttestations1765700000000,
    _1765900000000_steering_reads_1.SteeringReads1765900000000,
    _1765910000000_objectives_1.Objectives1765910000000,
    _1766000000000_auth_change_notify_1.AuthChangeNotify1766000000000,
    _1766100000000_funder_data_1.FunderData1766100000000,
    _1766200000000_issued_document_feed_1.IssuedDocumentFeed1766200000000,
];
//# sourceMappingURL=index.js.map