/**
 * The measurements of npm run bench:inbox. Over HTTP (serverless-offline) like a client with a real token; in this
 * process the same handlers against the same DynamoDB Local, where the SDK middleware of lib/aws/dynamodb-usage.ts
 * counts every DynamoDB request; and the baselines: a bare Query of the same index page, a bare conditional
 * UpdateItem of the same change.
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { dynamoDocumentClient, sqsClient } from '#lib/aws/clients.ts';
import { dynamoUsage } from '#lib/aws/dynamodb-usage.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { requiredEnv } from '#lib/env.ts';
import { decodeCursor } from '#lib/http/cursor.ts';
import { apiUrl } from '#local/testing/clients.ts';
import { percentile } from '../stats.ts';
import { BENCH_ORGANIZATION } from './plan.ts';
import { bareInboxQuery, type InboxScenario, queryString } from './scenarios.ts';
import type { SeededMessage } from './seed.ts';

export interface Timing {
  count: number;
  p50: number;
  p99: number;
}

export interface Counted extends Timing {
  /** DynamoDB requests per call, as the SDK sent them */
  requests: number;
  readRequests: number;
  writeRequests: number;
  rcu: number;
  wcu: number;
}

interface Sample {
  durations: number[];
  requests: number;
  writeRequests: number;
  rcu: number;
  wcu: number;
}

const emptySample = (): Sample => ({ durations: [], requests: 0, writeRequests: 0, rcu: 0, wcu: 0 });

const timing = (durations: number[]): Timing => ({ count: durations.length, p50: percentile(durations, 50), p99: percentile(durations, 99) });

const counted = (sample: Sample): Counted => {
  const n = sample.durations.length || 1;
  return {
    ...timing(sample.durations),
    requests: sample.requests / n,
    readRequests: (sample.requests - sample.writeRequests) / n,
    writeRequests: sample.writeRequests / n,
    rcu: sample.rcu / n,
    wcu: sample.wcu / n,
  };
};

/** Times one call and adds the DynamoDB requests and capacity this process sent during it. */
const timed = async <T>(sample: Sample, call: () => Promise<T>): Promise<T> => {
  const before = dynamoUsage();
  const started = performance.now();
  const result = await call();
  sample.durations.push(performance.now() - started);
  const after = dynamoUsage();
  sample.requests += after.requests - before.requests;
  sample.writeRequests += after.writeRequests - before.writeRequests;
  sample.rcu += after.readCapacityUnits - before.readCapacityUnits;
  sample.wcu += after.writeCapacityUnits - before.writeCapacityUnits;
  return result;
};

interface InboxPage {
  items: { id: string; version: number }[];
  nextCursor?: string;
}

// ---------------------------------------------------------------------------------------------------------- HTTP

const httpInboxPage = async (token: string, query: Record<string, string>): Promise<InboxPage> => {
  const response = await fetch(apiUrl(`/v1/org/messages${queryString(query)}`), { headers: { authorization: `Bearer ${token}` } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET /v1/org/messages${queryString(query)} answered ${response.status}: ${body.slice(0, 500)}`);
  return JSON.parse(body) as InboxPage;
};

export interface HttpScenarioFigures {
  name: string;
  firstPage: Timing;
  /** the bare Query of the same page, alternating with the HTTP calls */
  bare: Timing;
  /** items on the first page (limit 25) */
  firstPageItems: number;
  /** following nextCursor: pages (= Query requests) until 25 matching items, or the end of the partition */
  pagesToFill: number;
  itemsFound: number;
  exhausted: boolean;
  fillMs: number;
}

const bareQuery = (query: Record<string, string>, cursor?: string) =>
  dynamoDocumentClient().send(new QueryCommand(bareInboxQuery(requiredEnv('TABLE_NAME'), BENCH_ORGANIZATION.id, query, decodeCursor(cursor))));

/**
 * The first page `repeat` times, each followed by the bare Query of the same page (so that both see the machine
 * alike), then the cursor walk until a client has a full page of 25 (or none are left).
 */
export const measureHttpScenario = async (token: string, scenario: InboxScenario, { repeat, maxPages }: { repeat: number; maxPages: number }): Promise<HttpScenarioFigures> => {
  await httpInboxPage(token, scenario.query);
  await bareQuery(scenario.query);
  const durations: number[] = [];
  const bare: number[] = [];
  let firstPageItems = 0;
  for (let i = 0; i < repeat; i++) {
    let started = performance.now();
    const page = await httpInboxPage(token, scenario.query);
    durations.push(performance.now() - started);
    firstPageItems = page.items.length;
    started = performance.now();
    await bareQuery(scenario.query);
    bare.push(performance.now() - started);
  }
  let pages = 0;
  let found = 0;
  let cursor: string | undefined;
  const started = performance.now();
  do {
    const page = await httpInboxPage(token, { ...scenario.query, ...(cursor ? { cursor } : {}) });
    pages++;
    found += page.items.length;
    cursor = page.nextCursor;
  } while (found < 25 && cursor && pages < maxPages);
  return { name: scenario.name, firstPage: timing(durations), bare: timing(bare), firstPageItems, pagesToFill: pages, itemsFound: found, exhausted: !cursor, fillMs: performance.now() - started };
};

export interface DeepWalkFigures {
  pages: number;
  items: number;
  all: Timing;
  /** pages 2…10 and the last tenth */
  shallow: Timing;
  deep: Timing;
  /** the bare Query of each page, right after it */
  bareAll: Timing;
  bareDeep: Timing;
  /** cursors met on the way, for the in-process comparison */
  cursors: string[];
}

/** Every page of the active inbox (limit 25), following nextCursor to the end; each page also as a bare Query. */
export const measureHttpDeepWalk = async (token: string, { limit }: { limit: number }): Promise<DeepWalkFigures> => {
  const durations: number[] = [];
  const bare: number[] = [];
  const cursors: string[] = [];
  let items = 0;
  let cursor: string | undefined;
  do {
    const query = { limit: String(limit), ...(cursor ? { cursor } : {}) };
    let started = performance.now();
    const page = await httpInboxPage(token, query);
    durations.push(performance.now() - started);
    started = performance.now();
    await bareQuery({ limit: String(limit) }, cursor);
    bare.push(performance.now() - started);
    items += page.items.length;
    cursor = page.nextCursor;
    if (cursor) cursors.push(cursor);
  } while (cursor);
  const tenth = Math.max(1, Math.floor(durations.length / 10));
  return {
    pages: durations.length,
    items,
    all: timing(durations),
    shallow: timing(durations.slice(1, 10)),
    deep: timing(durations.slice(-tenth)),
    bareAll: timing(bare),
    bareDeep: timing(bare.slice(-tenth)),
    cursors,
  };
};

const httpAct = async (token: string, id: string, body: Record<string, unknown>): Promise<void> => {
  const response = await fetch(apiUrl(`/v1/org/messages/${id}/actions`), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST /v1/org/messages/${id}/actions ${String(body['action'])} answered ${response.status}: ${text.slice(0, 500)}`);
};

export const ANSWER_TEXT = 'Ямочный ремонт выполнен, участок проверен комиссией. Благодарим за обращение.';

export interface HttpTransitionFigures {
  take: Timing;
  answer: Timing;
  bareTake: Timing;
  bareAnswer: Timing;
}

/**
 * `take` on distinct routed messages and `answer` on distinct messages in progress over HTTP, each followed by the
 * bare conditional UpdateItem of the same change on another message of the same kind.
 */
export const measureHttpTransitions = async (token: string, messages: { routed: SeededMessage[]; inProgress: SeededMessage[] }, count: number): Promise<HttpTransitionFigures> => {
  const TableName = requiredEnv('TABLE_NAME');
  const client = dynamoDocumentClient();
  const next = (list: SeededMessage[]) => {
    const m = list.shift();
    if (!m) throw new Error('not enough seeded messages for the transitions');
    return m;
  };
  const time = async (into: number[] | undefined, call: () => Promise<unknown>) => {
    const started = performance.now();
    await call();
    into?.push(performance.now() - started);
  };
  const take = (m: SeededMessage) => httpAct(token, m.id, { action: 'take', expectedVersion: m.version });
  const answer = (m: SeededMessage) => httpAct(token, m.id, { action: 'answer', expectedVersion: m.version, text: ANSWER_TEXT });
  const bare = (m: SeededMessage, action: 'take' | 'answer') => client.send(bareTransition(TableName, m, action));
  const out = { take: [] as number[], answer: [] as number[], bareTake: [] as number[], bareAnswer: [] as number[] };
  for (let i = -3; i < count; i++) {
    const keep = i >= 0; // three rounds of warm-up
    await time(keep ? out.take : undefined, () => take(next(messages.routed)));
    await time(keep ? out.bareTake : undefined, () => bare(next(messages.routed), 'take'));
    await time(keep ? out.answer : undefined, () => answer(next(messages.inProgress)));
    await time(keep ? out.bareAnswer : undefined, () => bare(next(messages.inProgress), 'answer'));
  }
  return { take: timing(out.take), answer: timing(out.answer), bareTake: timing(out.bareTake), bareAnswer: timing(out.bareAnswer) };
};

// ---------------------------------------------------------------------------------------------------- in-process

const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

const apiEvent = (token: string, method: string, routeKey: string, rawPath: string, options: { query?: Record<string, string>; pathParameters?: Record<string, string>; body?: unknown }): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey,
  rawPath,
  rawQueryString: queryString(options.query ?? {}).slice(1),
  headers: { authorization: `Bearer ${token}`, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
  ...(options.query && Object.keys(options.query).length ? { queryStringParameters: options.query } : {}),
  ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
  requestContext: {
    accountId: '000000000000',
    apiId: 'bench',
    domainName: 'localhost',
    domainPrefix: 'localhost',
    http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    requestId: `bench-${Math.random().toString(36).slice(2)}`,
    routeKey,
    stage: '$default',
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
  },
  ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  isBase64Encoded: false,
});

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

const ok = (result: unknown, what: string): APIGatewayProxyStructuredResultV2 => {
  const response = result as APIGatewayProxyStructuredResultV2;
  if (response.statusCode !== 200) throw new Error(`${what} answered ${response.statusCode}: ${String(response.body).slice(0, 500)}`);
  return response;
};

export interface InProcessInboxFigures {
  name: string;
  handler: Counted;
  bare: Counted;
  /** items the handler returned per page */
  items: number;
  /** following nextCursor from the first page until 25 items (or the end): DynamoDB requests and read units */
  fill: { pages: number; requests: number; rcu: number; items: number };
}

/**
 * The list-org-messages handler and the bare Query of the same page, alternating call by call; each of the given
 * start keys (none: the first page) once per round.
 */
export const measureInProcessInbox = async (
  token: string,
  name: string,
  query: Record<string, string>,
  { rounds, cursors = [undefined] }: { rounds: number; cursors?: (string | undefined)[] },
): Promise<InProcessInboxFigures> => {
  const { handler } = (await import('#functions/list-org-messages/handler.ts')) as { handler: Handler };
  const client = dynamoDocumentClient();
  const TableName = requiredEnv('TABLE_NAME');
  const page = (cursor: string | undefined) => {
    const q = { ...query, ...(cursor ? { cursor } : {}) };
    return handler(apiEvent(token, 'GET', 'GET /v1/org/messages', '/v1/org/messages', { query: q }), context).then((r) => ok(r, `list-org-messages ${queryString(q)}`));
  };
  const bare = (cursor: string | undefined) => client.send(new QueryCommand(bareInboxQuery(TableName, BENCH_ORGANIZATION.id, query, decodeCursor(cursor))));
  await page(cursors[0]);
  await bare(cursors[0]);
  const h = emptySample();
  const b = emptySample();
  let items = 0;
  for (let round = 0; round < rounds; round++) {
    for (const cursor of cursors) {
      const response = await timed(h, () => page(cursor));
      items += (JSON.parse(response.body ?? '{}') as InboxPage).items.length;
      await timed(b, () => bare(cursor));
    }
  }
  const fill = { pages: 0, requests: 0, rcu: 0, items: 0 };
  const before = dynamoUsage();
  let cursor: string | undefined;
  do {
    const body = JSON.parse((await page(cursor)).body ?? '{}') as InboxPage;
    fill.pages++;
    fill.items += body.items.length;
    cursor = body.nextCursor;
  } while (fill.items < 25 && cursor && fill.pages < 2_000);
  const after = dynamoUsage();
  fill.requests = after.requests - before.requests;
  fill.rcu = after.readCapacityUnits - before.readCapacityUnits;
  return { name, handler: counted(h), bare: counted(b), items: items / h.durations.length, fill };
};

export interface InProcessTransitionFigures {
  take: Counted & { sqsRequests: number };
  answer: Counted & { sqsRequests: number };
  bareTake: Counted;
  bareAnswer: Counted;
}

/** SQS requests this process sent (the notification an answer queues), counted like the DynamoDB ones. */
let sqsRequests = 0;
let sqsCounted = false;
const countSqsRequests = () => {
  if (sqsCounted) return;
  sqsCounted = true;
  sqsClient().middlewareStack.add((next) => async (args) => { sqsRequests++; return next(args); }, { step: 'initialize', name: 'benchSqsCount' });
};

/** The UpdateItem a transition amounts to, conditional on the version, without reading or answering anything. */
const bareTransition = (TableName: string, message: SeededMessage, action: 'take' | 'answer') => {
  const at = new Date().toISOString();
  const status = action === 'take' ? 'in_progress' : 'answered';
  const inbox = inboxKeys({ id: message.id, status, organizationId: BENCH_ORGANIZATION.id, regionCode: BENCH_ORGANIZATION.regionCode, deadlineAt: message.deadlineAt, answeredAt: at })!;
  const step = { at, status, actor: 'official', event: action === 'take' ? 'taken' : 'answered', organizationId: BENCH_ORGANIZATION.id, organizationName: BENCH_ORGANIZATION.name };
  return new UpdateCommand({
    TableName,
    Key: { PK: `MSG#${message.id}`, SK: 'MSG' },
    ConditionExpression: '#version = :expected',
    UpdateExpression:
      'SET #status = :status, #updatedAt = :at, #history = list_append(#history, :steps), #version = #version + :one, #gsi3pk = :gsi3pk, #gsi3sk = :gsi3sk, #gsi4pk = :gsi4pk, #gsi4sk = :gsi4sk' +
      (action === 'answer' ? ', #answer = :answer, #answeredAt = :at' : ''),
    ExpressionAttributeNames: {
      '#status': 'status',
      '#updatedAt': 'updatedAt',
      '#history': 'history',
      '#version': 'version',
      '#gsi3pk': 'GSI3PK',
      '#gsi3sk': 'GSI3SK',
      '#gsi4pk': 'GSI4PK',
      '#gsi4sk': 'GSI4SK',
      ...(action === 'answer' ? { '#answer': 'answer', '#answeredAt': 'answeredAt' } : {}),
    },
    ExpressionAttributeValues: {
      ':expected': message.version,
      ':status': status,
      ':at': at,
      ':steps': [step],
      ':one': 1,
      ':gsi3pk': inbox.inboxKey,
      ':gsi3sk': inbox.inboxSort,
      ':gsi4pk': inbox.regionInboxKey,
      ':gsi4sk': inbox.regionInboxSort,
      ...(action === 'answer' ? { ':answer': { text: ANSWER_TEXT, at, organizationName: BENCH_ORGANIZATION.name } } : {}),
    },
  });
};

/**
 * The act-on-message handler in this process (take on routed messages, answer on messages in progress) and the
 * bare conditional UpdateItem of the same change on other messages of the same kind, alternating; every message
 * is used once.
 */
export const measureInProcessTransitions = async (
  token: string,
  messages: { routed: SeededMessage[]; inProgress: SeededMessage[] },
  count: number,
): Promise<InProcessTransitionFigures> => {
  const { handler } = (await import('#functions/act-on-message/handler.ts')) as { handler: Handler };
  const client = dynamoDocumentClient();
  const TableName = requiredEnv('TABLE_NAME');
  const act = (message: SeededMessage, body: Record<string, unknown>) =>
    handler(
      apiEvent(token, 'POST', 'POST /v1/org/messages/{id}/actions', `/v1/org/messages/${message.id}/actions`, { pathParameters: { id: message.id }, body }),
      context,
    ).then((r) => ok(r, `act-on-message ${String(body['action'])} ${message.id}`));
  const routed = [...messages.routed];
  const inProgress = [...messages.inProgress];
  const take = (m: SeededMessage) => act(m, { action: 'take', expectedVersion: m.version });
  const answer = (m: SeededMessage) => act(m, { action: 'answer', expectedVersion: m.version, text: ANSWER_TEXT });
  const bare = async (m: SeededMessage, action: 'take' | 'answer') => {
    await client.send(bareTransition(TableName, m, action));
  };
  const next = (list: SeededMessage[]) => {
    const m = list.shift();
    if (!m) throw new Error('not enough seeded messages for the transitions');
    return m;
  };
  countSqsRequests();
  // warm-up: handler modules, token verification, the queue URL
  for (let i = 0; i < 3; i++) {
    await take(next(routed));
    await answer(next(inProgress));
    await bare(next(routed), 'take');
    await bare(next(inProgress), 'answer');
  }
  const samples = { take: emptySample(), answer: emptySample(), bareTake: emptySample(), bareAnswer: emptySample() };
  const sqs = { take: 0, answer: 0 };
  const withSqs = async (action: 'take' | 'answer', call: () => Promise<unknown>) => {
    const before = sqsRequests;
    await call();
    sqs[action] += sqsRequests - before;
  };
  for (let i = 0; i < count; i++) {
    await withSqs('take', () => timed(samples.take, () => take(next(routed))));
    await timed(samples.bareTake, () => bare(next(routed), 'take'));
    await withSqs('answer', () => timed(samples.answer, () => answer(next(inProgress))));
    await timed(samples.bareAnswer, () => bare(next(inProgress), 'answer'));
  }
  return {
    take: { ...counted(samples.take), sqsRequests: sqs.take / count },
    answer: { ...counted(samples.answer), sqsRequests: sqs.answer / count },
    bareTake: counted(samples.bareTake),
    bareAnswer: counted(samples.bareAnswer),
  };
};
