import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { listUnroutedSince } from '#lib/db/messages.ts';
import { routeMessage } from '#lib/messages/route.ts';
import { routeDeps } from '#lib/messages/route-deps.ts';
import { type SweepResult, sweepUnrouted } from '#lib/messages/sweep.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';

const GRACE_MS = Number(process.env['ROUTING_GRACE_SECONDS'] ?? 120) * 1000;

export const handler = instrumented(async (): Promise<SweepResult> => {
  const result = await sweepUnrouted(
    { listUnroutedSince, route: (id) => routeMessage(id, routeDeps), now: () => new Date() },
    { graceMs: GRACE_MS, limitPerShard: 100 },
  );
  logger.info('sweep done', { ...result });
  metrics.addMetric('MessagesSwept', MetricUnit.Count, result.routed);
  if (result.failed > 0) metrics.addMetric('SweepFailures', MetricUnit.Count, result.failed);
  return result;
});
