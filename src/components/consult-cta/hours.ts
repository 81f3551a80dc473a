import { type ConsultCtaContent, days } from './consult-cta.schema.js';

type Hours = NonNullable<ConsultCtaContent['hours']>;

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Minutes since midnight of a time written as HH:MM. */
function minutesOf(time: string) {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * MINUTES_PER_HOUR + minutes!;
}

/** How long the clinic stays open; a closing time at or before the opening time is on the next day. */
function openFor(open: string, close: string) {
  const minutes = minutesOf(close) - minutesOf(open);
  return minutes > 0 ? minutes : minutes + MINUTES_PER_DAY;
}

/** The minute of the week (from Sunday 00:00) that it is now on the clinic's own wall clock. */
function minuteOfWeek(timezone: string, now: Date) {
  const clock = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(clock.formatToParts(now).map(({ type, value }) => [type, value]));
  const day = days.indexOf(parts.weekday!.toLowerCase() as (typeof days)[number]);
  return day * MINUTES_PER_DAY + Number(parts.hour) * MINUTES_PER_HOUR + Number(parts.minute);
}

/** Whether the clinic is open, and the minute of the week when that changes next. */
export interface OpenState {
  open: boolean;
  /** When open, the closing minute; when closed, the next opening minute (both counted from Sunday 00:00). */
  until: number;
}

/**
 * Whether the clinic is open at `now`, on its own wall clock (Intl gives the weekday and time in its time
 * zone, daylight saving included).
 */
export function openAt({ timezone, weekly }: Hours, now: Date): OpenState {
  const current = minuteOfWeek(timezone, now);
  let nextOpening = 0;
  let wait = MINUTES_PER_WEEK;
  for (const { days: openDays, open, close } of weekly) {
    const length = openFor(open, close);
    for (const day of openDays) {
      const start = days.indexOf(day) * MINUTES_PER_DAY + minutesOf(open);
      // Saturday night's hours run on into Sunday morning, the start of the week.
      for (const from of [start, start - MINUTES_PER_WEEK]) {
        if (current >= from && current < from + length) return { open: true, until: from + length };
      }
      const untilStart = (start - current + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
      if (untilStart < wait) {
        wait = untilStart;
        nextOpening = start;
      }
    }
  }
  return { open: false, until: nextOpening };
}

/** A minute of the week (from Sunday 00:00) formatted in `locale`: as a date in UTC, 4 January 1970 being a Sunday. */
export function formatWeekMinute(minute: number, locale: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(1970, 0, 4, 0, minute));
}

export const TIME_OF_DAY = { hour: 'numeric', minute: '2-digit' } as const;

/** Days as runs of days that follow one another: [1, 2, 3, 5] → [[1, 3], [5, 5]]. */
function runsOf(days: number[]) {
  const runs: [first: number, last: number][] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run[1] == day - 1) run[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/**
 * The weekly hours as a schedule, "Mon–Fri 9:00 AM–5:00 PM", on the clinic's clock: what a pre-rendered page shows
 * with scripts off, where no one can tell whether the clinic is open now.
 */
export function weeklySchedule({ weekly }: Hours, locale: string): string {
  const dayName = (day: number) => formatWeekMinute(day * MINUTES_PER_DAY, locale, { weekday: 'short' });
  const time = (clock: string) => formatWeekMinute(minutesOf(clock), locale, TIME_OF_DAY);
  return weekly
    .map(({ days: open, open: from, close: to }) => {
      const runs = runsOf(open.map((day) => days.indexOf(day)));
      const dayText = runs.map(([first, last]) => dayName(first) + (first == last ? '' : `–${dayName(last)}`));
      return `${dayText.join(', ')} ${time(from)}–${time(to)}`;
    })
    .join('; ');
}
