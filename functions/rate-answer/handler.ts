import * as z from 'zod';
import { sendToQueue } from '#lib/aws/queues.ts';
import { getMessage } from '#lib/db/messages.ts';
import { getOrganization, getRegion } from '#lib/db/reference-data.ts';
import { requiredEnv } from '#lib/env.ts';
import { saveTransition } from '#lib/db/transitions.ts';
import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { rateAnswer } from '#lib/messages/rate.ts';
import { citizenView } from '#lib/messages/view.ts';

const input = z.strictObject({
  satisfied: z.boolean(),
  score: z.number().int().min(1).max(5),
  comment: z.string().max(2_000).optional(),
});

/** POST /v1/messages/{id}/rating: the author rates the answer; unsatisfied within the window reopens the message. */
export const handler = authenticatedHttpHandler({ roles: ['citizen'], body: input }, async ({ pathParameters, body, caller }) => {
  const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
  if (!id) throw notFound('message_not_found', 'Сообщение не найдено.');
  const message = await rateAnswer(id, body, caller, {
    getMessage,
    saveTransition,
    getOrganization,
    getRegion,
    notify: (event) => sendToQueue(requiredEnv('NOTIFICATIONS_QUEUE_NAME'), event),
    now: () => new Date(),
    reopenWindowDays: Number(process.env['REOPEN_WINDOW_DAYS'] ?? 30),
  });
  return { statusCode: 200, body: citizenView(message) };
});
