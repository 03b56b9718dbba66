import type { NumberedDocument } from '../../kernel/numbering';
import type {
  BeneficiaryStatus, EstablishmentKind, InvoiceStatus, MadContractKind, OrderStatus, PaymentMethod, ProductionSheetStatus, QuoteStatus, Role, ServiceType,
  WorkRecordStatus,
} from '../../schema/enums';
import type { Activity, EstablishmentCode, Unit } from './demo-fixtures';

/**
 * The demo data set as the generator builds it: plain objects that reference each other (an order
 * line points at its quote line, an invoice line at the delivery line it bills), so that the writer
 * can turn references into ids once ids are known. Quantities are integer thousandths (the database
 * keeps 3 decimals), so that splitting and summing them stays exact. Document numbers and payment
 * references are filled in by the generator's last pass, once every document's date is known.
 */

export interface CostSplit {
  materialsCents: number;
  subcontractingCents: number;
  intermediateConsumptionCents: number;
  sellingCostsCents: number;
}

export interface Totals {
  totalHtCents: number;
  totalVatCents: number;
  totalTtcCents: number;
}

export interface Address {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
}

export interface DemoEstablishment {
  code: EstablishmentCode;
  kind: EstablishmentKind;
  name: string;
  city: string;
  street: string;
  postalCode: string;
  iban: string;
  bic: string;
  siret: string;
  finess: string | null;
}

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
}

/** How quickly a customer pays: well before the due date, around it, or well after it. */
export type Payer = 'prompt' | 'regular' | 'late';

export interface DemoCustomer {
  legalName: string;
  siren: string;
  siret: string;
  isPublicBuyer: boolean;
  email: string;
  billing: Address;
  delivery: Address | null;
  /** How this customer behaves over the year; not stored, it only shapes the documents. */
  profile: {
    weight: number;
    activities: readonly Activity[];
    discountBp: number;
    monthlyInvoicing: boolean;
    paymentTermDays: number;
    payer: Payer;
    paymentMethod: PaymentMethod;
  };
}

export interface DemoCatalogItem {
  establishment: DemoEstablishment;
  code: string;
  label: string;
  unit: Unit;
  unitPriceCents: number;
  vatRateBp: number;
  activity: Activity;
  serviceType: ServiceType;
  costs: CostSplit;
  /** The smallest quantity sold, in thousandths (quantities are stored with 3 decimals). */
  stepThousandths: number;
  quantityRange: readonly [number, number];
  publicBuyersOnly: boolean;
}

/** A priced line; quantities are integer thousandths so that splitting and summing them stays exact. */
export interface DemoLine {
  position: number;
  item: DemoCatalogItem;
  description: string;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  totalHtCents: number;
  costs: CostSplit;
}

export interface DemoQuote {
  number: string;
  establishment: DemoEstablishment;
  customer: DemoCustomer;
  date: string;
  validUntil: string;
  status: QuoteStatus;
  notes: string | null;
  lines: DemoLine[];
  totals: Totals;
}

export interface DemoOrderLine extends DemoLine {
  quoteLine: DemoLine | null;
}

export interface DemoOrder {
  number: string;
  establishment: DemoEstablishment;
  customer: DemoCustomer;
  quote: DemoQuote | null;
  date: string;
  status: OrderStatus;
  customerReference: string | null;
  notes: string | null;
  lines: DemoOrderLine[];
  totals: Totals;
}

export interface DemoDeliveryLine {
  orderLine: DemoOrderLine;
  quantity: number;
}

export interface DemoDeliveryNote {
  number: string;
  order: DemoOrder;
  date: string;
  notes: string | null;
  lines: DemoDeliveryLine[];
}

export interface DemoInvoiceLine extends DemoLine {
  deliveryLine: DemoDeliveryLine;
  orderLine: DemoOrderLine;
}

export interface DemoInvoice {
  number: string | null;
  fiscalYear: number | null;
  sequenceNumber: number | null;
  establishment: DemoEstablishment;
  customer: DemoCustomer;
  /** The day the draft was prepared; drafts have no issue date. */
  createdOn: string;
  issueDate: string | null;
  dueDate: string | null;
  status: InvoiceStatus;
  notes: string | null;
  lines: DemoInvoiceLine[];
  totals: Totals;
}

export interface DemoCreditNoteLine extends DemoLine {
  invoiceLine: DemoInvoiceLine;
}

export interface DemoCreditNote {
  number: string;
  fiscalYear: number;
  sequenceNumber: number;
  invoice: DemoInvoice;
  date: string;
  reason: string;
  lines: DemoCreditNoteLine[];
  totals: Totals;
}

export interface DemoPayment {
  invoice: DemoInvoice;
  date: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string;
}

export interface DemoSequence {
  establishment: DemoEstablishment;
  documentType: NumberedDocument;
  fiscalYear: number;
  lastValue: number;
  lastDate: string;
}

/*
 * The production side. Hours are integer hundredths of an hour (corrections may be negative),
 * quantities integer thousandths, like the sales side.
 */

export interface DemoWorkshop {
  establishment: DemoEstablishment;
  code: string;
  name: string;
  supervisors: DemoUser[];
  activities: DemoActivity[];
  groups: DemoWorkGroup[];
}

export interface DemoActivity {
  workshop: DemoWorkshop;
  code: string;
  name: string;
  /** Codes of the catalog items this activity produces (not stored). */
  items: readonly string[];
}

export interface DemoWorkGroup {
  workshop: DemoWorkshop;
  code: string;
  name: string;
}

/** One step of a parcours; the last one is the beneficiary's current workshop and group. */
export interface DemoAssignment {
  beneficiary: DemoBeneficiary;
  workshop: DemoWorkshop;
  workGroup: DemoWorkGroup | null;
  startDate: string;
  endDate: string | null;
}

export interface DemoBeneficiary {
  establishment: DemoEstablishment;
  matricule: string;
  initials: string;
  status: BeneficiaryStatus;
  workingTimeRatioThousandths: number;
  weeklyHundredths: number;
  entryDate: string;
  exitDate: string | null;
  mainWorkshop: DemoWorkshop;
  workGroup: DemoWorkGroup | null;
  referent: DemoUser;
  parcours: DemoAssignment[];
  /** The civil identity, kept for about half of them. */
  identity: { lastName: string; firstName: string } | null;
}

export interface DemoNote {
  beneficiary: DemoBeneficiary;
  date: string;
  body: string;
  author: DemoUser;
}

export interface DemoTask {
  orderLine: DemoOrderLine;
  activity: DemoActivity;
  description: string;
  plannedQuantity: number | null;
  plannedHundredths: number | null;
}

export interface DemoProductionSheet {
  number: string;
  order: DemoOrder;
  workshop: DemoWorkshop;
  status: ProductionSheetStatus;
  plannedStart: string;
  plannedEnd: string;
  tasks: DemoTask[];
  /** Day the sheet was drawn up (created_at). */
  createdOn: string;
}

export interface DemoAllocation {
  orderLine: DemoOrderLine;
  task: DemoTask | null;
  beneficiary: DemoBeneficiary | null;
  workGroup: DemoWorkGroup | null;
  plannedHundredths: number | null;
  plannedQuantity: number | null;
  createdOn: string;
}

export interface DemoMadContract {
  number: string;
  establishment: DemoEstablishment;
  customer: DemoCustomer;
  orderLine: DemoOrderLine | null;
  kind: MadContractKind;
  activity: string;
  place: string;
  teamSize: number | null;
  startDate: string;
  endDate: string;
  hourlyRateCents: number;
  beneficiaries: DemoBeneficiary[];
}

export interface DemoWorkRecord {
  beneficiary: DemoBeneficiary;
  date: string;
  orderLine: DemoOrderLine;
  task: DemoTask | null;
  madContract: DemoMadContract | null;
  hundredths: number;
  quantity: number;
  rejectedQuantity: number;
  comment: string | null;
  status: WorkRecordStatus;
  corrects: DemoWorkRecord | null;
  recordedBy: DemoUser;
  validatedBy: DemoUser | null;
  /** Day of validation; null while recorded. */
  validatedOn: string | null;
  /** Day the record was entered (the work day, later for corrections). */
  createdOn: string;
}

export interface DemoProduction {
  workshops: DemoWorkshop[];
  beneficiaries: DemoBeneficiary[];
  notes: DemoNote[];
  sheets: DemoProductionSheet[];
  allocations: DemoAllocation[];
  madContracts: DemoMadContract[];
  workRecords: DemoWorkRecord[];
}

/** Every collection is in creation order, which is also the order ids are given in. */
export interface DemoDataSet extends DemoProduction {
  organizationName: string;
  /** Master data is dated a week before the first document. */
  setUpOn: string;
  establishments: DemoEstablishment[];
  users: DemoUser[];
  customers: DemoCustomer[];
  catalog: DemoCatalogItem[];
  quotes: DemoQuote[];
  orders: DemoOrder[];
  deliveryNotes: DemoDeliveryNote[];
  invoices: DemoInvoice[];
  creditNotes: DemoCreditNote[];
  payments: DemoPayment[];
  sequences: DemoSequence[];
}
