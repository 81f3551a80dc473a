/** By keyboard alone: Tab, Space and Enter through items, crisis links and buttons; arrow keys in scored mode. */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { container, useContainer } from '../helpers/page.js';
import { checklist, crisis, input, recordEvents, render, screener, summary } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> keyboard', () => {
  it('is operated with Tab, Space and Enter alone', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    container.append(before);
    const element = await render({ ...checklist, bands: [{ min: 0, message: 'Any.', recommend: true }] });
    const record = recordEvents();
    before.focus();
    const focused = () => {
      const active = element.shadowRoot!.activeElement as HTMLInputElement | null;
      return active ? active.name || active.textContent.trim() : null;
    };
    const walk: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      walk.push(focused());
    }
    expect(walk).to.deep.equal(['pain', 'stiffness', 'fatigue', 'sadness', 'self-harm']);
    // The crisis item, ticked by keyboard, brings links right after it, reached by keyboard too.
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(input(element, 'self-harm').checked).to.be.true;
    expect(crisis(element)).to.not.equal(null);
    const crisisLinks: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      crisisLinks.push(focused());
    }
    expect(crisisLinks).to.deep.equal(['Call or text 988', 'Chat at 988lifeline.org', 'In immediate danger? Call 911']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(input(element, 'interest').checked).to.be.true;
    expect(summary(element)).to.match(/^1 of 5 selected/);
    const rest: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      rest.push(focused());
    }
    expect(rest, 'the summary’s link to the resources, then the button').to.deep.equal([
      'You don’t have to go through this alone',
      'Talk to a clinician',
    ]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Clear my answers');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(summary(element)).to.match(/^0 of 5 selected/);
    record.stop();
    // The crisis item's tick dispatches no change; the other tick and Clear do.
    expect(record.events.map((e) => e.type)).to.deep.equal(['change', 'clinic-checklist-complete', 'change']);
  });

  it('answers a scored item with the arrow keys, as a native radio group', async () => {
    const before = document.createElement('button');
    container.append(before);
    const element = await render(screener);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((element.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('low');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(input(element, 'low', 2).checked).to.be.true;
    expect(summary(element)).to.equal('1 of 3 answered');
  });
});
