import {
  computeOethAttestation, isAttestable, parseDecimal, roundHalfAwayFromZero, type CountedAmount, type OethInvoice, type OethParameters,
} from '../api/attestation/oeth-calculation';

/**
 * The OETH attestation's amounts on hand-computed fixtures, each checked to the cent (the working is
 * written beside each expectation). Rate 30 %, SMIC at 31 December 11.88 € unless said otherwise.
 */

const PARAMETERS: OethParameters = { rate: parseDecimal('0.30'), smicHourlyCents: 1188n, ubHours: 2000n, ubMadHours: 1600n };

/** A line of `htCents` HT whose deductible costs are `deductibleCents` (exact, may hold half cents). */
const line = (htCents: number, deductibleCents: number, mad = false) => ({ htCents: BigInt(htCents), deductibleMilliCents: BigInt(Math.round(deductibleCents * 1000)), mad });

function invoice(id: number, values: Partial<OethInvoice> & Pick<OethInvoice, 'lines' | 'totalTtcCents'>): OethInvoice {
  return { id, number: `FAC-T-${id}`, issueDate: '2025-10-01', creditNotes: [], payments: [], ...values };
}

const pay = (date: string, amountCents: number) => ({ date, amountCents: BigInt(amountCents) });
const attestedYear = (entries: Record<string, [number, number]>) =>
  new Map<number, CountedAmount>(Object.entries(entries).map(([id, [ht, deductible]]) => [Number(id), { htCents: BigInt(ht), deductibleCents: BigInt(deductible) }]));

describe('rounding and parameters', () => {
  test('half away from zero, for negative corrections too', () => {
    expect(roundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(roundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(roundHalfAwayFromZero(14n, 10n)).toBe(1n);
    expect(roundHalfAwayFromZero(-14n, 10n)).toBe(-1n);
  });

  test('a numeric as PostgreSQL prints it is an exact fraction', () => {
    expect(parseDecimal('0.30')).toEqual({ n: 30n, d: 100n });
    expect(parseDecimal('1202')).toEqual({ n: 1202n, d: 1n });
    expect(() => parseDecimal('0,30')).toThrow();
  });
});

describe('computeOethAttestation', () => {
  // 1 000.00 € HT, 20 % VAT: 1 200.00 € TTC; deductible 350.00 €. Paid 400.00 € in 2025, 800.00 € in 2026.
  const partial = invoice(1, { lines: [line(100_000, 35_000)], totalTtcCents: 120_000n, payments: [pay('2025-11-10', 40_000), pay('2026-02-01', 80_000)] });

  test('a partial payment counts pro rata, and the rest the year it is paid', () => {
    const first = computeOethAttestation(2025, [partial], PARAMETERS);
    // 400 / 1 200 = 1/3: HT 333.333… → 333.33 €; deductible 116.666… → 116.67 €; labour 216.66 €; 30 % → 64.998 → 65.00 €.
    expect(first).toMatchObject({ paidHtCents: 33_333, deductibleCostsCents: 11_667, labourCostCents: 21_666, deductionCents: 6_500 });
    expect(first.invoices).toEqual([
      { invoiceId: 1, number: 'FAC-T-1', issueDate: '2025-10-01', paidInYearCents: 40_000, htCents: 33_333, deductibleCents: 11_667, labourCostCents: 21_666 },
    ]);
    const second = computeOethAttestation(2026, [partial], PARAMETERS);
    // The whole is paid: 1 000.00 − 333.33 = 666.67 €; 350.00 − 116.67 = 233.33 €; labour 433.34 €; 30 % → 130.002 → 130.00 €.
    expect(second).toMatchObject({ paidHtCents: 66_667, deductibleCostsCents: 23_333, labourCostCents: 43_334, deductionCents: 13_000 });
    expect(second.invoices[0].paidInYearCents).toBe(80_000);
    // Counted once across the years: the two add up to the invoice to the cent.
    expect(first.paidHtCents + second.paidHtCents).toBe(100_000);
    expect(first.deductibleCostsCents + second.deductibleCostsCents).toBe(35_000);
    // Nothing left for 2027.
    expect(computeOethAttestation(2027, [partial], PARAMETERS).invoices).toEqual([]);
  });

  test('what an issued attestation counted is what the next year subtracts', () => {
    // Had the 2025 attestation been issued before the November payment was recorded, it counted nothing for the invoice:
    const issued2025 = new Map([[2025, attestedYear({})]]);
    const second = computeOethAttestation(2026, [partial], PARAMETERS, issued2025);
    // The whole invoice reaches 2026: 1 000.00 € HT, 350.00 €, labour 650.00 €, 195.00 €.
    expect(second).toMatchObject({ paidHtCents: 100_000, deductibleCostsCents: 35_000, labourCostCents: 65_000, deductionCents: 19_500 });
  });

  test('a credit note before the attestation reduces the invoice it corrects', () => {
    // 500.00 € HT (600.00 € TTC), deductible 100.00 €; credited 100.00 € HT (120.00 € TTC, deductible 20.00 €) in March; the 480.00 € left paid in April.
    const credited = invoice(2, {
      lines: [line(50_000, 10_000)],
      totalTtcCents: 60_000n,
      creditNotes: [{ date: '2026-03-01', ttcCents: 12_000n, lines: [line(10_000, 2_000)] }],
      payments: [pay('2026-04-01', 48_000)],
    });
    // 400.00 € HT, 80.00 € deductible, labour 320.00 €, deduction 96.00 €.
    expect(computeOethAttestation(2026, [credited], PARAMETERS)).toMatchObject({ paidHtCents: 40_000, deductibleCostsCents: 8_000, labourCostCents: 32_000, deductionCents: 9_600 });
  });

  test('a credit note after the attestation is carried by the next one, as a negative amount', () => {
    // 200.00 € HT (240.00 € TTC), deductible 50.00 €, paid in May 2026 and attested; credited 50.00 € HT (60.00 € TTC, deductible 12.50 €) in January 2027.
    const late = invoice(3, {
      lines: [line(20_000, 5_000)],
      totalTtcCents: 24_000n,
      creditNotes: [{ date: '2027-01-15', ttcCents: 6_000n, lines: [line(5_000, 1_250)] }],
      payments: [pay('2026-05-01', 24_000)],
    });
    const attested = computeOethAttestation(2026, [late], PARAMETERS);
    // The credit note is dated 2027: 2026 counts the whole, 200.00 €, 50.00 €, 150.00 €, 45.00 €.
    expect(attested).toMatchObject({ paidHtCents: 20_000, deductibleCostsCents: 5_000, labourCostCents: 15_000, deductionCents: 4_500 });
    const issued = new Map([[2026, attestedYear({ 3: [20_000, 5_000] })]]);
    const next = computeOethAttestation(2027, [late], PARAMETERS, issued);
    // 150.00 € HT net, fully paid, less the 200.00 € attested: −50.00 €; −12.50 €; labour −37.50 €; 30 % → −11.25 €.
    expect(next).toMatchObject({ paidHtCents: -5_000, deductibleCostsCents: -1_250, labourCostCents: -3_750, deductionCents: -1_125 });
    expect(next.invoices).toEqual([
      { invoiceId: 3, number: 'FAC-T-3', issueDate: '2025-10-01', paidInYearCents: 0, htCents: -5_000, deductibleCents: -1_250, labourCostCents: -3_750 },
    ]);
    expect(isAttestable(next)).toBe(true);
  });

  test('several VAT rates and cost splits, paid in two parts', () => {
    // 100.00 € at 20 % (VAT 20.00 €), deductible 10 × (2.00 € materials + 0.50 € selling) = 25.00 €;
    // 50.00 € at 5.5 % (VAT 2.75 €), deductible 2.5 × 3.33 € subcontracting = 8.325 €;
    // 33.33 € at 10 % (VAT 3.33 €), nothing deductible. HT 183.33 €, TTC 209.41 €, deductible 33.325 €.
    const mixed = invoice(4, {
      lines: [line(10_000, 2_500), line(5_000, 832.5), line(3_333, 0)],
      totalTtcCents: 20_941n,
      payments: [pay('2026-06-01', 10_000), pay('2027-01-10', 10_941)],
    });
    const first = computeOethAttestation(2026, [mixed], PARAMETERS);
    // 100.00 / 209.41 paid: HT 18 333 × 10 000 / 20 941 = 8 754.596… → 87.55 €; deductible 3 332.5 × 10 000 / 20 941 = 1 591.38… → 15.91 €;
    // labour 71.64 €; 30 % → 21.492 → 21.49 €.
    expect(first).toMatchObject({ paidHtCents: 8_755, deductibleCostsCents: 1_591, labourCostCents: 7_164, deductionCents: 2_149 });
    const second = computeOethAttestation(2027, [mixed], PARAMETERS);
    // The rest: 183.33 − 87.55 = 95.78 €; 33.325 → 33.33 (half away from zero) − 15.91 = 17.42 €; labour 78.36 €; 30 % → 23.508 → 23.51 €.
    expect(second).toMatchObject({ paidHtCents: 9_578, deductibleCostsCents: 1_742, labourCostCents: 7_836, deductionCents: 2_351 });
  });

  test('the UB equivalent uses the SMIC it is given (31 December) and the MAD divisor for MAD lines', () => {
    // 23 760.00 € of labour ÷ (2 000 × 11.88 €) = 1 unit; 19 008.00 € of MAD labour ÷ (1 600 × 11.88 €) = 1 unit.
    const production = invoice(5, { lines: [line(2_376_000, 0)], totalTtcCents: 2_851_200n, payments: [pay('2024-12-01', 2_851_200)] });
    const mad = invoice(6, { lines: [line(1_900_800, 0, true)], totalTtcCents: 2_280_960n, payments: [pay('2024-12-01', 2_280_960)] });
    expect(computeOethAttestation(2024, [production, mad], PARAMETERS).ubEquivalentNonLegal).toBe(2);
    // With the SMIC of 1 January 2024 (11.65 €) it would be 2 × 11.88 / 11.65 = 2.0395 → 2.039: the date matters.
    expect(computeOethAttestation(2024, [production, mad], { ...PARAMETERS, smicHourlyCents: 1165n }).ubEquivalentNonLegal).toBe(2.039);
    expect(computeOethAttestation(2024, [production], { ...PARAMETERS, smicHourlyCents: null }).ubEquivalentNonLegal).toBeNull();
  });

  test('a customer with invoices but no payment in the year has nothing to attest', () => {
    const unpaid = invoice(7, { lines: [line(10_000, 0)], totalTtcCents: 12_000n, payments: [pay('2027-02-01', 12_000)] });
    const computed = computeOethAttestation(2026, [unpaid], PARAMETERS);
    expect(computed).toMatchObject({ paidHtCents: 0, deductibleCostsCents: 0, labourCostCents: 0, deductionCents: 0, invoices: [] });
    expect(isAttestable(computed)).toBe(false);
  });

  test('an invoice credited in full after it was paid counts nothing more than it was paid for', () => {
    const cancelled = invoice(8, {
      lines: [line(10_000, 1_000)],
      totalTtcCents: 12_000n,
      creditNotes: [{ date: '2026-09-01', ttcCents: 12_000n, lines: [line(10_000, 1_000)] }],
      payments: [pay('2026-08-01', 12_000)],
    });
    expect(computeOethAttestation(2026, [cancelled], PARAMETERS)).toMatchObject({ paidHtCents: 0, deductibleCostsCents: 0, deductionCents: 0 });
  });
});
