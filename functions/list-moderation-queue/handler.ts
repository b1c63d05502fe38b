import * as z from 'zod';
import { MODERATION_QUEUE } from '#lib/domain/inbox.ts';
import { queryModerationQueue } from '#lib/db/inbox.ts';
import { decodeCursor, encodeCursor, invalidCursor, parseLimit } from '#lib/http/cursor.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { parseOrThrow } from '#lib/http/validation.ts';
import { officialView } from '#lib/messages/view.ts';

const params = z.strictObject({ limit: z.string().optional(), cursor: z.string().optional() });

/** GET /v1/moderation/messages: held messages for the moderators, oldest first. */
export const handler = authenticatedHttpHandler({ roles: ['moderator'] }, async ({ query }) => {
  const { limit, cursor } = parseOrThrow(params, query);
  const startKey = decodeCursor(cursor);
  if (startKey && startKey['GSI5PK'] !== MODERATION_QUEUE) {
    throw invalidCursor();
  }
  const page = await queryModerationQueue({ limit: parseLimit(limit, { fallback: 25, max: 100 }), ...(startKey ? { startKey } : {}) });
  const nextCursor = encodeCursor(page.lastKey);
  return { statusCode: 200, body: { items: page.items.map(officialView), ...(nextCursor ? { nextCursor } : {}) } };
});
