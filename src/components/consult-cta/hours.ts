import { type ConsultCtaContent, days as DAYS } from './consult-cta.schema.js';

const WEEK = 7 * 1440;
const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3);

/**
 * Whether the clinic is open at `now`, on its own wall clock (Intl gives the weekday and time in its
 * time zone, daylight saving included): `[true, closing]` or `[false, next opening]`, each a minute
 * of the week counted from Sunday 00:00. A closing time at or before the opening time runs past midnight.
 */
export function openAt({ timezone, weekly }: NonNullable<ConsultCtaContent['hours']>, now: Date): [boolean, number] {
  const parts: Record<string, string> = {};
  const clock = { timeZone: timezone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' } as const;
  for (const { type, value } of new Intl.DateTimeFormat('en-US', clock).formatToParts(now)) parts[type] = value;
  const current = DAYS.indexOf(parts.weekday!.toLowerCase() as 'sun') * 1440 + +parts.hour! * 60 + +parts.minute!;
  let next = 0;
  let wait = WEEK;
  for (const { days, open, close } of weekly) {
    const length = ((minutes(close) - minutes(open) + 1439) % 1440) + 1;
    for (const day of days) {
      const start = DAYS.indexOf(day) * 1440 + minutes(open);
      // Saturday night's hours run on into Sunday morning, the start of the week.
      for (const from of [start, start - WEEK])
        if (current >= from && current < from + length) return [true, from + length];
      if ((start - current + WEEK) % WEEK < wait) [wait, next] = [(start - current + WEEK) % WEEK, start];
    }
  }
  return [false, next];
}
