import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';
import { retrainDeps } from '#lib/retraining/deps.ts';
import { retrain, type RetrainResult } from '#lib/retraining/retrain.ts';

const MIN_HELD_OUT = Number(process.env['RETRAIN_MIN_HELD_OUT'] ?? 50);

export const handler = instrumented(async (): Promise<RetrainResult> => {
  const result = await retrain(retrainDeps, { heldOutFraction: 0.2, minHeldOut: MIN_HELD_OUT });
  logger.info('classifier retraining', { ...result });
  if (result.outcome === 'published') metrics.addMetric('ClassifierModelsPublished', MetricUnit.Count, 1);
  return result;
});
