/**
 * The current step (`current`, by id or number): aria-current, the words "Done", "Current step", "Upcoming" in English
 * and Spanish, and an unknown step reported once as a content error while the steps still show.
 */
import { expect } from '@esm-bundle/chai';
import type { ClinicContentErrorEvent } from '../../src/index.js';
import { settled } from '../helpers/elements.js';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { all, render, stateOf, steps, text, timeline } from './helpers.js';

useContainer('640px');

describe('<clinic-timeline> current step', () => {
  it('marks the step named by id, and says in words which steps are done and which come next', async () => {
    const element = await render(timeline, { current: 'infusion' });
    const items = steps(element);
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
    expect(items.map(stateOf)).to.deep.equal(['Done', 'Done', 'Current step', 'Upcoming', 'Upcoming']);
    expect(text(items[2]!.querySelector('[part="meta"]')!)).to.equal('Current step About 40 minutes to an hour each');
    const number = (i: number) => getComputedStyle(items[i]!.querySelector('[part="number"]')!);
    expect(number(2).outlineStyle, 'the current step has its own look').to.equal('solid');
    expect(number(1).outlineStyle).to.equal('none');
    expect(number(1).backgroundColor, 'done and upcoming differ').not.to.equal(number(3).backgroundColor);
  });

  it('takes a number from 1, and follows changes', async () => {
    const element = await render(timeline, { current: '1' });
    expect(steps(element).map(stateOf)).to.deep.equal(['Current step', 'Upcoming', 'Upcoming', 'Upcoming', 'Upcoming']);
    element.current = 5;
    await element.updateComplete;
    expect(steps(element).map(stateOf)).to.deep.equal(['Done', 'Done', 'Done', 'Done', 'Current step']);
    expect(steps(element)[4]!.getAttribute('aria-current')).to.equal('step');
    element.removeAttribute('current');
    await element.updateComplete;
    expect(steps(element).map(stateOf), 'no current step, no words').to.deep.equal(['', '', '', '', '']);
    expect(all(element, '[aria-current]')).to.have.length(0);
  });

  it('speaks Spanish under lang="es"', async () => {
    container.lang = 'es-MX';
    const element = await render(timeline, { current: 'plan' });
    expect(steps(element).map(stateOf)).to.deep.equal([
      'Completado',
      'Paso actual',
      'Pendiente',
      'Pendiente',
      'Pendiente',
    ]);
    expect(text(element.shadowRoot!.querySelector('summary')!)).to.equal('Detalles');
  });

  describe('an unknown one', () => {
    const consoleErrors = recordConsoleErrors();

    for (const [current, ids] of [
      ['nope', true],
      ['0', true],
      ['6', true],
      ['2', false],
    ] as const) {
      const which = ids ? '' : ' (steps without ids)';
      it(`"${current}" is a content error naming the ids and numbers, and the steps still show${which}`, async () => {
        const content = ids ? timeline : { ...timeline, steps: [{ title: 'One' }] };
        const element = document.createElement('clinic-timeline');
        element.setAttribute('current', current);
        element.content = content;
        const errors: ClinicContentErrorEvent[] = [];
        element.addEventListener('clinic-content-error', (e) => errors.push(e));
        const loaded = settled(element);
        container.append(element);
        expect((await loaded).type, 'the content itself is fine').to.equal('clinic-content-load');
        await element.updateComplete;
        const message = ids
          ? `no step "${current}": use an id ("assessment", "plan", "infusion", "follow-up", "therapies") ` +
            'or a number from 1 to 5'
          : `no step "${current}": use a number from 1 to 1`;
        expect(errors.map((e) => e.detail)).to.deep.equal([
          { kind: 'attribute', message, source: 'attribute', path: 'current' },
        ]);
        expect(consoleErrors.lines).to.deep.equal([`clinic-timeline: current: ${message} (from attribute)`]);
        expect(element.status).to.equal('ready');
        expect(steps(element)).to.have.length(content.steps.length);
        expect(all(element, '[aria-current]')).to.have.length(0);
        expect(
          steps(element)
            .map(stateOf)
            .every((state) => state == ''),
        ).to.be.true;

        element.layout = 'horizontal'; // renders again: the same mistake is not told twice
        await element.updateComplete;
        expect(errors).to.have.length(1);
        element.current = 1;
        await element.updateComplete;
        element.current = current;
        await element.updateComplete;
        expect(errors, 'told again once it comes back').to.have.length(2);
      });
    }
  });
});
