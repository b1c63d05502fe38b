import { readFileSync } from 'node:fs';
import { importJWK, type JWK, SignJWT } from 'jose';
import { JWKS_FILE } from '#local/oidc/keys.ts';
import { stackEnv } from '#local/testing/clients.ts';

const AUDIENCE = 'pos-api';

const providerKey = (): JWK & { kid: string } => {
  const { keys } = JSON.parse(readFileSync(JWKS_FILE, 'utf8')) as { keys: (JWK & { kid: string })[] };
  const key = keys.find((candidate) => candidate.d);
  if (!key) throw new Error(`no private key in ${JWKS_FILE}`);
  return key;
};

export const providerKeyInfo = async () => ({
  kid: providerKey().kid,
  issuer: stackEnv()['OIDC_ISSUER'] ?? '',
  audience: AUDIENCE,
});

/** A token signed with the local provider's own key, for cases the provider will not issue (an expired one). */
export const signWithProviderKey = async (
  claims: { sub: string; role: string },
  { expiresAt }: { expiresAt: number },
): Promise<string> => {
  const key = providerKey();
  const { issuer } = await providerKeyInfo();
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setSubject(claims.sub)
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(await importJWK(key, 'RS256'));
};
