import { GraphQLError } from 'graphql';

/**
 * Unexpected failures are thrown as coded GraphQL errors; expected business failures are returned as
 * union members instead (schema/error-results.ts). Everything else is masked by formatError.
 */
/** Invalid input: BAD_USER_INPUT naming the field in `extensions.fields`, the shape class-validator failures have. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('Not allowed for your role', { extensions: { code: 'FORBIDDEN' } });
}

/** Parses a GraphQL ID into a bigint-safe number, or fails naming the field. */
export function parseId(value: string | number, field: string): number {
  const text = String(value);
  if (!/^[1-9][0-9]{0,14}$/.test(text)) throw badUserInput(field, `"${text.slice(0, 40)}" is not a valid id`);
  return Number(text);
}

/** An optional id argument: null when absent, else as parseId. */
export function parseOptionalId(value: string | number | null | undefined, field: string): number | null {
  return value === null || value === undefined ? null : parseId(value, field);
}

export function parseIds(values: readonly (string | number)[], field: string): number[] {
  return values.map((value, index) => parseId(value, `${field}[${index}]`));
}
