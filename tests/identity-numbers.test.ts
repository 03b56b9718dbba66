import {
  compactIdentifier, frenchVatNumber, ibanWithChecksum, isValidBic, isValidIban, isValidPostcode, isValidRnaNumber, sirenOfVatNumber, vatNumberProblem,
} from '../kernel/identity-numbers';
import { frenchIban } from '../tools/demo/demo-tools';

/**
 * The checks of the identifiers documents print, on published examples: the VAT number FR 40 303 265 045
 * (the example of the French tax administration's key formula), and the IBAN examples of ISO 13616
 * and of the banks' documentation (FR14 2004 1010 0505 0001 3M02 606, GB82 WEST…, DE89 3704…).
 */

describe('intracommunity VAT numbers', () => {
  it('accepts a French number whose key matches its SIREN, written with or without spaces', () => {
    expect(vatNumberProblem('FR40303265045')).toBeNull();
    expect(vatNumberProblem(compactIdentifier('fr 40 303 265 045'))).toBeNull();
    expect(frenchVatNumber('303265045')).toBe('FR40303265045');
    expect(sirenOfVatNumber('FR40303265045')).toBe('303265045');
  });

  it('says what is wrong: the key, the SIREN, the shape, the country', () => {
    expect(vatNumberProblem('FR41303265045')).toBe('key');
    expect(vatNumberProblem('FR40303265046')).toBe('siren'); // Luhn fails before the key is looked at
    expect(vatNumberProblem('FR4030326504')).toBe('format'); // eight-digit SIREN
    expect(vatNumberProblem('FRAB303265045')).toBe('format'); // letter keys are not what the SIREN-based formula gives
    expect(vatNumberProblem('US40303265045')).toBe('country');
    expect(vatNumberProblem('GR094259216')).toBe('country'); // Greece's prefix is EL
    expect(vatNumberProblem('fr40303265045')).toBe('format'); // stored compact and upper case
  });

  it('checks other member states\' numbers for their shape only', () => {
    expect(vatNumberProblem('DE136695976')).toBeNull();
    expect(vatNumberProblem('EL094259216')).toBeNull();
    expect(vatNumberProblem('DE1')).toBe('format');
  });
});

describe('IBAN and BIC', () => {
  it('accepts published examples and refuses them with one character changed', () => {
    for (const iban of ['FR1420041010050500013M02606', 'GB82WEST12345698765432', 'DE89370400440532013000']) {
      expect(isValidIban(iban)).toBe(true);
      const last = iban.at(-1)!;
      expect(isValidIban(iban.slice(0, -1) + (last === '9' ? '8' : String((Number(last) + 1) % 10)))).toBe(false);
    }
    expect(isValidIban('FR1520041010050500013M02606')).toBe(false); // check digits
  });

  it('refuses a French IBAN of the wrong length even when its mod 97 holds', () => {
    const short = ibanWithChecksum('FR', '2004101005050001302606'); // one character short of the 23 of a RIB
    expect(isValidIban(short)).toBe(false);
  });

  it('builds a French IBAN from a RIB the way the banks do (RIB key, then check digits)', () => {
    const iban = frenchIban('30002', '00550', '00001575679');
    expect(iban).toMatch(/^FR[0-9]{2}300020055000001575679[0-9]{2}$/);
    expect(isValidIban(iban)).toBe(true);
    // The RIB key makes 89 × bank + 15 × branch + 3 × account + key a multiple of 97.
    const key = BigInt(iban.slice(-2));
    expect((89n * 30002n + 15n * 550n + 3n * 1575679n + key) % 97n).toBe(0n);
  });

  it('checks BICs for their ISO 9362 shape', () => {
    expect(isValidBic('BNPAFRPP')).toBe(true);
    expect(isValidBic('BNPAFRPPXXX')).toBe(true);
    expect(isValidBic('BNPAFRP')).toBe(false);
    expect(isValidBic('BNP1FRPP')).toBe(false);
  });
});

describe('postcodes and RNA numbers', () => {
  it('accepts French postcodes of a département or an overseas territory', () => {
    for (const code of ['69007', '01000', '20000', '75001', '97400', '98000']) expect(isValidPostcode(code)).toBe(true);
    for (const code of ['00100', '99000', '6900', '690071', '69 007', 'ABCDE']) expect(isValidPostcode(code)).toBe(false);
  });

  it('checks foreign postcodes for their general shape only', () => {
    expect(isValidPostcode('SW1A 1AA', 'GB')).toBe(true);
    expect(isValidPostcode('1000', 'BE')).toBe(true);
    expect(isValidPostcode('-', 'BE')).toBe(false);
  });

  it('accepts RNA numbers: W and nine characters', () => {
    expect(isValidRnaNumber('W691087342')).toBe(true);
    expect(isValidRnaNumber('W69108734')).toBe(false);
    expect(isValidRnaNumber('691087342X')).toBe(false);
  });
});
