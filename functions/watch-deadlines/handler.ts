import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { queryInbox } from '#lib/db/inbox.ts';
import { listRegions } from '#lib/db/reference-data.ts';
import { markDeadline, saveTransition } from '#lib/db/transitions.ts';
import { autoCloseUnrated } from '#lib/messages/auto-close.ts';
import { queueNotification as notify } from '#lib/notifications/queue.ts';
import { watchDeadlines, type WatchResult } from '#lib/messages/watch-deadlines.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';

/** Hourly: deadline warnings and escalations, then the auto-close of answers left unrated past the window. */
export const handler = instrumented(async (): Promise<WatchResult & { autoClosed: number }> => {
  const now = () => new Date();
  const result = await watchDeadlines({ listRegions, queryInbox, markDeadline, notify, now });
  const autoClosed = await autoCloseUnrated({
    listRegions,
    queryInbox,
    saveTransition,
    notify,
    now,
    reopenWindowDays: Number(process.env['REOPEN_WINDOW_DAYS'] ?? 30),
  });
  logger.info('deadline watch', { ...result, autoClosed });
  metrics.addMetric('DeadlineWarnings', MetricUnit.Count, result.warned);
  metrics.addMetric('DeadlineEscalations', MetricUnit.Count, result.escalated);
  metrics.addMetric('MessagesAutoClosed', MetricUnit.Count, autoClosed);
  return { ...result, autoClosed };
});
