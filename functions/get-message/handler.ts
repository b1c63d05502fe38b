import { getMessage } from '#lib/db/messages.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { citizenView } from '#lib/messages/view.ts';

export const handler = authenticatedHttpHandler({ roles: ['citizen'] }, async ({ pathParameters, caller }) => {
  // the id is the message number, with or without its dashes; a wrong check digit needs no lookup
  const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
  const message = id ? await getMessage(id) : undefined;
  // Someone else's message answers exactly like a missing one: ids must not be probeable.
  if (!message || message.authorId !== caller.userId) {
    throw notFound('message_not_found', 'Сообщение не найдено.');
  }
  return { statusCode: 200, body: citizenView(message) };
});
