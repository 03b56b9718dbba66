"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.typeRule = typeRule;
exports.declaredRoles = declaredRoles;
exports.readRuleOf = readRuleOf;
exports.holdsOneOf = holdsOneOf;
exports.isWholeEndedMonths = isWholeEndedMonths;
exports.ruleOfField = ruleOfField;
exports.applyReadRules = applyReadRules;
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../../schema/enums");
const errors_1 = require("../common/errors");
const dates_1 = require("../../kernel/dates");
const roles_1 = require("../../kernel/roles");
/**
 * Field rules generated from the role matrix (`roles.ts`): every field of every object type carries
 * the rule of the type it leads to (`TYPE_RULES`), on top of its own `@Authorized` roles, so a path
 * through relations (`productionSheet { order { totalTtcCents } }`) asks what the root query (`orders`)
 * asks. The check is installed on the built schema, only where the parent's rule does not already
 * imply it (Order → OrderLine needs nothing more; ProductionSheet → Order needs readSales), and the
 * nested and rendered SQL reads consult `readRuleOf` before embedding a field.
 */
const ALL_ROLES = Object.values(enums_1.Role);
/** The rule of reading an object of `type`: its own, or its items' for a page (`OrderList`). */
function typeRule(type) {
    const own = roles_1.TYPE_RULES[type.name];
    if (own)
        return own;
    if ((0, graphql_1.isObjectType)(type) && /List$/.test(type.name)) {
        const items = type.getFields().items;
        return items ? roles_1.TYPE_RULES[(0, graphql_1.getNamedType)(items.type).name] : undefined;
    }
    return undefined;
}
/** `@Authorized` roles type-graphql applies to `typeName.field` (entity property or field resolver), if any. */
function declaredRoles(typeName, field) {
    const storage = (0, type_graphql_1.getMetadataStorage)();
    const objectType = storage.objectTypes.find((type) => type.name === typeName);
    if (!objectType)
        return undefined;
    const resolver = storage.fieldResolvers.find((candidate) => candidate.getObjectType?.() === objectType.target && candidate.schemaName === field);
    if (resolver)
        return resolver.roles;
    for (let target = objectType.target; target?.prototype; target = Object.getPrototypeOf(target)) {
        const property = storage.fields.find((candidate) => candidate.target === target && candidate.schemaName === field);
        if (property)
            return property.roles;
    }
    return undefined;
}
const intersect = (a, b) => a && b ? a.filter((role) => b.includes(role)) : (a ?? b);
/** The full rule of each field (`Type.field` → roles), where it has one; filled by `applyReadRules`. */
const fieldRules = new Map();
/** The roles one of which the caller must hold to read `typeName.field` (undefined: anyone who reached the parent). */
function readRuleOf(typeName, field) {
    return fieldRules.get(`${typeName}.${field}`);
}
function holdsOneOf(ctx, roles) {
    return !roles || !!ctx.user?.roles.some((role) => roles.includes(role));
}
function check(ctx, roles) {
    if (!ctx.user)
        throw (0, errors_1.unauthenticated)();
    if (!holdsOneOf(ctx, roles))
        throw (0, errors_1.forbidden)();
}
/** First and last day of the month of a date written YYYY-MM-DD. */
const monthStart = (date) => `${date.slice(0, 8)}01`;
const monthEnd = (date) => {
    const [year, month] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};
/**
 * A per-person period a role without readWorkRecords may ask for: whole calendar months (from the 1st
 * to the last day of a month) that have ended (before the current month in France).
 */
function isWholeEndedMonths(period, today = (0, dates_1.todayInFrance)()) {
    if (!period?.from || !period.to)
        return false;
    return period.from === monthStart(period.from) && period.to === monthEnd(period.to) && period.from <= period.to && period.to < monthStart(today);
}
function perPersonCheck(ctx, args) {
    if (holdsOneOf(ctx, roles_1.CAN.readWorkRecords) || isWholeEndedMonths(args.period))
        return;
    throw new graphql_1.GraphQLError('Per-person figures over less than whole, ended calendar months are individual work records: give period { from: the 1st of a month, to: the last day of a month before this one }', { extensions: { code: 'FORBIDDEN' } });
}
/** The rule `applyReadRules` installs on a field, and whether it must check it itself (type-graphql does not). */
function ruleOfField(parent, field) {
    const declared = declaredRoles(parent.name, field.name);
    const target = typeRule((0, graphql_1.getNamedType)(field.type));
    if (!target)
        return { roles: declared };
    const parentRule = typeRule(parent);
    const implied = parentRule !== undefined && roles_1.CAN[parentRule].every((role) => roles_1.CAN[target].includes(role));
    return { roles: intersect(declared, implied ? undefined : roles_1.CAN[target]) ?? undefined, checkTarget: implied ? undefined : roles_1.CAN[target] };
}
/**
 * Installs the generated field rules on the built schema (before `installNestedReads`, which falls back
 * to these resolvers when an embedded value may not be read).
 */
function applyReadRules(schema) {
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((type) => type.name));
    for (const type of Object.values(schema.getTypeMap())) {
        if (!(0, graphql_1.isObjectType)(type) || roots.has(type.name) || (0, graphql_1.isIntrospectionType)(type))
            continue;
        for (const field of Object.values(type.getFields())) {
            const { roles, checkTarget } = ruleOfField(type, field);
            if (roles && roles.length < ALL_ROLES.length)
                fieldRules.set(`${type.name}.${field.name}`, roles);
            const perPerson = roles_1.PER_PERSON_PERIOD_FIELDS.includes(`${type.name}.${field.name}`);
            if (!checkTarget && !perPerson)
                continue;
            const resolve = field.resolve ?? graphql_1.defaultFieldResolver;
            field.resolve = (root, args, ctx, info) => {
                if (checkTarget)
                    check(ctx, checkTarget);
                if (perPerson)
                    perPersonCheck(ctx, args);
                return resolve(root, args, ctx, info);
            };
        }
    }
    return schema;
}
//# sourceMappingURL=read-rules.js.map