/**
 * What the CTA shows: heading, text, booking and phone links, hours and the callback form with labelled fields;
 * the marketer's attributes; one way to act alone; markup as text; 24 px targets; the demo page's CTA.
 */
import { expect } from '@esm-bundle/chai';
import { settled, shown } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { $, $$, field, full, render, text } from './helpers.js';

useContainer('640px');

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
    expect(shown($(emailOnly, '#f-consent').closest('label')), 'no consent text, no box').to.be.false;
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

describe('<clinic-consult-cta> demo content', () => {
  it('renders the demo page’s CTA', async () => {
    const cta = document.createElement('clinic-consult-cta');
    cta.setAttribute('src', '/stories/demo/content/cta.json');
    container.append(cta);
    expect((await settled(cta)).type).to.equal('clinic-content-load');
  });
});
