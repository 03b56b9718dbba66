/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PartnerAttestations($year: Int!, $skip: Int) {\n  oethAttestations(\n    options: {year: $year, includeSuperseded: true, skip: $skip, take: 100}\n  ) {\n    totalItems\n    items {\n      id\n      number\n      status\n      issueDate\n      establishmentName\n      paidHtCents\n      deductibleCostsCents\n      labourCostCents\n      deductionCents\n      pdfPath\n      pdfSha256\n      invoices {\n        invoiceNumber\n        paidInYearCents\n        htCents\n      }\n    }\n  }\n}": typeof types.PartnerAttestationsDocument,
    "query PartnerYear($year: Int!) {\n  partnerImpact(year: $year) {\n    customerName\n    year\n    privacyThreshold\n    workCoveredUntil\n    total {\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    months {\n      month\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    netHtCents\n    labourCostCents\n    paidCents\n    ubEquivalentNonLegal\n  }\n  partnerDocuments(year: $year) {\n    complete\n    orders {\n      number\n      orderDate\n      status\n      totalHtCents\n    }\n    deliveryNotes {\n      number\n      deliveryDate\n      orderNumber\n    }\n    invoices {\n      number\n      issueDate\n      status\n      totalTtcCents\n      amountPaidCents\n      amountDueCents\n    }\n    creditNotes {\n      number\n      issueDate\n      invoiceNumber\n      totalTtcCents\n    }\n    payments {\n      invoiceNumber\n      paymentDate\n      amountCents\n      method\n    }\n  }\n}": typeof types.PartnerYearDocument,
};
const documents: Documents = {
    "query PartnerAttestations($year: Int!, $skip: Int) {\n  oethAttestations(\n    options: {year: $year, includeSuperseded: true, skip: $skip, take: 100}\n  ) {\n    totalItems\n    items {\n      id\n      number\n      status\n      issueDate\n      establishmentName\n      paidHtCents\n      deductibleCostsCents\n      labourCostCents\n      deductionCents\n      pdfPath\n      pdfSha256\n      invoices {\n        invoiceNumber\n        paidInYearCents\n        htCents\n      }\n    }\n  }\n}": types.PartnerAttestationsDocument,
    "query PartnerYear($year: Int!) {\n  partnerImpact(year: $year) {\n    customerName\n    year\n    privacyThreshold\n    workCoveredUntil\n    total {\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    months {\n      month\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    netHtCents\n    labourCostCents\n    paidCents\n    ubEquivalentNonLegal\n  }\n  partnerDocuments(year: $year) {\n    complete\n    orders {\n      number\n      orderDate\n      status\n      totalHtCents\n    }\n    deliveryNotes {\n      number\n      deliveryDate\n      orderNumber\n    }\n    invoices {\n      number\n      issueDate\n      status\n      totalTtcCents\n      amountPaidCents\n      amountDueCents\n    }\n    creditNotes {\n      number\n      issueDate\n      invoiceNumber\n      totalTtcCents\n    }\n    payments {\n      invoiceNumber\n      paymentDate\n      amountCents\n      method\n    }\n  }\n}": types.PartnerYearDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerAttestations($year: Int!, $skip: Int) {\n  oethAttestations(\n    options: {year: $year, includeSuperseded: true, skip: $skip, take: 100}\n  ) {\n    totalItems\n    items {\n      id\n      number\n      status\n      issueDate\n      establishmentName\n      paidHtCents\n      deductibleCostsCents\n      labourCostCents\n      deductionCents\n      pdfPath\n      pdfSha256\n      invoices {\n        invoiceNumber\n        paidInYearCents\n        htCents\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerAttestations($year: Int!, $skip: Int) {\n  oethAttestations(\n    options: {year: $year, includeSuperseded: true, skip: $skip, take: 100}\n  ) {\n    totalItems\n    items {\n      id\n      number\n      status\n      issueDate\n      establishmentName\n      paidHtCents\n      deductibleCostsCents\n      labourCostCents\n      deductionCents\n      pdfPath\n      pdfSha256\n      invoices {\n        invoiceNumber\n        paidInYearCents\n        htCents\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerYear($year: Int!) {\n  partnerImpact(year: $year) {\n    customerName\n    year\n    privacyThreshold\n    workCoveredUntil\n    total {\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    months {\n      month\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    netHtCents\n    labourCostCents\n    paidCents\n    ubEquivalentNonLegal\n  }\n  partnerDocuments(year: $year) {\n    complete\n    orders {\n      number\n      orderDate\n      status\n      totalHtCents\n    }\n    deliveryNotes {\n      number\n      deliveryDate\n      orderNumber\n    }\n    invoices {\n      number\n      issueDate\n      status\n      totalTtcCents\n      amountPaidCents\n      amountDueCents\n    }\n    creditNotes {\n      number\n      issueDate\n      invoiceNumber\n      totalTtcCents\n    }\n    payments {\n      invoiceNumber\n      paymentDate\n      amountCents\n      method\n    }\n  }\n}"): (typeof documents)["query PartnerYear($year: Int!) {\n  partnerImpact(year: $year) {\n    customerName\n    year\n    privacyThreshold\n    workCoveredUntil\n    total {\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    months {\n      month\n      hours\n      beneficiaryCount\n      withheld\n      withheldReason\n    }\n    netHtCents\n    labourCostCents\n    paidCents\n    ubEquivalentNonLegal\n  }\n  partnerDocuments(year: $year) {\n    complete\n    orders {\n      number\n      orderDate\n      status\n      totalHtCents\n    }\n    deliveryNotes {\n      number\n      deliveryDate\n      orderNumber\n    }\n    invoices {\n      number\n      issueDate\n      status\n      totalTtcCents\n      amountPaidCents\n      amountDueCents\n    }\n    creditNotes {\n      number\n      issueDate\n      invoiceNumber\n      totalTtcCents\n    }\n    payments {\n      invoiceNumber\n      paymentDate\n      amountCents\n      method\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;