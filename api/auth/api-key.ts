import crypto from 'node:crypto';

/**
 * Partner API keys: 32 random bytes, shown once. Only their SHA-256 is stored: the keys carry 256
 * bits of entropy, so a plain hash cannot be brute-forced and needs no salt or slow KDF, and the
 * lookup stays one indexed equality.
 */
const KEY_PREFIX = 'ubk_';

export interface NewApiKey {
  key: string;
  /** Shown in lists to recognise a key; 12 characters, of which 8 random: useless to an attacker. */
  prefix: string;
  hash: Buffer;
}

export function generateApiKey(): NewApiKey {
  const key = KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): Buffer {
  return crypto.createHash('sha256').update(key, 'utf8').digest();
}

/** A syntactically possible key: anything else is refused before touching the database. */
export function isApiKeyShaped(key: string): boolean {
  return /^ubk_[A-Za-z0-9_-]{43}$/.test(key);
}
