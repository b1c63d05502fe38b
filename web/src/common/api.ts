import { currentSession } from './auth.ts';

/** An RFC 9457 problem from the API, with its Russian detail for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly problem: Record<string, unknown>,
  ) {
    super(detail);
  }
}

export const api = async <T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> => {
  const session = currentSession();
  const res = await fetch(path, {
    method: options.method ?? 'GET',
    headers: {
      ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    throw new ApiError(res.status, String(json['code'] ?? 'error'), String(json['detail'] ?? `Ошибка ${res.status}`), json);
  }
  return json as T;
};

/** Uploads one file through a presigned URL from POST /v1/attachments; returns its key. */
export const uploadAttachment = async (file: File): Promise<string> => {
  const grant = await api<{ key: string; uploadUrl: string; headers: Record<string, string> }>('/v1/attachments', {
    method: 'POST',
    body: { contentType: file.type, size: file.size },
  });
  const res = await fetch(grant.uploadUrl, { method: 'PUT', headers: grant.headers, body: file });
  if (!res.ok) throw new Error(`Файл «${file.name}» не загрузился (HTTP ${res.status}).`);
  return grant.key;
};
