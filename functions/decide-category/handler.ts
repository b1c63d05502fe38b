import * as z from 'zod';
import { getMessage, saveCategoryDecision } from '#lib/db/messages.ts';
import { getCategory, getOrganization, getRegion, getRoutingRules } from '#lib/db/reference-data.ts';
import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { decideCategory, type DecideCategoryDeps } from '#lib/messages/decide-category.ts';
import { officialView } from '#lib/messages/view.ts';
import { queueNotification } from '#lib/notifications/queue.ts';

const input = z.strictObject({
  categoryId: z.string().min(1).max(64),
  subcategoryId: z.string().min(1).max(64).optional(),
  expectedVersion: z.number().int().min(1),
});

const deps: DecideCategoryDeps = {
  getMessage,
  getCategory,
  getRegion,
  getRoutingRules,
  getOrganization,
  saveCategoryDecision,
  notify: queueNotification,
  now: () => new Date(),
};

/** POST /v1/org/messages/{id}/category: an official confirms or corrects the category (a labeled example). */
export const handler = authenticatedHttpHandler(
  { roles: ['official', 'org_admin', 'coordinator'], body: input },
  async ({ pathParameters, body, caller }) => {
    const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
    if (!id) throw notFound('message_not_found', 'Сообщение не найдено.');
    const message = await decideCategory(id, body, caller, deps);
    return { statusCode: 200, body: officialView(message) };
  },
);
