/**
 * The GAD-7 and PHQ-2 presets as published, scored on known answer sets (lowest, each band edge, highest), and the
 * PHQ-2's step to the PHQ-9 in the same element, with the two answers kept.
 */
import { expect } from '@esm-bundle/chai';
import { settled, shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { $, $$, answer, input, recommend, render, summary } from './helpers.js';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';

useContainer('640px');

const followUp = (element: SymptomChecklist) => element.shadowRoot!.querySelector<HTMLButtonElement>('.follow-up');
const legends = (element: SymptomChecklist) => $$(element, 'fieldset[part="item"] > legend').map((l) => l.textContent);
const PFIZER =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational ' +
  'grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

describe('<clinic-symptom-checklist> the GAD-7 preset', () => {
  it('asks the seven questions as published, with their answers and attribution', async () => {
    const element = await render(null, { src: '/presets/gad-7.json' });
    expect(element.status).to.equal('ready');
    expect($(element, 'fieldset[part="group"] > legend').textContent).to.equal(
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
    );
    expect(legends(element)).to.deep.equal([
      'Feeling nervous, anxious, or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid, as if something awful might happen',
    ]);
    expect(
      $$<HTMLInputElement>(element, 'input[name="gad7-1"]').map((i) => [
        i.closest('label')!.textContent.trim(),
        i.value,
      ]),
    ).to.deep.equal([
      ['Not at all', '0'],
      ['Several days', '1'],
      ['More than half the days', '2'],
      ['Nearly every day', '3'],
    ]);
    const attribution = $(element, '[part="attribution"]').textContent;
    expect(attribution).to.match(/^GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B\. .* 2006;/);
    expect(attribution).to.contain(PFIZER);
  });

  describe('scores 0–21 in the published bands 0–4, 5–9, 10–14, 15–21', () => {
    const severity = ['minimal', 'mild', 'moderate', 'severe'];
    const examples: [number[], number, number][] = [
      // answers to items 1–7, total, band
      [[0, 0, 0, 0, 0, 0, 0], 0, 0],
      [[3, 1, 0, 0, 0, 0, 0], 4, 0],
      [[3, 2, 0, 0, 0, 0, 0], 5, 1],
      [[3, 3, 3, 0, 0, 0, 0], 9, 1],
      [[3, 3, 3, 1, 0, 0, 0], 10, 2],
      [[3, 3, 3, 3, 2, 0, 0], 14, 2],
      [[3, 3, 3, 3, 3, 0, 0], 15, 3],
      [[3, 3, 3, 3, 3, 3, 3], 21, 3],
    ];
    for (const [values, total, band] of examples) {
      it(`${values.join(' ')}: ${total}, ${severity[band]}`, async () => {
        const element = await render(null, { src: '/presets/gad-7.json' });
        await answer(element, values);
        expect(summary(element)).to.match(
          new RegExp(`^Score ${total} · 7 of 7 answered A total of .* calls ${severity[band]} anxiety\\.`),
        );
        expect(shown(recommend(element)), 'recommended from 10').to.equal(total >= 10);
      });
    }
  });
});

describe('<clinic-symptom-checklist> the PHQ-2 preset', () => {
  it('asks the PHQ-9’s first two questions as published, with its attribution', async () => {
    const element = await render(null, { src: '/presets/phq-2.json' });
    expect(legends(element)).to.deep.equal([
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
    ]);
    const attribution = $(element, '[part="attribution"]').textContent;
    expect(attribution).to.match(/^PHQ-2: Kroenke K, Spitzer RL, Williams JBW\. .* 2003;/);
    expect(attribution).to.contain(PFIZER);
  });

  describe('scores 0–6 with its cut-off of 3, where it offers the PHQ-9', () => {
    const examples: [number[], number][] = [
      [[0, 0], 0],
      [[1, 1], 2],
      [[2, 1], 3],
      [[3, 3], 6],
    ];
    for (const [values, total] of examples) {
      it(`${values.join(' ')}: ${total}`, async () => {
        const element = await render(null, { src: '/presets/phq-2.json' });
        await answer(element, values);
        expect(summary(element)).to.match(new RegExp(`^Score ${total} · 2 of 2 answered A total of `));
        expect(summary(element)).to.contain(total >= 3 ? 'at or above the PHQ-2’s cut-off' : 'below');
        expect(!!followUp(element), 'the PHQ-9 offered from 3').to.equal(total >= 3);
        expect(shown(recommend(element))).to.be.false;
      });
    }
  });

  it('brings the PHQ-9 in place, keeping the two answers as its first two, and focuses question 3', async () => {
    const element = await render(null, { src: '/presets/phq-2.json' });
    await answer(element, [2, 1]);
    expect(followUp(element)!.textContent.trim()).to.equal('Continue with the PHQ-9');
    const loaded = settled(element);
    followUp(element)!.click();
    expect((await loaded).type).to.equal('clinic-content-load');
    await element.updateComplete;
    expect($(element, '[part="title"]').textContent).to.equal('Patient Health Questionnaire-9 (PHQ-9)');
    expect(legends(element)).to.have.length(9);
    expect(input(element, 'phq9-1', 2).checked).to.be.true;
    expect(input(element, 'phq9-2', 1).checked).to.be.true;
    expect(summary(element)).to.equal('2 of 9 answered');
    const focused = element.shadowRoot!.activeElement as HTMLInputElement;
    expect([focused.name, focused.value], 'the first answer of question 3').to.deep.equal(['phq9-3', '0']);
    await answer(element, [2, 1, 3, 3, 3, 0, 0, 0, 0]);
    expect(summary(element)).to.match(/^Score 12 · 9 of 9 answered A total of 10–14 .* moderate\./);
  });
});
