import { listMessagesByAuthor } from '#lib/db/messages.ts';
import { decodeCursor, encodeCursor, parseLimit } from '#lib/http/cursor.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { badRequest } from '#lib/http/problem.ts';
import { citizenView } from '#lib/messages/view.ts';

export const handler = authenticatedHttpHandler({ roles: ['citizen'] }, async ({ query, caller }) => {
  const limit = parseLimit(query['limit'], { fallback: 20, max: 100 });
  const startKey = decodeCursor(query['cursor']);
  if (startKey && startKey['GSI1PK'] !== `AUTHOR#${caller.userId}`) {
    throw badRequest('invalid_cursor', 'Некорректный параметр cursor: используйте значение nextCursor из предыдущего ответа.');
  }
  const page = await listMessagesByAuthor(caller.userId, { limit, ...(startKey ? { startKey } : {}) });
  const nextCursor = encodeCursor(page.lastKey);
  return { statusCode: 200, body: { items: page.items.map(citizenView), ...(nextCursor ? { nextCursor } : {}) } };
});
