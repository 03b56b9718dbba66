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
      id number status totalHtCents totalVatCents totalTtcCents
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
