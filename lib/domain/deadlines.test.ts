import type { ProductionCalendar } from './calendar/production-calendar.ts';
import { computeDeadline } from './deadlines.ts';

const MSK = 'Europe/Moscow';
const NSK = 'Asia/Novosibirsk';
const VVO = 'Asia/Vladivostok';

function deadline(registeredAt: string, workingDays: number, timeZone = MSK) {
  return computeDeadline({ registeredAt: new Date(registeredAt), workingDays, timeZone });
}

describe('computeDeadline', () => {
  it('counts 10 working days from the day after registration, skipping the weekends', () => {
    // Fri 14 Mar 2025 10:00 MSK → 17–21, 24–28 Mar.
    expect(deadline('2025-03-14T07:00:00Z', 10)).toEqual({
      dueDate: '2025-03-28',
      dueAt: '2025-03-28T20:59:59.999Z',
    });
  });

  it('counts a late Friday registration from Saturday', () => {
    // Fri 14 Mar 2025 23:30 MSK is still Friday locally.
    expect(deadline('2025-03-14T20:30:00Z', 10).dueDate).toBe('2025-03-28');
    // Registered on Saturday: Sunday is not counted, Monday is the 1st day.
    expect(deadline('2025-03-15T09:00:00Z', 1).dueDate).toBe('2025-03-17');
  });

  it('skips the New Year holidays and the transferred days off', () => {
    // Fri 26 Dec 2025: 29, 30 Dec; 31 Dec and 1–11 Jan off; then 12–16, 19–21 Jan.
    expect(deadline('2025-12-26T09:00:00Z', 10)).toEqual({
      dueDate: '2026-01-21',
      dueAt: '2026-01-21T20:59:59.999Z',
    });
  });

  it('skips the May holidays of 2025', () => {
    // Wed 30 Apr 2025: 1–4 and 8–11 May off → 5, 6, 7, 12–16, 19, 20 May.
    expect(deadline('2025-04-30T06:00:00Z', 10).dueDate).toBe('2025-05-20');
  });

  it('counts the transferred working Saturday of 1 November 2025', () => {
    expect(deadline('2025-10-31T07:00:00Z', 1).dueDate).toBe('2025-11-01');
    // 2 Nov Sunday, 3 Nov transferred day off, 4 Nov holiday.
    expect(deadline('2025-10-31T07:00:00Z', 2).dueDate).toBe('2025-11-05');
  });

  it('uses the region’s local date for the same instant', () => {
    const instant = '2025-03-13T17:30:00Z'; // Thu 20:30 MSK, Fri 00:30 NSK, Fri 03:30 VLAT
    expect(deadline(instant, 10, MSK)).toEqual({ dueDate: '2025-03-27', dueAt: '2025-03-27T20:59:59.999Z' });
    expect(deadline(instant, 10, NSK)).toEqual({ dueDate: '2025-03-28', dueAt: '2025-03-28T16:59:59.999Z' });
    expect(deadline(instant, 10, VVO)).toEqual({ dueDate: '2025-03-28', dueAt: '2025-03-28T13:59:59.999Z' });
  });

  it('uses an injected calendar', () => {
    const everyDay: ProductionCalendar = { isWorkingDay: () => true, hasOfficialData: () => true };
    const result = computeDeadline({
      registeredAt: new Date('2025-12-30T12:00:00Z'),
      workingDays: 3,
      timeZone: MSK,
      calendar: everyDay,
    });
    expect(result.dueDate).toBe('2026-01-02');
  });

  it('rejects a non-positive or fractional number of working days', () => {
    expect(() => deadline('2025-03-14T07:00:00Z', 0)).toThrow(RangeError);
    expect(() => deadline('2025-03-14T07:00:00Z', 2.5)).toThrow(RangeError);
  });
});
