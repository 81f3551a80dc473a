/**
 * Hours that stay true on a page left open, with a fake clock: the line changes at the opening minute, the closing
 * minute, at midnight when a closure begins or ends, and across a daylight-saving change, from one timer that goes
 * when the element leaves the page. Closures override the weekly hours; the clinic's time zone is named for a visitor
 * whose clock differs; several locations, each with its phone and hours, the visitor picking one.
 */
import { expect } from '@esm-bundle/chai';
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import type { ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { type FakeClock, installFakeClock } from '../helpers/fake-clock.js';
import { container, useContainer } from '../helpers/page.js';
import { $, full, render, text } from './helpers.js';

useContainer('640px');

type Hours = NonNullable<ConsultCtaContent['hours']>;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The browser's own zone: a clinic there reads the same clock as the visitor, and its zone goes unnamed. */
const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Weekdays 9:00–17:00 on the browser's own clock: the lines below carry no zone name. */
const weekdays: Hours = { ...full.hours!, timezone: visitorZone };

/** A wall-clock time in the browser's zone, as an ISO string the fake clock can start from. */
const local = (wallClock: string) => new Date(wallClock).toISOString();

describe('<clinic-consult-cta> hours kept true while the page is open', () => {
  let clock: FakeClock;
  afterEach(() => clock.restore());

  async function hoursFrom(start: string, hours: Hours = weekdays) {
    clock = installFakeClock(start);
    return render({ phone: full.phone, hours });
  }

  /** Moves the clock on, lets the element render what it re-evaluated, and reads the line. */
  async function after(cta: ConsultCta, ms: number) {
    clock.tick(ms);
    await cta.updateComplete;
    return text($(cta, '[part="hours"]'));
  }

  it('changes at the opening and the closing minute, from one timer', async () => {
    // Monday 5 January 2026, 08:59:30 on the visitor's own clock.
    const cta = await hoursFrom(local('2026-01-05T08:59:30'));
    expect(await after(cta, 0)).to.equal('Opens Monday at 9:00 AM');
    expect(clock.pending, 'one timer').to.equal(1);
    expect(await after(cta, 29 * SECOND), '08:59:59').to.equal('Opens Monday at 9:00 AM');
    expect(await after(cta, SECOND), '09:00').to.equal('Open now · until 5:00 PM');
    expect(clock.pending, 'still one timer').to.equal(1);
    expect(await after(cta, 8 * HOUR - SECOND), '16:59:59').to.equal('Open now · until 5:00 PM');
    expect(await after(cta, SECOND), '17:00').to.equal('Opens Tuesday at 9:00 AM');
  });

  it('clears its timer when the element leaves the page, and catches up when it comes back', async () => {
    const cta = await hoursFrom(local('2026-01-05T08:59:00'));
    expect(clock.pending).to.equal(1);
    cta.remove();
    expect(clock.pending, 'gone with the element').to.equal(0);
    clock.tick(2 * MINUTE);
    container.append(cta);
    await cta.updateComplete;
    expect(text($(cta, '[part="hours"]'))).to.equal('Open now · until 5:00 PM');
    expect(clock.pending).to.equal(1);
  });

  it('changes at midnight when a closure begins and ends, and skips the opening on the closed day', async () => {
    const thanksgiving = { ...weekdays, closures: [{ date: '2026-11-26', note: 'Closed for Thanksgiving' }] };
    // Wednesday 25 November, 23:59:30: closed, and Thursday's opening does not happen.
    const cta = await hoursFrom(local('2026-11-25T23:59:30'), thanksgiving);
    expect(await after(cta, 0)).to.equal('Opens Friday at 9:00 AM');
    expect(await after(cta, 30 * SECOND), 'midnight').to.equal('Closed for Thanksgiving · Opens Friday at 9:00 AM');
    expect(await after(cta, 24 * HOUR), 'the next midnight').to.equal('Opens Friday at 9:00 AM');
    expect(await after(cta, 9 * HOUR), 'Friday 9:00').to.equal('Open now · until 5:00 PM');
  });

  it('says "Closed today" for a closure without a note, and keeps hours begun the day before', async () => {
    const nights: Hours = {
      timezone: 'UTC',
      weekly: [{ days: ['mon', 'tue'], open: '20:00', close: '02:00' }],
      closures: [{ date: '2026-01-06' }],
    };
    // Tuesday 6 January 2026, 01:00 UTC: Monday night's hours run on; Tuesday night's do not happen.
    const cta = await hoursFrom('2026-01-06T01:00:00Z', nights);
    expect(await after(cta, 0)).to.match(/^Open now · until 2:00 AM/);
    expect(await after(cta, HOUR)).to.match(/^Closed today · Opens Monday at 8:00 PM/);
  });

  it('opens on time across a daylight-saving change (US: Sunday 8 March 2026)', async () => {
    // Los Angeles, Saturday 7 March 2026 at noon (UTC−8); Monday 9 March opens at 9:00 UTC−7, 16:00 UTC.
    const cta = await hoursFrom('2026-03-07T20:00:00Z', { ...weekdays, timezone: 'America/Los_Angeles' });
    expect(await after(cta, 0)).to.match(/^Opens Monday at 9:00 AM/);
    const untilOpening = new Date('2026-03-09T16:00:00Z').getTime() - new Date('2026-03-07T20:00:00Z').getTime();
    expect(await after(cta, untilOpening - SECOND), 'a second before').to.match(/^Opens Monday at 9:00 AM/);
    expect(await after(cta, SECOND), 'at 9:00 PDT').to.match(/^Open now · until 5:00 PM/);
  });
});

describe('<clinic-consult-cta> the clinic’s time zone, for a visitor in another', () => {
  /** A clinic zone whose clock differs from this browser's in January: Los Angeles, or Tokyo for a browser there. */
  const elsewhere = new Date('2026-01-05T20:00:00Z').getTimezoneOffset() == 480 ? 'Asia/Tokyo' : 'America/Los_Angeles';

  it('names the clinic’s zone when the visitor’s clock differs, and not when it agrees', async () => {
    const now = new Date('2026-01-05T20:00:00Z'); // Monday noon in Los Angeles, 5:00 AM Tuesday in Tokyo
    const away = await render({ phone: full.phone, hours: { ...full.hours!, timezone: elsewhere } });
    away.now = now;
    await away.updateComplete;
    const expected = elsewhere == 'Asia/Tokyo' ? 'Opens Tuesday at 9:00 AM JST' : 'Open now · until 5:00 PM PT';
    expect(text($(away, '[part="hours"]'))).to.equal(expected);
    const home = await render({ phone: full.phone, hours: weekdays });
    home.now = now;
    await home.updateComplete;
    expect(text($(home, '[part="hours"]'))).not.to.match(/PT|JST|GMT|UTC|Time/);
  });
});

describe('<clinic-consult-cta> several locations', () => {
  const locations: ConsultCtaContent['locations'] = [
    { name: 'Irvine', phone: { number: '+19495550100' }, hours: { ...weekdays } },
    {
      name: 'Newport Beach',
      phone: { number: '+19495550199' },
      hours: { timezone: visitorZone, weekly: [{ days: ['sat'], open: '10:00', close: '14:00' }] },
    },
  ];

  it('shows the first location’s phone and hours, and the picked one’s once the visitor picks it', async () => {
    const cta = await render({ heading: 'Visit us', locations });
    cta.now = new Date(local('2026-01-05T10:00:00')); // a Monday morning
    await cta.updateComplete;
    const select = $<HTMLSelectElement>(cta, '[part="location"] select');
    expect([...select.options].map((option) => option.text)).to.deep.equal(['Irvine', 'Newport Beach']);
    expect($(cta, '.actions [data-channel="call"]').getAttribute('href')).to.equal('tel:+19495550100');
    expect(text($(cta, '[part="hours"]'))).to.equal('Open now · until 5:00 PM');
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await cta.updateComplete;
    expect($(cta, '.actions [data-channel="call"]').getAttribute('href')).to.equal('tel:+19495550199');
    expect(text($(cta, '[part="hours"]'))).to.equal('Opens Saturday at 10:00 AM');
  });

  it('has no picker for one location', async () => {
    const cta = await render({ locations: locations.slice(0, 1) });
    expect(cta.shadowRoot!.querySelector('[part="location"]')).to.be.null;
    expect($(cta, '.actions [data-channel="call"]').getAttribute('href')).to.equal('tel:+19495550100');
  });
});
