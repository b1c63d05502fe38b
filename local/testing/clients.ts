/**
 * Helpers for integration tests running against the stack of local/jest/global-setup.ts.
 * Reads the stack's env from process.env (set by global setup, inherited by workers) or, failing that,
 * from `.local/test-stack.json`. Node built-ins and fetch only (jest loads tests as CommonJS).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Must match DEV_TOKEN_GRANT / DEV_CLIENT_ID / API_RESOURCE in local/oidc/provider.ts */
const DEV_TOKEN_GRANT = 'urn:pos:params:oauth:grant-type:local-dev-token';
const DEV_CLIENT_ID = 'pos-dev';
const API_RESOURCE = 'urn:pos:api';

let fileEnv: Record<string, string> | undefined;
export function stackEnv(): Record<string, string | undefined> {
  if (process.env.API_URL && process.env.OIDC_ISSUER) return process.env;
  if (!fileEnv) {
    const file = path.join(process.cwd(), '.local', 'test-stack.json');
    if (!existsSync(file)) throw new Error('no running test stack: run the integration tests through jest (global setup) or start it with local/jest/stack-process.ts');
    fileEnv = (JSON.parse(readFileSync(file, 'utf8')) as { env: Record<string, string> }).env;
  }
  return fileEnv;
}

const need = (name: string) => {
  const v = stackEnv()[name];
  if (!v) throw new Error(`${name} is not set by the test stack`);
  return v;
};

/** Base URL of the HTTP API, e.g. http://localhost:3100 */
export const apiUrl = (pathname = ''): string => `${need('API_URL')}${pathname}`;

const tokens = new Map<string, { token: string; exp: number }>();

/** A bearer access token for a demo user, issued by the local OIDC provider (cached until near expiry). */
export async function tokenFor(userId: string): Promise<string> {
  const cached = tokens.get(userId);
  if (cached && cached.exp - 60_000 > Date.now()) return cached.token;
  const res = await fetch(new URL('/token', need('OIDC_ISSUER')), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: DEV_TOKEN_GRANT, client_id: DEV_CLIENT_ID, user_id: userId, resource: API_RESOURCE }),
  });
  const body = (await res.json()) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
  if (!res.ok || !body.access_token) throw new Error(`no token for ${userId}: ${body.error ?? res.status} ${body.error_description ?? ''}`);
  tokens.set(userId, { token: body.access_token, exp: Date.now() + (body.expires_in ?? 3600) * 1000 });
  return body.access_token;
}

export interface MaildevMessage {
  id: string;
  subject: string;
  to: { address: string; name?: string }[];
  from: { address: string; name?: string }[];
  text?: string;
  html?: string;
  date?: string;
  [key: string]: unknown;
}

/** The e-mails MailDev received (newest last). */
export async function maildevMessages(): Promise<MaildevMessage[]> {
  const res = await fetch(`${need('MAILDEV_API_URL')}/email`);
  if (!res.ok) throw new Error(`MailDev answered ${res.status}`);
  return (await res.json()) as MaildevMessage[];
}

/** Polls `fn` until it returns a value other than undefined/false/null (or stops throwing); then returns it. */
export async function waitFor<T>(fn: () => T | Promise<T>, { timeoutMs = 10_000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {}): Promise<Exclude<T, undefined | null | false>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) return value as Exclude<T, undefined | null | false>;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`waitFor timed out after ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** serverless-offline's Lambda invoke endpoint, for tests that invoke a function as an event source would. */
export const lambdaUrl = (): string => need('AWS_ENDPOINT_URL_LAMBDA');
