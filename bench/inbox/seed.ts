/**
 * Writes the benchmark organization's messages straight into DynamoDB (BatchWriteItem, 25 items a request, a few
 * requests in flight). Each item is built by the project's own entity (MessageEntity: keys, `_et`, GSI1 link),
 * inbox keys (inboxKeys), numbers (message-number), deadlines (production calendar) and routing rules, so that it is
 * what the pipeline would have stored for a routed message that officials then took, answered and closed.
 */
import { isDeepStrictEqual } from 'node:util';
import { BatchWriteCommand, type BatchWriteCommandInput, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { dynamoDocumentClient } from '#lib/aws/clients.ts';
import { MessageEntity } from '#lib/db/entities/message.ts';
import type { HistoryStep, MessageRecord } from '#lib/db/messages.ts';
import { requiredEnv } from '#lib/env.ts';
import { computeDeadline, type Deadline } from '#lib/domain/deadlines.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { generateMessageNumber } from '#lib/domain/message-number.ts';
import { resolveOrganization } from '#lib/domain/routing.ts';
import { localDateAt } from '#lib/domain/zoned-time.ts';
import { demoCategories, demoOrganizations, demoRegions, demoRoutingRules } from '#local/seed/demo-data.ts';
import { uniqueDetail } from '#test/support/texts.ts';
import { seededRandom } from '#lib/random.ts';
import { BENCH_ORGANIZATION, type MessagePlan, planMessage, type PlannedStatus } from './plan.ts';

export interface SeededMessage {
  id: string;
  status: PlannedStatus;
  version: number;
  deadlineAt: string;
}

export interface SeedFigures {
  count: number;
  seconds: number;
  requests: number;
  perSecond: number;
  /** ids and versions by status, for the transitions */
  byStatus: Record<PlannedStatus, SeededMessage[]>;
  /** the share of each filter value, to read the filter figures against */
  counts: { status: Record<string, number>; category: Record<string, number>; oktmo: Record<string, number>; group: Record<string, number> };
}

const STREETS = ['ул. Ленина', 'ул. Дзержинского', 'ул. Карла Маркса', 'пр-т Победы', 'ул. Радищева', 'ул. Сумская', 'ул. Челюскинцев', 'пр-т Дружбы', 'ул. Щепкина', 'ул. 50 лет Октября'];

const OPENINGS: Record<string, string> = {
  improvement: 'Во дворе нужен порядок: просим благоустроить территорию, жители обращаются не первый раз.',
  roads: 'На проезжей части и тротуаре опасно: просим отремонтировать и навести порядок.',
  housing: 'Управляющая компания не отвечает на заявки жильцов, просим проверить её работу.',
  transport: 'Остановочный павильон в плохом состоянии, людям негде укрыться от дождя.',
};

const ANSWER = 'Обращение рассмотрено. Работы включены в план и будут выполнены подрядной организацией в установленный срок.';

const orgName = (id: string) => demoOrganizations.find((o) => o.id === id)?.name ?? id;
const region = demoRegions.find((r) => r.code === BENCH_ORGANIZATION.regionCode)!;
const workingDaysOf = (categoryId: string) => demoCategories.find((c) => c.id === categoryId)?.deadline.workingDays ?? 10;

const deadlines = new Map<string, Deadline>();
/** Deadlines depend on the local day only: memoised, as 100,000 calendar walks would cost seconds. */
const deadlineFrom = (at: number, workingDays: number): Deadline => {
  const key = `${localDateAt(new Date(at), BENCH_ORGANIZATION.timeZone)}|${workingDays}`;
  let deadline = deadlines.get(key);
  if (!deadline) {
    deadline = computeDeadline({ registeredAt: new Date(at), workingDays, timeZone: BENCH_ORGANIZATION.timeZone });
    deadlines.set(key, deadline);
  }
  return deadline;
};

const iso = (ms: number) => new Date(ms).toISOString();

/** The stored record of a planned message: what routing, the officials' actions and the rating would have written. */
export const messageRecord = (plan: MessagePlan, id: string, random: () => number): MessageRecord => {
  const workingDays = workingDaysOf(plan.categoryId);
  const target = { categoryId: plan.categoryId, subcategoryId: plan.subcategoryId, oktmo: plan.oktmo, regionCode: BENCH_ORGANIZATION.regionCode };
  const first = resolveOrganization({ ...target, rules: demoRoutingRules, coordinatorOrganizationId: region.coordinatorOrganizationId });
  if (plan.redirectedAt === undefined && first.organizationId !== BENCH_ORGANIZATION.id) {
    throw new Error(`the demo rules route ${plan.categoryId}/${plan.oktmo} to ${first.organizationId}, not to ${BENCH_ORGANIZATION.id}`);
  }
  const org = { organizationId: BENCH_ORGANIZATION.id, organizationName: BENCH_ORGANIZATION.name };
  const history: HistoryStep[] = [
    { at: iso(plan.createdAt), status: 'registered', actor: 'citizen', event: 'registered' },
    { at: iso(plan.routedAt), status: 'routed', actor: 'system', event: 'routed', organizationId: first.organizationId, organizationName: orgName(first.organizationId) },
  ];
  // a redirect gives the city the category's full time from the redirect (lib/messages/act.ts)
  let deadline = deadlineFrom(plan.createdAt, workingDays);
  if (plan.redirectedAt !== undefined) {
    history.push({ at: iso(plan.redirectedAt), status: 'routed', actor: 'official', event: 'redirected', reason: 'Вопрос в компетенции администрации города Курска', ...org });
    deadline = deadlineFrom(plan.redirectedAt, workingDays);
  }
  if (plan.takenAt !== undefined) history.push({ at: iso(plan.takenAt), status: 'in_progress', actor: 'official', event: 'taken', ...org });
  if (plan.answeredAt !== undefined) history.push({ at: iso(plan.answeredAt), status: 'answered', actor: 'official', event: 'answered', ...org });
  if (plan.closed) {
    history.push(
      plan.closed.by === 'rating'
        ? { at: iso(plan.closed.at), status: 'closed', actor: 'citizen', event: 'rated' }
        : { at: iso(plan.closed.at), status: 'closed', actor: 'system', event: 'auto_closed' },
    );
  }
  const answeredAt = plan.answeredAt !== undefined ? iso(plan.answeredAt) : undefined;
  const inbox = inboxKeys({ id, status: plan.status, organizationId: BENCH_ORGANIZATION.id, regionCode: BENCH_ORGANIZATION.regionCode, deadlineAt: deadline.dueAt, ...(answeredAt ? { answeredAt } : {}) });
  if (!inbox) throw new Error(`status ${plan.status} has no inbox`);
  const author = `bench-citizen-${plan.authorIndex}`;
  const street = STREETS[Math.floor(random() * STREETS.length)]!;
  const house = 1 + Math.floor(random() * 120);
  const confidence = 0.35 + random() * 0.64;
  return {
    id,
    authorId: author,
    contactEmail: `${author}@example.ru`,
    categoryId: plan.categoryId,
    subcategoryId: plan.subcategoryId,
    ...(random() < 0.9 ? { classification: { categoryId: plan.categoryId, confidence: Math.round(confidence * 1000) / 1000, modelVersion: 'shipped' } } : {}),
    text: `${OPENINGS[plan.categoryId] ?? ''} Адрес: ${street}, ${house}. Подробности: ${uniqueDetail(random)}.`,
    oktmo: plan.oktmo,
    regionCode: BENCH_ORGANIZATION.regionCode,
    timeZone: BENCH_ORGANIZATION.timeZone,
    address: `г. Курск, ${street}, ${house}`,
    ...(random() < 0.6 ? { location: { lat: Math.round((51.68 + random() * 0.1) * 1e5) / 1e5, lon: Math.round((36.1 + random() * 0.15) * 1e5) / 1e5 } } : {}),
    attachments: [],
    status: plan.status,
    ...org,
    routedBy: first.matchedBy,
    deadlineAt: deadline.dueAt,
    deadlineDate: deadline.dueDate,
    deadlineWorkingDays: workingDays,
    createdAt: iso(plan.createdAt),
    updatedAt: history.at(-1)!.at,
    // every step after registration added one (routing, each official action, the rating)
    version: history.length,
    history,
    ...(answeredAt ? { answeredAt, answer: { text: ANSWER, at: answeredAt, organizationName: BENCH_ORGANIZATION.name } } : {}),
    ...(plan.closed?.by === 'rating' ? { rating: { satisfied: true, score: plan.closed.score, at: iso(plan.closed.at) } } : {}),
    ...inbox,
  };
};

type StoredItem = Record<string, unknown>;

/**
 * The item MessageEntity stores for a record (keys, `_et`, the GSI1 link, the index attributes under their saved
 * names), built directly: the entity's own validation costs about a millisecond an item, 100 s for the whole seed.
 * `seedInbox` checks it against MessageEntity's output on a sample of the items.
 */
export const storedItem = (record: MessageRecord): StoredItem => {
  const { routingShard, routingPendingSince, inboxKey, inboxSort, regionInboxKey, regionInboxSort, moderationQueue, moderationSort, ...rest } = record;
  const saved: Record<string, unknown> = {
    GSI2PK: routingShard,
    GSI2SK: routingPendingSince,
    GSI3PK: inboxKey,
    GSI3SK: inboxSort,
    GSI4PK: regionInboxKey,
    GSI4SK: regionInboxSort,
    GSI5PK: moderationQueue,
    GSI5SK: moderationSort,
  };
  return {
    ...rest,
    ...Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)),
    GSI1PK: `AUTHOR#${record.authorId}`,
    GSI1SK: `MSG#${record.createdAt}#${record.id}`,
    _et: 'message',
    PK: `MSG#${record.id}`,
    SK: 'MSG',
  };
};

const entityItem = (record: MessageRecord): StoredItem =>
  (MessageEntity.build(BatchPutRequest).item(record).params() as { PutRequest: { Item: StoredItem } }).PutRequest.Item;

/** One BatchWriteItem of up to 25 items, repeated for what DynamoDB leaves unprocessed; returns the requests made. */
const writeBatch = async (TableName: string, items: StoredItem[]): Promise<number> => {
  let pending: BatchWriteCommandInput['RequestItems'] = { [TableName]: items.map((Item) => ({ PutRequest: { Item } })) };
  let requests = 0;
  for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 2000)));
    const result: BatchWriteCommandOutput = await dynamoDocumentClient().send(new BatchWriteCommand({ RequestItems: pending }));
    requests++;
    pending = result.UnprocessedItems;
  }
  return requests;
};

/** Seeds `count` messages of the benchmark organization; `concurrency` BatchWriteItem requests in flight. */
export const seedInbox = async ({ count, seed, now, concurrency = 4, checkEvery = 50 }: { count: number; seed: number; now: number; concurrency?: number; checkEvery?: number }): Promise<SeedFigures> => {
  const TableName = requiredEnv('TABLE_NAME');
  const random = seededRandom(seed);
  const rng = (min: number, max: number) => min + Math.floor(random() * (max - min));
  const ids = new Set<string>();
  const byStatus: SeedFigures['byStatus'] = { routed: [], in_progress: [], answered: [], closed: [] };
  const counts: SeedFigures['counts'] = { status: {}, category: {}, oktmo: {}, group: {} };
  const add = (bucket: Record<string, number>, key: string) => { bucket[key] = (bucket[key] ?? 0) + 1; };

  let next = 0;
  let requests = 0;
  const started = performance.now();
  const nextBatch = (): StoredItem[] => {
    const batch: StoredItem[] = [];
    while (batch.length < 25 && next < count) {
      const index = next++;
      const plan = planMessage(index, random, now);
      let id = generateMessageNumber(rng);
      while (ids.has(id)) id = generateMessageNumber(rng);
      ids.add(id);
      const record = messageRecord(plan, id, random);
      const item = storedItem(record);
      if (index % checkEvery === 0 && !isDeepStrictEqual(item, entityItem(record))) {
        throw new Error(`the seeded item differs from MessageEntity's:\n${JSON.stringify(item)}\n${JSON.stringify(entityItem(record))}`);
      }
      byStatus[plan.status].push({ id, status: plan.status, version: record.version, deadlineAt: record.deadlineAt });
      add(counts.status, plan.status);
      add(counts.category, plan.categoryId);
      add(counts.oktmo, plan.oktmo);
      add(counts.group, String(record.inboxKey).split('#').at(-1) ?? '');
      batch.push(item);
    }
    return batch;
  };
  const worker = async () => {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      const made = await writeBatch(TableName, batch);
      requests += made;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { count, seconds, requests, perSecond: count / seconds, byStatus, counts };
};
