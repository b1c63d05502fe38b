import * as z from 'zod';
import { headAttachment } from '#lib/aws/attachment-store.ts';
import { getMessage } from '#lib/db/messages.ts';
import { saveTransition } from '#lib/db/transitions.ts';
import { getOrganization } from '#lib/db/reference-data.ts';
import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { type ActDeps, actOnMessage, allowedActionsFor, OFFICIAL_ACTIONS } from '#lib/messages/act.ts';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '#lib/messages/attachments.ts';
import { officialView } from '#lib/messages/view.ts';
import { queueNotification } from '#lib/notifications/queue.ts';

const input = z.strictObject({
  action: z.enum(OFFICIAL_ACTIONS),
  expectedVersion: z.number().int().min(1),
  text: z.string().max(10_000).optional(),
  reason: z.string().max(2_000).optional(),
  organizationId: z.string().min(1).max(64).optional(),
  attachments: z.array(z.string().max(200)).max(MAX_ATTACHMENTS_PER_MESSAGE).optional(),
});

const deps: ActDeps = {
  getMessage,
  saveTransition,
  getOrganization,
  headAttachment,
  notify: queueNotification,
  now: () => new Date(),
  extensionWorkingDays: Number(process.env['EXTENSION_WORKING_DAYS'] ?? 10),
  reopenWindowDays: Number(process.env['REOPEN_WINDOW_DAYS'] ?? 30),
};

/** POST /v1/org/messages/{id}/actions: officials' and moderators' actions, guarded by the lifecycle and version. */
export const handler = authenticatedHttpHandler(
  { roles: ['official', 'org_admin', 'coordinator', 'moderator'], body: input },
  async ({ pathParameters, body, caller }) => {
    const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
    if (!id) throw notFound('message_not_found', 'Сообщение не найдено.');
    const message = await actOnMessage(id, body, caller, deps);
    return { statusCode: 200, body: { ...officialView(message), allowedActions: allowedActionsFor(message, caller) } };
  },
);
