import { inboxGroupOf, inboxKeys } from './inbox.ts';

describe('inbox keys', () => {
  it('puts open messages in the active group, sorted by deadline', () => {
    expect(
      inboxKeys({ id: '12345678903', status: 'in_progress', organizationId: 'adm-kursk-city', regionCode: '38', deadlineAt: '2026-12-18T20:59:59.999Z' }),
    ).toEqual({
      inboxKey: 'INBOX#adm-kursk-city#active',
      inboxSort: '2026-12-18T20:59:59.999Z#12345678903',
      regionInboxKey: 'REGIONBOX#38#active',
      regionInboxSort: '2026-12-18T20:59:59.999Z#12345678903',
    });
  });

  it('sorts answered messages by the time of the answer', () => {
    expect(
      inboxKeys({ id: '12345678903', status: 'answered', organizationId: 'o', regionCode: '38', deadlineAt: '2026-12-18T20:59:59.999Z', answeredAt: '2026-12-07T09:00:00.000Z' })?.regionInboxSort,
    ).toBe('2026-12-07T09:00:00.000Z#12345678903');
  });

  it('keeps unrouted and held messages out of officials’ inboxes', () => {
    expect(inboxGroupOf('registered')).toBeUndefined();
    expect(inboxGroupOf('on_moderation')).toBeUndefined();
    expect(inboxGroupOf('answered')).toBe('answered');
    expect(inboxGroupOf('rejected')).toBe('closed');
    expect(inboxGroupOf('reopened')).toBe('active');
  });
});
