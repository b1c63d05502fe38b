import { badRequest } from './problem.ts';

/** Pagination cursors are opaque to clients: base64url JSON of DynamoDB's LastEvaluatedKey. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;

export const decodeCursor = (cursor: string | undefined): Record<string, unknown> | undefined => {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // falls through to the problem below
  }
  throw invalidCursor();
};

export const invalidCursor = () =>
  badRequest('invalid_cursor', 'Некорректный параметр cursor: используйте значение nextCursor из предыдущего ответа.');

export const parseLimit = (raw: string | undefined, { fallback, max }: { fallback: number; max: number }): number => {
  if (raw === undefined) return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw badRequest('invalid_limit', `Параметр limit — целое число от 1 до ${max}.`);
  }
  return limit;
};
