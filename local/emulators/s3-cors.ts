/**
 * fauxqs serves S3 but ignores bucket CORS, so a browser could not PUT to a presigned URL from the pages. This
 * shim stands in front of it and applies each bucket's CORS rules from resources/*.yml, as S3 does: it answers
 * preflights and adds the CORS headers to what fauxqs answers; everything else passes through unchanged.
 */
import http from 'node:http';
import type { CORSRule } from '@aws-sdk/client-s3';
import type { EmulatorHandle } from './net.ts';

export interface S3CorsShimOptions {
  port: number;
  /** fauxqs' S3 endpoint, e.g. http://127.0.0.1:4566 */
  target: string;
  /** bucket name → its CORS rules */
  rules: Record<string, CORSRule[]>;
}

const bucketOf = (url: string | undefined): string => decodeURIComponent((url ?? '/').split('?')[0]!.split('/')[1] ?? '');

/** The first rule of the bucket that allows this origin and method (S3's matching, without wildcards in hosts). */
export const matchingRule = (rules: readonly CORSRule[], origin: string, method: string): CORSRule | undefined =>
  rules.find((rule) => (rule.AllowedOrigins ?? []).some((allowed) => allowed === '*' || allowed === origin) && (rule.AllowedMethods ?? []).includes(method));

export const startS3CorsShim = async (options: S3CorsShimOptions): Promise<EmulatorHandle> => {
  const target = new URL(options.target);
  const server = http.createServer((req, res) => {
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
    const method = preflight ? String(req.headers['access-control-request-method']) : (req.method ?? 'GET');
    const rule = origin ? matchingRule(options.rules[bucketOf(req.url)] ?? [], origin, method) : undefined;
    const cors: Record<string, string> = rule && origin
      ? { 'access-control-allow-origin': origin, 'access-control-allow-methods': (rule.AllowedMethods ?? []).join(', '), vary: 'Origin', ...(rule.ExposeHeaders?.length ? { 'access-control-expose-headers': rule.ExposeHeaders.join(', ') } : {}) }
      : {};
    if (preflight) {
      const requested = String(req.headers['access-control-request-headers'] ?? '');
      res.writeHead(rule ? 200 : 403, {
        ...cors,
        ...(rule && requested ? { 'access-control-allow-headers': (rule.AllowedHeaders ?? []).includes('*') ? requested : (rule.AllowedHeaders ?? []).join(', ') } : {}),
        ...(rule?.MaxAgeSeconds ? { 'access-control-max-age': String(rule.MaxAgeSeconds) } : {}),
      });
      res.end();
      return;
    }
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...cors });
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fauxqs unreachable: ${error.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    name: 's3-cors',
    url: `http://127.0.0.1:${options.port}`,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
};
