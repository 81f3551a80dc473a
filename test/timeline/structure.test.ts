/**
 * The timeline's structure: a heading, then an ordered list of steps a screen reader reads once, each with its
 * heading, description, duration and notes; heading levels; markup as text; a collection entry; the demo content.
 */
import { expect } from '@esm-bundle/chai';
import { contentError, mountAndSettle, shown } from '../helpers/elements.js';
import { captureConsoleErrors, container, useContainer } from '../helpers/page.js';
import { all, part, render, steps, text, timeline } from './helpers.js';

useContainer('640px');

describe('<clinic-timeline> structure', () => {
  it('is a heading, then an ordered list of steps, each with a heading one level below', async () => {
    const element = await render();
    const title = part(element, 'title');
    expect(title.localName).to.equal('h2');
    expect(text(title)).to.equal('What to expect');
    expect(text(part(element, 'intro'))).to.equal(timeline.intro);
    const list = part(element, 'steps');
    expect(list.localName).to.equal('ol');
    expect(list.parentElement!.previousElementSibling, 'the list follows the intro').to.equal(part(element, 'intro'));
    const items = steps(element);
    expect(items.map((li) => li.localName)).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
    expect(items.every((li) => li.getAttribute('part') == 'step')).to.be.true;
    const headings = items.map((li) => li.querySelector('[part="step-title"]')!);
    expect(headings.map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
    expect(headings.map(text)).to.deep.equal(timeline.steps.map((step) => step.title));
    expect(text(items[0]!.querySelector('[part="description"]')!)).to.equal(timeline.steps[0]!.description);
    expect(text(items[2]!.querySelector('[part="meta"]')!)).to.equal('About 40 minutes to an hour each');
    expect(shown(items[1]!.querySelector('[part="meta"]')), 'no duration, no state: no meta line').to.be.false;
    expect(shown(items[1]!.querySelector('[part="description"]'))).to.be.false;
  });

  it('shows each number once: the list markers are hidden, the number is text', async () => {
    const element = await render();
    expect(getComputedStyle(part(element, 'steps')).listStyleType).to.equal('none');
    expect(getComputedStyle(steps(element)[0]!, '::marker').content).to.be.oneOf(['none', 'normal', '']);
    const numbers = steps(element).map((li) => li.querySelector('[part="number"]')!);
    expect(numbers.map(text)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(
      numbers.some((n) => n.closest('[aria-hidden]')),
      'numbers are read',
    ).to.be.false;
    expect(part(element, 'steps').getAttribute('role'), 'keeps its list role where list-style is none').to.equal(
      'list',
    );
  });

  it('sets the heading levels from heading-level, steps one below, capped at h6', async () => {
    const levels = async (level: string) => {
      const element = await render(timeline, { 'heading-level': level });
      return [
        part(element, 'title').localName,
        part(element, 'step-title').localName,
        part(element, 'note-title').localName,
      ];
    };
    expect(await levels('4')).to.deep.equal(['h4', 'h5', 'h5']);
    expect(await levels('1')).to.deep.equal(['h1', 'h2', 'h2']);
    expect(await levels('6')).to.deep.equal(['h6', 'h6', 'h6']);
    expect(await levels('0')).to.deep.equal(['h2', 'h3', 'h3']);
  });

  it('takes its heading from the heading attribute, over the content', async () => {
    expect(text(part(await render(timeline, { heading: 'Your visit, step by step' }), 'title'))).to.equal(
      'Your visit, step by step',
    );
  });

  it('puts the notes after the steps, as a callout with a heading where a note has a title', async () => {
    const element = await render();
    const notes = part(element, 'notes');
    expect(part(element, 'steps').compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(
      0,
    );
    expect(notes.children).to.have.length(2);
    expect(text(notes.children[0]!.querySelector('h3')!)).to.equal('After each session');
    expect(text(notes.children[0]!.querySelector('p')!)).to.equal(
      'Have a designated driver or support person with you.',
    );
    expect(notes.children[1]!.querySelector('h3'), 'no title, no heading').to.be.null;
    expect(text(notes.children[1]!)).to.equal('Follow the post-treatment care instructions.');
    expect(getComputedStyle(notes.children[0]!).backgroundColor, 'tinted').not.to.equal(
      getComputedStyle(element).backgroundColor,
    );
    const without = await render({ ...timeline, notes: undefined });
    expect(part(without, 'notes')).to.be.null;
  });

  it('renders markup in content as text', async () => {
    const element = await render({
      ...timeline,
      title: '<img src=x onerror="window.hacked=1">',
      steps: [{ title: '<b>bold</b>', description: '<script>window.hacked=1</script>', details: ['<i>x</i>'] }],
      notes: [{ title: '<u>u</u>', text: '<em>e</em>' }],
    });
    expect(all(element, 'img, script, b, i, u, em')).to.have.length(0);
    expect(text(part(element, 'step-title'))).to.equal('<b>bold</b>');
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('loads a timeline from a collection with timeline="id", and reports an id that is not there', async () => {
    const from = { src: '/test/fixtures/timelines.json', timeline: 'short' };
    const { element, event } = await mountAndSettle('clinic-timeline', container, undefined, from);
    expect(event.type).to.equal('clinic-content-load');
    expect(steps(element).map(text)).to.deep.equal(['1 Call us', '2 Come in About an hour']);

    const consoleErrors = captureConsoleErrors();
    element.setAttribute('timeline', 'nope');
    const { detail } = await contentError(element);
    consoleErrors.restore();
    expect(detail).to.deep.include({ kind: 'entry', path: 'timeline', source: '/test/fixtures/timelines.json' });
    expect(detail.message).to.equal('no entry with id "nope" in timelines (found: "short", "broken")');
  });

  it('renders the demo content', async () => {
    const from = { src: '/stories/demo/content/timelines.json', timeline: 'ketamine-infusion' };
    const { element, event } = await mountAndSettle('clinic-timeline', container, undefined, from);
    expect(event.type).to.equal('clinic-content-load');
    expect(steps(element)).to.have.length(5);
  });
});
