import { webConfig } from './config.ts';

/** What the pages read from the access token (the API verifies it; this is only for showing the right views). */
export interface Session {
  token: string;
  userId: string;
  role: string;
  name: string;
  organizationId?: string;
  regionCode?: string;
  expiresAt: number;
}

const TOKEN_KEY = 'pos.session';
const PKCE_KEY = 'pos.pkce';

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const randomString = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

const decodePayload = (jwt: string): Record<string, unknown> => {
  const part = jwt.split('.')[1] ?? '';
  const json = new TextDecoder().decode(Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
  return JSON.parse(json) as Record<string, unknown>;
};

export const currentSession = (): Session | undefined => {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  if (!raw) return undefined;
  const session = JSON.parse(raw) as Session;
  if (session.expiresAt <= Date.now() + 30_000) {
    sessionStorage.removeItem(TOKEN_KEY);
    return undefined;
  }
  return session;
};

/** Authorization code + PKCE with the platform's OpenID provider; comes back to `<page>/callback`. */
export const signIn = async (callbackPath: string): Promise<void> => {
  const config = await webConfig();
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnTo: location.hash }));
  const url = new URL('/auth', config.issuer);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: `${location.origin}${callbackPath}`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    resource: config.resource,
  }).toString();
  location.assign(url.toString());
};

/** On the callback page: trades the code for an access token; returns where the user was going. */
export const completeSignIn = async (callbackPath: string): Promise<string> => {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  sessionStorage.removeItem(PKCE_KEY);
  if (params.get('error')) throw new Error(params.get('error_description') ?? 'Вход отменён');
  if (!pending || params.get('state') !== pending.state) throw new Error('Ответ сервера входа не совпал с запросом: войдите ещё раз.');
  const config = await webConfig();
  const res = await fetch(new URL('/token', config.issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: `${location.origin}${callbackPath}`,
      client_id: config.clientId,
      code_verifier: pending.verifier,
      resource: config.resource,
    }),
  });
  const body = (await res.json()) as { access_token?: string; expires_in?: number; error_description?: string };
  if (!res.ok || !body.access_token) throw new Error(body.error_description ?? `Вход не удался (HTTP ${res.status})`);
  const claims = decodePayload(body.access_token);
  const session: Session = {
    token: body.access_token,
    userId: String(claims['sub']),
    role: String(claims['role']),
    name: String(claims['name'] ?? claims['sub']),
    ...(claims['organization_id'] ? { organizationId: String(claims['organization_id']) } : {}),
    ...(claims['region_code'] ? { regionCode: String(claims['region_code']) } : {}),
    expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
  };
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify(session));
  return pending.returnTo;
};

export const signOut = (): void => {
  sessionStorage.removeItem(TOKEN_KEY);
};
