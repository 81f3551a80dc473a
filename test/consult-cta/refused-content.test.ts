/**
 * Content the CTA refuses, with nothing of it rendered: no way to act, unsafe booking URLs, a form action that is
 * neither https: nor this site, bad phone numbers, hours and form fields.
 */
import { expect } from '@esm-bundle/chai';
import { mountRefused } from '../helpers/elements.js';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { FALLBACK, full, render } from './helpers.js';

useContainer('640px');

describe('<clinic-consult-cta> refuses content it cannot use safely', () => {
  const consoleErrors = recordConsoleErrors();

  async function refused(content: unknown, attributes: Record<string, string> = {}) {
    const { element: cta, detail } = await mountRefused('clinic-consult-cta', container, content, attributes, FALLBACK);
    const urls = [...cta.shadowRoot!.querySelectorAll('[href], form')].map((e) => e.getAttribute('href') ?? 'form');
    expect(urls, 'nothing of the content is rendered').to.deep.equal([]);
    return detail;
  }

  it('needs one way to act', async () => {
    expect(await refused({ heading: 'Hello' })).to.deep.include({
      kind: 'schema',
      message: 'needs a way to act: booking, phone or form',
    });
    expect(consoleErrors.lines).to.deep.equal([
      'clinic-consult-cta: needs a way to act: booking, phone or form (from content property)',
    ]);
  });

  it('refuses unsafe booking URLs, from content and from the attribute', async () => {
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(await refused({ ...full, booking: { url } }), url).to.deep.include({
        kind: 'schema',
        path: 'booking.url',
      });
      expect(await refused(full, { 'booking-url': url }), url).to.deep.include({ kind: 'schema', path: 'booking.url' });
    }
  });

  it('names the booking field with a bad way to open, provider or prefill', async () => {
    const booking = full.booking!;
    const cases: [unknown, string, string][] = [
      [{ ...booking, open: 'modal' }, 'booking.open', 'expected one of "page", "popup", "inline", got "modal"'],
      [
        { ...booking, provider: 'acuity' },
        'booking.provider',
        'expected one of "calendly", "calcom", "other", got "acuity"',
      ],
      [
        { ...booking, prefill: ['phone'] },
        'booking.prefill[0]',
        'expected one of "name", "email", "symptoms", got "phone"',
      ],
      [{ ...booking, prefill: [] }, 'booking.prefill', 'needs at least 1'],
      [{ ...booking, prefill: ['name', 'name'] }, 'booking.prefill', 'each field may be listed once'],
    ];
    for (const [value, path, message] of cases) {
      expect(await refused({ ...full, booking: value }), path).to.deep.include({ kind: 'schema', path, message });
    }
    expect(consoleErrors.lines[0]).to.equal(
      `clinic-consult-cta: booking.open: expected one of "page", "popup", "inline", got "modal" ` +
        '(from content property)',
    );
  });

  it('names the field of a bad closure date or location', async () => {
    const hours = { ...full.hours!, closures: [{ date: '2026-02-30', note: 'Closed' }] };
    expect(await refused({ ...full, hours })).to.deep.include({
      path: 'hours.closures[0].date',
      message: 'expected a date written as YYYY-MM-DD',
    });
    expect(await refused({ ...full, locations: [{ name: ' ', phone: full.phone }] })).to.deep.include({
      path: 'locations[0].name',
      message: 'must not be empty',
    });
    expect(
      await refused({ locations: [{ name: 'Irvine' }] }),
      'a location without a phone is no way to act',
    ).to.deep.include({
      message: 'needs a way to act: booking, phone or form',
    });
  });

  it('sends the form only to https: or to this site', async () => {
    const message = 'must be an https: URL or on this site';
    for (const action of [
      'http://clinic.example/api',
      '//clinic.example/api',
      'javascript:alert(1)',
      'data:,x',
      'ftp://clinic.example/a',
      'http://[',
    ]) {
      expect(await refused({ ...full, form: { action } }), action).to.deep.include({
        kind: 'schema',
        path: 'form.action',
        message,
      });
    }
    expect(await refused(full, { action: 'http://clinic.example/api' })).to.deep.include({
      path: 'form.action',
      message,
    });
    for (const action of [
      'https://clinic.example/api/callback',
      '/api/callback',
      'callback',
      `${location.origin}/api`,
    ]) {
      expect((await render({ form: { action } })).status, action).to.equal('ready');
    }
  });

  it('names the field of bad phone numbers, hours and form fields', async () => {
    const week = full.hours!.weekly[0]!;
    const cases: [unknown, Record<string, string>, string, string | RegExp][] = [
      [{ ...full, phone: { number: 'call us' } }, {}, 'phone.number', /^expected a phone number/],
      [full, { phone: '555-CALL-NOW' }, 'phone.number', /^expected a phone number/],
      [{ ...full, hours: { ...full.hours, weekly: [{ ...week, open: '9:00' }] } }, {}, 'hours.weekly[0].open', /HH:MM/],
      [
        { ...full, hours: { ...full.hours, weekly: [{ ...week, close: '24:00' }] } },
        {},
        'hours.weekly[0].close',
        /HH:MM/,
      ],
      [
        { ...full, hours: { ...full.hours, weekly: [{ ...week, days: ['monday'] }] } },
        {},
        'hours.weekly[0].days[0]',
        /^expected one of "sun", "mon"/,
      ],
      [
        { ...full, hours: { ...full.hours, timezone: 'Mars/Olympus' } },
        {},
        'hours.timezone',
        'expected a time zone such as America/Los_Angeles',
      ],
      [{ ...full, form: { action: '/x', fields: ['name', 'age'] } }, {}, 'form.fields[1]', /^expected one of "name"/],
      [
        { ...full, form: { action: '/x', fields: ['name', 'name'] } },
        {},
        'form.fields',
        'each field may be listed once',
      ],
      [
        { ...full, form: { action: '/x', encoding: 'xml' } },
        {},
        'form.encoding',
        'expected one of "json", "urlencoded", got "xml"',
      ],
    ];
    for (const [content, attributes, path, message] of cases) {
      const detail = await refused(content, attributes);
      expect(detail.path, path).to.equal(path);
      if (typeof message === 'string') expect(detail.message).to.equal(message);
      else expect(detail.message).to.match(message);
    }
  });
});
