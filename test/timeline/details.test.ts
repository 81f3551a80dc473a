/** A step's details: a native disclosure, opened and closed by keyboard; nothing moves unless motion is welcome. */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { useContainer } from '../helpers/page.js';
import { until } from '../helpers/wait.js';
import { render, steps, text } from './helpers.js';

useContainer('640px');

describe('<clinic-timeline> details', () => {
  it('are closed at first, and open and close from the keyboard', async () => {
    const element = await render();
    const details = steps(element)[0]!.querySelector('details')!;
    expect(details.getAttribute('part')).to.equal('details');
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary')!)).to.equal('Details');
    expect(details.querySelector('ul')!.checkVisibility()).to.be.false;
    expect([...details.querySelectorAll('li')].map(text)).to.deep.equal([
      'Medical history',
      'Current symptoms',
      'Treatment goals',
    ]);
    expect(steps(element)[1]!.querySelector('details'), 'no details, no disclosure').to.be.null;

    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(element.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, 'Enter opens the details');
    expect(details.querySelector('ul')!.checkVisibility()).to.be.true;
    await sendKeys({ press: ' ' });
    await until(() => !details.open, 'Space closes the details');
    expect(summary.getBoundingClientRect().height, 'a target of 24 px or more').to.be.at.least(24);
  });

  it('keep the browser’s own marker, and nothing moves unless motion is welcome', async () => {
    const element = await render();
    expect(getComputedStyle(element.shadowRoot!.querySelector('summary')!).display, 'the native triangle').to.equal(
      'list-item',
    );
    const moving: string[] = [];
    const walk = (rules: CSSRuleList, welcome: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule)
          walk(rule.cssRules, welcome || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
        else if (rule instanceof CSSContainerRule) walk(rule.cssRules, welcome);
        else if (rule instanceof CSSStyleRule && /transition|animation/.test(rule.style.cssText) && !welcome)
          moving.push(rule.cssText);
      }
    };
    const sheets = element.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.be.at.least(3);
    for (const sheet of sheets) walk(sheet.cssRules, false);
    expect(moving).to.deep.equal([]);
  });
});
