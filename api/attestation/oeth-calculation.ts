/**
 * The OETH attestation's amounts (art. D5212-7 and D5212-22 code du travail; model of the arrêté du
 * 19 novembre 2020), as a pure calculation: no database, no clock, exact integer arithmetic.
 *
 * For one establishment, one customer and one calendar year:
 * - An invoice counts by what was **paid** on it: at the end of each year Y, its cumulative attestable
 *   prix HT is its net HT (less the credit notes dated up to 31 Dec Y) × the share of its net TTC paid
 *   by then (payments dated up to 31 Dec Y, at most the whole), and the same for its deductible costs.
 *   What year Y counts is that cumulative amount less what the earlier years counted, so an invoice is
 *   counted once across all years and a partial payment counts pro rata.
 * - What an earlier year counted is what its issued attestation holds (the current one, not a
 *   superseded one); a year without one counts what it would have counted. So a credit note, or a
 *   payment recorded late, that changes a year already attested is carried by the next attestation,
 *   which then lists the invoice with a negative or an extra amount — unless that year is re-issued.
 * - Rounding: each invoice's cumulative HT and deductible costs are rounded half away from zero to the
 *   cent (once; differences of rounded cumulative amounts are exact, so an invoice's years add up to
 *   its net HT to the cent); the totals are sums of those cents; (3) = (1) − (2) exactly; (4) = rate ×
 *   (3) rounded half away from zero to the cent, once. The UB equivalent is rounded to 3 decimals.
 */

export interface CostedAmount {
  /** HT in cents. */
  htCents: bigint;
  /** Deductible costs in thousandths of a cent (quantity in thousandths × per-unit costs in cents): exact. */
  deductibleMilliCents: bigint;
  /** Whether the line is a mise à disposition (for the non-legal UB equivalent's divisor). */
  mad: boolean;
}

export interface OethCreditNote {
  /** Issue date, YYYY-MM-DD. */
  date: string;
  ttcCents: bigint;
  lines: CostedAmount[];
}

export interface OethInvoice {
  id: number;
  number: string;
  issueDate: string;
  totalTtcCents: bigint;
  lines: CostedAmount[];
  creditNotes: OethCreditNote[];
  payments: { date: string; amountCents: bigint }[];
}

/** What an issued attestation of an earlier year counted for an invoice, in cents. */
export interface CountedAmount {
  htCents: bigint;
  deductibleCents: bigint;
}

export interface Fraction {
  n: bigint;
  d: bigint;
}

export interface OethParameters {
  /** The deduction rate in force on 31 December of the year (0.30 since 2020). */
  rate: Fraction;
  /** SMIC horaire brut on 31 December of the year, cents; null when unknown (no UB equivalent then). */
  smicHourlyCents: bigint | null;
  /** Divisors of the former UB: 2 000 hours, 1 600 for a mise à disposition; null when unknown. */
  ubHours: bigint | null;
  ubMadHours: bigint | null;
}

export interface OethInvoiceAmount {
  invoiceId: number;
  number: string;
  issueDate: string;
  /** TTC paid on the invoice during the year (payment dates in the year). */
  paidInYearCents: number;
  htCents: number;
  deductibleCents: number;
  labourCostCents: number;
}

export interface OethAmounts {
  /** (1) prix HT paid in the year. */
  paidHtCents: number;
  /** (2) the deductible costs linked to those payments. */
  deductibleCostsCents: number;
  /** (3) labour cost = (1) − (2). */
  labourCostCents: number;
  /** (4) the deduction before the client's cap = rate × (3). */
  deductionCents: number;
}

export interface OethComputation extends OethAmounts {
  year: number;
  /** Invoices whose counted amounts in the year are not zero, by number. */
  invoices: OethInvoiceAmount[];
  /** NOT legal: labour cost ÷ (2 000 × SMIC at 31 Dec), MAD lines ÷ (1 600 × SMIC); 3 decimals. */
  ubEquivalentNonLegal: number | null;
}

/** n / d rounded half away from zero (d > 0). */
export function roundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new Error('the denominator must be positive');
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const rounded = (2n * magnitude + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** A decimal as PostgreSQL prints a numeric ("0.30", "1202", "-1.5") as an exact fraction. */
export function parseDecimal(text: string): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal: "${text}"`);
  const decimals = match[3] ?? '';
  const n = BigInt(match[2] + decimals) * (match[1] === '-' ? -1n : 1n);
  return { n, d: 10n ** BigInt(decimals.length) };
}

const endOf = (year: number) => `${year}-12-31`;
const yearOf = (date: string) => Number(date.slice(0, 4));

interface Cumulative {
  htCents: bigint;
  deductibleCents: bigint;
  /** The share of the invoice's net labour cost from mise à disposition lines (for the UB equivalent). */
  madShare: Fraction;
}

function sumLines(lines: readonly CostedAmount[]) {
  let ht = 0n;
  let deductible = 0n;
  let madLabour = 0n;
  for (const line of lines) {
    ht += line.htCents;
    deductible += line.deductibleMilliCents;
    if (line.mad) madLabour += line.htCents * 1000n - line.deductibleMilliCents;
  }
  return { ht, deductible, madLabour };
}

/** The invoice's cumulative attestable amounts at the end of `year`, each rounded once. */
function cumulativeAt(invoice: OethInvoice, year: number): Cumulative {
  const end = endOf(year);
  const billed = sumLines(invoice.lines);
  let netHt = billed.ht;
  let netDeductible = billed.deductible;
  let netMadLabour = billed.madLabour;
  let netTtc = invoice.totalTtcCents;
  for (const note of invoice.creditNotes) {
    if (note.date > end) continue;
    const credited = sumLines(note.lines);
    netHt -= credited.ht;
    netDeductible -= credited.deductible;
    netMadLabour -= credited.madLabour;
    netTtc -= note.ttcCents;
  }
  let paid = 0n;
  for (const payment of invoice.payments) if (payment.date <= end) paid += payment.amountCents;
  const netLabour = netHt * 1000n - netDeductible;
  const madShare = netLabour > 0n ? { n: netMadLabour, d: netLabour } : { n: 0n, d: 1n };
  if (netTtc <= 0n || paid <= 0n) return { htCents: 0n, deductibleCents: 0n, madShare };
  // The paid share of the net TTC, at most the whole (an invoice credited after it was paid).
  const [shareN, shareD] = paid >= netTtc ? [1n, 1n] : [paid, netTtc];
  return {
    htCents: roundHalfAwayFromZero(netHt * shareN, shareD),
    deductibleCents: roundHalfAwayFromZero(netDeductible * shareN, shareD * 1000n),
    madShare,
  };
}

/**
 * What `year` counts for one invoice: its cumulative amount at the end of the year less what each
 * earlier year counted — the amounts of that year's issued attestation (`attested`, by year; an
 * invoice missing from an issued attestation counted nothing that year), or else what that year
 * would have counted.
 */
function countedInYear(invoice: OethInvoice, year: number, attested: ReadonlyMap<number, ReadonlyMap<number, CountedAmount>>) {
  const firstYear = Math.min(year, ...invoice.payments.map((payment) => yearOf(payment.date)));
  let countedHt = 0n;
  let countedDeductible = 0n;
  for (let earlier = firstYear; earlier < year; earlier++) {
    const issued = attested.get(earlier);
    if (issued) {
      const amount = issued.get(invoice.id);
      countedHt += amount?.htCents ?? 0n;
      countedDeductible += amount?.deductibleCents ?? 0n;
    } else {
      const cumulative = cumulativeAt(invoice, earlier);
      countedHt = cumulative.htCents;
      countedDeductible = cumulative.deductibleCents;
    }
  }
  const cumulative = cumulativeAt(invoice, year);
  return { htCents: cumulative.htCents - countedHt, deductibleCents: cumulative.deductibleCents - countedDeductible, madShare: cumulative.madShare };
}

/**
 * The attestation of `year` for the invoices of one establishment and one customer (invoices never
 * paid by the end of the year may be left out: they count nothing).
 */
export function computeOethAttestation(
  year: number,
  invoices: readonly OethInvoice[],
  parameters: OethParameters,
  attested: ReadonlyMap<number, ReadonlyMap<number, CountedAmount>> = new Map(),
): OethComputation {
  const start = `${year}-01-01`;
  const end = endOf(year);
  const lines: OethInvoiceAmount[] = [];
  let paidHt = 0n;
  let deductible = 0n;
  // The UB equivalent's labour cost of mise à disposition lines (each invoice's MAD share rounded to the cent) and of the rest.
  let madLabour = 0n;
  let otherLabour = 0n;
  for (const invoice of invoices) {
    const counted = countedInYear(invoice, year, attested);
    const paidInYear = invoice.payments.filter((payment) => payment.date >= start && payment.date <= end).reduce((sum, payment) => sum + payment.amountCents, 0n);
    if (counted.htCents === 0n && counted.deductibleCents === 0n && paidInYear === 0n) continue;
    paidHt += counted.htCents;
    deductible += counted.deductibleCents;
    const labour = counted.htCents - counted.deductibleCents;
    const mad = roundHalfAwayFromZero(labour * counted.madShare.n, counted.madShare.d);
    madLabour += mad;
    otherLabour += labour - mad;
    lines.push({
      invoiceId: invoice.id,
      number: invoice.number,
      issueDate: invoice.issueDate,
      paidInYearCents: Number(paidInYear),
      htCents: Number(counted.htCents),
      deductibleCents: Number(counted.deductibleCents),
      labourCostCents: Number(labour),
    });
  }
  lines.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  const labourCost = paidHt - deductible;
  const deduction = roundHalfAwayFromZero(labourCost * parameters.rate.n, parameters.rate.d);
  const { smicHourlyCents: smic, ubHours: hours, ubMadHours: madHours } = parameters;
  // madLabour ÷ (madHours × SMIC) + otherLabour ÷ (hours × SMIC), exactly, then to 3 decimals.
  const ubEquivalentNonLegal =
    smic && hours && madHours ? Number(roundHalfAwayFromZero((madLabour * hours + otherLabour * madHours) * 1000n, hours * madHours * smic)) / 1000 : null;
  return {
    year,
    paidHtCents: Number(paidHt),
    deductibleCostsCents: Number(deductible),
    labourCostCents: Number(labourCost),
    deductionCents: Number(deduction),
    invoices: lines,
    ubEquivalentNonLegal,
  };
}

/** An attestation is issued only when it lists an invoice (a customer who paid nothing in the year gets none). */
export function isAttestable(computation: OethComputation): boolean {
  return computation.invoices.length > 0;
}
