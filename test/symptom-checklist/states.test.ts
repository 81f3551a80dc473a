/**
 * The checklist loading, ready and failing (the shared state tests), and clean under axe (WCAG 2.2 AA) with the crisis
 * notice, the recommend button, the PHQ-9 answered, questions still open, the link to the crisis notice, the PHQ-2's
 * follow-up, in Spanish and with a light accent.
 */
import { expect } from '@esm-bundle/chai';
import { axeViolations } from '../helpers/axe.js';
import { shown } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { describeStates } from '../helpers/states.js';
import { $, answer, checklist, crisis, FALLBACK, recommend, render, tick } from './helpers.js';

describeStates('clinic-symptom-checklist', {
  valid: checklist,
  invalid: { title: 5 },
  fallback: FALLBACK,
  src: 'stories/demo/content/checklists.json',
  attributes: { checklist: 'fibromyalgia-depression' },
});

useContainer('640px');

describe('<clinic-symptom-checklist> accessibility (axe, WCAG 2.2 AA)', () => {
  it('is clean with the crisis notice hidden and shown, and with the recommend button', async () => {
    const element = await render();
    expect(await axeViolations(element)).to.deep.equal([]);
    await tick(element, 'self-harm');
    expect(shown(crisis(element))).to.be.true;
    expect(await axeViolations(element)).to.deep.equal([]);
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness');
    expect(shown(recommend(element))).to.be.true;
    expect(await axeViolations(element)).to.deep.equal([]);
    await tick(element, 'self-harm');
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('is clean in scored mode, with the PHQ-9 answered, in Spanish, and with a light accent', async () => {
    const phq9 = await render(null, { src: '/presets/phq-9.json', accent: '#f2c14e' });
    await answer(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(await axeViolations(phq9)).to.deep.equal([]);
    container.lang = 'es';
    const spanish = await render();
    await tick(spanish, 'self-harm');
    expect(await axeViolations(spanish)).to.deep.equal([]);
  });

  it('is clean with questions still open, with the crisis link, and with the PHQ-2 offering the PHQ-9', async () => {
    const partly = await render(null, { src: '/presets/phq-9.json' });
    await answer(partly, [2, 2, 0, 0, 0, 0, 0, 0]);
    expect(shown($(partly, '[part="open-items"]'))).to.be.true;
    expect(await axeViolations(partly)).to.deep.equal([]);
    await answer(partly, [2], ['phq9-9']);
    expect(shown($(partly, '[part="crisis-link"]'))).to.be.true;
    expect(await axeViolations(partly)).to.deep.equal([]);
    const phq2 = await render(null, { src: '/presets/phq-2.json', accent: '#f2c14e' });
    await answer(phq2, [3, 3]);
    expect(shown($(phq2, '.follow-up'))).to.be.true;
    expect(await axeViolations(phq2)).to.deep.equal([]);
  });
});
