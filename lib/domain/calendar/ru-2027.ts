import type { CalendarYearData } from './year-data.ts';

/**
 * *unverified*: no decree for 2027 was found. Only the automatic ТК ст. 112 ч. 2 shifts are listed:
 * сб 1 мая → пн 3 мая; вс 9 мая → пн 10 мая; сб 12 июня → пн 14 июня. The two January days off
 * that fall on сб 2 / вс 3 января are moved by the decree to dates not yet known; press reports
 * (December 2025) mentioned a draft with 4–7 ноября off and сб 13 ноября working. Correct this
 * file from the published decree and set verified: true.
 */
export const ru2027: CalendarYearData = {
  year: 2027,
  source: 'ТК РФ ст. 112 only; the 2027 decree is not yet reflected',
  verified: false,
  transferredDaysOff: ['2027-05-03', '2027-05-10', '2027-06-14'],
  workingWeekendDays: [],
};
