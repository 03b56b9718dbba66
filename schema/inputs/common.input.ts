import { ValidationOptions, registerDecorator, Matches, ValidationArguments } from 'class-validator';
import { isValidSiren, isValidSiret } from '../../kernel/siren';
import { VAT_RATES_BP } from '../../kernel/totals';

/** A GraphQL ID naming a row: a positive integer that fits in 53 bits. */
export function IsEntityId(options?: ValidationOptions) {
  return Matches(/^[1-9][0-9]{0,14}$/, { message: '$property must be a valid id', ...options });
}

function custom(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown, _args: ValidationArguments) => test(value) },
    });
}

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
