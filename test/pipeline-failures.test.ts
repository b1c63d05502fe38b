import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
import { marshall } from '@aws-sdk/util-dynamodb';
import { PutItemCommand } from 'dynamodb-toolbox';
import { generateMessageNumber } from '#lib/domain/message-number.ts';
import { MessageEntity } from '#lib/db/entities/message.ts';
import { RegionEntity } from '#lib/db/entities/reference.ts';
import { getMessage, type MessageRecord } from '#lib/db/messages.ts';
import { lambdaUrl, maildevMessages, waitFor } from '#local/testing/clients.ts';
import { api, validMessage } from '#test/support/http.ts';
import { peekQueue, sendBatch, TEST_RESOURCES } from '#test/support/resources.ts';

interface Submitted { id: string; number: string }

const submitAndAwaitEmail = async (): Promise<Submitted> => {
  const { json } = await api<Submitted>('/v1/messages', { as: 'citizen-2', body: validMessage() });
  await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject.includes(json.number)), { timeoutMs: 20_000 });
  return json;
};

/** E-mails to the author (citizen-2) about the message; the organization gets its own "new message" e-mail. */
const emailsFor = async (number: string) =>
  (await maildevMessages()).filter((mail) => mail.subject.includes(number) && mail.to[0]?.address === 'citizen-2@example.ru').length;
const organizationEmailsFor = async (number: string) =>
  (await maildevMessages()).filter((mail) => mail.subject === `Новое сообщение № ${number}`).length;

describe('the pipeline keeps AWS semantics for failures and redelivery', () => {
  it('a poison SQS record reaches the DLQ while its batch neighbours are delivered once', async () => {
    const message = await submitAndAwaitEmail();
    const event = (suffix: string) =>
      JSON.stringify({ eventId: `${message.id}:routed:${suffix}`, type: 'message.routed', messageId: message.id, occurredAt: new Date().toISOString() });
    const poison = `{"eventId": "poison-${Date.now()}", "type": "message.exploded"}`;
    await sendBatch(TEST_RESOURCES.notificationsQueue, [event('replay-a'), poison, event('replay-b')]);

    await waitFor(async () => ((await emailsFor(message.number)) === 3 ? true : undefined), { timeoutMs: 20_000 });
    const dead = await waitFor(async () => (await peekQueue(TEST_RESOURCES.notificationsDlq)).find((body) => body === poison), {
      timeoutMs: 30_000,
    });
    expect(dead).toBe(poison);
    // the neighbours were deleted from the queue after their success, not redelivered with the poison
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await emailsFor(message.number)).toBe(3);
  });

  it('a poison stream record goes to the routing DLQ while the messages beside it are routed', async () => {
    const base = { ...(await api<Submitted & Record<string, unknown>>('/v1/messages', { as: 'citizen-2', body: validMessage() })).json };
    const stored = (await getMessage(base.id, { consistent: true })) as MessageRecord;
    const copy = (overrides: Partial<MessageRecord>): MessageRecord => ({
      ...stored,
      id: generateMessageNumber(),
      // each its own text, or the pipeline would rightly hold them as repeats of the first
      text: validMessage().text,
      status: 'registered',
      history: stored.history.slice(0, 1),
      version: 1,
      ...overrides,
    });
    const good1 = copy({});
    const poison = copy({ regionCode: '99' });
    const good2 = copy({});
    await Promise.all([good1, poison, good2].map((item) => MessageEntity.build(PutItemCommand).item(item).send()));

    const routedNeighbours: MessageRecord[] = [];
    for (const good of [good1, good2]) {
      const routed = await waitFor(async () => {
        const current = await getMessage(good.id, { consistent: true });
        return current?.status === 'routed' ? current : undefined;
      }, { timeoutMs: 20_000 });
      expect(routed.organizationId).toBeTruthy();
      routedNeighbours.push(routed);
    }
    const failure = await waitFor(async () => (await peekQueue(TEST_RESOURCES.routingDlq)).map((body) => JSON.parse(body) as Record<string, unknown>).find((body) => body['DDBStreamBatchInfo']), { timeoutMs: 40_000 });
    expect(failure['requestContext'] as object).toMatchObject({ condition: 'RetryAttemptsExhausted' });
    expect((await getMessage(poison.id, { consistent: true }))?.status).toBe('registered');

    // an administrator adds the missing region; the scheduled sweeper routes the stuck message
    await RegionEntity.build(PutItemCommand)
      .item({ code: '99', name: 'Тестовый регион', timeZone: 'Europe/Moscow', coordinatorOrganizationId: 'cur-38' })
      .send();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const lambda = new LambdaClient({ endpoint: lambdaUrl(), region: 'eu-central-1' });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'pos-test-sweep-unrouted', Payload: Buffer.from('{}') }));
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toMatchObject({ failed: 0 });
    const swept = await getMessage(poison.id, { consistent: true });
    expect(swept).toMatchObject({ status: 'routed', organizationId: routedNeighbours[0]?.organizationId });
    expect(swept?.history.filter((step) => step.event === 'routed')).toHaveLength(1);
  });

  it('a redelivered stream record does not route twice nor e-mail twice', async () => {
    const message = await submitAndAwaitEmail();
    const routed = (await getMessage(message.id, { consistent: true })) as MessageRecord;
    const registeredImage = { ...routed, status: 'registered', history: routed.history.slice(0, 1) };
    const redelivery = {
      Records: [
        {
          eventID: 'redelivered-1',
          eventName: 'INSERT',
          eventSource: 'aws:dynamodb',
          eventSourceARN: 'arn:aws:dynamodb:eu-central-1:000000000000:table/pos-test-main/stream/redelivery',
          awsRegion: 'eu-central-1',
          dynamodb: {
            Keys: marshall({ PK: `MSG#${message.id}`, SK: 'MSG' }),
            NewImage: marshall({ ...registeredImage, PK: `MSG#${message.id}`, SK: 'MSG', _et: 'message' }, { removeUndefinedValues: true }),
            SequenceNumber: '1',
            SizeBytes: 1,
            StreamViewType: 'NEW_AND_OLD_IMAGES',
          },
        },
      ],
    };
    const lambda = new LambdaClient({ endpoint: lambdaUrl(), region: 'eu-central-1' });
    for (let delivery = 0; delivery < 2; delivery++) {
      const out = await lambda.send(
        new InvokeCommand({ FunctionName: 'pos-test-route-message', Payload: Buffer.from(JSON.stringify(redelivery)) }),
      );
      expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ batchItemFailures: [] });
    }
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const after = (await getMessage(message.id, { consistent: true })) as MessageRecord;
    expect(after.history.filter((step) => step.event === 'routed')).toHaveLength(1);
    expect(after.version).toBe(routed.version);
    expect(await emailsFor(message.number)).toBe(1);
    expect(await organizationEmailsFor(message.number)).toBe(1);
  });
});
