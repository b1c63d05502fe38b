import { sendToQueue } from '#lib/aws/queues.ts';
import { getMessage, markRouted, markScreenedOut } from '#lib/db/messages.ts';
import { getCategory, getOrganization, getRegion, getRoutingRules } from '#lib/db/reference-data.ts';
import { requiredEnv } from '#lib/env.ts';
import type { RouteDeps } from './route.ts';
import { screeningFromEnv } from './screening-deps.ts';

/** The real side effects of routing, shared by the stream consumer and the sweeper. */
export const routeDeps: RouteDeps = {
  getMessage,
  getCategory,
  getRegion,
  getRoutingRules,
  getOrganization,
  markRouted,
  markScreenedOut,
  screening: screeningFromEnv(),
  notify: (event) =>
    sendToQueue(requiredEnv('NOTIFICATIONS_QUEUE_NAME'), event, event.correlationId ? { correlationId: event.correlationId } : {}),
  now: () => new Date(),
};
