import { addDays, formatLocalDate, parseLocalDate } from './calendar/local-date.ts';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  const get = (type: string) => parts[type] ?? 0;
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Local minus UTC, in ms, at that instant. */
function offsetAt(epochMs: number, timeZone: string): number {
  const w = wallClock(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The region-local calendar date of an instant. */
export function localDateAt(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return formatLocalDate({ year, month, day });
}

/** The instant at which the local date begins in the time zone. */
export function startOfLocalDay(localDate: string, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(localDate);
  const wallAsUtc = Date.UTC(year, month - 1, day);
  const firstGuess = wallAsUtc - offsetAt(wallAsUtc, timeZone);
  // A second pass corrects the guess when the offset changes between the two instants.
  return new Date(wallAsUtc - offsetAt(firstGuess, timeZone));
}

/** The last millisecond (23:59:59.999 local) of the local date. */
export function endOfLocalDay(localDate: string, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(localDate, 1), timeZone).getTime() - 1);
}
