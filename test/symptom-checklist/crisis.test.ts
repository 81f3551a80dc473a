/**
 * The crisis notice: shown in a live region the moment a crisis item is ticked (or answered above 0), kept while it
 * stays ticked, with the built-in resources or the content's own.
 */
import { expect } from '@esm-bundle/chai';
import { shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import type { SymptomChecklistContent } from '../../src/index.js';
import { $, $$, answer, checklist, crisis, input, render, screener, tick } from './helpers.js';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';

/** The item (a box's row, or a question's fieldset) that the crisis resources follow, by the name of its input. */
const itemBeforeCrisis = (element: SymptomChecklist) =>
  crisis(element)!.closest('[role="alert"]')!.previousElementSibling!.querySelector('input')!.name;

/** The checklist with its crisis item moved to `position` among all items (0 first). */
function withCrisisAt(position: number, content: SymptomChecklistContent = checklist): SymptomChecklistContent {
  const items = content.groups.flatMap((group) => group.items);
  const crisisItem = items.find((item) => item.crisis)!;
  const others = items.filter((item) => item != crisisItem);
  others.splice(position, 0, crisisItem);
  return { ...content, groups: [{ title: 'All', items: others }] };
}

const crisisLink = (element: SymptomChecklist) => $<HTMLAnchorElement>(element, '[part="crisis-link"] a');

useContainer('640px');

describe('<clinic-symptom-checklist> crisis notice', () => {
  it('keeps an empty live region, fills it the moment a crisis item is ticked, and keeps it while ticked', async () => {
    const element = await render();
    const region = $(element, '[role="alert"]');
    expect(region.textContent.trim(), 'empty before').to.equal('');
    expect(crisis(element)).to.equal(null);
    await tick(element, 'self-harm');
    expect($(element, '[role="alert"]'), 'the same live region, filled').to.equal(region);
    expect(region.contains(crisis(element))).to.be.true;
    expect(shown(crisis(element))).to.be.true;
    expect(crisis(element)!.querySelector('.heading')!.textContent).to.equal('You don’t have to go through this alone');
    const links = [...crisis(element)!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call or text 988', 'tel:988'],
      ['Chat at 988lifeline.org', 'https://988lifeline.org/'],
      ['In immediate danger? Call 911', 'tel:911'],
    ]);
    // Supportive words only: nothing about risk or means.
    expect(region.textContent).to.not.match(/risk|method|means|kill|die/i);
    await tick(element, 'pain', 'stiffness', 'pain');
    expect(shown(crisis(element)), 'stays while other items change').to.be.true;
    await tick(element, 'self-harm');
    expect(crisis(element), 'gone once unticked').to.equal(null);
    expect($(element, '[role="alert"]')).to.equal(region);
  });

  it('shows the content’s own crisis resources instead of the built-in ones', async () => {
    const own = {
      heading: 'Support is here',
      text: 'Call us any time.',
      actions: [{ label: 'Call Samaritans 116 123', href: 'tel:116123' }],
    };
    const element = await render({ ...checklist, crisis: own });
    await tick(element, 'self-harm');
    expect(crisis(element)!.querySelector('.heading')!.textContent).to.equal('Support is here');
    expect(crisis(element)!.textContent).to.contain('Call us any time.');
    expect([...crisis(element)!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:116123',
    ]);
  });

  it('in scored mode, shows for any answer above 0 on a crisis item, and not for 0', async () => {
    const element = await render(screener);
    await answer(element, [0, 0, 0]);
    expect(crisis(element)).to.equal(null);
    await answer(element, [0, 0, 1]);
    expect(shown(crisis(element))).to.be.true;
    await answer(element, [1, 2, 2]);
    expect(shown(crisis(element))).to.be.true;
    await answer(element, [1, 2, 0]);
    expect(crisis(element)).to.equal(null);
  });

  for (const [where, position] of [
    ['first', 0],
    ['in the middle', 2],
    ['last', 5],
  ] as const) {
    it(`shows the notice right after the crisis item when it is ${where}`, async () => {
      const element = await render(withCrisisAt(position));
      await tick(element, 'self-harm');
      expect(itemBeforeCrisis(element)).to.equal('self-harm');
      expect(
        $$(element, '[part="item"]').indexOf(
          crisis(element)!.closest('[role="alert"]')!.previousElementSibling as HTMLElement,
        ),
      ).to.equal(position);
    });

    it(`in scored mode, shows the notice right after the crisis question when it is ${where}`, async () => {
      const scored = withCrisisAt(Math.min(position, 2), screener);
      const element = await render(scored);
      await answer(element, [1], ['dark']);
      expect(itemBeforeCrisis(element)).to.equal('dark');
    });
  }

  it('fills its live region once: other answers do not touch it, so it is announced once', async () => {
    const element = await render(withCrisisAt(0));
    await tick(element, 'self-harm');
    const region = crisis(element)!.closest('[role="alert"]')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
    await tick(element, 'pain', 'stiffness', 'fatigue', 'pain');
    element.requestUpdate();
    await element.updateComplete;
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes, 'no change inside the live region').to.have.length(0);
    expect(shown(crisis(element))).to.be.true;
  });

  it('is reachable from the summary: a link that moves focus to the resources, there while they show', async () => {
    const element = await render(withCrisisAt(0));
    expect(shown(crisisLink(element)), 'no link before').to.be.false;
    await tick(element, 'self-harm');
    expect(shown(crisisLink(element))).to.be.true;
    expect(crisisLink(element).textContent.trim()).to.equal('You don’t have to go through this alone');
    const address = location.href;
    crisisLink(element).click();
    expect(element.shadowRoot!.activeElement, 'focus on the resources').to.equal(crisis(element));
    expect(location.href, 'the page address stays').to.equal(address);
    await tick(element, 'self-harm');
    expect(shown(crisisLink(element)), 'gone with the resources').to.be.false;
  });

  it('with two crisis items, stays after the one ticked first while it is ticked, then moves', async () => {
    const items = [
      { id: 'hopeless', label: 'Feeling hopeless', crisis: true },
      { id: 'calm', label: 'Feeling calm' },
      { id: 'harm', label: 'Thoughts of hurting yourself', crisis: true },
    ];
    const element = await render({ ...checklist, groups: [{ title: 'Mood', items }] });
    await tick(element, 'harm', 'hopeless');
    expect(itemBeforeCrisis(element), 'after the item that brought it out').to.equal('harm');
    expect($$(element, '[part="crisis"]'), 'in one place').to.have.length(1);
    await tick(element, 'harm');
    expect(itemBeforeCrisis(element)).to.equal('hopeless');
    expect(input(element, 'hopeless').checked).to.be.true;
  });
});
