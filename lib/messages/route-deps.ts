import { getMessage, markRouted, markScreenedOut } from '#lib/db/messages.ts';
import { getCategory, getOrganization, getRegion, getRoutingRules } from '#lib/db/reference-data.ts';
import type { RouteDeps } from './route.ts';
import { screeningFromEnv } from './screening-deps.ts';
import { queueNotification } from '#lib/notifications/queue.ts';

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
  notify: queueNotification,
  now: () => new Date(),
};
