/** What the page hears: one `change` per tick (never for a crisis item) and `clinic-checklist-complete`. */
import { expect } from '@esm-bundle/chai';
import { ClinicChecklistChangeEvent, ClinicChecklistCompleteEvent } from '../../src/index.js';
import { useContainer } from '../helpers/page.js';
import { button, recommend, recordEvents, render, tick } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> events', () => {
  it('dispatches one composed, bubbling change per tick, with the selection and never a crisis item', async () => {
    const element = await render();
    const record = recordEvents();
    try {
      await tick(element, 'pain', 'self-harm', 'fatigue', 'pain');
      button(element, /Clear/).click();
    } finally {
      record.stop();
    }
    expect(record.events.every((e) => e instanceof ClinicChecklistChangeEvent && e.bubbles && e.composed)).to.be.true;
    expect(record.events.every((e) => e.target === element)).to.be.true;
    // Ticking the crisis item dispatches nothing: an event with the same selection would give it away.
    expect(record.details()).to.deep.equal([
      { selected: ['pain'], count: 1 },
      { selected: ['pain', 'fatigue'], count: 2 },
      { selected: ['fatigue'], count: 1 },
      { selected: [], count: 0 },
    ]);
  });

  it('types its listeners: change carries the selection (npm run typecheck holds the types)', async () => {
    const element = await render();
    const heard: string[][] = [];
    const listener = (event: ClinicChecklistChangeEvent) => heard.push(event.detail.selected);
    element.addEventListener('change', listener);
    element.addEventListener('clinic-checklist-complete', (event) => event.detail.count);
    await tick(element, 'fatigue');
    element.removeEventListener('change', listener);
    await tick(element, 'pain');
    expect(heard).to.deep.equal([['fatigue']]);
  });

  it('dispatches clinic-checklist-complete on every use of the recommend button, without for', async () => {
    const element = await render();
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness', 'self-harm');
    const record = recordEvents();
    try {
      recommend(element).click();
      recommend(element).click();
    } finally {
      record.stop();
    }
    expect(record.events).to.have.length(2);
    expect(record.events[0]).to.be.instanceOf(ClinicChecklistCompleteEvent);
    expect(record.events[0]!.composed && record.events[0]!.bubbles).to.be.true;
    expect(record.details()[1]).to.deep.equal({ selected: ['pain', 'stiffness', 'fatigue', 'sadness'], count: 4 });
  });
});
