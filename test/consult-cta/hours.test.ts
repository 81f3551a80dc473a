/**
 * Opening hours on the clinic's own clock: open until the closing minute, hours past midnight, daylight-saving changes,
 * time zones, and the visitor's language and time format.
 */
import { expect } from '@esm-bundle/chai';
import type { ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { settled } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { $, full, text } from './helpers.js';

useContainer('640px');

/** " PT" where this browser's clock differs from the clinic's at `now`; "" where they agree. */
function zoneLabel(timezone: string, now: Date, cta: Element) {
  const clinic = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' });
  const visitor = new Intl.DateTimeFormat('en-US', { timeZoneName: 'longOffset' });
  const offset = (format: Intl.DateTimeFormat) =>
    format.formatToParts(now).find((p) => p.type == 'timeZoneName')!.value;
  if (offset(clinic) == offset(visitor)) return '';
  const lang = cta.closest('[lang]')?.getAttribute('lang') ?? 'en';
  let locale = 'en';
  try {
    locale = /^(en|es)\b/.test(lang) ? Intl.getCanonicalLocales(lang)[0]! : 'en';
  } catch {
    // A lang Intl cannot read is English.
  }
  const name = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'shortGeneric' });
  return ` ${name.formatToParts(now).find((p) => p.type == 'timeZoneName')!.value}`;
}

describe('<clinic-consult-cta> opening hours on the clinic’s clock', () => {
  const weekdays = full.hours!;
  async function hoursAt(iso: string, hours: ConsultCtaContent['hours'] = weekdays, lang = 'en') {
    container.lang = lang;
    const cta = document.createElement('clinic-consult-cta');
    cta.now = new Date(iso);
    cta.content = { phone: full.phone, hours };
    const done = settled(cta);
    container.append(cta);
    await done;
    await cta.updateComplete;
    const shown = text($(cta, '[part="hours"]'));
    // A visitor whose clock differs (this browser's, unless it is the clinic's) is told the clinic's zone (tested in
    // hours-live.test.ts); here, the line without it.
    const zone = zoneLabel(hours.timezone, new Date(iso), cta);
    expect(shown.endsWith(zone), `${shown} ends with "${zone}"`).to.be.true;
    return shown.slice(0, shown.length - zone.length);
  }

  it('is open until the closing minute, then says when it opens next', async () => {
    // Los Angeles is UTC−8 in January. Monday 5 January 2026:
    expect(await hoursAt('2026-01-05T16:59:00Z'), '08:59').to.equal('Opens Monday at 9:00 AM');
    expect(await hoursAt('2026-01-05T17:00:00Z'), '09:00').to.equal('Open now · until 5:00 PM');
    expect(await hoursAt('2026-01-06T00:59:00Z'), '16:59').to.equal('Open now · until 5:00 PM');
    expect(await hoursAt('2026-01-06T01:00:00Z'), '17:00').to.equal('Opens Tuesday at 9:00 AM');
    expect(await hoursAt('2026-01-10T02:00:00Z'), 'Friday 18:00').to.equal('Opens Monday at 9:00 AM');
    expect(await hoursAt('2026-01-11T20:00:00Z'), 'Sunday noon').to.equal('Opens Monday at 9:00 AM');
  });

  it('reads the same instant on each clinic’s own clock', async () => {
    const instant = '2026-01-05T22:30:00Z'; // 14:30 in Los Angeles, 17:30 in New York, 23:30 in Madrid
    expect(await hoursAt(instant)).to.equal('Open now · until 5:00 PM');
    expect(await hoursAt(instant, { ...weekdays, timezone: 'America/New_York' })).to.equal('Opens Tuesday at 9:00 AM');
    const madrid = { timezone: 'Europe/Madrid', weekly: [{ days: ['mon' as const], open: '18:00', close: '23:45' }] };
    expect(await hoursAt(instant, madrid)).to.equal('Open now · until 11:45 PM');
  });

  it('runs hours past midnight, Saturday night into Sunday included', async () => {
    const nights = {
      timezone: 'Europe/Madrid',
      weekly: [{ days: ['fri' as const, 'sat' as const], open: '20:00', close: '02:00' }],
    };
    // Madrid is UTC+1 in January. Saturday 10 January 2026, 01:30 and Sunday 11 January, 01:59 and 02:00:
    expect(await hoursAt('2026-01-10T00:30:00Z', nights)).to.equal('Open now · until 2:00 AM');
    expect(await hoursAt('2026-01-11T00:59:00Z', nights)).to.equal('Open now · until 2:00 AM');
    expect(await hoursAt('2026-01-11T01:00:00Z', nights)).to.equal('Opens Friday at 8:00 PM');
    const allDay = { timezone: 'UTC', weekly: [{ days: ['wed' as const], open: '00:00', close: '00:00' }] };
    expect(await hoursAt('2026-01-07T23:59:00Z', allDay), 'open == close: the whole day').to.equal(
      'Open now · until 12:00 AM',
    );
  });

  it('follows the clock through the daylight-saving changes (US: 8 March and 1 November 2026)', async () => {
    // After 8 March, Los Angeles is UTC−7: Monday 9 March 16:59 and 17:00 (a fixed UTC−8 would say 15:59 and 16:00).
    expect(await hoursAt('2026-03-09T23:59:00Z')).to.equal('Open now · until 5:00 PM');
    expect(await hoursAt('2026-03-10T00:00:00Z')).to.equal('Opens Tuesday at 9:00 AM');
    // The Friday before, still UTC−8: 16:30 (the same UTC time a week later is 17:30).
    expect(await hoursAt('2026-03-07T00:30:00Z')).to.equal('Open now · until 5:00 PM');
    expect(await hoursAt('2026-03-14T00:30:00Z')).to.equal('Opens Monday at 9:00 AM');
    // After 1 November, UTC−8 again: Monday 2 November 08:59 and 09:00 (a stale UTC−7 would say 09:59 and 10:00).
    expect(await hoursAt('2026-11-02T16:59:00Z')).to.equal('Opens Monday at 9:00 AM');
    expect(await hoursAt('2026-11-02T17:00:00Z')).to.equal('Open now · until 5:00 PM');
    // Europe changes on another day (29 March 2026): Monday 30 March 17:30 in Madrid is 15:30 UTC.
    expect(await hoursAt('2026-03-30T15:30:00Z', { ...weekdays, timezone: 'Europe/Madrid' })).to.equal(
      'Opens Tuesday at 9:00 AM',
    );
  });

  it('speaks the visitor’s language and time format', async () => {
    expect(await hoursAt('2026-01-06T00:59:00Z', weekdays, 'es')).to.equal('Abierto ahora · hasta las 17:00');
    expect(await hoursAt('2026-01-10T02:00:00Z', weekdays, 'es-MX')).to.match(/^Abre el lunes a las 9:00/);
    expect(await hoursAt('2026-01-06T00:59:00Z', weekdays, 'en-GB')).to.equal('Open now · until 17:00');
    // A malformed lang:
    expect(await hoursAt('2026-01-06T00:59:00Z', weekdays, 'en-')).to.equal('Open now · until 5:00 PM');
  });
});
