import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, isUnionType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLOutputType,
} from 'graphql';

/**
 * Builds operations and inputs from the schema itself, so that every mutation and list query —
 * including ones added later — gets the bad-input treatment without anyone writing a case for it.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A plausible value for a field, by type and name: the base that one bad leaf is swapped into. */
export function baseValue(type: GraphQLInputType, name: string): Json {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [baseValue(nullable.ofType, name)];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).map((field) => [field.name, baseValue(field.type, field.name)]));
  }
  const scalar = nullable.name;
  if (scalar === 'ID') return '999999999'; // well-formed, never found: references resolve to NOT_FOUND
  if (scalar === 'Int' || scalar === 'SafeInt') return /percent/i.test(name) ? 20 : 1;
  if (scalar === 'Float') return /percent/i.test(name) ? 20 : 1;
  if (scalar === 'Boolean') return false;
  if (scalar === 'LocalDate') return '2026-02-10';
  if (scalar === 'DateTimeISO') return '2026-02-10T10:00:00Z';
  const byName: [RegExp, string][] = [
    [/email/i, 'base@example.fr'], [/siren$/i, '732829320'], [/siret$/i, '73282932000074'], [/postalCode/i, '69001'],
    [/countryCode/i, 'FR'], [/code$/i, 'BASE-1'], [/matricule/i, 'BASE-1'], [/initials/i, 'AB'],
  ];
  return byName.find(([pattern]) => pattern.test(name))?.[1] ?? 'Base';
}

const HUGE = 'x'.repeat(300_000);
const INJECTIONS = [`'; drop table invoice; --`, `1 or 1=1`, `") or true --`, `id; delete from customer`];

/** Bad values for a leaf of the given scalar or enum type. */
export function badValues(type: GraphQLInputType): { label: string; value: Json }[] {
  const named = getNamedType(type);
  const wrongTypes = [{ label: 'object', value: { a: 1 } }, { label: 'list of lists', value: [[1]] }];
  if (isEnumType(named)) return [...wrongTypes, ...INJECTIONS.map((value) => ({ label: 'enum injection', value })), { label: 'number', value: 1 }];
  switch (named.name) {
    case 'ID':
      return [...wrongTypes, { label: 'negative id', value: '-1' }, { label: 'zero id', value: '0' }, { label: 'huge id', value: '99999999999999999999' },
        { label: 'float id', value: 1.5 }, ...INJECTIONS.map((value) => ({ label: 'id injection', value }))];
    case 'Int': case 'SafeInt': case 'Float':
      return [...wrongTypes, { label: 'string', value: 'abc' }, { label: 'NaN', value: 'NaN' }, { label: 'negative', value: -1 }, { label: 'huge negative', value: -1e15 },
        { label: 'huge', value: 1e300 }, { label: 'beyond 2^63', value: 9223372036854775808 }, { label: 'fraction', value: 0.5 }];
    case 'LocalDate': case 'DateTimeISO':
      return [...wrongTypes, { label: 'Feb 30', value: '2026-02-30' }, { label: 'month 13', value: '2026-13-01' }, { label: 'year 0', value: '0000-00-00' },
        { label: 'year 99999', value: '99999-01-01' }, { label: 'number', value: 20260210 }, ...INJECTIONS.map((value) => ({ label: 'date injection', value }))];
    case 'Boolean':
      return [...wrongTypes, { label: 'string', value: 'true' }, { label: 'number', value: 1 }];
    default:
      return [...wrongTypes, { label: 'number', value: 12 }, { label: 'huge string', value: HUGE }, { label: 'NUL byte', value: 'a\u0000b' }];
  }
}

/** Injection strings for free-text leaves (search filters): data, never code. */
export const TEXT_INJECTIONS = INJECTIONS;

export interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every scalar or enum position of an argument's base value. */
export function leaves(type: GraphQLInputType, path: (string | number)[] = []): Leaf[] {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return leaves(nullable.ofType, [...path, 0]);
  if (isInputObjectType(nullable)) return Object.values(nullable.getFields()).flatMap((field) => leaves(field.type, [...path, field.name]));
  return [{ path, type }];
}

export function withLeaf(base: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]] = value;
  return copy as Json;
}

/** The smallest selection that tells success from an error result. */
export function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename ... on ErrorResult { errorCode } }';
  if (isObjectType(named)) return '{ __typename }';
  return '';
}

export function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Generated${vars ? `(${vars})` : ''} { result: ${field.name}${args ? `(${args})` : ''} ${selection(field.type)} }`;
}

export function isRequired(type: GraphQLInputType): boolean {
  return isNonNullType(type);
}

export { isScalarType };
