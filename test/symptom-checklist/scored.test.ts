/**
 * Scored mode: each item a radio group, the total (a crisis item included) and its band once every item is answered;
 * the PHQ-9 preset as published, scored at every band edge, with no score in any event.
 */
import { expect } from '@esm-bundle/chai';
import type { SymptomChecklist, SymptomChecklistContent } from '../../src/index.js';
import { shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { getJson } from '../helpers/server.js';
import { $, $$, answer, crisis, recommend, recordEvents, render, screener, summary } from './helpers.js';

/** The PHQ-9 as published (Kroenke, Spitzer, Williams), item by item. */
const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or ' +
    'restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

useContainer('640px');

const openItems = (element: SymptomChecklist) => $(element, '[part="open-items"]');
const openLinks = (element: SymptomChecklist) =>
  $$(element, '[part="open-items"] a').map((link) => link.textContent.trim());

describe('<clinic-symptom-checklist> scored mode and the PHQ-9 preset', () => {
  it('makes each item a fieldset with a legend and one native radio per response', async () => {
    const element = await render(screener);
    const items = $$(element, 'fieldset[part="item"]');
    expect(items.map((f) => f.querySelector('legend')!.textContent)).to.deep.equal([
      'Feeling low',
      'Feeling tired',
      'Thoughts of hurting yourself',
    ]);
    for (const item of items) {
      expect(
        [...item.querySelectorAll('input')].map((i) => [i.type, i.closest('label')!.textContent.trim()]),
      ).to.deep.equal([
        ['radio', 'Not at all'],
        ['radio', 'Some days'],
        ['radio', 'Most days'],
      ]);
    }
    expect(element.shadowRoot!.getElementById(items[0]!.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Most of the day',
    );
  });

  it('sums the score, including a crisis item, and shows a band only once every item is answered', async () => {
    const element = await render(screener);
    const record = recordEvents();
    await answer(element, [2, 1]);
    expect(summary(element), 'no running score while answers are missing').to.equal('2 of 3 answered');
    expect(shown(recommend(element)), 'no band while answers are missing').to.be.false;
    await answer(element, [2, 1, 2]);
    record.stop();
    expect(summary(element)).to.equal('Score 5 · 3 of 3 answered Higher total.');
    expect(shown(recommend(element))).to.be.true;
    expect(record.details().at(-1), 'the crisis item is in the score on screen, never in an event').to.deep.equal({
      selected: ['low', 'tired'],
      count: 2,
    });
  });

  it('tells which questions are still open, each a link that moves focus to it, once answering began', async () => {
    const element = await render(screener);
    expect(shown(openItems(element)), 'not before the first answer').to.be.false;
    await answer(element, [1], ['tired']);
    expect(summary(element)).to.equal('1 of 3 answered');
    expect(shown(openItems(element))).to.be.true;
    expect(openItems(element).textContent.trim()).to.match(/^Still to answer:/);
    expect(openLinks(element)).to.deep.equal(['Question 1', 'Question 3']);
    const links = $$<HTMLAnchorElement>(element, '[part="open-items"] a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#question-1', '#question-3']);
    const address = location.href;
    links[1]!.click();
    const focused = element.shadowRoot!.activeElement as HTMLInputElement;
    expect([focused.name, focused.value], 'the first answer of question 3').to.deep.equal(['dark', '0']);
    expect(location.href, 'the page address stays').to.equal(address);
    await answer(element, [0, 1, 0]);
    expect(shown(openItems(element)), 'gone once every question is answered').to.be.false;
    expect(summary(element)).to.equal('Score 1 · 3 of 3 answered Low total.');
  });

  it('ships the PHQ-9 as published, valid against the schema', async () => {
    const element = await render(null, { src: '/presets/phq-9.json' });
    expect(element.status).to.equal('ready');
    expect($(element, 'fieldset[part="group"] > legend').textContent).to.equal(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect($$(element, 'fieldset[part="item"] > legend').map((l) => l.textContent)).to.deep.equal(PHQ9_ITEMS);
    expect(
      $$<HTMLInputElement>(element, 'input[name="phq9-1"]').map((i) => [
        i.closest('label')!.textContent.trim(),
        i.value,
      ]),
    ).to.deep.equal([
      ['Not at all', '0'],
      ['Several days', '1'],
      ['More than half the days', '2'],
      ['Nearly every day', '3'],
    ]);
    const preset = await getJson<SymptomChecklistContent>('/presets/phq-9.json');
    expect(preset.groups[0]!.items.map((item) => !!item.crisis)).to.deep.equal([
      ...Array<boolean>(8).fill(false),
      true,
    ]);
    expect($(element, '[part="attribution"]').textContent).to.equal(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational ' +
        'grant from Pfizer Inc. ' +
        'No permission required to reproduce, translate, display or distribute.',
    );
  });

  it('shows no running score: seven PHQ-9 answers of "More than half the days" read "7 of 9 answered"', async () => {
    const element = await render(null, { src: '/presets/phq-9.json' });
    await answer(element, [2, 2, 2, 2, 2, 2, 2]);
    expect(summary(element)).to.equal('7 of 9 answered');
    expect(openLinks(element)).to.deep.equal(['Question 8', 'Question 9']);
  });

  describe('scores the PHQ-9 as published (0–27, item 9 included)', () => {
    const severity = ['none–minimal', 'mild', 'moderate', 'moderately severe', 'severe'];
    const examples: [string, number[], number, number, number][] = [
      // name, answers to items 1–9, total, severity band, count of non-crisis items above 0
      ['all "Not at all"', [0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0, 0],
      ['all "Several days"', [1, 1, 1, 1, 1, 1, 1, 1, 1], 9, 1, 8],
      ['all "More than half the days"', [2, 2, 2, 2, 2, 2, 2, 2, 2], 18, 3, 8],
      ['all "Nearly every day"', [3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 4, 8],
      ['mixed', [3, 2, 1, 0, 3, 2, 1, 0, 0], 12, 2, 6],
      ['mixed, item 9 above 0', [0, 0, 1, 0, 0, 2, 0, 1, 1], 5, 1, 3],
      ['edge 4', [3, 1, 0, 0, 0, 0, 0, 0, 0], 4, 0, 2],
      ['edge 5', [3, 2, 0, 0, 0, 0, 0, 0, 0], 5, 1, 2],
      ['edge 9', [3, 3, 3, 0, 0, 0, 0, 0, 0], 9, 1, 3],
      ['edge 10', [3, 3, 3, 1, 0, 0, 0, 0, 0], 10, 2, 4],
      ['edge 14', [3, 3, 3, 3, 2, 0, 0, 0, 0], 14, 2, 5],
      ['edge 15', [3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 3, 5],
      ['edge 19', [3, 3, 3, 3, 3, 3, 1, 0, 0], 19, 3, 7],
      ['edge 20', [3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 4, 7],
    ];
    for (const [name, values, total, band, count] of examples) {
      it(`${name}: ${total}, ${severity[band]}`, async () => {
        const element = await render(null, { src: '/presets/phq-9.json' });
        const record = recordEvents();
        await answer(element, values);
        record.stop();
        expect(summary(element)).to.match(
          new RegExp(`^Score ${total} · 9 of 9 answered A total of .* calls ${severity[band]}\\.`),
        );
        expect(shown(recommend(element)), 'recommended from 10').to.equal(total >= 10);
        expect(!!crisis(element), 'crisis resources when item 9 is above 0').to.equal(values[8]! > 0);
        const last = record.details().at(-1)!;
        expect(last, 'no score in events: it would tell the answer to item 9').to.not.have.property('score');
        expect(last.count).to.equal(count);
        expect(last.selected).to.not.include('phq9-9');
      });
    }
  });
});
