/**
 * A real local OpenID Connect provider (node-oidc-provider) for the demo users:
 * - discovery at /.well-known/openid-configuration, JWKS at /jwks (RS256 keys from keys.ts);
 * - JWT access tokens for the resource `pos-api` (aud), TTL 1 h, with claims sub, role,
 *   organization_id, region_code, email, name;
 * - public client `pos-web` (authorization code + PKCE) with a Russian login page to pick a demo user;
 * - LOCAL ONLY: public client `pos-dev` and the grant type DEV_TOKEN_GRANT (`user_id` parameter) issuing
 *   the same access tokens through the provider's own AccessToken model (used by dev:token and tests).
 */
import http from 'node:http';
import { Provider, errors, type KoaContextWithOIDC } from 'oidc-provider';
import type { DemoUser } from '#lib/domain/types.ts';
import { demoUsers } from '../seed/demo-data.ts';
import { loadOrCreateSigningKeys } from './keys.ts';
import { loginPage, escapeHtml } from './login-page.ts';

export const API_AUDIENCE = 'pos-api';
export const API_RESOURCE = 'urn:pos:api';
export const API_SCOPE = 'api';
export const DEV_TOKEN_GRANT = 'urn:pos:params:oauth:grant-type:local-dev-token';
export const DEV_CLIENT_ID = 'pos-dev';
export const WEB_CLIENT_ID = 'pos-web';
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface OidcOptions {
  port: number;
  /** defaults to http://localhost:<port> */
  issuer?: string;
  users?: readonly DemoUser[];
  /** extra redirect URIs for pos-web (the admin pages will add theirs) */
  redirectUris?: string[];
  /** the HTTP API port, for the default redirect URIs */
  apiPort?: number;
}

export interface OidcHandle {
  readonly name: 'oidc';
  readonly issuer: string;
  readonly url: string;
  readonly provider: Provider;
  stop(): Promise<void>;
}

/** The access token claims of a demo user (besides sub / aud / iss / exp …). */
export function userClaims(user: DemoUser): Record<string, string> {
  return {
    role: user.role,
    ...(user.organizationId ? { organization_id: user.organizationId } : {}),
    ...(user.regionCode ? { region_code: user.regionCode } : {}),
    email: user.email,
    name: user.name,
  };
}

const resourceServer = {
  audience: API_AUDIENCE,
  scope: API_SCOPE,
  accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
  accessTokenFormat: 'jwt' as const,
  jwt: { sign: { alg: 'RS256' } },
};

export async function createOidcProvider(options: OidcOptions): Promise<Provider> {
  const issuer = options.issuer ?? `http://localhost:${options.port}`;
  const users = new Map((options.users ?? demoUsers).map((u) => [u.id, u]));
  const jwks = await loadOrCreateSigningKeys();
  const apiPort = options.apiPort ?? 3000;
  const redirectUris = [...new Set([
    `http://localhost:${apiPort}/admin/callback`,
    `http://localhost:${apiPort}/callback`,
    `http://localhost:${options.port}/debug/callback`,
    'http://localhost:5173/callback',
    ...(options.redirectUris ?? []),
  ])];

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        client_name: 'ПОС (локально)',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: redirectUris,
      },
      {
        client_id: DEV_CLIENT_ID,
        client_name: 'dev:token (только локально)',
        token_endpoint_auth_method: 'none',
        grant_types: [DEV_TOKEN_GRANT],
        response_types: [],
        redirect_uris: [],
      },
    ],
    jwks: jwks as never,
    cookies: { keys: ['pos-local-oidc-cookie-key-not-a-secret'] },
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      profile: ['name', 'role', 'organization_id', 'region_code'],
      email: ['email'],
    },
    scopes: ['openid', 'profile', 'email', API_SCOPE],
    ttl: { AccessToken: ACCESS_TOKEN_TTL_SECONDS, IdToken: ACCESS_TOKEN_TTL_SECONDS, Grant: 86_400, Interaction: 3600, Session: 86_400, AuthorizationCode: 60 },
    async findAccount(_ctx: unknown, id: string) {
      const user = users.get(id);
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...userClaims(user) }) };
    },
    async extraTokenClaims(_ctx: unknown, token: { accountId?: string }) {
      const user = token.accountId ? users.get(token.accountId) : undefined;
      return user ? userClaims(user) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        async getResourceServerInfo(_ctx: unknown, resource: string) {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return resourceServer;
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async renderError(ctx: KoaContextWithOIDC, out: unknown) {
      ctx.type = 'html';
      ctx.body = `<!doctype html><meta charset="utf-8"><title>Ошибка</title><h1>Ошибка входа</h1><pre>${escapeHtml(JSON.stringify(out, null, 2))}</pre>`;
    },
  });

  // LOCAL ONLY: a token for any demo user, issued by the provider's own AccessToken model
  provider.registerGrantType(DEV_TOKEN_GRANT, async (ctx: KoaContextWithOIDC) => {
    const userId = String(ctx.oidc.params?.user_id ?? '');
    const user = users.get(userId);
    if (!user) throw new errors.InvalidGrant(`unknown demo user id: ${userId || '(empty)'}`);
    const client = ctx.oidc.client!;
    const grant = new provider.Grant({ accountId: userId, clientId: client.clientId });
    grant.addResourceScope(API_RESOURCE, API_SCOPE);
    const grantId = await grant.save();
    const token = new provider.AccessToken({ accountId: userId, client, grantId, gty: DEV_TOKEN_GRANT, scope: API_SCOPE });
    token.resourceServer = { ...resourceServer, identifier: () => API_RESOURCE, scopes: new Set([API_SCOPE]) } as never;
    ctx.oidc.entity('AccessToken', token);
    const value = await token.save();
    ctx.body = { access_token: value, token_type: 'Bearer', expires_in: token.expiration, scope: API_SCOPE };
  }, ['user_id']);

  // login page: pick a demo user
  const interactionRoutes = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', issuer);
    const m = /^\/interaction\/([^/]+)(\/login|\/abort)?$/.exec(url.pathname);
    if (!m) return false;
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET' && !m[2]) {
        const client = await provider.Client.find(String(details.params.client_id));
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(loginPage({ uid: details.uid, clientName: client?.clientName ?? String(details.params.client_id), users: [...users.values()] }));
        return true;
      }
      if (req.method === 'POST' && m[2] === '/login') {
        const body = new URLSearchParams(await readBody(req));
        const user = users.get(body.get('user_id') ?? '');
        if (!user) {
          res.statusCode = 400;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(loginPage({ uid: details.uid, clientName: String(details.params.client_id), users: [...users.values()], error: 'Выберите пользователя из списка' }));
          return true;
        }
        const grant = details.grantId ? (await provider.Grant.find(details.grantId))! : new provider.Grant({ accountId: user.id, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope ?? 'openid'));
        grant.addResourceScope(API_RESOURCE, API_SCOPE);
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { login: { accountId: user.id }, consent: { grantId } }, { mergeWithLastSubmission: false });
        return true;
      }
      if (m[2] === '/abort') {
        await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Вход отменён' }, { mergeWithLastSubmission: false });
        return true;
      }
    } catch (err) {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Ошибка входа: ${(err as Error).message}`);
      return true;
    }
    return false;
  };
  (provider as unknown as { __interactions: typeof interactionRoutes }).__interactions = interactionRoutes;
  return provider;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { data += chunk; if (data.length > 100_000) req.destroy(); });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** Starts the provider on 127.0.0.1:<port> (the issuer says `localhost`). */
export async function startOidcProvider(options: OidcOptions): Promise<OidcHandle> {
  const provider = await createOidcProvider(options);
  const issuer = options.issuer ?? `http://localhost:${options.port}`;
  const callback = provider.callback();
  const interactions = (provider as unknown as { __interactions: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> }).__interactions;
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.url === '/debug/callback' || req.url?.startsWith('/debug/callback?')) {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(`Код авторизации получен: ${new URL(req.url, issuer).searchParams.get('code') ?? '—'}`);
        return;
      }
      if (await interactions(req, res)) return;
      callback(req, res);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  let stopped: Promise<void> | undefined;
  return {
    name: 'oidc',
    issuer,
    url: issuer,
    provider,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return stopped;
    },
  };
}

/** Asks a running provider for a user's access token through the local dev grant. */
export async function requestDevToken(issuer: string, userId: string): Promise<string> {
  const res = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: DEV_TOKEN_GRANT, client_id: DEV_CLIENT_ID, user_id: userId, resource: API_RESOURCE }),
  });
  const body = (await res.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!res.ok || !body.access_token) throw new Error(`${body.error ?? res.status}: ${body.error_description ?? 'no token'}`);
  return body.access_token;
}
