import { ValidationOptions, registerDecorator, Matches, ValidationArguments } from 'class-validator';
import { isValidSiren, isValidSiret } from '../../kernel/siren';
import { compactIdentifier, isValidBic, isValidIban, isValidPostcode, isValidRnaNumber, vatNumberProblem } from '../../kernel/identity-numbers';
import { VAT_RATES_BP } from '../../kernel/totals';

/** A GraphQL ID naming a row: a positive integer that fits in 53 bits. */
export function IsEntityId(options?: ValidationOptions) {
  return Matches(/^[1-9][0-9]{0,14}$/, { message: '$property must be a valid id', ...options });
}

function custom(name: string, test: (value: unknown, object: object) => boolean, message: string | ((args: ValidationArguments) => string), options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown, args: ValidationArguments) => test(value, args.object) },
    });
}

/** Identifiers are accepted with spaces, dots or dashes and lower case, and stored compact (compactIdentifier). */
const compact = (value: unknown): string | null => (typeof value === 'string' && value.length <= 64 ? compactIdentifier(value) : null);

const VAT_PROBLEMS = {
  format: 'two letters of a member state then 2 to 13 letters or digits; a French one is FR, a two-digit key and the SIREN',
  country: 'it must start with the prefix of an EU member state (FR, DE, BE, EL for Greece…)',
  siren: 'its SIREN part is not a valid SIREN (Luhn key)',
  key: 'its key does not match its SIREN (the key is (12 + 3 × (SIREN mod 97)) mod 97)',
};

export const IsVatNumber = (options?: ValidationOptions) =>
  custom(
    'isVatNumber',
    (v) => compact(v) !== null && vatNumberProblem(compact(v)!) === null,
    (args) => {
      const value = compact(args.value);
      return `$property must be an intracommunity VAT number: ${VAT_PROBLEMS[value === null ? 'format' : (vatNumberProblem(value) ?? 'format')]}`;
    },
    options,
  );

export const IsIban = (options?: ValidationOptions) =>
  custom('isIban', (v) => compact(v) !== null && isValidIban(compact(v)!), '$property must be an IBAN with valid check digits (ISO 13616 mod 97; 27 characters for FR)', options);

export const IsBic = (options?: ValidationOptions) =>
  custom('isBic', (v) => compact(v) !== null && isValidBic(compact(v)!), '$property must be a BIC (ISO 9362: 8 or 11 letters and digits)', options);

export const IsRnaNumber = (options?: ValidationOptions) =>
  custom('isRnaNumber', (v) => compact(v) !== null && isValidRnaNumber(compact(v)!), '$property must be an RNA number (W and nine digits or letters)', options);

/** A postcode valid for the address's `countryCode` (default FR: five digits starting with a département). */
export const IsPostcode = (options?: ValidationOptions) =>
  custom(
    'isPostcode',
    (v, object) => typeof v === 'string' && isValidPostcode(v.trim().toUpperCase(), (object as { countryCode?: string }).countryCode ?? 'FR'),
    '$property must be a postcode of the address\'s country (FR: five digits starting with a département number)',
    options,
  );

export const IsSiren = (options?: ValidationOptions) =>
  custom('isSiren', (v) => typeof v === 'string' && isValidSiren(v), '$property must be a valid SIREN (9 digits, Luhn key)', options);

export const IsSiret = (options?: ValidationOptions) =>
  custom('isSiret', (v) => typeof v === 'string' && isValidSiret(v), '$property must be a valid SIRET (14 digits, Luhn key)', options);

export const IsVatRate = (options?: ValidationOptions) =>
  custom(
    'isVatRate',
    (v) => typeof v === 'number' && (VAT_RATES_BP as readonly number[]).some((bp) => Math.abs(bp / 100 - v) < 1e-9),
    `$property must be one of ${VAT_RATES_BP.map((bp) => bp / 100).join(', ')}`,
    options,
  );

/** A positive quantity with at most three decimals and a sane magnitude. */
export const IsQuantity = (options?: ValidationOptions) =>
  custom(
    'isQuantity',
    (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1e9 && Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6,
    '$property must be a positive number with at most 3 decimals (up to 1 000 000 000)',
    options,
  );

/** Integer cents, at most 10 billion euros: anything larger is a typo or an attack. */
export const MAX_CENTS = 1_000_000_000_000;
