import { memo } from '../../content/memo.js';
import { type ConsultCtaContent, days } from './consult-cta.schema.js';

export type Hours = NonNullable<ConsultCtaContent['hours']>;

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MS_PER_MINUTE = 60_000;
/** The weeks, from this one, in which to look for the opening now or next. */
const WEEKS_AROUND = [-1, 0, 1, 2];

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

/** One formatter per time zone, for the clinic's wall clock and calendar. */
const wallClock = memo(
  (timezone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }),
);

/** What the clinic's clock and calendar say at `now`. */
function clinicClock(timezone: string, now: Date) {
  const parts = Object.fromEntries(
    wallClock(timezone)
      .formatToParts(now)
      .map(({ type, value }) => [type, value]),
  );
  const [year, month, day, hour, minute] = [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(Number);
  const weekday = days.indexOf(parts.weekday!.toLowerCase() as (typeof days)[number]);
  return {
    /** The minute of the week, from Sunday 00:00. */
    minuteOfWeek: weekday * MINUTES_PER_DAY + hour! * MINUTES_PER_HOUR + minute!,
    /** Its wall clock read as if it were UTC: the zone's offset is the difference from the instant. */
    wallAsUtc: Date.UTC(year!, month! - 1, day, hour, minute),
    /** The calendar date `later` days on, YYYY-MM-DD. */
    date: (later: number) => new Date(Date.UTC(year!, month! - 1, day! + later)).toISOString().slice(0, 10),
  };
}

/** How many minutes the zone's clock is ahead of UTC at `now`, daylight saving included. */
export function utcOffset(timezone: string, now: Date): number {
  const instant = Math.floor(now.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE;
  return (clinicClock(timezone, now).wallAsUtc - instant) / MS_PER_MINUTE;
}

/** Whether the clinic is open, and when that changes next. */
export interface OpenState {
  open: boolean;
  /** When open, the closing minute; when closed, the next opening minute (both counted from Sunday 00:00). */
  until: number;
  /** Minutes on the clinic's clock until `until`, or until midnight on a clinic with closures, whichever is first. */
  minutesToChange: number;
  /** Today is one of `closures`: its note, or an empty text. */
  closedToday?: string;
}

/**
 * Whether the clinic is open at `now`, on its own wall clock (Intl gives the weekday and time in its time zone,
 * daylight saving included). An opening on a day of `closures` does not happen; one that began the day before runs
 * on as usual.
 */
export function openAt({ timezone, weekly, closures = [] }: Hours, now: Date): OpenState {
  const clock = clinicClock(timezone, now);
  const current = clock.minuteOfWeek;
  const closed = new Map(closures.map(({ date, note }) => [date, note ?? '']));
  const closedToday = closed.get(clock.date(0));
  const toMidnight = closed.size ? MINUTES_PER_DAY - (current % MINUTES_PER_DAY) : Infinity;
  /** Whether an opening that starts `offset` minutes from now (negative: it has begun) falls on a closure. */
  const onClosure = (offset: number) =>
    closed.has(clock.date(Math.floor((current + offset) / MINUTES_PER_DAY) - Math.floor(current / MINUTES_PER_DAY)));
  let next: { until: number; wait: number } | undefined;
  for (const { days: openDays, open, close } of weekly) {
    const length = openFor(open, close);
    for (const day of openDays) {
      const start = days.indexOf(day) * MINUTES_PER_DAY + minutesOf(open);
      // This week's, last week's (Saturday night's hours run on into Sunday) and the next two weeks' (closures).
      for (const week of WEEKS_AROUND) {
        const offset = start + week * MINUTES_PER_WEEK - current;
        if (onClosure(offset)) continue;
        if (offset <= 0 && offset + length > 0) {
          const until = (start + length) % MINUTES_PER_WEEK;
          return { open: true, until, minutesToChange: Math.min(offset + length, toMidnight), closedToday };
        }
        if (offset > 0 && (!next || offset < next.wait)) next = { until: start, wait: offset };
      }
    }
  }
  const wait = next?.wait ?? MINUTES_PER_WEEK;
  return { open: false, until: next?.until ?? 0, minutesToChange: Math.min(wait, toMidnight), closedToday };
}

/**
 * The instant `minutes` on the clinic's clock after `now`: at the start of that minute, moved by the hour a
 * daylight-saving change in between adds or takes away.
 */
export function instantAfter(timezone: string, now: Date, minutes: number): number {
  const minuteStart = Math.floor(now.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE;
  const naive = minuteStart + minutes * MS_PER_MINUTE;
  return naive + (utcOffset(timezone, now) - utcOffset(timezone, new Date(naive))) * MS_PER_MINUTE;
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
