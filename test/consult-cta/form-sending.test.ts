/**
 * Sending the form to the test server's real endpoint: JSON or urlencoded, the thank-you and events; after each kind
 * of failure every value kept and sent again; one request per click; a bot's submit sends nothing.
 */
import { expect } from '@esm-bundle/chai';
import { oneEvent } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import {
  ClinicCtaClickEvent,
  type ClinicFormErrorEvent,
  ClinicFormSubmitEvent,
  ClinicFormSuccessEvent,
} from '../../src/index.js';
import { shown } from '../helpers/elements.js';
import { click } from '../helpers/input.js';
import { useContainer } from '../helpers/page.js';
import { formLog } from '../helpers/server.js';
import { timeForWhatMustNotHappen } from '../helpers/wait.js';
import { $, expectKept, field, fillIn, focused, full, setValues, status, text, typed, withForm } from './helpers.js';

useContainer('640px');

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
    expect(await formLog(key)).to.deep.equal([
      { method: 'POST', type: 'application/json', body: typed, aborted: false },
    ]);
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
    const [request] = await formLog(key);
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
      const requests = await formLog(key);
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
    expect((await formLog(key)).length).to.equal(1);
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
    expect((await formLog(key)).length).to.equal(1);
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
    setValues(cta);
    honeypot.value = 'https://spam.example';
    $<HTMLFormElement>(cta, 'form').requestSubmit();
    await cta.updateComplete;
    expect(text(status(cta))).to.equal(full.form!.success);
    await timeForWhatMustNotHappen(); // a request sent on submit would have reached the form endpoint by now
    expect(await formLog(key)).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });
});
