import * as z from 'zod';
import { INBOX_GROUPS } from '#lib/domain/inbox.ts';
import { MESSAGE_STATUSES, type MessageStatus } from '#lib/domain/statuses.ts';
import { queryInbox, type InboxScope } from '#lib/db/inbox.ts';
import type { Caller } from '#lib/http/auth.ts';
import { decodeCursor, encodeCursor, invalidCursor, parseLimit } from '#lib/http/cursor.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { forbidden } from '#lib/http/problem.ts';
import { parseOrThrow } from '#lib/http/validation.ts';
import { officialView } from '#lib/messages/view.ts';

const filters = z.strictObject({
  group: z.enum(INBOX_GROUPS).default('active'),
  status: z.enum(Object.keys(MESSAGE_STATUSES) as [MessageStatus, ...MessageStatus[]]).optional(),
  categoryId: z.string().min(1).max(64).optional(),
  oktmo: z.string().regex(/^\d{8}$/).optional(),
  dueBefore: z.iso.datetime().optional(),
  /** only messages the classifier could not place, waiting for the coordinator to choose the category */
  triage: z.enum(['true']).optional(),
  limit: z.string().optional(),
  cursor: z.string().optional(),
});

const scopeOf = (caller: Caller): InboxScope => {
  if ((caller.role === 'official' || caller.role === 'org_admin') && caller.organizationId) {
    return { kind: 'organization', organizationId: caller.organizationId };
  }
  if (caller.role === 'coordinator' && caller.regionCode) return { kind: 'region', regionCode: caller.regionCode };
  throw forbidden('no_inbox', 'У вашей учётной записи нет организации или региона.');
};

/** GET /v1/org/messages: the caller's organization inbox (a coordinator's: the region's), soonest deadline first. */
export const handler = authenticatedHttpHandler({ roles: ['official', 'org_admin', 'coordinator'] }, async ({ query, caller }) => {
  const params = parseOrThrow(filters, query);
  const scope = scopeOf(caller);
  const startKey = decodeCursor(params.cursor);
  const partitionKey = scope.kind === 'organization' ? 'GSI3PK' : 'GSI4PK';
  if (startKey && !String(startKey[partitionKey] ?? '').startsWith(scope.kind === 'organization' ? `INBOX#${scope.organizationId}#` : `REGIONBOX#${scope.regionCode}#`)) {
    throw invalidCursor();
  }
  const page = await queryInbox({
    scope,
    group: params.group,
    ...(params.status ? { status: params.status } : {}),
    ...(params.categoryId ? { categoryId: params.categoryId } : {}),
    ...(params.oktmo ? { oktmo: params.oktmo } : {}),
    ...(params.dueBefore ? { dueBefore: params.dueBefore } : {}),
    ...(params.triage ? { triage: true } : {}),
    limit: parseLimit(params.limit, { fallback: 25, max: 100 }),
    ...(startKey ? { startKey } : {}),
  });
  const nextCursor = encodeCursor(page.lastKey);
  return { statusCode: 200, body: { items: page.items.map(officialView), ...(nextCursor ? { nextCursor } : {}) } };
});
