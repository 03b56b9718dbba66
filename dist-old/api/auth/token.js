"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.signStaffToken = signStaffToken;
exports.verifyStaffToken = verifyStaffToken;
const node_crypto_1 = __importDefault(require("node:crypto"));
const jsonwebtoken_1 = __importDefault(require("jsonwebtoken"));
const enums_1 = require("../../schema/enums");
const ISSUER = 'ub-platform';
/**
 * The HMAC key object of a secret, built once: given a string, jsonwebtoken first tries (and fails)
 * to read it as a public key on every call, which was a sixth of a simple request's CPU.
 */
const keys = new Map();
function keyOf(secret) {
    let key = keys.get(secret);
    if (!key)
        keys.set(secret, (key = node_crypto_1.default.createSecretKey(Buffer.from(secret, 'utf8'))));
    return key;
}
const ALL_ROLES = new Set(Object.values(enums_1.Role));
function signStaffToken(secret, user, expiresInSeconds = 12 * 3600) {
    return jsonwebtoken_1.default.sign({ org: String(user.organizationId), roles: user.roles }, secret, {
        algorithm: 'HS256',
        issuer: ISSUER,
        subject: String(user.userId),
        expiresIn: expiresInSeconds,
    });
}
/** Returns the user for a valid token, null for anything else (missing, expired, tampered, malformed). */
function verifyStaffToken(secret, token) {
    try {
        const payload = jsonwebtoken_1.default.verify(token, keyOf(secret), { algorithms: ['HS256'], issuer: ISSUER });
        const userId = Number(payload.sub);
        const organizationId = Number(payload.org);
        const roles = payload.roles;
        if (!Number.isSafeInteger(userId) || userId <= 0 || !Number.isSafeInteger(organizationId) || organizationId <= 0)
            return null;
        if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string' && ALL_ROLES.has(role)))
            return null;
        const issuedAt = typeof payload.iat === 'number' ? payload.iat : undefined;
        const expiresAt = typeof payload.exp === 'number' ? payload.exp : undefined;
        return { userId, organizationId, roles: roles, issuedAt, expiresAt };
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=token.js.map