/** Calendar dates without a time zone, as 'YYYY-MM-DD' strings (a day in some region's local time). */

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

export function parseLocalDate(localDate: string): LocalDateParts {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const roundTrip = new Date(Date.UTC(year, month - 1, day));
    if (roundTrip.getUTCMonth() === month - 1 && roundTrip.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a valid YYYY-MM-DD date: ${localDate}`);
}

export function formatLocalDate({ year, month, day }: LocalDateParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function toEpochDay(localDate: string): number {
  const { year, month, day } = parseLocalDate(localDate);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): string {
  const d = new Date(epochDay * DAY_MS);
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(localDate: string, days: number): string {
  return fromEpochDay(toEpochDay(localDate) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function dayOfWeek(localDate: string): number {
  return new Date(toEpochDay(localDate) * DAY_MS).getUTCDay();
}

export function isWeekend(localDate: string): boolean {
  const dow = dayOfWeek(localDate);
  return dow === 0 || dow === 6;
}
