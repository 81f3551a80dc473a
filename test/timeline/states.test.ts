/**
 * The timeline loading (keeping room for the steps), ready and failing (the shared state tests), and clean under axe
 * (WCAG 2.2 AA) with a current step and open details, in every layout, narrow and wide, and in Spanish.
 */
import { expect } from '@esm-bundle/chai';
import { axeViolations } from '../helpers/axe.js';
import { container, useContainer } from '../helpers/page.js';
import { describeStates, mountLoading } from '../helpers/states.js';
import { all, FALLBACK, render, timeline } from './helpers.js';

/** A collection file, and the attribute that picks its entry. */
const source = { src: 'test/fixtures/timelines.json', attributes: { timeline: 'short' } };

describeStates('clinic-timeline', {
  valid: timeline,
  invalid: { ...timeline, steps: [] },
  fallback: FALLBACK,
  ...source,
});

useContainer('640px');

describe('<clinic-timeline> accessibility (axe, WCAG 2.2 AA)', () => {
  it('is clean with a current step and its details open, in every layout, narrow and wide', async () => {
    for (const [width, layout] of [
      ['320px', 'vertical'],
      ['1000px', 'horizontal'],
      ['1000px', 'auto'],
      ['640px', 'horizontal'],
    ]) {
      container.style.width = width!;
      const element = await render(timeline, { layout: layout!, current: 'assessment', accent: '#f2c14e' });
      for (const details of all(element, 'details')) (details as HTMLDetailsElement).open = true;
      expect(await axeViolations(element), `${layout} at ${width}`).to.deep.equal([]);
      element.remove();
    }
  });

  it('is clean without a current step, in Spanish, with icon images', async () => {
    container.lang = 'es';
    const element = await render({
      ...timeline,
      steps: [...timeline.steps, { title: 'Home', icon: '/test/fixtures/pixel.svg' }],
    });
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});

describe('<clinic-timeline> while loading', () => {
  it('keeps room for the steps', async () => {
    const loading = await mountLoading('clinic-timeline', { ...source, fallback: FALLBACK });
    expect(loading.getBoundingClientRect().height, 'keeps room for the steps').to.be.at.least(300);
  });
});
