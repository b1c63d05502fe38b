import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { requiredEnv } from '#lib/env.ts';
import { packagedFile } from '#lib/package-file.ts';
import { attachmentsOrigin, contentSecurityPolicy, pageHeaders } from '#lib/web/headers.ts';

const PAGES: Record<string, string> = { '/': 'index.html', '/callback': 'index.html', '/admin': 'admin.html', '/admin/callback': 'admin.html' };
const ASSET = /^(?<name>[a-z]+)\.(?<ext>js|css)$/;
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json; charset=utf-8' };

const files = new Map<string, string>();
const read = (relative: string): string | undefined => {
  if (!files.has(relative)) {
    try {
      files.set(relative, readFileSync(packagedFile(`web/dist/${relative}`), 'utf8'));
    } catch {
      return undefined;
    }
  }
  return files.get(relative);
};

const issuer = () => requiredEnv('OIDC_ISSUER');
let policy: string | undefined;
const csp = () => (policy ??= contentSecurityPolicy([new URL(issuer()).origin, attachmentsOrigin(process.env)]));

const respond = (status: number, type: string, body: string): APIGatewayProxyStructuredResultV2 => ({ statusCode: status, headers: pageHeaders(TYPES[type] ?? TYPES['html']!, csp()), body });

/** GET the pages, their scripts and styles, and where to sign in; only the files of web/dist, by exact name. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const path = event.rawPath;
  if (path === '/web-config.json') {
    return respond(200, 'json', JSON.stringify({ issuer: issuer(), clientId: process.env['OIDC_WEB_CLIENT_ID'] ?? 'pos-web', resource: process.env['OIDC_API_RESOURCE'] ?? 'urn:pos:api' }));
  }
  const page = PAGES[path];
  const asset = path.startsWith('/assets/') ? ASSET.exec(path.slice('/assets/'.length)) : null;
  const relative = page ?? (asset ? `assets/${asset[0]}` : undefined);
  const body = relative ? read(relative) : undefined;
  if (!relative || body === undefined) return respond(404, 'html', '<!doctype html><meta charset="utf-8"><title>Не найдено</title><p>Страница не найдена.</p>');
  return respond(200, page ? 'html' : (asset?.groups?.['ext'] ?? 'html'), body);
};
