/**
 * The crisis notice: shown in a live region the moment a crisis item is ticked (or answered above 0), kept while it
 * stays ticked, with the built-in resources or the content's own.
 */
import { expect } from '@esm-bundle/chai';
import { shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { $, answer, checklist, crisis, render, screener, tick } from './helpers.js';

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
});
