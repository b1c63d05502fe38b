import { GetQueueAttributesCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { sqsClient } from '#lib/aws/clients.ts';

// Names of the test stage's resources, as serverless.yml resolves them for `--stage test`.
export const TEST_RESOURCES = {
  table: 'pos-test-main',
  notificationsQueue: 'pos-test-notifications',
  notificationsDlq: 'pos-test-notifications-dlq',
  routingDlq: 'pos-test-routing-dlq',
};

export const queueUrlOf = async (name: string): Promise<string> =>
  (await sqsClient().send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl ?? '';

export const sendBatch = async (queue: string, bodies: string[]): Promise<void> => {
  const QueueUrl = await queueUrlOf(queue);
  await sqsClient().send(
    new SendMessageBatchCommand({ QueueUrl, Entries: bodies.map((MessageBody, index) => ({ Id: `m${index}`, MessageBody })) }),
  );
};

/** Reads (and leaves) whatever is in a queue now. */
export const peekQueue = async (queue: string): Promise<string[]> => {
  const QueueUrl = await queueUrlOf(queue);
  const out = await sqsClient().send(
    new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 0 }),
  );
  return (out.Messages ?? []).map((message) => message.Body ?? '');
};

/** Messages in a queue, visible or in flight. */
export const queueDepth = async (queue: string): Promise<number> => {
  const { Attributes = {} } = await sqsClient().send(
    new GetQueueAttributesCommand({
      QueueUrl: await queueUrlOf(queue),
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return Number(Attributes.ApproximateNumberOfMessages ?? 0) + Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0);
};
