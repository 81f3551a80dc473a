/**
 * appearance="floating" in a 320 px wide page (test/fixtures/cta-floating.html): a bar fixed to the bottom that steps
 * aside for the focused element, can be dismissed, and is the card again on a wide screen.
 */
import { expect } from '@esm-bundle/chai';
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import { axeViolations } from '../helpers/axe.js';
import { shown } from '../helpers/elements.js';
import { click } from '../helpers/input.js';
import { until } from '../helpers/wait.js';
import { $, $$, focused } from './helpers.js';

describe('<clinic-consult-cta> floating, in a 320 px wide page', () => {
  let frame: HTMLIFrameElement;
  let view: Window & typeof globalThis & { axe: Window['axe'] };
  let cta: ConsultCta;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/cta-floating.html';
    frame.style.cssText = 'width: 320px; height: 480px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.prepend(frame);
    await loaded;
    view = frame.contentWindow as typeof view;
    await view.customElements.whenDefined('clinic-consult-cta');
    cta = view.document.querySelector('clinic-consult-cta')!;
    await cta.updateComplete;
    frame.scrollIntoView({ block: 'start' });
  });
  afterEach(() => frame.remove());
  const bar = () => $(cta, '[part="bar"]');
  const away = () => view.getComputedStyle(bar()).visibility === 'hidden';
  const scrolled = (y: number) => {
    const done = new Promise((resolve) => view.addEventListener('scroll', resolve, { once: true }));
    view.scrollTo(0, y);
    return done;
  };

  it("is a bar fixed to the bottom with the call and book buttons, in place of the card's own", async () => {
    const box = bar().getBoundingClientRect();
    const page = view.document.documentElement; // 320 px, less a scrollbar where the engine draws one
    expect([box.left, box.width, Math.round(box.bottom)]).to.deep.equal([0, page.clientWidth, page.clientHeight]);
    expect(away()).to.be.false;
    expect(shown($(cta, '[part="card"]')), 'the card stays in the page').to.be.true;
    expect(shown($(cta, '.card .actions')), 'its buttons give way to the bar').to.be.false;
    cta.focus();
    expect(focused(cta)?.classList.contains('top'), 'a hand-off still lands on the heading').to.be.true;
    expect(
      $$(cta, '.bar a, .bar button').map((e) => e.getAttribute('href') ?? e.getAttribute('aria-label')),
    ).to.deep.equal(['https://clinic.example/book', 'tel:+19495550100', 'Close']);
    for (const target of $$(cta, '.bar a, .bar button')) {
      const { width, height, right } = target.getBoundingClientRect();
      expect(Math.min(width, height)).to.be.at.least(24);
      expect(right).to.be.at.most(320);
    }
    expect(view.document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    expect(await axeViolations(view.document.body, view.axe)).to.deep.equal([]);
  });

  it('steps aside while it would cover the focused element, and comes back when it would not', async () => {
    view.document.getElementById('top-link')!.focus();
    expect(away(), 'a link at the top').to.be.false;
    const low = view.document.getElementById('low')!;
    // Scroll the button to the very bottom of the screen, under the bar, then focus it.
    await scrolled(low.offsetTop + low.offsetHeight + 4 - view.innerHeight);
    expect(away(), 'nothing focused under it yet').to.be.false;
    low.focus({ preventScroll: true });
    expect(low.getBoundingClientRect().bottom).to.be.greaterThan(bar().getBoundingClientRect().top);
    expect(away(), 'the focused button is under the bar').to.be.true;
    await scrolled(low.offsetTop - 100);
    expect(away(), 'scrolled up, clear of the bar').to.be.false;
    // Focus in the bar itself never hides it.
    $(cta, '.bar a').focus();
    expect(away()).to.be.false;
  });

  it('checks again when the viewport shrinks (an on-screen keyboard opening) and grows back', async () => {
    const low = view.document.getElementById('low')!;
    // The focused button sits just above the bar; then the viewport loses 100 px at the bottom, as a keyboard takes.
    await scrolled(low.offsetTop + low.offsetHeight + bar().offsetHeight + 8 - view.innerHeight);
    low.focus({ preventScroll: true });
    expect(away(), 'clear of the bar').to.be.false;
    const resized = () => new Promise((resolve) => view.addEventListener('resize', resolve, { once: true }));
    let resize = resized();
    frame.style.height = '380px';
    await resize;
    await until(away, 'the bar steps aside once the smaller viewport puts it over the button');
    resize = resized();
    frame.style.height = '480px';
    await resize;
    await until(() => !away(), 'the bar comes back when the keyboard goes');
  });

  it('is dismissed with its close button for the rest of the page view, and the card takes its place', async () => {
    const close = $(cta, '.bar button');
    const offset = frame.getBoundingClientRect();
    await click(close, offset);
    await cta.updateComplete;
    expect(bar().hidden).to.be.true;
    expect(shown($(cta, '.card .actions')), 'the card has its own buttons again').to.be.true;
    expect(focused(cta)?.classList.contains('top'), 'focus moves to the CTA, not to the page top').to.be.true;
    cta.setAttribute('heading', 'Still here');
    await cta.updateComplete;
    expect(bar().hidden, 'stays dismissed').to.be.true;
  });

  it('is the card on a wide screen', async () => {
    frame.style.width = '800px';
    await until(() => !shown(bar()), 'the bar goes away at 800 px');
    expect(shown($(cta, '[part="card"]'))).to.be.true;
  });
});
