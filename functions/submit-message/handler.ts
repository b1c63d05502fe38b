import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { metrics } from '#lib/observability/index.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { submitDeps } from '#lib/messages/deps.ts';
import { submitMessage } from '#lib/messages/submit.ts';
import { submitMessageInput } from '#lib/messages/submit-input.ts';
import { citizenView } from '#lib/messages/view.ts';

export const handler = authenticatedHttpHandler(
  { roles: ['citizen'], body: submitMessageInput },
  async ({ body, caller, headers, correlationId }) => {
    const { message, replayed } = await submitMessage(
      body,
      { caller, idempotencyKey: headers['idempotency-key'], correlationId },
      submitDeps,
    );
    if (!replayed) metrics.addMetric('MessagesSubmitted', MetricUnit.Count, 1);
    return {
      statusCode: 201,
      headers: { location: `/v1/messages/${message.id}`, ...(replayed ? { 'idempotent-replayed': 'true' } : {}) },
      body: citizenView(message),
    };
  },
);
