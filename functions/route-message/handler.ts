import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { routeMessage } from '#lib/messages/route.ts';
import { routeDeps } from '#lib/messages/route-deps.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';


const processor = new BatchProcessor(EventType.DynamoDBStreams);

const routeRecord = async (record: DynamoDBRecord): Promise<void> => {
  const image = unmarshall((record.dynamodb?.NewImage ?? {}) as Record<string, AttributeValue>);
  const { id, correlationId } = image;
  if (typeof id !== 'string' || !/^\d{11}$/.test(id)) throw new Error('stream record without a message id');
  if (typeof correlationId === 'string') logger.setCorrelationId(correlationId);
  const outcome = await routeMessage(id, routeDeps);
  logger.info('message routing', { messageId: id, outcome });
  metrics.addMetric(outcome === 'routed' ? 'MessagesRouted' : 'RoutingRepeats', MetricUnit.Count, 1);
};

export const handler = instrumented((event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(event, routeRecord, processor, { context }),
);
