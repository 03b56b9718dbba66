"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.badUserInput = badUserInput;
exports.unauthenticated = unauthenticated;
exports.forbidden = forbidden;
exports.parseId = parseId;
exports.parseIds = parseIds;
const graphql_1 = require("graphql");
/**
 * Unexpected failures are thrown as coded GraphQL errors; expected business failures are returned as
 * union members instead (schema/error-results.ts). Everything else is masked by formatError.
 */
/** Invalid input: BAD_USER_INPUT naming the field in `extensions.fields`, the shape class-validator failures have. */
function badUserInput(field, message) {
    return new graphql_1.GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });
}
function unauthenticated() {
    return new graphql_1.GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
}
function forbidden() {
    return new graphql_1.GraphQLError('Not allowed for your role', { extensions: { code: 'FORBIDDEN' } });
}
/** Parses a GraphQL ID into a bigint-safe number, or fails naming the field. */
function parseId(value, field) {
    const text = String(value);
    if (!/^[1-9][0-9]{0,14}$/.test(text))
        throw badUserInput(field, `"${text.slice(0, 40)}" is not a valid id`);
    return Number(text);
}
function parseIds(values, field) {
    return values.map((value, index) => parseId(value, `${field}[${index}]`));
}
//# sourceMappingURL=errors.js.map