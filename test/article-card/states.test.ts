/**
 * The card loading, ready and failing (the shared state tests), and clean under axe (WCAG 2.2 AA) when ready in each
 * layout and language.
 */
import { expect } from '@esm-bundle/chai';
import { axeViolations } from '../helpers/axe.js';
import { container, useContainer } from '../helpers/page.js';
import { describeStates } from '../helpers/states.js';
import { article, FALLBACK, render } from './helpers.js';

describeStates('clinic-article-card', {
  valid: article,
  invalid: { title: 5 },
  fallback: FALLBACK,
  src: 'test/fixtures/article.json',
});

describe('<clinic-article-card> accessibility (axe, WCAG 2.2 AA)', () => {
  useContainer('640px');

  it('is clean when ready, vertical and horizontal, in English and Spanish', async () => {
    expect(await axeViolations(await render())).to.deep.equal([]);
    expect(await axeViolations(await render(article, { layout: 'horizontal', accent: '#f2c14e' }))).to.deep.equal([]);
    container.lang = 'es';
    expect(await axeViolations(await render())).to.deep.equal([]);
  });
});
