import { endOfLocalDay, localDateAt, startOfLocalDay } from './zoned-time.ts';

describe('zoned time', () => {
  const instant = new Date('2025-03-13T17:30:00Z');

  it('gives a different local date for the same instant in different zones', () => {
    expect(localDateAt(instant, 'Europe/Moscow')).toBe('2025-03-13');
    expect(localDateAt(instant, 'Asia/Novosibirsk')).toBe('2025-03-14');
    expect(localDateAt(instant, 'Asia/Vladivostok')).toBe('2025-03-14');
  });

  it('finds the bounds of a local day', () => {
    expect(startOfLocalDay('2025-03-14', 'Europe/Moscow').toISOString()).toBe('2025-03-13T21:00:00.000Z');
    expect(endOfLocalDay('2025-03-14', 'Asia/Novosibirsk').toISOString()).toBe('2025-03-14T16:59:59.999Z');
  });

  it('follows daylight-saving offsets', () => {
    // Berlin switches to CEST (UTC+2) on 2025-03-30 at 02:00 local.
    expect(startOfLocalDay('2025-03-31', 'Europe/Berlin').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(endOfLocalDay('2025-03-29', 'Europe/Berlin').toISOString()).toBe('2025-03-29T22:59:59.999Z');
    // Novosibirsk moved from UTC+6 to UTC+7 on 2016-07-24.
    expect(startOfLocalDay('2016-07-01', 'Asia/Novosibirsk').toISOString()).toBe('2016-06-30T18:00:00.000Z');
  });

  it('rejects an unknown time zone', () => {
    expect(() => localDateAt(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});
