import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import { listUnroutedSince } from '#lib/db/messages.ts';
import { routeMessage } from '#lib/messages/route.ts';
import { routeDeps } from '#lib/messages/route-deps.ts';
import { type SweepResult, sweepUnrouted } from '#lib/messages/sweep.ts';
import { logger, metrics, tracer } from '#lib/observability/index.ts';

const GRACE_MS = Number(process.env['ROUTING_GRACE_SECONDS'] ?? 120) * 1000;

export const handler = middy(async (): Promise<SweepResult> => {
  const result = await sweepUnrouted(
    { listUnroutedSince, route: (id) => routeMessage(id, routeDeps), now: () => new Date() },
    { graceMs: GRACE_MS, limitPerShard: 100 },
  );
  logger.info('sweep done', { ...result });
  metrics.addMetric('MessagesSwept', MetricUnit.Count, result.routed);
  if (result.failed > 0) metrics.addMetric('SweepFailures', MetricUnit.Count, result.failed);
  return result;
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(captureLambdaHandler(tracer, { captureResponse: false }))
  .use(logMetrics(metrics));
