/**
 * The checklist loading, ready and failing (the shared state tests), and clean under axe (WCAG 2.2 AA) with the crisis
 * notice, the recommend button, the PHQ-9 answered, in Spanish and with a light accent.
 */
import { expect } from '@esm-bundle/chai';
import { axeViolations } from '../helpers/axe.js';
import { shown } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { describeStates } from '../helpers/states.js';
import { answer, checklist, crisis, FALLBACK, recommend, render, tick } from './helpers.js';

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
});
