import { SalesChain1764280000000 } from './1764280000000-sales-chain';
import { Production1764300000000 } from './1764300000000-production';
import { Security1764400000000 } from './1764400000000-security';
import { ReportingAccess1764500000000 } from './1764500000000-reporting-access';
import { WorkRecordCorrections1764600000000 } from './1764600000000-work-record-corrections';
import { PartnerCustomer1764700000000 } from './1764700000000-partner-customer';
import { WorkImportFiles1764800000000 } from './1764800000000-work-import-files';
import { ReportingSecurity1764900000000 } from './1764900000000-reporting-security';
import { PartnerDisclosure1764950000000 } from './1764950000000-partner-disclosure';
import { TenantReferences1765000000000 } from './1765000000000-tenant-references';
import { PaymentTerms1765100000000 } from './1765100000000-payment-terms';
import { WorkDayAndMadPlacement1765200000000 } from './1765200000000-work-day-and-mad-placement';
import { UtilizationThresholds1765500000000 } from './1765500000000-utilization-thresholds';
import { DocumentIdentities1765600000000 } from './1765600000000-document-identities';
import { IssuedDocuments1765610000000 } from './1765610000000-issued-documents';
import { OethAttestations1765700000000 } from './1765700000000-oeth-attestations';
import { SteeringReads1765900000000 } from './1765900000000-steering-reads';
import { Objectives1765910000000 } from './1765910000000-objectives';
import { AuthChangeNotify1766000000000 } from './1766000000000-auth-change-notify';
import { FunderData1766100000000 } from './1766100000000-funder-data';
import { IssuedDocumentFeed1766200000000 } from './1766200000000-issued-document-feed';
import { ReportingPlacementCapture1767100000000 } from './1767100000000-reporting-placement-capture';
import { ReportingObjectiveCapture1767200000000 } from './1767200000000-reporting-objective-capture';
import { AttestationPdfStorage1767300000000 } from './1767300000000-attestation-pdf-storage';
import { TenantPolicyOncePerStatement1767400000000 } from './1767400000000-tenant-policy-once-per-statement';

/** Every migration, in order. Listed explicitly so that compiled and ts-jest runs load the same set. */
export const MIGRATIONS = [
  SalesChain1764280000000,
  Production1764300000000,
  Security1764400000000,
  ReportingAccess1764500000000,
  WorkRecordCorrections1764600000000,
  PartnerCustomer1764700000000,
  WorkImportFiles1764800000000,
  ReportingSecurity1764900000000,
  PartnerDisclosure1764950000000,
  TenantReferences1765000000000,
  PaymentTerms1765100000000,
  WorkDayAndMadPlacement1765200000000,
  UtilizationThresholds1765500000000,
  DocumentIdentities1765600000000,
  IssuedDocuments1765610000000,
  OethAttestations1765700000000,
  SteeringReads1765900000000,
  Objectives1765910000000,
  AuthChangeNotify1766000000000,
  FunderData1766100000000,
  IssuedDocumentFeed1766200000000,
  ReportingPlacementCapture1767100000000,
  ReportingObjectiveCapture1767200000000,
  AttestationPdfStorage1767300000000,
  TenantPolicyOncePerStatement1767400000000,
];
