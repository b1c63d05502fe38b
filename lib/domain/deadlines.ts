import { addDays } from './calendar/local-date.ts';
import { russianProductionCalendar, type ProductionCalendar } from './calendar/production-calendar.ts';
import { endOfLocalDay, localDateAt } from './zoned-time.ts';

export interface DeadlineInput {
  registeredAt: Date;
  workingDays: number;
  /** IANA time zone of the message's region. */
  timeZone: string;
  calendar?: ProductionCalendar;
}

export interface Deadline {
  /** ISO UTC instant of 23:59:59.999 local time on the last working day. */
  dueAt: string;
  /** That last working day, local YYYY-MM-DD. */
  dueDate: string;
}

/**
 * Counting starts on the day after registration in the region's local time, and only working days of the
 * production calendar count.
 */
export function computeDeadline({
  registeredAt,
  workingDays,
  timeZone,
  calendar = russianProductionCalendar,
}: DeadlineInput): Deadline {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`workingDays must be a positive integer, got ${workingDays}`);
  }
  if (Number.isNaN(registeredAt.getTime())) throw new RangeError('registeredAt is not a valid date');

  let day = localDateAt(registeredAt, timeZone);
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return { dueAt: endOfLocalDay(day, timeZone).toISOString(), dueDate: day };
}
