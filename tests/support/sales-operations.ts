import { graphql } from '../gql';

/** The operations the sales tests run, typed by graphql-codegen from schema/schema.graphql. */

export const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on Customer { id legalName siren billingAddress { city } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const CreateCatalogItem = graphql(`
  mutation CreateCatalogItem($input: CatalogItemInput!) {
    createCatalogItem(input: $input) {
      __typename
      ... on CatalogItem { id code unitPriceCents vatRatePercent }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const CreateQuote = graphql(`
  mutation CreateQuote($input: QuoteInput!) {
    createQuote(input: $input) {
      __typename
      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }
      ... on ErrorResult { errorCode message }
      ... on NotFoundError { field }
    }
  }
`);

export const UpdateQuote = graphql(`
  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {
    updateQuote(id: $id, input: $input) {
      __typename
      ... on Quote { id status totalHtCents lines { quantity } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const SendQuote = graphql(`
  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }
`);
export const AcceptQuote = graphql(`
  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }
`);
export const RefuseQuote = graphql(`
  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }
`);
export const ExpireQuote = graphql(`
  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }
`);

export const ConvertQuote = graphql(`
  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {
    convertQuoteToOrder(quoteId: $quoteId, input: $input) {
      __typename
      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const CreateOrder = graphql(`
  mutation CreateOrder($input: OrderInput!) {
    createOrder(input: $input) {
      __typename
      ... on Order { id number status lines { id quantity } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const StartProduction = graphql(`
  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }
`);
export const CancelOrder = graphql(`
  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }
`);
export const CloseOrder = graphql(`
  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }
`);

export const DeliverOrder = graphql(`
  mutation DeliverOrder($input: DeliveryInput!) {
    deliverOrder(input: $input) {
      __typename
      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }
      ... on QuantityExceededError { lineId requested remaining }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const CreateInvoice = graphql(`
  mutation CreateInvoice($input: InvoiceInput!) {
    createInvoice(input: $input) {
      __typename
      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }
      ... on QuantityExceededError { lineId requested remaining }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const UpdateInvoice = graphql(`
  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {
    updateInvoice(id: $id, input: $input) {
      __typename
      ... on Invoice { id status totalTtcCents }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const DeleteInvoice = graphql(`
  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }
`);

export const IssueInvoice = graphql(`
  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {
    issueInvoice(id: $id, issueDate: $issueDate) {
      __typename
      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const RecordPayment = graphql(`
  mutation RecordPayment($input: PaymentInput!) {
    recordPayment(input: $input) {
      __typename
      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }
      ... on OverpaymentError { amountDueCents }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const CreateCreditNote = graphql(`
  mutation CreateCreditNote($input: CreditNoteInput!) {
    createCreditNote(input: $input) {
      __typename
      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const InvoiceChain = graphql(`
  query InvoiceChain($id: ID!) {
    invoice(id: $id) {
      id number status totalHtCents totalVatCents totalTtcCents createdAt updatedAt
      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }
      customer { id legalName }
      lines {
        quantity
        deliveryNoteLine { id deliveryNote { number } }
        orderLine { id order { number quote { number } } quoteLine { id } }
      }
      payments { amountCents }
    }
  }
`);

export const OrdersPage = graphql(`
  query OrdersPage($options: OrderListOptions) {
    orders(options: $options) {
      totalItems
      items {
        id number status
        customer { legalName }
        lines {
          quantity deliveredQuantity invoicedQuantity
          catalogItem { code }
          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }
        }
      }
    }
  }
`);

/* ---- Operations of the transition, invoicing, input, loader and list tests: every error result with its details. ---- */

export const SalesErrorDetails = graphql(`
  fragment SalesErrorDetails on ErrorResult {
    __typename
    errorCode
    message
    ... on InvalidStateError { currentState attemptedState }
    ... on NotFoundError { field }
    ... on QuantityExceededError { lineId requested remaining }
    ... on OverpaymentError { overpaymentDueCents: amountDueCents }
    ... on DuplicateError { field }
    ... on LegalLimitError { parameter }
  }
`);

export const CreateCustomerChecked = graphql(`
  mutation CreateCustomerChecked($input: CustomerInput!) {
    createCustomer(input: $input) { __typename ... on Customer { id legalName siren } ...SalesErrorDetails }
  }
`);

export const CreateCatalogItemChecked = graphql(`
  mutation CreateCatalogItemChecked($input: CatalogItemInput!) {
    createCatalogItem(input: $input) { __typename ... on CatalogItem { id code unitPriceCents vatRatePercent establishmentId } ...SalesErrorDetails }
  }
`);

export const CreateQuoteChecked = graphql(`
  mutation CreateQuoteChecked($input: QuoteInput!) {
    createQuote(input: $input) { __typename ... on Quote { id number status quoteDate validUntil lines { id quantity } } ...SalesErrorDetails }
  }
`);

export const UpdateQuoteChecked = graphql(`
  mutation UpdateQuoteChecked($id: ID!, $input: QuoteUpdateInput!) {
    updateQuote(id: $id, input: $input) { __typename ... on Quote { id status notes totalHtCents lines { quantity } } ...SalesErrorDetails }
  }
`);

export const SendQuoteChecked = graphql(`
  mutation SendQuoteChecked($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }
`);
export const AcceptQuoteChecked = graphql(`
  mutation AcceptQuoteChecked($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }
`);
export const RefuseQuoteChecked = graphql(`
  mutation RefuseQuoteChecked($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }
`);
export const ExpireQuoteChecked = graphql(`
  mutation ExpireQuoteChecked($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }
`);

export const ConvertQuoteChecked = graphql(`
  mutation ConvertQuoteChecked($quoteId: ID!, $input: ConvertQuoteInput) {
    convertQuoteToOrder(quoteId: $quoteId, input: $input) { __typename ... on Order { id number status quoteId lines { id quantity } } ...SalesErrorDetails }
  }
`);

export const CreateOrderChecked = graphql(`
  mutation CreateOrderChecked($input: OrderInput!) {
    createOrder(input: $input) { __typename ... on Order { id number status orderDate totalTtcCents lines { id quantity } } ...SalesErrorDetails }
  }
`);

export const StartProductionChecked = graphql(`
  mutation StartProductionChecked($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }
`);
export const CancelOrderChecked = graphql(`
  mutation CancelOrderChecked($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }
`);
export const CloseOrderChecked = graphql(`
  mutation CloseOrderChecked($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }
`);

export const DeliverOrderChecked = graphql(`
  mutation DeliverOrderChecked($input: DeliveryInput!) {
    deliverOrder(input: $input) {
      __typename
      ... on DeliveryNote { id number deliveryDate order { id status } lines { id quantity orderLineId } }
      ...SalesErrorDetails
    }
  }
`);

export const CreateInvoiceChecked = graphql(`
  mutation CreateInvoiceChecked($input: InvoiceInput!) {
    createInvoice(input: $input) {
      __typename
      ... on Invoice { id number status totalHtCents totalTtcCents lines { id quantity deliveryNoteLineId } }
      ...SalesErrorDetails
    }
  }
`);

export const UpdateInvoiceChecked = graphql(`
  mutation UpdateInvoiceChecked($id: ID!, $input: InvoiceUpdateInput!) {
    updateInvoice(id: $id, input: $input) { __typename ... on Invoice { id status notes dueDate totalTtcCents lines { quantity } } ...SalesErrorDetails }
  }
`);

export const DeleteInvoiceChecked = graphql(`
  mutation DeleteInvoiceChecked($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id status } ...SalesErrorDetails } }
`);

export const IssueInvoiceChecked = graphql(`
  mutation IssueInvoiceChecked($id: ID!, $issueDate: LocalDate) {
    issueInvoice(id: $id, issueDate: $issueDate) {
      __typename
      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }
      ...SalesErrorDetails
    }
  }
`);

export const RecordPaymentChecked = graphql(`
  mutation RecordPaymentChecked($input: PaymentInput!) {
    recordPayment(input: $input) {
      __typename
      ... on Payment { id amountCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }
      ...SalesErrorDetails
    }
  }
`);

export const CreateCreditNoteChecked = graphql(`
  mutation CreateCreditNoteChecked($input: CreditNoteInput!) {
    createCreditNote(input: $input) {
      __typename
      ... on CreditNote { id number totalTtcCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }
      ...SalesErrorDetails
    }
  }
`);

export const QuoteById = graphql(`
  query QuoteById($id: ID!) {
    quote(id: $id) { id number status notes validUntil totalHtCents customer { id legalName } lines { id quantity } order { id number } }
  }
`);

export const OrderById = graphql(`
  query OrderById($id: ID!) {
    order(id: $id) {
      id number status totalTtcCents customer { id legalName }
      lines { id quantity deliveredQuantity invoicedQuantity deliveryLines { id quantity invoicedQuantity } }
      deliveryNotes { id number }
      invoices { id status }
    }
  }
`);

export const InvoiceById = graphql(`
  query InvoiceById($id: ID!) {
    invoice(id: $id) {
      id number status issueDate dueDate notes fiscalYear sequenceNumber totalHtCents totalTtcCents
      amountPaidCents amountCreditedCents amountDueCents
      customer { id legalName }
      lines { id quantity creditedQuantity deliveryNoteLineId }
      payments { id amountCents }
      creditNotes { id number totalTtcCents }
    }
  }
`);

export const CustomerById = graphql(`
  query CustomerById($id: ID!) { customer(id: $id) { id legalName siren } }
`);

export const DeliveryNoteById = graphql(`
  query DeliveryNoteById($id: ID!) { deliveryNote(id: $id) { id number lines { id quantity invoicedQuantity } } }
`);

export const CatalogItemById = graphql(`
  query CatalogItemById($id: ID!) { catalogItem(id: $id) { id code label unitPriceCents } }
`);

export const CatalogItemCostSplit = graphql(`
  query CatalogItemCostSplit($id: ID!) { catalogItem(id: $id) { id materialsCents sellingCostsCents } }
`);

export const WhoAmI = graphql(`
  query WhoAmI { me { userId organizationId roles } }
`);

export const OrderList = graphql(`
  query OrderList($options: OrderListOptions) {
    orders(options: $options) {
      totalItems
      items { id number status orderDate totalTtcCents customer { id } establishment { id } }
    }
  }
`);

export const QuoteList = graphql(`
  query QuoteList($options: QuoteListOptions) {
    quotes(options: $options) { totalItems items { id number status quoteDate totalTtcCents customer { id } } }
  }
`);

export const InvoiceList = graphql(`
  query InvoiceList($options: InvoiceListOptions) {
    invoices(options: $options) { totalItems items { id number status issueDate fiscalYear totalTtcCents customer { id } establishment { id } } }
  }
`);

export const DeliveryNoteList = graphql(`
  query DeliveryNoteList($options: DeliveryNoteListOptions) {
    deliveryNotes(options: $options) { totalItems items { id number deliveryDate orderId } }
  }
`);

export const PaymentList = graphql(`
  query PaymentList($options: PaymentListOptions) {
    payments(options: $options) { totalItems items { id amountCents paymentDate invoiceId } }
  }
`);

export const CustomerList = graphql(`
  query CustomerList($options: CustomerListOptions) {
    customers(options: $options) { totalItems items { id legalName } }
  }
`);

export const InvoicesPage = graphql(`
  query InvoicesPage($options: InvoiceListOptions) {
    invoices(options: $options) {
      totalItems
      items {
        id number status amountPaidCents amountCreditedCents amountDueCents
        customer { legalName }
        establishment { code }
        vatBreakdown { vatRatePercent baseHtCents }
        lines {
          quantity creditedQuantity
          catalogItem { code }
          orderLine { id deliveredQuantity invoicedQuantity order { number customer { legalName } } }
          deliveryNoteLine { id deliveryNote { number order { number } } }
        }
        payments { amountCents invoice { id } }
        creditNotes { number }
      }
    }
  }
`);
