import { deadlineState, endOfTomorrow } from './deadline-watch.ts';

describe('deadline watch', () => {
  // Friday 4 Dec 2026, 22:30 in Novosibirsk (UTC+7) is still Friday 18:30 in Moscow
  const now = new Date('2026-12-04T15:30:00Z');

  it('finds the end of tomorrow in the region’s own time zone', () => {
    expect(endOfTomorrow(now, 'Europe/Moscow').toISOString()).toBe('2026-12-05T20:59:59.999Z');
    expect(endOfTomorrow(now, 'Asia/Novosibirsk').toISOString()).toBe('2026-12-05T16:59:59.999Z');
  });

  it('tells overdue, due tomorrow and later apart', () => {
    expect(deadlineState('2026-12-04T15:29:59.999Z', now, 'Europe/Moscow')).toBe('overdue');
    expect(deadlineState('2026-12-05T20:59:59.999Z', now, 'Europe/Moscow')).toBe('due_tomorrow');
    expect(deadlineState('2026-12-04T20:59:59.999Z', now, 'Europe/Moscow')).toBe('later');
    // the same instant is tomorrow's last moment in Moscow but the day after tomorrow in Novosibirsk
    expect(deadlineState('2026-12-05T20:59:59.999Z', now, 'Asia/Novosibirsk')).toBe('later');
    expect(deadlineState('2026-12-05T16:59:59.999Z', now, 'Asia/Novosibirsk')).toBe('due_tomorrow');
  });
});
