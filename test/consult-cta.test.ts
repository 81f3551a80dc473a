/**
 * <clinic-consult-cta>: booking with UTM pass-through, click-to-call, opening hours on the clinic's
 * clock, and a callback form sent to a real endpoint in the test server (test/server/form-endpoint.js)
 * that answers, refuses, fails, stalls and drops, typed into with real keys and clicked with a real mouse.
 */
import { expect } from '@esm-bundle/chai';
import { oneEvent } from '@open-wc/testing-helpers';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/consult-cta.js';
import type { ConsultCta } from '../src/components/consult-cta/consult-cta.js';
import type { ConsultCtaContent } from '../src/components/consult-cta/consult-cta.schema.js';
import {
  ClinicCtaClickEvent,
  ClinicFormErrorEvent,
  ClinicFormSubmitEvent,
  ClinicFormSuccessEvent,
} from '../src/index.js';
import { axeViolations } from './helpers/axe.js';
import { contentError, mount, settled } from './helpers/elements.js';
import { captureConsoleErrors } from './helpers/page.js';
import { uniqueKey } from './helpers/server.js';
import { timeForWhatMustNotHappen, until } from './helpers/wait.js';

const full: ConsultCtaContent = {
  heading: 'Schedule a consultation',
  text: 'Find out whether ketamine therapy is right for you.',
  booking: { url: 'https://clinic.example/book', label: 'Book online' },
  phone: { number: '+19495550100', label: 'Call us' },
  hours: {
    timezone: 'America/Los_Angeles',
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
  },
  form: {
    action: '/form/unused',
    encoding: 'json',
    fields: ['name', 'phone', 'email', 'preferredTime', 'message'],
    consent: 'I agree to be contacted about my enquiry.',
    success: 'Thank you. We will call you within one business day.',
  },
};

/** What a visitor types, in every field: letters beyond ASCII included. */
const typed = {
  name: 'Ana López',
  phone: '+1 949 555 0199',
  email: 'ana@example.com',
  preferredTime: 'Weekday mornings',
  message: 'I have had chronic pain for years.',
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** A CTA with `content` and attributes, mounted and rendered. */
async function render(content: unknown = full, attributes: Record<string, string> = {}, parent = container) {
  const cta = await mount(
    'clinic-consult-cta',
    parent,
    content,
    attributes,
    '<a href="tel:+19495550100">Call (949) 555-0100</a>',
  );
  await cta.updateComplete;
  return cta;
}

/** A CTA whose form posts to the test endpoint under a fresh key, answering with `reply` (see form-endpoint.js). */
async function withForm(
  reply = '201',
  form: Partial<NonNullable<ConsultCtaContent['form']>> = {},
  attributes: Record<string, string> = {},
) {
  const key = uniqueKey('form');
  const cta = await render(
    { ...full, form: { ...full.form, action: `/form/${key}?reply=${reply}`, ...form } },
    attributes,
  );
  return { cta, key };
}

const $ = <E extends Element = HTMLElement>(cta: ConsultCta, selector: string) =>
  cta.shadowRoot!.querySelector<E>(selector)!;
const $$ = (cta: ConsultCta, selector: string) => [...cta.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const field = (cta: ConsultCta, name: string) => $<HTMLInputElement>(cta, `[name="${name}"]`);
const status = (cta: ConsultCta) => $(cta, '[role="status"]');
const focused = (cta: ConsultCta) => cta.shadowRoot!.activeElement as HTMLElement | null;
/** The text as shown (hidden parts left out), white space collapsed. */
const text = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
const shown = (element: Element) => element.getBoundingClientRect().height > 0;
const log = async (key: string) =>
  (await (await fetch(`/form/log/${key}`)).json()) as {
    method: string;
    type: string;
    body: Record<string, string>;
    aborted: boolean;
  }[];

/** A real click in the middle of an element (scrolled into view first), as a mouse would. */
async function click(element: Element, offset = { x: 0, y: 0 }) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)],
  });
}

/**
 * Real key presses into the focused element. WebKit's WebDriver drops repeated keys typed in one go, so there each key
 * is sent alone.
 */
async function type(value: string) {
  if (!/AppleWebKit/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent)) return sendKeys({ type: value });
  for (const key of value) await sendKeys({ press: key });
}

/** Types every value into its field with real key presses, and ticks the consent box with the space bar. */
async function fillIn(cta: ConsultCta, values: Partial<typeof typed> = typed) {
  for (const [name, value] of Object.entries(values)) {
    field(cta, name).focus();
    await type(value);
  }
  $(cta, '#f-consent').focus();
  await sendKeys({ press: ' ' });
}

/** Every value the visitor typed is still in its field, and the consent box still ticked. */
function expectKept(cta: ConsultCta, values: Partial<typeof typed> = typed) {
  for (const [name, value] of Object.entries(values)) expect(field(cta, name).value, name).to.equal(value);
  expect($<HTMLInputElement>(cta, '#f-consent').checked, 'consent').to.be.true;
}

describe('<clinic-consult-cta> renders the ways to get in touch', () => {
  it('shows the heading, text, booking link, phone link, hours and the form', async () => {
    const cta = await render({ ...full, hours: undefined });
    expect($(cta, '[part="title"]').localName).to.equal('h2');
    expect(text($(cta, '[part="title"]'))).to.equal('Schedule a consultation');
    expect(text($(cta, '[part="text"]'))).to.equal(full.text);
    const [book, call] = $$(cta, '.actions a');
    expect(book!.getAttribute('href')).to.equal('https://clinic.example/book');
    expect(text(book!)).to.equal('Book online');
    expect(call!.getAttribute('href')).to.equal('tel:+19495550100');
    expect(text(call!)).to.equal('Call us (949) 555-0100');
    expect(shown($(cta, '[part="hours"]')), 'no hours in the content').to.be.false;
    expect(text($(cta, 'form .heading'))).to.equal('Request a callback');
    expect($(cta, 'form .heading').localName).to.equal('h3');
  });

  it('labels every field visibly, names it by its key and sets autocomplete', async () => {
    const cta = await render();
    const rows = full.form!.fields!.map((name) => {
      const input = field(cta, name);
      const label = cta.shadowRoot!.querySelector(`label[for="${input.id}"]`)!;
      expect(shown(label), `${name} label is visible`).to.be.true;
      return [name, input.localName, input.getAttribute('autocomplete'), input.required, text(label)];
    });
    expect(rows).to.deep.equal([
      ['name', 'input', 'name', true, 'Name'],
      ['phone', 'input', 'tel', true, 'Phone number'],
      ['email', 'input', 'email', false, 'Email (optional)'],
      ['preferredTime', 'input', 'off', false, 'Best time to call (optional)'],
      ['message', 'textarea', null, false, 'Message (optional)'],
    ]);
    expect(field(cta, 'email').type).to.equal('email');
    expect(field(cta, 'phone').type).to.equal('tel');
    expect($<HTMLFormElement>(cta, 'form').noValidate, 'our own checks, the same in every browser').to.be.true;
    expect(text($(cta, '#f-consent').closest('label')!)).to.equal(full.form!.consent);
  });

  it('asks for the email when there is no phone field, and shows the default fields when none are named', async () => {
    const emailOnly = await render({ ...full, form: { action: '/form/x', fields: ['name', 'email'] } });
    expect(field(emailOnly, 'email').required).to.be.true;
    expect(shown($(emailOnly, '#f-consent').closest('label')!), 'no consent text, no box').to.be.false;
    const defaults = await render({ phone: full.phone, form: { action: '/form/x' } });
    expect(
      $$(defaults, 'form [name]:not([type="checkbox"]):not([name="hp-note"])').map((e) => e.getAttribute('name')),
    ).to.deep.equal(['name', 'phone', 'preferredTime', 'message']);
  });

  it('takes the marketer’s attributes over the content', async () => {
    const cta = await render(full, {
      heading: 'Feel better, sooner',
      text: 'Talk to our team today.',
      'booking-url': '/book',
      'booking-label': 'Book a visit',
      phone: '+1 (714) 555-0123',
      action: '/form/from-attribute',
      'heading-level': '3',
    });
    expect(text($(cta, '[part="title"]'))).to.equal('Feel better, sooner');
    expect($(cta, '[part="title"]').localName).to.equal('h3');
    expect($(cta, 'form .heading').localName).to.equal('h4');
    expect(text($(cta, '[part="text"]'))).to.equal('Talk to our team today.');
    const [book, call] = $$(cta, '.actions a');
    expect([book!.getAttribute('href'), text(book!)]).to.deep.equal(['/book', 'Book a visit']);
    expect([call!.getAttribute('href'), text(call!)]).to.deep.equal(['tel:+17145550123', 'Call us (714) 555-0123']);
  });

  it('works with one way to act alone, and uses built-in words for what the content leaves out', async () => {
    const phoneOnly = await render({ phone: { number: '+19495550100' } });
    expect(text($(phoneOnly, '[part="title"]'))).to.equal('Contact us');
    expect($$(phoneOnly, '.actions a').filter(shown).map(text)).to.deep.equal(['Call (949) 555-0100']);
    expect(phoneOnly.shadowRoot!.querySelector('form')).to.equal(null);
    const bookOnly = await render({ booking: { url: '/book' } });
    expect($$(bookOnly, '.actions a').filter(shown).map(text)).to.deep.equal(['Book online']);
    const formOnly = await render({ form: { action: '/form/x' } });
    expect(shown($(formOnly, '.actions'))).to.be.false;
    expect(shown($(formOnly, 'form'))).to.be.true;
  });

  it('renders markup in content as text', async () => {
    const cta = await render({
      ...full,
      heading: '<img src=x onerror="window.hacked=1">',
      text: '<b>bold</b>',
      form: { ...full.form, consent: '<i>yes</i>' },
    });
    expect(cta.shadowRoot!.querySelectorAll('img, b, i').length).to.equal(0);
    expect(text($(cta, '[part="title"]'))).to.equal('<img src=x onerror="window.hacked=1">');
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('makes every link and button at least 24 × 24 px', async () => {
    const cta = await render();
    for (const target of $$(cta, 'a, button, input, textarea').filter((e) => shown(e) && !e.closest('.hp'))) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });
});

describe('<clinic-consult-cta> booking link passes on the page’s UTM parameters', () => {
  const page = location.href;
  afterEach(() => history.replaceState(null, '', page));

  it('adds the page’s utm_* parameters and keeps the booking URL’s own, which win over the page’s', async () => {
    history.replaceState(null, '', '?utm_source=google&utm_campaign=spring&utm_medium=cpc&page=2');
    const cta = await render({
      ...full,
      booking: { url: 'https://clinic.example/book?ref=site&utm_source=newsletter' },
    });
    const href = new URL($(cta, '.actions a').getAttribute('href')!);
    expect([...href.searchParams]).to.deep.equal([
      ['ref', 'site'],
      ['utm_source', 'newsletter'],
      ['utm_campaign', 'spring'],
      ['utm_medium', 'cpc'],
    ]);
    expect(href.origin + href.pathname).to.equal('https://clinic.example/book');
  });

  it('makes a relative booking URL absolute only when it adds parameters, and leaves mailto: alone', async () => {
    let cta = await render({ booking: { url: 'book.html#slots' } });
    expect($(cta, '.actions a').getAttribute('href'), 'no utm_* on the page').to.equal('book.html#slots');
    history.replaceState(null, '', '?utm_source=google');
    cta = await render({ booking: { url: 'book.html#slots' } });
    expect($(cta, '.actions a').getAttribute('href')).to.equal(
      new URL('book.html?utm_source=google#slots', document.baseURI).href,
    );
    cta = await render({ booking: { url: 'mailto:care@clinic.example' } });
    expect($(cta, '.actions a').getAttribute('href')).to.equal('mailto:care@clinic.example');
  });
});

describe('<clinic-consult-cta> phone link', () => {
  it('calls the digits and shows North American numbers in their national format, others as written', async () => {
    const cases = [
      ['+19495550100', 'tel:+19495550100', '(949) 555-0100'],
      ['+1 949.555.0100', 'tel:+19495550100', '(949) 555-0100'],
      ['+44 20 7946 0958', 'tel:+442079460958', '+44 20 7946 0958'],
      ['(949) 555-0100', 'tel:9495550100', '(949) 555-0100'],
    ];
    for (const [number, href, label] of cases) {
      const cta = await render({ phone: { number, label: 'Call us' } });
      const link = $(cta, '.actions [data-channel="call"]');
      expect([link.getAttribute('href'), text($(cta, '.actions .number'))], number).to.deep.equal([href, label]);
    }
  });
});

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
    return text($(cta, '[part="hours"]'));
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

describe('<clinic-consult-cta> refuses content it cannot use safely', () => {
  let console: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => (console = captureConsoleErrors()));
  afterEach(() => console.restore());

  async function refused(content: unknown, attributes: Record<string, string> = {}) {
    const cta = document.createElement('clinic-consult-cta');
    for (const [name, value] of Object.entries(attributes)) cta.setAttribute(name, value);
    cta.innerHTML = '<a href="tel:+19495550100">Call us</a>';
    cta.content = content as ConsultCtaContent;
    container.append(cta);
    const { detail } = await contentError(cta);
    const urls = [...cta.shadowRoot!.querySelectorAll('[href], form')].map((e) => e.getAttribute('href') ?? 'form');
    expect(urls, 'nothing of the content is rendered').to.deep.equal([]);
    return detail;
  }

  it('needs one way to act', async () => {
    expect(await refused({ heading: 'Hello' })).to.deep.include({
      kind: 'schema',
      message: 'needs a way to act: booking, phone or form',
    });
    expect(console.lines).to.deep.equal([
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

describe('<clinic-consult-cta> form validation, by keyboard', () => {
  it('lists what is missing in a summary that takes focus and leads to each field', async () => {
    const { cta, key } = await withForm();
    $(cta, 'form button').focus();
    await sendKeys({ press: 'Enter' });
    await cta.updateComplete;
    const summary = $(cta, '.summary');
    expect(focused(cta), 'the summary has focus').to.equal(summary);
    expect(
      summary.querySelector('[role="alert"]')?.textContent,
      'announced even where focus on a plain box is not read',
    ).to.contain('Enter your name');
    const title = summary.querySelector('[part="summary-title"]')!;
    expect([title.localName, text(title)]).to.deep.equal(['h4', 'There is a problem']);
    expect($$(cta, '.summary a').map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['#f-name', 'Enter your name'],
      ['#f-phone', 'Enter your phone number'],
      ['#f-consent', 'Tick the box to agree to be contacted'],
    ]);
    for (const name of ['name', 'phone']) {
      const input = field(cta, name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      const message = cta.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      const link = $$(cta, '.summary a').find((a) => a.getAttribute('href') === `#f-${name}`)!;
      expect([shown(message), text(message)]).to.deep.equal([true, text(link)]);
    }
    expect(field(cta, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(field(cta, 'email').hasAttribute('aria-describedby')).to.be.false;

    // Tab to the second link and follow it with Enter: focus lands in the phone field.
    await sendKeys({ press: 'Tab' });
    expect(focused(cta)?.getAttribute('href')).to.equal('#f-name');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focused(cta), 'the phone field has focus').to.equal(field(cta, 'phone'));
    expect(location.hash, 'the page did not navigate').to.equal('');

    // Fix some, get others wrong, and send again with Enter from the field.
    await type('949 555 0199');
    field(cta, 'name').focus();
    await type('Ana');
    field(cta, 'email').focus();
    await type('ana@');
    await sendKeys({ press: 'Enter' });
    await cta.updateComplete;
    expect(focused(cta)).to.equal($(cta, '.summary'));
    expect($$(cta, '.summary a').map(text)).to.deep.equal([
      'Enter an email address like name@example.com',
      'Tick the box to agree to be contacted',
    ]);
    expect(field(cta, 'name').getAttribute('aria-invalid')).to.equal('false');
    expect([field(cta, 'name').value, field(cta, 'phone').value, field(cta, 'email').value]).to.deep.equal([
      'Ana',
      '949 555 0199',
      'ana@',
    ]);
    expect(await log(key), 'nothing was sent').to.deep.equal([]);
  });
});

describe('<clinic-consult-cta> sending the form', () => {
  it('posts JSON with the field keys, then shows the thank-you in place of the form and focuses it', async () => {
    const { cta, key } = await withForm('201');
    const events: Event[] = [];
    for (const type of ['clinic-form-submit', 'clinic-cta-click', 'clinic-form-success', 'clinic-form-error'])
      cta.addEventListener(type, (e) => events.push(e));
    expect(status(cta).isConnected && text(status(cta)), 'the live region is there, empty').to.equal('');
    await fillIn(cta);
    const success = oneEvent(cta, 'clinic-form-success');
    await click($(cta, 'form button'));
    await success;
    await cta.updateComplete;
    expect(await log(key)).to.deep.equal([{ method: 'POST', type: 'application/json', body: typed, aborted: false }]);
    expect(focused(cta)).to.equal(status(cta));
    expect(text(status(cta))).to.equal(full.form!.success);
    expect(shown($(cta, 'form')), 'the form is gone').to.be.false;
    expect(events.map((e) => [e.constructor, e.type, (e as CustomEvent<unknown>).detail])).to.deep.equal([
      [ClinicCtaClickEvent, 'clinic-cta-click', { channel: 'form' }],
      [ClinicFormSubmitEvent, 'clinic-form-submit', {}],
      [ClinicFormSuccessEvent, 'clinic-form-success', { status: 201 }],
    ]);
    expect(events.every((e) => e.bubbles && e.composed)).to.be.true;
  });

  it('posts application/x-www-form-urlencoded when asked, with a built-in thank-you', async () => {
    const { cta, key } = await withForm('200', {
      encoding: 'urlencoded',
      success: undefined,
      fields: ['name', 'phone'],
      consent: undefined,
    });
    field(cta, 'name').value = 'Ana López & Co';
    field(cta, 'phone').value = '949 555 0199';
    const success = oneEvent(cta, 'clinic-form-success');
    $<HTMLFormElement>(cta, 'form').requestSubmit();
    await success;
    const [request] = await log(key);
    expect(request!.type).to.match(/^application\/x-www-form-urlencoded/);
    expect(request!.body).to.deep.equal({ name: 'Ana López & Co', phone: '949 555 0199' });
    expect(text(status(cta))).to.equal('Thank you. We will be in touch soon.');
  });

  const failures = [
    { reply: '500', reason: 'server', code: 500, says: 'The clinic’s system had a problem.' },
    { reply: '422', reason: 'rejected', code: 422, says: 'The clinic could not accept your request.' },
    { reply: 'drop', reason: 'network', code: 0, says: 'We could not reach the clinic. Check your connection.' },
    { reply: '201@4000', reason: 'timeout', code: 0, says: 'The clinic did not answer in time.' },
  ];
  for (const { reply, reason, code, says } of failures) {
    it(`keeps every value after a ${reason} failure (${reply}) and sends it again with Try again`, async () => {
      const { cta, key } = await withForm(reply, {}, { 'form-timeout': '800' });
      await fillIn(cta);
      const failed = oneEvent(cta, 'clinic-form-error');
      const button = $(cta, 'form button');
      await click(button);
      const { detail } = (await failed) as ClinicFormErrorEvent;
      await cta.updateComplete;
      expect(detail).to.deep.equal({ status: code, reason });
      expectKept(cta);
      expect(text(status(cta))).to.equal(`${says} Your details are still here. Or call (949) 555-0100`);
      expect(status(cta).querySelector('a')!.getAttribute('href'), 'the phone is offered').to.equal('tel:+19495550100');
      expect([text(button), button.getAttribute('aria-disabled')]).to.deep.equal(['Try again', 'false']);
      expect(focused(cta), 'focus stays on the button').to.equal(button);

      await fetch(`/form/reply/${key}?reply=201`); // the clinic's server is back
      const success = oneEvent(cta, 'clinic-form-success');
      await click(button);
      await success;
      const requests = await log(key);
      // Chromium may resend a dropped request once by itself; every request carries the same values.
      if (reason !== 'network') expect(requests.length).to.equal(2);
      expect(requests.map((r) => r.body)).to.deep.equal(requests.map(() => typed));
      expect(requests[0]!.aborted, 'the stalled request was given up').to.equal(reason === 'timeout');
      expect(text(status(cta))).to.equal(full.form!.success);
    });
  }

  it('keeps what was typed when the content re-renders while the visitor types', async () => {
    const { cta } = await withForm();
    await fillIn(cta, { name: 'Ana', message: 'Half a sent' });
    cta.setAttribute('heading', 'A new heading');
    cta.symptoms = ['Low mood'];
    cta.setAttribute('lang', 'es');
    await cta.updateComplete;
    expect(text($(cta, '[part="title"]'))).to.equal('A new heading');
    expect(text($(cta, 'form .heading'))).to.equal('Pida que le llamemos');
    expectKept(cta, { name: 'Ana', message: 'Half a sent' });
  });

  it('sends one request for a double click', async () => {
    const { cta, key } = await withForm('201@3000');
    await fillIn(cta);
    const button = $(cta, 'form button');
    const success = oneEvent(cta, 'clinic-form-success');
    let answered = false;
    void success.then(() => (answered = true));
    await click(button);
    expect([text(button), button.getAttribute('aria-disabled')]).to.deep.equal(['Sending…', 'true']);
    expect(text(status(cta)), 'announced').to.equal('Sending…');
    expect(status(cta).getBoundingClientRect().width, 'but not shown twice: the button says it').to.be.at.most(1);
    await click(button);
    expect(answered, 'the second click came while the first was still sending').to.be.false;
    expect(focused(cta), 'the button keeps focus while sending').to.equal(button);
    await success;
    expect((await log(key)).length).to.equal(1);
  });

  it('sends one request for Enter in a field and then a click', async () => {
    const { cta, key } = await withForm('201@3000');
    await fillIn(cta);
    const submits: Event[] = [];
    cta.addEventListener('clinic-form-submit', (e) => submits.push(e));
    const success = oneEvent(cta, 'clinic-form-success');
    let answered = false;
    void success.then(() => (answered = true));
    field(cta, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await click($(cta, 'form button'));
    expect(answered, 'the click came while the Enter was still sending').to.be.false;
    await success;
    expect((await log(key)).length).to.equal(1);
    expect(submits.length).to.equal(1);
  });

  it('shows a bot that fills the hidden field a thank-you, and sends nothing', async () => {
    const { cta, key } = await withForm();
    const honeypot = field(cta, 'hp-note');
    expect([honeypot.tabIndex, honeypot.autocomplete, honeypot.closest('[aria-hidden="true"]') !== null]).to.deep.equal(
      [-1, 'off', true],
    );
    expect($(cta, '.hp').getBoundingClientRect().width, 'out of sight').to.be.at.most(1);
    const events: Event[] = [];
    for (const type of ['clinic-form-submit', 'clinic-form-success']) cta.addEventListener(type, (e) => events.push(e));
    for (const [name, value] of Object.entries(typed)) field(cta, name).value = value;
    $<HTMLInputElement>(cta, '#f-consent').checked = true;
    honeypot.value = 'https://spam.example';
    $<HTMLFormElement>(cta, 'form').requestSubmit();
    await cta.updateComplete;
    expect(text(status(cta))).to.equal(full.form!.success);
    await timeForWhatMustNotHappen(); // a request sent on submit would have reached the form endpoint by now
    expect(await log(key)).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });
});

describe('<clinic-consult-cta> hand-off from the symptom checklist', () => {
  it('offers an unticked box to add the symptoms, and sends them only when ticked', async () => {
    const { cta, key } = await withForm('201', { fields: ['name', 'phone'], consent: undefined });
    expect(shown(field(cta, 'share').closest('label')!), 'no symptoms, no box').to.be.false;
    cta.symptoms = ['Low mood', 'Trouble sleeping'];
    await cta.updateComplete;
    const box = field(cta, 'share');
    expect([shown(box), box.checked]).to.deep.equal([true, false]);
    expect(text(box.closest('label')!)).to.equal('Add the symptoms I ticked to my request');
    expect(text(cta.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!)).to.equal(
      'Low mood, Trouble sleeping',
    );
    field(cta, 'name').value = 'Ana';
    field(cta, 'phone').value = '949 555 0199';
    let success = oneEvent(cta, 'clinic-form-success');
    $<HTMLFormElement>(cta, 'form').requestSubmit();
    await success;
    expect((await log(key))[0]!.body).to.deep.equal({ name: 'Ana', phone: '949 555 0199' });

    const ticked = await withForm('201', { fields: ['name', 'phone'], consent: undefined });
    ticked.cta.symptoms = ['Low mood', 'Trouble sleeping'];
    await ticked.cta.updateComplete;
    field(ticked.cta, 'name').value = 'Ana';
    field(ticked.cta, 'phone').value = '949 555 0199';
    field(ticked.cta, 'share').focus();
    await sendKeys({ press: ' ' });
    success = oneEvent(ticked.cta, 'clinic-form-success');
    $<HTMLFormElement>(ticked.cta, 'form').requestSubmit();
    await success;
    expect((await log(ticked.key))[0]!.body).to.deep.equal({
      name: 'Ana',
      phone: '949 555 0199',
      symptoms: 'Low mood; Trouble sleeping',
    });
  });

  it('takes focus on its heading and text, so a screen reader says where the visitor landed', async () => {
    const cta = await render();
    cta.focus();
    expect(document.activeElement).to.equal(cta);
    const region = focused(cta)!;
    expect(region.tabIndex).to.equal(-1);
    expect(region.querySelector('[part="title"]')).to.equal($(cta, '[part="title"]'));
  });
});

describe('<clinic-consult-cta> events and analytics', () => {
  const page = window as { dataLayer?: unknown[] };
  beforeEach(() => delete page.dataLayer);
  afterEach(() => delete page.dataLayer);

  /** Uses the booking link, the phone link and the form; links are clicked for real, but go nowhere. */
  async function useEverything(attributes: Record<string, string> = {}) {
    const { cta } = await withForm('201', {}, attributes);
    cta.addEventListener('click', (e) => (e.composedPath()[0] as Element).closest('a') && e.preventDefault());
    const channels: string[] = [];
    cta.addEventListener('clinic-cta-click', (e) => channels.push(e.detail.channel));
    await click($(cta, '.actions [data-channel="book"]'));
    await click($(cta, '.actions [data-channel="call"]'));
    await fillIn(cta);
    const success = oneEvent(cta, 'clinic-form-success');
    await click($(cta, 'form button'));
    await success;
    expect(channels).to.deep.equal(['book', 'call', 'form']);
  }

  it('leaves window.dataLayer alone by default: not even created', async () => {
    await useEverything();
    expect('dataLayer' in window).to.be.false;
  });

  it('pushes generic events with analytics="datalayer", never a value', async () => {
    await useEverything({ analytics: 'datalayer' });
    expect(page.dataLayer).to.deep.equal([
      { event: 'clinic_cta_click', channel: 'book' },
      { event: 'clinic_cta_click', channel: 'call' },
      { event: 'clinic_cta_click', channel: 'form' },
      { event: 'clinic_form_sent' },
    ]);
  });
});

describe('<clinic-consult-cta> appearance', () => {
  it('banner is a full-width band tinted with the accent, with square corners', async () => {
    const band = getComputedStyle($(await render(full, { appearance: 'banner' }), '[part="card"]'));
    const card = getComputedStyle($(await render(), '[part="card"]'));
    expect([band.width, band.borderTopLeftRadius, band.borderLeftWidth]).to.deep.equal(['640px', '0px', '0px']);
    expect(band.backgroundColor).to.not.equal(card.backgroundColor);
    expect(card.borderTopLeftRadius).to.equal('12px');
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    container.style.width = '320px';
    for (const appearance of ['card', 'banner']) {
      const cta = await render(full, { appearance });
      expect(cta.scrollWidth, appearance).to.be.at.most(320);
      expect($(cta, '[part="card"]').scrollWidth, appearance).to.be.at.most(320);
    }
  });

  describe('floating, in a 320 px wide page', () => {
    let frame: HTMLIFrameElement;
    let view: Window & typeof globalThis & { axe: Window['axe'] };
    let cta: ConsultCta;
    beforeEach(async () => {
      frame = document.createElement('iframe');
      frame.src = '/test/fixtures/cta-floating.html';
      frame.style.cssText = 'width: 320px; height: 480px; border: 0';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.prepend(frame);
      await loaded;
      view = frame.contentWindow as typeof view;
      await view.customElements.whenDefined('clinic-consult-cta');
      cta = view.document.querySelector('clinic-consult-cta')!;
      await cta.updateComplete;
      frame.scrollIntoView({ block: 'start' });
    });
    afterEach(() => frame.remove());
    const bar = () => $(cta, '[part="bar"]');
    const away = () => view.getComputedStyle(bar()).visibility === 'hidden';
    const scrolled = (y: number) => {
      const done = new Promise((resolve) => view.addEventListener('scroll', resolve, { once: true }));
      view.scrollTo(0, y);
      return done;
    };

    it("is a bar fixed to the bottom with the call and book buttons, in place of the card's own", async () => {
      const box = bar().getBoundingClientRect();
      const page = view.document.documentElement; // 320 px, less a scrollbar where the engine draws one
      expect([box.left, box.width, Math.round(box.bottom)]).to.deep.equal([0, page.clientWidth, page.clientHeight]);
      expect(away()).to.be.false;
      expect(shown($(cta, '[part="card"]')), 'the card stays in the page').to.be.true;
      expect(shown($(cta, '.card .actions')), 'its buttons give way to the bar').to.be.false;
      cta.focus();
      expect(focused(cta)?.classList.contains('top'), 'a hand-off still lands on the heading').to.be.true;
      expect(
        $$(cta, '.bar a, .bar button').map((e) => e.getAttribute('href') ?? e.getAttribute('aria-label')),
      ).to.deep.equal(['https://clinic.example/book', 'tel:+19495550100', 'Close']);
      for (const target of $$(cta, '.bar a, .bar button')) {
        const { width, height, right } = target.getBoundingClientRect();
        expect(Math.min(width, height)).to.be.at.least(24);
        expect(right).to.be.at.most(320);
      }
      expect(view.document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      expect(
        await view.axe
          .run(view.document.body, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          })
          .then((r) => r.violations.map((v) => v.id)),
      ).to.deep.equal([]);
    });

    it('steps aside while it would cover the focused element, and comes back when it would not', async () => {
      view.document.getElementById('top-link')!.focus();
      expect(away(), 'a link at the top').to.be.false;
      const low = view.document.getElementById('low')!;
      // Scroll the button to the very bottom of the screen, under the bar, then focus it.
      await scrolled(low.offsetTop + low.offsetHeight + 4 - view.innerHeight);
      expect(away(), 'nothing focused under it yet').to.be.false;
      low.focus({ preventScroll: true });
      expect(low.getBoundingClientRect().bottom).to.be.greaterThan(bar().getBoundingClientRect().top);
      expect(away(), 'the focused button is under the bar').to.be.true;
      await scrolled(low.offsetTop - 100);
      expect(away(), 'scrolled up, clear of the bar').to.be.false;
      // Focus in the bar itself never hides it.
      $(cta, '.bar a').focus();
      expect(away()).to.be.false;
    });

    it('is dismissed with its close button for the rest of the page view, and the card takes its place', async () => {
      const close = $(cta, '.bar button');
      const offset = frame.getBoundingClientRect();
      await click(close, offset);
      await cta.updateComplete;
      expect(bar().hidden).to.be.true;
      expect(shown($(cta, '.card .actions')), 'the card has its own buttons again').to.be.true;
      expect(focused(cta)?.classList.contains('top'), 'focus moves to the CTA, not to the page top').to.be.true;
      cta.setAttribute('heading', 'Still here');
      await cta.updateComplete;
      expect(bar().hidden, 'stays dismissed').to.be.true;
    });

    it('is the card on a wide screen', async () => {
      frame.style.width = '800px';
      await until(() => !shown(bar()), 'the bar goes away at 800 px');
      expect(shown($(cta, '[part="card"]'))).to.be.true;
    });
  });
});

describe('<clinic-consult-cta> accessibility (axe, WCAG 2.2 AA) in every state', () => {
  it('is clean when idle, as card, banner and in Spanish', async () => {
    expect(await axeViolations(await render())).to.deep.equal([]);
    expect(await axeViolations(await render(full, { appearance: 'banner', accent: '#f2c14e' }))).to.deep.equal([]);
    container.lang = 'es';
    const spanish = await render();
    expect(text($(spanish, 'form button'))).to.equal('Enviar');
    expect(await axeViolations(spanish)).to.deep.equal([]);
  });

  it('is clean with the error summary shown, while sending, once sent, and after a failure', async () => {
    const { cta } = await withForm('201@1500');
    $<HTMLFormElement>(cta, 'form').requestSubmit();
    await cta.updateComplete;
    expect(shown($(cta, '.summary'))).to.be.true;
    expect(await axeViolations(cta), 'error summary').to.deep.equal([]);

    for (const [name, value] of Object.entries(typed)) field(cta, name).value = value;
    $<HTMLInputElement>(cta, '#f-consent').checked = true;
    cta.symptoms = ['Low mood'];
    const success = oneEvent(cta, 'clinic-form-success');
    $<HTMLFormElement>(cta, 'form').requestSubmit();
    await cta.updateComplete;
    expect(text(status(cta))).to.equal('Sending…');
    expect(await axeViolations(cta), 'sending').to.deep.equal([]);
    await success;
    await cta.updateComplete;
    expect(await axeViolations(cta), 'sent').to.deep.equal([]);

    const failing = await withForm('500');
    for (const [name, value] of Object.entries(typed)) field(failing.cta, name).value = value;
    $<HTMLInputElement>(failing.cta, '#f-consent').checked = true;
    const failed = oneEvent(failing.cta, 'clinic-form-error');
    $<HTMLFormElement>(failing.cta, 'form').requestSubmit();
    await failed;
    await failing.cta.updateComplete;
    expect(await axeViolations(failing.cta), 'failed').to.deep.equal([]);
  });

  it('is clean on error, with the fallback shown', async () => {
    const console = captureConsoleErrors();
    const cta = document.createElement('clinic-consult-cta');
    cta.innerHTML = '<a href="tel:+19495550100">Call us</a>';
    cta.content = {};
    container.append(cta);
    await contentError(cta);
    console.restore();
    expect(await axeViolations(container)).to.deep.equal([]);
  });
});

describe('<clinic-consult-cta> demo content', () => {
  it('renders the demo page’s CTA', async () => {
    const cta = document.createElement('clinic-consult-cta');
    cta.setAttribute('src', '/stories/demo/content/cta.json');
    container.append(cta);
    expect((await settled(cta)).type).to.equal('clinic-content-load');
  });
});
