import * as z from 'zod';
import { getMessage } from '#lib/db/messages.ts';
import { getOrganization, getRegion } from '#lib/db/reference-data.ts';
import { saveTransition } from '#lib/db/transitions.ts';
import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { rateAnswer, type RateDeps } from '#lib/messages/rate.ts';
import { citizenView } from '#lib/messages/view.ts';
import { queueNotification } from '#lib/notifications/queue.ts';

const input = z.strictObject({
  satisfied: z.boolean(),
  score: z.number().int().min(1).max(5),
  comment: z.string().max(2_000).optional(),
});

const deps: RateDeps = {
  getMessage,
  saveTransition,
  getOrganization,
  getRegion,
  notify: queueNotification,
  now: () => new Date(),
  reopenWindowDays: Number(process.env['REOPEN_WINDOW_DAYS'] ?? 30),
};

/** POST /v1/messages/{id}/rating: the author rates the answer; unsatisfied within the window reopens the message. */
export const handler = authenticatedHttpHandler({ roles: ['citizen'], body: input }, async ({ pathParameters, body, caller }) => {
  const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
  if (!id) throw notFound('message_not_found', 'Сообщение не найдено.');
  const message = await rateAnswer(id, body, caller, deps);
  return { statusCode: 200, body: citizenView(message) };
});
