import { createHash } from 'node:crypto';
import { canonicalJson } from '#lib/canonical-json.ts';
import { computeDeadline } from '#lib/domain/deadlines.ts';
import { generateMessageNumber } from '#lib/domain/message-number.ts';
import { routingShardOf } from '#lib/domain/routing-shards.ts';
import { findCategory } from '#lib/domain/rubricator.ts';
import { type Category, DEFAULT_DEADLINE_RULE, type Territory } from '#lib/domain/types.ts';
import { Problem, unprocessable } from '#lib/http/problem.ts';
import type { Caller } from '#lib/http/auth.ts';
import type { CreateMessageOutcome, IdempotencyClaim, MessageRecord } from '#lib/db/messages.ts';
import { type StoredAttachment, validateAttachments } from './attachments.ts';
import type { SubmitMessageInput } from './submit-input.ts';

export interface SubmitDeps {
  getCategory(id: string): Promise<Category | undefined>;
  getTerritory(oktmo: string): Promise<Territory | undefined>;
  headAttachment(key: string): Promise<StoredAttachment | undefined>;
  createMessage(message: MessageRecord, idempotency?: IdempotencyClaim): Promise<CreateMessageOutcome>;
  getIdempotencyClaim(scope: string): Promise<{ messageId: string; requestHash: string } | undefined>;
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  newNumber(): string;
  now(): Date;
}

export interface SubmitContext {
  caller: Caller;
  idempotencyKey?: string;
  correlationId?: string;
}

export interface SubmitResult {
  message: MessageRecord;
  replayed: boolean;
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
const MAX_NUMBER_ATTEMPTS = 5;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

export const defaultIds = {
  newNumber: () => generateMessageNumber(),
  now: () => new Date(),
};

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

const validateCategory = async (input: SubmitMessageInput, deps: SubmitDeps): Promise<Category | undefined> => {
  if (input.categoryId === undefined) return undefined;
  const category = await deps.getCategory(input.categoryId);
  const lookup = findCategory(category ? [category] : [], input.categoryId, input.subcategoryId);
  if (!lookup.ok) {
    throw lookup.reason === 'unknown_category'
      ? unprocessable('unknown_category', 'Такой категории нет в рубрикаторе.', [
          { pointer: '/categoryId', code: 'unknown_category', detail: 'Выберите категорию из рубрикатора.' },
        ])
      : unprocessable('subcategory_mismatch', 'Подкатегория не относится к выбранной категории.', [
          { pointer: '/subcategoryId', code: 'subcategory_mismatch', detail: 'Выберите подкатегорию выбранной категории.' },
        ]);
  }
  return lookup.category;
};

const validateReferences = async (input: SubmitMessageInput, deps: SubmitDeps) => {
  const [category, territory] = await Promise.all([validateCategory(input, deps), deps.getTerritory(input.oktmo)]);
  if (!territory) {
    throw unprocessable('unknown_oktmo', 'Муниципальное образование с таким кодом ОКТМО не подключено к платформе.', [
      { pointer: '/oktmo', code: 'unknown_oktmo', detail: 'Укажите ОКТМО из справочника территорий.' },
    ]);
  }
  return { category, territory };
};

const idempotencyClaim = (caller: Caller, key: string | undefined, input: SubmitMessageInput, now: Date) => {
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new Problem(400, 'invalid_idempotency_key', 'Заголовок Idempotency-Key: от 1 до 128 латинских букв, цифр и знаков _ . : -');
  }
  return {
    scope: sha256(`${caller.userId}\n${key}`),
    requestHash: sha256(canonicalJson(input)),
    expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
  };
};

const replay = async (claim: IdempotencyClaim, deps: SubmitDeps): Promise<SubmitResult> => {
  const existing = await deps.getIdempotencyClaim(claim.scope);
  if (!existing) throw new Error('idempotency key was taken but cannot be read');
  if (existing.requestHash !== claim.requestHash) {
    throw unprocessable(
      'idempotency_key_reused',
      'Этот ключ Idempotency-Key уже использован для другого сообщения. Для нового сообщения нужен новый ключ.',
    );
  }
  const message = await deps.getMessage(existing.messageId, { consistent: true });
  if (!message) throw new Error('idempotency key points to a missing message');
  return { message, replayed: true };
};

/** Registers a citizen's message: validated, numbered and given its deadline in one transactional write. */
export const submitMessage = async (
  input: SubmitMessageInput,
  context: SubmitContext,
  deps: SubmitDeps,
): Promise<SubmitResult> => {
  const { caller } = context;
  const now = deps.now();
  const claim = idempotencyClaim(caller, context.idempotencyKey, input, now);
  const { category, territory } = await validateReferences(input, deps);
  await validateAttachments(input.attachments ?? [], caller.userId, deps.headAttachment);

  // without a category yet, the default rule; routing sets the final deadline once the category is known
  const workingDays = (category?.deadline ?? DEFAULT_DEADLINE_RULE).workingDays;
  const deadline = computeDeadline({ registeredAt: now, workingDays, timeZone: territory.timeZone });
  const at = now.toISOString();
  const base = {
    authorId: caller.userId,
    ...(caller.email ? { contactEmail: caller.email } : {}),
    ...(category ? { categoryId: category.id } : {}),
    ...(input.subcategoryId ? { subcategoryId: input.subcategoryId } : {}),
    text: input.text,
    oktmo: territory.oktmo,
    regionCode: territory.regionCode,
    timeZone: territory.timeZone,
    ...(input.address ? { address: input.address } : {}),
    ...(input.location ? { location: input.location } : {}),
    attachments: input.attachments ?? [],
    status: 'registered' as const,
    deadlineAt: deadline.dueAt,
    deadlineDate: deadline.dueDate,
    deadlineWorkingDays: workingDays,
    createdAt: at,
    updatedAt: at,
    version: 1,
    history: [{ at, status: 'registered' as const, actor: 'citizen' as const, event: 'registered' }],
    ...(context.correlationId ? { correlationId: context.correlationId } : {}),
  };

  for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
    const id = deps.newNumber();
    const message: MessageRecord = { ...base, id, routingShard: routingShardOf(id), routingPendingSince: at };
    const outcome = await deps.createMessage(message, claim);
    if (outcome === 'created') return { message, replayed: false };
    if (outcome === 'idempotency_key_taken' && claim) return replay(claim, deps);
  }
  throw new Problem(503, 'number_unavailable', 'Не удалось присвоить номер сообщению. Повторите отправку.');
};
