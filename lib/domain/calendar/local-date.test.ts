import { addDays, dayOfWeek, isWeekend, parseLocalDate } from './local-date.ts';

describe('local dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-11-01')).toBe(6);
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(isWeekend('2026-03-08')).toBe(true);
    expect(isWeekend('2026-03-09')).toBe(false);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseLocalDate('2025-02-30')).toThrow(RangeError);
    expect(() => parseLocalDate('2025-2-3')).toThrow(RangeError);
    expect(() => parseLocalDate('2025-02-03T00:00:00Z')).toThrow(RangeError);
  });
});
