/** Appearance: the card, the full-width banner, and reflow at 320 px without sideways scrolling. */
import { expect } from '@esm-bundle/chai';
import { container, useContainer } from '../helpers/page.js';
import { $, full, render } from './helpers.js';

useContainer('640px');

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
});
