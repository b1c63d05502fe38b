/** The local provider's RS256 signing key: generated once with jose, kept in `.local/oidc/jwks.json`. */
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { LOCAL_STATE_DIR } from '../config.ts';

export const JWKS_FILE = path.join(LOCAL_STATE_DIR, 'oidc', 'jwks.json');

export async function loadOrCreateSigningKeys(file = JWKS_FILE): Promise<{ keys: JWK[] }> {
  if (existsSync(file)) {
    const jwks = JSON.parse(readFileSync(file, 'utf8')) as { keys: JWK[] };
    if (Array.isArray(jwks.keys) && jwks.keys.some((k) => k.d)) return jwks;
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
  const jwks = { keys: [jwk] };
  mkdirSync(path.dirname(file), { recursive: true });
  // written atomically so that two processes starting at once read a whole file
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(jwks, null, 2), { mode: 0o600 });
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { keys: JWK[] };
  renameSync(tmp, file);
  return jwks;
}
