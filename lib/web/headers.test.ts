import { attachmentsOrigin, contentSecurityPolicy, pageHeaders } from './headers.ts';

describe('the pages’ security headers', () => {
  const csp = contentSecurityPolicy(['http://localhost:4000', 'http://localhost:4000', 'http://127.0.0.1:4566']);

  it('allows scripts and styles only from the platform, never inline, and nothing to frame the pages', () => {
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('lets the pages talk only to the API, the sign-in server and the attachments store, each named once', () => {
    expect(csp).toContain("connect-src 'self' http://localhost:4000 http://127.0.0.1:4566;");
  });

  it('sends the policy with nosniff, no framing and no referrer', () => {
    expect(pageHeaders('text/html; charset=utf-8', csp)).toMatchObject({
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
  });

  it('uploads to the stage’s S3 endpoint locally, to the bucket’s host in AWS', () => {
    expect(attachmentsOrigin({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4566/' })).toBe('http://127.0.0.1:4566');
    expect(attachmentsOrigin({ ATTACHMENTS_BUCKET: 'pos-prod-attachments', AWS_REGION: 'eu-central-1' })).toBe('https://pos-prod-attachments.s3.eu-central-1.amazonaws.com');
  });
});
