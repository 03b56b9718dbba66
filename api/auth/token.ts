import jwt from 'jsonwebtoken';
import { Role } from '../../schema/enums';

/** Who is calling: resolved from the bearer token once per request. */
export interface AuthUser {
  userId: number;
  organizationId: number;
  roles: Role[];
}

const ISSUER = 'ub-platform';
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
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER }) as jwt.JwtPayload;
    const userId = Number(payload.sub);
    const organizationId = Number(payload.org);
    const roles = payload.roles;
    if (!Number.isSafeInteger(userId) || userId <= 0 || !Number.isSafeInteger(organizationId) || organizationId <= 0) return null;
    if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string' && ALL_ROLES.has(role))) return null;
    return { userId, organizationId, roles: roles as Role[] };
  } catch {
    return null;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
