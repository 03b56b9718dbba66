import { documentTotals, lineTotalHtCents } from '../../kernel/totals';
import { orderLifecycle, settledInvoiceStatus } from '../../kernel/lifecycles';
import { documentNumber, fiscalYearOf, type NumberedDocument } from '../../kernel/numbering';
import { InvoiceStatus, OrderStatus, PaymentMethod, QuoteStatus } from '../../schema/enums';
import {
  BUSINESS_PARKS, CATALOG, CUSTOMERS, DELIVERY_POINTS, ESTABLISHMENTS, ORGANIZATION_NAME, PUBLIC_BILLING_SERVICES, PUBLIC_QUOTE_NOTE,
  QUOTE_NOTES, SECTOR_ACTIVITIES, STREETS, USERS, isPublicSector, type Sector, type Unit,
} from './demo-fixtures';
import type {
  DemoCatalogItem, DemoCreditNote, DemoCustomer, DemoDataSet, DemoDeliveryLine, DemoDeliveryNote, DemoEstablishment, DemoInvoice,
  DemoInvoiceLine, DemoLine, DemoOrder, DemoOrderLine, DemoPayment, DemoQuote, DemoSequence, Payer, Totals,
} from './demo-model';
import { Random, addDays, byDate, daysBetween, frenchIban, frenchQuantity, latest, makesGoods, slug, withLuhnKey, workingDayFrom } from './demo-tools';
import { generateProduction } from './demo-production';

/**
 * Builds the demo organisation's year of sales in memory, the way the application would have
 * recorded it day after day: every amount comes from the money rules of `kernel/totals.ts`, every
 * status from the lifecycles of `kernel/lifecycles.ts`, and numbers are handed out in date order per
 * establishment, document type and year. Pure and deterministic: the same seed and day give the
 * same data set. Writing it to the database is `demo-data.ts`'s job.
 */

// Volumes and habits of the demo year.
const QUOTE_COUNT = 250;
/** Orders wanted in the year; direct orders (without a quote) make up what the accepted quotes do not. */
const ORDER_TARGET = 200;
const MIN_DIRECT_ORDERS = 20;
const CANCELLED_ORDERS = 2;
const QUOTE_VALIDITY_DAYS = 30;
/** An order fully paid this long ago has been closed by the commercial team. */
const CLOSE_AFTER_DAYS = 30;

const CANCELLATION_REASONS = [
  'Annulation : facture adressée à une mauvaise raison sociale, refacturée',
  'Annulation : adresse de facturation erronée, refacturée',
];

/** Document totals by the money rules of `kernel/totals.ts` (quantities go back to units). */
function totalsOf(lines: readonly DemoLine[]): Totals {
  const { totalHtCents, totalVatCents, totalTtcCents } = documentTotals(
    lines.map((line) => ({ quantity: line.quantity / 1000, unitPriceCents: line.unitPriceCents, vatRateBp: line.vatRateBp })),
  );
  return { totalHtCents, totalVatCents, totalTtcCents };
}

/** A line priced like `sales/lines.ts#copyLine`: price, VAT, description and cost split come from its source. */
function pricedLine(position: number, source: Omit<DemoLine, 'position' | 'quantity' | 'totalHtCents'>, quantity: number): DemoLine {
  return {
    position,
    item: source.item,
    description: source.description,
    quantity,
    unitPriceCents: source.unitPriceCents,
    vatRateBp: source.vatRateBp,
    totalHtCents: lineTotalHtCents({ quantity: quantity / 1000, unitPriceCents: source.unitPriceCents }),
    costs: source.costs,
  };
}

export function generateDemoData(seed: number, today: string): DemoDataSet {
  return new DemoYear(seed, today).build();
}

class DemoYear {
  private readonly random: Random;
  /** First day of the twelve months covered. */
  private readonly start: string;
  private readonly usedSirens = new Set<string>();
  private catalog: DemoCatalogItem[] = [];

  constructor(
    private readonly seed: number,
    private readonly today: string,
  ) {
    this.random = new Random(seed);
    this.start = addDays(today, -364);
  }

  build(): DemoDataSet {
    const establishments = this.establishments();
    const customers = this.customers();
    this.catalog = this.catalogItems(establishments);
    const { quotes, acceptedOn } = this.quotes(customers);
    const orders = this.orders(customers, quotes, acceptedOn);
    const deliveryNotes = this.deliveries(orders);
    const invoices = this.invoices(deliveryNotes);
    const { creditNotes, replacements } = this.creditNotes(invoices);
    const payments = this.payments(invoices, creditNotes);
    this.settleInvoices(invoices, creditNotes, payments);
    this.followOrders(orders, deliveryNotes, invoices, creditNotes, payments);

    // Every collection goes out in creation order, which is the order ids and numbers are given in
    // (quotes, orders and delivery notes are already sorted by their builders).
    invoices.sort(byDate((invoice) => invoice.issueDate ?? invoice.createdOn));
    creditNotes.sort(byDate((note) => note.date));
    payments.sort(byDate((payment) => payment.date));
    const sequences = [
      ...numberDocuments(quotes, 'quote', (quote) => quote.date, (quote) => quote.establishment, (quote, number) => (quote.number = number.number)),
      ...numberDocuments(orders, 'order', (order) => order.date, (order) => order.establishment, (order, number) => (order.number = number.number)),
      ...numberDocuments(deliveryNotes, 'delivery_note', (note) => note.date, (note) => note.order.establishment, (note, number) => (note.number = number.number)),
      ...numberDocuments(invoices, 'invoice', (invoice) => invoice.issueDate, (invoice) => invoice.establishment, (invoice, number) => Object.assign(invoice, number)),
      ...numberDocuments(creditNotes, 'credit_note', (note) => note.date, (note) => note.invoice.establishment, (note, number) => Object.assign(note, number)),
    ];
    // Texts that quote document numbers can only be written once the numbers are known.
    for (const { invoice, cancelled, creditNote } of replacements) {
      invoice.notes = `Annule et remplace la facture ${cancelled.number} (avoir ${creditNote.number}).`;
    }
    for (const payment of payments) payment.reference = this.paymentReference(payment);

    // The production side follows from the sales (its own random stream: the sales of a seed stay as they were).
    const users = USERS.map((user) => ({ email: user.email, displayName: user.displayName, roles: [user.role] }));
    const production = generateProduction(this.seed, this.today, { establishments, users, orders, deliveryNotes });
    sequences.push(
      ...numberDocuments(production.sheets, 'production_sheet', (sheet) => sheet.plannedStart, (sheet) => sheet.order.establishment, (sheet, number) => (sheet.number = number.number)),
      ...numberDocuments(production.madContracts, 'mad_contract', (contract) => contract.startDate, (contract) => contract.establishment, (contract, number) => (contract.number = number.number)),
    );

    return {
      ...production,
      organizationName: ORGANIZATION_NAME,
      setUpOn: addDays(this.start, -7),
      establishments,
      users,
      customers,
      catalog: this.catalog,
      quotes,
      orders,
      deliveryNotes,
      invoices,
      creditNotes,
      payments,
      sequences,
    };
  }

  /** Both establishments belong to the association, so their SIRETs share its SIREN. */
  private establishments(): DemoEstablishment[] {
    const siren = this.uniqueSiren('7');
    return ESTABLISHMENTS.map((fixture, index) => ({
      code: fixture.code,
      kind: fixture.kind,
      name: fixture.name,
      city: fixture.city,
      street: fixture.street,
      postalCode: fixture.postalCode,
      iban: frenchIban(...fixture.account),
      bic: 'DMOBFRPPXXX',
      siret: withLuhnKey(`${siren}000${index + 1}`),
      // FINESS numbers of the Rhône start with the département, 69.
      finess: fixture.hasFiness ? withLuhnKey(`690${this.random.digits(5)}`) : null,
    }));
  }

  /** SIRENs of public bodies start with 2; companies' with other digits. */
  private uniqueSiren(firstDigit: string): string {
    for (;;) {
      const siren = withLuhnKey(`${firstDigit}${this.random.digits(7)}`);
      if (!this.usedSirens.has(siren)) {
        this.usedSirens.add(siren);
        return siren;
      }
    }
  }

  private customers(): DemoCustomer[] {
    return CUSTOMERS.map((fixture) => {
      const isPublicBuyer = isPublicSector(fixture.sector);
      const siren = this.uniqueSiren(isPublicBuyer ? '2' : this.random.pick(['3', '4', '5', '7', '8']));
      return {
        legalName: fixture.name,
        siren,
        siret: withLuhnKey(`${siren}000${this.random.int(1, 9)}`),
        isPublicBuyer,
        // Reserved .example domain: demo mail can never reach a real company.
        email: `factures@${slug(fixture.name)}.example`,
        billing: { line1: this.streetAddress(), line2: this.billingLine2(fixture.sector), postalCode: fixture.postalCode, city: fixture.city },
        delivery: this.random.chance(0.3)
          ? { line1: this.streetAddress(), line2: this.random.pick(DELIVERY_POINTS), postalCode: fixture.postalCode, city: fixture.city }
          : null,
        profile: {
          weight: fixture.weight,
          activities: SECTOR_ACTIVITIES[fixture.sector],
          // Big accounts negotiate their prices.
          discountBp: fixture.weight >= 4 ? this.random.pick([300, 500, 800]) : 0,
          monthlyInvoicing: this.random.chance(isPublicBuyer ? 0.5 : 0.25),
          // Legal payment terms: 30 days for the State and local authorities, 50 for public hospitals.
          paymentTermDays: fixture.sector === 'hôpital' ? 50 : isPublicBuyer ? 30 : this.random.pick([30, 30, 45, 60]),
          payer: fixture.sector === 'hôpital' ? 'late' : isPublicBuyer ? 'regular' : this.random.weighted<Payer>(['prompt', 'regular', 'late'], [3, 5, 2]),
          paymentMethod: isPublicBuyer
            ? PaymentMethod.TRANSFER
            : this.random.weighted([PaymentMethod.TRANSFER, PaymentMethod.CHECK, PaymentMethod.DIRECT_DEBIT, PaymentMethod.CARD], [65, 15, 12, 8]),
        },
      };
    });
  }

  private streetAddress(): string {
    return `${this.random.int(1, 180)} ${this.random.pick(STREETS)}`;
  }

  private billingLine2(sector: Sector): string | null {
    if (isPublicSector(sector)) return this.random.pick(PUBLIC_BILLING_SERVICES);
    if ((sector === 'industrie' || sector === 'logistique') && this.random.chance(0.6)) return this.random.pick(BUSINESS_PARKS);
    return null;
  }

  private catalogItems(establishments: DemoEstablishment[]): DemoCatalogItem[] {
    return CATALOG.map((fixture) => {
      const [min, max, step] = fixture.quantity;
      const [materialsCents, subcontractingCents, intermediateConsumptionCents, sellingCostsCents] = fixture.costs;
      return {
        establishment: establishments.find((establishment) => establishment.code === fixture.establishment)!,
        code: fixture.code,
        label: fixture.label,
        unit: fixture.unit,
        unitPriceCents: fixture.priceCents,
        vatRateBp: fixture.vatRateBp,
        activity: fixture.activity,
        serviceType: fixture.serviceType,
        costs: { materialsCents, subcontractingCents, intermediateConsumptionCents, sellingCostsCents },
        stepThousandths: Math.round(step * 1000),
        quantityRange: [Math.round(min * 1000), Math.round(max * 1000)],
        publicBuyersOnly: fixture.publicBuyersOnly ?? false,
      };
    });
  }

  /** A working day of the year; August is quieter, as in any French workshop. */
  private randomWorkingDate(): string {
    for (;;) {
      const date = workingDayFrom(addDays(this.start, this.random.int(0, 364)));
      if (date > this.today) continue;
      if (date.slice(5, 7) === '08' && this.random.chance(0.5)) continue;
      return date;
    }
  }

  /** One to three lines of one activity, all from one establishment that offers it. */
  private composeLines(customer: DemoCustomer): { establishment: DemoEstablishment; lines: DemoLine[] } {
    const { activities, discountBp } = customer.profile;
    // Skewed towards the sector's main activities (listed first).
    const activity = activities[Math.floor(this.random.next() ** 1.7 * activities.length)];
    const offered = this.catalog.filter((item) => item.activity === activity && (customer.isPublicBuyer || !item.publicBuyersOnly));
    const establishment = this.random.pick([...new Set(offered.map((item) => item.establishment))]);
    const pool = offered.filter((item) => item.establishment === establishment);
    const items = this.random.sample(pool, this.random.weighted([1, 2, 3], [50, 35, 15]));
    const lines = items.map((item, index) =>
      pricedLine(
        index + 1,
        { item, description: item.label, unitPriceCents: Math.round((item.unitPriceCents * (10_000 - discountBp)) / 10_000), vatRateBp: item.vatRateBp, costs: item.costs },
        this.quantityOf(item),
      ),
    );
    return { establishment, lines };
  }

  /** A multiple of the item's step within its usual range, small orders being the most frequent. */
  private quantityOf(item: DemoCatalogItem): number {
    const lowest = Math.ceil(item.quantityRange[0] / item.stepThousandths);
    const highest = Math.floor(item.quantityRange[1] / item.stepThousandths);
    return item.stepThousandths * (lowest + Math.floor(this.random.next() ** 1.5 * (highest - lowest + 1)));
  }

  /**
   * Quotes spread over the year. Most are accepted within three weeks; a quote still in its validity
   * period may be waiting for an answer, and those of the last three weeks may still be drafts.
   */
  private quotes(customers: DemoCustomer[]): { quotes: DemoQuote[]; acceptedOn: Map<DemoQuote, string> } {
    const quotes: DemoQuote[] = [];
    const acceptedOn = new Map<DemoQuote, string>();
    const weights = customers.map((customer) => customer.profile.weight);
    for (let i = 0; i < QUOTE_COUNT; i++) {
      const customer = this.random.weighted(customers, weights);
      const date = this.randomWorkingDate();
      const validUntil = addDays(date, QUOTE_VALIDITY_DAYS);
      const { establishment, lines } = this.composeLines(customer);
      const age = daysBetween(date, this.today);
      const roll = this.random.next();
      let status: QuoteStatus;
      let decidedOn: string | null = null;
      if (age <= 21 && roll < 0.3) {
        status = QuoteStatus.DRAFT;
      } else if (roll < 0.75) {
        decidedOn = workingDayFrom(addDays(date, this.random.int(1, 21)));
        status = decidedOn <= this.today ? QuoteStatus.ACCEPTED : QuoteStatus.SENT;
      } else if (roll < 0.87) {
        status = age >= 5 ? QuoteStatus.REFUSED : QuoteStatus.SENT;
      } else {
        status = validUntil < this.today ? QuoteStatus.EXPIRED : QuoteStatus.SENT;
      }
      const notes = customer.isPublicBuyer && this.random.chance(0.5) ? PUBLIC_QUOTE_NOTE : this.random.chance(0.15) ? this.random.pick(QUOTE_NOTES) : null;
      const quote: DemoQuote = { number: '', establishment, customer, date, validUntil, status, notes, lines, totals: totalsOf(lines) };
      if (status === QuoteStatus.ACCEPTED) acceptedOn.set(quote, decidedOn!);
      quotes.push(quote);
    }
    quotes.sort(byDate((quote) => quote.date));
    return { quotes, acceptedOn };
  }

  /**
   * Accepted quotes become orders the day they are accepted (a few recent ones wait for the
   * customer's purchase order); direct orders complete the year. A few orders are cancelled before
   * anything is delivered.
   */
  private orders(customers: DemoCustomer[], quotes: DemoQuote[], acceptedOn: Map<DemoQuote, string>): DemoOrder[] {
    const orders: DemoOrder[] = [];
    for (const quote of quotes) {
      const date = acceptedOn.get(quote);
      if (!date || (daysBetween(date, this.today) < 7 && this.random.chance(0.3))) continue;
      const lines = quote.lines.map((line) => ({ ...pricedLine(line.position, line, line.quantity), quoteLine: line }));
      orders.push({
        number: '',
        establishment: quote.establishment,
        customer: quote.customer,
        quote,
        date,
        status: OrderStatus.CONFIRMED,
        customerReference: this.customerReference(quote.customer, date),
        notes: quote.notes,
        lines,
        totals: totalsOf(lines),
      });
    }
    const weights = customers.map((customer) => customer.profile.weight);
    const directCount = Math.max(MIN_DIRECT_ORDERS, ORDER_TARGET - orders.length);
    for (let i = 0; i < directCount; i++) {
      const customer = this.random.weighted(customers, weights);
      const date = this.randomWorkingDate();
      const { establishment, lines } = this.composeLines(customer);
      const orderLines = lines.map((line) => ({ ...line, quoteLine: null }));
      orders.push({
        number: '',
        establishment,
        customer,
        quote: null,
        date,
        status: OrderStatus.CONFIRMED,
        customerReference: this.customerReference(customer, date),
        notes: null,
        lines: orderLines,
        totals: totalsOf(orderLines),
      });
    }
    orders.sort(byDate((order) => order.date));
    const cancellable = orders.filter((order) => daysBetween(order.date, this.today) >= 30);
    for (const order of this.random.sample(cancellable, CANCELLED_ORDERS)) {
      order.status = OrderStatus.CANCELLED;
      order.notes = 'Commande annulée par le client avant le lancement de la production.';
    }
    return orders;
  }

  /** Public buyers always quote their purchase order (needed on Chorus Pro); companies often do. */
  private customerReference(customer: DemoCustomer, date: string): string | null {
    if (customer.isPublicBuyer) return `BC ${date.slice(0, 4)}-${this.random.digits(5)}`;
    if (!this.random.chance(0.6)) return null;
    return `${this.random.pick(['PO-', 'CDE ', 'Commande n° '])}${this.random.digits(6)}`;
  }

  /**
   * Orders are delivered (or the service performed) a few days to a few weeks after the order;
   * about one in five is delivered in two parts. Orders whose delivery is still to come stay
   * confirmed, or in production once the workshop has started; the workshops have always started
   * at least one production order (the walkthrough's production sheet in progress): the oldest
   * waiting one when chance started none, the last one ordered when none is waiting.
   */
  private deliveries(orders: DemoOrder[]): DemoDeliveryNote[] {
    const notes: DemoDeliveryNote[] = [];
    const lastGoods = orders.findLast((order) => order.status !== OrderStatus.CANCELLED && makesGoods(order));
    const waiting: DemoOrder[] = [];
    let goodsToCome = false;
    for (const order of orders) {
      if (order.status === OrderStatus.CANCELLED) continue;
      const first = workingDayFrom(addDays(order.date, this.random.int(3, 25)));
      if (first <= this.today && order === lastGoods && !goodsToCome) {
        // A quiet spell without a new production order: the last one is still in the workshop.
        order.status = OrderStatus.IN_PRODUCTION;
        continue;
      }
      if (first > this.today) {
        const startable = daysBetween(order.date, this.today) >= 3;
        if (startable && this.random.chance(0.5)) order.status = OrderStatus.IN_PRODUCTION;
        else waiting.push(order);
        goodsToCome ||= makesGoods(order);
        continue;
      }
      const splittable = order.lines.some((line) => line.quantity >= 2 * line.item.stepThousandths);
      if (!splittable || !this.random.chance(0.2)) {
        notes.push({ number: '', order, date: first, notes: null, lines: order.lines.map((orderLine) => ({ orderLine, quantity: orderLine.quantity })) });
        continue;
      }
      const firstLines: DemoDeliveryLine[] = [];
      const balanceLines: DemoDeliveryLine[] = [];
      for (const orderLine of order.lines) {
        const steps = orderLine.quantity / orderLine.item.stepThousandths;
        if (steps >= 2) {
          const part = Math.min(steps - 1, Math.max(1, Math.round(steps * (0.35 + 0.35 * this.random.next()))));
          firstLines.push({ orderLine, quantity: part * orderLine.item.stepThousandths });
          balanceLines.push({ orderLine, quantity: orderLine.quantity - part * orderLine.item.stepThousandths });
        } else {
          (this.random.chance(0.5) ? firstLines : balanceLines).push({ orderLine, quantity: orderLine.quantity });
        }
      }
      notes.push({ number: '', order, date: first, notes: 'Livraison partielle, solde à suivre.', lines: firstLines });
      const balance = workingDayFrom(addDays(first, this.random.int(7, 21)));
      if (balance <= this.today) notes.push({ number: '', order, date: balance, notes: 'Solde de la commande.', lines: balanceLines });
    }
    if (!orders.some((order) => order.status === OrderStatus.IN_PRODUCTION && makesGoods(order))) {
      const next = waiting.find(makesGoods);
      if (next) next.status = OrderStatus.IN_PRODUCTION;
    }
    return notes.sort(byDate((note) => note.date));
  }

  /**
   * Most customers are invoiced per delivery note within a week; customers on monthly invoicing get
   * one invoice per establishment for the month's notes, early the next month. An invoice whose day
   * has not come yet is either an unissued draft or not prepared at all.
   */
  private invoices(notes: DemoDeliveryNote[]): DemoInvoice[] {
    const invoices: DemoInvoice[] = [];
    const prepare = (batch: DemoDeliveryNote[], issueDate: string) => {
      if (issueDate > this.today && !this.random.chance(0.5)) return;
      invoices.push(this.invoiceOf(batch, issueDate <= this.today ? issueDate : null));
    };
    const months = new Map<string, DemoDeliveryNote[]>();
    for (const note of notes) {
      const { customer, establishment } = note.order;
      if (!customer.profile.monthlyInvoicing) {
        prepare([note], workingDayFrom(addDays(note.date, this.random.int(0, 6))));
        continue;
      }
      const key = `${customer.legalName}|${establishment.code}|${note.date.slice(0, 7)}`;
      months.set(key, [...(months.get(key) ?? []), note]);
    }
    for (const batch of months.values()) {
      const firstOfNextMonth = addDays(`${batch[0].date.slice(0, 7)}-01`, 32).slice(0, 8) + '01';
      prepare(batch, workingDayFrom(addDays(firstOfNextMonth, this.random.int(0, 4))));
    }
    return invoices;
  }

  private invoiceOf(notes: DemoDeliveryNote[], issueDate: string | null): DemoInvoice {
    const { customer, establishment } = notes[0].order;
    const lines = notes
      .flatMap((note) => note.lines)
      .map((deliveryLine, index) => ({ ...pricedLine(index + 1, deliveryLine.orderLine, deliveryLine.quantity), deliveryLine, orderLine: deliveryLine.orderLine }));
    return {
      number: null,
      fiscalYear: null,
      sequenceNumber: null,
      establishment,
      customer,
      createdOn: latest(notes.map((note) => note.date)),
      issueDate,
      dueDate: issueDate && addDays(issueDate, customer.profile.paymentTermDays),
      status: issueDate ? InvoiceStatus.ISSUED : InvoiceStatus.DRAFT,
      notes: customer.isPublicBuyer ? 'Facture transmise sur Chorus Pro.' : null,
      lines,
      totals: totalsOf(lines),
    };
  }

  /**
   * One invoice sent to the wrong legal entity is cancelled in full by a credit note and issued
   * again; two to four others get a partial credit (returned pieces, hours not worked...).
   */
  private creditNotes(invoices: DemoInvoice[]): { creditNotes: DemoCreditNote[]; replacements: Replacement[] } {
    const creditNotes: DemoCreditNote[] = [];
    const replacements: Replacement[] = [];
    const issued = invoices.filter((invoice) => invoice.issueDate !== null);
    const ageOf = (invoice: DemoInvoice) => daysBetween(invoice.issueDate!, this.today);

    const cancellable = issued.filter((invoice) => ageOf(invoice) >= 60 && ageOf(invoice) <= 300);
    if (cancellable.length > 0) {
      const cancelled = this.random.pick(cancellable);
      const date = workingDayFrom(addDays(cancelled.issueDate!, this.random.int(2, 8)));
      const creditNote = this.creditNote(cancelled, cancelled.lines.map((line) => [line, line.quantity]), date, this.random.pick(CANCELLATION_REASONS));
      creditNotes.push(creditNote);
      const issueDate = workingDayFrom(addDays(date, this.random.int(1, 4)));
      const lines = cancelled.lines.map((line) => ({ ...pricedLine(line.position, line, line.quantity), deliveryLine: line.deliveryLine, orderLine: line.orderLine }));
      const invoice: DemoInvoice = {
        ...cancelled,
        createdOn: date,
        issueDate,
        dueDate: addDays(issueDate, cancelled.customer.profile.paymentTermDays),
        lines,
        totals: totalsOf(lines),
      };
      invoices.push(invoice);
      replacements.push({ invoice, cancelled, creditNote });
    }

    const creditable = (invoice: DemoInvoice) =>
      invoice.lines.filter((line) => line.item.unit !== 'forfait' && line.quantity >= 2 * line.item.stepThousandths);
    const candidates = issued.filter(
      (invoice) => ageOf(invoice) >= 20 && ageOf(invoice) <= 330 && creditable(invoice).length > 0 && !creditNotes.some((note) => note.invoice === invoice),
    );
    for (const invoice of this.random.sample(candidates, this.random.int(2, 4))) {
      const line = this.random.pick(creditable(invoice));
      const steps = line.quantity / line.item.stepThousandths;
      const quantity = line.item.stepThousandths * Math.min(steps - 1, Math.max(1, Math.round(steps * (0.05 + 0.15 * this.random.next()))));
      const date = workingDayFrom(addDays(invoice.issueDate!, this.random.int(3, 15)));
      creditNotes.push(this.creditNote(invoice, [[line, quantity]], date, partialCreditReason(line.item.unit, quantity)));
    }
    return { creditNotes, replacements };
  }

  private creditNote(invoice: DemoInvoice, credited: [DemoInvoiceLine, number][], date: string, reason: string): DemoCreditNote {
    const lines = credited.map(([invoiceLine, quantity], index) => ({ ...pricedLine(index + 1, invoiceLine, quantity), invoiceLine }));
    return { number: '', fiscalYear: 0, sequenceNumber: 0, invoice, date, reason, lines, totals: totalsOf(lines) };
  }

  /**
   * Payments follow each customer's habits and payment term: some pay early, hospitals pay late,
   * one invoice in twelve is paid in two instalments and one in twenty is disputed and left unpaid.
   * A partially credited invoice is paid net of its credit, after the credit note.
   */
  private payments(invoices: DemoInvoice[], creditNotes: DemoCreditNote[]): DemoPayment[] {
    const payments: DemoPayment[] = [];
    const issued = invoices.filter((invoice) => invoice.issueDate !== null).sort(byDate((invoice) => invoice.issueDate!));
    for (const invoice of issued) {
      const credits = creditNotes.filter((note) => note.invoice === invoice);
      const due = invoice.totals.totalTtcCents - credits.reduce((sum, note) => sum + note.totals.totalTtcCents, 0);
      if (due <= 0) continue;
      const notBefore = latest([invoice.issueDate!, ...credits.map((note) => note.date)]);
      const { payer, paymentTermDays, paymentMethod } = invoice.customer.profile;
      const [minDelay, maxDelay] = payer === 'prompt' ? [5, 25] : payer === 'regular' ? [15, paymentTermDays + 5] : [paymentTermDays + 5, paymentTermDays + 60];
      const paymentDay = () => workingDayFrom(latest([notBefore, addDays(invoice.issueDate!, this.random.int(minDelay, maxDelay))]));
      const pay = (date: string, amountCents: number) => payments.push({ invoice, date, amountCents, method: paymentMethod, reference: '' });

      const roll = this.random.next();
      if (roll < 0.05) continue;
      if (roll < 0.13) {
        // A round first instalment, leaving at least one euro for the balance.
        const first = Math.min(due - 100, Math.max(100, Math.round((due * (0.3 + 0.3 * this.random.next())) / 1000) * 1000));
        const firstDate = paymentDay();
        if (firstDate > this.today) continue;
        pay(firstDate, first);
        const balanceDate = workingDayFrom(addDays(firstDate, this.random.int(20, 45)));
        if (balanceDate <= this.today && this.random.chance(0.6)) pay(balanceDate, due - first);
        continue;
      }
      const date = paymentDay();
      if (date <= this.today) pay(date, due);
    }
    return payments;
  }

  private settleInvoices(invoices: DemoInvoice[], creditNotes: DemoCreditNote[], payments: DemoPayment[]): void {
    for (const invoice of invoices) {
      if (invoice.issueDate === null) continue;
      const paid = payments.filter((payment) => payment.invoice === invoice).reduce((sum, payment) => sum + payment.amountCents, 0);
      const credited = creditNotes.filter((note) => note.invoice === invoice).reduce((sum, note) => sum + note.totals.totalTtcCents, 0);
      invoice.status = settledInvoiceStatus(invoice.totals.totalTtcCents, paid, credited);
    }
  }

  /**
   * Replays the year's deliveries, invoice issues and credit notes in date order with the rule of
   * `OrderService.followProgress`, so each order ends in the status the application would have
   * given it; then closes the invoiced orders whose invoices were paid over a month ago, as the
   * commercial team does.
   */
  private followOrders(orders: DemoOrder[], notes: DemoDeliveryNote[], invoices: DemoInvoice[], creditNotes: DemoCreditNote[], payments: DemoPayment[]): void {
    const delivered = new Map<DemoOrderLine, number>();
    const invoiced = new Map<DemoOrderLine, number>();
    const orderOf = new Map<DemoOrderLine, DemoOrder>(orders.flatMap((order) => order.lines.map((line) => [line, order] as const)));
    type Event = { date: string; rank: number; moves: [DemoOrderLine, number][]; into: Map<DemoOrderLine, number>; follow: boolean };
    const events: Event[] = [
      ...notes.map((note) => ({ date: note.date, rank: 0, moves: note.lines.map((line): [DemoOrderLine, number] => [line.orderLine, line.quantity]), into: delivered, follow: true })),
      ...invoices
        .filter((invoice) => invoice.issueDate !== null)
        .map((invoice) => ({ date: invoice.issueDate!, rank: 1, moves: invoice.lines.map((line): [DemoOrderLine, number] => [line.orderLine, line.quantity]), into: invoiced, follow: true })),
      ...creditNotes.map((note) => ({ date: note.date, rank: 2, moves: note.lines.map((line): [DemoOrderLine, number] => [line.invoiceLine.orderLine, -line.quantity]), into: invoiced, follow: false })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank));

    for (const event of events) {
      for (const [line, quantity] of event.moves) event.into.set(line, (event.into.get(line) ?? 0) + quantity);
      if (!event.follow) continue;
      for (const order of new Set(event.moves.map(([line]) => orderOf.get(line)!))) {
        const all = (progress: Map<DemoOrderLine, number>) => order.lines.every((line) => (progress.get(line) ?? 0) >= line.quantity);
        const advance = (to: OrderStatus) => {
          if (orderLifecycle.canMove(order.status, to)) order.status = to;
        };
        if (all(delivered)) advance(OrderStatus.DELIVERED);
        else if (order.lines.some((line) => (delivered.get(line) ?? 0) > 0)) advance(OrderStatus.IN_PRODUCTION);
        if (order.status === OrderStatus.DELIVERED && all(invoiced)) advance(OrderStatus.INVOICED);
      }
    }

    const closingDay = addDays(this.today, -CLOSE_AFTER_DAYS);
    for (const order of orders) {
      if (order.status !== OrderStatus.INVOICED) continue;
      const billed = invoices.filter((invoice) => invoice.status !== InvoiceStatus.CANCELLED && invoice.lines.some((line) => orderOf.get(line.orderLine) === order));
      const paidOn = payments.filter((payment) => billed.includes(payment.invoice)).map((payment) => payment.date);
      if (billed.every((invoice) => invoice.status === InvoiceStatus.PAID) && paidOn.length > 0 && latest(paidOn) <= closingDay) order.status = OrderStatus.CLOSED;
    }
  }

  private paymentReference(payment: DemoPayment): string {
    switch (payment.method) {
      case PaymentMethod.CHECK:
        return `Chèque n° ${this.random.digits(7)}`;
      case PaymentMethod.DIRECT_DEBIT:
        return `Prélèvement SEPA ${payment.invoice.number}`;
      case PaymentMethod.CARD:
        return `Carte bancaire ${payment.invoice.number}`;
      default:
        return `Virement ${payment.invoice.number}`;
    }
  }
}

interface Replacement {
  invoice: DemoInvoice;
  cancelled: DemoInvoice;
  creditNote: DemoCreditNote;
}

function partialCreditReason(unit: Unit, quantity: number): string {
  const amount = frenchQuantity(quantity);
  switch (unit) {
    case 'pièce':
      return `Retour de ${amount} pièces non conformes`;
    case 'heure':
      return `Déduction de ${amount} h non réalisées`;
    case 'kg':
      return `Écart de pesée constaté à réception : ${amount} kg`;
    case 'm²':
      return `Surface réelle inférieure à la surface facturée : ${amount} m² déduits`;
    default:
      return `Intervention non réalisée : ${amount} ${unit}${quantity > 1000 ? 's' : ''}`;
  }
}

/**
 * Numbers documents (already in creation order, hence date order) the way `nextDocumentNumber`
 * does: one gapless sequence per establishment, document type and year. Documents without a date
 * (draft invoices) get no number. Returns the `document_sequence` rows that let the application
 * continue each sequence.
 */
function numberDocuments<T>(
  documents: readonly T[],
  type: NumberedDocument,
  dateOf: (document: T) => string | null,
  establishmentOf: (document: T) => DemoEstablishment,
  assign: (document: T, numbered: { number: string; fiscalYear: number; sequenceNumber: number }) => void,
): DemoSequence[] {
  const sequences = new Map<string, DemoSequence>();
  for (const document of documents) {
    const date = dateOf(document);
    if (date === null) continue;
    const establishment = establishmentOf(document);
    const fiscalYear = fiscalYearOf(date);
    const key = `${establishment.code}|${fiscalYear}`;
    const sequence = sequences.get(key) ?? { establishment, documentType: type, fiscalYear, lastValue: 0, lastDate: date };
    sequences.set(key, sequence);
    sequence.lastValue += 1;
    sequence.lastDate = date;
    assign(document, {
      number: documentNumber(type, establishment.code, fiscalYear, sequence.lastValue),
      fiscalYear,
      sequenceNumber: sequence.lastValue,
    });
  }
  return [...sequences.values()];
}
