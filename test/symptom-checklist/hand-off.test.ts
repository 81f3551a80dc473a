/**
 * The hand-off to the consultation (`for="id"`): the target gets the ticked labels, never a crisis item, and is
 * scrolled to and focused; reduced motion, a target in a shadow root, and a `for` that names nothing.
 */
import { expect } from '@esm-bundle/chai';
import type { ClinicContentErrorEvent } from '../../src/index.js';
import { captureConsoleErrors, container, useContainer } from '../helpers/page.js';
import { answer, checklist, type HandOffProbe, recommend, recordEvents, render, screener, tick } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> hand-off to the consultation (for="id")', () => {
  let motion: (media: string) => MediaQueryList;
  beforeEach(() => (motion = window.matchMedia));
  afterEach(() => (window.matchMedia = motion));

  it('gives the target the ticked labels (never a crisis item), scrolls to it and focuses it', async () => {
    const target = document.createElement('test-hand-off-target') as HandOffProbe;
    target.id = 'cta-1';
    container.append(target);
    const element = await render(checklist, { for: 'cta-1' });
    await tick(element, 'pain', 'self-harm', 'fatigue', 'sadness', 'interest');
    const record = recordEvents();
    recommend(element).click();
    record.stop();
    expect(target.symptoms).to.deep.equal(['Widespread pain', 'Fatigue', 'Persistent sadness', 'Loss of interest']);
    expect(document.activeElement).to.equal(target);
    expect(target.shadowRoot!.activeElement).to.equal(target.shadowRoot!.querySelector('button'));
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(target.scrolls).to.deep.equal([{ behavior: smooth ? 'smooth' : 'auto' }]);
    expect(record.details()).to.deep.equal([{ selected: ['pain', 'fatigue', 'sadness', 'interest'], count: 4 }]);
  });

  it('jumps without smooth scrolling when the visitor asks for reduced motion', async () => {
    window.matchMedia = (query: string) => ({ matches: query.includes('reduce') }) as MediaQueryList;
    const target = document.createElement('test-hand-off-target') as HandOffProbe;
    target.id = 'cta-2';
    container.append(target);
    const element = await render(
      { ...checklist, bands: [{ min: 0, message: 'Any.', recommend: true }] },
      { for: 'cta-2' },
    );
    recommend(element).click();
    expect(target.scrolls).to.deep.equal([{ behavior: 'auto' }]);
  });

  it('finds the target in its own shadow root, and hands off scored answers as "item: answer"', async () => {
    const host = document.createElement('div');
    container.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const target = document.createElement('test-hand-off-target') as HandOffProbe;
    target.id = 'cta-3';
    root.append(target);
    const element = await render(screener, { for: 'cta-3' }, root);
    await answer(element, [2, 0, 1]);
    recommend(element).click();
    expect(target.symptoms).to.deep.equal(['Feeling low: Most days']);
    expect(root.activeElement).to.equal(target);
  });

  it('reports a for that names no element, and still dispatches the event', async () => {
    const element = await render(
      { ...checklist, bands: [{ min: 0, message: 'Any.', recommend: true }] },
      { for: 'nowhere' },
    );
    const consoleErrors = captureConsoleErrors();
    const errors: ClinicContentErrorEvent[] = [];
    element.addEventListener('clinic-content-error', (e) => errors.push(e));
    const record = recordEvents();
    recommend(element).click();
    record.stop();
    consoleErrors.restore();
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { kind: 'attribute', message: 'no element with id "nowhere"', source: 'attribute', path: 'for' },
    ]);
    expect(consoleErrors.lines).to.deep.equal([
      'clinic-symptom-checklist: for: no element with id "nowhere" (from attribute)',
    ]);
    expect(record.events.map((e) => e.type)).to.deep.equal(['clinic-checklist-complete']);
    expect(element.status).to.equal('ready');
  });
});
