import type { MessageRecord, RoutingUpdate, ScreenOutUpdate } from '#lib/db/messages.ts';
import type { ModerationResult } from '#lib/moderation/index.ts';
import type { NotificationEvent } from '#lib/notifications/events.ts';
import { kurskRegion, organizations, roadRules, roads } from './fakes.test-support.ts';
import { type RouteDeps, routeMessage, RoutingDataError } from './route.ts';
import type { CategorySuggestion, Screening } from './screening.ts';

const registered = (overrides: Partial<MessageRecord> = {}): MessageRecord => ({
  id: '12345678903',
  authorId: 'citizen-1',
  categoryId: 'roads',
  text: 'Яма на дороге',
  oktmo: '38701000',
  regionCode: '38',
  timeZone: 'Europe/Moscow',
  attachments: [],
  status: 'registered',
  // Thursday 31 Dec 2026, 23:30 Moscow: the count starts after the New Year holidays
  createdAt: '2026-12-31T20:30:00.000Z',
  updatedAt: '2026-12-31T20:30:00.000Z',
  deadlineAt: '',
  deadlineDate: '',
  deadlineWorkingDays: 10,
  version: 1,
  history: [{ at: '2026-12-31T20:30:00.000Z', status: 'registered', actor: 'citizen', event: 'registered' }],
  ...overrides,
});

const screening = (verdicts: { moderation?: ModerationResult; suggestion?: CategorySuggestion } = {}): Screening => ({
  previousOf: async () => [],
  moderate: () => verdicts.moderation ?? { decision: 'ok', reasons: [] },
  classify: async () => verdicts.suggestion,
  autoRouteThreshold: 0.55,
  suggestThreshold: 0.8,
});

const fakeDeps = (message: MessageRecord, overrides: Partial<RouteDeps> = {}) => {
  let current = message;
  const notified: NotificationEvent[] = [];
  const updates: RoutingUpdate[] = [];
  const screenedOut: ScreenOutUpdate[] = [];
  const deps: RouteDeps = {
    getMessage: async () => current,
    getCategory: async (id) => (id === roads.id ? roads : undefined),
    getRegion: async (code) => (code === '38' ? kurskRegion : undefined),
    getRoutingRules: async (categoryId) => roadRules.filter((rule) => rule.categoryId === categoryId),
    getOrganization: async (id) => organizations[id],
    markRouted: async (_id, update) => {
      if (current.status !== 'registered') return false;
      updates.push(update);
      current = { ...current, status: 'routed', organizationId: update.organizationId, history: [...current.history, update.step] };
      return true;
    },
    markScreenedOut: async (_id, update) => {
      if (current.status !== 'registered') return false;
      screenedOut.push(update);
      current = { ...current, status: update.status, history: [...current.history, update.step] };
      return true;
    },
    screening: screening(),
    notify: async (event) => {
      notified.push(event);
    },
    now: () => new Date('2027-01-01T06:00:00Z'),
    ...overrides,
  };
  return { deps, notified, updates, screenedOut };
};

describe('routeMessage', () => {
  it('routes by the municipality rule, sets the deadline after the holidays and notifies once', async () => {
    const { deps, notified, updates } = fakeDeps(registered());
    expect(await routeMessage('12345678903', deps)).toBe('routed');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.organizationId).toBe('adm-kursk');
    expect(updates[0]?.routedBy).toBe('municipality_category');
    // 2027: Jan 1–8 are holidays and 9–10 a weekend; 10 working days are Jan 11–22
    expect(updates[0]?.deadlineDate).toBe('2027-01-22');
    expect(updates[0]?.step).toMatchObject({ status: 'routed', actor: 'system', event: 'routed', organizationName: 'Администрация города Курска' });
    expect(notified).toEqual([
      { eventId: '12345678903:routed:2027-01-01T06:00:00.000Z', type: 'message.routed', messageId: '12345678903', occurredAt: '2027-01-01T06:00:00.000Z' },
      { eventId: '12345678903:assigned:2027-01-01T06:00:00.000Z', type: 'message.assigned', messageId: '12345678903', occurredAt: '2027-01-01T06:00:00.000Z', organizationId: 'adm-kursk' },
    ]);
  });

  it('falls back to the region coordinator when no rule matches', async () => {
    const { deps, updates } = fakeDeps(registered({ oktmo: '38705000' }));
    await routeMessage('12345678903', deps);
    expect(updates[0]).toMatchObject({ organizationId: 'cur-38', routedBy: 'coordinator_fallback' });
  });

  it('does not route a redelivered record twice, but re-sends the same event id', async () => {
    const { deps, notified, updates } = fakeDeps(registered());
    await routeMessage('12345678903', deps);
    expect(await routeMessage('12345678903', deps)).toBe('already_routed');
    expect(updates).toHaveLength(1);
    const firstDelivery = ['12345678903:routed:2027-01-01T06:00:00.000Z', '12345678903:assigned:2027-01-01T06:00:00.000Z'];
    expect(notified.map((event) => event.eventId)).toEqual([...firstDelivery, ...firstDelivery]);
  });

  it('lets the winner of a race route and the loser only notify', async () => {
    const message = registered();
    const winnerStep = { at: '2027-01-01T05:59:59.000Z', status: 'routed' as const, actor: 'system' as const, event: 'routed' };
    let reads = 0;
    const { deps, notified } = fakeDeps(message, {
      getMessage: async () => (reads++ === 0 ? message : { ...message, status: 'routed', history: [...message.history, winnerStep] }),
      markRouted: async () => false,
    });
    expect(await routeMessage(message.id, deps)).toBe('already_routed');
    expect(notified.map((event) => `${event.type}@${event.occurredAt}`)).toEqual(['message.routed@2027-01-01T05:59:59.000Z', 'message.assigned@2027-01-01T05:59:59.000Z']);
  });

  it('fails with a data error when the region is unknown, so the record goes to the DLQ', async () => {
    const { deps, notified } = fakeDeps(registered({ regionCode: '99' }));
    await expect(routeMessage('12345678903', deps)).rejects.toThrow(RoutingDataError);
    expect(notified).toHaveLength(0);
  });

  it('rejects an obscene message without routing it, and tells the citizen', async () => {
    const { deps, notified, updates, screenedOut } = fakeDeps(registered(), {
      screening: screening({ moderation: { decision: 'reject', reasons: ['obscene'] } }),
    });
    expect(await routeMessage('12345678903', deps)).toBe('rejected');
    expect(updates).toHaveLength(0);
    expect(screenedOut[0]).toMatchObject({ status: 'rejected', reasons: ['obscene'], step: { event: 'rejected', reason: 'obscene' } });
    expect(notified.map((event) => event.type)).toEqual(['message.rejected']);
  });

  it('holds a repeat for a moderator, linked to the earlier message, without telling anyone yet', async () => {
    const { deps, notified, screenedOut } = fakeDeps(registered(), {
      screening: screening({ moderation: { decision: 'hold', reasons: ['repeat'], repeatOf: '11111111110' } }),
    });
    expect(await routeMessage('12345678903', deps)).toBe('held');
    expect(screenedOut[0]).toMatchObject({ status: 'on_moderation', repeatOf: '11111111110', step: { event: 'held' } });
    expect(notified).toEqual([]);
  });

  it('routes a message without a category by a confident classifier', async () => {
    const { deps, updates } = fakeDeps(registered({ categoryId: undefined }), {
      screening: screening({ suggestion: { categoryId: 'roads', confidence: 0.9, modelVersion: 'shipped' } }),
    });
    expect(await routeMessage('12345678903', deps)).toBe('routed');
    expect(updates[0]).toMatchObject({
      organizationId: 'adm-kursk',
      screening: { categoryId: 'roads', classification: { categoryId: 'roads', confidence: 0.9, modelVersion: 'shipped' } },
    });
  });

  it('sends a message without a category to the coordinator’s triage when the classifier is unsure', async () => {
    const { deps, updates } = fakeDeps(registered({ categoryId: undefined }), {
      screening: screening({ suggestion: { categoryId: 'roads', confidence: 0.3, modelVersion: 'shipped' } }),
    });
    expect(await routeMessage('12345678903', deps)).toBe('triaged');
    expect(updates[0]).toMatchObject({ organizationId: 'cur-38', routedBy: 'triage', screening: { triage: true }, deadlineWorkingDays: 10 });
    expect(updates[0]?.screening.categoryId).toBeUndefined();
  });

  it('routes as the citizen chose but flags a confident disagreement', async () => {
    const { deps, updates } = fakeDeps(registered(), {
      screening: screening({ suggestion: { categoryId: 'improvement', confidence: 0.85, modelVersion: 'shipped' } }),
    });
    await routeMessage('12345678903', deps);
    expect(updates[0]).toMatchObject({ organizationId: 'adm-kursk', screening: { suggestedCategoryId: 'improvement' } });
  });

  it('does not flag a disagreement the classifier is unsure of', async () => {
    const { deps, updates } = fakeDeps(registered(), {
      screening: screening({ suggestion: { categoryId: 'improvement', confidence: 0.6, modelVersion: 'shipped' } }),
    });
    await routeMessage('12345678903', deps);
    expect(updates[0]?.screening.suggestedCategoryId).toBeUndefined();
  });

  it('ignores a message that vanished', async () => {
    const { deps } = fakeDeps(registered(), { getMessage: async () => undefined });
    expect(await routeMessage('12345678903', deps)).toBe('missing');
  });
});
