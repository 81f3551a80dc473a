/**
 * The CTA loading, ready and failing (the shared state tests), and clean under axe (WCAG 2.2 AA) as card, banner and
 * in Spanish, and in each state of its form: errors shown, sending, sent, failed.
 */
import { expect } from '@esm-bundle/chai';
import { oneEvent } from '@open-wc/testing-helpers';
import { axeViolations } from '../helpers/axe.js';
import { shown } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { describeStates } from '../helpers/states.js';
import { $, FALLBACK, full, render, setValues, status, text, withForm } from './helpers.js';

describeStates('clinic-consult-cta', {
  valid: full,
  invalid: {},
  fallback: FALLBACK,
  src: 'stories/demo/content/cta.json',
});

useContainer('640px');

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

    setValues(cta);
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
    setValues(failing.cta);
    const failed = oneEvent(failing.cta, 'clinic-form-error');
    $<HTMLFormElement>(failing.cta, 'form').requestSubmit();
    await failed;
    await failing.cta.updateComplete;
    expect(await axeViolations(failing.cta), 'failed').to.deep.equal([]);
  });
});
