/**
 * Forced colours (Windows High Contrast): the browser swaps every colour for a system colour and drops
 * backgrounds, so whatever is told by a background alone disappears. Every control, focus ring, selected state,
 * the crisis notice's frame and the timeline's current step must be drawn with a border or an outline instead.
 * Only Chromium can emulate forced colours here (the `forced-colors` command); in Firefox and WebKit this file
 * registers no test.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { container, useContainer } from '../helpers/page.js';
import { deepElements, mountShowcase } from './helpers.js';

const canEmulate = await executeServerCommand<boolean, { active: boolean }>('forced-colors', { active: false });

/** Whether `style` draws a line on `side` (a border) or all round (an outline) that forced colours keep. */
const draws = (style: CSSStyleDeclaration, line: 'border-top' | 'outline') =>
  style.getPropertyValue(`${line}-style`) !== 'none' &&
  parseFloat(style.getPropertyValue(`${line}-width`)) > 0 &&
  !/rgba\(.*, 0\)|transparent/.test(style.getPropertyValue(`${line}-color`));

const describeIf = canEmulate ? describe : () => undefined;

describeIf('every element in forced colours', () => {
  useContainer('600px');
  let elements: HTMLElement[];

  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));
  beforeEach(async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
    elements = await mountShowcase(container);
  });

  const shadow = (selector: string) =>
    elements.flatMap((element) => [...deepElements(element.shadowRoot!)].filter((each) => each.matches(selector)));

  it('draws every button, button-like link and field with a border', () => {
    const controls = shadow('.button, input:not([type="checkbox"], [type="radio"]), textarea, .category');
    expect(controls.length).to.be.greaterThan(10);
    const unframed = controls.filter((control) => !draws(getComputedStyle(control), 'border-top'));
    expect(unframed.map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('shows a focus ring on everything that takes focus', () => {
    const focusable = shadow('a[href], button, input, textarea, summary, [tabindex="0"]').filter(
      (element) => (element as HTMLElement).offsetParent !== null && element.closest('[aria-hidden="true"]') === null,
    ) as HTMLElement[];
    expect(focusable.length).to.be.greaterThan(10);
    const unringed = focusable.filter((element) => {
      element.focus();
      // The card's link rings the whole card, through its ::after.
      return !draws(getComputedStyle(element), 'outline') && !draws(getComputedStyle(element, '::after'), 'outline');
    });
    expect(unringed.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('keeps ticked boxes native, so that the system draws their state', () => {
    const ticked = shadow('input:checked');
    expect(ticked).to.have.length(2);
    for (const box of ticked) expect(getComputedStyle(box).appearance).to.not.equal('none');
  });

  it("frames the crisis notice, the timeline's current step and the form's error summary", () => {
    const [crisis] = shadow('[part="crisis"]');
    const [current] = shadow('[aria-current="step"] [part="number"]');
    const [summary] = shadow('.summary');
    expect(draws(getComputedStyle(crisis!), 'border-top'), 'crisis notice').to.be.true;
    expect(draws(getComputedStyle(current!), 'outline'), 'current step').to.be.true;
    expect(draws(getComputedStyle(summary!), 'border-top'), 'error summary').to.be.true;
  });
});
