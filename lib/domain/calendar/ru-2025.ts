import type { CalendarYearData } from './year-data.ts';

/**
 * Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»:
 * сб 4 янв → пт 2 мая; вс 5 янв → ср 31 дек; вс 23 фев → чт 8 мая; сб 8 мар → пт 13 июня;
 * сб 1 ноя → пн 3 ноя (so 1 ноября is a working Saturday). 247 working days.
 * Note: 10 March is a working day — the decree moved the 8 March day off to 13 June.
 */
export const ru2025: CalendarYearData = {
  year: 2025,
  source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
  verified: true,
  transferredDaysOff: ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31'],
  workingWeekendDays: ['2025-11-01'],
};
