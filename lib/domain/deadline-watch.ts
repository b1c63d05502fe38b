import { addDays } from './calendar/local-date.ts';
import { endOfLocalDay, localDateAt } from './zoned-time.ts';

export type DeadlineState = 'overdue' | 'due_tomorrow' | 'later';

/** The end of tomorrow in a region's local time: every active message due before it is worth a look. */
export const endOfTomorrow = (now: Date, timeZone: string): Date => endOfLocalDay(addDays(localDateAt(now, timeZone), 1), timeZone);

/** Overdue once the deadline has passed; due tomorrow when its last day is tomorrow in the region's time zone. */
export const deadlineState = (deadlineAt: string, now: Date, timeZone: string): DeadlineState => {
  if (Date.parse(deadlineAt) < now.getTime()) return 'overdue';
  const tomorrow = addDays(localDateAt(now, timeZone), 1);
  return localDateAt(new Date(deadlineAt), timeZone) === tomorrow ? 'due_tomorrow' : 'later';
};
