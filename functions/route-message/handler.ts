import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import * as z from 'zod';
import { routeMessage } from '#lib/messages/route.ts';
import { routeDeps } from '#lib/messages/route-deps.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';

const insertedMessage = z.object({ id: z.string().min(1), correlationId: z.string().optional() });

const processor = new BatchProcessor(EventType.DynamoDBStreams);

const routeRecord = async (record: DynamoDBRecord): Promise<void> => {
  const image = unmarshall((record.dynamodb?.NewImage ?? {}) as Record<string, AttributeValue>);
  const { id, correlationId } = insertedMessage.parse(image);
  if (correlationId) logger.setCorrelationId(correlationId);
  const outcome = await routeMessage(id, routeDeps);
  logger.info('message routing', { messageId: id, outcome });
  metrics.addMetric(outcome === 'routed' ? 'MessagesRouted' : 'RoutingRepeats', MetricUnit.Count, 1);
};

export const handler = instrumented((event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(event, routeRecord, processor, { context }),
);
