/**
 * Appearance: the card, the full-width banner, set as an attribute or a property, and reflow at 320 px without
 * sideways scrolling.
 */
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

  it('takes the appearance as a property too, and writes no attribute back (hydration finds its own)', async () => {
    const cta = await render();
    expect(cta.hasAttribute('appearance'), 'the default is not written').to.be.false;
    cta.appearance = 'banner';
    await cta.updateComplete;
    expect(cta.hasAttribute('appearance'), 'nor a property set').to.be.false;
    expect(getComputedStyle($(cta, '[part="card"]')).borderTopLeftRadius, 'a banner').to.equal('0px');
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
