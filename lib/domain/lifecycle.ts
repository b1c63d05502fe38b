/**
 * The message lifecycle as one explicit, pure state machine.
 *
 * `decide` is the single authority on whether an actor may do something to a message and where it goes:
 * it reads nothing but its arguments, writes nothing, and never throws. Persisting the transition (status,
 * extension counter, history entry, rating) is the caller's job; the returned `event` names what happened.
 *
 * Check order, first failure wins:
 *   1. the role may perform the action at all          → `role_not_allowed`
 *   2. ownership as the role needs it                  → `not_your_message`
 *        official, org_admin: `sameOrganization`; coordinator: `sameRegion`; citizen: `isAuthor`;
 *        moderator and system: none (platform-wide)
 *   3. the action is allowed in the current status     → `action_not_allowed_in_status`
 *   4. guards on state and input, in this order:
 *        extend: `extension_used` (only one extension per message), then `reason_required`;
 *        redirect, reject: `reason_required` (a non-blank reason);
 *        rate: `invalid_score` (an integer 1–5).
 *
 * Rating (`rate`, citizen author only, status `answered`):
 *   - `satisfied !== false` (true or not given) → `closed`, event `message.rated`;
 *     reconsideration is an explicit request, so a rating without `satisfied: false` never reopens;
 *   - `satisfied === false` within the reopen window → `reopened`, event `message.reopened`;
 *   - `satisfied === false` after the window → the rating is still recorded and the message `closed`,
 *     event `message.rated_after_reopen_window` (it is not refused: the satisfaction indicator needs every
 *     rating). Hence `rating_window_closed` is part of the result type but `decide` does not return it today.
 *   The window is `reopenWindowDays` calendar days of 24 h after `answeredAt`, the boundary included.
 *   A message without a readable `answeredAt` is treated as inside the window (the citizen keeps the right).
 *
 * `auto_close` is not time-guarded here: the scheduler decides when the rating window is over
 * (see `reopenWindowEndsAt`).
 */
import { statusLabel } from './statuses.ts';
import type { MessageStatus } from './statuses.ts';
import type { Role } from './types.ts';

export const LIFECYCLE_ACTIONS = [
  'take',
  'answer',
  'interim',
  'redirect',
  'extend',
  'reject',
  'release',
  'rate',
  'auto_close',
] as const;

export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

export type ActorRole = Role | 'system';

export interface ActorContext {
  role: ActorRole;
  /** The message is currently routed to the actor's organization. */
  sameOrganization: boolean;
  /** The message belongs to the actor's region. */
  sameRegion: boolean;
  /** The actor is the citizen who submitted the message. */
  isAuthor: boolean;
}

export interface MessageState {
  status: MessageStatus;
  extensionsUsed: number;
  /** ISO 8601 instant of the (last) answer; used for the reopen window. */
  answeredAt?: string;
}

export interface DecideInput {
  reason?: string;
  satisfied?: boolean;
  score?: number;
  now: Date;
  reopenWindowDays: number;
}

export type LifecycleErrorCode =
  | 'action_not_allowed_in_status'
  | 'role_not_allowed'
  | 'not_your_message'
  | 'extension_used'
  | 'reason_required'
  | 'invalid_score'
  | 'rating_window_closed';

export type LifecycleEvent =
  | 'message.taken'
  | 'message.answered'
  | 'message.interim_answer'
  | 'message.redirected'
  | 'message.deadline_extended'
  | 'message.rejected'
  | 'message.released'
  | 'message.rated'
  | 'message.reopened'
  | 'message.rated_after_reopen_window'
  | 'message.auto_closed';

export type Decision =
  | { ok: true; to: MessageStatus; event: LifecycleEvent }
  | { ok: false; code: LifecycleErrorCode; detail: string };

/** What an actor of a role must be to the message. */
type Scope = 'organization' | 'region' | 'author' | 'any';

interface Rule {
  /** Statuses the action may start from. */
  from: readonly MessageStatus[];
  /** Target status; 'same' keeps the status; 'by_rating' is decided by the rating. */
  to: MessageStatus | 'same' | 'by_rating';
  /** Roles that may perform the action and the ownership each needs. */
  roles: Partial<Record<ActorRole, Scope>>;
  event: LifecycleEvent;
  /** Russian prompt when the reason is missing; absent = no reason needed. */
  reasonPrompt?: string;
}

const WORKING: readonly MessageStatus[] = ['routed', 'in_progress', 'reopened'];
const EXECUTORS = { official: 'organization', org_admin: 'organization', coordinator: 'region' } as const;

/** The whole machine. Every transition the product knows is a row here. */
const RULES: Record<LifecycleAction, Rule> = {
  take: { from: ['routed', 'reopened'], to: 'in_progress', roles: EXECUTORS, event: 'message.taken' },
  answer: { from: WORKING, to: 'answered', roles: EXECUTORS, event: 'message.answered' },
  interim: { from: WORKING, to: 'same', roles: EXECUTORS, event: 'message.interim_answer' },
  redirect: {
    from: WORKING,
    to: 'routed',
    roles: EXECUTORS,
    event: 'message.redirected',
    reasonPrompt: 'Укажите причину перенаправления в другую организацию.',
  },
  extend: {
    from: WORKING,
    to: 'same',
    roles: EXECUTORS,
    event: 'message.deadline_extended',
    reasonPrompt: 'Укажите причину продления срока ответа.',
  },
  reject: {
    from: ['on_moderation', 'registered'],
    to: 'rejected',
    roles: { moderator: 'any' },
    event: 'message.rejected',
    reasonPrompt: 'Укажите причину отклонения сообщения.',
  },
  release: { from: ['on_moderation'], to: 'registered', roles: { moderator: 'any' }, event: 'message.released' },
  rate: { from: ['answered'], to: 'by_rating', roles: { citizen: 'author' }, event: 'message.rated' },
  auto_close: { from: ['answered'], to: 'closed', roles: { system: 'any' }, event: 'message.auto_closed' },
};

export const LIFECYCLE_ACTION_LABELS: Record<LifecycleAction, string> = {
  take: 'Взять в работу',
  answer: 'Ответить',
  interim: 'Промежуточный ответ',
  redirect: 'Перенаправить',
  extend: 'Продлить срок',
  reject: 'Отклонить',
  release: 'Допустить',
  rate: 'Оценить ответ',
  auto_close: 'Закрыть автоматически',
};

const ROLE_LABELS: Record<ActorRole, string> = {
  citizen: 'Гражданин',
  official: 'Исполнитель',
  org_admin: 'Администратор организации',
  coordinator: 'Региональный координатор',
  moderator: 'Модератор',
  analyst: 'Аналитик',
  platform_admin: 'Администратор платформы',
  system: 'Система',
};

const NOT_YOURS: Record<Scope, string> = {
  organization: 'Сообщение направлено не в вашу организацию.',
  region: 'Сообщение относится к другому региону.',
  author: 'Оценить ответ может только автор сообщения.',
  any: '',
};

const DAY_MS = 24 * 60 * 60 * 1000;

type Failure = Extract<Decision, { ok: false }>;

function fail(code: LifecycleErrorCode, detail: string): Failure {
  return { ok: false, code, detail };
}

function owns(scope: Scope, actor: ActorContext): boolean {
  switch (scope) {
    case 'organization':
      return actor.sameOrganization;
    case 'region':
      return actor.sameRegion;
    case 'author':
      return actor.isAuthor;
    case 'any':
      return true;
  }
}

/** Steps 1–3 and the state-only guard (extension_used): everything that does not depend on input. */
function precheck(state: MessageState, action: LifecycleAction, actor: ActorContext): Failure | undefined {
  const rule = RULES[action];
  const label = LIFECYCLE_ACTION_LABELS[action];
  const scope = Object.hasOwn(rule.roles, actor.role) ? rule.roles[actor.role] : undefined;
  if (scope === undefined) {
    return fail('role_not_allowed', `Роль «${ROLE_LABELS[actor.role]}» не может выполнить действие «${label}».`);
  }
  if (!owns(scope, actor)) return fail('not_your_message', NOT_YOURS[scope]);
  if (!rule.from.includes(state.status)) {
    return fail(
      'action_not_allowed_in_status',
      `Действие «${label}» недоступно для сообщения в статусе «${statusLabel(state.status)}».`,
    );
  }
  if (action === 'extend' && state.extensionsUsed !== 0) {
    return fail('extension_used', 'Срок ответа уже продлевался: продлить его можно только один раз.');
  }
  return undefined;
}

/** When the citizen's right to ask for reconsideration ends; undefined if `answeredAt` is missing or unreadable. */
export function reopenWindowEndsAt(state: MessageState, reopenWindowDays: number): Date | undefined {
  if (state.answeredAt === undefined) return undefined;
  const answered = Date.parse(state.answeredAt);
  if (Number.isNaN(answered)) return undefined;
  return new Date(answered + reopenWindowDays * DAY_MS);
}

function withinReopenWindow(state: MessageState, now: Date, reopenWindowDays: number): boolean {
  const end = reopenWindowEndsAt(state, reopenWindowDays);
  return end === undefined || now.getTime() <= end.getTime();
}

export function decide(
  state: MessageState,
  action: LifecycleAction,
  actor: ActorContext,
  input: DecideInput,
): Decision {
  const failure = precheck(state, action, actor);
  if (failure) return failure;
  const rule = RULES[action];

  if (rule.reasonPrompt !== undefined && (input.reason === undefined || input.reason.trim() === '')) {
    return fail('reason_required', rule.reasonPrompt);
  }

  if (rule.to === 'by_rating') {
    const score = input.score;
    if (score === undefined || !Number.isInteger(score) || score < 1 || score > 5) {
      return fail('invalid_score', 'Оценка должна быть целым числом от 1 до 5.');
    }
    if (input.satisfied !== false) return { ok: true, to: 'closed', event: 'message.rated' };
    return withinReopenWindow(state, input.now, input.reopenWindowDays)
      ? { ok: true, to: 'reopened', event: 'message.reopened' }
      : { ok: true, to: 'closed', event: 'message.rated_after_reopen_window' };
  }

  return { ok: true, to: rule.to === 'same' ? state.status : rule.to, event: rule.event };
}

/**
 * Actions the actor can start on the message now, in `LIFECYCLE_ACTIONS` order, for the UI.
 * Input guards (reason, score) are left to the form; the once-only extension is applied.
 */
export function allowedActions(state: MessageState, actor: ActorContext): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => precheck(state, action, actor) === undefined);
}
