/**
 * The pages' security headers. Scripts and styles only from the platform itself (no inline code at all), data only
 * from the API (same origin), the sign-in server and the attachments store; nothing may frame the pages.
 */
export const contentSecurityPolicy = (connectOrigins: readonly string[]): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${[...new Set(connectOrigins)].join(' ')}`.trim(),
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

export const pageHeaders = (contentType: string, csp: string): Record<string, string> => ({
  'content-type': contentType,
  'content-security-policy': csp,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  // no hashed file names: the browser revalidates, so a deploy is seen at once
  'cache-control': 'no-cache',
});

/** Where the browser uploads attachments: the stage's S3 endpoint, or the bucket's own host in AWS. */
export const attachmentsOrigin = (env: NodeJS.ProcessEnv): string => {
  if (env['AWS_ENDPOINT_URL_S3']) return new URL(env['AWS_ENDPOINT_URL_S3']).origin;
  return `https://${env['ATTACHMENTS_BUCKET'] ?? ''}.s3.${env['AWS_REGION'] ?? 'eu-central-1'}.amazonaws.com`;
};
