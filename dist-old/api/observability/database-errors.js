"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDatabaseUnavailable = isDatabaseUnavailable;
exports.serviceUnavailable = serviceUnavailable;
exports.isRefusedValue = isRefusedValue;
exports.missingReference = missingReference;
const graphql_1 = require("graphql");
/**
 * Errors that mean "the database is not reachable right now" (restart, failover, network): the
 * request failed through no fault of its own and may be retried. They are answered with
 * SERVICE_UNAVAILABLE (HTTP 503) instead of a masked INTERNAL_SERVER_ERROR.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES = [
    'Connection terminated',
    'connection error',
    'not queryable',
    'timeout exceeded when trying to connect',
    'the database system is',
    'Client was closed',
    'Query runner already released', // the request's connection failed and TypeORM released it
];
function isDatabaseUnavailable(error) {
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        const { code, message } = current;
        if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) {
            return true;
        }
        if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text)))
            return true;
        current = current.driverError
            ?? current.originalError
            ?? current.cause;
    }
    return false;
}
function serviceUnavailable() {
    return new graphql_1.GraphQLError('Service temporarily unavailable, retry shortly', {
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
}
/**
 * PostgreSQL's data exceptions (SQLSTATE class 22) for values that validation let through: a NUL
 * character in text (22021), a string or number out of range (22001, 22003), an impossible date
 * (22007, 22008). They come from the client's values, so they are answered as BAD_USER_INPUT
 * (without the database's message) rather than as an internal error.
 */
const REFUSED_VALUE_SQLSTATES = new Set(['22021', '22P05', '22001', '22003', '22007', '22008', '22P02']);
function isRefusedValue(error) {
    const code = error?.code ?? error?.driverError?.code;
    return typeof code === 'string' && REFUSED_VALUE_SQLSTATES.has(code);
}
/**
 * A reference to a row that is not in the caller's organisation (unknown, or another organisation's:
 * references between tenant tables include organization_id, so both fail the same foreign key,
 * 23503). Returns the input field it came from (`referent_supervisor_id` → `referentSupervisorId`),
 * read from the constraint's name (`<table>_<column>_fkey`), or undefined for any other error.
 */
function missingReference(error) {
    const driver = error?.driverError ?? error;
    const { code, constraint, table } = (driver ?? {});
    if (code !== '23503' || typeof constraint !== 'string' || typeof table !== 'string')
        return undefined;
    const column = constraint.startsWith(`${table}_`) && constraint.endsWith('_fkey') ? constraint.slice(table.length + 1, -'_fkey'.length) : 'id';
    return column.replace(/_([a-z])/g, (_m, c) => c.toUpperCase());
}
//# sourceMappingURL=database-errors.js.map