/**
 * Privacy: analytics off by default, and when a page opts in only the generic event, never a symptom, count or score;
 * no request but the content, whatever the visitor does.
 */
import { expect } from '@esm-bundle/chai';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';
import { container, useContainer } from '../helpers/page.js';
import { faultJson, serverCount, uniqueKey } from '../helpers/server.js';
import { timeForWhatMustNotHappen } from '../helpers/wait.js';
import { answer, button, checklist, recommend, render, screener, tick } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> privacy', () => {
  const page = window as { dataLayer?: unknown[] };
  beforeEach(() => delete page.dataLayer);
  afterEach(() => delete page.dataLayer);

  /** Ticks everything, crisis item included, and uses every button (printing stubbed). */
  async function useEverything(
    element: SymptomChecklist,
    ids = ['pain', 'stiffness', 'fatigue', 'sadness', 'interest', 'self-harm'],
  ) {
    await tick(element, ...ids);
    const print = window.print;
    window.print = () => {};
    try {
      recommend(element).click();
      button(element, /Print/).click();
    } finally {
      window.print = print;
    }
    button(element, /Clear/).click();
    await element.updateComplete;
  }

  it('leaves window.dataLayer alone by default: not even created', async () => {
    const target = document.createElement('test-hand-off-target');
    target.id = 'cta-p';
    container.append(target);
    await useEverything(await render(checklist, { for: 'cta-p' }));
    expect('dataLayer' in window).to.be.false;
  });

  it('with analytics="datalayer", pushes only the generic event, once per use of the recommend button', async () => {
    page.dataLayer = [{ event: 'page_view' }];
    const element = await render(checklist, { analytics: 'datalayer' });
    await useEverything(element);
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness', 'self-harm');
    recommend(element).click();
    expect(page.dataLayer).to.deep.equal([
      { event: 'page_view' },
      { event: 'clinic_checklist_completed' },
      { event: 'clinic_checklist_completed' },
    ]);
    expect(JSON.stringify(page.dataLayer)).to.not.match(/pain|stiffness|self-harm|Widespread|count|score|selected|\d/);
  });

  it('with analytics="datalayer" in scored mode, still no score or answers', async () => {
    const element = await render(screener, { analytics: 'datalayer' });
    await answer(element, [2, 2, 2]);
    recommend(element).click();
    expect(page.dataLayer).to.deep.equal([{ event: 'clinic_checklist_completed' }]);
  });

  it('requests nothing but its content, whatever the visitor does', async () => {
    const key = uniqueKey('checklist');
    const src = faultJson('stories/demo/content/checklists.json', { key });
    performance.clearResourceTimings();
    const element = await render(null, {
      src,
      checklist: 'fibromyalgia-depression',
      analytics: 'datalayer',
      persist: '',
    });
    await useEverything(element, ['widespread-pain', 'stiffness', 'fatigue', 'self-harm']);
    await timeForWhatMustNotHappen(); // a request sent by any of those clicks would have been answered by now
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
    expect(requested).to.deep.equal([src]);
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });
});
