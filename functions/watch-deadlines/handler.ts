import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { sendToQueue } from '#lib/aws/queues.ts';
import { queryInbox } from '#lib/db/inbox.ts';
import { listRegions } from '#lib/db/reference-data.ts';
import { markDeadline } from '#lib/db/transitions.ts';
import { requiredEnv } from '#lib/env.ts';
import { watchDeadlines, type WatchResult } from '#lib/messages/watch-deadlines.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';

export const handler = instrumented(async (): Promise<WatchResult> => {
  const result = await watchDeadlines({
    listRegions,
    queryInbox,
    markDeadline,
    notify: (event) => sendToQueue(requiredEnv('NOTIFICATIONS_QUEUE_NAME'), event),
    now: () => new Date(),
  });
  logger.info('deadline watch', { ...result });
  metrics.addMetric('DeadlineWarnings', MetricUnit.Count, result.warned);
  metrics.addMetric('DeadlineEscalations', MetricUnit.Count, result.escalated);
  return result;
});
