import {
  defaultFieldResolver, GraphQLError, getNamedType, isObjectType, isIntrospectionType, type GraphQLField, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../../schema/enums';
import { forbidden, unauthenticated } from '../common/errors';
import { todayInFrance } from '../../kernel/dates';
import { CAN, PER_PERSON_PERIOD_FIELDS, TYPE_RULES, type Rule } from '../../kernel/roles';

/**
 * Field rules generated from the role matrix (`roles.ts`): every field of every object type carries
 * the rule of the type it leads to (`TYPE_RULES`), on top of its own `@Authorized` roles, so a path
 * through relations (`productionSheet { order { totalTtcCents } }`) asks what the root query (`orders`)
 * asks. The check is installed on the built schema, only where the parent's rule does not already
 * imply it (Order → OrderLine needs nothing more; ProductionSheet → Order needs readSales), and the
 * nested and rendered SQL reads consult `readRuleOf` before embedding a field.
 */

const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The rule of reading an object of `type`: its own, or its items' for a page (`OrderList`). */
export function typeRule(type: GraphQLNamedType): Rule | undefined {
  const own = (TYPE_RULES as Record<string, Rule>)[type.name];
  if (own) return own;
  if (isObjectType(type) && /List$/.test(type.name)) {
    const items = type.getFields().items;
    return items ? (TYPE_RULES as Record<string, Rule>)[getNamedType(items.type).name] : undefined;
  }
  return undefined;
}

/** `@Authorized` roles type-graphql applies to `typeName.field` (entity property or field resolver), if any. */
export function declaredRoles(typeName: string, field: string): readonly Role[] | undefined {
  const storage = getMetadataStorage();
  const objectType = storage.objectTypes.find((type) => type.name === typeName);
  if (!objectType) return undefined;
  const resolver = storage.fieldResolvers.find((candidate) => candidate.getObjectType?.() === objectType.target && candidate.schemaName === field);
  if (resolver) return resolver.roles as Role[] | undefined;
  for (let target = objectType.target; target?.prototype; target = Object.getPrototypeOf(target)) {
    const property = storage.fields.find((candidate) => candidate.target === target && candidate.schemaName === field);
    if (property) return property.roles as Role[] | undefined;
  }
  return undefined;
}

const intersect = (a: readonly Role[] | undefined, b: readonly Role[] | undefined) =>
  a && b ? a.filter((role) => b.includes(role)) : (a ?? b);

/** The full rule of each field (`Type.field` → roles), where it has one; filled by `applyReadRules`. */
const fieldRules = new Map<string, readonly Role[]>();

/** The roles one of which the caller must hold to read `typeName.field` (undefined: anyone who reached the parent). */
export function readRuleOf(typeName: string, field: string): readonly Role[] | undefined {
  return fieldRules.get(`${typeName}.${field}`);
}

export function holdsOneOf(ctx: RequestContext, roles: readonly Role[] | undefined): boolean {
  return !roles || !!ctx.user?.roles.some((role) => roles.includes(role));
}

function check(ctx: RequestContext, roles: readonly Role[]): void {
  if (!ctx.user) throw unauthenticated();
  if (!holdsOneOf(ctx, roles)) throw forbidden();
}

/** First and last day of the month of a date written YYYY-MM-DD. */
const monthStart = (date: string) => `${date.slice(0, 8)}01`;
const monthEnd = (date: string) => {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

/**
 * A per-person period a role without readWorkRecords may ask for: whole calendar months (from the 1st
 * to the last day of a month) that have ended (before the current month in France).
 */
export function isWholeEndedMonths(period: { from?: string | null; to?: string | null } | null | undefined, today = todayInFrance()): boolean {
  if (!period?.from || !period.to) return false;
  return period.from === monthStart(period.from) && period.to === monthEnd(period.to) && period.from <= period.to && period.to < monthStart(today);
}

function perPersonCheck(ctx: RequestContext, args: { period?: { from?: string; to?: string } }): void {
  if (holdsOneOf(ctx, CAN.readWorkRecords) || isWholeEndedMonths(args.period)) return;
  throw new GraphQLError(
    'Per-person figures over less than whole, ended calendar months are individual work records: give period { from: the 1st of a month, to: the last day of a month before this one }',
    { extensions: { code: 'FORBIDDEN' } },
  );
}

/** The rule `applyReadRules` installs on a field, and whether it must check it itself (type-graphql does not). */
export function ruleOfField(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): { roles?: readonly Role[]; checkTarget?: readonly Role[] } {
  const declared = declaredRoles(parent.name, field.name);
  const target = typeRule(getNamedType(field.type));
  if (!target) return { roles: declared };
  const parentRule = typeRule(parent);
  const implied = parentRule !== undefined && CAN[parentRule].every((role) => (CAN[target] as readonly Role[]).includes(role));
  return { roles: intersect(declared, implied ? undefined : CAN[target]) ?? undefined, checkTarget: implied ? undefined : CAN[target] };
}

/**
 * Installs the generated field rules on the built schema (before `installNestedReads`, which falls back
 * to these resolvers when an embedded value may not be read).
 */
export function applyReadRules(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((type) => type!.name));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type.name) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const { roles, checkTarget } = ruleOfField(type, field);
      if (roles && roles.length < ALL_ROLES.length) fieldRules.set(`${type.name}.${field.name}`, roles);
      const perPerson = (PER_PERSON_PERIOD_FIELDS as readonly string[]).includes(`${type.name}.${field.name}`);
      if (!checkTarget && !perPerson) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, ctx: RequestContext, info) => {
        if (checkTarget) check(ctx, checkTarget);
        if (perPerson) perPersonCheck(ctx, args);
        return resolve(root, args, ctx, info);
      };
    }
  }
  return schema;
}
