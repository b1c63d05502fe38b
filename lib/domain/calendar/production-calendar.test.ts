import { addDays } from './local-date.ts';
import {
  createProductionCalendar,
  hasOfficialData,
  isWorkingDay,
  statutoryYear,
} from './production-calendar.ts';
import { ru2027 } from './ru-2027.ts';

function workingDaysIn(year: number): number {
  let count = 0;
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return count;
}

describe('Russian production calendar 2025 (№ 1335)', () => {
  it.each([
    ['2025-01-08', false],
    ['2025-01-09', true],
    ['2025-02-24', true], // 23 Feb day off went to 8 May, not to Monday
    ['2025-03-10', true], // 8 Mar day off went to 13 June
    ['2025-05-02', false],
    ['2025-05-05', true],
    ['2025-05-08', false],
    ['2025-06-13', false],
    ['2025-11-01', true], // working Saturday
    ['2025-11-03', false],
    ['2025-12-31', false],
  ])('%s working: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('has the official 247 working days', () => {
    expect(workingDaysIn(2025)).toBe(247);
  });
});

describe('Russian production calendar 2026 (№ 1466)', () => {
  it.each([
    ['2026-01-09', false],
    ['2026-01-12', true],
    ['2026-02-23', false],
    ['2026-03-09', false],
    ['2026-05-11', false],
    ['2026-05-12', true],
    ['2026-11-04', false],
    ['2026-12-31', false],
  ])('%s working: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('has the official 247 working days', () => {
    expect(workingDaysIn(2026)).toBe(247);
  });
});

describe('years without a confirmed decree', () => {
  it('marks only decree-backed years as official', () => {
    expect(hasOfficialData(2025)).toBe(true);
    expect(hasOfficialData(2026)).toBe(true);
    expect(hasOfficialData(2027)).toBe(false);
    expect(hasOfficialData(2030)).toBe(false);
  });

  it('keeps the unverified 2027 data equal to the ТК ст. 112 shifts', () => {
    expect(statutoryYear(2027).transferredDaysOff).toEqual(['2027-05-03', '2027-05-10', '2027-06-14']);
    expect(ru2027.transferredDaysOff).toEqual(statutoryYear(2027).transferredDaysOff);
    expect(workingDaysIn(2027)).toBe(249);
  });

  it('falls back to ТК holidays, weekends and ст. 112 ч. 2 shifts', () => {
    expect(isWorkingDay('2030-01-08')).toBe(false);
    expect(isWorkingDay('2030-01-09')).toBe(true);
    expect(isWorkingDay('2030-02-23')).toBe(false); // Saturday holiday
    expect(isWorkingDay('2030-02-25')).toBe(false); // its day off moved to Monday
    expect(isWorkingDay('2030-02-26')).toBe(true);
  });

  it('uses injected year data instead of the fallback', () => {
    const calendar = createProductionCalendar([
      {
        year: 2030,
        source: 'test decree',
        verified: true,
        transferredDaysOff: ['2030-01-09'],
        workingWeekendDays: ['2030-01-12'],
      },
    ]);
    expect(calendar.isWorkingDay('2030-01-09')).toBe(false);
    expect(calendar.isWorkingDay('2030-01-12')).toBe(true);
    expect(calendar.isWorkingDay('2030-02-25')).toBe(true); // data replaces the automatic shift
    expect(calendar.hasOfficialData(2030)).toBe(true);
  });

  it('rejects a malformed date', () => {
    expect(() => isWorkingDay('31.12.2025')).toThrow(RangeError);
  });
});
