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
    "\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCatalogItemDocument,
    "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.SendQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.AcceptQuoteDocument,
    "\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.RefuseQuoteDocument,
    "\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.ExpireQuoteDocument,
    "\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ConvertQuoteDocument,
    "\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.StartProductionDocument,
    "\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.CancelOrderDocument,
    "\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.CloseOrderDocument,
    "\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.DeliverOrderDocument,
    "\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateInvoiceDocument,
    "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.UpdateInvoiceDocument,
    "\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n": typeof types.DeleteInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n": typeof types.InvoiceChainDocument,
    "\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n": typeof types.OrdersPageDocument,
};
const documents: Documents = {
    "\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCatalogItemDocument,
    "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.SendQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.AcceptQuoteDocument,
    "\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.RefuseQuoteDocument,
    "\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.ExpireQuoteDocument,
    "\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ConvertQuoteDocument,
    "\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateOrderDocument,
    "\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": types.StartProductionDocument,
    "\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": types.CancelOrderDocument,
    "\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": types.CloseOrderDocument,
    "\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.DeliverOrderDocument,
    "\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateInvoiceDocument,
    "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.UpdateInvoiceDocument,
    "\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n": types.DeleteInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCreditNoteDocument,
    "\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n": types.InvoiceChainDocument,
    "\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n": types.OrdersPageDocument,
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
export function graphql(source: "\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;