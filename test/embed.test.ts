/**
 * The single-script embed as a marketer's page uses it: the built bundle (dist/clinic-elements.js,
 * written by `npm run build`, which `npm test` runs first), loaded twice, after the page has set
 * properties, and under a strict Content Security Policy with Trusted Types.
 */
import { expect } from '@esm-bundle/chai';
import { settled } from './helpers/elements.js';
import { timeForWhatMustNotHappen, until } from './helpers/wait.js';

const content = { title: 'Set before the script loaded', url: '/early' };
type Card = HTMLElement & { content?: unknown; status?: string };
/** The built bundle, imported by URL as a page's script tag would load it. */
const bundle: string = '/dist/clinic-elements.js';
/** The same build served from another place, as a second version on the page would be. */
const elsewhereBundle: string = '/fault/elsewhere/clinic-elements.js';

describe('the single-script bundle', () => {
  it('keeps properties set before it loaded, and may be loaded twice, with a query, or from two places', async () => {
    const early = document.createElement('clinic-article-card') as Card;
    early.content = content;
    document.body.append(early);
    const done = settled(early);

    type Bundle = typeof import('../src/define.js');
    const first = (await import(bundle)) as Bundle;
    await import(bundle); // the same URL again: one module
    // WordPress adds ?ver= to a script it enqueues: the same core, so nothing is loaded or defined twice.
    const versioned = (await import(`${bundle}?ver=6.5`)) as Bundle;
    expect(versioned.ArticleCard, 'the same classes').to.equal(first.ArticleCard);
    // Another version, from elsewhere: a copy of everything, which defines nothing a second time.
    const elsewhere = (await import(elsewhereBundle)) as Bundle;
    expect(elsewhere.ArticleCard, 'its own class').to.not.equal(first.ArticleCard);
    expect(customElements.get('clinic-article-card')).to.equal(first.ArticleCard);

    await done;
    expect(early.status).to.equal('ready');
    expect(early.shadowRoot!.querySelector('a')!.textContent).to.equal(content.title);
    early.remove();
  });

  it('renders every element under a strict CSP and Trusted Types without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/fault/csp/csp-page.html';
    frame.style.width = '600px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as Window & { violations: string[]; settled?: Promise<string[]> };
    await until(() => page.settled !== undefined, "the page's module script has started listening");
    expect(await page.settled).to.deep.equal(['load', 'load', 'load', 'load']);
    const doc = frame.contentDocument!;
    const card = doc.querySelector('clinic-article-card')!;
    const category = card.shadowRoot!.querySelector('[part="category"]')!;
    expect(frame.contentWindow!.getComputedStyle(category).backgroundColor, 'the accent attribute applied').to.equal(
      'rgb(242, 193, 78)',
    );
    // What a visitor does renders too: the crisis notice, a band's button, the hand-off, the error summary.
    const checklist = doc.querySelector('clinic-symptom-checklist')!;
    for (const id of ['widespread-pain', 'fatigue', 'poor-sleep', 'self-harm']) {
      checklist.shadowRoot!.querySelector<HTMLInputElement>(`[name="${id}"]`)!.click();
    }
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('[part="crisis"]'), 'crisis resources shown').to.exist;
    checklist.shadowRoot!.querySelector<HTMLButtonElement>('button.recommend')!.click();
    const cta = doc.querySelector('clinic-consult-cta')!;
    expect(cta.symptoms).to.have.length(3);
    cta.shadowRoot!.querySelector<HTMLButtonElement>('form button.primary')!.click();
    await cta.updateComplete;
    expect(cta.shadowRoot!.querySelector<HTMLElement>('.summary')!.hidden, 'error summary shown').to.be.false;
    await timeForWhatMustNotHappen(); // a violation is reported in a task of its own, long done by now
    expect(page.violations).to.deep.equal([]);
    frame.remove();
  });
});
