import { apiUrl, tokenFor, waitFor } from '#local/testing/clients.ts';
import { uniqueDetail } from './texts.ts';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  json: T;
}

export interface ApiOptions {
  method?: string;
  /** a demo user id whose token is sent, or a raw token, or nothing */
  as?: string;
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Calls the local HTTP API like a client would. */
export const api = async <T = Record<string, unknown>>(path: string, options: ApiOptions = {}): Promise<ApiResponse<T>> => {
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${apiUrl()}${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : {}) as T };
};

/** A message every check passes; its text is new each time, so that it is never held as a repeat. */
export const validMessage = (overrides: Record<string, unknown> = {}) => ({
  categoryId: 'roads',
  subcategoryId: 'roads.potholes',
  text: `Яма на дороге у дома 12. Рядом: ${uniqueDetail()}.`,
  oktmo: '38701000',
  address: 'г. Курск, ул. Ленина, 12',
  location: { lat: 51.7304, lon: 36.1926 },
  ...overrides,
});

/**
 * Follows a list's `nextCursor` until the message shows up or the pages end: a filtered inbox page can be short,
 * even empty, and still have more after it.
 */
export const listedInPages = async (path: string, as: string, id: string, maxPages = 100): Promise<boolean> => {
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { json } = await api<{ items: { id: string }[]; nextCursor?: string }>(
      `${path}${path.includes('?') ? '&' : '?'}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      { as },
    );
    if (json.items.some((item) => item.id === id)) return true;
    if (!json.nextCursor) return false;
    cursor = json.nextCursor;
  }
  return false;
};

/** Submits a message and waits until the pipeline has routed it; returns it as `viewer` (an official) sees it. */
export const submitRouted = async <T extends { id: string; status: string }>(
  author: string,
  body: Record<string, unknown>,
  viewer = 'official-kursk-city',
): Promise<T> => {
  const { json } = await api<{ id: string }>('/v1/messages', { as: author, body });
  return waitFor(async () => {
    const { json: card } = await api<T>(`/v1/org/messages/${json.id}`, { as: viewer });
    return card.status === 'routed' ? card : undefined;
  }, { timeoutMs: 20_000 });
};
