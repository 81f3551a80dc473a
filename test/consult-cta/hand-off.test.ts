/**
 * The CTA's side of the hand-off from the symptom checklist: an unticked box offers the symptoms, sent only when
 * ticked; focus lands on its heading and text.
 */
import { expect } from '@esm-bundle/chai';
import { oneEvent } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import { shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { formLog } from '../helpers/server.js';
import { $, field, focused, render, text, withForm } from './helpers.js';

useContainer('640px');

describe('<clinic-consult-cta> hand-off from the symptom checklist', () => {
  it('offers an unticked box to add the symptoms, and sends them only when ticked', async () => {
    const { cta, key } = await withForm('201', { fields: ['name', 'phone'], consent: undefined });
    expect(shown(field(cta, 'share').closest('label')), 'no symptoms, no box').to.be.false;
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
    expect((await formLog(key))[0]!.body).to.deep.equal({ name: 'Ana', phone: '949 555 0199' });

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
    expect((await formLog(ticked.key))[0]!.body).to.deep.equal({
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
