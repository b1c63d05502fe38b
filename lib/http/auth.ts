import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { requiredEnv } from '#lib/env.ts';
import type { Role } from '#lib/domain/types.ts';
import { forbidden, unauthorized } from './problem.ts';

/** Who is calling, from the verified token's claims. */
export interface Caller {
  userId: string;
  role: Role;
  organizationId?: string;
  regionCode?: string;
  email?: string;
}

const ROLES: readonly Role[] = ['citizen', 'official', 'org_admin', 'coordinator', 'moderator', 'analyst', 'platform_admin'];

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

const keySet = async (): Promise<ReturnType<typeof createRemoteJWKSet>> => {
  if (!jwks) {
    const issuer = requiredEnv('OIDC_ISSUER').replace(/\/$/, '');
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!discovery.ok) throw new Error(`OIDC discovery failed with ${discovery.status}`);
    const { jwks_uri: jwksUri } = (await discovery.json()) as { jwks_uri: string };
    jwks = createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  }
  return jwks;
};

const bearerToken = (authorization: string | undefined): string => {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) throw unauthorized('token_missing', 'Требуется вход через Госуслуги: передайте токен доступа в заголовке Authorization.');
  return match[1];
};

/**
 * Verifies the bearer token's signature, issuer, audience and expiry. API Gateway's JWT authorizer does the same
 * in AWS; checking again here keeps a misconfigured route from being open and is what rejects forged tokens
 * locally, where serverless-offline does not check signatures.
 */
export const authenticate = async (authorization: string | undefined): Promise<Caller> => {
  const token = bearerToken(authorization);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, await keySet(), {
      issuer: requiredEnv('OIDC_ISSUER'),
      audience: requiredEnv('OIDC_AUDIENCE'),
      algorithms: ['RS256', 'ES256', 'PS256'],
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthorized('token_expired', 'Срок действия входа истёк: войдите заново.');
    if (error instanceof joseErrors.JOSEError) throw unauthorized('token_invalid', 'Токен доступа недействителен.');
    throw error;
  }
  return callerFromClaims(payload);
};

export const callerFromClaims = (claims: JWTPayload): Caller => {
  const role = claims['role'];
  if (typeof claims.sub !== 'string' || !claims.sub || typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw unauthorized('token_invalid', 'В токене доступа нет пользователя или его роли.');
  }
  const text = (name: string): string | undefined => (typeof claims[name] === 'string' ? (claims[name] as string) : undefined);
  return {
    userId: claims.sub,
    role: role as Role,
    organizationId: text('organization_id'),
    regionCode: text('region_code'),
    email: text('email'),
  };
};

export const requireRole = (caller: Caller, roles: readonly Role[]): void => {
  if (!roles.includes(caller.role)) {
    throw forbidden('role_not_allowed', 'Это действие недоступно для вашей роли.');
  }
};
