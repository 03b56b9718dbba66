import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role } from '../../schema/enums';

/** Who is calling: resolved from the bearer token once per request. */
export interface AuthUser {
  userId: number;
  organizationId: number;
  roles: Role[];
  /** Set when the caller authenticated with a partner API key rather than a staff token. */
  apiKeyId?: number;
  /** The token's `iat` (seconds): tokens older than the user's last role change or deactivation are refused. */
  issuedAt?: number;
  /** The token's `exp` (seconds): it is valid while the clock, in whole seconds, is before it. */
  expiresAt?: number;
}

const ISSUER = 'ub-platform';

/**
 * The HMAC key object of a secret, built once: given a string, jsonwebtoken first tries (and fails)
 * to read it as a public key on every call, which was a sixth of a simple request's CPU.
 */
const keys = new Map<string, crypto.KeyObject>();
function keyOf(secret: string): crypto.KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = crypto.createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}
const ALL_ROLES = new Set<string>(Object.values(Role));

export function signStaffToken(secret: string, user: AuthUser, expiresInSeconds = 12 * 3600): string {
  return jwt.sign({ org: String(user.organizationId), roles: user.roles }, secret, {
    algorithm: 'HS256',
    issuer: ISSUER,
    subject: String(user.userId),
    expiresIn: expiresInSeconds,
  });
}

/** Returns the user for a valid token, null for anything else (missing, expired, tampered, malformed). */
export function verifyStaffToken(secret: string, token: string): AuthUser | null {
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], issuer: ISSUER }) as jwt.JwtPayload;
    const userId = Number(payload.sub);
    const organizationId = Number(payload.org);
    const roles = payload.roles;
    if (!Number.isSafeInteger(userId) || userId <= 0 || !Number.isSafeInteger(organizationId) || organizationId <= 0) return null;
    if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string' && ALL_ROLES.has(role))) return null;
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : undefined;
    const expiresAt = typeof payload.exp === 'number' ? payload.exp : undefined;
    return { userId, organizationId, roles: roles as Role[], issuedAt, expiresAt };
  } catch {
    return null;
  }
}
