/**
 * Pre-rendered elements with scripts off (a frame sandboxed without scripts), under the strict CSP: each element's
 * content is in the page, styled by its linked stylesheet; links have their addresses, a step's details open, a box
 * ticks, the CTA shows its weekly hours; content that failed to pre-render shows the author's fallback.
 */
import { expect } from '@esm-bundle/chai';
import { openPrerendered, type PrerenderedPage, shadowText } from './helpers.js';

let page: PrerenderedPage;
before(async () => {
  page = await openPrerendered('elements.html', { scripts: false });
});
after(() => page.frame.remove());

const part = (tag: string, name: string) =>
  page.elements.get(tag)!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('pre-rendered elements with scripts off', () => {
  it('runs no script, and yet every element has its shadow root from the page', () => {
    expect(page.window.customElements.get('clinic-article-card'), 'nothing defined').to.be.undefined;
    for (const [name, element] of page.elements) {
      if (name != 'clinic-article-card#2') expect(element.shadowRoot, name).to.exist;
    }
  });

  it('shows the card, styled by its stylesheet under the CSP, its title a link and the accent applied', () => {
    const card = page.elements.get('clinic-article-card')!;
    expect(shadowText(card)).to.equal(
      'Understanding the link between depression and chronic pain Depression ' +
        '5 min read · Medically reviewed by Example Reviewer, MD · Reviewed March 1, 2024',
    );
    expect(part('clinic-article-card', 'title').querySelector('a')!.getAttribute('href')).to.equal(
      '/articles/depression-and-chronic-pain',
    );
    const category = page.window.getComputedStyle(part('clinic-article-card', 'category'));
    expect(category.backgroundColor, 'the accent attribute, from the stylesheet').to.equal('rgb(242, 193, 78)');
    const fallback = card.querySelector('.fallback')!.getBoundingClientRect();
    expect(fallback.height, 'the fallback is not shown').to.equal(0);
  });

  it('shows the timeline with its current step, and a step’s details open', () => {
    const timeline = page.elements.get('clinic-timeline')!;
    expect(timeline.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Infusion');
    const details = timeline.shadowRoot!.querySelector('details')!;
    expect(details.open).to.be.false;
    details.querySelector('summary')!.click();
    expect(details.open, 'opened with no script').to.be.true;
  });

  it('shows the checklist from its src, and a box ticks', () => {
    const checklist = page.elements.get('clinic-symptom-checklist')!;
    expect(shadowText(checklist)).to.match(/^A short checklist Body Pain Fatigue 0 of 2 selected/);
    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[name="pain"]')!;
    expect(box.checked).to.be.false;
    box.click();
    expect(box.checked).to.be.true;
  });

  it('shows the CTA’s links and its weekly hours, which no one can tell are open now without a script', () => {
    const actions = part('clinic-consult-cta', 'card').querySelectorAll('.actions a');
    const links = [...actions].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['https://clinic.example/book', 'tel:+19495550100']);
    expect(part('clinic-consult-cta', 'hours').textContent.trim()).to.equal('Mon–Fri 9:00 AM–5:00 PM');
  });

  it('leaves content that failed to pre-render as it was: the fallback shows', () => {
    const broken = page.elements.get('clinic-article-card#2')!;
    expect(broken.shadowRoot, 'no shadow root').to.be.null;
    expect(broken.querySelector('.fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('carries schema.org data for the card and the CTA as JSON-LD in the page', () => {
    const data = [...page.document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent) as { '@type': string; lastReviewed?: string; telephone?: string },
    );
    expect(data.map((item) => item['@type'])).to.deep.equal(['MedicalWebPage', 'MedicalClinic']);
    expect(data[0]!.lastReviewed).to.equal('2024-03-01');
    expect(data[1]!.telephone).to.equal('+19495550100');
  });
});
