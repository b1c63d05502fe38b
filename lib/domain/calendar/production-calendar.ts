import { addDays, dayOfWeek, formatLocalDate, isWeekend, parseLocalDate } from './local-date.ts';
import { ru2025 } from './ru-2025.ts';
import { ru2026 } from './ru-2026.ts';
import { ru2027 } from './ru-2027.ts';
import type { CalendarYearData } from './year-data.ts';

export interface ProductionCalendar {
  isWorkingDay(localDate: string): boolean;
  /** true when the year's transfers come from a confirmed government decree. */
  hasOfficialData(year: number): boolean;
}

/** Нерабочие праздничные дни, ТК РФ ст. 112 ч. 1, as MM-DD. */
export const FEDERAL_HOLIDAYS: readonly string[] = [
  '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
  '02-23', '03-08', '05-01', '05-09', '06-12', '11-04',
];

function isFederalHoliday(localDate: string): boolean {
  return FEDERAL_HOLIDAYS.includes(localDate.slice(5));
}

/**
 * Fallback for a year without data: ТК РФ ст. 112 ч. 2 moves a day off that coincides with a holiday to
 * the next working day — except the January ones, which only the government's decree can move.
 */
export function statutoryYear(year: number): CalendarYearData {
  const shifted: string[] = [];
  const isTaken = (d: string) => isWeekend(d) || isFederalHoliday(d) || shifted.includes(d);
  for (const monthDay of FEDERAL_HOLIDAYS.filter((md) => !md.startsWith('01-'))) {
    const holiday = formatLocalDate({ year, month: Number(monthDay.slice(0, 2)), day: Number(monthDay.slice(3)) });
    if (!isWeekend(holiday)) continue;
    let target = addDays(holiday, 1);
    while (isTaken(target)) target = addDays(target, 1);
    shifted.push(target);
  }
  return {
    year,
    source: 'ТК РФ ст. 112 (no decree data)',
    verified: false,
    transferredDaysOff: shifted,
    workingWeekendDays: [],
  };
}

export function createProductionCalendar(years: readonly CalendarYearData[]): ProductionCalendar {
  const byYear = new Map(years.map((y) => [y.year, y]));
  const yearData = (year: number): CalendarYearData => {
    let data = byYear.get(year);
    if (!data) {
      data = statutoryYear(year);
      byYear.set(year, data);
    }
    return data;
  };
  return {
    isWorkingDay(localDate) {
      const { year } = parseLocalDate(localDate);
      const data = yearData(year);
      if (data.workingWeekendDays.includes(localDate)) return true;
      const dow = dayOfWeek(localDate);
      if (dow === 0 || dow === 6) return false;
      return !isFederalHoliday(localDate) && !data.transferredDaysOff.includes(localDate);
    },
    hasOfficialData(year) {
      return years.some((y) => y.year === year && y.verified);
    },
  };
}

export const russianProductionCalendar: ProductionCalendar = createProductionCalendar([ru2025, ru2026, ru2027]);

export function isWorkingDay(localDate: string): boolean {
  return russianProductionCalendar.isWorkingDay(localDate);
}

export function hasOfficialData(year: number): boolean {
  return russianProductionCalendar.hasOfficialData(year);
}
