/** The live summary: ticked items counted (never a crisis item), the band the count falls in, the recommend button. */
import { expect } from '@esm-bundle/chai';
import { shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { $$, button, checklist, crisis, recommend, render, summary, tick } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> summary and bands', () => {
  it('counts ticked items live, leaving crisis items out of the count and the total', async () => {
    const element = await render();
    await tick(element, 'pain');
    expect(summary(element)).to.equal('1 of 5 selected Tick anything that fits.');
    await tick(element, 'self-harm');
    expect(summary(element), 'a crisis item is never counted').to.equal('1 of 5 selected Tick anything that fits.');
    await tick(element, 'pain');
    expect(summary(element)).to.equal('0 of 5 selected Tick anything that fits.');
  });

  it('shows the band the count falls in, at each edge, and the recommend button only in a recommend band', async () => {
    const element = await render();
    const expected = [
      [0, 'Tick anything that fits.', false],
      [1, 'Tick anything that fits.', false],
      [2, 'Worth mentioning to a clinician.', false],
      [3, 'Worth mentioning to a clinician.', false],
      [4, 'Worth talking through with a clinician.', true],
      [5, 'Worth talking through with a clinician.', true],
    ] as const;
    const order = ['pain', 'stiffness', 'fatigue', 'sadness', 'interest'];
    for (const [count, message, recommends] of expected) {
      if (count) await tick(element, order[count - 1]!);
      expect(summary(element), `count ${count}`).to.equal(`${count} of 5 selected ${message}`);
      expect(shown(recommend(element)), `button at ${count}`).to.equal(recommends);
    }
    await tick(element, 'self-harm');
    expect(summary(element), 'the crisis item does not move the band').to.equal(
      '5 of 5 selected Worth talking through with a clinician.',
    );
  });

  it('has no band message or button without bands', async () => {
    const element = await render({ ...checklist, bands: undefined });
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness');
    expect(summary(element)).to.equal('4 of 5 selected');
    expect(shown(recommend(element))).to.be.false;
  });

  it('uses recommendLabel for the recommend button', async () => {
    const element = await render({ ...checklist, recommendLabel: 'Book a consultation' });
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness');
    expect(recommend(element).textContent.trim()).to.equal('Book a consultation');
  });

  it('clears every answer with Clear, crisis notice included', async () => {
    const element = await render();
    await tick(element, 'pain', 'stiffness', 'self-harm');
    button(element, /Clear/).click();
    await element.updateComplete;
    expect($$<HTMLInputElement>(element, 'input').filter((i) => i.checked)).to.have.length(0);
    expect(summary(element)).to.equal('0 of 5 selected Tick anything that fits.');
    expect(crisis(element)).to.equal(null);
  });
});
