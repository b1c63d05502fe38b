import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { getMessage } from '#lib/db/messages.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { officialMaySee } from '#lib/messages/access.ts';
import { allowedActionsFor } from '#lib/messages/act.ts';
import { officialView } from '#lib/messages/view.ts';

/** GET /v1/org/messages/{id}: the message as officials see it, with its version for the next action. */
export const handler = authenticatedHttpHandler({ roles: ['official', 'org_admin', 'coordinator', 'moderator'] }, async ({ pathParameters, caller }) => {
  const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
  const message = id ? await getMessage(id, { consistent: true }) : undefined;
  if (!message || !officialMaySee(caller, message)) throw notFound('message_not_found', 'Сообщение не найдено.');
  return { statusCode: 200, body: { ...officialView(message), allowedActions: allowedActionsFor(message, caller) } };
});
