import { LIFECYCLE_ACTIONS, allowedActions, decide, reopenWindowEndsAt } from './lifecycle.ts';
import type { ActorContext, ActorRole, DecideInput, LifecycleAction, MessageState } from './lifecycle.ts';
import { MESSAGE_STATUS_IDS } from './statuses.ts';
import type { MessageStatus } from './statuses.ts';

// ---- the expected machine, written out by hand -------------------------------------------------------------
// Each cell: the target status when the action succeeds, or the error code.
// Cells assume an actor who owns the message (sameOrganization, sameRegion, isAuthor all true) and valid input
// (a reason, score 5, satisfied), extensionsUsed 0, answered an hour ago.
const R = 'role_not_allowed';
const S = 'action_not_allowed_in_status';
const RG = 'registered';
const RJ = 'rejected';
const RT = 'routed';
const IP = 'in_progress';
const AN = 'answered';
const RO = 'reopened';
const CL = 'closed';
type Cell = MessageStatus | typeof R | typeof S;
type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

const COLUMNS: readonly LifecycleAction[] = [
  'take',
  'answer',
  'interim',
  'redirect',
  'extend',
  'reject',
  'release',
  'rate',
  'auto_close',
];

const ROLES: readonly ActorRole[] = [
  'citizen',
  'official',
  'org_admin',
  'coordinator',
  'moderator',
  'analyst',
  'platform_admin',
  'system',
];

const EXPECTED: Record<ActorRole, Record<MessageStatus, Row>> = {
  //                take answer interim redirect extend reject release rate auto_close
  citizen: {
    registered:    [R,  R,  R,  R,  R,  R,  R,  S,  R],
    on_moderation: [R,  R,  R,  R,  R,  R,  R,  S,  R],
    rejected:      [R,  R,  R,  R,  R,  R,  R,  S,  R],
    routed:        [R,  R,  R,  R,  R,  R,  R,  S,  R],
    in_progress:   [R,  R,  R,  R,  R,  R,  R,  S,  R],
    answered:      [R,  R,  R,  R,  R,  R,  R,  CL, R],
    reopened:      [R,  R,  R,  R,  R,  R,  R,  S,  R],
    closed:        [R,  R,  R,  R,  R,  R,  R,  S,  R],
  },
  official: {
    registered:    [S,  S,  S,  S,  S,  R,  R,  R,  R],
    on_moderation: [S,  S,  S,  S,  S,  R,  R,  R,  R],
    rejected:      [S,  S,  S,  S,  S,  R,  R,  R,  R],
    routed:        [IP, AN, RT, RT, RT, R,  R,  R,  R],
    in_progress:   [S,  AN, IP, RT, IP, R,  R,  R,  R],
    answered:      [S,  S,  S,  S,  S,  R,  R,  R,  R],
    reopened:      [IP, AN, RO, RT, RO, R,  R,  R,  R],
    closed:        [S,  S,  S,  S,  S,  R,  R,  R,  R],
  },
  org_admin: {
    registered:    [S,  S,  S,  S,  S,  R,  R,  R,  R],
    on_moderation: [S,  S,  S,  S,  S,  R,  R,  R,  R],
    rejected:      [S,  S,  S,  S,  S,  R,  R,  R,  R],
    routed:        [IP, AN, RT, RT, RT, R,  R,  R,  R],
    in_progress:   [S,  AN, IP, RT, IP, R,  R,  R,  R],
    answered:      [S,  S,  S,  S,  S,  R,  R,  R,  R],
    reopened:      [IP, AN, RO, RT, RO, R,  R,  R,  R],
    closed:        [S,  S,  S,  S,  S,  R,  R,  R,  R],
  },
  coordinator: {
    registered:    [S,  S,  S,  S,  S,  R,  R,  R,  R],
    on_moderation: [S,  S,  S,  S,  S,  R,  R,  R,  R],
    rejected:      [S,  S,  S,  S,  S,  R,  R,  R,  R],
    routed:        [IP, AN, RT, RT, RT, R,  R,  R,  R],
    in_progress:   [S,  AN, IP, RT, IP, R,  R,  R,  R],
    answered:      [S,  S,  S,  S,  S,  R,  R,  R,  R],
    reopened:      [IP, AN, RO, RT, RO, R,  R,  R,  R],
    closed:        [S,  S,  S,  S,  S,  R,  R,  R,  R],
  },
  moderator: {
    registered:    [R,  R,  R,  R,  R,  RJ, S,  R,  R],
    on_moderation: [R,  R,  R,  R,  R,  RJ, RG, R,  R],
    rejected:      [R,  R,  R,  R,  R,  S,  S,  R,  R],
    routed:        [R,  R,  R,  R,  R,  S,  S,  R,  R],
    in_progress:   [R,  R,  R,  R,  R,  S,  S,  R,  R],
    answered:      [R,  R,  R,  R,  R,  S,  S,  R,  R],
    reopened:      [R,  R,  R,  R,  R,  S,  S,  R,  R],
    closed:        [R,  R,  R,  R,  R,  S,  S,  R,  R],
  },
  analyst: {
    registered:    [R,  R,  R,  R,  R,  R,  R,  R,  R],
    on_moderation: [R,  R,  R,  R,  R,  R,  R,  R,  R],
    rejected:      [R,  R,  R,  R,  R,  R,  R,  R,  R],
    routed:        [R,  R,  R,  R,  R,  R,  R,  R,  R],
    in_progress:   [R,  R,  R,  R,  R,  R,  R,  R,  R],
    answered:      [R,  R,  R,  R,  R,  R,  R,  R,  R],
    reopened:      [R,  R,  R,  R,  R,  R,  R,  R,  R],
    closed:        [R,  R,  R,  R,  R,  R,  R,  R,  R],
  },
  platform_admin: {
    registered:    [R,  R,  R,  R,  R,  R,  R,  R,  R],
    on_moderation: [R,  R,  R,  R,  R,  R,  R,  R,  R],
    rejected:      [R,  R,  R,  R,  R,  R,  R,  R,  R],
    routed:        [R,  R,  R,  R,  R,  R,  R,  R,  R],
    in_progress:   [R,  R,  R,  R,  R,  R,  R,  R,  R],
    answered:      [R,  R,  R,  R,  R,  R,  R,  R,  R],
    reopened:      [R,  R,  R,  R,  R,  R,  R,  R,  R],
    closed:        [R,  R,  R,  R,  R,  R,  R,  R,  R],
  },
  system: {
    registered:    [R,  R,  R,  R,  R,  R,  R,  R,  S],
    on_moderation: [R,  R,  R,  R,  R,  R,  R,  R,  S],
    rejected:      [R,  R,  R,  R,  R,  R,  R,  R,  S],
    routed:        [R,  R,  R,  R,  R,  R,  R,  R,  S],
    in_progress:   [R,  R,  R,  R,  R,  R,  R,  R,  S],
    answered:      [R,  R,  R,  R,  R,  R,  R,  R,  CL],
    reopened:      [R,  R,  R,  R,  R,  R,  R,  R,  S],
    closed:        [R,  R,  R,  R,  R,  R,  R,  R,  S],
  },
};

/** The event of each successful action under the table's input (the rating is a satisfied one). */
const EVENTS: Record<LifecycleAction, string> = {
  take: 'message.taken',
  answer: 'message.answered',
  interim: 'message.interim_answer',
  redirect: 'message.redirected',
  extend: 'message.deadline_extended',
  reject: 'message.rejected',
  release: 'message.released',
  rate: 'message.rated',
  auto_close: 'message.auto_closed',
};

/** Which ownership flag each role's permitted actions need; null = none. */
const OWNERSHIP: Record<ActorRole, keyof Omit<ActorContext, 'role'> | null> = {
  citizen: 'isAuthor',
  official: 'sameOrganization',
  org_admin: 'sameOrganization',
  coordinator: 'sameRegion',
  moderator: null,
  analyst: null,
  platform_admin: null,
  system: null,
};

// ---- helpers -----------------------------------------------------------------------------------------------
const NOW = new Date('2025-03-10T12:00:00Z');
const HOUR_AGO = '2025-03-10T11:00:00Z';

function state(status: MessageStatus, extra: Partial<MessageState> = {}): MessageState {
  return { status, extensionsUsed: 0, answeredAt: HOUR_AGO, ...extra };
}

function own(role: ActorRole): ActorContext {
  return { role, sameOrganization: true, sameRegion: true, isAuthor: true };
}

function stranger(role: ActorRole): ActorContext {
  return { role, sameOrganization: false, sameRegion: false, isAuthor: false };
}

const VALID: DecideInput = { reason: 'Вне компетенции', satisfied: true, score: 5, now: NOW, reopenWindowDays: 30 };

function input(extra: Partial<DecideInput> = {}): DecideInput {
  return { ...VALID, ...extra };
}

function code(result: ReturnType<typeof decide>): string {
  return result.ok ? `ok→${result.to}` : result.code;
}

const CASES = ROLES.flatMap((role) =>
  MESSAGE_STATUS_IDS.flatMap((status) =>
    COLUMNS.map((action, i) => ({ role, status, action, cell: EXPECTED[role][status][i] as Cell })),
  ),
);

// ---- the exhaustive matrix ---------------------------------------------------------------------------------
describe('lifecycle: the expected table is complete', () => {
  it('covers every role, status and action', () => {
    expect([...COLUMNS]).toEqual([...LIFECYCLE_ACTIONS]);
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(Object.keys(EXPECTED[role])).toEqual(MESSAGE_STATUS_IDS);
    expect(CASES).toHaveLength(8 * 8 * 9);
  });
});

describe('lifecycle: every status × action × role, owner with valid input', () => {
  it.each(CASES)('$role: $action on $status → $cell', ({ role, status, action, cell }) => {
    const result = decide(state(status), action, own(role), VALID);
    if (cell === R || cell === S) {
      expect(code(result)).toBe(cell);
    } else {
      expect(result).toEqual({ ok: true, to: cell, event: EVENTS[action] });
    }
  });
});

describe('lifecycle: every status × action × role, not the owner', () => {
  it.each(CASES)('$role: $action on $status', ({ role, status, action, cell }) => {
    const result = decide(state(status), action, stranger(role), VALID);
    // the role check comes first; then ownership, before the status, for roles that need it
    const expected = cell === R ? R : OWNERSHIP[role] === null ? (cell === S ? S : `ok→${cell}`) : 'not_your_message';
    expect(code(result)).toBe(expected);
  });

  it.each(CASES.filter((c) => OWNERSHIP[c.role] !== null && c.cell !== R))(
    '$role with only its own flag: $action on $status → $cell',
    ({ role, status, action, cell }) => {
      const flag = OWNERSHIP[role];
      const actor: ActorContext = { ...stranger(role), ...(flag ? { [flag]: true } : {}) };
      expect(code(decide(state(status), action, actor, VALID))).toBe(cell === S ? S : `ok→${cell}`);
    },
  );

  it('an official of another organization in the same region is not the owner', () => {
    const actor: ActorContext = { role: 'official', sameOrganization: false, sameRegion: true, isAuthor: false };
    expect(code(decide(state('routed'), 'answer', actor, VALID))).toBe('not_your_message');
  });

  it('a coordinator acts on any organization of the region, not on another region', () => {
    const region: ActorContext = { role: 'coordinator', sameOrganization: false, sameRegion: true, isAuthor: false };
    expect(code(decide(state('in_progress'), 'redirect', region, VALID))).toBe('ok→routed');
    const elsewhere: ActorContext = { ...region, sameRegion: false, sameOrganization: true };
    expect(code(decide(state('in_progress'), 'redirect', elsewhere, VALID))).toBe('not_your_message');
  });

  it('moderators and the system need no ownership', () => {
    expect(code(decide(state('on_moderation'), 'release', stranger('moderator'), VALID))).toBe('ok→registered');
    expect(code(decide(state('answered'), 'auto_close', stranger('system'), VALID))).toBe('ok→closed');
  });
});

// ---- check order -------------------------------------------------------------------------------------------
describe('lifecycle: check order role → ownership → status → input', () => {
  it('role before ownership', () => {
    expect(code(decide(state('routed'), 'answer', stranger('analyst'), VALID))).toBe('role_not_allowed');
    expect(code(decide(state('answered'), 'rate', stranger('official'), VALID))).toBe('role_not_allowed');
  });

  it('ownership before status', () => {
    expect(code(decide(state('closed'), 'answer', stranger('official'), VALID))).toBe('not_your_message');
    expect(code(decide(state('routed'), 'rate', stranger('citizen'), VALID))).toBe('not_your_message');
  });

  it('status before input guards', () => {
    const used = state('closed', { extensionsUsed: 1 });
    expect(code(decide(used, 'extend', own('official'), input({ reason: undefined })))).toBe(S);
    expect(code(decide(state('routed'), 'rate', own('citizen'), input({ score: 0 })))).toBe(S);
    expect(code(decide(state('answered'), 'reject', own('moderator'), input({ reason: '' })))).toBe(S);
  });
});

// ---- guards ------------------------------------------------------------------------------------------------
describe('lifecycle: extension guard', () => {
  it('extends once, keeping the status', () => {
    expect(decide(state('in_progress'), 'extend', own('official'), VALID)).toEqual({
      ok: true,
      to: 'in_progress',
      event: 'message.deadline_extended',
    });
  });

  it('refuses a second extension, by anyone, before looking at the reason', () => {
    for (const role of ['official', 'org_admin', 'coordinator'] as const) {
      for (const status of ['routed', 'in_progress', 'reopened'] as const) {
        const used = state(status, { extensionsUsed: 1 });
        expect(code(decide(used, 'extend', own(role), VALID))).toBe('extension_used');
        expect(code(decide(used, 'extend', own(role), input({ reason: undefined })))).toBe('extension_used');
      }
    }
    expect(code(decide(state('routed', { extensionsUsed: 2 }), 'extend', own('official'), VALID))).toBe(
      'extension_used',
    );
  });

  it('the used extension does not block other actions', () => {
    const used = state('in_progress', { extensionsUsed: 1 });
    expect(code(decide(used, 'answer', own('official'), VALID))).toBe('ok→answered');
    expect(code(decide(used, 'redirect', own('official'), VALID))).toBe('ok→routed');
  });
});

describe('lifecycle: reason guard', () => {
  it.each([
    ['redirect', 'routed', 'official'],
    ['extend', 'in_progress', 'coordinator'],
    ['reject', 'on_moderation', 'moderator'],
    ['reject', 'registered', 'moderator'],
  ] as const)('%s needs a reason', (action, status, role) => {
    for (const reason of [undefined, '', '   \n\t']) {
      const result = decide(state(status), action, own(role), input({ reason }));
      expect(code(result)).toBe('reason_required');
    }
    expect(decide(state(status), action, own(role), input({ reason: 'Обоснование' })).ok).toBe(true);
  });

  it.each([
    ['take', 'routed', 'official'],
    ['answer', 'in_progress', 'official'],
    ['interim', 'in_progress', 'org_admin'],
    ['release', 'on_moderation', 'moderator'],
    ['rate', 'answered', 'citizen'],
    ['auto_close', 'answered', 'system'],
  ] as const)('%s needs none', (action, status, role) => {
    expect(decide(state(status), action, own(role), input({ reason: undefined })).ok).toBe(true);
  });
});

describe('lifecycle: rating', () => {
  const citizen = own('citizen');
  const answered = state('answered', { answeredAt: '2025-02-08T12:00:00Z' }); // 30 days before NOW

  it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, undefined])('refuses score %p', (score) => {
    expect(code(decide(answered, 'rate', citizen, input({ score })))).toBe('invalid_score');
    expect(code(decide(answered, 'rate', citizen, input({ score, satisfied: false })))).toBe('invalid_score');
  });

  it.each([1, 2, 3, 4, 5])('accepts score %p', (score) => {
    expect(decide(answered, 'rate', citizen, input({ score }))).toEqual({ ok: true, to: 'closed', event: 'message.rated' });
  });

  it('satisfied, or not saying, closes', () => {
    expect(code(decide(answered, 'rate', citizen, input({ satisfied: true, score: 1 })))).toBe('ok→closed');
    expect(code(decide(answered, 'rate', citizen, input({ satisfied: undefined, score: 1 })))).toBe('ok→closed');
  });

  it('unsatisfied within the window reopens; the window end is included', () => {
    const atEnd = decide(answered, 'rate', citizen, input({ satisfied: false, score: 2 }));
    expect(atEnd).toEqual({ ok: true, to: 'reopened', event: 'message.reopened' });
    const early = state('answered', { answeredAt: '2025-03-09T12:00:00Z' });
    expect(code(decide(early, 'rate', citizen, input({ satisfied: false, score: 1 })))).toBe('ok→reopened');
  });

  it('unsatisfied after the window: the rating is recorded and the message closes (not refused)', () => {
    const late = decide(answered, 'rate', citizen, input({ satisfied: false, score: 2, now: new Date(NOW.getTime() + 1) }));
    expect(late).toEqual({ ok: true, to: 'closed', event: 'message.rated_after_reopen_window' });
    const shortWindow = decide(answered, 'rate', citizen, input({ satisfied: false, score: 2, reopenWindowDays: 7 }));
    expect(shortWindow).toEqual({ ok: true, to: 'closed', event: 'message.rated_after_reopen_window' });
    // satisfied after the window is an ordinary rating
    expect(decide(answered, 'rate', citizen, input({ score: 5, reopenWindowDays: 7 }))).toEqual({
      ok: true,
      to: 'closed',
      event: 'message.rated',
    });
  });

  it('without a readable answeredAt the citizen keeps the right to reconsideration', () => {
    for (const answeredAt of [undefined, 'not a date']) {
      const s = state('answered', { answeredAt });
      expect(code(decide(s, 'rate', citizen, input({ satisfied: false, score: 1 })))).toBe('ok→reopened');
    }
  });

  it('reports the window end', () => {
    expect(reopenWindowEndsAt(answered, 30)?.toISOString()).toBe('2025-03-10T12:00:00.000Z');
    expect(reopenWindowEndsAt(state('answered', { answeredAt: undefined }), 30)).toBeUndefined();
  });

  it('a reopened message goes through the cycle again', () => {
    const reopened = state('reopened', { extensionsUsed: 1 });
    expect(code(decide(reopened, 'take', own('official'), VALID))).toBe('ok→in_progress');
    expect(code(decide(reopened, 'answer', own('official'), VALID))).toBe('ok→answered');
    expect(code(decide(reopened, 'extend', own('official'), VALID))).toBe('extension_used');
  });
});

// ---- details and purity ------------------------------------------------------------------------------------
describe('lifecycle: results', () => {
  it('every refusal carries a Russian detail', () => {
    const inputs = [VALID, input({ reason: undefined, score: 0 })];
    const states = MESSAGE_STATUS_IDS.flatMap((s) => [state(s), state(s, { extensionsUsed: 1 })]);
    const seen = new Set<string>();
    for (const s of states) {
      for (const role of ROLES) {
        for (const actor of [own(role), stranger(role)]) {
          for (const action of LIFECYCLE_ACTIONS) {
            for (const i of inputs) {
              const result = decide(s, action, actor, i);
              if (result.ok) continue;
              seen.add(result.code);
              expect(result.detail).toMatch(/[А-Яа-яЁё]/);
              expect(result.detail).not.toMatch(/undefined|null/);
            }
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([
      'action_not_allowed_in_status',
      'extension_used',
      'invalid_score',
      'not_your_message',
      'reason_required',
      'role_not_allowed',
    ]);
  });

  it('names the status and action in the status refusal', () => {
    const result = decide(state('closed'), 'answer', own('official'), VALID);
    expect(result).toEqual({
      ok: false,
      code: 'action_not_allowed_in_status',
      detail: 'Действие «Ответить» недоступно для сообщения в статусе «Закрыто».',
    });
  });

  it('is pure: no mutation, same answer twice', () => {
    const s = Object.freeze(state('in_progress'));
    const actor = Object.freeze(own('official'));
    const i = Object.freeze(input());
    const first = decide(s, 'extend', actor, i);
    expect(decide(s, 'extend', actor, i)).toEqual(first);
    expect(s).toEqual(state('in_progress'));
  });
});

// ---- allowedActions ----------------------------------------------------------------------------------------
describe('allowedActions', () => {
  it.each([
    ['official', 'routed', 0, ['take', 'answer', 'interim', 'redirect', 'extend']],
    ['official', 'in_progress', 0, ['answer', 'interim', 'redirect', 'extend']],
    ['official', 'in_progress', 1, ['answer', 'interim', 'redirect']],
    ['org_admin', 'reopened', 0, ['take', 'answer', 'interim', 'redirect', 'extend']],
    ['coordinator', 'routed', 1, ['take', 'answer', 'interim', 'redirect']],
    ['official', 'answered', 0, []],
    ['official', 'closed', 0, []],
    ['moderator', 'on_moderation', 0, ['reject', 'release']],
    ['moderator', 'registered', 0, ['reject']],
    ['moderator', 'routed', 0, []],
    ['citizen', 'answered', 0, ['rate']],
    ['citizen', 'reopened', 0, []],
    ['system', 'answered', 0, ['auto_close']],
    ['system', 'routed', 0, []],
    ['analyst', 'routed', 0, []],
    ['platform_admin', 'on_moderation', 0, []],
  ] as const)('%s on %s (extensions used %d) → %j', (role, status, extensionsUsed, expected) => {
    expect(allowedActions(state(status, { extensionsUsed }), own(role))).toEqual(expected);
  });

  it('offers nothing on messages that are not the actor’s', () => {
    expect(allowedActions(state('routed'), stranger('official'))).toEqual([]);
    expect(allowedActions(state('routed'), stranger('coordinator'))).toEqual([]);
    expect(allowedActions(state('answered'), stranger('citizen'))).toEqual([]);
    expect(allowedActions(state('on_moderation'), stranger('moderator'))).toEqual(['reject', 'release']);
  });

  it('offers exactly the actions decide accepts with valid input', () => {
    for (const status of MESSAGE_STATUS_IDS) {
      for (const extensionsUsed of [0, 1]) {
        for (const role of ROLES) {
          for (const actor of [own(role), stranger(role)]) {
            const s = state(status, { extensionsUsed });
            const accepted = LIFECYCLE_ACTIONS.filter((a) => decide(s, a, actor, VALID).ok);
            expect(allowedActions(s, actor)).toEqual(accepted);
          }
        }
      }
    }
  });
});
