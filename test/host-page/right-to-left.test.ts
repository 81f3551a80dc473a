/**
 * Right to left, in a language the elements have no words for (Arabic, Hebrew): the built-in words fall back to
 * English, and each built-in phrase is marked `lang="en"` (a screen reader reads it in English) and isolated left to
 * right, so that the page's direction cannot reorder it ("5 min read" must not read "min read 5"). The clinic's own
 * content is never marked. In a language we have words for, nothing is marked.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/define.js';
import type { ArticleCard, SymptomChecklist, Timeline } from '../../src/index.js';
import { mount } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';

const pages = {
  Arabic: { lang: 'ar', title: 'فهم العلاقة بين الاكتئاب والألم المزمن', item: 'التعب', step: 'التقييم الأولي' },
  Hebrew: { lang: 'he', title: 'הבנת הקשר בין דיכאון לכאב כרוני', item: 'עייפות', step: 'הערכה ראשונית' },
};

/** Whether the first occurrence of `before` shows to the left of `after` in `element`'s text. */
function leftOf(element: Element, before: string, after: string) {
  const text = [...element.childNodes].find((node) => node.nodeType == Node.TEXT_NODE && node.textContent!.trim())!;
  const box = (needle: string) => {
    const range = document.createRange();
    const start = text.textContent!.indexOf(needle);
    range.setStart(text, start);
    range.setEnd(text, start + needle.length);
    return range.getBoundingClientRect();
  };
  return box(before).right <= box(after).left;
}

const marked = (root: ShadowRoot) => [...root.querySelectorAll('[lang="en"][dir="ltr"]')];

for (const [language, { lang, title, item, step }] of Object.entries(pages)) {
  describe(`the built-in words on a right-to-left page in ${language}`, () => {
    useContainer('640px');
    beforeEach(() => {
      container.lang = lang;
      container.dir = 'rtl';
      container.style.font = "16px 'DejaVu Sans', sans-serif";
    });

    it('keeps "5 min read" in its order, in English, and leaves the title unmarked', async () => {
      const card: ArticleCard = await mount('clinic-article-card', container, {
        title,
        url: '/a',
        readingMinutes: 5,
      });
      const meta = card.shadowRoot!.querySelector('[part="meta"] [lang="en"][dir="ltr"]')!;
      expect(meta.textContent).to.equal('5 min read');
      expect(leftOf(meta, '5', 'min'), '"5" reads before "min", left to right').to.be.true;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.closest('[lang]'), 'the title is content').to.be.null;
    });

    it('keeps "0 of 1 selected" in its order, and marks the buttons and disclaimer as English', async () => {
      const checklist: SymptomChecklist = await mount('clinic-symptom-checklist', container, {
        title,
        groups: [{ title, items: [{ id: 'tired', label: item }] }],
      });
      const summary = checklist.shadowRoot!.querySelector('[part="summary"] [lang="en"]')!;
      expect(summary.textContent).to.equal('0 of 1 selected');
      expect(leftOf(summary, '0', 'of'), '"0" reads before "of"').to.be.true;
      const texts = marked(checklist.shadowRoot!).map((element) => element.textContent);
      expect(texts).to.include.members(['Print my list', 'Clear my answers']);
      expect(texts.join(' '), 'the clinic’s item is not marked').to.not.include(item);
    });

    it('marks the step states and the details as English', async () => {
      const timeline: Timeline = await mount(
        'clinic-timeline',
        container,
        { title, steps: [{ title: step, details: [item] }, { title: step }] },
        { current: '1' },
      );
      const texts = marked(timeline.shadowRoot!).map((element) => element.textContent);
      expect(texts).to.include.members(['Current step', 'Upcoming', 'Details']);
    });

    it('marks the CTA’s own words, not the clinic’s', async () => {
      const cta = await mount('clinic-consult-cta', container, {
        heading: title,
        booking: { url: 'https://clinic.example/book' },
        phone: { number: '+19495550100', label: item },
      });
      const texts = marked(cta.shadowRoot!).map((element) => element.textContent);
      expect(texts).to.deep.equal(['Book online', 'Book online']); // in the card, and in the (hidden) floating bar
      expect(cta.shadowRoot!.querySelector('[part="title"] [lang]'), 'the heading is content').to.be.null;
    });
  });
}

describe('the built-in words in a language the elements have', () => {
  useContainer('640px');

  it('marks nothing in Spanish, nor on a page with no lang at all', async () => {
    for (const lang of ['es', '']) {
      container.lang = lang;
      const card: ArticleCard = await mount('clinic-article-card', container, {
        title: 'T',
        url: '/a',
        readingMinutes: 5,
      });
      expect(marked(card.shadowRoot!), lang || 'no lang').to.deep.equal([]);
    }
  });
});
