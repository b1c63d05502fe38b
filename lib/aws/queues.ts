import { GetQueueUrlCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { sqsClient } from './clients.ts';

const urls = new Map<string, Promise<string>>();

/** Queue URLs differ between AWS, LocalStack and fauxqs; look each up once per container by its name. */
export const queueUrl = (queueName: string): Promise<string> => {
  let url = urls.get(queueName);
  if (!url) {
    url = sqsClient()
      .send(new GetQueueUrlCommand({ QueueName: queueName }))
      .then((out) => {
        if (!out.QueueUrl) throw new Error(`queue ${queueName} has no URL`);
        return out.QueueUrl;
      });
    url.catch(() => urls.delete(queueName));
    urls.set(queueName, url);
  }
  return url;
};

export const sendToQueue = async (
  queueName: string,
  body: unknown,
  attributes: Record<string, string> = {},
): Promise<void> => {
  await sqsClient().send(
    new SendMessageCommand({
      QueueUrl: await queueUrl(queueName),
      MessageBody: JSON.stringify(body),
      MessageAttributes: Object.fromEntries(
        Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
      ),
    }),
  );
};
