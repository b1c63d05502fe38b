/**
 * One year of the Russian production calendar beyond the fixed rules (weekends and the ТК РФ ст. 112
 * holidays): the days the government's decree (and ТК ст. 112 ч. 2) moved.
 */
export interface CalendarYearData {
  year: number;
  /** The decree the data comes from, or why there is none. */
  source: string;
  /** false while the transfers are not confirmed by the published decree. */
  verified: boolean;
  /** Weekdays that are days off by transfer (not the ст. 112 holidays themselves). */
  transferredDaysOff: readonly string[];
  /** Saturdays/Sundays that the decree made working days. */
  workingWeekendDays: readonly string[];
}
