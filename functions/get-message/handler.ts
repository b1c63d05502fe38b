import { getMessage } from '#lib/db/messages.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { citizenView } from '#lib/messages/view.ts';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export const handler = authenticatedHttpHandler({ roles: ['citizen'] }, async ({ pathParameters, caller }) => {
  const id = pathParameters['id'] ?? '';
  const message = ULID.test(id) ? await getMessage(id) : undefined;
  // Someone else's message answers exactly like a missing one: ids must not be probeable.
  if (!message || message.authorId !== caller.userId) {
    throw notFound('message_not_found', 'Сообщение не найдено.');
  }
  return { statusCode: 200, body: citizenView(message) };
});
