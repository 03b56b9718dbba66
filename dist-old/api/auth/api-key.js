"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateApiKey = generateApiKey;
exports.hashApiKey = hashApiKey;
exports.isApiKeyShaped = isApiKeyShaped;
const node_crypto_1 = __importDefault(require("node:crypto"));
/**
 * Partner API keys: 32 random bytes, shown once. Only their SHA-256 is stored: the keys carry 256
 * bits of entropy, so a plain hash cannot be brute-forced and needs no salt or slow KDF, and the
 * lookup stays one indexed equality.
 */
const KEY_PREFIX = 'ubk_';
function generateApiKey() {
    const key = KEY_PREFIX + node_crypto_1.default.randomBytes(32).toString('base64url');
    return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}
function hashApiKey(key) {
    return node_crypto_1.default.createHash('sha256').update(key, 'utf8').digest();
}
/** A syntactically possible key: anything else is refused before touching the database. */
function isApiKeyShaped(key) {
    return /^ubk_[A-Za-z0-9_-]{43}$/.test(key);
}
//# sourceMappingURL=api-key.js.map