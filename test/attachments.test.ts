import { apiUrl } from '#local/testing/clients.ts';
import { api, validMessage } from '#test/support/http.ts';

interface Upload { key: string; uploadUrl: string; method: string; headers: Record<string, string> }

describe('attachments', () => {
  it('uploads a photo through a presigned URL and cites it in a message', async () => {
    const photo = Buffer.from('\xff\xd8\xff\xe0 not really a jpeg, but bytes', 'latin1');
    const upload = await api<Upload>('/v1/attachments', { as: 'citizen-2', body: { contentType: 'image/jpeg', size: photo.byteLength } });
    expect(upload.status).toBe(201);
    expect(upload.json.method).toBe('PUT');
    const put = await fetch(upload.json.uploadUrl, { method: 'PUT', headers: upload.json.headers, body: photo });
    expect(put.status).toBe(200);

    const message = await api<{ attachments: string[] }>('/v1/messages', { as: 'citizen-2', body: validMessage({ attachments: [upload.json.key] }) });
    expect(message.status).toBe(201);
    expect(message.json.attachments).toEqual([upload.json.key]);
  });

  it('lets only the pages’ origin upload from a browser (the bucket’s CORS rule)', async () => {
    const upload = await api<Upload>('/v1/attachments', { as: 'citizen-2', body: { contentType: 'image/png', size: 4 } });
    const preflight = (origin: string) =>
      fetch(upload.json.uploadUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' } });
    const pages = await preflight(apiUrl());
    expect(pages.status).toBe(200);
    expect(pages.headers.get('access-control-allow-origin')).toBe(apiUrl());
    const foreign = await preflight('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses another citizen’s upload', async () => {
    const upload = await api<Upload>('/v1/attachments', { as: 'citizen-3', body: { contentType: 'image/png', size: 4 } });
    await fetch(upload.json.uploadUrl, { method: 'PUT', headers: upload.json.headers, body: Buffer.from('abcd') });
    const stolen = await api('/v1/messages', { as: 'citizen-2', body: validMessage({ attachments: [upload.json.key] }) });
    expect(stolen.status).toBe(422);
    expect(stolen.json).toMatchObject({ code: 'unknown_attachment' });
  });

  it.each([
    ['a type that is not allowed', { contentType: 'application/x-msdownload', size: 10 }],
    ['a file over 10 MB', { contentType: 'image/jpeg', size: 10 * 1024 * 1024 + 1 }],
    ['an empty file', { contentType: 'image/jpeg', size: 0 }],
  ])('refuses %s', async (_name, body) => {
    const response = await api('/v1/attachments', { as: 'citizen-1', body });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ code: 'validation_failed' });
  });
});
