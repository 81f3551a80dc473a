/**
 * The script arrives after the visitor has started (a pre-rendered page, its script held back by the test server):
 * the elements take over the DOM the server wrote, keeping the very nodes, what the visitor ticked, typed and opened,
 * and every element's height; each announces its content once, the checklist and the CTA answer the visitor, and
 * nothing is logged but the one error of the content that failed.
 */
import { expect } from '@esm-bundle/chai';
import { until } from '../helpers/wait.js';
import { openPrerendered, type PrerenderedPage, shadowText } from './helpers.js';

const TAKEN_OVER = ['clinic-article-card', 'clinic-timeline', 'clinic-symptom-checklist', 'clinic-consult-cta'];

describe('pre-rendered elements when their script arrives', () => {
  let page: PrerenderedPage;
  let loads: string[];
  let logged: string[];
  let heights: Map<string, number>;
  let cardLink: Element;

  const shadow = (tag: string) => page.elements.get(tag)!.shadowRoot!;
  const box = (id: string) => shadow('clinic-symptom-checklist').querySelector<HTMLInputElement>(`[name="${id}"]`)!;

  before(async () => {
    page = await openPrerendered('elements.html', { scripts: true });
    // What a visitor does before the script has come: tick a box, type a name, open a step's details.
    box('pain').click();
    shadow('clinic-consult-cta').querySelector<HTMLInputElement>('[name="name"]')!.value = 'Ana López';
    shadow('clinic-timeline').querySelector('summary')!.click();
    cardLink = shadow('clinic-article-card').querySelector('a')!;
    heights = new Map([...page.elements].map(([name, element]) => [name, element.getBoundingClientRect().height]));
    loads = [];
    logged = [];
    page.document.addEventListener('clinic-content-load', (event) => loads.push((event.target as Element).localName));
    page.window.console.error = (...args: unknown[]) => logged.push(args.join(' '));
    await page.release();
    const elements = [...page.elements.values()];
    await until(() => elements.every((element) => element.status == 'ready' || element.status == 'error'), 'settled');
    await until(() => loads.length == TAKEN_OVER.length, 'every element announced its content');
  });
  after(() => page.frame.remove());

  it('announces each content once, and logs only the error of the content that failed', () => {
    expect(loads.sort()).to.deep.equal([...TAKEN_OVER].sort());
    expect(logged).to.deep.equal(['clinic-article-card: title: expected a string, got 5 (from inline JSON)']);
    expect(page.elements.get('clinic-article-card#2')!.status).to.equal('error');
  });

  it('keeps the nodes the server wrote, and every element’s height', () => {
    expect(cardLink.isConnected, 'the same link, hydrated').to.be.true;
    expect(shadow('clinic-article-card').querySelector('a')).to.equal(cardLink);
    for (const name of TAKEN_OVER) {
      const height = page.elements.get(name)!.getBoundingClientRect().height;
      expect(height, name).to.be.closeTo(heights.get(name)!, 0.5);
    }
  });

  it('keeps what the visitor ticked, typed and opened, and counts the ticked box', () => {
    expect(box('pain').checked, 'still ticked').to.be.true;
    expect(shadowText(page.elements.get('clinic-symptom-checklist')!)).to.contain('1 of 2 selected');
    const name = shadow('clinic-consult-cta').querySelector<HTMLInputElement>('[name="name"]')!;
    expect(name.value).to.equal('Ana López');
    expect(shadow('clinic-timeline').querySelector('details')!.open, 'still open').to.be.true;
  });

  it('answers the visitor: a box ticked now counts, and the CTA says whether the clinic is open now', async () => {
    box('fatigue').click();
    await until(() => shadowText(page.elements.get('clinic-symptom-checklist')!).includes('2 of 2 selected'), '2 of 2');
    const hours = shadow('clinic-consult-cta').querySelector('[part="hours"]')!.textContent.trim();
    expect(hours).to.match(/^(Open now · until|Opens) /);
  });

  it('writes no second copy of the schema.org data the page already has', () => {
    expect(page.document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(2);
  });
});
