import type { CalendarYearData } from './year-data.ts';

/**
 * Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»
 * (signed 24.09.2025 per the government's announcement; the number is from a secondary report):
 * сб 3 янв → пт 9 янв; вс 4 янв → чт 31 дек. By ТК ст. 112 ч. 2: вс 8 мар → пн 9 мар,
 * сб 9 мая → пн 11 мая. No working Saturdays. 247 working days.
 */
export const ru2026: CalendarYearData = {
  year: 2026,
  source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
  verified: true,
  transferredDaysOff: ['2026-01-09', '2026-03-09', '2026-05-11', '2026-12-31'],
  workingWeekendDays: [],
};
